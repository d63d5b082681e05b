#include "admintool.h"

#include "store/agentaccounts.h"
#include "store/demoseeder.h"

#include "delivery/reportjson.h"
#include "devices/devicecatalog.h"
#include "model/csv.h"
#include "model/prioritymatrix.h"
#include "model/report.h"
#include "model/taxonomy.h"
#include "runtime/application.h"
#include "runtime/config.h"
#include "runtime/selftest.h"
#include "runtime/systemaccount.h"
#include "store/database.h"
#include "store/deviceinventory.h"
#include "store/incidentstore.h"
#include "store/reportstore.h"
#include "triage/triage.h"

#include <QAtomicInt>
#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTextStream>

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace Helpdesk {

namespace {

constexpr int DefaultListLimit = 50;
constexpr int DescriptionIndent = 4;
// One report is a few kilobytes (the description stops at 4,000 characters);
// its attachments travel as base64, a third bigger than the files. Anything
// bigger is a script piping the wrong thing, not a report.
constexpr qint64 MaxReportBytes = 1024 * 1024;
constexpr qint64 MaxSubmitBytes = MaxReportBytes + FieldRules::AttachmentsMax * (FieldRules::AttachmentSizeMax / 3 + 1) * 4;

QString programName()
{
    return QStringLiteral("helpdesk-admin");
}

// Both local, minute precision: what an agent reads off a wall clock.
QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonValue jsonValue(const QVariant &value)
{
    // The driver hands back NULL columns as typed null variants; JSON wants null,
    // not "" or 0, so "never entered" stays distinguishable from "empty".
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue::fromVariant(value);
}

} // namespace

AdminTool::AdminTool()
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("helpdesk-admin-%1").arg(counter.fetchAndAddRelaxed(1));
}

AdminTool::~AdminTool()
{
    Database::close(m_connectionName);
}

QString AdminTool::requestedLanguage(const QStringList &arguments)
{
    return languageArgument(arguments);
}

QString AdminTool::helpText()
{
    // Written out rather than QCommandLineParser::helpText(): that one has no
    // place for subcommands and names the test binary when run in-process.
    return tr("Usage: %1 [--database URL] [--lang en|ru] COMMAND [options]\n"
              "\n"
              "Administers the Helpdesk Intake database.\n"
              "\n"
              "Commands:\n"
              "  init                      Create the database or bring its schema up to date;\n"
              "                            print where it is and its schema version.\n"
              "  list [--limit N]          Newest reports first, one per line\n"
              "                            (default %2; --limit 0 lists all).\n"
              "  show TICKET               Every field of one report, e.g. show HD-000042,\n"
              "                            and its attachments: number, name, type, size.\n"
              "  attachment TICKET N --output FILE\n"
              "                            Save attachment N of a report (as show numbers\n"
              "                            them) to FILE, after checking its SHA-256.\n"
              "  export --format csv|json [--output FILE]\n"
              "                            All reports, oldest first, to standard output or FILE.\n"
              "  submit                    File one report read as JSON from standard input\n"
              "                            and print its ticket number.\n"
              "  add-reporter LOGIN        PostgreSQL: let an existing login file reports\n"
              "                            and read its own.\n"
              "  add-agent LOGIN [--name NAME]\n"
              "                            PostgreSQL: let an existing login read and\n"
              "                            update all reports. SQLite: create the agent or\n"
              "                            set a new password, read from standard input (asked\n"
              "                            twice, hidden, on a terminal).\n"
              "  import-devices FILE.csv   Add or update devices of the inventory from a CSV\n"
              "                            file with a header row: asset_tag,kind,make,model,\n"
              "                            name,location,notes (asset_tag and kind required).\n"
              "  export-devices [--output FILE]\n"
              "                            The device inventory as CSV, by asset tag, to\n"
              "                            standard output or FILE.\n"
              "  catalog search TEXT [--kind KIND]\n"
              "                            Makes and models of the built-in device catalogue\n"
              "                            that match TEXT, best first, one MAKE<TAB>MODEL per\n"
              "                            line; \"\" lists them all. Needs no database.\n"
              "  triage                    Check texts read from standard input, one per line:\n"
              "                            one JSON object per line, {\"vague\": true|false,\n"
              "                            \"secrets\": [{\"kind\", \"start\", \"end\"}]} (offsets in\n"
              "                            characters of that line). Needs no database.\n"
              "  seed-demo --reports N     Add N invented demo reports (all categories, real\n"
              "                            devices, Russian and English text, the last 90\n"
              "                            days). Never on a real helpdesk database.\n"
              "  incident add TITLE [--category C] [--location WHERE] [--message TEXT]\n"
              "           [--make MAKE --model MODEL] [--asset-tag TAG]\n"
              "                            Post a known incident; the wizard shows it to the\n"
              "                            people at WHERE (everyone without --location).\n"
              "  incident list [--all]     Active incidents (--all: resolved ones too).\n"
              "  incident show INC-0007    One incident and the people it affects.\n"
              "  incident resolve INC-0007 The incident is over; the wizard stops showing it.\n"
              "  priority                  The priority matrix (impact x urgency -> P1..P4)\n"
              "                            and the response time of each priority.\n"
              "  priority set IMPACT URGENCY P\n"
              "                            e.g. priority set me blocked 2.\n"
              "  priority response P MINUTES\n"
              "                            e.g. priority response 2 120.\n"
              "  config show               Every setting that applies and where it comes from.\n"
              "  config get KEY            The value of one setting that applies.\n"
              "  config set KEY VALUE [--system]\n"
              "                            Write a setting for this user, or with --system for\n"
              "                            every user of this computer. Keys: database (a URL\n"
              "                            without password), database.sslmode,\n"
              "                            database.sslrootcert, database.locked (--system).\n"
              "  config unset KEY [--system]\n"
              "                            Remove a setting.\n"
              "  help                      Show this help.\n"
              "\n"
              "Options:\n"
              "  --database URL            sqlite:/path/to/helpdesk.sqlite or\n"
              "                            postgresql://user@host:port/dbname. Without it:\n"
              "                            $HELPDESK_DATABASE, else the user setting (unless\n"
              "                            locked), else the system setting, else\n"
              "                            %3\n"
              "  --lang en|ru              Language of the output.\n"
              "  --self-test               Check the database (reachable, schema version,\n"
              "                            role and permissions), the device catalogue and\n"
              "                            the translations; print a checklist. Changes\n"
              "                            nothing; exit status 0 only when all pass.\n"
              "  -h, --help                Show this help.\n"
              "  -v, --version             Show the version.\n",
              "Help of helpdesk-admin; keep the command and option names untranslated")
        .arg(programName())
        .arg(DefaultListLimit)
        .arg(Database::defaultUrl());
}

int AdminTool::usageError(QTextStream &err, const QString &message) const
{
    err << programName() << ": " << message << "\n\n" << helpText();
    return UsageError;
}

bool AdminTool::openDatabase(QTextStream &err)
{
    Database::Source source = Database::Source::Default;
    m_url = Database::resolveUrl(m_databaseOption, &source);
    m_urlSource = int(source);
    QString error;
    if (!Database::open(m_url, m_connectionName, &error)) {
        err << programName() << ": " << error << '\n';
        return false;
    }
    return true;
}

