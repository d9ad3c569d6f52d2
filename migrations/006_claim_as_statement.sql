-- The claim is no longer a function: the worker sends the same statement itself, as a named prepared
-- statement (src/jobs/claim.ts). PostgreSQL then keeps one plan per connection on every version, with
-- neither PL/pgSQL's interpreter and tuplestore (15–17) nor an SQL function's call overhead (18+):
-- server CPU per 1,000 jobs (claim + complete, 10 connections, 4,000 jobs, medians of 5, A/B in turn
-- on one server) 415 → 373 on PostgreSQL 15 and 468 → 438 on 18 (docs/queue.md).
DROP FUNCTION app_claim_next_import_jobs(text, integer, interval);
