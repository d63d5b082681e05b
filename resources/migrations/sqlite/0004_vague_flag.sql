-- Version 4: the wizard's triage result for agents. A report whose reporter
-- confirmed it although it reads as vague ("всё сломалось") is flagged.

ALTER TABLE reports ADD COLUMN vague INTEGER NOT NULL DEFAULT 0;
