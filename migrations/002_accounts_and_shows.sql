-- Accounts (users, memberships, browser sessions, API tokens) and shows (what a committed import becomes).
-- Secrets are stored only as SHA-256 digests; passwords as scrypt hashes.

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email         text NOT NULL UNIQUE CHECK (email = lower(email)),
  password_hash text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisation_members (
  org_id     uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role       text NOT NULL CHECK (role IN ('admin', 'member')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, user_id)
);
CREATE INDEX organisation_members_user ON organisation_members (user_id);

CREATE TABLE user_sessions (
  id_hash    bytea PRIMARY KEY,            -- sha256 of the cookie's secret
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX user_sessions_expiry ON user_sessions (expires_at);

CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id       uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name         text NOT NULL,
  prefix       text NOT NULL,              -- first characters, to tell tokens apart in a list
  token_hash   bytea NOT NULL UNIQUE,      -- sha256 of the token
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz
);

-- A show is created once per import job: the unique import_job_id makes a second commit impossible.
CREATE TABLE shows (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id             uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  import_job_id      uuid UNIQUE REFERENCES import_jobs (id) ON DELETE SET NULL,
  artist             text,
  event_name         text,
  venue              text,
  address            text,
  city               text,
  country            text,
  date               date,
  doors_time         text,
  set_time           text,
  set_length_minutes integer,
  soundcheck_time    text,
  curfew_time        text,
  deal               jsonb NOT NULL,       -- ImportData.deal: one small record, read and written whole
  technical          jsonb NOT NULL,       -- ImportData.technical: free text each
  warnings           jsonb NOT NULL DEFAULT '[]',
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX shows_org_created ON shows (org_id, created_at DESC, id DESC);

CREATE TABLE show_hotels (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  show_id           uuid NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
  position          integer NOT NULL,
  name              text,
  address           text,
  city              text,
  country           text,
  check_in_date     date,
  check_in_time     text,
  check_out_date    date,
  check_out_time    text,
  rooms             integer,
  guests            text[] NOT NULL DEFAULT '{}',
  booking_reference text,
  phone             text,
  email             text,
  notes             text,
  UNIQUE (show_id, position)
);

CREATE TABLE show_flights (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  show_id           uuid NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
  position          integer NOT NULL,
  airline           text,
  flight_number     text,
  date              date,
  from_airport      text,
  from_city         text,
  to_airport        text,
  to_city           text,
  departure_time    text,                  -- local date-time at the airport, as the contract gives it
  arrival_time      text,
  duration_minutes  integer,
  aircraft          text,
  travel_class      text,
  booking_reference text,
  direction         text CHECK (direction IN ('inbound', 'outbound')),
  UNIQUE (show_id, position)
);

CREATE TABLE show_flight_passengers (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  flight_id     uuid NOT NULL REFERENCES show_flights (id) ON DELETE CASCADE,
  position      integer NOT NULL,
  name          text,
  seat          text,
  ticket_number text,
  UNIQUE (flight_id, position)
);

CREATE TABLE show_food (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  show_id           uuid NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
  position          integer NOT NULL,
  name              text,
  kind              text CHECK (kind IN ('catering', 'restaurant', 'buyout')),
  address           text,
  city              text,
  phone             text,
  email             text,
  date              date,
  time              text,
  guest_count       integer,
  booking_reference text,
  notes             text,
  UNIQUE (show_id, position)
);

CREATE TABLE show_activities (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  show_id     uuid NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
  position    integer NOT NULL,
  name        text,
  kind        text NOT NULL,
  date        date,
  start_time  text,
  end_time    text,
  location    text,
  destination text,
  notes       text,
  UNIQUE (show_id, position)
);

CREATE TABLE show_contacts (
  id       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  show_id  uuid NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
  position integer NOT NULL,
  name     text,
  role     text,
  company  text,
  phone    text,
  email    text,
  UNIQUE (show_id, position)
);

-- Only files that were really attached to the import become documents: each points at its source row
-- and the stored bytes, never at a name the client made up.
CREATE TABLE show_documents (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  show_id    uuid NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
  position   integer NOT NULL,
  source_id  uuid NOT NULL REFERENCES import_sources (id),
  blob_id    uuid NOT NULL REFERENCES import_blobs (id),
  file_name  text NOT NULL,
  mime_type  text NOT NULL,
  size_bytes bigint NOT NULL,
  pages      integer,
  category   text NOT NULL,
  UNIQUE (show_id, position)
);

ALTER TABLE import_jobs
  ADD CONSTRAINT import_jobs_result_show_fk FOREIGN KEY (result_show_id) REFERENCES shows (id) ON DELETE SET NULL;
