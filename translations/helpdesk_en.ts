<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminTool</name>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>Unknown language “%1”; choose one of: %2.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>The option --%1 belongs to the %2 command, not to %3.</source>
        <translation>The option --%1 belongs to the %2 command, not to %3.</translation>
    </message>
    <message>
        <source>The %1 command needs a ticket number, e.g. %1 HD-000042.</source>
        <translation>The %1 command needs a ticket number, e.g. %1 HD-000042.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” for the %2 command.</source>
        <translation>Unexpected argument “%1” for the %2 command.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of reports, 0 for all; “%1” is not one.</source>
        <translation>--limit needs a whole number of reports, 0 for all; “%1” is not one.</translation>
    </message>
    <message>
        <source>“%1” is not a ticket number; write it like HD-000042.</source>
        <translation>“%1” is not a ticket number; write it like HD-000042.</translation>
    </message>
    <message>
        <source>The export command needs --format csv or --format json.</source>
        <translation>The export command needs --format csv or --format json.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”; use csv or json.</source>
        <translation>Unknown export format “%1”; use csv or json.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output needs a file name.</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>Database: %1 (%2)</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Reports: %1</translation>
    </message>
    <message>
        <source>No reports yet.</source>
        <translation>No reports yet.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>(not given)</source>
        <comment>show: a field the reporter left empty</comment>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>(typed in)</source>
        <comment>show: a model not picked from the catalogue</comment>
        <translation>(typed in)</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Symptom:</source>
        <translation>Symptom:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Started:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Impact:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Device kind:</source>
        <translation>Device kind:</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Make:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Asset tag:</source>
        <translation>Asset tag:</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>Building:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Room:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Preferred contact:</source>
        <translation>Preferred contact:</translation>
    </message>
    <message>
        <source>Computer:</source>
        <translation>Computer:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Operating system:</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Filed:</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>Cannot read the reports: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Reading the reports stopped: %1</source>
        <translation>Reading the reports stopped: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n report(s) to %1.</source>
        <translation>
            <numerusform>Exported %n report to %1.</numerusform>
            <numerusform>Exported %n reports to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Cannot read standard input: %1</translation>
    </message>
    <message>
        <source>Nothing to submit: standard input is empty. Pipe one report as JSON into “%1 submit”.</source>
        <translation>Nothing to submit: standard input is empty. Pipe one report as JSON into “%1 submit”.</translation>
    </message>
    <message>
        <source>The %1 command needs a database login, e.g. %1 ivanov.</source>
        <translation>The %1 command needs a database login, e.g. %1 ivanov.</translation>
    </message>
    <message>
        <source>Reporter and agent roles exist only on a shared PostgreSQL database; the embedded database has none to grant.</source>
        <translation>Reporter and agent roles exist only on a shared PostgreSQL database; the embedded database has none to grant.</translation>
    </message>
    <message>
        <source>There is no login “%1” on the database server. Create it first (for example CREATE ROLE &quot;%1&quot; LOGIN), then run this again.</source>
        <translation>There is no login “%1” on the database server. Create it first (for example CREATE ROLE &quot;%1&quot; LOGIN), then run this again.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 now has the role %2.</translation>
    </message>
    <message>
        <source>The %1 command needs a CSV file, e.g. %1 devices.csv.</source>
        <translation>The %1 command needs a CSV file, e.g. %1 devices.csv.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 new, updated %2 devices.</source>
        <translation>Imported %1 new, updated %2 devices.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <comment>import-devices: a bad row of the CSV file</comment>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n device(s) to %1.</source>
        <translation>
            <numerusform>Exported %n device to %1.</numerusform>
            <numerusform>Exported %n devices to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog command needs what to do, e.g. catalog search HL-L2340D.</source>
        <translation>The catalog command needs what to do, e.g. catalog search HL-L2340D.</translation>
    </message>
    <message>
        <source>Unknown catalog command “%1”; use catalog search TEXT.</source>
        <translation>Unknown catalog command “%1”; use catalog search TEXT.</translation>
    </message>
    <message>
        <source>Unknown kind of device “%1”; choose one of: %2.</source>
        <translation>Unknown kind of device “%1”; choose one of: %2.</translation>
    </message>
    <message>
        <source>Nothing in the device catalogue matches “%1”.</source>
        <translation>Nothing in the device catalogue matches “%1”.</translation>
    </message>
    <message>
        <source>Vague:</source>
        <translation>Vague:</translation>
    </message>
    <message>
        <source>yes — the reporter sent it as it is; ask what exactly happens</source>
        <translation>yes — the reporter sent it as it is; ask what exactly happens</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>A line of standard input is longer than 1 MiB; triage checks one text per line.</source>
        <translation>A line of standard input is longer than 1 MiB; triage checks one text per line.</translation>
    </message>
    <message>
        <source>--category, --location, --message, --make, --model and --asset-tag belong to incident add.</source>
        <translation>--category, --location, --message, --make, --model and --asset-tag belong to incident add.</translation>
    </message>
    <message>
        <source>--all belongs to incident list.</source>
        <translation>--all belongs to incident list.</translation>
    </message>
    <message>
        <source>Affected too:</source>
        <translation>Affected too:</translation>
    </message>
    <message>
        <source>nobody else</source>
        <translation>nobody else</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>resolved %1</translation>
    </message>
    <message numerus="yes">
        <source>%n affected</source>
        <translation>
            <numerusform>%n affected</numerusform>
            <numerusform>%n affected</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>No incidents.</translation>
    </message>
    <message>
        <source>No active incidents.</source>
        <translation>No active incidents.</translation>
    </message>
    <message>
        <source>incident add needs one title, in quotes if it has spaces, e.g. incident add &quot;Printers on floor 3 are down&quot;.</source>
        <translation>incident add needs one title, in quotes if it has spaces, e.g. incident add &quot;Printers on floor 3 are down&quot;.</translation>
    </message>
    <message>
        <source>--make and --model go together.</source>
        <translation>--make and --model go together.</translation>
    </message>
    <message>
        <source>incident %1 needs an incident reference, e.g. incident %1 INC-0007.</source>
        <translation>incident %1 needs an incident reference, e.g. incident %1 INC-0007.</translation>
    </message>
    <message>
        <source>“%1” is not an incident reference; write it like INC-0007.</source>
        <translation>“%1” is not an incident reference; write it like INC-0007.</translation>
    </message>
    <message>
        <source>%1 is resolved; the wizard no longer shows it.</source>
        <translation>%1 is resolved; the wizard no longer shows it.</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>Incident:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Posted:</source>
        <translation>Posted:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message numerus="yes">
        <source>Affected (%n):</source>
        <translation>
            <numerusform>Affected (%n):</numerusform>
            <numerusform>Affected (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident command needs add, list, show or resolve.</source>
        <translation>The incident command needs add, list, show or resolve.</translation>
    </message>
    <message>
        <source>Unknown incident command “%1”; use add, list, show or resolve.</source>
        <translation>Unknown incident command “%1”; use add, list, show or resolve.</translation>
    </message>
    <message>
        <source>Unknown priority command “%1”; use set or response, or nothing to show the matrix.</source>
        <translation>Unknown priority command “%1”; use set or response, or nothing to show the matrix.</translation>
    </message>
    <message>
        <source>priority set needs IMPACT URGENCY PRIORITY, e.g. priority set me blocked 2.</source>
        <translation>priority set needs IMPACT URGENCY PRIORITY, e.g. priority set me blocked 2.</translation>
    </message>
    <message>
        <source>priority response needs PRIORITY MINUTES, e.g. priority response 2 120.</source>
        <translation>priority response needs PRIORITY MINUTES, e.g. priority response 2 120.</translation>
    </message>
    <message>
        <source>A priority is a number from %1 to %2.</source>
        <translation>A priority is a number from %1 to %2.</translation>
    </message>
    <message>
        <source>A response time is a positive number of minutes.</source>
        <translation>A response time is a positive number of minutes.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>The %1 command needs a ticket number and the number of the attachment, e.g. %1 HD-000042 1 --output screenshot.png.</source>
        <translation>The %1 command needs a ticket number and the number of the attachment, e.g. %1 HD-000042 1 --output screenshot.png.</translation>
    </message>
    <message>
        <source>“%1” is not the number of an attachment; “%2 show %3” lists them as 1, 2, …</source>
        <translation>“%1” is not the number of an attachment; “%2 show %3” lists them as 1, 2, …</translation>
    </message>
    <message>
        <source>The %1 command needs --output FILE: where to save the attachment.</source>
        <translation>The %1 command needs --output FILE: where to save the attachment.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Attachment %1 of %2 (“%3”) is damaged: its bytes do not match the SHA-256 checksum stored with it. Nothing was saved.</source>
        <translation>Attachment %1 of %2 (“%3”) is damaged: its bytes do not match the SHA-256 checksum stored with it. Nothing was saved.</translation>
    </message>
    <message>
        <source>Saved “%1” (%2, %3, SHA-256 %4) to %5.</source>
        <translation>Saved “%1” (%2, %3, SHA-256 %4) to %5.</translation>
    </message>
    <message>
        <source>Standard input holds more than %1; one report with its largest attachments is less.</source>
        <translation>Standard input holds more than %1; one report with its largest attachments is less.</translation>
    </message>
    <message>
        <source>--self-test takes no command; “%1” is one too many.</source>
        <translation>--self-test takes no command; “%1” is one too many.</translation>
    </message>
    <message>
        <source>The config command is config show, config get KEY, config set KEY VALUE [--system] or config unset KEY [--system].</source>
        <translation>The config command is config show, config get KEY, config set KEY VALUE [--system] or config unset KEY [--system].</translation>
    </message>
    <message>
        <source>config %1 needs %2.</source>
        <translation>config %1 needs %2.</translation>
    </message>
    <message>
        <source>a key and a value</source>
        <translation>a key and a value</translation>
    </message>
    <message>
        <source>a key</source>
        <translation>a key</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” for config %2.</source>
        <translation>Unexpected argument “%1” for config %2.</translation>
    </message>
    <message>
        <source>--system belongs to config set and config unset; config %1 shows the value that applies.</source>
        <translation>--system belongs to config set and config unset; config %1 shows the value that applies.</translation>
    </message>
    <message>
        <source>Unknown setting “%1”; the settings are: %2.</source>
        <translation>Unknown setting “%1”; the settings are: %2.</translation>
    </message>
    <message>
        <source>from the user setting</source>
        <translation>from the user setting</translation>
    </message>
    <message>
        <source>from the system setting</source>
        <translation>from the system setting</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>User settings: %1</source>
        <translation>User settings: %1</translation>
    </message>
    <message>
        <source>System settings: %1</source>
        <translation>System settings: %1</translation>
    </message>
    <message>
        <source>The system setting is locked: the user&apos;s database settings are ignored.</source>
        <translation>The system setting is locked: the user&apos;s database settings are ignored.</translation>
    </message>
    <message>
        <source>config set needs a value; to remove a setting use config unset %1.</source>
        <translation>config set needs a value; to remove a setting use config unset %1.</translation>
    </message>
    <message>
        <source>%1 set in %2.</source>
        <translation>%1 set in %2.</translation>
    </message>
    <message>
        <source>%1 removed from %2.</source>
        <translation>%1 removed from %2.</translation>
    </message>
    <message>
        <source>seed-demo needs --reports N, a whole number above 0.</source>
        <translation>seed-demo needs --reports N, a whole number above 0.</translation>
    </message>
    <message>
        <source>--name is for agents of the embedded database; on PostgreSQL the login is the name.</source>
        <translation>--name is for agents of the embedded database; on PostgreSQL the login is the name.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>No password given; the agent was not saved.</source>
        <translation>No password given; the agent was not saved.</translation>
    </message>
    <message>
        <source>The two passwords differ; the agent was not saved.</source>
        <translation>The two passwords differ; the agent was not saved.</translation>
    </message>
    <message>
        <source>No password on standard input: pipe it in, e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | %1 add-agent %2.</source>
        <translation>No password on standard input: pipe it in, e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | %1 add-agent %2.</translation>
    </message>
    <message>
        <source>Agent %1 added; they sign in to helpdesk-review with this password.</source>
        <translation>Agent %1 added; they sign in to helpdesk-review with this password.</translation>
    </message>
    <message>
        <source>Agent %1 has a new password.</source>
        <translation>Agent %1 has a new password.</translation>
    </message>
    <message>
        <source>%1 of %2 reports…</source>
        <translation>%1 of %2 reports…</translation>
    </message>
    <message>
        <source>Added %1 demo reports in %2 s (%3 per second).</source>
        <translation>Added %1 demo reports in %2 s (%3 per second).</translation>
    </message>
    <message>
        <source>Usage: %1 [--database URL] [--lang en|ru] %2</source>
        <translation>Usage: %1 [--database URL] [--lang en|ru] %2</translation>
    </message>
    <message>
        <source>Create the database or bring its schema up to date; print where it is and its schema version.</source>
        <translation>Create the database or bring its schema up to date; print where it is and its schema version.</translation>
    </message>
    <message>
        <source>Newest reports first, one per line.</source>
        <translation>Newest reports first, one per line.</translation>
    </message>
    <message>
        <source>List at most N reports (default %1; 0 lists all).</source>
        <translation>List at most N reports (default %1; 0 lists all).</translation>
    </message>
    <message>
        <source>Every field of one report, e.g. show HD-000042, and its attachments: number, name, type, size.</source>
        <translation>Every field of one report, e.g. show HD-000042, and its attachments: number, name, type, size.</translation>
    </message>
    <message>
        <source>All reports, oldest first, to standard output or a file.</source>
        <translation>All reports, oldest first, to standard output or a file.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv or json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <source>File one report read as JSON from standard input and print its ticket number.</source>
        <translation>File one report read as JSON from standard input and print its ticket number.</translation>
    </message>
    <message>
        <source>PostgreSQL: let an existing login file reports and read its own.</source>
        <translation>PostgreSQL: let an existing login file reports and read its own.</translation>
    </message>
    <message>
        <source>PostgreSQL: let an existing login read and update all reports. SQLite: create the agent or set a new password.</source>
        <translation>PostgreSQL: let an existing login read and update all reports. SQLite: create the agent or set a new password.</translation>
    </message>
    <message>
        <source>On SQLite the password is read from standard input (asked twice, hidden, on a terminal).</source>
        <translation>On SQLite the password is read from standard input (asked twice, hidden, on a terminal).</translation>
    </message>
    <message>
        <source>SQLite: the agent&apos;s name as the console shows it.</source>
        <translation>SQLite: the agent&apos;s name as the console shows it.</translation>
    </message>
    <message>
        <source>Add or update devices of the inventory from a CSV file.</source>
        <translation>Add or update devices of the inventory from a CSV file.</translation>
    </message>
    <message>
        <source>The file has a header row: asset_tag,kind,make,model,name,location,notes (asset_tag and kind required).</source>
        <translation>The file has a header row: asset_tag,kind,make,model,name,location,notes (asset_tag and kind required).</translation>
    </message>
    <message>
        <source>The device inventory as CSV, by asset tag, to standard output or a file.</source>
        <translation>The device inventory as CSV, by asset tag, to standard output or a file.</translation>
    </message>
    <message>
        <source>Search the makes and models of the built-in device catalogue. Needs no database.</source>
        <translation>Search the makes and models of the built-in device catalogue. Needs no database.</translation>
    </message>
    <message>
        <source>The makes and models that match TEXT, best first, one MAKE&lt;TAB&gt;MODEL per line; &quot;&quot; lists them all.</source>
        <translation>The makes and models that match TEXT, best first, one MAKE&lt;TAB&gt;MODEL per line; &quot;&quot; lists them all.</translation>
    </message>
    <message>
        <source>Only devices of this kind: %1.</source>
        <translation>Only devices of this kind: %1.</translation>
    </message>
    <message>
        <source>Check texts read from standard input, one per line. Needs no database.</source>
        <translation>Check texts read from standard input, one per line. Needs no database.</translation>
    </message>
    <message>
        <source>Prints one JSON object per line, {&quot;vague&quot;: true|false, &quot;secrets&quot;: [{&quot;kind&quot;, &quot;start&quot;, &quot;end&quot;}]} (offsets in characters of that line).</source>
        <translation>Prints one JSON object per line, {&quot;vague&quot;: true|false, &quot;secrets&quot;: [{&quot;kind&quot;, &quot;start&quot;, &quot;end&quot;}]} (offsets in characters of that line).</translation>
    </message>
    <message>
        <source>The priority matrix (impact x urgency -&gt; P1..P4) and the response time of each priority.</source>
        <translation>The priority matrix (impact x urgency -&gt; P1..P4) and the response time of each priority.</translation>
    </message>
    <message>
        <source>priority set IMPACT URGENCY P changes one cell, e.g. priority set me blocked 2; priority response P MINUTES one response time, e.g. priority response 2 120.</source>
        <translation>priority set IMPACT URGENCY P changes one cell, e.g. priority set me blocked 2; priority response P MINUTES one response time, e.g. priority response 2 120.</translation>
    </message>
    <message>
        <source>Save one attachment of a report to a file, after checking its SHA-256.</source>
        <translation>Save one attachment of a report to a file, after checking its SHA-256.</translation>
    </message>
    <message>
        <source>N is the number of the attachment as show lists them: 1, 2, …</source>
        <translation>N is the number of the attachment as show lists them: 1, 2, …</translation>
    </message>
    <message>
        <source>Where to save the attachment.</source>
        <translation>Where to save the attachment.</translation>
    </message>
    <message>
        <source>Add invented demo reports. Never on a real helpdesk database.</source>
        <translation>Add invented demo reports. Never on a real helpdesk database.</translation>
    </message>
    <message>
        <source>All categories, real devices, Russian and English text, the last 90 days.</source>
        <translation>All categories, real devices, Russian and English text, the last 90 days.</translation>
    </message>
    <message>
        <source>How many demo reports to add.</source>
        <translation>How many demo reports to add.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Post, list, show and resolve known incidents.</source>
        <translation>Post, list, show and resolve known incidents.</translation>
    </message>
    <message>
        <source>incident add posts a known incident; the wizard shows it to the people at WHERE (everyone without --location). incident list: active incidents. incident show: one incident and the people it affects. incident resolve: the incident is over; the wizard stops showing it.</source>
        <translation>incident add posts a known incident; the wizard shows it to the people at WHERE (everyone without --location). incident list: active incidents. incident show: one incident and the people it affects. incident resolve: the incident is over; the wizard stops showing it.</translation>
    </message>
    <message>
        <source>incident add: the category it concerns.</source>
        <translation>incident add: the category it concerns.</translation>
    </message>
    <message>
        <source>incident add: where; the wizard shows it to the people there.</source>
        <translation>incident add: where; the wizard shows it to the people there.</translation>
    </message>
    <message>
        <source>incident add: what the wizard tells them.</source>
        <translation>incident add: what the wizard tells them.</translation>
    </message>
    <message>
        <source>incident add: the make of the device (with --model).</source>
        <translation>incident add: the make of the device (with --model).</translation>
    </message>
    <message>
        <source>incident add: the model of the device (with --make).</source>
        <translation>incident add: the model of the device (with --make).</translation>
    </message>
    <message>
        <source>incident add: the asset tag of the device.</source>
        <translation>incident add: the asset tag of the device.</translation>
    </message>
    <message>
        <source>incident list: resolved incidents too.</source>
        <translation>incident list: resolved incidents too.</translation>
    </message>
    <message>
        <source>Show, read, write or remove the settings.</source>
        <translation>Show, read, write or remove the settings.</translation>
    </message>
    <message>
        <source>config show: every setting that applies and where it comes from. config get KEY: the value of one setting that applies. config set KEY VALUE: write a setting for this user, or with --system for every user of this computer. config unset KEY: remove a setting. Keys: database (a URL without password), database.sslmode, database.sslrootcert, database.locked (--system).</source>
        <translation>config show: every setting that applies and where it comes from. config get KEY: the value of one setting that applies. config set KEY VALUE: write a setting for this user, or with --system for every user of this computer. config unset KEY: remove a setting. Keys: database (a URL without password), database.sslmode, database.sslrootcert, database.locked (--system).</translation>
    </message>
    <message>
        <source>config set and config unset: the system setting, for every user of this computer.</source>
        <translation>config set and config unset: the system setting, for every user of this computer.</translation>
    </message>
    <message>
        <source>sqlite:/path/to/helpdesk.sqlite or postgresql://user@host:port/dbname. Without it: $HELPDESK_DATABASE, else the user setting (unless locked), else the system setting, else %1</source>
        <translation>sqlite:/path/to/helpdesk.sqlite or postgresql://user@host:port/dbname. Without it: $HELPDESK_DATABASE, else the user setting (unless locked), else the system setting, else %1</translation>
    </message>
    <message>
        <source>Language of the output: en or ru.</source>
        <translation>Language of the output: en or ru.</translation>
    </message>
    <message>
        <source>Check the database (reachable, schema version, role and permissions), the device catalogue and the translations; print a checklist. Changes nothing; exit status 0 only when all pass.</source>
        <translation>Check the database (reachable, schema version, role and permissions), the device catalogue and the translations; print a checklist. Changes nothing; exit status 0 only when all pass.</translation>
    </message>
    <message>
        <source>Show this help; after a command, the help of that command.</source>
        <translation>Show this help; after a command, the help of that command.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>COMMAND [options]</source>
        <translation>COMMAND [options]</translation>
    </message>
    <message>
        <source>Administers the Helpdesk Intake database.</source>
        <translation>Administers the Helpdesk Intake database.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>“%1 COMMAND --help” shows what one command takes.</source>
        <translation>“%1 COMMAND --help” shows what one command takes.</translation>
    </message>
    <message>
        <source>The options of every command (--database, --lang): %1 --help.</source>
        <translation>The options of every command (--database, --lang): %1 --help.</translation>
    </message>
    <message>
        <source>SQLite: give an existing agent a new password (this also lifts a lock).</source>
        <translation>SQLite: give an existing agent a new password (this also lifts a lock).</translation>
    </message>
    <message>
        <source>--reset is for agents of the embedded database; on PostgreSQL the password is the login&apos;s own, set on the server.</source>
        <translation>--reset is for agents of the embedded database; on PostgreSQL the password is the login&apos;s own, set on the server.</translation>
    </message>
    <message>
        <source>The agent %1 already exists. To give them a new password (which also lifts a lock), run this again with --reset. On the embedded database anyone who can write its file can do that; only the file&apos;s permissions protect it.</source>
        <translation>The agent %1 already exists. To give them a new password (which also lifts a lock), run this again with --reset. On the embedded database anyone who can write its file can do that; only the file&apos;s permissions protect it.</translation>
    </message>
    <message>
        <source>The report names the login “%1”, but you are connected to the database as “%2”; a report can only be filed under your own login. Leave contact.login out, or ask IT to make “%2” a helpdesk agent (helpdesk-admin add-agent) to file for others.</source>
        <translation>The report names the login “%1”, but you are connected to the database as “%2”; a report can only be filed under your own login. Leave contact.login out, or ask IT to make “%2” a helpdesk agent (helpdesk-admin add-agent) to file for others.</translation>
    </message>
    <message>
        <source>PostgreSQL: how many new reports a login may file an hour; without arguments, the limits.</source>
        <translation>PostgreSQL: how many new reports a login may file an hour; without arguments, the limits.</translation>
    </message>
    <message>
        <source>The database refuses a login&apos;s next report past its limit. filing-limit monitoring 500 lets a monitoring system file more; filing-limit monitoring default gives it everyone&apos;s limit again.</source>
        <translation>The database refuses a login&apos;s next report past its limit. filing-limit monitoring 500 lets a monitoring system file more; filing-limit monitoring default gives it everyone&apos;s limit again.</translation>
    </message>
    <message>
        <source>Set the limit of every login without one of its own.</source>
        <translation>Set the limit of every login without one of its own.</translation>
    </message>
    <message>
        <source>Give the login and its limit, e.g. filing-limit monitoring 500, or filing-limit monitoring default.</source>
        <translation>Give the login and its limit, e.g. filing-limit monitoring 500, or filing-limit monitoring default.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new report(s) an hour</source>
        <translation>
            <numerusform>%1: %n new report an hour</numerusform>
            <numerusform>%1: %n new reports an hour</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a number of reports an hour (0 or more) or “default”.</source>
        <translation>“%1” is not a number of reports an hour (0 or more) or “default”.</translation>
    </message>
    <message>
        <source>Close the reports resolved more than N days ago (default %1) whose reporter said nothing.</source>
        <translation>Close the reports resolved more than N days ago (default %1) whose reporter said nothing.</translation>
    </message>
    <message>
        <source>Each gets a history row in the name &quot;helpdesk&quot;. Run it daily, for example from cron or a systemd timer.</source>
        <translation>Each gets a history row in the name &quot;helpdesk&quot;. Run it daily, for example from cron or a systemd timer.</translation>
    </message>
    <message>
        <source>Close those resolved more than N days ago.</source>
        <translation>Close those resolved more than N days ago.</translation>
    </message>
    <message>
        <source>--days needs a whole number of days, 1 or more; “%1” is not one.</source>
        <translation>--days needs a whole number of days, 1 or more; “%1” is not one.</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n report(s) resolved more than %1 ago that nobody answered.</source>
        <translation>
            <numerusform>Closed %n report resolved more than %1 ago that nobody answered.</numerusform>
            <numerusform>Closed %n reports resolved more than %1 ago that nobody answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentAccounts</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The agent needs a login.</source>
        <translation>The agent needs a login.</translation>
    </message>
    <message>
        <source>Cannot read the agents: %1</source>
        <translation>Cannot read the agents: %1</translation>
    </message>
    <message>
        <source>Cannot save the agent %1: %2</source>
        <translation>Cannot save the agent %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the agent %1: %2</source>
        <translation>Cannot update the agent %1: %2</translation>
    </message>
</context>
<context>
    <name>AgentSignIn</name>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>There is no agent “%1” in this database. An administrator adds agents with “helpdesk-admin add-agent %1”.</source>
        <translation>There is no agent “%1” in this database. An administrator adds agents with “helpdesk-admin add-agent %1”.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. Too many wrong passwords: wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Wrong password. Too many wrong passwords: wait %n second before the next try.</numerusform>
            <numerusform>Wrong password. Too many wrong passwords: wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Too many wrong passwords: wait %n second before the next try.</numerusform>
            <numerusform>Too many wrong passwords: wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database server refused this login and password.</source>
        <translation>The database server refused this login and password.</translation>
    </message>
    <message>
        <source>“%1” may use the database but is not a helpdesk agent. An administrator makes it one with “helpdesk-admin add-agent %1”.</source>
        <translation>“%1” may use the database but is not a helpdesk agent. An administrator makes it one with “helpdesk-admin add-agent %1”.</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>“%1” does not exist (any more).</source>
        <translation>“%1” does not exist (any more).</translation>
    </message>
    <message>
        <source>“%1” is a folder; attach the files in it one by one.</source>
        <translation>“%1” is a folder; attach the files in it one by one.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>“%1” is not a regular file.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <source>Screenshot and files</source>
        <translation>Screenshot and files</translation>
    </message>
    <message>
        <source>Optional: show the helpdesk what you see. An error message on the screen often says more than a description.</source>
        <translation>Optional: show the helpdesk what you see. An error message on the screen often says more than a description.</translation>
    </message>
    <message>
        <source>Take &amp;screenshot</source>
        <translation>Take &amp;screenshot</translation>
    </message>
    <message>
        <source>This window steps aside, every screen is photographed, and you can black out private parts before it is attached.</source>
        <translation>This window steps aside, every screen is photographed, and you can black out private parts before it is attached.</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>&amp;Paste image</translation>
    </message>
    <message>
        <source>Attach the picture you copied, e.g. with PrtScn or your screenshot tool (Ctrl+V).</source>
        <translation>Attach the picture you copied, e.g. with PrtScn or your screenshot tool (Ctrl+V).</translation>
    </message>
    <message>
        <source>Attac&amp;hed:</source>
        <translation>Attac&amp;hed:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Unknown setting “%1”; the settings are: %2.</source>
        <translation>Unknown setting “%1”; the settings are: %2.</translation>
    </message>
    <message>
        <source>Only the system setting can lock the database setting: add --system.</source>
        <translation>Only the system setting can lock the database setting: add --system.</translation>
    </message>
    <message>
        <source>database.locked is true or false, not “%1”.</source>
        <translation>database.locked is true or false, not “%1”.</translation>
    </message>
    <message>
        <source>IT has locked the database settings in %1, so a setting of your own would be ignored.</source>
        <translation>IT has locked the database settings in %1, so a setting of your own would be ignored.</translation>
    </message>
    <message>
        <source>A password in a settings file can be read by anyone who can read the file: leave it out of the URL. The wizard asks for it and keeps it in the keyring; single sign-on (Kerberos) needs none.</source>
        <translation>A password in a settings file can be read by anyone who can read the file: leave it out of the URL. The wizard asks for it and keeps it in the keyring; single sign-on (Kerberos) needs none.</translation>
    </message>
    <message>
        <source>Unknown sslmode “%1”; use one of: %2.</source>
        <translation>Unknown sslmode “%1”; use one of: %2.</translation>
    </message>
    <message>
        <source>Give the CA certificate as an absolute path, e.g. /etc/ssl/certs/helpdesk-ca.pem.</source>
        <translation>Give the CA certificate as an absolute path, e.g. /etc/ssl/certs/helpdesk-ca.pem.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>Cannot write %1; the system setting needs an administrator (sudo).</source>
        <translation>Cannot write %1; the system setting needs an administrator (sudo).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>How can we reach you?</source>
        <translation>How can we reach you?</translation>
    </message>
    <message>
        <source>We filled in what this computer knows about you. Check it, correct it and confirm.</source>
        <translation>We filled in what this computer knows about you. Check it, correct it and confirm.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Lo&amp;cation (building, room):</source>
        <translation>Lo&amp;cation (building, room):</translation>
    </message>
    <message>
        <source>e.g. +7 495 123-45-67, ext. 214</source>
        <translation>e.g. +7 495 123-45-67, ext. 214</translation>
    </message>
    <message>
        <source>These details are c&amp;orrect</source>
        <translation>These details are c&amp;orrect</translation>
    </message>
    <message>
        <source>Preferred &amp;way to reach you:</source>
        <translation>Preferred &amp;way to reach you:</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the quoted field that starts on line %1 is never closed, so everything after it was skipped</source>
        <translation>the quoted field that starts on line %1 is never closed, so everything after it was skipped</translation>
    </message>
    <message>
        <source>text follows the closing quote of field %1; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>text follows the closing quote of field %1; a quote inside a quoted field must be doubled (&quot;&quot;)</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (the first bad byte is on line %1). Save it as “CSV UTF-8” and try again.</source>
        <translation>The file is not UTF-8 text (the first bad byte is on line %1). Save it as “CSV UTF-8” and try again.</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>By &amp;category</translation>
    </message>
    <message>
        <source>Reports per category</source>
        <translation>Reports per category</translation>
    </message>
    <message>
        <source>By &amp;make</source>
        <translation>By &amp;make</translation>
    </message>
    <message>
        <source>Reports per device make</source>
        <translation>Reports per device make</translation>
    </message>
    <message>
        <source>By &amp;day</source>
        <translation>By &amp;day</translation>
    </message>
    <message>
        <source>Reports per day</source>
        <translation>Reports per day</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Refresh the dashboard</translation>
    </message>
    <message>
        <source>What reporters said of the help</source>
        <translation>What reporters said of the help</translation>
    </message>
</context>
<context>
    <name>DashboardStatsReader</name>
    <message>
        <source>Cannot read the statistics: %1</source>
        <translation>Cannot read the statistics: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database URL “%1” names no file; write sqlite:/path/to/helpdesk.sqlite.</source>
        <translation>The database URL “%1” names no file; write sqlite:/path/to/helpdesk.sqlite.</translation>
    </message>
    <message>
        <source>The database URL “%1” is not valid; write postgresql://user@host:port/dbname.</source>
        <translation>The database URL “%1” is not valid; write postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Unknown database URL “%1”: it must start with sqlite: or postgresql://.</source>
        <translation>Unknown database URL “%1”: it must start with sqlite: or postgresql://.</translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed (Debian package %2).</source>
        <translation>The Qt database driver %1 is not installed (Debian package %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>The database server %1 refused the password for the login “%2”. Check the password in the database URL, or ask IT to reset it.</source>
        <translation>The database server %1 refused the password for the login “%2”. Check the password in the database URL, or ask IT to reset it.</translation>
    </message>
    <message>
        <source>The database URL asks for an encrypted (TLS) connection, but the server %1 does not offer one. Remove sslmode from the URL or ask IT to enable TLS on the server.</source>
        <translation>The database URL asks for an encrypted (TLS) connection, but the server %1 does not offer one. Remove sslmode from the URL or ask IT to enable TLS on the server.</translation>
    </message>
    <message>
        <source>The database server %1 accepts only encrypted (TLS) connections: add ?sslmode=require (or verify-full) to the database URL.</source>
        <translation>The database server %1 accepts only encrypted (TLS) connections: add ?sslmode=require (or verify-full) to the database URL.</translation>
    </message>
    <message>
        <source>There is no database “%1” on the server %2. Ask IT to create it and run “helpdesk-admin init”.</source>
        <translation>There is no database “%1” on the server %2. Ask IT to create it and run “helpdesk-admin init”.</translation>
    </message>
    <message>
        <source>The database server %1 does not let the login “%2” connect from this computer (pg_hba.conf). Ask IT to allow it.</source>
        <translation>The database server %1 does not let the login “%2” connect from this computer (pg_hba.conf). Ask IT to allow it.</translation>
    </message>
    <message>
        <source>Permission denied: the login “%1” may not do this. Ask IT to give it the helpdesk_reporter or helpdesk_agent role (helpdesk-admin add-reporter / add-agent).</source>
        <translation>Permission denied: the login “%1” may not do this. Ask IT to give it the helpdesk_reporter or helpdesk_agent role (helpdesk-admin add-reporter / add-agent).</translation>
    </message>
    <message>
        <source>The database “%1” has no helpdesk schema yet. Ask IT to run “helpdesk-admin init” on it.</source>
        <translation>The database “%1” has no helpdesk schema yet. Ask IT to run “helpdesk-admin init” on it.</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1: %2 Check that the server runs and that this computer may reach it (network, firewall).</source>
        <translation>Cannot reach the database server %1: %2 Check that the server runs and that this computer may reach it (network, firewall).</translation>
    </message>
    <message>
        <source>from --database</source>
        <translation>from --database</translation>
    </message>
    <message>
        <source>from HELPDESK_DATABASE</source>
        <translation>from HELPDESK_DATABASE</translation>
    </message>
    <message>
        <source>from the user setting in %1</source>
        <translation>from the user setting in %1</translation>
    </message>
    <message>
        <source>from the system setting in %1</source>
        <translation>from the system setting in %1</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>the default</translation>
    </message>
    <message>
        <source>The database server %1 asks for a password for the login “%2”. The wizard asks for it once and keeps it in the desktop&apos;s keyring; a script can use ~/.pgpass. Never put it in a settings file.</source>
        <translation>The database server %1 asks for a password for the login “%2”. The wizard asks for it once and keeps it in the desktop&apos;s keyring; a script can use ~/.pgpass. Never put it in a settings file.</translation>
    </message>
    <message>
        <source>The database file %1 is busy: another program has been writing to it for more than 5 seconds. Nothing was changed; try again in a moment.</source>
        <translation>The database file %1 is busy: another program has been writing to it for more than 5 seconds. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only for this user, so nothing was saved. Ask IT to make it writable for you, or choose another database with --database.</source>
        <translation>The database file %1 is read-only for this user, so nothing was saved. Ask IT to make it writable for you, or choose another database with --database.</translation>
    </message>
    <message>
        <source>The database file %1 could not be read or written (%2): the disk may be full or failing. Nothing was saved; free some space or check the disk, then try again.</source>
        <translation>The database file %1 could not be read or written (%2): the disk may be full or failing. Nothing was saved; free some space or check the disk, then try again.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a helpdesk database (%2). Nothing was changed in it. Ask IT to restore it from a backup, or choose another database with --database.</source>
        <translation>The file %1 is damaged or is not a helpdesk database (%2). Nothing was changed in it. Ask IT to restore it from a backup, or choose another database with --database.</translation>
    </message>
    <message>
        <source>The disk that holds the database file %1 is full, so nothing was saved. Free some space, then try again.</source>
        <translation>The disk that holds the database file %1 is full, so nothing was saved. Free some space, then try again.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened (%2). Check that its folder exists and that you may write there.</source>
        <translation>The database file %1 cannot be opened (%2). Check that its folder exists and that you may write there.</translation>
    </message>
    <message>
        <source>Not saved: the database lets the login “%1” file and read only its own reports, and this was in another person&apos;s name or for another person&apos;s report. File it under “%1”, or ask IT to make the login a helpdesk agent (helpdesk-admin add-agent) to file for others.</source>
        <translation>Not saved: the database lets the login “%1” file and read only its own reports, and this was in another person&apos;s name or for another person&apos;s report. File it under “%1”, or ask IT to make the login a helpdesk agent (helpdesk-admin add-agent) to file for others.</translation>
    </message>
    <message>
        <source>Not saved: the database takes at most %1 new reports an hour from the login “%2”, and that many came in the last hour. Try again later; if this login files for many people (a monitoring system), ask IT to raise its limit (helpdesk-admin filing-limit).</source>
        <translation>Not saved: the database takes at most %1 new reports an hour from the login “%2”, and that many came in the last hour. Try again later; if this login files for many people (a monitoring system), ask IT to raise its limit (helpdesk-admin filing-limit).</translation>
    </message>
    <message>
        <source>the category or symptom is not one the helpdesk knows</source>
        <translation>the category or symptom is not one the helpdesk knows</translation>
    </message>
    <message>
        <source>the summary must have 10 to 120 characters</source>
        <translation>the summary must have 10 to 120 characters</translation>
    </message>
    <message>
        <source>the description may have at most 4000 characters</source>
        <translation>the description may have at most 4000 characters</translation>
    </message>
    <message>
        <source>who is affected, how urgent it is, the kind of device or the preferred contact is not one of the choices</source>
        <translation>who is affected, how urgent it is, the kind of device or the preferred contact is not one of the choices</translation>
    </message>
    <message>
        <source>when the problem started is missing or in the future</source>
        <translation>when the problem started is missing or in the future</translation>
    </message>
    <message>
        <source>the reporter&apos;s name is missing</source>
        <translation>the reporter&apos;s name is missing</translation>
    </message>
    <message>
        <source>there is neither an email address nor a phone number</source>
        <translation>there is neither an email address nor a phone number</translation>
    </message>
    <message>
        <source>the email address is not one</source>
        <translation>the email address is not one</translation>
    </message>
    <message>
        <source>a field has more than 200 characters</source>
        <translation>a field has more than 200 characters</translation>
    </message>
    <message>
        <source>a field contains control characters</source>
        <translation>a field contains control characters</translation>
    </message>
    <message>
        <source>at most 5 files can be attached</source>
        <translation>at most 5 files can be attached</translation>
    </message>
    <message>
        <source>a file is empty or larger than 10 MB</source>
        <translation>a file is empty or larger than 10 MB</translation>
    </message>
    <message>
        <source>a file&apos;s size does not match its bytes</source>
        <translation>a file&apos;s size does not match its bytes</translation>
    </message>
    <message>
        <source>a file&apos;s checksum does not match its bytes</source>
        <translation>a file&apos;s checksum does not match its bytes</translation>
    </message>
    <message>
        <source>a file name is empty, too long, or contains a folder or control characters</source>
        <translation>a file name is empty, too long, or contains a folder or control characters</translation>
    </message>
    <message>
        <source>a file has no type</source>
        <translation>a file has no type</translation>
    </message>
    <message>
        <source>Not saved: the database refused it because %1. The program checks this before it sends, so this program and the database disagree: tell IT.</source>
        <translation>Not saved: the database refused it because %1. The program checks this before it sends, so this program and the database disagree: tell IT.</translation>
    </message>
    <message>
        <source>the workflow does not let the status change that way</source>
        <translation>the workflow does not let the status change that way</translation>
    </message>
    <message>
        <source>the report it would be a duplicate of is not an open report</source>
        <translation>the report it would be a duplicate of is not an open report</translation>
    </message>
    <message>
        <source>only an open report can be answered; say whether a resolved one is fixed</source>
        <translation>only an open report can be answered; say whether a resolved one is fixed</translation>
    </message>
    <message>
        <source>only a resolved report can be fixed or not fixed</source>
        <translation>only a resolved report can be fixed or not fixed</translation>
    </message>
    <message>
        <source>the text must have 1 to 4000 characters</source>
        <translation>the text must have 1 to 4000 characters</translation>
    </message>
    <message>
        <source>a rating is 1 to 5, given only with “it is fixed”</source>
        <translation>a rating is 1 to 5, given only with “it is fixed”</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Seeding stopped at %1: %2</source>
        <translation>Seeding stopped at %1: %2</translation>
    </message>
    <message>
        <source>preparing the insert</source>
        <translation>preparing the insert</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>report %1</translation>
    </message>
</context>
<context>
    <name>DeviceCatalog</name>
    <message>
        <source>The device catalogue is not valid JSON: %1 at offset %2.</source>
        <translation>The device catalogue is not valid JSON: %1 at offset %2.</translation>
    </message>
    <message>
        <source>The device catalogue must be a JSON object of device kinds, e.g. {&quot;printer&quot;: {&quot;HP&quot;: [&quot;LaserJet Pro M404dn&quot;]}}.</source>
        <translation>The device catalogue must be a JSON object of device kinds, e.g. {&quot;printer&quot;: {&quot;HP&quot;: [&quot;LaserJet Pro M404dn&quot;]}}.</translation>
    </message>
    <message>
        <source>The device catalogue has format %1; this program reads formats 1 and 2.</source>
        <translation>The device catalogue has format %1; this program reads formats 1 and 2.</translation>
    </message>
</context>
<context>
    <name>DeviceInventory</name>
    <message>
        <source>Cannot look up the device %1: %2</source>
        <translation>Cannot look up the device %1: %2</translation>
    </message>
    <message>
        <source>Cannot search the device inventory: %1</source>
        <translation>Cannot search the device inventory: %1</translation>
    </message>
    <message>
        <source>Cannot count the devices: %1</source>
        <translation>Cannot count the devices: %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB; is it really a device inventory?</source>
        <translation>The file is larger than 64 MiB; is it really a device inventory?</translation>
    </message>
    <message>
        <source>The file is empty. Its first line must name the columns, e.g. %1</source>
        <translation>The file is empty. Its first line must name the columns, e.g. %1</translation>
    </message>
    <message>
        <source>The first line, which names the columns, is broken: %1</source>
        <translation>The first line, which names the columns, is broken: %1</translation>
    </message>
    <message>
        <source>an unnamed column (number %1)</source>
        <translation>an unnamed column (number %1)</translation>
    </message>
    <message>
        <source>The column %1 appears twice in the first line.</source>
        <translation>The column %1 appears twice in the first line.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown column(s) %1 in the first line; the columns are: %2.</source>
        <translation>
            <numerusform>Unknown column %1 in the first line; the columns are: %2.</numerusform>
            <numerusform>Unknown columns %1 in the first line; the columns are: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first line must name the column(s) %1 (every device needs an asset tag and a kind); it names %2.</source>
        <translation>
            <numerusform>The first line must name the column %1 (every device needs an asset tag and a kind); it names %2.</numerusform>
            <numerusform>The first line must name the columns %1 (every device needs an asset tag and a kind); it names %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s), but the first line names %1 columns (a comma in a value that is not in quotes?)</source>
        <translation>
            <numerusform>%n value, but the first line names %1 columns (a comma in a value that is not in quotes?)</numerusform>
            <numerusform>%n values, but the first line names %1 columns (a comma in a value that is not in quotes?)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit</source>
        <translation>%1 is %2 characters long; at most %3 fit</translation>
    </message>
    <message>
        <source>asset tag missing</source>
        <translation>asset tag missing</translation>
    </message>
    <message>
        <source>the asset tag has a line break or tab in it</source>
        <translation>the asset tag has a line break or tab in it</translation>
    </message>
    <message>
        <source>asset tag %1 appears again (first on line %2)</source>
        <translation>asset tag %1 appears again (first on line %2)</translation>
    </message>
    <message>
        <source>kind missing</source>
        <translation>kind missing</translation>
    </message>
    <message>
        <source>unknown kind %1; the kinds are: %2</source>
        <translation>unknown kind %1; the kinds are: %2</translation>
    </message>
    <message>
        <source>the login “%1” may not change the device inventory; only helpdesk agents (helpdesk-admin add-agent) and the database&apos;s owner may.</source>
        <translation>the login “%1” may not change the device inventory; only helpdesk agents (helpdesk-admin add-agent) and the database&apos;s owner may.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>Cannot read the device inventory: %1</source>
        <translation>Cannot read the device inventory: %1</translation>
    </message>
    <message>
        <source>Reading the device inventory stopped: %1</source>
        <translation>Reading the device inventory stopped: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a name quoted in a message</comment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Which device?</source>
        <translation>Which device?</translation>
    </message>
    <message>
        <source>&amp;Kind of device:</source>
        <translation>&amp;Kind of device:</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>&amp;Make:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odel:</translation>
    </message>
    <message>
        <source>&amp;Asset tag (optional):</source>
        <translation>&amp;Asset tag (optional):</translation>
    </message>
    <message>
        <source>e.g. INV-00417, on a sticker on the device</source>
        <translation>e.g. INV-00417, on a sticker on the device</translation>
    </message>
    <message>
        <source>e.g. Main office</source>
        <translation>e.g. Main office</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>e.g. 214</source>
        <translation>e.g. 214</translation>
    </message>
    <message>
        <source>&amp;Find your device:</source>
        <translation>&amp;Find your device:</translation>
    </message>
    <message>
        <source>Asset tag, room or model, e.g. INV-00417, 305, M404dn</source>
        <translation>Asset tag, room or model, e.g. INV-00417, 305, M404dn</translation>
    </message>
    <message>
        <source>Matc&amp;hes:</source>
        <translation>Matc&amp;hes:</translation>
    </message>
    <message>
        <source>Press Enter on a device to fill in the fields below</source>
        <translation>Press Enter on a device to fill in the fields below</translation>
    </message>
    <message>
        <source>O&amp;ther — my device is not in the list, I will type it in</source>
        <translation>O&amp;ther — my device is not in the list, I will type it in</translation>
    </message>
    <message>
        <source>B&amp;uilding:</source>
        <translation>B&amp;uilding:</translation>
    </message>
    <message>
        <source>default printer “%1”</source>
        <translation>default printer “%1”</translation>
    </message>
    <message>
        <source>printer “%1”</source>
        <translation>printer “%1”</translation>
    </message>
    <message>
        <source>Type its asset tag, room or model to find it, or pick the make and model from the lists. The model is usually printed on the front or on a sticker.</source>
        <translation>Type its asset tag, room or model to find it, or pick the make and model from the lists. The model is usually printed on the front or on a sticker.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>screen %1</source>
        <translation>screen %1</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your report has been filed</source>
        <translation>Your report has been filed</translation>
    </message>
    <message>
        <source>The helpdesk has your report and will contact you.</source>
        <translation>The helpdesk has your report and will contact you.</translation>
    </message>
    <message>
        <source>Your &amp;ticket number:</source>
        <translation>Your &amp;ticket number:</translation>
    </message>
    <message>
        <source>&amp;Report another problem</source>
        <translation>&amp;Report another problem</translation>
    </message>
    <message>
        <source>Keep this number. Quote it whenever you contact the helpdesk about this problem; you will be contacted in the way you chose.</source>
        <translation>Keep this number. Quote it whenever you contact the helpdesk about this problem; you will be contacted in the way you chose.</translation>
    </message>
    <message>
        <source>C&amp;opy ticket number</source>
        <translation>C&amp;opy ticket number</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft cannot be saved: its id “%1” is not a plain name.</source>
        <translation>The draft cannot be saved: its id “%1” is not a plain name.</translation>
    </message>
    <message>
        <source>The draft cannot be saved: the folder %1 cannot be created.</source>
        <translation>The draft cannot be saved: the folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The draft cannot be saved to %1: %2</source>
        <translation>The draft cannot be saved to %1: %2</translation>
    </message>
    <message>
        <source>The draft %1 cannot be read: %2</source>
        <translation>The draft %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 at byte %2</translation>
    </message>
    <message>
        <source>it is not a draft of this program&apos;s format</source>
        <translation>it is not a draft of this program&apos;s format</translation>
    </message>
    <message>
        <source>There is no draft “%1”.</source>
        <translation>There is no draft “%1”.</translation>
    </message>
    <message>
        <source>The draft %1 cannot be removed: %2</source>
        <translation>The draft %1 cannot be removed: %2</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Has this been reported already?</source>
        <translation>Has this been reported already?</translation>
    </message>
    <message>
        <source>These open reports look like yours. If one of them is your problem, join it instead of filing it again: the helpdesk then knows how many people it stops. If none of them is, press Next.</source>
        <translation>These open reports look like yours. If one of them is your problem, join it instead of filing it again: the helpdesk then knows how many people it stops. If none of them is, press Next.</translation>
    </message>
    <message>
        <source>&amp;Open reports like yours:</source>
        <translation>&amp;Open reports like yours:</translation>
    </message>
    <message>
        <source>&amp;I&apos;m affected too</source>
        <translation>&amp;I&apos;m affected too</translation>
    </message>
    <message>
        <source>Open reports like yours</source>
        <translation>Open reports like yours</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Write one line that says what is wrong.</source>
        <translation>Write one line that says what is wrong.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n more character(s) needed, e.g. “Printer on floor 2 jams on every page”.</source>
        <translation>
            <numerusform>Too short: %n more character needed, e.g. “Printer on floor 2 jams on every page”.</numerusform>
            <numerusform>Too short: %n more characters needed, e.g. “Printer on floor 2 jams on every page”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your name so the helpdesk knows who to answer.</source>
        <translation>Enter your name so the helpdesk knows who to answer.</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Enter your full name.</translation>
    </message>
    <message>
        <source>This is not an email address; it should look like name@example.com.</source>
        <translation>This is not an email address; it should look like name@example.com.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, brackets, dashes, a leading + and an extension (“ext. 214”).</source>
        <translation>A phone number may contain only digits, spaces, brackets, dashes, a leading + and an extension (“ext. 214”).</translation>
    </message>
    <message>
        <source>A phone number needs at least 3 digits (an internal extension).</source>
        <translation>A phone number needs at least 3 digits (an internal extension).</translation>
    </message>
    <message>
        <source>A phone number has at most 20 digits.</source>
        <translation>A phone number has at most 20 digits.</translation>
    </message>
    <message>
        <source>Give an email address or a phone number so the helpdesk can reach you.</source>
        <translation>Give an email address or a phone number so the helpdesk can reach you.</translation>
    </message>
    <message>
        <source>Enter when the problem started.</source>
        <translation>Enter when the problem started.</translation>
    </message>
    <message>
        <source>The start time is in the future.</source>
        <translation>The start time is in the future.</translation>
    </message>
    <message>
        <source>Pick the make of the device, or enter its asset tag.</source>
        <translation>Pick the make of the device, or enter its asset tag.</translation>
    </message>
    <message>
        <source>Pick the model of the device, or enter its asset tag.</source>
        <translation>Pick the model of the device, or enter its asset tag.</translation>
    </message>
    <message>
        <source>Choose what kind of problem it is.</source>
        <translation>Choose what kind of problem it is.</translation>
    </message>
    <message>
        <source>Choose what exactly happens.</source>
        <translation>Choose what exactly happens.</translation>
    </message>
    <message>
        <source>Choose who is affected.</source>
        <translation>Choose who is affected.</translation>
    </message>
    <message>
        <source>Choose how urgent it is.</source>
        <translation>Choose how urgent it is.</translation>
    </message>
    <message>
        <source>Choose the kind of device.</source>
        <translation>Choose the kind of device.</translation>
    </message>
    <message>
        <source>Unknown kind of device “%1”.</source>
        <translation>Unknown kind of device “%1”.</translation>
    </message>
    <message>
        <source>Unknown way to be contacted “%1”.</source>
        <translation>Unknown way to be contacted “%1”.</translation>
    </message>
    <message>
        <source>You prefer email but gave no email address.</source>
        <translation>You prefer email but gave no email address.</translation>
    </message>
    <message>
        <source>You prefer the phone but gave no phone number.</source>
        <translation>You prefer the phone but gave no phone number.</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n character(s); put the details in the description.</source>
        <translation>
            <numerusform>Too long: at most %n character; put the details in the description.</numerusform>
            <numerusform>Too long: at most %n characters; put the details in the description.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description is %n character(s) long; the limit is %1.</source>
        <translation>
            <numerusform>The description is %n character long; the limit is %1.</numerusform>
            <numerusform>The description is %n characters long; the limit is %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not in the list. Pick a make from the list, or tick “Other” to type it in.</source>
        <translation>“%1” is not in the list. Pick a make from the list, or tick “Other” to type it in.</translation>
    </message>
    <message>
        <source>“%1” is not a model of this make in the list. Pick one from the list, or tick “Other” to type it in.</source>
        <translation>“%1” is not a model of this make in the list. Pick one from the list, or tick “Other” to type it in.</translation>
    </message>
    <message>
        <source>Remove the password, PIN or card number: the helpdesk never needs it.</source>
        <translation>Remove the password, PIN or card number: the helpdesk never needs it.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n file(s) can be attached; remove %1.</source>
        <translation>
            <numerusform>At most %n file can be attached; remove %1.</numerusform>
            <numerusform>At most %n files can be attached; remove %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to attach.</source>
        <translation>“%1” is empty; there is nothing to attach.</translation>
    </message>
    <message>
        <source>“%1” is too big (%2); a file may be at most %3.</source>
        <translation>“%1” is too big (%2); a file may be at most %3.</translation>
    </message>
    <message>
        <source>A file to attach needs a name.</source>
        <translation>A file to attach needs a name.</translation>
    </message>
    <message numerus="yes">
        <source>The file name “%1…” is too long: at most %n character(s).</source>
        <translation>
            <numerusform>The file name “%1…” is too long: at most %n character.</numerusform>
            <numerusform>The file name “%1…” is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name “%1” may not contain a folder (/ or \) or control characters.</source>
        <translation>The file name “%1” may not contain a folder (/ or \) or control characters.</translation>
    </message>
    <message>
        <source>“%1” is not a file name.</source>
        <translation>“%1” is not a file name.</translation>
    </message>
    <message>
        <source>The type of “%1” is missing or not a MIME type.</source>
        <translation>The type of “%1” is missing or not a MIME type.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being attached (its size or checksum no longer match); attach it again.</source>
        <translation>“%1” changed while it was being attached (its size or checksum no longer match); attach it again.</translation>
    </message>
</context>
<context>
    <name>FilingLimits</name>
    <message>
        <source>Filing limits are for a shared PostgreSQL database, where each person has a login; the embedded database has no logins to limit.</source>
        <translation>Filing limits are for a shared PostgreSQL database, where each person has a login; the embedded database has no logins to limit.</translation>
    </message>
    <message>
        <source>A filing limit is a number of reports an hour, 0 or more.</source>
        <translation>A filing limit is a number of reports an hour, 0 or more.</translation>
    </message>
    <message>
        <source>Everyone&apos;s filing limit can be changed but not removed.</source>
        <translation>Everyone&apos;s filing limit can be changed but not removed.</translation>
    </message>
    <message>
        <source>The login “%1” has no filing limit of its own; everyone&apos;s applies to it.</source>
        <translation>The login “%1” has no filing limit of its own; everyone&apos;s applies to it.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::AttachmentsPage</name>
    <message numerus="yes">
        <source>You can also drop files here or paste a picture with Ctrl+V. Up to %n file(s), %1 each.</source>
        <translation>
            <numerusform>You can also drop files here or paste a picture with Ctrl+V. Up to %n file, %1 each.</numerusform>
            <numerusform>You can also drop files here or paste a picture with Ctrl+V. Up to %n files, %1 each.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is attached already (as “%2”).</source>
        <translation>“%1” is attached already (as “%2”).</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy one first (PrtScn, or Copy in your screenshot tool), then paste it here.</source>
        <translation>The clipboard holds no picture. Copy one first (PrtScn, or Copy in your screenshot tool), then paste it here.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>attachment list: file name, then its size</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Attac&amp;hed: nothing yet</source>
        <translation>Attac&amp;hed: nothing yet</translation>
    </message>
    <message>
        <source>Attac&amp;hed (%1 of %2):</source>
        <translation>Attac&amp;hed (%1 of %2):</translation>
    </message>
    <message>
        <source>No screenshot could be taken: this desktop does not let programs read the screen. Take one with your desktop&apos;s screenshot tool, then press Paste image.</source>
        <translation>No screenshot could be taken: this desktop does not let programs read the screen. Take one with your desktop&apos;s screenshot tool, then press Paste image.</translation>
    </message>
    <message>
        <source>The screenshot could not be saved as a picture.</source>
        <translation>The screenshot could not be saved as a picture.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ContactPage</name>
    <message>
        <source>To continue: check the details above and tick “These details are correct”.</source>
        <translation>To continue: check the details above and tick “These details are correct”.</translation>
    </message>
    <message>
        <source>On the shared database your report is filed under your database login.</source>
        <translation>On the shared database your report is filed under your database login.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::DashboardDialog</name>
    <message>
        <source>Counting the reports…</source>
        <translation>Counting the reports…</translation>
    </message>
    <message>
        <source>Cannot read the statistics: %1</source>
        <translation>Cannot read the statistics: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n report from %1 to %2.</numerusform>
            <numerusform>%n reports from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports per category</source>
        <translation>Reports per category</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>No reports.</source>
        <translation>No reports.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Reports per device make, top %1</source>
        <translation>Reports per device make, top %1</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>Reports per day</source>
        <translation>Reports per day</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message numerus="yes">
        <source>The help was rated %1 of 5 on average (%n rating(s)).</source>
        <translation>
            <numerusform>The help was rated %1 of 5 on average (%n rating).</numerusform>
            <numerusform>The help was rated %1 of 5 on average (%n ratings).</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings of the help in these days.</source>
        <translation>No ratings of the help in these days.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resolution(s) were reopened by the reporter as not fixed (%2%).</source>
        <translation>
            <numerusform>%1 of %n resolution was reopened by the reporter as not fixed (%2%).</numerusform>
            <numerusform>%1 of %n resolutions were reopened by the reporter as not fixed (%2%).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Helpdesk::DevicePage</name>
    <message>
        <source>Type to search, e.g. Brother</source>
        <translation>Type to search, e.g. Brother</translation>
    </message>
    <message>
        <source>Type to search, e.g. HL-L2340D</source>
        <translation>Type to search, e.g. HL-L2340D</translation>
    </message>
    <message>
        <source>pick the make</source>
        <translation>pick the make</translation>
    </message>
    <message>
        <source>pick the model</source>
        <translation>pick the model</translation>
    </message>
    <message>
        <source> (or enter the asset tag)</source>
        <translation> (or enter the asset tag)</translation>
    </message>
    <message>
        <source>To continue: %1.</source>
        <translation>To continue: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>On this computer: %1 %2</source>
        <translation>On this computer: %1 %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Nothing found. Pick the make and model below, or tick “Other” to type them in.</source>
        <translation>Nothing found. Pick the make and model below, or tick “Other” to type them in.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::DonePage</name>
    <message>
        <source>Ticket number %1</source>
        <translation>Ticket number %1</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>Copied %1 to the clipboard.</translation>
    </message>
    <message>
        <source>Your report has been filed</source>
        <translation>Your report has been filed</translation>
    </message>
    <message>
        <source>The helpdesk has your report and will contact you.</source>
        <translation>The helpdesk has your report and will contact you.</translation>
    </message>
    <message>
        <source>Your &amp;ticket number:</source>
        <translation>Your &amp;ticket number:</translation>
    </message>
    <message>
        <source>You were added to an existing report</source>
        <translation>You were added to an existing report</translation>
    </message>
    <message>
        <source>The helpdesk already works on this problem and now knows it affects you too; you will hear back when it is fixed. No new report was filed.</source>
        <translation>The helpdesk already works on this problem and now knows it affects you too; you will hear back when it is fixed. No new report was filed.</translation>
    </message>
    <message>
        <source>The &amp;ticket number:</source>
        <translation>The &amp;ticket number:</translation>
    </message>
    <message>
        <source>You have already reported this</source>
        <translation>You have already reported this</translation>
    </message>
    <message>
        <source>Your earlier report is still open, so no new one was filed. Keep its number for any questions.</source>
        <translation>Your earlier report is still open, so no new one was filed. Keep its number for any questions.</translation>
    </message>
    <message>
        <source>You were added to a known problem</source>
        <translation>You were added to a known problem</translation>
    </message>
    <message>
        <source>The helpdesk is already working on it and now knows it affects you too; you will hear back when it is fixed. No new report was filed.</source>
        <translation>The helpdesk is already working on it and now knows it affects you too; you will hear back when it is fixed. No new report was filed.</translation>
    </message>
    <message>
        <source>The &amp;incident number:</source>
        <translation>The &amp;incident number:</translation>
    </message>
    <message>
        <source>C&amp;opy incident number</source>
        <translation>C&amp;opy incident number</translation>
    </message>
    <message>
        <source>C&amp;opy ticket number</source>
        <translation>C&amp;opy ticket number</translation>
    </message>
    <message>
        <source>Incident number %1</source>
        <translation>Incident number %1</translation>
    </message>
    <message>
        <source>Saved on this computer — it will be sent automatically</source>
        <translation>Saved on this computer — it will be sent automatically</translation>
    </message>
    <message>
        <source>The helpdesk database cannot be reached right now. Your report is safe on this computer and is sent as soon as the database is back; the ticket number then appears here. If you close the program, it is sent the next time you open it.</source>
        <translation>The helpdesk database cannot be reached right now. Your report is safe on this computer and is sent as soon as the database is back; the ticket number then appears here. If you close the program, it is sent the next time you open it.</translation>
    </message>
    <message>
        <source>Your &amp;local reference:</source>
        <translation>Your &amp;local reference:</translation>
    </message>
    <message>
        <source>C&amp;opy local reference</source>
        <translation>C&amp;opy local reference</translation>
    </message>
    <message>
        <source>Local reference %1</source>
        <translation>Local reference %1</translation>
    </message>
</context>
<context>
    <name>Helpdesk::DuplicatesPage</name>
    <message>
        <source>Your own report</source>
        <translation>Your own report</translation>
    </message>
    <message>
        <source>Same device</source>
        <translation>Same device</translation>
    </message>
    <message>
        <source>Similar problem</source>
        <translation>Similar problem</translation>
    </message>
    <message>
        <source>This is &amp;my report</source>
        <translation>This is &amp;my report</translation>
    </message>
    <message>
        <source>&amp;I&apos;m affected too</source>
        <translation>&amp;I&apos;m affected too</translation>
    </message>
    <message>
        <source>%1 · %2 · filed %3</source>
        <translation>%1 · %2 · filed %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more person(s) affected</source>
        <translation>
            <numerusform>%n more person affected</numerusform>
            <numerusform>%n more people affected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Helpdesk::IncidentsPanel</name>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>%1  %2
%3 · affected: %4</source>
        <translation>%1  %2
%3 · affected: %4</translation>
    </message>
    <message>
        <source>Posted by %1 on %2
%3</source>
        <translation>Posted by %1 on %2
%3</translation>
    </message>
    <message>
        <source>No incidents are going on.</source>
        <translation>No incidents are going on.</translation>
    </message>
    <message>
        <source>Posted %1; employees see it before they report.</source>
        <translation>Posted %1; employees see it before they report.</translation>
    </message>
    <message>
        <source>%1 is resolved; employees no longer see it.</source>
        <translation>%1 is resolved; employees no longer see it.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::IntakeWizard</name>
    <message>
        <source>Report a problem to the helpdesk</source>
        <translation>Report a problem to the helpdesk</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Helpdesk database unavailable</source>
        <translation>Helpdesk database unavailable</translation>
    </message>
    <message>
        <source>The helpdesk database cannot be used right now:
%1

You can still describe the problem; Submit will try again.</source>
        <translation>The helpdesk database cannot be used right now:
%1

You can still describe the problem; Submit will try again.</translation>
    </message>
    <message>
        <source>Discard this report?</source>
        <translation>Discard this report?</translation>
    </message>
    <message>
        <source>You have started a report that has not been sent. If you close now, what you typed is lost.</source>
        <translation>You have started a report that has not been sent. If you close now, what you typed is lost.</translation>
    </message>
    <message>
        <source>&amp;Discard report</source>
        <translation>&amp;Discard report</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>M&amp;y reports…</source>
        <translation>M&amp;y reports…</translation>
    </message>
    <message>
        <source>Your tickets, their status and the helpdesk&apos;s replies</source>
        <translation>Your tickets, their status and the helpdesk&apos;s replies</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>My reports</translation>
    </message>
    <message>
        <source>Your reports cannot be shown: %1</source>
        <translation>Your reports cannot be shown: %1</translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation>(no summary yet)</translation>
    </message>
    <message>
        <source>Continue the unsent report?</source>
        <translation>Continue the unsent report?</translation>
    </message>
    <message>
        <source>A report you started on %1 was not sent:

“%2”

Restore it to continue where you left off, or discard it.</source>
        <translation>A report you started on %1 was not sent:

“%2”

Restore it to continue where you left off, or discard it.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Saved reports on this computer</source>
        <translation>Saved reports on this computer</translation>
    </message>
    <message>
        <source>Something kept on this computer could not be used. Nothing was deleted; please tell the helpdesk:

%1</source>
        <translation>Something kept on this computer could not be used. Nothing was deleted; please tell the helpdesk:

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) waiting on this computer cannot be sent:
%1

