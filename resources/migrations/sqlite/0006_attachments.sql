-- Version 6: screenshots and files that go with a report, written in the same
-- transaction as the report. The bytes are a BLOB; size and SHA-256 (hex) let
-- whoever saves one check that it arrived whole.

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id   INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    data        BLOB NOT NULL,
    UNIQUE (report_id, position)
);
