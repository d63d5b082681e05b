-- Version 10 on PostgreSQL writes the limits of Report::validate() into the
-- database (lengths, choices, required fields, attachments, a number of new
-- reports per login and hour), since there every employee's login can send
-- SQL past the programs. The embedded file has no logins, and whoever can
-- write it can change anything (README): the programs' own checks are all
-- there is. The same version number, no change.
SELECT 1;