They stay here and are tried again later; please tell the helpdesk.</source>
        <translation>
            <numerusform>%n report waiting on this computer cannot be sent:
%1

It stays here and is tried again later; please tell the helpdesk.</numerusform>
            <numerusform>%n reports waiting on this computer cannot be sent:
%1

They stay here and are tried again later; please tell the helpdesk.</numerusform>
        </translation>
    </message>
    <message>
        <source>The helpdesk database cannot be reached right now, so only the reports waiting on this computer are shown: %1</source>
        <translation>The helpdesk database cannot be reached right now, so only the reports waiting on this computer are shown: %1</translation>
    </message>
</context>
<context>
    <name>Helpdesk::MyReportsDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>You have not filed any reports yet.</source>
        <translation>You have not filed any reports yet.</translation>
    </message>
    <message>
        <source>%1 — %2
Status: %3</source>
        <translation>%1 — %2
Status: %3</translation>
    </message>
    <message>
        <source>No reply from the helpdesk yet.</source>
        <translation>No reply from the helpdesk yet.</translation>
    </message>
    <message>
        <source>%1 wrote on %2:</source>
        <translation>%1 wrote on %2:</translation>
    </message>
    <message>
        <source>Type the number of one of your tickets, e.g. HD-000042 or 42.</source>
        <translation>Type the number of one of your tickets, e.g. HD-000042 or 42.</translation>
    </message>
    <message>
        <source>“%1” is not a ticket number. Type it as HD-000042 or 42.</source>
        <translation>“%1” is not a ticket number. Type it as HD-000042 or 42.</translation>
    </message>
    <message>
        <source>You have no ticket %1. Check the number in the e-mail or on the screen you got when you sent the report.</source>
        <translation>You have no ticket %1. Check the number in the e-mail or on the screen you got when you sent the report.</translation>
    </message>
    <message>
        <source>Waiting on this computer</source>
        <translation>Waiting on this computer</translation>
    </message>
    <message>
        <source>%1 — %2
