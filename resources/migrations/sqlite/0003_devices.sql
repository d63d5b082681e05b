-- Version 3: the organisation's device inventory, so an employee picks "the
-- office's printer" by asset tag or room instead of describing it. Filled by
-- `helpdesk-admin import-devices` (DeviceInventory) from a CSV file.
--
-- Asset tags are stored as written on the label and compared in any case
-- through asset_key, which DeviceInventory writes: the tag trimmed and
-- case-folded by Qt. Neither COLLATE NOCASE nor lower() would do on both
-- backends: SQLite folds ASCII only, PostgreSQL follows the server's locale,
-- and an inventory with Cyrillic tags (ИНВ-000421) must behave the same on
-- either. asset_key's UNIQUE index also serves the lookups by exact tag and by
-- prefix (a range over the key).

CREATE TABLE devices (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    asset_tag   TEXT NOT NULL,
    asset_key   TEXT NOT NULL UNIQUE CHECK (asset_key <> ''),
    kind        TEXT NOT NULL,
    make        TEXT NOT NULL DEFAULT '',
    model       TEXT NOT NULL DEFAULT '',
    name        TEXT NOT NULL DEFAULT '',
    location    TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);

-- Word search, as for reports (0002): FTS5 with Unicode case folding, kept in
-- step by triggers; the rowid is the device id. unicode61 splits "INV-00417"
-- and "print-305.example.org" at the punctuation, which the PostgreSQL
-- migration does by hand so that both find the same devices.
CREATE VIRTUAL TABLE devices_search USING fts5(
    asset_tag, make, model, name, location,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER devices_search_insert AFTER INSERT ON devices BEGIN
    INSERT INTO devices_search (rowid, asset_tag, make, model, name, location)
    VALUES (NEW.id, NEW.asset_tag, NEW.make, NEW.model, NEW.name, NEW.location);
END;

CREATE TRIGGER devices_search_update AFTER UPDATE OF asset_tag, make, model, name, location ON devices BEGIN
    DELETE FROM devices_search WHERE rowid = OLD.id;
    INSERT INTO devices_search (rowid, asset_tag, make, model, name, location)
    VALUES (NEW.id, NEW.asset_tag, NEW.make, NEW.model, NEW.name, NEW.location);
END;

CREATE TRIGGER devices_search_delete AFTER DELETE ON devices BEGIN
    DELETE FROM devices_search WHERE rowid = OLD.id;
END;
