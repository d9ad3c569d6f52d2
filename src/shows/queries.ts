/** Reading shows back, always within the caller's organisations (another org's show is "not found"). */
import type { Pool } from 'pg';
import { CHILD_TABLES, GENERAL_COLUMNS, jsonObject, PASSENGER_COLUMNS } from './tables.js';

export interface ShowSummary {
  id: string;
  orgId: string;
  importJobId: string | null;
  artist: string | null;
  eventName: string | null;
  venue: string | null;
  city: string | null;
  date: string | null;
  createdAt: string;
}

export async function listShows(pool: Pool, orgIds: string[], limit: number, before: { createdAt: string; id: string } | null): Promise<ShowSummary[]> {
  const { rows } = await pool.query<ShowSummary>(
    `SELECT id, org_id AS "orgId", import_job_id AS "importJobId", artist, event_name AS "eventName", venue, city,
            date::text AS date, to_json(created_at) #>> '{}' AS "createdAt"
       FROM shows
      WHERE org_id = ANY($1) AND ($3::timestamptz IS NULL OR (created_at, id) < ($3, $4::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $2`,
    [orgIds, limit, before?.createdAt ?? null, before?.id ?? null],
  );
  return rows;
}

const childLists = CHILD_TABLES.map((spec) => {
  const item = spec.list === 'flights'
    ? `(${jsonObject(spec.columns, 'c')}::jsonb || jsonb_build_object('passengers', coalesce((
         SELECT json_agg(${jsonObject(PASSENGER_COLUMNS, 'p')} ORDER BY p.position)
           FROM show_flight_passengers p WHERE p.flight_id = c.id), '[]')))`
    : jsonObject(spec.columns, 'c');
  return `'${spec.list}', coalesce((SELECT json_agg(${item} ORDER BY c.position) FROM ${spec.table} c WHERE c.show_id = s.id), '[]')`;
}).join(',\n');

const SHOW_QUERY = `
  SELECT json_build_object(
    'id', s.id, 'orgId', s.org_id, 'importJobId', s.import_job_id, 'createdAt', s.created_at,
    'general', ${jsonObject(GENERAL_COLUMNS, 's')},
    'deal', s.deal, 'technical', s.technical, 'warnings', s.warnings,
    ${childLists},
    'documents', coalesce((SELECT json_agg(json_build_object(
        'id', d.id, 'fileName', d.file_name, 'mimeType', d.mime_type, 'sizeBytes', d.size_bytes,
        'pages', d.pages, 'category', d.category) ORDER BY d.position)
      FROM show_documents d WHERE d.show_id = s.id), '[]')
  ) AS show
  FROM shows s WHERE s.id = $1 AND s.org_id = ANY($2)`;

/** The show in the contract's shape (ImportData's lists and records) plus ids, or null. */
export async function getShow(pool: Pool, orgIds: string[], showId: string): Promise<Record<string, unknown> | null> {
  const { rows } = await pool.query<{ show: Record<string, unknown> }>(SHOW_QUERY, [showId, orgIds]);
  return rows[0]?.show ?? null;
}

export interface ShowDocument {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  blobId: string;
}

export async function getShowDocument(pool: Pool, orgIds: string[], showId: string, documentId: string): Promise<ShowDocument | null> {
  const { rows } = await pool.query<ShowDocument>(
    `SELECT d.file_name AS "fileName", d.mime_type AS "mimeType", d.size_bytes::float8 AS "sizeBytes", d.blob_id AS "blobId"
       FROM show_documents d JOIN shows s ON s.id = d.show_id
      WHERE d.id = $1 AND d.show_id = $2 AND s.org_id = ANY($3)`,
    [documentId, showId, orgIds],
  );
  return rows[0] ?? null;
}