int AdminTool::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QFile in;
    // Left closed if there is no standard input at all; submit then says it cannot read it.
    in.open(stdin, QIODevice::ReadOnly);
    return run(arguments, in, out, err);
}

int AdminTool::run(const QStringList &arguments, QIODevice &in, QTextStream &out, QTextStream &err)
{
    const auto flush = qScopeGuard([&] {
        out.flush();
        err.flush();
    });
    // A tool may be run twice (tests do); each run opens its own connection.
    Database::close(m_connectionName);

    // One parser knows every option, so global options may come before or
    // after the command; options that belong to another command are refused below.
    QCommandLineParser parser;
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")},
                                        QString());
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, QString());
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"), QString());
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("URL"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), QString(), QStringLiteral("KIND"));
    // incident add
    const QCommandLineOption categoryOption(QStringLiteral("category"), QString(), QStringLiteral("CATEGORY"));
    const QCommandLineOption locationOption(QStringLiteral("location"), QString(), QStringLiteral("WHERE"));
    const QCommandLineOption messageOption(QStringLiteral("message"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption makeOption(QStringLiteral("make"), QString(), QStringLiteral("MAKE"));
    const QCommandLineOption modelOption(QStringLiteral("model"), QString(), QStringLiteral("MODEL"));
    const QCommandLineOption assetTagOption(QStringLiteral("asset-tag"), QString(), QStringLiteral("TAG"));
    const QCommandLineOption allOption(QStringLiteral("all"), QString()); // incident list
    const QCommandLineOption systemOption(QStringLiteral("system"), QString());
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("NAME"));       // add-agent
    const QCommandLineOption reportsOption(QStringLiteral("reports"), QString(), QStringLiteral("N"));    // seed-demo
    parser.addOptions({helpOption, versionOption, selfTestOption, databaseOption, langOption, limitOption, formatOption,
                       outputOption, kindOption, categoryOption, locationOption, messageOption, makeOption,
                       modelOption, assetTagOption, allOption, systemOption, nameOption, reportsOption});

    if (!parser.parse(arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpOption)) {
        out << helpText();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        out << programName() << ' ' << QStringLiteral(HELPDESK_VERSION) << '\n';
        return Success;
    }
    if (parser.isSet(langOption) && !supportedLanguages().contains(parser.value(langOption))) {
        return usageError(err, tr("Unknown language “%1”; choose one of: %2.")
                                   .arg(parser.value(langOption), supportedLanguages().join(QStringLiteral(", "))));
    }
    m_databaseOption = parser.value(databaseOption);

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(selfTestOption)) {
        if (!positional.isEmpty())
            return usageError(err, tr("--self-test takes no command; “%1” is one too many.").arg(positional.constFirst()));
        const QString language = parser.isSet(langOption) ? parser.value(langOption) : installedLanguage();
        return runSelfTest(language, out);
    }
    if (positional.isEmpty())
        return usageError(err, tr("No command given."));
    const QString command = positional.constFirst();
    const QStringList commandArguments = positional.mid(1);

    static const QStringList commands = {QStringLiteral("init"), QStringLiteral("list"), QStringLiteral("show"),
                                         QStringLiteral("export"), QStringLiteral("submit"),
                                         QStringLiteral("add-reporter"), QStringLiteral("add-agent"),
                                         QStringLiteral("import-devices"), QStringLiteral("export-devices"),
                                         QStringLiteral("catalog"), QStringLiteral("triage"),
                                         QStringLiteral("incident"), QStringLiteral("priority"),
                                         QStringLiteral("attachment"), QStringLiteral("config"),
                                         QStringLiteral("seed-demo"), QStringLiteral("help")};
    if (!commands.contains(command))
        return usageError(err, tr("Unknown command “%1”.").arg(command));

    const struct
    {
        const QCommandLineOption &option;
        QStringList commands; // the commands the option belongs to
    } ownedOptions[] = {{limitOption, {QStringLiteral("list")}},
                        {formatOption, {QStringLiteral("export")}},
                        {outputOption, {QStringLiteral("export"), QStringLiteral("export-devices"),
                                        QStringLiteral("attachment")}},
                        {kindOption, {QStringLiteral("catalog")}},
                        {categoryOption, {QStringLiteral("incident")}},
                        {locationOption, {QStringLiteral("incident")}},
                        {messageOption, {QStringLiteral("incident")}},
                        {makeOption, {QStringLiteral("incident")}},
                        {modelOption, {QStringLiteral("incident")}},
                        {assetTagOption, {QStringLiteral("incident")}},
                        {allOption, {QStringLiteral("incident")}},
                        {systemOption, {QStringLiteral("config")}},
                        {nameOption, {QStringLiteral("add-agent")}},
                        {reportsOption, {QStringLiteral("seed-demo")}}};
    for (const auto &owned : ownedOptions) {
        if (parser.isSet(owned.option) && !owned.commands.contains(command))
            return usageError(err, tr("The option --%1 belongs to the %2 command, not to %3.")
                                       .arg(owned.option.names().constFirst(),
                                            owned.commands.join(QStringLiteral(" / ")), command));
    }

    // Settings files only: no database is opened, none is created.
    if (command == QLatin1String("config"))
        return runConfig(commandArguments, parser.isSet(systemOption), out, err);

    // The catalogue is built in: no database is opened, none is created.
    if (command == QLatin1String("catalog"))
        return runCatalog(commandArguments, parser.isSet(kindOption), parser.value(kindOption), out, err);

    if (command == QLatin1String("incident")) {
        Incident incident;
        incident.category = parser.value(categoryOption).trimmed();
        incident.location = parser.value(locationOption);
        incident.message = parser.value(messageOption);
        incident.deviceMake = parser.value(makeOption);
        incident.deviceModel = parser.value(modelOption);
        incident.assetTag = parser.value(assetTagOption);
        const bool addOnly = parser.isSet(categoryOption) || parser.isSet(locationOption) || parser.isSet(messageOption)
            || parser.isSet(makeOption) || parser.isSet(modelOption) || parser.isSet(assetTagOption);
        const QString sub = commandArguments.value(0);
        if (addOnly && sub != QLatin1String("add"))
            return usageError(err, tr("--category, --location, --message, --make, --model and --asset-tag belong to "
                                      "incident add."));
        if (parser.isSet(allOption) && sub != QLatin1String("list"))
            return usageError(err, tr("--all belongs to incident list."));
        return runIncident(commandArguments, incident, parser.isSet(allOption), out, err);
    }
    if (command == QLatin1String("priority"))
        return runPriority(commandArguments, out, err);

    const bool grantsRole = command == QLatin1String("add-reporter") || command == QLatin1String("add-agent");
    const bool importsDevices = command == QLatin1String("import-devices");
    const bool savesAttachment = command == QLatin1String("attachment");
    const int expectedArguments = savesAttachment ? 2
        : command == QLatin1String("show") || grantsRole || importsDevices ? 1 : 0;
    if (commandArguments.size() < expectedArguments)
        return usageError(err, savesAttachment
                               ? tr("The %1 command needs a ticket number and the number of the attachment, "
                                    "e.g. %1 HD-000042 1 --output screenshot.png.").arg(command)
                               : importsDevices ? tr("The %1 command needs a CSV file, e.g. %1 devices.csv.").arg(command)
                               : grantsRole
                                   ? tr("The %1 command needs a database login, e.g. %1 ivanov.").arg(command)
                                   : tr("The %1 command needs a ticket number, e.g. %1 HD-000042.").arg(command));
    if (commandArguments.size() > expectedArguments)
        return usageError(err, tr("Unexpected argument “%1” for the %2 command.")
                                   .arg(commandArguments.at(expectedArguments), command));

    // Everything that needs no database is checked before one is opened, so a
    // typo never leaves an empty database file behind.
    if (command == QLatin1String("help")) {
        out << helpText();
        return Success;
    }
    if (command == QLatin1String("triage"))
        return runTriage(in, out, err); // pure text checks: no database
    if (command == QLatin1String("init"))
        return openDatabase(err) ? runInit(out, err) : Failure;
    if (command == QLatin1String("seed-demo")) {
        bool ok = false;
        const qint64 count = parser.value(reportsOption).trimmed().toLongLong(&ok);
        if (!parser.isSet(reportsOption) || !ok || count <= 0)
            return usageError(err, tr("seed-demo needs --reports N, a whole number above 0."));
        return openDatabase(err) ? runSeedDemo(count, out, err) : Failure;
    }
    if (command == QLatin1String("list")) {
        int limit = DefaultListLimit;
        if (parser.isSet(limitOption)) {
            bool ok = false;
            limit = parser.value(limitOption).trimmed().toInt(&ok);
            if (!ok || limit < 0)
                return usageError(err, tr("--limit needs a whole number of reports, 0 for all; “%1” is not one.")
                                           .arg(parser.value(limitOption)));
        }
        return openDatabase(err) ? runList(limit, out, err) : Failure;
    }
    if (command == QLatin1String("show")) {
        const QString ticket = commandArguments.constFirst();
        const qint64 id = parseTicket(ticket);
        if (id <= 0) {
            err << programName() << ": "
                << tr("“%1” is not a ticket number; write it like HD-000042.").arg(ticket) << '\n';
            return Failure;
        }
        return openDatabase(err) ? runShow(id, out, err) : Failure;
    }
    if (savesAttachment) {
        const QString ticket = commandArguments.constFirst();
        const qint64 id = parseTicket(ticket);
        bool numberOk = false;
        const int position = commandArguments.at(1).trimmed().toInt(&numberOk);
        if (!numberOk || position < 1)
            return usageError(err, tr("“%1” is not the number of an attachment; “%2 show %3” lists them as 1, 2, …")
                                       .arg(commandArguments.at(1), programName(), ticket));
        if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
            return usageError(err, tr("The %1 command needs --output FILE: where to save the attachment.")
                                       .arg(command));
        if (id <= 0) {
            err << programName() << ": "
                << tr("“%1” is not a ticket number; write it like HD-000042.").arg(ticket) << '\n';
            return Failure;
        }
        return openDatabase(err) ? runAttachment(id, position, parser.value(outputOption), out, err) : Failure;
    }
    if (command == QLatin1String("submit"))
        return runSubmit(in, out, err); // opens the database itself, once the report is known to be valid
    if (grantsRole) {
        const QString role = command == QLatin1String("add-agent") ? QStringLiteral("helpdesk_agent")
                                                                   : QStringLiteral("helpdesk_reporter");
        if (!openDatabase(err))
            return Failure;
        // The embedded database has no roles but its own agent accounts.
        if (role == QLatin1String("helpdesk_agent") && AgentAccounts(m_connectionName).keepsAccounts())
            return runAddAgent(commandArguments.constFirst(), parser.value(nameOption), in, out, err);
        if (parser.isSet(nameOption))
            return usageError(err, tr("--name is for agents of the embedded database; on PostgreSQL the login "
                                      "is the name."));
        return runGrant(commandArguments.constFirst(), role, out, err);
    }
    if (importsDevices)
        return runImportDevices(commandArguments.constFirst(), in, out, err); // opens the file, then the database
    if (command == QLatin1String("export-devices")) {
        if (parser.isSet(outputOption) && parser.value(outputOption).isEmpty())
            return usageError(err, tr("--output needs a file name."));
        return openDatabase(err) ? runExportDevices(parser.value(outputOption), out, err) : Failure;
    }
    // export
    if (!parser.isSet(formatOption))
        return usageError(err, tr("The export command needs --format csv or --format json."));
    const QString format = parser.value(formatOption).trimmed().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(err, tr("Unknown export format “%1”; use csv or json.").arg(parser.value(formatOption)));
    if (parser.isSet(outputOption) && parser.value(outputOption).isEmpty())
        return usageError(err, tr("--output needs a file name."));
    return openDatabase(err) ? runExport(format, parser.value(outputOption), out, err) : Failure;
}

