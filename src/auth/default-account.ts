/**
 * First start: when no user exists yet, create an administrator (in the oldest organisation, or a new
 * "Default" one) with a generated password, and return the lines that tell a person how to sign in.
 * Later starts find a user and return null. An advisory lock makes two processes starting at once
 * create one account, not two.
 */
import type { Pool } from 'pg';
import { randomBytes } from 'node:crypto';
import { addMembership, createUser } from './users.js';

export const DEFAULT_ADMIN_EMAIL = 'admin@intake.local';
const LOCK_KEY = 0x1a7a4e01;

export interface DefaultAccount {
  orgId: string;
  email: string;
  password: string;
}

export async function ensureDefaultAccount(pool: Pool): Promise<DefaultAccount | null> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const { rowCount } = await client.query('SELECT 1 FROM users LIMIT 1');
    if (rowCount) {
      await client.query('ROLLBACK');
      return null;
    }
    const org = await client.query<{ id: string }>('SELECT id FROM organisations ORDER BY created_at LIMIT 1');
    const orgId = org.rows[0]?.id
      ?? (await client.query<{ id: string }>("INSERT INTO organisations (name) VALUES ('Default') RETURNING id")).rows[0]!.id;
    const password = randomBytes(12).toString('base64url');
    const userId = await createUser(client, DEFAULT_ADMIN_EMAIL, password);
    await addMembership(client, orgId, userId, 'admin');
    await client.query('COMMIT');
    return { orgId, email: DEFAULT_ADMIN_EMAIL, password };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** What `intake start` prints after creating the account. */
export function describeDefaultAccount(account: DefaultAccount, baseUrl: string): string {
  return [
    `Created the first account. Open ${baseUrl}/ and sign in with:`,
    `  e-mail:   ${account.email}`,
    `  password: ${account.password}   (shown once; store it now)`,
    `  Scripts: intake token create --org ${account.orgId}`,
  ].join('\n');
}
