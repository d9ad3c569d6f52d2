-- Organisations, import jobs with their sources and history, and the bytes of attached files.
-- The job lifecycle and the reason for each operation: src/jobs/lifecycle.ts and docs/queue.md.

CREATE TABLE organisations (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- File bytes live in the database, in ~1 MiB chunks, so a worker on any machine can read them.
CREATE TABLE import_blobs (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sha256     text NOT NULL,
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE import_blob_chunks (
  blob_id uuid NOT NULL REFERENCES import_blobs (id) ON DELETE CASCADE,
  seq     integer NOT NULL CHECK (seq >= 0),
  data    bytea NOT NULL,
  PRIMARY KEY (blob_id, seq)
);
-- Documents are mostly compressed already (PDF, DOCX, JPEG): don't spend CPU compressing them again.
ALTER TABLE import_blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE TABLE import_jobs (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id              uuid NOT NULL REFERENCES organisations (id),
  created_by          text,
  status              text NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'committed', 'cancelled')),
  progress_data       jsonb,
  extracted           jsonb,
  confidence_map      jsonb,
  error               jsonb,   -- { code, message } of the last failure
  attempts            integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts        integer NOT NULL DEFAULT 3 CHECK (max_attempts > 0),
  run_after           timestamptz NOT NULL DEFAULT now(),
  priority            integer NOT NULL DEFAULT 0,   -- higher runs first
  locked_by           text,
  locked_until        timestamptz,
  worker_heartbeat_at timestamptz,
  result_show_id      uuid,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  started_at          timestamptz,
  finished_at         timestamptz,
  CHECK ((status = 'processing') = (locked_by IS NOT NULL AND locked_until IS NOT NULL))
);
-- The claim reads this index in order and stops at the first runnable rows.
CREATE INDEX import_jobs_runnable ON import_jobs (priority DESC, created_at, id) WHERE status = 'pending';
-- Reclaiming looks only at leases, which only processing jobs hold.
CREATE INDEX import_jobs_leases ON import_jobs (locked_until) WHERE status = 'processing';
CREATE INDEX import_jobs_by_org ON import_jobs (org_id, created_at DESC);

CREATE TABLE import_sources (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_id          uuid NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
  position        integer NOT NULL,
  origin          text NOT NULL CHECK (origin IN ('file', 'pasted')),
  file_name       text NOT NULL,
  declared_mime   text,
  detected_mime   text,
  detected_format text,
  size_bytes      bigint NOT NULL,
  sha256          text NOT NULL,
  blob_id         uuid REFERENCES import_blobs (id),
  pasted_text     text,
  extracted       jsonb,   -- the ExtractedSource without its bulk text
  text            text,
  page_count      integer,
  word_count      integer,
  error           jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (job_id, position),
  CHECK (CASE origin WHEN 'file' THEN blob_id IS NOT NULL ELSE pasted_text IS NOT NULL END)
);
CREATE INDEX import_sources_blob ON import_sources (blob_id);

-- Everything that happened to a job, kept after it fails or completes.
CREATE TABLE import_job_events (
  id        bigint GENERATED ALWAYS AS IDENTITY,
  job_id    uuid NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
  at        timestamptz NOT NULL DEFAULT clock_timestamp(),
  kind      text NOT NULL CHECK (kind IN ('created', 'claimed', 'progress', 'completed', 'failed',
                                          'retry_scheduled', 'released', 'reclaimed', 'cancelled')),
  attempt   integer NOT NULL,
  worker_id text,
  detail    jsonb,
  -- One index serves both identity and "a job's history in order"; two would cost a write each.
  PRIMARY KEY (job_id, id)
);

-- Wake workers when a job becomes runnable now (a job due later is found by polling).
CREATE FUNCTION app_notify_import_job_runnable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('intake_jobs', '');
  RETURN NULL;
