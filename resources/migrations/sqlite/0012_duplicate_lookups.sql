-- Version 12 on PostgreSQL lets a reporter read other people's open reports
-- only as the duplicate check asks for them: by the draft's asset tag, device
-- and place, or a similar summary. The embedded file has one user, who may
-- read the whole file anyway, so the wizard keeps reading open_reports. The
-- same version number, no change.
SELECT 1;
