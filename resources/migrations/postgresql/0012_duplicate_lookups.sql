-- Version 12: the duplicate check sees what it needs, and no more.
-- Until now every reporter could read open_reports, the summary, device and
-- place of every open report in the organisation, and with it follow what
-- everyone else reports. The wizard needs only the open reports a draft may
-- repeat, so that is what a reporter can now ask for:
--
-- * open_reports_readable: the open reports the login may read anyway
--   (a reporter's own; every report for agents and the owner), for "your
--   own open reports";
-- * open_reports_for_asset(asset key, limit): other people's open reports
--   about the device with that asset tag;
-- * open_reports_at(make, model, building, room, limit): about that make and
--   model in that place (make, model and a building or room all given; a
--   NULL building or room is an empty one);
-- * open_reports_like(category, summary, limit): of the newest 500 open
--   reports of that category filed in the last 14 days
--   (ReportStore::DuplicateWindowDays), those whose summary is similar to the
--   draft's by the rule of SummarySimilarity (500, as the wizard compared
--   before: about 10 ms on the 2-core machine; all of 20,000 open reports
--   of a category took 330 ms).
--
-- Each answers at most 50 rows (the wizard shows 10 per group), newest
-- first, without names, logins or contact details, as open_reports did.
-- open_reports goes: nothing reads it any more.

-- Functions find their tables in this schema, never in pg_temp (see 0009).
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

DROP VIEW open_reports;

-- Open reports as the duplicate check shows them: no names, logins or
-- contact details. Nobody is granted it; the view and functions below read
-- it as its owner.
CREATE VIEW open_report_rows AS
SELECT r.id, r.created_at, r.status, r.category, r.summary,
       r.device_kind, r.device_make, r.device_model, r.asset_tag, r.building, r.room,
       (SELECT count(*) FROM report_affected a WHERE a.report_id = r.id) AS affected_count,
       r.asset_key
FROM reports r
WHERE r.status NOT IN ('resolved', 'closed');

-- A view runs as its owner (past the reports' row-level security), but
-- current_user in it is the login that reads it.
CREATE VIEW open_reports_readable WITH (security_barrier) AS
SELECT o.*, r.reporter_login
FROM open_report_rows o JOIN reports r ON r.id = o.id
WHERE r.reporter_login = current_user COLLATE "default"
   OR pg_catalog.pg_has_role(current_user, 'helpdesk_agent', 'MEMBER')
   OR helpdesk_acts_as_owner();
GRANT SELECT ON open_reports_readable TO helpdesk_reporter, helpdesk_agent;

-- The words of a summary that carry meaning, as SummarySimilarity::stems()
-- has them: split at everything but letters, digits and "_", case-folded,
-- without the filler words (the same list as SummarySimilarity's; a test
-- holds the two together), numbers whole, other words of 3 letters or more
-- (and "не", "no") cut to their first 5. Case is folded by ICU where the
-- server has it, so a database made with the C locale folds Cyrillic too.
DO $do$
DECLARE
    folding text := CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_collation WHERE collname = 'und-x-icu')
                         THEN 'und-x-icu' ELSE 'default' END;
BEGIN
    EXECUTE format($f$
CREATE FUNCTION helpdesk_summary_stems(p_text text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT CASE WHEN w ~ '^[[:digit:]]+$' THEN w ELSE left(w, 5) END), '{}')
    FROM regexp_split_to_table(lower(p_text COLLATE %1$I), '\W+') AS w
    WHERE w <> ''
      AND w <> ALL ('{the,and,with,for,from,again,please,does,is,my,our,this,that,when,there,'
                    'на,в,во,с,со,и,у,по,при,для,опять,снова,очень,меня,мой,моя,моё,мое,наш,наша,'
                    'это,пожалуйста,когда,уже,тоже}'::text[])
      AND (w ~ '^[[:digit:]]+$' OR char_length(w) >= 3 OR w IN ('не', 'no'))
$$$f$, folding);
END
$do$;

-- SummarySimilarity::similar(): at least two shared stems covering at least
-- 60% of the shorter summary, or the one stem of a summary of at most two.
CREATE FUNCTION helpdesk_summaries_similar(a text[], b text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN least(cardinality(a), cardinality(b)) = 0 THEN false
        WHEN least(cardinality(a), cardinality(b)) = 1
            THEN shared = 1 AND greatest(cardinality(a), cardinality(b)) <= 2
        ELSE shared >= 2 AND shared::float8 / least(cardinality(a), cardinality(b)) >= 0.6
    END
    FROM (SELECT count(*) AS shared FROM (SELECT unnest(a) INTERSECT SELECT unnest(b)) s) c
$$;

-- The lookups run as the owner, past the row-level security, and answer
-- only about the draft they are given.
CREATE FUNCTION open_reports_for_asset(p_asset_key text, p_limit integer) RETURNS SETOF open_report_rows
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT * FROM open_report_rows
    -- asset_key <> '' as the index reports_asset_key has it (version 5).
    WHERE p_asset_key <> '' AND asset_key <> '' AND asset_key = p_asset_key
    ORDER BY created_at DESC, id DESC
    LIMIT greatest(0, least(p_limit, 50))
$$;

CREATE FUNCTION open_reports_at(p_make text, p_model text, p_building text, p_room text, p_limit integer)
    RETURNS SETOF open_report_rows
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT * FROM open_report_rows
    WHERE p_make <> '' AND p_model <> '' AND (p_building <> '' OR p_room <> '')
      AND device_make <> '' AND device_make = p_make AND device_model = p_model
      AND building = coalesce(p_building, '') AND room = coalesce(p_room, '')
    ORDER BY created_at DESC, id DESC
    LIMIT greatest(0, least(p_limit, 50))
$$;

CREATE FUNCTION open_reports_like(p_category text, p_summary text, p_limit integer) RETURNS SETOF open_report_rows
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT o.* FROM (SELECT * FROM open_report_rows
                     WHERE category = p_category AND created_at >= now() - interval '14 days'
                     ORDER BY created_at DESC, id DESC
                     LIMIT 500) o,
                    helpdesk_summary_stems(p_summary) AS draft(stems)
    WHERE helpdesk_summaries_similar(draft.stems, helpdesk_summary_stems(o.summary))
    ORDER BY o.created_at DESC, o.id DESC
    LIMIT greatest(0, least(p_limit, 50))
$$;

REVOKE ALL ON FUNCTION open_reports_for_asset(text, integer), open_reports_at(text, text, text, text, integer),
    open_reports_like(text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION open_reports_for_asset(text, integer), open_reports_at(text, text, text, text, integer),
    open_reports_like(text, text, integer) TO helpdesk_reporter, helpdesk_agent;