Saved on this computer: it is sent automatically as soon as the helpdesk database can be reached, and then gets its ticket number.</source>
        <translation>%1 — %2
Saved on this computer: it is sent automatically as soon as the helpdesk database can be reached, and then gets its ticket number.</translation>
    </message>
    <message>
        <source>You wrote on %1:</source>
        <translation>You wrote on %1:</translation>
    </message>
    <message>
        <source>You said it is fixed on %1.</source>
        <translation>You said it is fixed on %1.</translation>
    </message>
    <message>
        <source>You said it is not fixed on %1:</source>
        <translation>You said it is not fixed on %1:</translation>
    </message>
    <message>
        <source>If it is not fixed: what is still wrong?</source>
        <translation>If it is not fixed: what is still wrong?</translation>
    </message>
    <message>
        <source>This report is closed. If the problem is back, report it again.</source>
        <translation>This report is closed. If the problem is back, report it again.</translation>
    </message>
    <message>
        <source>The helpdesk is waiting for your answer.</source>
        <translation>The helpdesk is waiting for your answer.</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>No rating</translation>
    </message>
    <message>
        <source>5 — very good</source>
        <translation>5 — very good</translation>
    </message>
    <message>
        <source>4 — good</source>
        <translation>4 — good</translation>
    </message>
    <message>
        <source>3 — all right</source>
        <translation>3 — all right</translation>
    </message>
    <message>
        <source>2 — poor</source>
        <translation>2 — poor</translation>
    </message>
    <message>
        <source>1 — very poor</source>
        <translation>1 — very poor</translation>
    </message>
    <message>
        <source>You said it is fixed on %1 and rated the help %2 of 5.</source>
        <translation>You said it is fixed on %1 and rated the help %2 of 5.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::PasswordDialog</name>
    <message>
        <source>The helpdesk database on %1 asks for the password of your database login “%2”.</source>
        <translation>The helpdesk database on %1 asks for the password of your database login “%2”.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The server did not accept that password. Try again, or ask IT to reset it.</source>
        <translation>The server did not accept that password. Try again, or ask IT to reset it.</translation>
    </message>
    <message>
        <source>It will be kept in your desktop&apos;s keyring, so you are asked only once.</source>
        <translation>It will be kept in your desktop&apos;s keyring, so you are asked only once.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep it in, so you will be asked again next time.</source>
        <translation>This computer has no keyring to keep it in, so you will be asked again next time.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep it in (%1), so you will be asked again next time.</source>
        <translation>This computer has no keyring to keep it in (%1), so you will be asked again next time.</translation>
    </message>