int AdminTool::runGrant(const QString &login, const QString &role, QTextStream &out, QTextStream &err)
{
    QString error;
    switch (AgentAccounts(m_connectionName).grantRole(login, role, &error)) {
    case AgentAccounts::GrantResult::Granted:
        break;
    case AgentAccounts::GrantResult::NoRoles:
        err << programName() << ": "
            << tr("Reporter and agent roles exist only on a shared PostgreSQL database; the embedded database "
                  "has none to grant.")
            << '\n';
        return Failure;
    case AgentAccounts::GrantResult::NoSuchLogin:
        err << programName() << ": "
            << tr("There is no login “%1” on the database server. Create it first "
                  "(for example CREATE ROLE \"%1\" LOGIN), then run this again.")
                   .arg(login)
            << '\n';
        return Failure;
    case AgentAccounts::GrantResult::Failed:
        err << programName() << ": " << error << '\n';
        return Failure;
    }
    out << tr("%1 now has the role %2.").arg(login, role) << '\n';
    return Success;
}

int AdminTool::runConfig(const QStringList &arguments, bool system, QTextStream &out, QTextStream &err)
{
    const QString action = arguments.value(0);
    const int expected = action == QLatin1String("set") ? 3 : action == QLatin1String("show") ? 1 : 2;
    if (action != QLatin1String("set") && action != QLatin1String("get") && action != QLatin1String("unset")
        && action != QLatin1String("show"))
        return usageError(err, tr("The config command is config show, config get KEY, config set KEY VALUE "
                                  "[--system] or config unset KEY [--system]."));
    if (arguments.size() != expected)
        return usageError(err, arguments.size() < expected
                                   ? tr("config %1 needs %2.").arg(action, action == QLatin1String("set")
                                                                                 ? tr("a key and a value")
                                                                                 : tr("a key"))
                                   : tr("Unexpected argument “%1” for config %2.").arg(arguments.at(expected), action));
    if (system && (action == QLatin1String("get") || action == QLatin1String("show")))
        return usageError(err, tr("--system belongs to config set and config unset; config %1 shows the value "
                                  "that applies.").arg(action));
    const QString key = arguments.value(1);
    if (action != QLatin1String("show") && !Config::keys().contains(key)) {
        err << programName() << ": "
            << tr("Unknown setting “%1”; the settings are: %2.").arg(key, Config::keys().join(QStringLiteral(", ")))
            << '\n';
        return Failure;
    }

    auto describe = [](Config::Scope scope) {
        return scope == Config::Scope::User ? tr("from the user setting") : tr("from the system setting");
    };
    const QString databaseKey = Config::keys().constFirst();
    if (action == QLatin1String("show") || action == QLatin1String("get")) {
        Database::Source source = Database::Source::Default;
        const QString url = Config::withoutPassword(Database::resolveUrl(m_databaseOption, &source));
        if (action == QLatin1String("get") && key == databaseKey) {
            out << url << '\n';
            return Success;
        }
        if (action == QLatin1String("get")) {
            Config::Scope scope = Config::Scope::User;
            const QString value = Config::value(key, &scope);
            if (value.isEmpty())
                return Failure; // not set: nothing to print, as `git config --get` does
            out << value << '\n';
            return Success;
        }
        out << databaseKey << " = " << url << "  (" << Database::sourceDescription(source) << ")\n";
        for (const QString &other : Config::keys().mid(1)) {
            Config::Scope scope = Config::Scope::User;
            const QString value = Config::value(other, &scope);
            out << other << " = ";
            if (value.isEmpty())
                out << tr("(not set)");
            else
                out << value << "  (" << describe(scope) << ')';
            out << '\n';
        }
        out << tr("User settings: %1").arg(Config::fileName(Config::Scope::User)) << '\n'
            << tr("System settings: %1").arg(Config::fileName(Config::Scope::System)) << '\n';
        if (Config::databaseLocked())
            out << tr("The system setting is locked: the user's database settings are ignored.") << '\n';
        return Success;
    }

    const Config::Scope scope = system ? Config::Scope::System : Config::Scope::User;
    QString value = action == QLatin1String("set") ? arguments.at(2) : QString();
    // A relative SQLite path would mean a different file in every program's
    // working folder: the setting keeps the absolute one.
    if (key == Config::keys().constFirst()) {
        const auto url = DatabaseUrl::parse(value, nullptr);
        if (url && url->backend == DatabaseUrl::Backend::Sqlite)
            value = QStringLiteral("sqlite:") + url->path;
    }
    if (action == QLatin1String("set") && value.trimmed().isEmpty())
        return usageError(err, tr("config set needs a value; to remove a setting use config unset %1.").arg(key));
    QString error = Config::validate(key, value, scope);
    if (error.isEmpty())
        Config::write(scope, key, value, &error);
    if (!error.isEmpty()) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }
    out << (action == QLatin1String("set") ? tr("%1 set in %2.") : tr("%1 removed from %2."))
               .arg(key, Config::fileName(scope))
        << '\n';
    return Success;
}

