-- Version 15: the reporter answers (see the PostgreSQL file for the whole
-- story): report_events takes three more kinds, answer, fixed and not_fixed,
-- which the reporter writes on their own reports. SQLite cannot change a
-- CHECK constraint, so the table is made again with every row, id and index.
-- reports.answered_at: the reporter's last answer that no agent has acted on.
ALTER TABLE reports ADD COLUMN answered_at TEXT;
CREATE INDEX reports_answered_created ON reports (created_at) WHERE answered_at IS NOT NULL;
CREATE TABLE report_events_15 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id   INTEGER NOT NULL REFERENCES reports (id),
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('status', 'assign', 'note', 'reply', 'answer', 'fixed', 'not_fixed')),
    old_value   TEXT NOT NULL DEFAULT '',
    new_value   TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL
);
INSERT INTO report_events_15 (id, report_id, at, actor, kind, old_value, new_value, text, version)
    SELECT id, report_id, at, actor, kind, old_value, new_value, text, version FROM report_events;
DROP TABLE report_events;
ALTER TABLE report_events_15 RENAME TO report_events;
CREATE INDEX report_events_report ON report_events (report_id, id);
-- The dashboard counts ratings, reopenings and resolutions by day.
CREATE INDEX report_events_kind_at ON report_events (kind, at);
