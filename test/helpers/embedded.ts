/** A PostgreSQL of the test's own (embedded, in a temporary folder), for tests that stop and start it. */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded.js';

export interface OwnServer extends EmbeddedServer {
  folder: string;
  /** Stops the server and deletes its folder. */
  destroy(): Promise<void>;
}

export function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(folder, 0o755); // PostgreSQL runs as its own user when the tests run as root
  return folder;
}

export async function startOwnServer(): Promise<OwnServer> {
  const folder = temporaryFolder('intake-pg-');
  const server = await startEmbeddedPostgres(folder, { anyPort: true });
  return {
    ...server,
    folder,
    async destroy() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