int AdminTool::runSelfTest(const QString &language, QTextStream &out)
{
    SelfTest::Options options;
    options.url = Database::resolveUrl(m_databaseOption, &options.source);
    options.language = language;
    const QList<SelfTestCheck> checks = SelfTest::run(options);
    out << SelfTest::format(programName(), checks);
    return SelfTest::allPassed(checks) ? Success : Failure;
}

namespace {

// One line of `in` without its line end; false at the end of the input.
bool readLine(QIODevice &in, QString *line)
{
    if (!in.isReadable())
        return false;
    QByteArray bytes = in.readLine();
    if (bytes.isEmpty() && !in.waitForReadyRead(-1))
        return false;
    if (bytes.isEmpty())
        bytes = in.readLine();
    if (bytes.isEmpty())
        return false;
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    *line = QString::fromUtf8(bytes);
    return true;
}

// The terminal `in` reads from, or -1 when it is a pipe, a file or a buffer.
int terminalOf(QIODevice &in)
{
    auto *file = qobject_cast<QFile *>(&in);
    const int fd = file ? file->handle() : -1;
    return fd >= 0 && ::isatty(fd) ? fd : -1;
}

} // namespace

int AdminTool::runAddAgent(const QString &login, const QString &displayName, QIODevice &in, QTextStream &out,
                           QTextStream &err)
{
    QString password;
    const int terminal = terminalOf(in);
    if (terminal >= 0) {
        // Asked twice, without echo: nobody reads it over a shoulder, and a typo
        // does not lock the agent out at the first sign-in.
        termios saved {};
        const bool hide = ::tcgetattr(terminal, &saved) == 0;
        if (hide) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(terminal, TCSAFLUSH, &silent);
        }
        const auto restore = qScopeGuard([&] {
            if (hide)
                ::tcsetattr(terminal, TCSAFLUSH, &saved);
        });
        QString again;
        err << tr("Password for %1: ").arg(login);
        err.flush();
        const bool first = readLine(in, &password);
        err << '\n' << tr("The same password again: ");
        err.flush();
        const bool second = first && readLine(in, &again);
        err << '\n'; // the Enter typed was not echoed
        err.flush();
        if (!second) {
            err << programName() << ": " << tr("No password given; the agent was not saved.") << '\n';
            return Failure;
        }
        if (password != again) {
            err << programName() << ": " << tr("The two passwords differ; the agent was not saved.") << '\n';
            return Failure;
        }
    } else if (!readLine(in, &password)) {
        err << programName() << ": "
            << tr("No password on standard input: pipe it in, e.g. printf '%s\\n' \"$PASSWORD\" | %1 add-agent %2.")
                   .arg(programName(), login)
            << '\n';
        return Failure;
    }

    bool created = false;
    QString error;
    if (!AgentAccounts(m_connectionName).setAgent(login, displayName, password, &created, &error)) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }
    out << (created ? tr("Agent %1 added; they sign in to helpdesk-review with this password.")
                    : tr("Agent %1 has a new password."))
               .arg(login.trimmed())
        << '\n';
    return Success;
}

int AdminTool::runSeedDemo(qint64 count, QTextStream &out, QTextStream &err)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool ok = DemoSeeder(m_connectionName).seed(count, &error, [&](qint64 done) {
        if (done % 100000 == 0 && done < count) {
            err << tr("%1 of %2 reports…").arg(done).arg(count) << '\n';
            err.flush();
        }
    });
    if (!ok) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }
    const double seconds = std::max<qint64>(timer.elapsed(), 1) / 1000.0;
    out << tr("Added %1 demo reports in %2 s (%3 per second).")
               .arg(count)
               .arg(seconds, 0, 'f', 1)
               .arg(qint64(count / seconds))
        << '\n';
    return Success;
}

int AdminTool::runInit(QTextStream &out, QTextStream &err)
{
    QString error;
    const auto url = DatabaseUrl::parse(m_url, &error); // parsed fine already: open() succeeded
    const int version = Database::schemaVersion(m_connectionName, &error);
    if (version < 0) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }
    const qint64 reports = ReportStore(m_connectionName).count(&error);
    if (reports < 0) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }

    const QString source = Database::sourceDescription(Database::Source(m_urlSource));
    // toDisplayString(): the password in a PostgreSQL URL never reaches a terminal or a log.
    out << tr("Database: %1 (%2)").arg(url->toDisplayString(), source) << '\n'
        << tr("Schema version: %1").arg(version) << '\n'
        << tr("Reports: %1").arg(reports) << '\n';
    return Success;
}

