-- Version 13 on PostgreSQL keeps one login from holding another's turn to
-- file (a lock with a secret key) and from reading other logins' filing
-- limits. The embedded file has one user and no filing limit. The same
-- version number, no change.
SELECT 1;
