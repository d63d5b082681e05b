#include "commandtable.h"

#include "admintool.h"
#include "devicecommands.h"
#include "incidentcommands.h"
#include "reportcommands.h"
#include "reportexport.h"
#include "setupcommands.h"

#include "model/taxonomy.h"
#include "store/database.h"
#include "store/reviewstore.h"
#include "runtime/databasechoice.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>

namespace Helpdesk {

namespace {

// Help lines end before this column, as QCommandLineParser's do.
constexpr int HelpWidth = 79;
// The command names' column in the list of commands.
constexpr int CommandIndent = 2;

QCommandLineOption option(const QString &name, const QString &description, const QString &valueName = QString())
{
    return QCommandLineOption(name, description, valueName);
}

// `text` broken into lines of at most HelpWidth columns, each but the first
// indented by `indent` spaces (the first continues a line already `indent` wide).
QString wrapped(const QString &text, int indent)
{
    QString result;
    int column = indent;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (column > indent && column + 1 + word.size() > HelpWidth) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            result += QLatin1Char(' ');
            ++column;
        }
        result += word;
        column += int(word.size());
    }
    return result;
}

QString usageLine(const QString &command)
{
    return AdminTool::tr("Usage: %1 [--database URL] [--lang en|ru] %2").arg(AdminTool::programName(), command);
}

// QCommandLineParser's help from its option list on, without its usage line
// (which names the test binary when run in-process) and description.
QString optionsHelp(const QList<QCommandLineOption> &options)
{
    QCommandLineParser parser;
    parser.addOptions(options);
    const QString text = parser.helpText();
    const qsizetype start = text.indexOf(QLatin1String("\n\n"));
    return start < 0 ? QString() : text.mid(start + 2);
}

int help(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    c.out << AdminTool::helpText();
    return AdminTool::Success;
}

} // namespace

QList<Command> CommandTable::commands()
{
    const QString output = QStringLiteral("output");
    const QString file = QStringLiteral("FILE");
    // The order is the order of owners() in messages ("export / export-devices / attachment").
    return {
        {QStringLiteral("init"),
         {},
         tr("Create the database or bring its schema up to date; print where it is and its schema version."),
         {},
         {},
         &SetupCommands::init},
        listCommand(),
        {QStringLiteral("show"),
         QStringLiteral("TICKET"),
         tr("Every field of one report, e.g. show HD-000042, and its attachments: number, name, type, size."),
         {},
         {},
         &ReportCommands::show},
        exportCommand(),
        {QStringLiteral("close-resolved"),
         QStringLiteral("[--days N]"),
         tr("Close the reports resolved more than N days ago (default %1) whose reporter said nothing.")
             .arg(ReviewStore::DefaultCloseResolvedDays),
         tr("Each gets a history row in the name \"helpdesk\". Run it daily, for example from cron or a "
            "systemd timer."),
         {option(QStringLiteral("days"), tr("Close those resolved more than N days ago."), QStringLiteral("N"))},
         &ReportCommands::closeResolved},
        {QStringLiteral("submit"),
         {},
         tr("File one report read as JSON from standard input and print its ticket number."),
         {},
         {},
         &ReportCommands::submit},
        {QStringLiteral("add-reporter"),
         QStringLiteral("LOGIN"),
         tr("PostgreSQL: let an existing login file reports and read its own."),
         {},
         {},
         &SetupCommands::addReporter},
        addAgentCommand(),
        filingLimitCommand(),
        {QStringLiteral("import-devices"),
         QStringLiteral("FILE.csv"),
         tr("Add or update devices of the inventory from a CSV file."),
         tr("The file has a header row: asset_tag,kind,make,model,name,location,notes (asset_tag and kind "
            "required)."),
         {},
         &DeviceCommands::importDevices},
        {QStringLiteral("export-devices"),
         QStringLiteral("[--output FILE]"),
         tr("The device inventory as CSV, by asset tag, to standard output or a file."),
         {},
         {option(output, tr("Write to FILE instead of standard output."), file)},
         &DeviceCommands::exportDevices},
        catalogCommand(),
        triageCommand(),
        incidentCommand(),
        priorityCommand(),
        {QStringLiteral("attachment"),
         QStringLiteral("TICKET N --output FILE"),
         tr("Save one attachment of a report to a file, after checking its SHA-256."),
         tr("N is the number of the attachment as show lists them: 1, 2, …"),
         {option(output, tr("Where to save the attachment."), file)},
         &ReportCommands::attachment},
        configCommand(),
        seedDemoCommand(),
        {QStringLiteral("help"), {}, tr("Show this help."), {}, {}, &help},
    };
}

