-- Version 5: the parts of triage that need the shared database.
--
-- * The ITIL priority matrix (impact × urgency → P1…P4) and the response time
--   each priority promises, kept here so the organisation can change them
--   (`helpdesk-admin priority`) and every program uses the same values.
-- * People affected by a report someone else filed ("I'm affected too").
-- * Known incidents posted by agents, and who said "this is my problem".
-- * open_reports: the few columns of open reports the wizard compares a new
--   report with before it is filed (no contact details).

CREATE TABLE priority_matrix (
    impact   TEXT NOT NULL,
    urgency  TEXT NOT NULL,
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
    PRIMARY KEY (impact, urgency)
);

INSERT INTO priority_matrix (impact, urgency, priority) VALUES
    ('office', 'blocked', 1), ('office', 'slowed', 2), ('office', 'can_wait', 3),
    ('team',   'blocked', 2), ('team',   'slowed', 3), ('team',   'can_wait', 4),
    ('me',     'blocked', 3), ('me',     'slowed', 4), ('me',     'can_wait', 4);

CREATE TABLE priority_levels (
    priority         INTEGER PRIMARY KEY CHECK (priority BETWEEN 1 AND 4),
    response_minutes INTEGER NOT NULL CHECK (response_minutes > 0)
);

INSERT INTO priority_levels (priority, response_minutes) VALUES (1, 60), (2, 240), (3, 1440), (4, 4320);

-- Versions 1–4 knew five priorities; ITIL's four fold "planning" into "low".
UPDATE reports SET priority = 4 WHERE priority > 4;

-- The asset tag as DeviceInventory compares it (trimmed, case-folded by Qt),
-- written by ReportStore; older rows get SQLite's ASCII folding.
ALTER TABLE reports ADD COLUMN asset_key TEXT NOT NULL DEFAULT '';
UPDATE reports SET asset_key = lower(trim(asset_tag)) WHERE asset_tag <> '';
CREATE INDEX reports_asset_key ON reports (asset_key) WHERE asset_key <> '';
CREATE INDEX reports_device_created ON reports (device_make, device_model, created_at) WHERE device_make <> '';
CREATE INDEX reports_category_created ON reports (category, created_at);

CREATE TABLE report_affected (
    report_id  INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    login      TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    PRIMARY KEY (report_id, login)
);

CREATE VIEW open_reports AS
SELECT r.id, r.created_at, r.status, r.category, r.summary,
       r.device_kind, r.device_make, r.device_model, r.asset_tag, r.asset_key, r.building, r.room,
       (SELECT count(*) FROM report_affected a WHERE a.report_id = r.id) AS affected_count
FROM reports r
WHERE r.status NOT IN ('resolved', 'closed');

CREATE TABLE incidents (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    title        TEXT NOT NULL CHECK (title <> ''),
    category     TEXT NOT NULL DEFAULT '',
    device_make  TEXT NOT NULL DEFAULT '',
    device_model TEXT NOT NULL DEFAULT '',
    asset_tag    TEXT NOT NULL DEFAULT '',
    location     TEXT NOT NULL DEFAULT '',
    message      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL DEFAULT '',
    resolved_at  TEXT
);

CREATE INDEX incidents_active ON incidents (created_at) WHERE resolved_at IS NULL;

CREATE TABLE incident_affected (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    login       TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    PRIMARY KEY (incident_id, login)
);