END $$;
CREATE TRIGGER import_jobs_runnable_notify
  AFTER INSERT OR UPDATE OF status ON import_jobs
  FOR EACH ROW WHEN (NEW.status = 'pending' AND NEW.run_after <= now())
  EXECUTE FUNCTION app_notify_import_job_runnable();

-- Tell watchers (the API's live stream) that a job's status or progress changed. Small payload: they
-- read the row themselves. Workers publish their own changes in batches instead (src/worker/
-- job-updates.ts) and say so with the session setting intake.batch_job_updates: every NOTIFY takes a
-- database-wide lock at commit, so one per claim and one per completion would serialise the queue.
CREATE FUNCTION app_notify_import_job_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('intake_job_updates',
    json_build_object('id', NEW.id, 'org_id', NEW.org_id, 'status', NEW.status)::text);
  RETURN NULL;
END $$;
CREATE TRIGGER import_jobs_update_notify
  AFTER UPDATE OF status, progress_data ON import_jobs
  FOR EACH ROW WHEN ((OLD.status IS DISTINCT FROM NEW.status OR OLD.progress_data IS DISTINCT FROM NEW.progress_data)
                     AND current_setting('intake.batch_job_updates', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION app_notify_import_job_update();

-- Delay before retry `attempt + 1`: base · 2^(attempt-1), at most an hour, times a jitter in [0.5, 1)
-- so jobs that failed together don't come back together.
CREATE FUNCTION app_import_job_backoff(attempt integer, base_ms double precision) RETURNS interval
LANGUAGE sql VOLATILE AS $$
  SELECT least(base_ms * power(2, greatest(attempt, 1) - 1), 3600000) * (0.5 + random() / 2) * interval '1 millisecond'
$$;

-- Claim up to `max_jobs` runnable jobs for `worker_id`: one statement. SKIP LOCKED lets concurrent
-- claimers pass each other's rows instead of queueing on them; the attempt counter rises here, at
-- claim, so a job that kills its worker every time still runs out of attempts. The chosen ids go
-- through an array so that the update finds them by primary key whatever LIMIT the planner assumes
-- (a join with the chosen rows was planned as a sequential scan of the whole table).
CREATE FUNCTION app_claim_next_import_jobs(worker_id text, max_jobs integer, lease interval)
RETURNS SETOF import_jobs LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  -- PL/pgSQL keeps this statement's plan for the session; an SQL function would plan it every call.
  RETURN QUERY
  WITH claimed AS (
    UPDATE import_jobs j
    SET status = 'processing', attempts = j.attempts + 1, locked_by = worker_id,
        locked_until = now() + lease, worker_heartbeat_at = now(), updated_at = now(),
        started_at = coalesce(j.started_at, now()),
        progress_data = jsonb_build_object(
          'current_section', null, 'current_source', null, 'sections_completed', 0, 'total_sections', 9,
          'started_at', now(), 'last_updated', now())
    WHERE j.id = ANY (ARRAY(
      SELECT n.id FROM import_jobs n
      WHERE n.status = 'pending' AND n.run_after <= now()
      ORDER BY n.priority DESC, n.created_at, n.id
      LIMIT max_jobs
      FOR UPDATE SKIP LOCKED))
    RETURNING j.*
  ), logged AS (
    INSERT INTO import_job_events (job_id, kind, attempt, worker_id)
    SELECT c.id, 'claimed', c.attempts, app_claim_next_import_jobs.worker_id FROM claimed c
  )
  SELECT * FROM claimed;
END $$;

-- Write progress (and renew the lease: progress is a sign of life) only while the caller still holds
-- the claim it got (worker + attempt). Returns false when it does not: the caller must stop.
CREATE FUNCTION app_update_import_job_progress(job_id uuid, worker_id text, attempt integer, progress jsonb, lease interval)
RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  held boolean;
BEGIN
  WITH updated AS (
    UPDATE import_jobs j
    SET progress_data = coalesce(j.progress_data, '{}'::jsonb) || progress
                        || jsonb_build_object('last_updated', now()),
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
