-- A leaner queue: what a job's success path writes and what PostgreSQL re-checks on every write.
-- Measured on no-op jobs (docs/queue.md, "What each write costs"): per claim + complete, the server
-- spent 443 CPU-ms per 1,000 jobs with the two history rows, the two row triggers and the four CHECKs
-- of 001; 295 without them. Every statement that updates a row re-reads each CHECK and trigger WHEN
-- clause from its stored text, so they cost on every claim, heartbeat and completion.
--
-- 1. History keeps what the row cannot: how earlier attempts ended, progress, cancellation. The
--    success path writes no event: the row holds its claim (`claimed_at`, `attempts`, `locked_by`,
--    which now names the last holder) and its end (`status`, `finished_at`). New `claimed` and
--    `completed` events are no longer written; rows of that kind from before stay readable.
-- 2. `status` is an enum: the value is checked on input instead of by a CHECK on every write.
-- 3. A claim clears `progress_data` instead of building its starting value: the attempt's first
--    progress report builds it (app_update_import_job_progress below), so a claim writes a narrower row.
-- 4. Notifications come from the statements that change things instead of row triggers on UPDATE:
--    workers publish theirs in batches (src/worker/job-updates.ts), the API's writes call
--    app_announce_import_job, and a job that becomes runnable by an update says so itself. Inserts
--    keep a statement-level trigger, so a job added by any means still wakes the workers.

DROP TRIGGER import_jobs_runnable_notify ON import_jobs;
DROP TRIGGER import_jobs_update_notify ON import_jobs;
DROP FUNCTION app_notify_import_job_update();

CREATE TYPE import_job_status AS ENUM ('pending', 'processing', 'completed', 'failed', 'committed', 'cancelled');

DROP INDEX import_jobs_runnable;
DROP INDEX import_jobs_leases;
ALTER TABLE import_jobs
  DROP CONSTRAINT import_jobs_status_check,
  DROP CONSTRAINT import_jobs_attempts_check,
  DROP CONSTRAINT import_jobs_max_attempts_check,
  DROP CONSTRAINT import_jobs_check,
  ALTER COLUMN status DROP DEFAULT,
  ALTER COLUMN status TYPE import_job_status USING status::import_job_status,
  ALTER COLUMN status SET DEFAULT 'pending',
  ADD COLUMN claimed_at timestamptz,   -- when the current (or last) attempt was claimed
  -- The one invariant the fence relies on: a processing job has a lease, no other job has one.
  ADD CONSTRAINT import_jobs_lease CHECK ((status = 'processing') = (locked_until IS NOT NULL AND locked_by IS NOT NULL));
COMMENT ON COLUMN import_jobs.locked_by IS 'the worker holding the job while processing; afterwards the last one that held it';
CREATE INDEX import_jobs_runnable ON import_jobs (priority DESC, created_at, id) WHERE status = 'pending';
-- Reclaim reads the processing jobs (a few per worker) and checks their leases. Keyed by `id`, not by
-- `locked_until` as in 001, so that heartbeats and progress reports, which move the lease, change no
-- indexed column and can be HOT updates: no new entry in any index, the new row version on the same
-- page (which the fill factor leaves room for).
CREATE INDEX import_jobs_leases ON import_jobs (id) WHERE status = 'processing';
ALTER TABLE import_jobs SET (fillfactor = 90);

-- Added jobs wake the workers: once per INSERT statement, however many rows it adds.
CREATE TRIGGER import_jobs_added_notify
  AFTER INSERT ON import_jobs
  FOR EACH STATEMENT EXECUTE FUNCTION app_notify_import_job_runnable();

-- Wakes idle workers: for an update that makes a job runnable now (release, a person's retry).
CREATE FUNCTION app_wake_import_workers() RETURNS void LANGUAGE sql VOLATILE AS $$
  SELECT pg_notify('intake_jobs', '')
$$;

-- Tells watchers (the API's live stream) that a job changed. Small payload: they read the row themselves.
CREATE FUNCTION app_announce_import_job(id uuid, org_id uuid, status import_job_status) RETURNS void
LANGUAGE sql VOLATILE AS $$
  SELECT pg_notify('intake_job_updates', json_build_object('id', id, 'org_id', org_id, 'status', status)::text)
$$;

-- The claim returns the columns a worker needs rather than whole rows: the function hands its rows
-- over through a tuplestore, and 7 columns instead of 22 cost 3 % less server CPU per claim + complete
-- (10 connections, 6,000 jobs, medians of 5: 298 → 288 CPU-ms per 1,000 jobs).
DROP FUNCTION app_claim_next_import_jobs(text, integer, interval);
CREATE FUNCTION app_claim_next_import_jobs(worker_id text, max_jobs integer, lease interval)
RETURNS TABLE (id uuid, org_id uuid, created_by text, attempts integer, max_attempts integer, priority integer, created_at timestamptz)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  -- PL/pgSQL keeps this statement's plan for the session; an SQL function would plan it every call.
  -- The ids go through an array so the update finds them by primary key (see 001). Every column is
  -- qualified: the output columns share their names.
  RETURN QUERY
    UPDATE import_jobs j
    SET status = 'processing', attempts = j.attempts + 1, locked_by = worker_id,
        locked_until = now() + lease, worker_heartbeat_at = now(), updated_at = now(), claimed_at = now(),
        started_at = coalesce(j.started_at, now()),
        progress_data = NULL   -- this attempt's progress starts with its first report
    WHERE j.id = ANY (ARRAY(
      SELECT n.id FROM import_jobs n
      WHERE n.status = 'pending' AND n.run_after <= now()
      ORDER BY n.priority DESC, n.created_at, n.id
      LIMIT max_jobs
      FOR UPDATE SKIP LOCKED))
    RETURNING j.id, j.org_id, j.created_by, j.attempts, j.max_attempts, j.priority, j.created_at;
END $$;

-- Write progress (and renew the lease: progress is a sign of life) only while the caller still holds
-- the claim it got (worker + attempt). Returns false when it does not: the caller must stop. The first
-- report of an attempt starts from the attempt's claim time.
CREATE OR REPLACE FUNCTION app_update_import_job_progress(job_id uuid, worker_id text, attempt integer, progress jsonb, lease interval)
RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  held boolean;
BEGIN
  WITH updated AS (
    UPDATE import_jobs j
    SET progress_data = coalesce(j.progress_data, jsonb_build_object(
                          'current_section', null, 'current_source', null, 'sections_completed', 0,
                          'total_sections', 9, 'started_at', j.claimed_at))
                        || progress || jsonb_build_object('last_updated', now()),
        locked_until = now() + lease, worker_heartbeat_at = now(), updated_at = now()
    WHERE j.id = app_update_import_job_progress.job_id AND j.status = 'processing'
      AND j.locked_by = app_update_import_job_progress.worker_id AND j.attempts = attempt
    RETURNING j.id
  ), logged AS (
    INSERT INTO import_job_events (job_id, kind, attempt, worker_id, detail)
    SELECT u.id, 'progress', attempt, app_update_import_job_progress.worker_id, progress FROM updated u
  )
  SELECT EXISTS (SELECT 1 FROM updated) INTO held;
  RETURN held;
END $$;
