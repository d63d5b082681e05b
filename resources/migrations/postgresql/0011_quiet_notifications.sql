-- Version 11: notifications tell nothing to those who may not know it.
-- LISTEN needs no privilege, so until now any reporter's login heard the id
-- of every report filed or changed (a live feed of the organisation's
-- problems, with its timing) and could send NOTIFYs of its own to keep the
-- console busy. Now the channel has a random name that only agents can read
-- (notification_channel), the notification carries nothing, and it comes
-- once per statement. The console then reads what changed since the ids it
-- saw last, through its own row-level security (QueueWatcher).

-- Functions find their tables in this schema, never in pg_temp (see 0009).
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

CREATE TABLE notification_channel (
    name text PRIMARY KEY CHECK (name ~ '^helpdesk_[0-9a-f]{32}$')
);
INSERT INTO notification_channel (name) VALUES ('helpdesk_' || md5(gen_random_uuid()::text));
GRANT SELECT ON notification_channel TO helpdesk_agent;

-- Runs as the owner, so a reporter's INSERT can notify a channel it may
-- not even name.
CREATE OR REPLACE FUNCTION helpdesk_notify_report() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pg_notify(c.name, '') FROM notification_channel c;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION helpdesk_notify_report() FROM PUBLIC;
DROP TRIGGER reports_notify ON reports;
CREATE TRIGGER reports_notify AFTER INSERT OR UPDATE ON reports
    FOR EACH STATEMENT EXECUTE FUNCTION helpdesk_notify_report();
