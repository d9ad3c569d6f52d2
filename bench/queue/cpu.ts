/**
 * CPU time of a PostgreSQL server on this machine: the postmaster and every live backend, plus what
 * the postmaster collected from backends that already exited (cutime/cstime). Read from /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from 3 (state) on
  } catch {
    return null;
  }
}

/** The postmaster's pid, or null when the server is not on this machine (or not ours to read). */
export async function postmasterPid(db: pg.ClientBase): Promise<number | null> {
  try {
    const { rows } = await db.query<{ data_directory: string }>('SHOW data_directory');
    return Number(readFileSync(join(rows[0]!.data_directory, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}

/** CPU milliseconds used so far by one process (a server backend, say), or 0 when it is gone. */
export function processCpuMs(pid: number): number {
  const fields = statFields(pid);
  return fields ? ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND : 0;
}

/** CPU milliseconds used so far by the server whose postmaster is `pid`. */
export function serverCpuMs(pid: number): number {
  let ticks = 0;
  const own = statFields(pid);
  if (own) ticks += Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === pid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