</context>
<context>
    <name>Helpdesk::PasswordStore</name>
    <message>
        <source>the keyring did not answer</source>
        <translation>the keyring did not answer</translation>
    </message>
    <message>
        <source>no keyring service is running</source>
        <translation>no keyring service is running</translation>
    </message>
    <message>
        <source>the keyring refused access</source>
        <translation>the keyring refused access</translation>
    </message>
    <message>
        <source>the keyring service cannot be reached</source>
        <translation>the keyring service cannot be reached</translation>
    </message>
</context>
<context>
    <name>Helpdesk::PostIncidentDialog</name>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>What is wrong, what to do meanwhile, when it should be fixed</source>
        <translation>What is wrong, what to do meanwhile, when it should be fixed</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ProblemPage</name>
    <message>
        <source>Choose how urgent it is…</source>
        <translation>Choose how urgent it is…</translation>
    </message>
    <message>
        <source>Choose what happens…</source>
        <translation>Choose what happens…</translation>
    </message>
    <message>
        <source>Choose a category first</source>
        <translation>Choose a category first</translation>
    </message>
    <message>
        <source>choose a category</source>
        <translation>choose a category</translation>
    </message>
    <message>
        <source>choose what happens</source>
        <translation>choose what happens</translation>
    </message>
    <message>
        <source>shorten the description</source>
        <translation>shorten the description</translation>
    </message>
    <message>
        <source>choose how urgent it is</source>
        <translation>choose how urgent it is</translation>
    </message>
    <message>
        <source>correct when it started</source>
        <translation>correct when it started</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>set from who is affected and how urgent it is</source>
        <translation>set from who is affected and how urgent it is</translation>
    </message>
    <message>
        <source>To continue: %1.</source>
        <translation>To continue: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>write a summary of at least %n character(s)</source>
        <translation>
            <numerusform>write a summary of at least %n character</numerusform>
            <numerusform>write a summary of at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n character(s)</source>
        <translation>
            <numerusform>%1 of %n character</numerusform>
            <numerusform>%1 of %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>remove the password, PIN or card number</source>
        <translation>remove the password, PIN or card number</translation>
    </message>
    <message>
        <source>This does not yet say what exactly is wrong, so the helpdesk would have to call you back to ask. Please add:
• %1</source>
        <translation>This does not yet say what exactly is wrong, so the helpdesk would have to call you back to ask. Please add:
• %1</translation>
    </message>
    <message>
        <source>The text seems to contain: %1. The helpdesk never needs your password or PIN; remove it before sending.</source>
        <translation>The text seems to contain: %1. The helpdesk never needs your password or PIN; remove it before sending.</translation>
    </message>
    <message>
        <source>This reads like separate problems: %1. One report per problem reaches the right person sooner — describe one here, then use “Report another problem” after sending for the next.</source>
        <translation>This reads like separate problems: %1. One report per problem reaches the right person sooner — describe one here, then use “Report another problem” after sending for the next.</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) affected</source>
        <translation>
            <numerusform>%n person affected</numerusform>
            <numerusform>%n people affected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Helpdesk::QueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>age of a report in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>age of a report in hours</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age of a report in days</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>%1, answered</source>
        <comment>status of a report the reporter answered</comment>
        <translation>%1, answered</translation>
    </message>
    <message>
        <source>The reporter answered; nobody has acted on it since</source>
        <translation>The reporter answered; nobody has acted on it since</translation>
    </message>
    <message>
        <source>The reporter answered; nobody has acted on it since. Assigned to %1</source>
        <translation>The reporter answered; nobody has acted on it since. Assigned to %1</translation>
    </message>