Command CommandTable::listCommand()
{
    return {QStringLiteral("list"),
            QStringLiteral("[--limit N]"),
            tr("Newest reports first, one per line."),
            {},
            {option(QStringLiteral("limit"),
                    tr("List at most N reports (default %1; 0 lists all).").arg(ReportCommands::DefaultListLimit),
                    QStringLiteral("N"))},
            &ReportCommands::list};
}

Command CommandTable::exportCommand()
{
    return {QStringLiteral("export"),
            QStringLiteral("--format csv|json [--output FILE]"),
            tr("All reports, oldest first, to standard output or a file."),
            {},
            {option(QStringLiteral("format"), tr("csv or json."), QStringLiteral("FORMAT")),
             option(QStringLiteral("output"), tr("Write to FILE instead of standard output."), QStringLiteral("FILE"))},
            &ReportExport::exportReports};
}

Command CommandTable::priorityCommand()
{
    return {QStringLiteral("priority"),
            QStringLiteral("[set IMPACT URGENCY P | response P MINUTES]"),
            tr("The priority matrix (impact x urgency -> P1..P4) and the response time of each priority."),
            tr("priority set IMPACT URGENCY P changes one cell, e.g. priority set me blocked 2; priority response P "
               "MINUTES one response time, e.g. priority response 2 120."),
            {},
            &IncidentCommands::priority};
}

Command CommandTable::seedDemoCommand()
{
    return {QStringLiteral("seed-demo"),
            QStringLiteral("--reports N"),
            tr("Add invented demo reports. Never on a real helpdesk database."),
            tr("All categories, real devices, Russian and English text, the last 90 days."),
            {option(QStringLiteral("reports"), tr("How many demo reports to add."), QStringLiteral("N"))},
            &SetupCommands::seedDemo};
}

Command CommandTable::addAgentCommand()
{
    return {QStringLiteral("add-agent"),
            QStringLiteral("LOGIN [--name NAME] [--reset]"),
            tr("PostgreSQL: let an existing login read and update all reports. SQLite: create the agent or set a new "
               "password."),
            tr("On SQLite the password is read from standard input (asked twice, hidden, on a terminal)."),
            {option(QStringLiteral("name"), tr("SQLite: the agent's name as the console shows it."),
                    QStringLiteral("NAME")),
             option(QStringLiteral("reset"),
                    tr("SQLite: give an existing agent a new password (this also lifts a lock)."))},
            &SetupCommands::addAgent};
}

Command CommandTable::filingLimitCommand()
{
    return {QStringLiteral("filing-limit"),
            QStringLiteral("[LOGIN N|default] [--everyone N]"),
            tr("PostgreSQL: how many new reports a login may file an hour; without arguments, the limits."),
            tr("The database refuses a login's next report past its limit. filing-limit monitoring 500 lets a "
               "monitoring system file more; filing-limit monitoring default gives it everyone's limit again."),
            {option(QStringLiteral("everyone"), tr("Set the limit of every login without one of its own."),
                    QStringLiteral("N"))},
            &SetupCommands::filingLimit};
}

Command CommandTable::catalogCommand()
{
    return {QStringLiteral("catalog"),
            QStringLiteral("search TEXT [--kind KIND]"),
            tr("Search the makes and models of the built-in device catalogue. Needs no database."),
            tr("The makes and models that match TEXT, best first, one MAKE<TAB>MODEL per line; \"\" lists them all."),
            {option(QStringLiteral("kind"),
                    tr("Only devices of this kind: %1.").arg(Taxonomy::deviceKinds().join(QStringLiteral(", "))),
                    QStringLiteral("KIND"))},
            &DeviceCommands::catalog};
}

Command CommandTable::triageCommand()
{
    return {QStringLiteral("triage"),
            {},
            tr("Check texts read from standard input, one per line. Needs no database."),
            tr("Prints one JSON object per line, {\"vague\": true|false, \"secrets\": [{\"kind\", \"start\", "
               "\"end\"}]} (offsets in characters of that line)."),
            {},
            &IncidentCommands::triage};
}

Command CommandTable::incidentCommand()
{
    return {QStringLiteral("incident"),
            QStringLiteral("add TITLE [--category C] [--location WHERE] [--message TEXT] [--make MAKE --model MODEL] "
                           "[--asset-tag TAG] | list [--all] | show INC-0007 | resolve INC-0007"),
            tr("Post, list, show and resolve known incidents."),
            tr("incident add posts a known incident; the wizard shows it to the people at WHERE (everyone without "
               "--location). incident list: active incidents. incident show: one incident and the people it "
               "affects. incident resolve: the incident is over; the wizard stops showing it."),
            {option(QStringLiteral("category"), tr("incident add: the category it concerns."), QStringLiteral("CATEGORY")),
             option(QStringLiteral("location"), tr("incident add: where; the wizard shows it to the people there."),
                    QStringLiteral("WHERE")),
             option(QStringLiteral("message"), tr("incident add: what the wizard tells them."), QStringLiteral("TEXT")),
             option(QStringLiteral("make"), tr("incident add: the make of the device (with --model)."),
                    QStringLiteral("MAKE")),
             option(QStringLiteral("model"), tr("incident add: the model of the device (with --make)."),
                    QStringLiteral("MODEL")),
             option(QStringLiteral("asset-tag"), tr("incident add: the asset tag of the device."), QStringLiteral("TAG")),
             option(QStringLiteral("all"), tr("incident list: resolved incidents too."))},
            &IncidentCommands::incident};
}

