-- Version 11 on PostgreSQL hides which reports change from the logins that
-- may not read them (a channel only agents can name, no payload). SQLite
-- announces nothing to other programs: the console looks for changes every
-- few seconds. The same version number, no change.
SELECT 1;