</context>
<context>
    <name>Helpdesk::QueueWatcher</name>
    <message>
        <source>Cannot watch the queue for new reports: %1</source>
        <translation>Cannot watch the queue for new reports: %1</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ReportNotifier</name>
    <message>
        <source>This database cannot announce new reports; only a PostgreSQL database can.</source>
        <translation>This database cannot announce new reports; only a PostgreSQL database can.</translation>
    </message>
    <message>
        <source>Cannot listen for new reports: %1</source>
        <translation>Cannot listen for new reports: %1</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ReportView</name>
    <message>
        <source>Copied “%1”.</source>
        <translation>Copied “%1”.</translation>
    </message>
    <message>
        <source>Select a report in the queue.</source>
        <translation>Select a report in the queue.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Flagged as vague</source>
        <translation>Flagged as vague</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <source>In the inventory</source>
        <translation>In the inventory</translation>
    </message>
    <message>
        <source>Inventory location</source>
        <translation>Inventory location</translation>
    </message>
    <message>
        <source>Inventory notes</source>
        <translation>Inventory notes</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>No changes yet.</translation>
    </message>
    <message>
        <source>⚠ Vague report: triage found no specifics and the reporter sent it anyway. Ask what they were doing, what they expected, what happened instead and the exact error text.</source>
        <translation>⚠ Vague report: triage found no specifics and the reporter sent it anyway. Ask what they were doing, what they expected, what happened instead and the exact error text.</translation>
    </message>
    <message>
        <source>People also affected: %1</source>
        <translation>People also affected: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1
Type: %2
Size: %3
SHA-256: %4</source>
        <translation>%1
Type: %2
Size: %3
SHA-256: %4</translation>
    </message>
    <message>
        <source>“%1” is damaged: its bytes do not match the checksum stored with it, so it is neither opened nor saved.</source>
        <translation>“%1” is damaged: its bytes do not match the checksum stored with it, so it is neither opened nor saved.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to open “%1” from: %2</source>
        <translation>Cannot make a temporary folder to open “%1” from: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1” to open it: %2</source>
        <translation>Cannot write “%1” to open it: %2</translation>
    </message>
    <message>
        <source>cannot make the folder</source>
        <translation>cannot make the folder</translation>
    </message>
    <message>
        <source>No application could open “%1”. Save it and open it yourself.</source>
        <translation>No application could open “%1”. Save it and open it yourself.</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>Opened “%1”.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>Cannot save “%1”: %2</translation>
    </message>
    <message>
        <source>Saved “%1” (%2).</source>
        <translation>Saved “%1” (%2).</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>Mark as duplicate</translation>
    </message>
    <message>
        <source>%1 repeats an earlier report. &amp;Original ticket (e.g. HD-000042):</source>
        <translation>%1 repeats an earlier report. &amp;Original ticket (e.g. HD-000042):</translation>
    </message>
    <message>
        <source>“%1” is not a ticket number; type it as HD-000042 or 42.</source>
        <translation>“%1” is not a ticket number; type it as HD-000042 or 42.</translation>
    </message>
    <message>
        <source>%1 is closed as a duplicate of %2; its reporter is affected by %2 now.</source>
        <translation>%1 is closed as a duplicate of %2; its reporter is affected by %2 now.</translation>
    </message>
    <message>
        <source>Assign the report</source>
        <translation>Assign the report</translation>
    </message>
    <message>
        <source>Give %1 to the agent with the &amp;login:</source>
        <translation>Give %1 to the agent with the &amp;login:</translation>
    </message>
    <message>
        <source>Too large to preview (%1 × %2 pixels)</source>
        <comment>attachment list: an image&apos;s width and height</comment>
        <translation>Too large to preview (%1 × %2 pixels)</translation>
    </message>
    <message>
        <source>No preview: the image cannot be read</source>
        <translation>No preview: the image cannot be read</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ReviewPage</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>What happens:</source>
        <translation>What happens:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Started:</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Affected:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Make:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>%1 (typed in)</source>
        <translation>%1 (typed in)</translation>
    </message>
    <message>
        <source>Asset tag:</source>
        <translation>Asset tag:</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>Building:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Room:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Preferred way to reach you:</source>
        <translation>Preferred way to reach you:</translation>
    </message>
    <message>
        <source>The report was not sent: %1
Nothing you typed is lost; press Submit to try again.</source>
        <translation>The report was not sent: %1
Nothing you typed is lost; press Submit to try again.</translation>
    </message>
    <message>
        <source>Response time:</source>
        <translation>Response time:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>review: attachment name and size</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ReviewWindow</name>
    <message>
        <source>Helpdesk queue — %1</source>
        <translation>Helpdesk queue — %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>There is no report %1.</translation>
    </message>
    <message>
        <source>No reports match.</source>
        <translation>No reports match.</translation>
    </message>
    <message>
        <source>Known incidents</source>
        <translation>Known incidents</translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Export the queue</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exporting the queue…</source>
        <translation>Exporting the queue…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting the queue: %L1 reports so far…</source>
        <translation>Exporting the queue: %L1 reports so far…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) exported to %1.</source>
        <translation>
            <numerusform>%n report exported to %1.</numerusform>
            <numerusform>%n reports exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New reports</source>
        <translation>New reports</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s) in the queue.</source>
        <translation>
            <numerusform>%n new report in the queue.</numerusform>
            <numerusform>%n new reports in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n new)</source>
        <comment>window title: the queue and its unseen new reports</comment>
        <translation>
            <numerusform>%1 (%n new)</numerusform>
            <numerusform>%1 (%n new)</numerusform>
        </translation>
    </message>
    <message>
        <source>Helpdesk queue: no new reports</source>
        <translation>Helpdesk queue: no new reports</translation>
    </message>
    <message numerus="yes">
        <source>Helpdesk queue: %n new report(s)</source>
        <translation>
            <numerusform>Helpdesk queue: %n new report</numerusform>
            <numerusform>Helpdesk queue: %n new reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered by the reporter</source>
        <translation>Answered by the reporter</translation>
    </message>
</context>
<context>
    <name>Helpdesk::ScreenshotEditor</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>Helpdesk::SignInDialog</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>Helpdesk::Submitter</name>
    <message>
        <source>The report waits on this computer: %1</source>
        <translation>The report waits on this computer: %1</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>An incident needs a title that says what is down.</source>
        <translation>An incident needs a title that says what is down.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 fit.</source>
        <translation>The title is %1 characters long; at most %2 fit.</translation>
    </message>
    <message>
        <source>Unknown category “%1”; use one of: %2.</source>
        <translation>Unknown category “%1”; use one of: %2.</translation>
    </message>
    <message>
        <source>Cannot post the incident: %1</source>
        <translation>Cannot post the incident: %1</translation>
    </message>
    <message>
        <source>Cannot resolve the incident: %1</source>
        <translation>Cannot resolve the incident: %1</translation>
    </message>
    <message>
        <source>There is no active incident %1.</source>
        <translation>There is no active incident %1.</translation>
    </message>
    <message>
        <source>Cannot read the known incidents: %1</source>
        <translation>Cannot read the known incidents: %1</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>There is no incident %1.</translation>
    </message>
    <message>
        <source>Cannot read the incident: %1</source>
        <translation>Cannot read the incident: %1</translation>
    </message>
    <message>
        <source>Cannot add you to incident %1: %2</source>
        <translation>Cannot add you to incident %1: %2</translation>
    </message>
    <message>
        <source>Cannot read who is affected by %1: %2</source>
        <translation>Cannot read who is affected by %1: %2</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>On&amp;going incidents:</source>
        <translation>On&amp;going incidents:</translation>
    </message>
    <message>
        <source>Post ne&amp;w incident…</source>
        <translation>Post ne&amp;w incident…</translation>
    </message>
    <message>
        <source>Tell employees about a known problem before they report it again</source>
        <translation>Tell employees about a known problem before they report it again</translation>
    </message>
    <message>
        <source>Resolve as &amp;fixed</source>
        <translation>Resolve as &amp;fixed</translation>
    </message>
    <message>
        <source>Resolve the selected incident</source>
        <translation>Resolve the selected incident</translation>
    </message>
    <message>
        <source>Ongoing incidents</source>
        <translation>Ongoing incidents</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Cannot read the database: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Cannot read the schema version: %1</translation>
    </message>
    <message>
        <source>This program has no database migrations for %1 databases.</source>
        <translation>This program has no database migrations for %1 databases.</translation>
    </message>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2. It was updated by a newer Helpdesk Intake; install that version here too.</source>
        <translation>The database has schema version %1, but this program knows only up to version %2. It was updated by a newer Helpdesk Intake; install that version here too.</translation>
    </message>
    <message>
        <source>Cannot read migration %1: %2</source>
        <translation>Cannot read migration %1: %2</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2) failed at %3: %4</source>
        <translation>Upgrading the database to version %1 (%2) failed at %3: %4</translation>
    </message>
    <message>
        <source>The database %1 has no helpdesk schema yet, and the login %2 may not create it. Ask IT to run “helpdesk-admin init” on it first.</source>
        <translation>The database %1 has no helpdesk schema yet, and the login %2 may not create it. Ask IT to run “helpdesk-admin init” on it first.</translation>
    </message>
