-- Version 1: reports as the intake wizard files them.
-- Timestamps are ISO 8601 UTC text with milliseconds, so they sort as text.
-- The ticket number is the id, shown as HD-000042.

CREATE TABLE reports (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id           TEXT NOT NULL UNIQUE,
    created_at          TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'new',
    priority            INTEGER NOT NULL,
    category            TEXT NOT NULL,
    symptom             TEXT NOT NULL,
    summary             TEXT NOT NULL,
    description         TEXT NOT NULL DEFAULT '',
    started_at          TEXT,
    impact              TEXT NOT NULL,
    urgency             TEXT NOT NULL,
    device_kind         TEXT NOT NULL DEFAULT '',
    device_make         TEXT NOT NULL DEFAULT '',
    device_model        TEXT NOT NULL DEFAULT '',
    device_custom       INTEGER NOT NULL DEFAULT 0,
    asset_tag           TEXT NOT NULL DEFAULT '',
    building            TEXT NOT NULL DEFAULT '',
    room                TEXT NOT NULL DEFAULT '',
    reporter_name       TEXT NOT NULL,
    reporter_login      TEXT NOT NULL DEFAULT '',
    reporter_email      TEXT NOT NULL DEFAULT '',
    reporter_phone      TEXT NOT NULL DEFAULT '',
    reporter_department TEXT NOT NULL DEFAULT '',
    reporter_location   TEXT NOT NULL DEFAULT '',
    preferred_contact   TEXT NOT NULL DEFAULT '',
    computer_name       TEXT NOT NULL DEFAULT '',
    operating_system    TEXT NOT NULL DEFAULT '',
    version             INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX reports_reporter_created ON reports (reporter_login, created_at);
CREATE INDEX reports_status_created ON reports (status, created_at);