int AdminTool::runList(int limit, QTextStream &out, QTextStream &err)
{
    QString error;
    const QList<Report> reports = ReportStore(m_connectionName).list(limit, &error);
    if (!error.isEmpty()) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }
    if (reports.isEmpty()) {
        out << tr("No reports yet.") << '\n';
        return Success;
    }

    QList<QStringList> rows;
    rows.append({tr("Ticket"), tr("Created"), tr("Status"), tr("Priority"), tr("Category"), tr("Reporter"),
                 tr("Summary")});
    const Taxonomy &taxonomy = Taxonomy::instance();
    for (const Report &report : reports) {
        const Category *category = taxonomy.category(report.category);
        rows.append({report.ticket(), formatTime(report.createdAt), Taxonomy::statusName(report.status),
                     Taxonomy::priorityName(report.priority),
                     category ? category->displayName() : report.category, report.contact.name,
                     report.summary});
    }
    // Pad every column but the last to its widest cell, so the table reads down.
    const int columns = int(rows.constFirst().size());
    QList<int> widths(columns, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int c = 0; c < columns - 1; ++c)
            widths[c] = std::max(widths.at(c), int(row.at(c).size()));
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int c = 0; c < columns - 1; ++c)
            line += row.at(c).leftJustified(widths.at(c)) + QStringLiteral("  ");
        out << line << row.constLast() << '\n';
    }
    return Success;
}

int AdminTool::runShow(qint64 id, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<Report> found = ReportStore(m_connectionName).find(id, &error);
    if (!found) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }
    const Report &r = *found;
    const Taxonomy &taxonomy = Taxonomy::instance();
    QStringList affected; // who said "I'm affected too", with how to reach them
    for (const ReportStore::AffectedPerson &person : ReportStore(m_connectionName).affectedPeople(id, &error)) {
        QStringList reach;
        for (const QString &value : {person.contact.login, person.contact.email, person.contact.phone}) {
            if (!value.isEmpty())
                reach.append(value);
        }
        affected.append(reach.isEmpty() ? person.contact.name
                                        : person.contact.name + QStringLiteral(" (") + reach.join(QStringLiteral(", "))
                                              + QLatin1Char(')'));
    }
    if (!error.isEmpty()) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }

    const QString notGiven = tr("(not given)", "show: a field the reporter left empty");
    auto text = [&notGiven](const QString &value) -> QString { return value.trimmed().isEmpty() ? notGiven : value; };
    // "Paper jam [paper_jam]": the name a person reads and the id a query needs.
    auto named = [&notGiven](const QString &name, const QString &id) -> QString {
        if (id.isEmpty())
            return notGiven;
        return name == id ? id : name + QStringLiteral(" [") + id + QLatin1Char(']');
    };
    const Category *category = taxonomy.category(r.category);
    const Symptom *symptom = taxonomy.symptom(r.category, r.symptom);
    const QString model = r.device.customModel && !r.device.model.isEmpty()
        ? r.device.model + QLatin1Char(' ') + tr("(typed in)", "show: a model not picked from the catalogue")
        : text(r.device.model);

    struct Field
    {
        QString label;
        QString value;
    };
    // An empty label is a blank line between groups.
    const QList<Field> fields = {
        {tr("Ticket:"), r.ticket()},
        {tr("Status:"), named(Taxonomy::statusName(r.status), r.status)},
        {},
        {tr("Category:"), named(category ? category->displayName() : r.category, r.category)},
        {tr("Symptom:"), named(symptom ? symptom->displayName() : r.symptom, r.symptom)},
        {tr("Summary:"), text(r.summary)},
        {tr("Description:"), r.description},
        {tr("Started:"), r.startedAt.isValid() ? formatTime(r.startedAt) : notGiven},
        {tr("Impact:"), named(Taxonomy::impactName(r.impact), r.impact)},
        {tr("Urgency:"), named(Taxonomy::urgencyName(r.urgency), r.urgency)},
        {tr("Priority:"), Taxonomy::priorityName(r.priority)},
        {tr("Vague:"), r.vague ? tr("yes — the reporter sent it as it is; ask what exactly happens") : tr("no")},
        {},
        {tr("Device kind:"), named(Taxonomy::deviceKindName(r.device.kind), r.device.kind)},
        {tr("Make:"), text(r.device.make)},
        {tr("Model:"), model},
        {tr("Asset tag:"), text(r.device.assetTag)},
        {tr("Building:"), text(r.device.building)},
        {tr("Room:"), text(r.device.room)},
        {},
        {tr("Name:"), text(r.contact.name)},
        {tr("Login:"), text(r.contact.login)},
        {tr("Email:"), text(r.contact.email)},
        {tr("Phone:"), text(r.contact.phone)},
        {tr("Department:"), text(r.contact.department)},
        {tr("Location:"), text(r.contact.location)},
        {tr("Preferred contact:"),
         named(Taxonomy::contactMethodName(r.contact.preferredContact), r.contact.preferredContact)},
        {tr("Affected too:"), affected.isEmpty() ? tr("nobody else") : affected.join(QStringLiteral("; "))},
        {},
        {tr("Computer:"), text(r.computerName)},
        {tr("Operating system:"), text(r.operatingSystem)},
        {tr("Filed:"), formatTime(r.createdAt)},
    };
    int width = 0;
    for (const Field &field : fields)
        width = std::max(width, int(field.label.size()));

    const QString descriptionLabel = tr("Description:");
    for (const Field &field : fields) {
        if (field.label.isEmpty()) {
            out << '\n';
            continue;
        }
        if (field.label == descriptionLabel) {
            QString description = field.value;
            description.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            if (description.trimmed().isEmpty()) {
                out << field.label.leftJustified(width + 1) << notGiven << '\n';
            } else {
                // On lines of its own, indented, so it cannot be mistaken for a field.
                out << field.label << '\n';
                const QStringList lines = description.split(QLatin1Char('\n'));
                for (const QString &line : lines)
                    out << QString(DescriptionIndent, QLatin1Char(' ')) << line << '\n';
            }
            continue;
        }
        out << field.label.leftJustified(width + 1) << field.value << '\n';
    }

    // Attachments: the number `attachment TICKET N` takes, name, type, size.
    const QList<Attachment> attachments = ReportStore(m_connectionName).attachments(id, &error);
    if (!error.isEmpty()) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }
    out << '\n';
    const QString attachmentsLabel = tr("Attachments:");
    if (attachments.isEmpty()) {
        out << attachmentsLabel.leftJustified(width + 1) << tr("none") << '\n';
        return Success;
    }
    out << attachmentsLabel << '\n';
    int nameWidth = 0;
    int typeWidth = 0;
    for (const Attachment &attachment : attachments) {
        nameWidth = std::max(nameWidth, int(attachment.fileName.size()));
        typeWidth = std::max(typeWidth, int(attachment.mimeType.size()));
    }
    for (const Attachment &attachment : attachments) {
        out << QString(DescriptionIndent, QLatin1Char(' ')) << attachment.position << "  "
            << attachment.fileName.leftJustified(nameWidth) << "  " << attachment.mimeType.leftJustified(typeWidth)
            << "  " << Attachment::formatSize(attachment.size) << '\n';
    }
    return Success;
}

