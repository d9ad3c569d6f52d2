/**
 * Browser sessions. The cookie carries a random secret; the table keeps its digest and an expiry.
 * CSRF: state-changing requests authenticated by the cookie must also send `X-CSRF-Token`, a value
 * derived from the session secret. A cross-site page can make the browser send the cookie but cannot
 * read it (HttpOnly) nor the token, so it cannot forge the header.
 */
import type { Pool } from 'pg';
import { digest, newSecret, secretsEqual } from './secrets.js';

export const SESSION_COOKIE = 'intake_session';

export async function createSession(pool: Pool, userId: string, ttlSeconds: number): Promise<{ secret: string; expiresAt: Date }> {
  const secret = newSecret();
  // Signing in is when a user's expired sessions are swept: no background job needed.
  await pool.query('DELETE FROM user_sessions WHERE user_id = $1 AND expires_at <= now()', [userId]);
  const { rows } = await pool.query<{ expires_at: Date }>(
    `INSERT INTO user_sessions (id_hash, user_id, expires_at)
     VALUES ($1, $2, now() + make_interval(secs => $3)) RETURNING expires_at`,
    [digest(secret), userId, ttlSeconds],
  );
  return { secret, expiresAt: rows[0]!.expires_at };
}

/** The session's user and memberships, or null when unknown or expired. */
export async function findSession(pool: Pool, secret: string): Promise<{ userId: string; orgIds: string[] } | null> {
  const { rows } = await pool.query<{ user_id: string; org_ids: string[] }>(
    `SELECT s.user_id, coalesce(array_agg(m.org_id) FILTER (WHERE m.org_id IS NOT NULL), '{}') AS org_ids
       FROM user_sessions s LEFT JOIN organisation_members m ON m.user_id = s.user_id
      WHERE s.id_hash = $1 AND s.expires_at > now()
      GROUP BY s.user_id`,
    [digest(secret)],
  );
  const row = rows[0];
  return row ? { userId: row.user_id, orgIds: row.org_ids } : null;
}

export async function deleteSession(pool: Pool, secret: string): Promise<void> {
  await pool.query('DELETE FROM user_sessions WHERE id_hash = $1', [digest(secret)]);
}

export function csrfTokenFor(sessionSecret: string): string {
  return digest(`csrf:${sessionSecret}`).toString('base64url');
}

export function csrfTokenValid(sessionSecret: string, given: string | undefined): boolean {
  return given !== undefined && secretsEqual(given, csrfTokenFor(sessionSecret));
}
