-- Version 9 on PostgreSQL makes the server set what only the server may
-- decide (ids, times, status, priority, version, history rows) and limits
-- each role to the columns it may write. An embedded SQLite file has no
-- logins to hold to anything: whoever can write the file can change any row
-- (the README says so at its top). The same version number, no change.
SELECT 1;
