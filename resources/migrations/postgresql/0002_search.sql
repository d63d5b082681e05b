-- Version 2: word search over summary, description, device and reporter, for
-- the agents' one search box: a generated tsvector with a GIN index. The
-- 'simple' configuration folds case without language-specific stemming, so
-- Russian and English text are treated alike (SQLite's FTS5 does the same).

ALTER TABLE reports ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('simple',
        summary || ' ' || description || ' ' ||
        device_make || ' ' || device_model || ' ' || asset_tag || ' ' ||
        reporter_name || ' ' || reporter_login || ' ' || reporter_email)
) STORED;

CREATE INDEX reports_search ON reports USING gin (search);