Command CommandTable::configCommand()
{
    return {QStringLiteral("config"),
            QStringLiteral("show | get KEY | set KEY VALUE [--system] | unset KEY [--system]"),
            tr("Show, read, write or remove the settings."),
            tr("config show: every setting that applies and where it comes from. config get KEY: the value of one "
               "setting that applies. config set KEY VALUE: write a setting for this user, or with --system for "
               "every user of this computer. config unset KEY: remove a setting. Keys: database (a URL without "
               "password), database.sslmode, database.sslrootcert, database.locked (--system)."),
            {option(QStringLiteral("system"),
                    tr("config set and config unset: the system setting, for every user of this computer."))},
            &SetupCommands::config};
}

QList<QCommandLineOption> CommandTable::globalOptions()
{
    return {
        option(QStringLiteral("database"),
               tr("sqlite:/path/to/helpdesk.sqlite or postgresql://user@host:port/dbname. Without it: "
                  "$HELPDESK_DATABASE, else the user setting (unless locked), else the system setting, else %1")
                   .arg(DatabaseChoice::defaultUrl()),
               QStringLiteral("URL")),
        option(QStringLiteral("lang"), tr("Language of the output: en or ru."), QStringLiteral("LANG")),
        option(QStringLiteral("self-test"),
               tr("Check the database (reachable, schema version, role and permissions), the device catalogue and "
                  "the translations; print a checklist. Changes nothing; exit status 0 only when all pass.")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")},
                           tr("Show this help; after a command, the help of that command.")),
        QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version.")),
    };
}

QString CommandTable::helpText(const QList<Command> &commands)
{
    int width = 0;
    for (const Command &command : commands)
        width = std::max(width, int(command.name.size()));
    const int summaryColumn = CommandIndent + width + 2;
    QString text = usageLine(tr("COMMAND [options]")) + QStringLiteral("\n\n")
                   + tr("Administers the Helpdesk Intake database.") + QStringLiteral("\n\n") + tr("Commands:")
                   + QLatin1Char('\n');
    for (const Command &command : commands) {
        text += QString(CommandIndent, QLatin1Char(' ')) + command.name.leftJustified(width + 2)
                + wrapped(command.summary, summaryColumn) + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') + optionsHelp(globalOptions()) + QLatin1Char('\n')
           + wrapped(tr("“%1 COMMAND --help” shows what one command takes.").arg(AdminTool::programName()), 0)
           + QLatin1Char('\n');
}

QString CommandTable::commandHelp(const Command &command)
{
    // Continued lines of the usage under its first word after "Usage: ".
    constexpr int UsageIndent = 7;
    QString text = wrapped(usageLine(command.synopsis.isEmpty() ? command.name
                                                                : command.name + QLatin1Char(' ') + command.synopsis),
                           UsageIndent);
    text += QStringLiteral("\n\n") + wrapped(command.summary, 0) + QLatin1Char('\n');
    if (!command.details.isEmpty())
        text += QLatin1Char('\n') + wrapped(command.details, 0) + QLatin1Char('\n');
    if (!command.options.isEmpty())
        text += QLatin1Char('\n') + optionsHelp(command.options);
    return text + QLatin1Char('\n')
           + wrapped(tr("The options of every command (--database, --lang): %1 --help.").arg(AdminTool::programName()), 0)
           + QLatin1Char('\n');
}

const Command *CommandTable::find(const QList<Command> &commands, const QString &name)
{
    for (const Command &command : commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QList<QCommandLineOption> CommandTable::options(const QList<Command> &commands)
{
    QList<QCommandLineOption> all;
    QStringList names;
    for (const Command &command : commands) {
        for (const QCommandLineOption &option : command.options) {
            if (names.contains(option.names().constFirst()))
                continue;
            names.append(option.names().constFirst());
            all.append(option);
        }
    }
    return all;
}

QStringList CommandTable::owners(const QList<Command> &commands, const QString &name)
{
    QStringList found;
    for (const Command &command : commands) {
        for (const QCommandLineOption &option : command.options) {
            if (option.names().contains(name))
                found.append(command.name);
        }
    }
    return found;
}

} // namespace Helpdesk