</context>
<context>
    <name>MyReportsDialog</name>
    <message>
        <source>My reports</source>
        <translation>My reports</translation>
    </message>
    <message>
        <source>&amp;Find ticket:</source>
        <translation>&amp;Find ticket:</translation>
    </message>
    <message>
        <source>HD-000042 or 42</source>
        <translation>HD-000042 or 42</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>&amp;Your reports, newest first:</source>
        <translation>&amp;Your reports, newest first:</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Your reports, newest first</source>
        <translation>Your reports, newest first</translation>
    </message>
    <message>
        <source>Con&amp;versation with the helpdesk:</source>
        <translation>Con&amp;versation with the helpdesk:</translation>
    </message>
    <message>
        <source>Conversation with the helpdesk</source>
        <translation>Conversation with the helpdesk</translation>
    </message>
    <message>
        <source>&amp;Write to the helpdesk:</source>
        <translation>&amp;Write to the helpdesk:</translation>
    </message>
    <message>
        <source>Write to the helpdesk</source>
        <translation>Write to the helpdesk</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>&amp;Send answer</translation>
    </message>
    <message>
        <source>It is fi&amp;xed</source>
        <translation>It is fi&amp;xed</translation>
    </message>
    <message>
        <source>The problem is solved: the report is closed</source>
        <translation>The problem is solved: the report is closed</translation>
    </message>
    <message>
        <source>It is &amp;not fixed</source>
        <translation>It is &amp;not fixed</translation>
    </message>
    <message>
        <source>Write what is still wrong above: the report goes back to the helpdesk</source>
        <translation>Write what is still wrong above: the report goes back to the helpdesk</translation>
    </message>
    <message>
        <source>&amp;Rating of the help:</source>
        <translation>&amp;Rating of the help:</translation>
    </message>
    <message>
        <source>Rating of the help</source>
        <translation>Rating of the help</translation>
    </message>
    <message>
        <source>Optional, with “It is fixed”</source>
        <translation>Optional, with “It is fixed”</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The report cannot be kept on this computer: its id “%1” is not a plain name.</source>
        <translation>The report cannot be kept on this computer: its id “%1” is not a plain name.</translation>
    </message>
    <message>
        <source>The report cannot be kept on this computer: the folder %1 cannot be created.</source>
        <translation>The report cannot be kept on this computer: the folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The report cannot be kept on this computer (%1): %2</source>
        <translation>The report cannot be kept on this computer (%1): %2</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 at byte %2</translation>
    </message>
    <message>
        <source>it is not an outbox entry of this program&apos;s format</source>
        <translation>it is not an outbox entry of this program&apos;s format</translation>
    </message>
    <message>
        <source>A report waiting on this computer is damaged and was moved to %1: %2</source>
        <translation>A report waiting on this computer is damaged and was moved to %1: %2</translation>
    </message>
    <message>
        <source>The delivered report %1 cannot be removed from this computer: %2</source>
        <translation>The delivered report %1 cannot be removed from this computer: %2</translation>
    </message>
    <message>
        <source>The report %1 waiting on this computer was refused and moved to %2: %3</source>
        <translation>The report %1 waiting on this computer was refused and moved to %2: %3</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Sign in to the helpdesk database</source>
        <translation>Sign in to the helpdesk database</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>PostIncidentDialog</name>
    <message>
        <source>Post a known incident</source>
        <translation>Post a known incident</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Device &amp;make (optional):</source>
        <translation>Device &amp;make (optional):</translation>
    </message>
    <message>
        <source>M&amp;odel (optional):</source>
        <translation>M&amp;odel (optional):</translation>
    </message>
    <message>
        <source>&amp;Asset tag (optional):</source>
        <translation>&amp;Asset tag (optional):</translation>
    </message>
    <message>
        <source>&amp;Location (optional; empty means everyone):</source>
        <translation>&amp;Location (optional; empty means everyone):</translation>
    </message>
    <message>
        <source>Messa&amp;ge to employees:</source>
        <translation>Messa&amp;ge to employees:</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Cannot read the priority matrix: %1</source>
        <translation>Cannot read the priority matrix: %1</translation>
    </message>
    <message>
        <source>The priority matrix in the database has no priority for impact “%1” and urgency “%2”; ask IT to set one with helpdesk-admin priority set.</source>
        <translation>The priority matrix in the database has no priority for impact “%1” and urgency “%2”; ask IT to set one with helpdesk-admin priority set.</translation>
    </message>
    <message>
        <source>Cannot save the priority matrix: %1</source>
        <translation>Cannot save the priority matrix: %1</translation>
    </message>
    <message>
        <source>Unknown impact “%1”; use one of: %2.</source>
        <translation>Unknown impact “%1”; use one of: %2.</translation>
    </message>
    <message>
        <source>Unknown urgency “%1”; use one of: %2.</source>
        <translation>Unknown urgency “%1”; use one of: %2.</translation>
    </message>
    <message>
        <source>A priority is a number from %1 to %2.</source>
        <translation>A priority is a number from %1 to %2.</translation>
    </message>
    <message>
        <source>A response time is a positive number of minutes.</source>
        <translation>A response time is a positive number of minutes.</translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>within %n hour</numerusform>
            <numerusform>within %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n minute(s)</source>
        <translation>
            <numerusform>within %n minute</numerusform>
            <numerusform>within %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The helpdesk answers %1 (priority %2).</source>
        <comment>%1 is e.g. &apos;within 4 hours&apos;</comment>
        <translation>The helpdesk answers %1 (priority %2).</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>What broke?</source>
        <translation>What broke?</translation>
    </message>
    <message>
        <source>Say what kind of problem it is and what exactly happens. The more precise, the faster it is fixed.</source>
        <translation>Say what kind of problem it is and what exactly happens. The more precise, the faster it is fixed.</translation>
    </message>
    <message>
        <source>&amp;What kind of problem is it?</source>
        <translation>&amp;What kind of problem is it?</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose a category</source>
        <translation>Use the arrow keys to choose a category</translation>
    </message>
    <message>
        <source>What &amp;happens?</source>
        <translation>What &amp;happens?</translation>
    </message>
    <message>
        <source>&amp;Summary (one line):</source>
        <translation>&amp;Summary (one line):</translation>
    </message>
    <message>
        <source>e.g. “Printer on floor 2 jams on every page”</source>
        <translation>e.g. “Printer on floor 2 jams on every page”</translation>
    </message>
    <message>
        <source>&amp;Description (optional):</source>
        <translation>&amp;Description (optional):</translation>
    </message>
    <message>
        <source>What were you doing, what did you expect, what happened instead? Copy the exact error text.</source>
        <translation>What were you doing, what did you expect, what happened instead? Copy the exact error text.</translation>
    </message>
    <message>
        <source>When did it s&amp;tart?</source>
        <translation>When did it s&amp;tart?</translation>
    </message>
    <message>
        <source>Who is a&amp;ffected?</source>
        <translation>Who is a&amp;ffected?</translation>
    </message>
    <message>
        <source>How &amp;urgent is it?</source>
        <translation>How &amp;urgent is it?</translation>
    </message>
    <message>
        <source>Re&amp;move them</source>
        <translation>Re&amp;move them</translation>
    </message>
    <message>
        <source>I cannot be more &amp;precise; send it as it is</source>
        <translation>I cannot be more &amp;precise; send it as it is</translation>
    </message>
    <message>
        <source>Response time:</source>
        <translation>Response time:</translation>
    </message>
    <message>
        <source>Known problems right now</source>
        <translation>Known problems right now</translation>
    </message>
    <message>
        <source>Th&amp;is is my problem too</source>
        <translation>Th&amp;is is my problem too</translation>
    </message>
    <message>
        <source>The helpdesk is already working on these; if yours is one of them, you need not describe it again. &amp;Known problems:</source>
        <translation>The helpdesk is already working on these; if yours is one of them, you need not describe it again. &amp;Known problems:</translation>
    </message>
    <message>
        <source>Known problems</source>
        <translation>Known problems</translation>
    </message>
    <message>
        <source>What kind of problem is it?</source>
        <translation>What kind of problem is it?</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>true or false</source>
        <comment>JSON type; completes “must be text, not …”</comment>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>JSON type; completes “must be text, not …”</comment>
        <translation>a number</translation>
    </message>
    <message>
        <source>text</source>
        <comment>JSON type; completes “must be an object, not …”</comment>
        <translation>text</translation>
    </message>
    <message>
        <source>a list […]</source>
        <comment>JSON type; completes “must be text, not …”</comment>
        <translation>a list […]</translation>
    </message>
    <message>
        <source>an object {…}</source>
        <comment>JSON type; completes “must be text, not …”</comment>
        <translation>an object {…}</translation>
    </message>
    <message>
        <source>Unknown key “%1”; did you mean “%2”?</source>
        <translation>Unknown key “%1”; did you mean “%2”?</translation>
    </message>
    <message>
        <source>Unknown key “%1”; the keys here are: %2.</source>
        <translation>Unknown key “%1”; the keys here are: %2.</translation>
    </message>
    <message>
        <source>“%1” must be text, not %2.</source>
        <translation>“%1” must be text, not %2.</translation>
    </message>
    <message>
        <source>“%1” must be true or false, not %2.</source>
        <translation>“%1” must be true or false, not %2.</translation>
    </message>
    <message>
        <source>“%1” must be an object {…}, not %2.</source>
        <translation>“%1” must be an object {…}, not %2.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>Not valid JSON at line %1, column %2: %3.</translation>
    </message>
    <message>
        <source>A report must be one JSON object {…}, not %1.</source>
        <translation>A report must be one JSON object {…}, not %1.</translation>
    </message>
    <message>
        <source>“started_at” is not a date and time in ISO 8601 form, e.g. 2026-11-25T09:30:00+03:00.</source>
        <translation>“started_at” is not a date and time in ISO 8601 form, e.g. 2026-11-25T09:30:00+03:00.</translation>
    </message>
    <message>
        <source>“device.location” is stored as the building; give it or “device.building”, not both.</source>
        <translation>“device.location” is stored as the building; give it or “device.building”, not both.</translation>
    </message>
    <message>
        <source>“%1” must be a list […], not %2.</source>
        <translation>“%1” must be a list […], not %2.</translation>
    </message>
    <message>
        <source>“%1” must be an object {…} with file_name and data, not %2.</source>
        <translation>“%1” must be an object {…} with file_name and data, not %2.</translation>
    </message>
    <message>
        <source>“%1file_name” is missing: every attachment needs its file name.</source>
        <translation>“%1file_name” is missing: every attachment needs its file name.</translation>
    </message>
    <message>
        <source>“%1data” is missing: the file&apos;s bytes as base64 text.</source>
        <translation>“%1data” is missing: the file&apos;s bytes as base64 text.</translation>
    </message>
    <message>
        <source>“%1data” is not base64 text (A–Z, a–z, 0–9, +, / and = padding).</source>
        <translation>“%1data” is not base64 text (A–Z, a–z, 0–9, +, / and = padding).</translation>
    </message>
    <message>
        <source>The saved report has no client id.</source>
        <translation>The saved report has no client id.</translation>
    </message>
    <message>
        <source>The saved report lacks its device, contact or attachments part.</source>
        <translation>The saved report lacks its device, contact or attachments part.</translation>
    </message>
    <message>
        <source>Attachment %1 of the saved report is damaged.</source>
        <translation>Attachment %1 of the saved report is damaged.</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>The report is incomplete: %1</source>
        <translation>The report is incomplete: %1</translation>
    </message>
    <message>
        <source>Cannot read report %1: %2</source>
        <translation>Cannot read report %1: %2</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>There is no report %1.</translation>
    </message>
    <message>
        <source>Cannot list reports: %1</source>
        <translation>Cannot list reports: %1</translation>
    </message>
    <message>
        <source>Cannot count reports: %1</source>
        <translation>Cannot count reports: %1</translation>
    </message>
    <message>
        <source>Cannot search reports: %1</source>
        <translation>Cannot search reports: %1</translation>
    </message>
    <message>
        <source>Cannot look for reports like this one: %1</source>
        <translation>Cannot look for reports like this one: %1</translation>
    </message>
    <message>
        <source>Cannot add you to report %1: %2</source>
        <translation>Cannot add you to report %1: %2</translation>
    </message>
    <message>
        <source>Cannot read who else is affected by %1: %2</source>
        <translation>Cannot read who else is affected by %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the attachments of %1: %2</source>
        <translation>Cannot read the attachments of %1: %2</translation>
    </message>
    <message>
        <source>Cannot read attachment %1 of %2: %3</source>
        <translation>Cannot read attachment %1 of %2: %3</translation>
    </message>
    <message>
        <source>Report %1 has no attachment %2.</source>
        <translation>Report %1 has no attachment %2.</translation>
    </message>
    <message>
        <source>Cannot read the replies to %1: %2</source>
        <translation>Cannot read the replies to %1: %2</translation>
    </message>
    <message>
        <source>Cannot list your reports: %1</source>
        <translation>Cannot list your reports: %1</translation>
    </message>
    <message>
        <source>Write your answer first.</source>
        <translation>Write your answer first.</translation>
    </message>
    <message>
        <source>Write what is still wrong first.</source>
        <translation>Write what is still wrong first.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>The text is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The text contains what looks like %1. Remove it before sending: the helpdesk never needs it.</source>
        <translation>The text contains what looks like %1. Remove it before sending: the helpdesk never needs it.</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>%1 could not be changed: %2</translation>
    </message>
    <message>
        <source>it is not one of your reports.</source>
        <translation>it is not one of your reports.</translation>
    </message>
    <message>
        <source>it is %1, and only a resolved report can be fixed or not.</source>
        <translation>it is %1, and only a resolved report can be fixed or not.</translation>
    </message>
    <message>
        <source>it is %1: say whether it is fixed instead, or file a new report.</source>
        <translation>it is %1: say whether it is fixed instead, or file a new report.</translation>
    </message>
    <message>
        <source>the helpdesk changed it at the same moment. Look at it again and try once more.</source>
        <translation>the helpdesk changed it at the same moment. Look at it again and try once more.</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars.</source>
        <translation>A rating is 1 to 5 stars.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report details</source>
        <translation>Report details</translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation>Histor&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Take</translation>
    </message>
    <message>
        <source>Assign this report to yourself</source>
        <translation>Assign this report to yourself</translation>
    </message>
    <message>
        <source>New stat&amp;e:</source>
        <translation>New stat&amp;e:</translation>
    </message>
    <message>
        <source>C&amp;hange status</source>
        <translation>C&amp;hange status</translation>
    </message>
    <message>
        <source>&amp;Note or reply:</source>
        <translation>&amp;Note or reply:</translation>
    </message>
    <message>
        <source>Add internal n&amp;ote</source>
        <translation>Add internal n&amp;ote</translation>
    </message>
    <message>
        <source>Only agents see internal notes</source>
        <translation>Only agents see internal notes</translation>
    </message>
    <message>
        <source>&amp;Reply to reporter</source>
        <translation>&amp;Reply to reporter</translation>
    </message>
    <message>
        <source>The reporter sees replies with their report</source>
        <translation>The reporter sees replies with their report</translation>
    </message>
    <message>
        <source>Vague report</source>
        <translation>Vague report</translation>
    </message>
    <message>
        <source>Attached f&amp;iles:</source>
        <translation>Attached f&amp;iles:</translation>
    </message>
    <message>
        <source>Open fi&amp;le</source>
        <translation>Open fi&amp;le</translation>
    </message>
    <message>
        <source>Open the selected attachment with the application the system uses for its type</source>
        <translation>Open the selected attachment with the application the system uses for its type</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Sa&amp;ve…</translation>
    </message>
    <message>
        <source>Save the selected attachment to a file</source>
        <translation>Save the selected attachment to a file</translation>
    </message>
    <message>
        <source>Mark as &amp;duplicate…</source>
        <translation>Mark as &amp;duplicate…</translation>
    </message>
    <message>
        <source>Close this report as a duplicate of another ticket; its reporter becomes affected by that one</source>
        <translation>Close this report as a duplicate of another ticket; its reporter becomes affected by that one</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Assign to…</translation>
    </message>
    <message>
        <source>Assign this report to another agent by login</source>
        <translation>Assign this report to another agent by login</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check and send</source>
        <translation>Check and send</translation>
    </message>
    <message>
        <source>This is what the helpdesk will see. Change anything that is wrong, then press Submit.</source>
        <translation>This is what the helpdesk will see. Change anything that is wrong, then press Submit.</translation>
    </message>
    <message>
        <source>What broke</source>
        <translation>What broke</translation>
    </message>
    <message>
        <source>Change &amp;problem…</source>
        <translation>Change &amp;problem…</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Change &amp;device…</source>
        <translation>Change &amp;device…</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Change &amp;contact…</source>
        <translation>Change &amp;contact…</translation>
    </message>
    <message>
        <source>Screenshot and files</source>
        <translation>Screenshot and files</translation>
    </message>
    <message>
        <source>Change &amp;files…</source>
        <translation>Change &amp;files…</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>Your report</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>nobody</source>
        <comment>assigned to nobody</comment>
        <translation>nobody</translation>
    </message>
    <message>
        <source>%1 changed the status from %2 to %3</source>
        <translation>%1 changed the status from %2 to %3</translation>
    </message>
    <message>
        <source>%1 took the report</source>
        <translation>%1 took the report</translation>
    </message>
    <message>
        <source>%1 assigned the report to %2 (was %3)</source>
        <translation>%1 assigned the report to %2 (was %3)</translation>
    </message>
    <message>
        <source>%1 added an internal note: %2</source>
        <translation>%1 added an internal note: %2</translation>
    </message>
    <message>
        <source>%1 replied to the reporter: %2</source>
        <translation>%1 replied to the reporter: %2</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Cannot read the queue: %1</translation>
    </message>
    <message>
        <source>Cannot count the queue: %1</source>
        <translation>Cannot count the queue: %1</translation>
    </message>
    <message>
        <source>Cannot read report %1: %2</source>
        <translation>Cannot read report %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>Cannot read the history of %1: %2</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Write the reply first.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>The text is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Unknown status “%1”.</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>%1 could not be changed: %2</translation>
    </message>
    <message>
        <source>there is no such report.</source>
        <translation>there is no such report.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it, so nothing was saved. Look at its current state and try again.</source>
        <translation>%1 was changed by someone else since you opened it, so nothing was saved. Look at its current state and try again.</translation>
    </message>
    <message>
        <source>a report that is %1 cannot become %2.</source>
        <translation>a report that is %1 cannot become %2.</translation>
    </message>
    <message>
        <source>nobody is assigned to it.</source>
        <translation>nobody is assigned to it.</translation>
    </message>
    <message>
        <source>it is already assigned to %1.</source>
        <translation>it is already assigned to %1.</translation>
    </message>
    <message>
        <source>%1 closed the report as a duplicate of %2</source>
        <translation>%1 closed the report as a duplicate of %2</translation>
    </message>
    <message>
        <source>%1 marked %2 as a duplicate of this report; its reporter and the people affected by it are now affected by this one</source>
        <translation>%1 marked %2 as a duplicate of this report; its reporter and the people affected by it are now affected by this one</translation>
    </message>
    <message>
        <source>%1 cannot be a duplicate of itself.</source>
        <translation>%1 cannot be a duplicate of itself.</translation>
    </message>
    <message>
        <source>Give the ticket number of the report this one repeats, e.g. HD-000042.</source>
        <translation>Give the ticket number of the report this one repeats, e.g. HD-000042.</translation>
    </message>
    <message>
        <source>it is closed already.</source>
        <translation>it is closed already.</translation>
    </message>
    <message>
        <source>there is no report %1 to be a duplicate of.</source>
        <translation>there is no report %1 to be a duplicate of.</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it first, or mark this one a duplicate of an open report.</source>
        <translation>%1 is closed: reopen it first, or mark this one a duplicate of an open report.</translation>
    </message>
    <message>
        <source>%1 changed at the same moment; try again.</source>
        <translation>%1 changed at the same moment; try again.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>The export was stopped; nothing was saved.</source>
        <translation>The export was stopped; nothing was saved.</translation>
    </message>
    <message>
        <source>%1 (the reporter) answered: %2</source>
        <translation>%1 (the reporter) answered: %2</translation>
    </message>
    <message>
        <source>%1 (the reporter) said it is fixed</source>
        <translation>%1 (the reporter) said it is fixed</translation>
    </message>
    <message>
        <source>%1 (the reporter) said it is fixed: %2</source>
        <translation>%1 (the reporter) said it is fixed: %2</translation>
    </message>
    <message>
        <source>%1 (the reporter) said it is not fixed: %2</source>
        <translation>%1 (the reporter) said it is not fixed: %2</translation>
    </message>
    <message>
        <source>(rated the help %1 of 5)</source>
        <translation>(rated the help %1 of 5)</translation>
    </message>
    <message>
        <source>Cannot find the resolved reports: %1</source>
        <translation>Cannot find the resolved reports: %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Helpdesk queue</source>
        <translation>Helpdesk queue</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>Ma&amp;ke:</source>
        <translation>Ma&amp;ke:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mine</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Unassigned</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>ticket number or words</source>
        <translation>ticket number or words</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the reports this filter shows as a CSV file for a spreadsheet</source>
        <translation>Save the reports this filter shows as a CSV file for a spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Dashboard…</translation>
    </message>
    <message>
        <source>Charts of the last 30 days: reports per category, device make and day</source>
        <translation>Charts of the last 30 days: reports per category, device make and day</translation>
    </message>
