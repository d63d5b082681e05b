-- Version 14 on PostgreSQL takes from agents the right to change or delete a
-- report's files. The embedded file has one user and no rights of its own.
-- The same version number, no change.
SELECT 1;
