-- The lease invariant (a processing job names its holder and its lease end) is recovered from
-- instead of checked on every write. PostgreSQL re-reads a CHECK constraint from its stored text for
-- every statement that updates the row, so the one CHECK 003 kept cost each claim, heartbeat and
-- completion: 15–25 server CPU-ms per 1,000 jobs, 4–7 % of the queue's server CPU (docs/queue.md).
-- Every write of the queue sets status, holder and lease together (src/jobs), and reclaim now also
-- takes back a processing job whose lease is missing (src/jobs/reclaim.ts), so a row written wrong
-- by hand is returned to the queue on the next poll tick instead of being held for ever.
ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_lease;
