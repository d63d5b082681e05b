-- Version 9: what the server decides, the server sets. Every employee has a
-- login and psql is one command away, so a reporter must not be able to
-- choose a report's id, time, status, priority, version or assignee, and an
-- agent must not be able to step outside the workflow or write history in
-- another's name. The programs send the same values; this makes them true.
--
-- * Ids come from their identity only (GENERATED ALWAYS): nobody can take
--   the ids after the current one and make every later report collide.
-- * Reporters and agents may INSERT only the columns a person fills in; the
--   others take their defaults (created_at now(), status 'new', version 1,
--   no assignee) and the priority comes from priority_matrix here.
-- * Agents may UPDATE only status and assignee (and the bookkeeping columns,
--   which the server overwrites): the version goes up by one, updated_at and
--   resolved_at are the server's clock, a status changes only along the
--   workflow, and each status or assignee change writes its history row in
--   the same statement, in the name of the login that made it.
-- * History rows an agent writes directly are notes and replies only, in
--   their own name, at the server's time, at the report's current version.
--
-- The owner of the tables (helpdesk-admin setup, seed-demo, an import) is
-- not held to this: it may already do anything, including drop a trigger.

ALTER TABLE reports ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE attachments ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE report_events ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE incidents ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE devices ALTER COLUMN id SET GENERATED ALWAYS;

-- Who last changed the report: the login, as the server saw it.
ALTER TABLE reports ADD COLUMN updated_by text NOT NULL DEFAULT '';

REVOKE INSERT, UPDATE ON reports FROM helpdesk_reporter, helpdesk_agent;
GRANT INSERT (client_id, category, symptom, summary, description, started_at, impact, urgency,
              device_kind, device_make, device_model, device_custom, asset_tag, asset_key, building, room,
              reporter_name, reporter_login, reporter_email, reporter_phone, reporter_department,
              reporter_location, preferred_contact, computer_name, operating_system, vague)
    ON reports TO helpdesk_reporter, helpdesk_agent;
GRANT UPDATE (status, assignee, version, updated_at, resolved_at) ON reports TO helpdesk_agent;

-- The other tables with an id: every column but the id. (A table-wide
-- INSERT would allow OVERRIDING SYSTEM VALUE, and with it any id.)
REVOKE INSERT ON attachments FROM helpdesk_reporter, helpdesk_agent;
GRANT INSERT (report_id, position, file_name, mime_type, size, sha256, data)
    ON attachments TO helpdesk_reporter, helpdesk_agent;
REVOKE INSERT ON incidents FROM helpdesk_agent;
GRANT INSERT (title, category, device_make, device_model, asset_tag, location, message, created_at, created_by)
    ON incidents TO helpdesk_agent;
REVOKE UPDATE ON incidents FROM helpdesk_agent;
GRANT UPDATE (resolved_at) ON incidents TO helpdesk_agent;
REVOKE INSERT ON devices FROM helpdesk_agent;
GRANT INSERT (asset_tag, asset_key, kind, make, model, name, location, notes, updated_at)
    ON devices TO helpdesk_agent;

REVOKE INSERT ON report_events FROM helpdesk_agent;
GRANT INSERT (report_id, kind, old_value, new_value, text, at, actor, version) ON report_events TO helpdesk_agent;
DROP POLICY agent_adds_own_events ON report_events;
CREATE POLICY agent_adds_own_notes ON report_events FOR INSERT TO helpdesk_agent
    WITH CHECK (actor = current_user COLLATE "default" AND kind IN ('note', 'reply'));

-- Every function below finds its tables in this schema and never in
-- pg_temp: a login may create temporary tables, and one called
-- priority_matrix or report_events would otherwise come first (PostgreSQL
-- searches pg_temp first unless the path names it).
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- True when the login running the statement owns the reports table (or is a
-- superuser): then the triggers below leave its values alone. The table is
-- named with its schema, so no SET clause is needed; PL/pgSQL keeps the
-- plan for the session (as SQL this cost 15% of a single-row INSERT).
DO $$
BEGIN
    EXECUTE format('CREATE FUNCTION helpdesk_acts_as_owner() RETURNS boolean LANGUAGE plpgsql STABLE AS %L',
                   format('BEGIN RETURN pg_catalog.pg_has_role(current_user, (SELECT c.relowner FROM '
                          'pg_catalog.pg_class c WHERE c.oid = %L::regclass), ''USAGE''); END',
                          quote_ident(current_schema()) || '.reports'));
END
$$;

