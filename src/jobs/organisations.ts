/** Organisations own jobs. Until accounts exist, the CLI files its imports under one default organisation. */
import type { Queryable } from '../db/pool.js';

export const DEFAULT_ORGANISATION_NAME = 'Default organisation';

export async function createOrganisation(db: Queryable, name: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>('INSERT INTO organisations (name) VALUES ($1) RETURNING id', [name]);
  return rows[0]!.id;
}

/** The oldest organisation, created when there is none. */
export async function defaultOrganisation(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM organisations ORDER BY created_at, id LIMIT 1');
  return rows[0]?.id ?? createOrganisation(db, DEFAULT_ORGANISATION_NAME);
}
