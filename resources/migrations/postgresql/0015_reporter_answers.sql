-- Version 15: the reporter answers. Until now the conversation ran one way:
-- an agent could ask (a reply, the report Waiting for reporter), and the
-- reporter could only read it. Now the reporter writes three kinds of
-- history rows on their own reports:
--
-- * answer: text for the helpdesk, on an open report; a report Waiting for
--   reporter goes back to In progress;
-- * fixed: on a resolved report, "it is fixed": the report is closed; an
--   optional rating of the help, 1 to 5, in new_value, and a comment;
-- * not_fixed: on a resolved report, with the reason: it is reopened
--   (In progress, no longer resolved).
--
-- The reporter inserts only the report, the kind, the text and the rating,
-- in their own name, on their own report (row-level security). Everything else happens in
-- the database, in the same statement, as the owner: the checks, under a
-- lock on the report, the report's next version, the time, who changed it,
-- the status and its history row, in the reporter's name. Nobody else can
-- write these kinds: agents write notes and replies only (0009).

-- An answer waits for the helpdesk: reports.answered_at is the time of the
-- reporter's last answer (or "not fixed") that no agent has acted on since.
-- Any change an agent makes to the report (a reply, a note, a status, an
-- assignee: each one a new version) clears it; the console marks and
-- filters the reports that have it.

-- Functions find their tables in this schema, never in pg_temp (see 0009).
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

ALTER TABLE reports ADD COLUMN answered_at timestamptz;
CREATE INDEX reports_answered_created_id ON reports (created_at, id) WHERE answered_at IS NOT NULL;

CREATE FUNCTION helpdesk_report_followed_up() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
BEGIN
    NEW.answered_at := NULL;
    RETURN NEW;
END
$$;
CREATE TRIGGER reports_followed_up BEFORE UPDATE ON reports
    FOR EACH ROW WHEN (OLD.answered_at IS NOT NULL AND NOT helpdesk_acts_as_owner())
    EXECUTE FUNCTION helpdesk_report_followed_up();

ALTER TABLE report_events DROP CONSTRAINT report_events_kind_check;
ALTER TABLE report_events ADD CONSTRAINT report_events_kind_check
    CHECK (kind IN ('status', 'assign', 'note', 'reply', 'answer', 'fixed', 'not_fixed'));
-- The dashboard counts ratings, reopenings and resolutions by day.
CREATE INDEX report_events_kind_at ON report_events (kind, at);

GRANT INSERT (report_id, kind, text, new_value) ON report_events TO helpdesk_reporter;
CREATE POLICY reporter_answers_own ON report_events FOR INSERT TO helpdesk_reporter
    WITH CHECK (actor = current_user COLLATE "default" AND kind IN ('answer', 'fixed', 'not_fixed')
                AND report_id IN (SELECT id FROM reports WHERE reporter_login = current_user COLLATE "default"));
-- The conversation: the helpdesk's replies and the reporter's own rows.
DROP POLICY reporter_reads_replies_to_own ON report_events;
CREATE POLICY reporter_reads_conversation ON report_events FOR SELECT TO helpdesk_reporter
    USING (kind IN ('reply', 'answer', 'fixed', 'not_fixed') AND report_id IN
           (SELECT id FROM reports WHERE reporter_login = current_user COLLATE "default"));

-- Runs as the owner, after the row is in: under a lock on the report, checks
-- that the report can take this row, then changes the report and writes the
-- status row. A refusal undoes the INSERT.
CREATE FUNCTION helpdesk_reporter_answered() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    report reports%ROWTYPE;
    target text;
BEGIN
    SELECT * INTO report FROM reports r WHERE r.id = NEW.report_id FOR NO KEY UPDATE;
    IF NEW.kind = 'answer' AND report.status NOT IN ('new', 'in_progress', 'waiting') THEN
        PERFORM helpdesk_refuse('report_events_answer_open',
                                'only an open report can be answered; say whether a resolved one is fixed');
    END IF;
    IF NEW.kind IN ('fixed', 'not_fixed') AND report.status <> 'resolved' THEN
        PERFORM helpdesk_refuse('report_events_resolved_only', 'only a resolved report can be fixed or not fixed');
    END IF;
    -- An answer and a reason say something; "it is fixed" may say nothing.
    IF char_length(NEW.text) > 4000
       OR (NEW.kind IN ('answer', 'not_fixed') AND char_length(btrim(NEW.text)) = 0) THEN
        PERFORM helpdesk_refuse('report_events_text_length', 'the text must have 1 to 4000 characters');
    END IF;
    IF NEW.new_value <> '' AND NOT (NEW.kind = 'fixed' AND NEW.new_value IN ('1', '2', '3', '4', '5')) THEN
        PERFORM helpdesk_refuse('report_events_rating', 'a rating is 1 to 5, given only with "it is fixed"');
    END IF;
    IF NOT helpdesk_plain(NEW.text, true) THEN
        PERFORM helpdesk_refuse('reports_plain_text', 'a field contains control characters');
    END IF;

    target := CASE WHEN NEW.kind = 'fixed' THEN 'closed'
                   WHEN NEW.kind = 'not_fixed' THEN 'in_progress'
                   WHEN report.status = 'waiting' THEN 'in_progress' END;
    UPDATE reports SET version = report.version + 1, updated_at = now(), updated_by = NEW.actor,
                       status = coalesce(target, status),
                       answered_at = CASE WHEN NEW.kind = 'fixed' THEN NULL ELSE now() END,
                       resolved_at = CASE WHEN target = 'in_progress' THEN NULL ELSE resolved_at END
        WHERE id = NEW.report_id;
    UPDATE report_events SET version = report.version + 1 WHERE id = NEW.id;
    IF target IS NOT NULL THEN
        INSERT INTO report_events (report_id, at, actor, kind, old_value, new_value, version)
        VALUES (NEW.report_id, now(), NEW.actor, 'status', report.status, target, report.version + 1);
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION helpdesk_reporter_answered() FROM PUBLIC;
CREATE TRIGGER report_events_answered AFTER INSERT ON report_events
    FOR EACH ROW WHEN (NEW.kind IN ('answer', 'fixed', 'not_fixed') AND NOT helpdesk_acts_as_owner())
    EXECUTE FUNCTION helpdesk_reporter_answered();
