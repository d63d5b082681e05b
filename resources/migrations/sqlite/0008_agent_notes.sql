-- Version 8: a device's notes are for agents. On PostgreSQL this takes the
-- notes column away from reporters (column grants). The embedded database
-- has no logins to tell apart, so here the version only keeps both backends
-- at the same number.
SELECT 1;
