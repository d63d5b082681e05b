-- Version 8: a device's notes are for agents. A reporter picks a device from
-- the inventory by its tag, kind, make, model, name and location, but what IT
-- wrote about it ("ask Olga before you touch it", a service contract number)
-- is not theirs to read: the table-wide SELECT of version 3 becomes a grant
-- of every column but notes. Agents and the owner keep the whole table.
REVOKE SELECT ON devices FROM helpdesk_reporter;
GRANT SELECT (id, asset_tag, asset_key, kind, make, model, name, location, updated_at, search)
    ON devices TO helpdesk_reporter;
