-- Version 2: word search over summary, description, device and reporter, for
-- the agents' one search box. FTS5 with Unicode case folding (Cyrillic too);
-- kept in step with reports by triggers. The rowid is the report id.

CREATE VIRTUAL TABLE reports_search USING fts5(
    summary, description, device, reporter,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO reports_search (rowid, summary, description, device, reporter)
    SELECT id, summary, description,
           device_make || ' ' || device_model || ' ' || asset_tag,
           reporter_name || ' ' || reporter_login || ' ' || reporter_email
    FROM reports;

CREATE TRIGGER reports_search_insert AFTER INSERT ON reports BEGIN
    INSERT INTO reports_search (rowid, summary, description, device, reporter)
    VALUES (NEW.id, NEW.summary, NEW.description,
            NEW.device_make || ' ' || NEW.device_model || ' ' || NEW.asset_tag,
            NEW.reporter_name || ' ' || NEW.reporter_login || ' ' || NEW.reporter_email);
END;

CREATE TRIGGER reports_search_update AFTER UPDATE OF summary, description, device_make, device_model, asset_tag,
        reporter_name, reporter_login, reporter_email ON reports BEGIN
    DELETE FROM reports_search WHERE rowid = OLD.id;
    INSERT INTO reports_search (rowid, summary, description, device, reporter)
    VALUES (NEW.id, NEW.summary, NEW.description,
            NEW.device_make || ' ' || NEW.device_model || ' ' || NEW.asset_tag,
            NEW.reporter_name || ' ' || NEW.reporter_login || ' ' || NEW.reporter_email);
END;

CREATE TRIGGER reports_search_delete AFTER DELETE ON reports BEGIN
    DELETE FROM reports_search WHERE rowid = OLD.id;
END;
