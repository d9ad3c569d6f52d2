/** Users, their memberships, and checking a sign-in. */
import type { Pool, PoolClient } from 'pg';
import { hashPassword, verifyPassword } from './password.js';

export type Role = 'admin' | 'member';
type Db = Pool | PoolClient;

export async function createUser(db: Db, email: string, password: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id',
    [email.trim().toLowerCase(), await hashPassword(password)],
  );
  return rows[0]!.id;
}

export async function addMembership(db: Db, orgId: string, userId: string, role: Role): Promise<void> {
  await db.query(
    `INSERT INTO organisation_members (org_id, user_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (org_id, user_id) DO UPDATE SET role = excluded.role`,
    [orgId, userId, role],
  );
}

// Verifying against a throwaway hash when the e-mail is unknown makes both answers take as long,
// so response time does not reveal which addresses have accounts.
let decoyHash: Promise<string> | undefined;

/** The user's id when the e-mail and password match, else null. */
export async function checkCredentials(pool: Pool, email: string, password: string): Promise<string | null> {
  const { rows } = await pool.query<{ id: string; password_hash: string }>(
    'SELECT id, password_hash FROM users WHERE email = $1',
    [email.trim().toLowerCase()],
  );
  const user = rows[0];
  decoyHash ??= hashPassword('decoy password');
  const ok = await verifyPassword(password, user?.password_hash ?? (await decoyHash));
  return user && ok ? user.id : null;
}

export interface Membership {
  orgId: string;
  name: string;
  role: Role;
}

export async function userProfile(pool: Pool, userId: string): Promise<{ id: string; email: string; organisations: Membership[] }> {
  const { rows } = await pool.query<{ email: string; org_id: string | null; name: string | null; role: Role | null }>(
    `SELECT u.email, m.org_id, o.name, m.role
       FROM users u
       LEFT JOIN organisation_members m ON m.user_id = u.id
       LEFT JOIN organisations o ON o.id = m.org_id
      WHERE u.id = $1 ORDER BY o.name`,
    [userId],
  );
  return {
    id: userId,
    email: rows[0]?.email ?? '',
    organisations: rows.filter((r) => r.org_id).map((r) => ({ orgId: r.org_id!, name: r.name!, role: r.role! })),
  };
}
