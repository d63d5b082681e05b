-- Version 14: a report's files stay as the reporter attached them. Agents
-- could UPDATE and DELETE attachments (version 6 granted them the whole
-- table), so an agent could put another screenshot in a report's place, with
-- a size and checksum to match, or take one away, and nothing would show it.
-- No program changes or deletes a file; agents read them, as before.

REVOKE UPDATE, DELETE ON attachments FROM helpdesk_agent;