int AdminTool::runAttachment(qint64 id, int position, const QString &outputPath, QTextStream &out, QTextStream &err)
{
    QString error;
    const ReportStore store(m_connectionName);
    // "No report HD-…" rather than "HD-… has no attachment 1" when the ticket is wrong.
    if (!store.find(id, &error)) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }
    const std::optional<Attachment> attachment = store.attachment(id, position, &error);
    if (!attachment) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }
    // What was stored is what the reporter attached, or nothing is written.
    if (!attachment->dataMatches()) {
        err << programName() << ": "
            << tr("Attachment %1 of %2 (“%3”) is damaged: its bytes do not match the SHA-256 checksum stored with "
                  "it. Nothing was saved.")
                   .arg(QString::number(position), formatTicket(id), attachment->fileName)
            << '\n';
        return Failure;
    }
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment->data) != attachment->data.size() || !file.commit()) {
        err << programName() << ": " << tr("Cannot write %1: %2").arg(outputPath, file.errorString()) << '\n';
        return Failure;
    }
    out << tr("Saved “%1” (%2, %3, SHA-256 %4) to %5.")
               .arg(attachment->fileName, attachment->mimeType, Attachment::formatSize(attachment->size),
                    attachment->sha256, outputPath)
        << '\n';
    return Success;
}

int AdminTool::runSubmit(QIODevice &in, QTextStream &out, QTextStream &err)
{
    if (!in.isReadable()) {
        err << programName() << ": " << tr("Cannot read standard input: %1").arg(in.errorString()) << '\n';
        return Failure;
    }
    // Read to the end, but never more than a report can be: a runaway pipe
    // must not eat the server's memory.
    QByteArray input;
    while (input.size() <= MaxSubmitBytes) {
        QByteArray chunk(qsizetype(std::min<qint64>(64 * 1024, MaxSubmitBytes + 1 - input.size())), Qt::Uninitialized);
        const qint64 read = in.read(chunk.data(), chunk.size());
        if (read < 0) {
            err << programName() << ": " << tr("Cannot read standard input: %1").arg(in.errorString()) << '\n';
            return Failure;
        }
        if (read > 0) {
            input.append(chunk.constData(), qsizetype(read));
            continue;
        }
        // Nothing yet: a file or a pipe is at its end; a process or socket may still be writing.
        if (!in.waitForReadyRead(-1))
            break;
    }
    if (input.size() > MaxSubmitBytes) {
        err << programName() << ": "
            << tr("Standard input holds more than %1; one report with its largest attachments is less.")
                   .arg(Attachment::formatSize(MaxSubmitBytes))
            << '\n';
        return Failure;
    }
    if (input.trimmed().isEmpty()) {
        err << programName() << ": "
            << tr("Nothing to submit: standard input is empty. Pipe one report as JSON into “%1 submit”.")
                   .arg(programName())
            << '\n';
        return Failure;
    }

    // Checked before the database is opened, so a refused report leaves no
    // trace at all, not even an empty database file.
    QList<FieldError> errors;
    const std::optional<Report> report = ReportJson::parse(input, &errors);
    auto printFieldErrors = [&err](const QList<FieldError> &fieldErrors) {
        // "field: message", one per line: a script greps for the field, a person reads the message.
        for (const FieldError &error : fieldErrors)
            err << error.field << ": " << error.message << '\n';
    };
    if (!report) {
        printFieldErrors(errors);
        return Failure;
    }

    if (!openDatabase(err))
        return Failure;
    const ReportStore::SubmitResult result = ReportStore(m_connectionName).submit(*report);
    if (!result.ok()) {
        if (!result.fieldErrors.isEmpty())
            printFieldErrors(result.fieldErrors); // a rule that depends on the time (started_at) changed its mind
        else
            err << programName() << ": " << result.error << '\n';
        return Failure;
    }
    // Only the ticket: `ticket=$(helpdesk-admin submit < report.json)`.
    out << result.ticket << '\n';
    return Success;
}

int AdminTool::runExport(const QString &format, const QString &outputPath, QTextStream &out, QTextStream &err)
{
    // Straight from the table rather than through Report (ReportStore::exportAll):
    // rows stream out instead of 100 000 reports sitting in memory.
    const bool toFile = !outputPath.isEmpty() && outputPath != QLatin1String("-");
    // QSaveFile: a failed export never leaves a half-written file that looks complete.
    QSaveFile file(outputPath);
    QTextStream fileStream;
    QTextStream *sink = &out;
    const bool csv = format == QLatin1String("csv");
    QStringList columns;
    int idColumn = -1;
    auto begin = [&](const QStringList &names) {
        if (toFile) {
            if (!file.open(QIODevice::WriteOnly)) {
                err << programName() << ": "
                    << tr("Cannot write %1: %2").arg(outputPath, file.errorString()) << '\n';
                return false;
            }
            fileStream.setDevice(&file);
            fileStream.setEncoding(QStringConverter::Utf8);
            sink = &fileStream;
        }
        columns = names;
        idColumn = int(columns.indexOf(QStringLiteral("id")));
        if (csv) {
            QStringList header = {QStringLiteral("ticket")};
            header += columns;
            *sink << header.join(QLatin1Char(',')) << "\r\n";
        } else {
            *sink << "[";
        }
        return true;
    };
    qint64 rows = 0;
    auto row = [&](const QVariantList &values) {
        const QString ticket = formatTicket(values.at(idColumn).toLongLong());
        if (csv) {
            QStringList fields = {ticket};
            for (const QVariant &value : values) {
                // Text a spreadsheet would run as a formula (=, +, -, @) is quoted off.
                fields.append(value.isNull() ? QString()
                              : value.metaType().id() == QMetaType::QString ? csvField(spreadsheetSafe(value.toString()))
                                                                           : csvField(value.toString()));
            }
            *sink << fields.join(QLatin1Char(',')) << "\r\n"; // RFC 4180 record separator
        } else {
            QJsonObject object;
            object.insert(QStringLiteral("ticket"), ticket);
            for (int i = 0; i < columns.size(); ++i)
                object.insert(columns.at(i), jsonValue(values.at(i)));
            // One object per line: greppable, and still one JSON document.
            *sink << (rows == 0 ? "\n" : ",\n")
                  << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        ++rows;
    };
    QString error;
    switch (ReportStore(m_connectionName).exportAll(begin, row, &error)) {
    case ReportStore::ExportResult::Done:
        break;
    case ReportStore::ExportResult::QueryFailed:
        err << programName() << ": " << tr("Cannot read the reports: %1").arg(error) << '\n';
        return Failure;
    case ReportStore::ExportResult::Aborted:
        return Failure;
    case ReportStore::ExportResult::ReadingStopped:
        err << programName() << ": " << tr("Reading the reports stopped: %1").arg(error) << '\n';
        return Failure;
    }
    if (!csv)
        *sink << (rows == 0 ? "]\n" : "\n]\n");

    if (toFile) {
        fileStream.flush();
        if (fileStream.status() != QTextStream::Ok || !file.commit()) {
            err << programName() << ": "
                << tr("Cannot write %1: %2").arg(outputPath, file.errorString()) << '\n';
            return Failure;
        }
        out << tr("Exported %n report(s) to %1.", nullptr, int(rows)).arg(outputPath) << '\n';
    }
    return Success;
}

int AdminTool::runImportDevices(const QString &path, QIODevice &in, QTextStream &out, QTextStream &err)
{
    // The file is opened before the database, so a mistyped name leaves no
    // empty database behind. "-" is standard input, for pipes.
    QFile file(path);
    QIODevice *input = &in;
    if (path != QLatin1String("-")) {
        if (!file.open(QIODevice::ReadOnly)) {
            err << programName() << ": " << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
            return Failure;
        }
        input = &file;
    }
    if (!openDatabase(err))
        return Failure;
    const DeviceInventory::ImportResult result = DeviceInventory(m_connectionName).importCsv(*input);
    if (!result.error.isEmpty()) {
        err << programName() << ": " << path << ": " << result.error << '\n';
        return Failure;
    }
    out << tr("Imported %1 new, updated %2 devices.").arg(result.inserted).arg(result.updated) << '\n';
    // "line 8: asset tag missing": the line a person finds in their editor.
    for (const auto &[line, reason] : result.rowErrors)
        err << tr("line %1: %2", "import-devices: a bad row of the CSV file").arg(line).arg(reason) << '\n';
    return result.rowErrors.isEmpty() ? Success : Failure;
}

int AdminTool::runExportDevices(const QString &outputPath, QTextStream &out, QTextStream &err)
{
    const DeviceInventory inventory(m_connectionName);
    QString error;
    const bool toFile = !outputPath.isEmpty() && outputPath != QLatin1String("-");
    if (!toFile) {
        // Through the text stream the tool was given, so tests read what a
        // terminal would show; an inventory fits in memory many times over.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!inventory.exportCsv(buffer, &error)) {
            err << programName() << ": " << error << '\n';
            return Failure;
        }
        out << QString::fromUtf8(buffer.data());
        return Success;
    }
    // QSaveFile: a failed export never leaves a half-written file that looks complete.
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        err << programName() << ": " << tr("Cannot write %1: %2").arg(outputPath, file.errorString()) << '\n';
        return Failure;
    }
    if (!inventory.exportCsv(file, &error)) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }
    const qint64 devices = inventory.count(&error);
    if (!file.commit()) {
        err << programName() << ": " << tr("Cannot write %1: %2").arg(outputPath, file.errorString()) << '\n';
        return Failure;
    }
    out << tr("Exported %n device(s) to %1.", nullptr, int(std::max<qint64>(devices, 0))).arg(outputPath) << '\n';
    return Success;
}

