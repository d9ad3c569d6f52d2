-- On PostgreSQL 18 and later the claim function is written in SQL rather than PL/pgSQL. From 18 on,
-- SQL functions keep their statements' plans for the session like PL/pgSQL does, and skip PL/pgSQL's
-- interpreter and the tuplestore its RETURN QUERY fills: 15–20 server CPU-ms less per 1,000 jobs
-- (claim + complete, 1 worker process × 10, embedded PostgreSQL 18; docs/queue.md). Before 18 an SQL
-- function plans its statement on every call, which costs far more (+130 CPU-ms per 1,000 jobs on
-- PostgreSQL 15), so there the PL/pgSQL function of 003 stays. Same statement, same result either way.
DO $migration$
BEGIN
  IF current_setting('server_version_num')::integer >= 180000 THEN
    CREATE OR REPLACE FUNCTION app_claim_next_import_jobs(worker_id text, max_jobs integer, lease interval)
    RETURNS TABLE (id uuid, org_id uuid, created_by text, attempts integer, max_attempts integer, priority integer, created_at timestamptz)
    LANGUAGE sql VOLATILE AS $claim$
      UPDATE import_jobs j
      SET status = 'processing', attempts = j.attempts + 1, locked_by = worker_id,
          locked_until = now() + lease, worker_heartbeat_at = now(), updated_at = now(), claimed_at = now(),
          started_at = coalesce(j.started_at, now()),
          progress_data = NULL
      WHERE j.id = ANY (ARRAY(
        SELECT n.id FROM import_jobs n
        WHERE n.status = 'pending' AND n.run_after <= now()
        ORDER BY n.priority DESC, n.created_at, n.id
        LIMIT max_jobs
        FOR UPDATE SKIP LOCKED))
      RETURNING j.id, j.org_id, j.created_by, j.attempts, j.max_attempts, j.priority, j.created_at
    $claim$;
  END IF;
END $migration$;
