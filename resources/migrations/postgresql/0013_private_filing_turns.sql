-- Version 13: nobody holds another login's turn to file, or reads its limit.
-- Schema 10 made one filing per login wait for the one before (so parallel
-- connections cannot slip past the hourly limit) with an advisory lock whose
-- key anyone could compute: a reporter who took pg_advisory_lock() with
-- Vera's key held every report Vera filed until it let go. The key now has a
-- random part that only the owner can read, and only a login's own filing
-- takes its lock. filing_limits showed every login's limit to everyone (and
-- so which logins are monitoring systems); a login now reads its own row and
-- everyone's ('*'), which is all its filing needs.

-- Functions find their tables in this schema, never in pg_temp (see 0009).
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

CREATE TABLE filing_lock_salt (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    salt     bigint NOT NULL
);
INSERT INTO filing_lock_salt (salt)
    SELECT ('x' || substr(md5(gen_random_uuid()::text), 1, 16))::bit(64)::bigint;

-- Runs as the owner, who alone reads the salt. Asked for another login's
-- turn (or under SET ROLE, where the login is not the one connected), it
-- takes no lock: nobody can make another login's filing wait.
CREATE FUNCTION helpdesk_filing_turn(p_login text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    IF p_login = session_user COLLATE "default" THEN
        PERFORM pg_advisory_xact_lock((SELECT s.salt FROM filing_lock_salt s) # hashtextextended(p_login, 0));
    END IF;
END
$$;
REVOKE ALL ON FUNCTION helpdesk_filing_turn(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION helpdesk_filing_turn(text) TO helpdesk_reporter, helpdesk_agent;

-- The checks of version 10 as they were; only the lock of the last step changes.
CREATE OR REPLACE FUNCTION helpdesk_report_checked() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
DECLARE
    allowed integer;
    filed integer;
BEGIN
    IF char_length(btrim(NEW.summary)) NOT BETWEEN 10 AND 120 THEN
        PERFORM helpdesk_refuse('reports_summary_length', 'the summary must have 10 to 120 characters');
    END IF;
    IF char_length(NEW.description) > 4000 THEN
        PERFORM helpdesk_refuse('reports_description_length', 'the description may have at most 4000 characters');
    END IF;
    IF NEW.impact NOT IN ('me', 'team', 'office') OR NEW.urgency NOT IN ('can_wait', 'slowed', 'blocked')
       OR NEW.device_kind NOT IN ('printer', 'scanner', 'computer', 'laptop', 'monitor', 'network', 'phone', 'other')
       OR NEW.preferred_contact NOT IN ('', 'email', 'phone') THEN
        PERFORM helpdesk_refuse('reports_choices_known',
                                'who is affected, how urgent it is, the kind of device or the preferred contact is not one of the choices');
    END IF;
    IF NEW.started_at IS NULL OR NEW.started_at > now() + interval '5 minutes' THEN
        PERFORM helpdesk_refuse('reports_started_known', 'when the problem started is missing or in the future');
    END IF;
    IF char_length(btrim(NEW.reporter_name)) < 2 THEN
        PERFORM helpdesk_refuse('reports_name_given', 'the reporter''s name is missing');
    END IF;
    IF btrim(NEW.reporter_email) = '' AND btrim(NEW.reporter_phone) = '' THEN
        PERFORM helpdesk_refuse('reports_reachable', 'there is neither an email address nor a phone number');
    END IF;
    IF NEW.reporter_email <> '' AND NEW.reporter_email !~ '^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$' THEN
        PERFORM helpdesk_refuse('reports_email_form', 'the email address is not one');
    END IF;
    IF greatest(char_length(NEW.client_id), char_length(NEW.device_make), char_length(NEW.device_model),
                char_length(NEW.asset_tag), char_length(NEW.asset_key), char_length(NEW.building),
                char_length(NEW.room), char_length(NEW.reporter_name), char_length(NEW.reporter_login),
                char_length(NEW.reporter_email), char_length(NEW.reporter_phone),
                char_length(NEW.reporter_department), char_length(NEW.reporter_location),
                char_length(NEW.computer_name), char_length(NEW.operating_system)) > 200 THEN
        PERFORM helpdesk_refuse('reports_short_texts', 'a field has more than 200 characters');
    END IF;
    IF NOT (helpdesk_plain(NEW.summary, false) AND helpdesk_plain(NEW.description, true)
            AND helpdesk_plain(NEW.client_id || NEW.device_make || NEW.device_model || NEW.asset_tag
                               || NEW.building || NEW.room || NEW.reporter_name || NEW.reporter_login
                               || NEW.reporter_email || NEW.reporter_phone || NEW.reporter_department
                               || NEW.reporter_location || NEW.computer_name || NEW.operating_system, false)) THEN
        PERFORM helpdesk_refuse('reports_plain_text', 'a field contains control characters');
    END IF;

    IF helpdesk_acts_as_owner() THEN
        RETURN NEW;
    END IF;
    SELECT l.reports_per_hour INTO allowed FROM filing_limits l
        WHERE l.login IN (NEW.filed_by, '*') ORDER BY l.login = '*' LIMIT 1;
    IF allowed IS NULL THEN
        RETURN NEW;
    END IF;
    -- One filing at a time per login, so parallel connections do not slip past.
    PERFORM helpdesk_filing_turn(NEW.filed_by);
    SELECT count(*) INTO filed FROM reports r
        WHERE r.filed_by = NEW.filed_by AND r.created_at > now() - interval '1 hour';
    IF filed >= allowed THEN
        RAISE EXCEPTION 'the login % filed % reports in the last hour; its limit is %', NEW.filed_by, filed, allowed
            USING ERRCODE = 'HD429',
                  HINT = 'The owner of the database can raise it: helpdesk-admin filing-limit LOGIN N';
    END IF;
    RETURN NEW;
END
$$;

ALTER TABLE filing_limits ENABLE ROW LEVEL SECURITY;
CREATE POLICY login_reads_own_limit ON filing_limits FOR SELECT TO helpdesk_reporter, helpdesk_agent
    USING (login IN ('*', current_user COLLATE "default"));