int AdminTool::runCatalog(const QStringList &arguments, bool kindGiven, const QString &kind, QTextStream &out,
                          QTextStream &err)
{
    if (arguments.isEmpty() || arguments.constFirst() != QLatin1String("search"))
        return usageError(err, arguments.isEmpty()
                                   ? tr("The catalog command needs what to do, e.g. catalog search HL-L2340D.")
                                   : tr("Unknown catalog command “%1”; use catalog search TEXT.")
                                         .arg(arguments.constFirst()));
    if (kindGiven && !Taxonomy::deviceKinds().contains(kind))
        return usageError(err, tr("Unknown kind of device “%1”; choose one of: %2.")
                                   .arg(kind, Taxonomy::deviceKinds().join(QStringLiteral(", "))));
    // Unquoted words are one search: catalog search hl l2340.
    const QString text = arguments.mid(1).join(QLatin1Char(' '));
    const QList<CatalogEntry> found = DeviceCatalog::builtIn().search(text, kindGiven ? kind : QString(), 0);
    if (found.isEmpty()) {
        err << programName() << ": " << tr("Nothing in the device catalogue matches “%1”.").arg(text) << '\n';
        return Failure;
    }
    // Tab-separated: models have spaces, and scripts cut -f2.
    for (const CatalogEntry &entry : found)
        out << entry.make << '\t' << entry.model << '\n';
    return Success;
}

int AdminTool::runTriage(QIODevice &in, QTextStream &out, QTextStream &err)
{
    if (!in.isReadable()) {
        err << programName() << ": " << tr("Cannot read standard input: %1").arg(in.errorString()) << '\n';
        return Failure;
    }
    const Triage &triage = Triage::builtIn();
    // Offsets are counted in Unicode characters, as FieldRules counts them and
    // as a script slicing the line (Python, jq) does, not in UTF-16 units.
    auto characters = [](const QString &text, int utf16Offset) {
        return FieldRules::characterCount(text.left(utf16Offset));
    };
    auto checkLine = [&](QByteArray line) {
        if (line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromUtf8(line);
        QString secrets;
        for (const SecretMatch &match : triage.findSecrets(text)) {
            if (!secrets.isEmpty())
                secrets += QStringLiteral(", ");
            const QByteArray kind = QJsonDocument(QJsonObject{{QStringLiteral("kind"), match.kind}})
                                            .toJson(QJsonDocument::Compact);
            secrets += QStringLiteral("{\"kind\": %1, \"start\": %2, \"end\": %3}")
                               .arg(QString::fromUtf8(kind.mid(8, kind.size() - 9)))
                               .arg(characters(text, match.start))
                               .arg(characters(text, match.end));
        }
        // Written by hand rather than by QJsonDocument, which sorts keys:
        // "vague" first reads better in a terminal.
        out << "{\"vague\": " << (triage.isVague(text) ? "true" : "false") << ", \"secrets\": [" << secrets
            << "]}\n";
        out.flush(); // one answer per line as it comes, so a script can talk to a running process
    };

    // Line by line as input arrives; a line is never longer than a report
    // can be, so a runaway pipe without newlines cannot eat the memory.
    QByteArray pending;
    for (;;) {
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        const qint64 read = in.read(chunk.data(), chunk.size());
        if (read < 0) {
            err << programName() << ": " << tr("Cannot read standard input: %1").arg(in.errorString()) << '\n';
            return Failure;
        }
        if (read == 0) {
            if (in.waitForReadyRead(-1))
                continue;
            break; // end of the file or pipe
        }
        pending.append(chunk.constData(), qsizetype(read));
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            checkLine(pending.left(newline));
            pending.remove(0, newline + 1);
        }
        if (pending.size() > MaxReportBytes) {
            err << programName() << ": " << tr("A line of standard input is longer than 1 MiB; triage checks "
                                               "one text per line.")
                << '\n';
            return Failure;
        }
    }
    if (!pending.isEmpty())
        checkLine(pending);
    return Success;
}

