/**
 * Commit: a completed import job becomes a show, in one transaction.
 *
 *   completed ──commit──▶ committed (import_jobs.result_show_id = the new show)
 *   committed ──commit──▶ committed (the same show is returned: a retried request is harmless)
 *   any other status ──▶ refused
 *
 * Invariants: one job gives at most one show. The job row is locked FOR UPDATE first, so a concurrent
 * commit waits and then finds `committed`; the unique shows.import_job_id backs that up in the schema.
 * Documents come only from files really attached to the job (import_sources with origin 'file');
 * a document entry naming anything else is dropped and reported.
 */
import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '../db/pool.js';
import type { DocumentEntry, ImportData } from '../interfaces.js';
import { CHILD_TABLES, GENERAL_COLUMNS, PASSENGER_COLUMNS, recordType, type ChildTable } from './tables.js';

export type CommitOutcome =
  | { outcome: 'not_found' }
  | { outcome: 'not_committable'; status: string }
  | { outcome: 'committed'; showId: string; created: boolean; droppedDocuments: string[] };

export async function commitImport(pool: Pool, jobId: string, orgIds: string[], data: ImportData): Promise<CommitOutcome> {
  // Outcomes other than a new show wrote nothing, so committing them is harmless.
  return inTransaction(pool, (client) => commitLocked(client, jobId, orgIds, data));
}

async function commitLocked(client: PoolClient, jobId: string, orgIds: string[], data: ImportData): Promise<CommitOutcome> {
  const { rows } = await client.query<{ org_id: string; status: string; result_show_id: string | null }>(
    'SELECT org_id, status, result_show_id FROM import_jobs WHERE id = $1 AND org_id = ANY($2) FOR UPDATE',
    [jobId, orgIds],
  );
  const job = rows[0];
  if (!job) return { outcome: 'not_found' };
  if (job.status === 'committed' && job.result_show_id) {
    return { outcome: 'committed', showId: job.result_show_id, created: false, droppedDocuments: [] };
  }
  if (job.status !== 'completed') return { outcome: 'not_committable', status: job.status };

  const showId = await insertShow(client, job.org_id, jobId, data);
  for (const spec of CHILD_TABLES) await insertChildren(client, spec, showId, data[spec.list]);
  await insertPassengers(client, showId, data.flights);
  const droppedDocuments = await insertDocuments(client, showId, jobId, data.documents);
  await client.query(
    `UPDATE import_jobs SET status = 'committed', result_show_id = $2, updated_at = now() WHERE id = $1
     RETURNING app_announce_import_job(id, org_id, status)`,
    [jobId, showId],
  );
  return { outcome: 'committed', showId, created: true, droppedDocuments };
}

async function insertShow(client: PoolClient, orgId: string, jobId: string, data: ImportData): Promise<string> {
  const columns = GENERAL_COLUMNS.map(([column]) => column).join(', ');
  const fields = GENERAL_COLUMNS.map(([, field]) => `g."${field}"`).join(', ');
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO shows (org_id, import_job_id, ${columns}, deal, technical, warnings)
     SELECT $1, $2, ${fields}, $4, $5, $6 FROM jsonb_to_record($3) AS g(${recordType(GENERAL_COLUMNS)})
     RETURNING id`,
    [orgId, jobId, data.general, data.deal, data.technical, JSON.stringify(data.warnings)],
  );
  return rows[0]!.id;
}

/** All items of one list in one statement: position = index in the list. */
async function insertChildren(client: PoolClient, spec: ChildTable, showId: string, items: unknown[]): Promise<void> {
  if (items.length === 0) return;
  const columns = spec.columns.map(([column]) => column).join(', ');
  const fields = spec.columns.map(([, field]) => `r."${field}"`).join(', ');
  await client.query(
    `INSERT INTO ${spec.table} (show_id, position, ${columns})
     SELECT $1, e.ord - 1, ${fields}
       FROM jsonb_array_elements($2) WITH ORDINALITY AS e(item, ord),
            LATERAL jsonb_to_record(e.item) AS r(${recordType(spec.columns)})`,
    [showId, JSON.stringify(items)],
  );
}

async function insertPassengers(client: PoolClient, showId: string, flights: ImportData['flights']): Promise<void> {
  if (!flights.some((flight) => flight.passengers.length > 0)) return;
  const columns = PASSENGER_COLUMNS.map(([column]) => column).join(', ');
  const fields = PASSENGER_COLUMNS.map(([, field]) => `r."${field}"`).join(', ');
  await client.query(
    `INSERT INTO show_flight_passengers (flight_id, position, ${columns})
     SELECT f.id, p.ord - 1, ${fields}
       FROM jsonb_array_elements($2) WITH ORDINALITY AS e(item, ord)
       JOIN show_flights f ON f.show_id = $1 AND f.position = e.ord - 1,
            LATERAL jsonb_array_elements(e.item -> 'passengers') WITH ORDINALITY AS p(item, ord),
            LATERAL jsonb_to_record(p.item) AS r(${recordType(PASSENGER_COLUMNS)})`,
    [showId, JSON.stringify(flights)],
  );
}

/**
 * Each document entry is matched by file name to an attached file of this job, each file at most
 * once. Size, type and pages come from what was stored, not from the client. Returns the names dropped.
 */
async function insertDocuments(client: PoolClient, showId: string, jobId: string, documents: DocumentEntry[]): Promise<string[]> {
  const { rows: files } = await client.query<{ id: string; file_name: string }>(
    "SELECT id, file_name FROM import_sources WHERE job_id = $1 AND origin = 'file' ORDER BY position",
    [jobId],
  );
  const unused = [...files];
  const matched: { sourceId: string; category: string }[] = [];
  const dropped: string[] = [];
  for (const document of documents) {
    const index = unused.findIndex((file) => file.file_name === document.fileName);
    if (index < 0) {
      dropped.push(document.fileName);
      continue;
    }
    matched.push({ sourceId: unused.splice(index, 1)[0]!.id, category: document.category });
  }
  if (matched.length > 0) {
    await client.query(
      `INSERT INTO show_documents (show_id, position, source_id, blob_id, file_name, mime_type, size_bytes, pages, category)
       SELECT $1, e.ord - 1, s.id, s.blob_id, s.file_name,
              coalesce(s.detected_mime, s.declared_mime, 'application/octet-stream'), s.size_bytes, s.page_count, r.category
         FROM jsonb_array_elements($2) WITH ORDINALITY AS e(item, ord),
              LATERAL jsonb_to_record(e.item) AS r("sourceId" uuid, category text)
         JOIN import_sources s ON s.id = r."sourceId"`,
      [showId, JSON.stringify(matched)],
    );
  }
  return dropped;
}
