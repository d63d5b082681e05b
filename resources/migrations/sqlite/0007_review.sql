-- Version 7: the agents' review console. Who works on a report, when it last
-- changed and when it was resolved; its history (report_events); and, on the
-- embedded database only, the agents' own accounts (on PostgreSQL an agent
-- signs in with their database login instead).
--
-- Status values: new, in_progress, waiting, resolved, closed. Every change an
-- agent makes bumps reports.version (optimistic locking) and adds one event in
-- the same transaction; the event keeps the version it produced, so "what
-- changed since version N" is the events with version > N.

ALTER TABLE reports ADD COLUMN assignee TEXT NOT NULL DEFAULT '';  -- agent login, '' = nobody
ALTER TABLE reports ADD COLUMN updated_at TEXT;                     -- NULL: never changed by an agent
ALTER TABLE reports ADD COLUMN resolved_at TEXT;                    -- NULL unless resolved or closed

-- The queue pages newest first by (created_at, id); each filter has an index
-- that ends in created_at (SQLite appends the rowid to every index entry).
CREATE INDEX reports_created ON reports (created_at);
CREATE INDEX reports_assignee_created ON reports (assignee, created_at);
-- reports_category_created (category, created_at) exists since version 5.
CREATE INDEX reports_make_created ON reports (device_make, created_at);
CREATE INDEX reports_priority_created ON reports (priority, created_at);

-- kind: status | assign (old/new value) | note (internal, agents only) |
-- reply (to the reporter, who may read it).
CREATE TABLE report_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id   INTEGER NOT NULL REFERENCES reports (id),
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('status', 'assign', 'note', 'reply')),
    old_value   TEXT NOT NULL DEFAULT '',
    new_value   TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL
);
CREATE INDEX report_events_report ON report_events (report_id, id);

-- Agent accounts of the embedded database (helpdesk-admin add-agent). The
-- password is kept only as PBKDF2-SHA256(password, salt, iterations); failed
-- attempts in a row push locked_until further out, so guessing gets slower.
CREATE TABLE agents (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    login            TEXT NOT NULL UNIQUE CHECK (login <> ''),
    display_name     TEXT NOT NULL DEFAULT '',
    password_hash    BLOB NOT NULL,
    salt             BLOB NOT NULL,
    iterations       INTEGER NOT NULL,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT,
    created_at       TEXT NOT NULL
);
