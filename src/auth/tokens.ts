/**
 * API tokens: `intk_` + 256 random bits, shown once at creation. The table keeps the digest (looked up
 * by its unique index, then compared in constant time), a short prefix to tell tokens apart in a
 * list, the one organisation the token speaks for, and when it was last used.
 */
import type { Pool } from 'pg';
import { digest, matchesDigest, newSecret } from './secrets.js';

const TOKEN_PREFIX = 'intk_';
const DISPLAY_PREFIX_LENGTH = TOKEN_PREFIX.length + 6;
/** last_used_at is a hint, not an audit log: writing it at most once a minute keeps reads read-only. */
const LAST_USED_RESOLUTION_SECONDS = 60;

export interface CreatedToken {
  id: string;
  token: string;
  prefix: string;
}

export async function createApiToken(pool: Pool, orgId: string, name: string): Promise<CreatedToken> {
  const token = newSecret(TOKEN_PREFIX);
  const prefix = token.slice(0, DISPLAY_PREFIX_LENGTH);
  const { rows } = await pool.query<{ id: string }>(
    'INSERT INTO api_tokens (org_id, name, prefix, token_hash) VALUES ($1, $2, $3, $4) RETURNING id',
    [orgId, name, prefix, digest(token)],
  );
  return { id: rows[0]!.id, token, prefix };
}

export async function findApiToken(pool: Pool, token: string): Promise<{ tokenId: string; orgId: string } | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const { rows } = await pool.query<{ id: string; org_id: string; token_hash: Buffer; stale: boolean }>(
    `SELECT id, org_id, token_hash,
            (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2)) AS stale
       FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL`,
    [digest(token), LAST_USED_RESOLUTION_SECONDS],
  );
  const row = rows[0];
  if (!row || !matchesDigest(token, row.token_hash)) return null;
  if (row.stale) await pool.query('UPDATE api_tokens SET last_used_at = now() WHERE id = $1', [row.id]);
  return { tokenId: row.id, orgId: row.org_id };
}