</context>
<context>
    <name>ScreenshotEditor</name>
    <message>
        <source>Check the screenshot before it is attached</source>
        <translation>Check the screenshot before it is attached</translation>
    </message>
    <message>
        <source>Drag over names, email addresses, documents or anything else private to black it out. The helpdesk receives only what you see here: what is blacked out is gone from the attached picture.</source>
        <translation>Drag over names, email addresses, documents or anything else private to black it out. The helpdesk receives only what you see here: what is blacked out is gone from the attached picture.</translation>
    </message>
    <message>
        <source>When you drag:</source>
        <translation>When you drag:</translation>
    </message>
    <message>
        <source>&amp;Black out the area</source>
        <translation>&amp;Black out the area</translation>
    </message>
    <message>
        <source>C&amp;rop to the area</source>
        <translation>C&amp;rop to the area</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>Drag with the mouse to black out or crop an area.</source>
        <translation>Drag with the mouse to black out or crop an area.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Attach screenshot</source>
        <translation>&amp;Attach screenshot</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>%1: not made yet, and the programs cannot make it, because %2 is not a folder this user may write to.</source>
        <translation>%1: not made yet, and the programs cannot make it, because %2 is not a folder this user may write to.</translation>
    </message>
    <message>
        <source>%1: not made yet; the first start of a program makes it</source>
        <translation>%1: not made yet; the first start of a program makes it</translation>
    </message>
    <message>
        <source>%1, when the database is made</source>
        <translation>%1, when the database is made</translation>
    </message>
    <message>
        <source>the folder %1, where it will be made, is writable</source>
        <translation>the folder %1, where it will be made, is writable</translation>
    </message>
    <message>
        <source>Database reachable</source>
        <translation>Database reachable</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Role and permissions</source>
        <translation>Role and permissions</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>not checked: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the database URL is not valid</source>
        <translation>the database URL is not valid</translation>
    </message>
    <message>
        <source>%1: the file does not exist yet. Run “helpdesk-admin init” to create it.</source>
        <translation>%1: the file does not exist yet. Run “helpdesk-admin init” to create it.</translation>
    </message>
    <message>
        <source>there is no database</source>
        <translation>there is no database</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the database cannot be reached</source>
        <translation>the database cannot be reached</translation>
    </message>
    <message>
        <source>%1, current</source>
        <translation>%1, current</translation>
    </message>
    <message>
        <source>the database is at version %1, this program knows %2. Run “helpdesk-admin init” to create or upgrade the schema.</source>
        <translation>the database is at version %1, this program knows %2. Run “helpdesk-admin init” to create or upgrade the schema.</translation>
    </message>
    <message>
        <source>the database is at version %1, this program knows %2. Install the newer version of Helpdesk Intake on this computer.</source>
        <translation>the database is at version %1, this program knows %2. Install the newer version of Helpdesk Intake on this computer.</translation>
    </message>
    <message>
        <source>not checked: the database has no helpdesk schema</source>
        <translation>not checked: the database has no helpdesk schema</translation>
    </message>
    <message>
        <source>the file %1 is not writable for this user.</source>
        <translation>the file %1 is not writable for this user.</translation>
    </message>
    <message>
        <source>the folder %1 is not writable for this user.</source>
        <translation>the folder %1 is not writable for this user.</translation>
    </message>
    <message>
        <source>the file and its folder are writable</source>
        <translation>the file and its folder are writable</translation>
    </message>
    <message>
        <source>the login “%1” has neither the helpdesk_reporter nor the helpdesk_agent role. Ask IT to run “helpdesk-admin add-reporter %1”.</source>
        <translation>the login “%1” has neither the helpdesk_reporter nor the helpdesk_agent role. Ask IT to run “helpdesk-admin add-reporter %1”.</translation>
    </message>
    <message>
        <source>login “%1”, role helpdesk_agent: reads and updates all reports</source>
        <translation>login “%1”, role helpdesk_agent: reads and updates all reports</translation>
    </message>
    <message>
        <source>login “%1”, role helpdesk_reporter: files reports, reads its own</source>
        <translation>login “%1”, role helpdesk_reporter: files reports, reads its own</translation>
    </message>
    <message>
        <source>login “%1” owns the helpdesk tables (an administrator, not an employee)</source>
        <translation>login “%1” owns the helpdesk tables (an administrator, not an employee)</translation>
    </message>
    <message>
        <source>Device catalogue</source>
        <translation>Device catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n devices</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>empty: the program was built without it</source>
        <translation>empty: the program was built without it</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>no translation for the language “%1” is built into the program</source>
        <translation>no translation for the language “%1” is built into the program</translation>
    </message>
    <message>
        <source>%1, with Qt&apos;s own</source>
        <translation>%1, with Qt&apos;s own</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s own translations are missing (Debian package qt6-translations-l10n)</source>
        <translation>%1: Qt&apos;s own translations are missing (Debian package qt6-translations-l10n)</translation>
    </message>
    <message>
        <source>%1 %2 self-test</source>
        <translation>%1 %2 self-test</translation>
    </message>
    <message numerus="yes">
        <source>All %n checks passed.</source>
        <translation>
            <numerusform>All %n checks passed.</numerusform>
            <numerusform>All %n checks passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checks failed.</source>
        <translation>
            <numerusform>%n of %1 checks failed.</numerusform>
            <numerusform>%n of %1 checks failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the helpdesk queue</source>
        <translation>Sign in to the helpdesk queue</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Won&apos;t print</source>
        <translation>Won&apos;t print</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Paper jam</translation>
    </message>
    <message>
        <source>Poor print quality (streaks, faint, smudged)</source>
        <translation>Poor print quality (streaks, faint, smudged)</translation>
    </message>
    <message>
        <source>Shows an error message</source>
        <translation>Shows an error message</translation>
    </message>
    <message>
        <source>Printer is offline</source>
        <translation>Printer is offline</translation>
    </message>
    <message>
        <source>Out of toner or ink</source>
        <translation>Out of toner or ink</translation>
    </message>
    <message>
        <source>Scanning does not work</source>
        <translation>Scanning does not work</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Does not switch on or start</source>
        <translation>Does not switch on or start</translation>
    </message>
    <message>
        <source>Very slow</source>
        <translation>Very slow</translation>
    </message>
    <message>
        <source>Freezes or restarts by itself</source>
        <translation>Freezes or restarts by itself</translation>
    </message>
    <message>
        <source>Shows an error screen</source>
        <translation>Shows an error screen</translation>
    </message>
    <message>
        <source>Keyboard or mouse does not work</source>
        <translation>Keyboard or mouse does not work</translation>
    </message>
    <message>
        <source>Noisy or overheating</source>
        <translation>Noisy or overheating</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>Flickers or shows stripes</source>
        <translation>Flickers or shows stripes</translation>
    </message>
    <message>
        <source>Wrong size or resolution</source>
        <translation>Wrong size or resolution</translation>
    </message>
    <message>
        <source>Second screen not detected</source>
        <translation>Second screen not detected</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>No connection at all</source>
        <translation>No connection at all</translation>
    </message>
    <message>
        <source>Wi-Fi does not connect</source>
        <translation>Wi-Fi does not connect</translation>
    </message>
    <message>
        <source>Connection is very slow</source>
        <translation>Connection is very slow</translation>
    </message>
    <message>
        <source>VPN does not connect</source>
        <translation>VPN does not connect</translation>
    </message>
    <message>
        <source>One site or service cannot be reached</source>
        <translation>One site or service cannot be reached</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Cannot send email</source>
        <translation>Cannot send email</translation>
    </message>
    <message>
        <source>Email does not arrive</source>
        <translation>Email does not arrive</translation>
    </message>
    <message>
        <source>Mailbox is full</source>
        <translation>Mailbox is full</translation>
    </message>
    <message>
        <source>Calendar or meeting invitations</source>
        <translation>Calendar or meeting invitations</translation>
    </message>
    <message>
        <source>Suspicious or phishing email</source>
        <translation>Suspicious or phishing email</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>No dial tone</source>
        <translation>No dial tone</translation>
    </message>
    <message>
        <source>Cannot call out</source>
        <translation>Cannot call out</translation>
    </message>
    <message>
        <source>Poor sound or calls drop</source>
        <translation>Poor sound or calls drop</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account locked or password expired</source>
        <translation>Account locked or password expired</translation>
    </message>
    <message>
        <source>No access to a folder, system or application</source>
        <translation>No access to a folder, system or application</translation>
    </message>
    <message>
        <source>Account needed for a new colleague</source>
        <translation>Account needed for a new colleague</translation>
    </message>
    <message>
        <source>Two-factor sign-in does not work</source>
        <translation>Two-factor sign-in does not work</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Application does not start</source>
        <translation>Application does not start</translation>
    </message>
    <message>
        <source>Application crashes or freezes</source>
        <translation>Application crashes or freezes</translation>
    </message>
    <message>
        <source>Application shows an error message</source>
        <translation>Application shows an error message</translation>
    </message>
    <message>
        <source>Need an application installed or updated</source>
        <translation>Need an application installed or updated</translation>
    </message>
    <message>
        <source>Licence expired or activation fails</source>
        <translation>Licence expired or activation fails</translation>
    </message>
    <message>
        <source>A question for the helpdesk</source>
        <translation>A question for the helpdesk</translation>
    </message>
    <message>
        <source>A request (equipment, move, change)</source>
        <translation>A request (equipment, move, change)</translation>
    </message>
    <message>
        <source>Printer or multifunction device</source>
        <translation>Printer or multifunction device</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>Desktop computer</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Monitor or projector</source>
        <translation>Monitor or projector</translation>
    </message>
    <message>
        <source>Network equipment (router, switch, access point)</source>
        <translation>Network equipment (router, switch, access point)</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Other device</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Only me</translation>
    </message>
    <message>
        <source>My team or several people</source>
        <translation>My team or several people</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>The whole office</translation>
    </message>
    <message>
        <source>It can wait</source>
        <translation>It can wait</translation>
    </message>
    <message>
        <source>It slows my work down</source>
        <translation>It slows my work down</translation>
    </message>
    <message>
        <source>I cannot work at all</source>
        <translation>I cannot work at all</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting for reporter</source>
        <translation>Waiting for reporter</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Another problem</source>
        <translation>Another problem</translation>
    </message>
    <message>
        <source>Telephone</source>
        <comment>device kind</comment>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>way to be contacted</comment>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>way to be contacted</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>P1 – Critical</source>
        <translation>P1 – Critical</translation>
    </message>
    <message>
        <source>P2 – High</source>
        <translation>P2 – High</translation>
    </message>
    <message>
        <source>P3 – Medium</source>
        <translation>P3 – Medium</translation>
    </message>
    <message>
        <source>P4 – Low</source>
        <translation>P4 – Low</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>Invalid pattern “%1”: %2</source>
        <translation>Invalid pattern “%1”: %2</translation>
    </message>
    <message>
        <source>The triage rules are not valid JSON: %1 (at character %2).</source>
        <translation>The triage rules are not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>The triage rules must be a JSON object.</source>
        <translation>The triage rules must be a JSON object.</translation>
    </message>
    <message>
        <source>A secret rule has no kind.</source>
        <translation>A secret rule has no kind.</translation>
    </message>
    <message>
        <source>Unknown check “%1” in the secret rule “%2”.</source>
        <translation>Unknown check “%1” in the secret rule “%2”.</translation>
    </message>
    <message>
        <source>What you were doing when it happened (for example, printing a PDF from Outlook).</source>
        <translation>What you were doing when it happened (for example, printing a PDF from Outlook).</translation>
    </message>
    <message>
        <source>What you expected to happen.</source>
        <translation>What you expected to happen.</translation>
    </message>
    <message>
        <source>What happened instead.</source>
        <translation>What happened instead.</translation>
    </message>
    <message>
        <source>The exact text of the error message, if one appeared (copy it or write it down word for word).</source>
        <translation>The exact text of the error message, if one appeared (copy it or write it down word for word).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN code</translation>
    </message>
    <message>
        <source>one-time code</source>
        <comment>a code sent by SMS to confirm a sign-in or payment</comment>
        <translation>one-time code</translation>
    </message>
    <message>
        <source>bank card number</source>
        <translation>bank card number</translation>
    </message>
    <message>
        <source>card security code (CVV/CVC)</source>
        <translation>card security code (CVV/CVC)</translation>
    </message>
    <message>
        <source>bank account number (IBAN)</source>
        <translation>bank account number (IBAN)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the program&apos;s name and version, and exit.</source>
        <translation>Print the program&apos;s name and version, and exit.</translation>
    </message>
    <message>
        <source>Helpdesk Intake</source>
        <translation>Helpdesk Intake</translation>
    </message>
    <message>
        <source>Report an IT problem to the helpdesk.</source>
        <translation>Report an IT problem to the helpdesk.</translation>
    </message>
    <message>
        <source>Database URL (sqlite:/path/file.sqlite or postgresql://user@host/db).</source>
        <translation>Database URL (sqlite:/path/file.sqlite or postgresql://user@host/db).</translation>
    </message>
    <message>
        <source>Language of the interface: ru or en.</source>
        <translation>Language of the interface: ru or en.</translation>
    </message>
    <message>
        <source>Quit as soon as the first page is shown (benchmarks, smoke tests).</source>
        <translation>Quit as soon as the first page is shown (benchmarks, smoke tests).</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use ru or en.</source>
        <translation>Unknown language “%1”; use ru or en.</translation>
    </message>
    <message>
        <source>Check the database, the device catalogue and the translations, print a checklist and exit (status 0 only when all pass). Changes nothing.</source>
        <translation>Check the database, the device catalogue and the translations, print a checklist and exit (status 0 only when all pass). Changes nothing.</translation>
    </message>
    <message>
        <source>Helpdesk Console</source>
        <translation>Helpdesk Console</translation>
    </message>
    <message>
        <source>Review and answer helpdesk reports.</source>
        <translation>Review and answer helpdesk reports.</translation>
    </message>
</context>
</TS>