-- The workflow, as ReviewStore::nextStatuses() has it. Closing from any open
-- status is allowed only for a duplicate, which names its original (below).
CREATE FUNCTION helpdesk_status_allowed(old_status text, new_status text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT (old_status, new_status) IN (('new', 'in_progress'), ('in_progress', 'waiting'),
                                        ('in_progress', 'resolved'), ('waiting', 'in_progress'),
                                        ('waiting', 'resolved'), ('resolved', 'closed'),
                                        ('resolved', 'in_progress'), ('closed', 'in_progress'))
$$;

CREATE FUNCTION helpdesk_report_filed() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
BEGIN
    -- Only the owner can name priority; for everyone else it is NULL here.
    IF NEW.priority IS NULL THEN
        SELECT m.priority INTO NEW.priority FROM priority_matrix m
            WHERE m.impact = NEW.impact AND m.urgency = NEW.urgency;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no priority is set for impact "%" and urgency "%"', NEW.impact, NEW.urgency
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER reports_filed BEFORE INSERT ON reports
    FOR EACH ROW EXECUTE FUNCTION helpdesk_report_filed();

-- An agent's change. A duplicate is closed with the transaction-local setting
-- helpdesk.duplicate_of naming the open report it repeats (set_config(...,
-- true) in the same transaction); its history row names that ticket.
CREATE FUNCTION helpdesk_report_changing() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
DECLARE
    original bigint := NULLIF(current_setting('helpdesk.duplicate_of', true), '')::bigint;
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF NOT helpdesk_status_allowed(OLD.status, NEW.status)
           AND NOT (NEW.status = 'closed' AND OLD.status <> 'closed' AND original IS NOT NULL) THEN
            RAISE EXCEPTION 'a report that is % cannot become % (constraint "reports_workflow")', OLD.status, NEW.status
                USING ERRCODE = 'check_violation';
        END IF;
        IF original IS NOT NULL AND NEW.status = 'closed' AND OLD.status <> 'resolved' THEN
            IF original = OLD.id OR NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = original
                                                AND r.status <> 'closed') THEN
                RAISE EXCEPTION 'report % is not an open report this one could repeat '
                                '(constraint "reports_duplicate_original")', original
                    USING ERRCODE = 'check_violation';
            END IF;
        END IF;
        NEW.resolved_at := CASE NEW.status WHEN 'resolved' THEN now()
                                           WHEN 'closed' THEN COALESCE(OLD.resolved_at, now()) END;
    ELSE
        NEW.resolved_at := OLD.resolved_at;
    END IF;
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    NEW.updated_by := current_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER reports_changing BEFORE UPDATE ON reports
    FOR EACH ROW WHEN (NOT helpdesk_acts_as_owner()) EXECUTE FUNCTION helpdesk_report_changing();

-- Runs as the owner, so it may write the status and assignee rows an agent
-- may not write directly; the actor is the login the change came from.
CREATE FUNCTION helpdesk_report_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    original bigint := NULLIF(current_setting('helpdesk.duplicate_of', true), '')::bigint;
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO report_events (report_id, at, actor, kind, old_value, new_value, text, version)
        VALUES (NEW.id, NEW.updated_at, NEW.updated_by, 'status', OLD.status, NEW.status,
                CASE WHEN NEW.status = 'closed' AND original IS NOT NULL
                     THEN 'HD-' || lpad(original::text, greatest(6, length(original::text)), '0') ELSE '' END,
                NEW.version);
    END IF;
    IF NEW.assignee IS DISTINCT FROM OLD.assignee THEN
        INSERT INTO report_events (report_id, at, actor, kind, old_value, new_value, version)
        VALUES (NEW.id, NEW.updated_at, NEW.updated_by, 'assign', OLD.assignee, NEW.assignee, NEW.version);
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION helpdesk_report_changed() FROM PUBLIC;
CREATE TRIGGER reports_changed AFTER UPDATE ON reports
    FOR EACH ROW WHEN (NOT helpdesk_acts_as_owner()) EXECUTE FUNCTION helpdesk_report_changed();

-- A note or reply an agent writes: at the server's time and the report's
-- current version (the one the agent's own change just made).
CREATE FUNCTION helpdesk_event_written() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
BEGIN
    NEW.at := now();
    NEW.version := (SELECT r.version FROM reports r WHERE r.id = NEW.report_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER report_events_written BEFORE INSERT ON report_events
    FOR EACH ROW WHEN (NOT helpdesk_acts_as_owner()) EXECUTE FUNCTION helpdesk_event_written();

-- An incident is announced in the name of the agent who announces it, now.
CREATE FUNCTION helpdesk_incident_announced() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
BEGIN
    NEW.created_at := now();
    NEW.created_by := current_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER incidents_announced BEFORE INSERT ON incidents
    FOR EACH ROW WHEN (NOT helpdesk_acts_as_owner()) EXECUTE FUNCTION helpdesk_incident_announced();
