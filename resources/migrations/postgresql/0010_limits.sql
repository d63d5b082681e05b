-- Version 10: the limits of Report::validate() (app/core/model/report.cpp)
-- are the database's too, so a login typing SQL into psql meets the same
-- rules as the wizard: lengths, the known categories, symptoms and other
-- choices, required fields, no control characters, at most 5 files of at
-- most 10 MB whose size and SHA-256 match their bytes, and a number of new
-- reports per login and hour. Two rules of the wizard cannot be written in
-- SQL and stay in the programs: the secret detector (passwords, PINs, card
-- numbers) and "make and model from the catalogue".
--
-- They are checked when a row is filed, by one trigger per table rather
-- than CHECK constraints: a CHECK's expression is prepared again for every
-- statement, which halved the rate of single-row INSERTs (bench_pg_
-- throughput), and it would also refuse an agent's status change of a row
-- filed before this version. Each refusal names its rule, as in
-- `constraint "reports_summary_length"`, so the programs can say it in words.

-- Functions find their tables in this schema, never in pg_temp (see 0009).
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- The categories and their symptoms (Taxonomy::Taxonomy()); a test compares
-- the two, so a new symptom comes with a migration that adds its row.
CREATE TABLE report_symptoms (
    category text NOT NULL,
    symptom  text NOT NULL,
    PRIMARY KEY (category, symptom)
);
INSERT INTO report_symptoms (category, symptom) VALUES
    ('printing', 'wont_print'), ('printing', 'paper_jam'), ('printing', 'poor_quality'),
    ('printing', 'shows_error'), ('printing', 'offline'), ('printing', 'out_of_toner'), ('printing', 'scanner'),
    ('printing', 'other'),
    ('computer', 'wont_start'), ('computer', 'slow'), ('computer', 'freezes'), ('computer', 'error_screen'),
    ('computer', 'keyboard_mouse'), ('computer', 'noise_heat'), ('computer', 'other'),
    ('monitor', 'no_picture'), ('monitor', 'flicker'), ('monitor', 'wrong_resolution'),
    ('monitor', 'second_screen'), ('monitor', 'other'),
    ('network', 'no_connection'), ('network', 'wifi'), ('network', 'slow'), ('network', 'vpn'),
    ('network', 'site_unreachable'), ('network', 'other'),
    ('email', 'cant_send'), ('email', 'cant_receive'), ('email', 'mailbox_full'), ('email', 'calendar'),
    ('email', 'spam'), ('email', 'other'),
    ('phone', 'no_dial_tone'), ('phone', 'cant_call_out'), ('phone', 'poor_audio'), ('phone', 'voicemail'),
    ('phone', 'other'),
    ('account', 'locked_out'), ('account', 'no_access'), ('account', 'new_account'), ('account', 'two_factor'),
    ('account', 'other'),
    ('software', 'wont_start'), ('software', 'crashes'), ('software', 'shows_error'), ('software', 'install'),
    ('software', 'license'), ('software', 'other'),
    ('other', 'question'), ('other', 'request'), ('other', 'other');
GRANT SELECT ON report_symptoms TO helpdesk_reporter, helpdesk_agent;

-- No C0 or C1 control character (a line break and a tab only where the
-- text may have lines) and no Unicode noncharacter, as FieldRules::cleanText().
CREATE FUNCTION helpdesk_plain(value text, multiline boolean) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN multiline THEN value !~ '[\x01-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]'
                ELSE value !~ '[\x01-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]' END
$$;

CREATE FUNCTION helpdesk_refuse(rule text, what text) RETURNS void LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
BEGIN
    RAISE EXCEPTION '% (constraint "%")', what, rule USING ERRCODE = 'check_violation', CONSTRAINT = rule;
END
$$;

-- The category and symptom: a foreign key, checked like the rest at filing.
ALTER TABLE reports ADD CONSTRAINT reports_symptom_known FOREIGN KEY (category, symptom)
    REFERENCES report_symptoms (category, symptom) NOT VALID;

-- New reports per login and hour. The row for '*' holds everyone's limit;
-- a row for a login (a monitoring system's) replaces it for that login:
--   helpdesk-admin filing-limit monitoring 500
CREATE TABLE filing_limits (
    login            text PRIMARY KEY,
    reports_per_hour integer NOT NULL CHECK (reports_per_hour >= 0)
);
INSERT INTO filing_limits (login, reports_per_hour) VALUES ('*', 30);
GRANT SELECT ON filing_limits TO helpdesk_reporter, helpdesk_agent;

-- The login that filed a report (an agent may file for someone else); ''
-- for the reports filed before this version, which nobody counts any more.
ALTER TABLE reports ADD COLUMN filed_by text NOT NULL DEFAULT '';
ALTER TABLE reports ALTER COLUMN filed_by SET DEFAULT current_user;
CREATE INDEX reports_filed_by_created ON reports (filed_by, created_at);

-- Report::validate() and FieldRules, for every login; then, for all but the
-- owner, the filing limit. Counting under the login's own row-level security
-- is enough: a reporter's filed_by rows are its own reports, an agent sees all.
CREATE FUNCTION helpdesk_report_checked() RETURNS trigger LANGUAGE plpgsql
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
    PERFORM pg_advisory_xact_lock(hashtext('helpdesk_report_rate'), hashtext(NEW.filed_by));
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
CREATE TRIGGER reports_checked BEFORE INSERT ON reports
    FOR EACH ROW EXECUTE FUNCTION helpdesk_report_checked();

-- Every file, when it is attached and whenever it changes.
CREATE FUNCTION helpdesk_attachment_checked() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
BEGIN
    -- Positions are unique per report (version 6), so 1 to 5 means at most 5 files.
    IF NEW.position NOT BETWEEN 1 AND 5 THEN
        PERFORM helpdesk_refuse('attachments_at_most_five', 'at most 5 files can be attached');
    END IF;
    IF NEW.size NOT BETWEEN 1 AND 10485760 THEN
        PERFORM helpdesk_refuse('attachments_size_limit', 'a file is empty or larger than 10 MB');
    END IF;
    IF NEW.size <> octet_length(NEW.data) THEN
        PERFORM helpdesk_refuse('attachments_size_matches', 'a file''s size does not match its bytes');
    END IF;
    IF NEW.sha256 <> encode(sha256(NEW.data), 'hex') THEN
        PERFORM helpdesk_refuse('attachments_sha256_matches', 'a file''s checksum does not match its bytes');
    END IF;
    IF btrim(NEW.file_name) = '' OR char_length(NEW.file_name) > 200 OR NEW.file_name IN ('.', '..')
       OR NEW.file_name ~ '[/\\]' OR NOT helpdesk_plain(NEW.file_name, false) THEN
        PERFORM helpdesk_refuse('attachments_file_name_plain', 'a file name is not a plain file name');
    END IF;
    IF btrim(NEW.mime_type) = '' OR char_length(NEW.mime_type) > 200 OR NOT helpdesk_plain(NEW.mime_type, false) THEN
        PERFORM helpdesk_refuse('attachments_mime_type_given', 'a file has no type');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER attachments_checked BEFORE INSERT OR UPDATE ON attachments
    FOR EACH ROW EXECUTE FUNCTION helpdesk_attachment_checked();