int AdminTool::runIncident(const QStringList &arguments, const Incident &details, bool includeResolved,
                           QTextStream &out, QTextStream &err)
{
    const QString sub = arguments.value(0);
    auto fail = [&](const QString &message) {
        err << programName() << ": " << message << '\n';
        return Failure;
    };
    auto state = [](const Incident &incident) {
        return incident.isActive() ? tr("active") : tr("resolved %1").arg(formatTime(incident.resolvedAt));
    };
    if (sub == QLatin1String("list")) {
        if (arguments.size() > 1)
            return usageError(err, tr("Unexpected argument “%1” for the %2 command.").arg(arguments.at(1), sub));
        if (!openDatabase(err))
            return Failure;
        QString error;
        const QList<Incident> incidents = IncidentStore(m_connectionName).list(includeResolved, &error);
        if (!error.isEmpty())
            return fail(error);
        // Tab-separated: reference, since, state, affected, location, title.
        for (const Incident &i : incidents) {
            out << i.reference() << '\t' << formatTime(i.createdAt) << '\t'
                << state(i) << '\t'
                << tr("%n affected", nullptr, i.affectedCount) << '\t'
                << (i.location.isEmpty() ? tr("everyone") : i.location) << '\t' << i.title << '\n';
        }
        if (incidents.isEmpty())
            err << (includeResolved ? tr("No incidents.") : tr("No active incidents.")) << '\n';
        return Success;
    }
    if (sub == QLatin1String("add")) {
        if (arguments.size() != 2)
            return usageError(err, tr("incident add needs one title, in quotes if it has spaces, e.g. "
                                      "incident add \"Printers on floor 3 are down\"."));
        Incident incident = details;
        incident.title = arguments.at(1);
        if ((incident.deviceMake.isEmpty()) != (incident.deviceModel.isEmpty()))
            return usageError(err, tr("--make and --model go together."));
        if (!openDatabase(err))
            return Failure;
        // A server login is who posted it; the embedded database has none, so the system account is.
        incident.createdBy = Database::serverLogin(m_connectionName).value_or(SystemAccount::current().login);
        QString error;
        const qint64 id = IncidentStore(m_connectionName).add(incident, &error);
        if (id <= 0)
            return fail(error);
        incident.id = id;
        out << incident.reference() << '\n';
        return Success;
    }
    if (sub == QLatin1String("resolve") || sub == QLatin1String("show")) {
        if (arguments.size() != 2)
            return usageError(err, tr("incident %1 needs an incident reference, e.g. incident %1 INC-0007.").arg(sub));
        const qint64 id = IncidentStore::parseReference(arguments.at(1));
        if (id <= 0)
            return fail(tr("“%1” is not an incident reference; write it like INC-0007.").arg(arguments.at(1)));
        if (!openDatabase(err))
            return Failure;
        IncidentStore store(m_connectionName);
        QString error;
        if (sub == QLatin1String("resolve")) {
            if (!store.resolve(id, &error))
                return fail(error);
            out << tr("%1 is resolved; the wizard no longer shows it.").arg(Incident{id}.reference()) << '\n';
            return Success;
        }
        const std::optional<Incident> found = store.find(id, &error);
        if (!found)
            return fail(error);
        const QList<ContactInfo> people = store.affectedPeople(id, &error);
        if (!error.isEmpty())
            return fail(error);
        out << tr("Incident:") << ' ' << found->reference() << '\n'
            << tr("Title:") << ' ' << found->title << '\n'
            << tr("State:") << ' '
            << state(*found) << '\n'
            << tr("Posted:") << ' ' << formatTime(found->createdAt) << ' ' << found->createdBy << '\n'
            << tr("Location:") << ' ' << (found->location.isEmpty() ? tr("everyone") : found->location) << '\n';
        if (!found->category.isEmpty())
            out << tr("Category:") << ' ' << found->category << '\n';
        if (!found->deviceMake.isEmpty() || !found->assetTag.isEmpty())
            out << tr("Device:") << ' '
                << QStringList{found->deviceMake, found->deviceModel, found->assetTag}.join(QLatin1Char(' ')).simplified()
                << '\n';
        if (!found->message.isEmpty())
            out << tr("Message:") << ' ' << found->message << '\n';
        out << tr("Affected (%n):", nullptr, int(people.size())) << '\n';
        for (const ContactInfo &person : people) {
            out << QString(DescriptionIndent, QLatin1Char(' ')) << person.name << '\t' << person.login << '\t'
                << person.email << '\t' << person.phone << '\n';
        }
        return Success;
    }
    return usageError(err, sub.isEmpty() ? tr("The incident command needs add, list, show or resolve.")
                                         : tr("Unknown incident command “%1”; use add, list, show or resolve.").arg(sub));
}

int AdminTool::runPriority(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString sub = arguments.value(0);
    if (!sub.isEmpty() && sub != QLatin1String("set") && sub != QLatin1String("response"))
        return usageError(err, tr("Unknown priority command “%1”; use set or response, or nothing to show the matrix.")
                                   .arg(sub));
    if (sub == QLatin1String("set") && arguments.size() != 4)
        return usageError(err, tr("priority set needs IMPACT URGENCY PRIORITY, e.g. priority set me blocked 2."));
    if (sub == QLatin1String("response") && arguments.size() != 3)
        return usageError(err, tr("priority response needs PRIORITY MINUTES, e.g. priority response 2 120."));
    if (sub.isEmpty() && !arguments.isEmpty())
        return usageError(err, tr("Unexpected argument “%1” for the %2 command.").arg(arguments.at(0), QStringLiteral("priority")));
    auto number = [](const QString &text, bool *ok) { return text.trimmed().toInt(ok); };
    if (!openDatabase(err))
        return Failure;
    QString error;
    std::optional<PriorityMatrix> matrix = PriorityMatrix::load(m_connectionName, &error);
    if (!matrix) {
        err << programName() << ": " << error << '\n';
        return Failure;
    }
    if (!sub.isEmpty()) {
        bool ok = false;
        QString refused;
        if (sub == QLatin1String("set")) {
            const int p = number(arguments.at(3), &ok);
            refused = ok ? matrix->setPriority(arguments.at(1), arguments.at(2), p)
                         : tr("A priority is a number from %1 to %2.").arg(PriorityMatrix::Highest).arg(PriorityMatrix::Lowest);
        } else {
            const int p = number(arguments.at(1), &ok);
            bool minutesOk = false;
            const int minutes = number(arguments.at(2), &minutesOk);
            refused = !ok ? tr("A priority is a number from %1 to %2.").arg(PriorityMatrix::Highest).arg(PriorityMatrix::Lowest)
                : !minutesOk ? tr("A response time is a positive number of minutes.")
                             : matrix->setResponseMinutes(p, minutes);
        }
        if (!refused.isEmpty()) {
            err << programName() << ": " << refused << '\n';
            return Failure;
        }
        if (!matrix->save(m_connectionName, &error)) {
            err << programName() << ": " << error << '\n';
            return Failure;
        }
    }
    // The matrix as a table: impact rows, urgency columns.
    const QStringList &urgencies = Taxonomy::urgencies();
    out << QStringLiteral("impact \\ urgency").leftJustified(18);
    for (const QString &u : urgencies)
        out << u.leftJustified(10);
    out << '\n';
    for (const QString &i : Taxonomy::impacts()) {
        out << i.leftJustified(18);
        for (const QString &u : urgencies)
            out << QString(QStringLiteral("P") + QString::number(matrix->priority(i, u))).leftJustified(10);
        out << '\n';
    }
    out << '\n';
    for (int p = PriorityMatrix::Highest; p <= PriorityMatrix::Lowest; ++p) {
        out << Taxonomy::priorityName(p) << ": " << PriorityMatrix::responseTimeText(matrix->responseMinutes(p))
            << " (" << matrix->responseMinutes(p) << ' ' << tr("minutes") << ")\n";
    }
    return Success;
}

} // namespace Helpdesk
