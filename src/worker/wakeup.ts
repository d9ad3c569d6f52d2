/**
 * A LISTEN connection that calls `onWake` for every notification on `channel`, and again after each
 * (re)connect, since notifications sent while it was away are lost. It reconnects with backoff for as
 * long as it is open.
 */
import pg from 'pg';
import type { Logger } from '../log.js';
import { reconnectDelay, sleep } from './retry.js';

export interface Listener { close(): Promise<void> }

export function listen(connectionString: string, channel: string, onWake: () => void, log: Logger): Listener {
  let closed = false;
  let current: pg.Client | null = null;

  async function connect(): Promise<void> {
    for (let failures = 0; !closed; failures++) {
      const client = new pg.Client({ connectionString, application_name: 'intake-listen' });
      client.on('notification', onWake);
      client.on('error', (error) => log.warn({ err: error }, 'notification connection failed'));
      try {
        await client.connect();
        await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
      } catch (error) {
        log.debug({ err: error, failures }, 'notification connection: retrying');
        await client.end().catch(() => undefined);
        await sleep(reconnectDelay(failures));
        continue;
      }
      if (closed) return void client.end().catch(() => undefined);
      current = client;
      client.once('end', () => {
        current = null;
        if (!closed) void connect();
      });
      if (failures > 0) log.info('notification connection back');
      onWake();
      return;
    }
  }

  void connect();
  return {
    async close() {
      closed = true;
      await current?.end().catch(() => undefined);
    },
  };
}
