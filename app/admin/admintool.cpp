#include "admintool.h"

#include "command.h"
#include "commandtable.h"
#include "devicecommands.h"
#include "incidentcommands.h"
#include "reportcommands.h"
#include "setupcommands.h"

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
#include "store/agentaccounts.h"
#include "store/database.h"
#include "store/demoseeder.h"
#include "store/deviceinventory.h"
#include "store/incidentstore.h"
#include "store/reportstore.h"
#include "triage/triage.h"

#include <QAtomicInt>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTextStream>

#include <algorithm>

#include <termios.h>
#include <unistd.h>

namespace Helpdesk {

namespace {

// The options every command takes; a command's own options are in its entry.
struct GlobalOptions
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")}, QString()};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}, QString()};
    QCommandLineOption selfTest{QStringLiteral("self-test"), QString()};
    QCommandLineOption database{QStringLiteral("database"), QString(), QStringLiteral("URL")};
    QCommandLineOption lang{QStringLiteral("lang"), QString(), QStringLiteral("LANG")};

    QList<QCommandLineOption> all() const { return {help, version, selfTest, database, lang}; }
};

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

QString AdminTool::programName()
{
    return QStringLiteral("helpdesk-admin");
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
        .arg(ReportCommands::DefaultListLimit)
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
    const QList<Command> commands = CommandTable::commands();
    const GlobalOptions global;
    QCommandLineParser parser;
    parser.addOptions(global.all());
    parser.addOptions(CommandTable::options(commands));

    if (!parser.parse(arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(global.help)) {
        out << helpText();
        return Success;
    }
    if (parser.isSet(global.version)) {
        out << programName() << ' ' << QStringLiteral(HELPDESK_VERSION) << '\n';
        return Success;
    }
    if (parser.isSet(global.lang) && !supportedLanguages().contains(parser.value(global.lang))) {
        return usageError(err, tr("Unknown language “%1”; choose one of: %2.")
                                   .arg(parser.value(global.lang), supportedLanguages().join(QStringLiteral(", "))));
    }
    m_databaseOption = parser.value(global.database);

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(global.selfTest)) {
        if (!positional.isEmpty())
            return usageError(err, tr("--self-test takes no command; “%1” is one too many.").arg(positional.constFirst()));
        const QString language = parser.isSet(global.lang) ? parser.value(global.lang) : installedLanguage();
        return runSelfTest(language, out);
    }
    if (positional.isEmpty())
        return usageError(err, tr("No command given."));
    const Command *command = CommandTable::find(commands, positional.constFirst());
    if (!command)
        return usageError(err, tr("Unknown command “%1”.").arg(positional.constFirst()));

    for (const QCommandLineOption &option : CommandTable::options(commands)) {
        const QString name = option.names().constFirst();
        const QStringList owners = CommandTable::owners(commands, name);
        if (parser.isSet(name) && !owners.contains(command->name))
            return usageError(err, tr("The option --%1 belongs to the %2 command, not to %3.")
                                       .arg(name, owners.join(QStringLiteral(" / ")), command->name));
    }

    CommandContext context{*this, parser, command->name, positional.mid(1), in, out, err};
    return command->handler(context);
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

} // namespace Helpdesk

namespace Helpdesk {

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

int SetupCommands::init(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    if (!c.openDatabase())
        return AdminTool::Failure;
    QString error;
    const auto url = DatabaseUrl::parse(c.tool.databaseUrl(), &error); // parsed fine already: open() succeeded
    const int version = Database::schemaVersion(c.connectionName(), &error);
    if (version < 0)
        return c.fail(error);
    const qint64 reports = ReportStore(c.connectionName()).count(&error);
    if (reports < 0)
        return c.fail(error);

    const QString source = Database::sourceDescription(Database::Source(c.tool.databaseUrlSource()));
    // toDisplayString(): the password in a PostgreSQL URL never reaches a terminal or a log.
    c.out << tr("Database: %1 (%2)").arg(url->toDisplayString(), source) << '\n'
          << tr("Schema version: %1").arg(version) << '\n'
          << tr("Reports: %1").arg(reports) << '\n';
    return AdminTool::Success;
}

int SetupCommands::addReporter(CommandContext &c)
{
    if (const int refused = c.expectArguments(1, tr("The %1 command needs a database login, e.g. %1 ivanov.")
                                                     .arg(c.command)))
        return refused;
    if (!c.openDatabase())
        return AdminTool::Failure;
    return grant(c, QStringLiteral("helpdesk_reporter"));
}

int SetupCommands::grant(CommandContext &c, const QString &role)
{
    if (c.parser.isSet(QStringLiteral("name")))
        return c.usageError(tr("--name is for agents of the embedded database; on PostgreSQL the login "
                               "is the name."));
    const QString login = c.arguments.constFirst();
    QString error;
    switch (AgentAccounts(c.connectionName()).grantRole(login, role, &error)) {
    case AgentAccounts::GrantResult::Granted:
        break;
    case AgentAccounts::GrantResult::NoRoles:
        return c.fail(tr("Reporter and agent roles exist only on a shared PostgreSQL database; the embedded "
                         "database has none to grant."));
    case AgentAccounts::GrantResult::NoSuchLogin:
        return c.fail(tr("There is no login “%1” on the database server. Create it first "
                         "(for example CREATE ROLE \"%1\" LOGIN), then run this again.")
                          .arg(login));
    case AgentAccounts::GrantResult::Failed:
        return c.fail(error);
    }
    c.out << tr("%1 now has the role %2.").arg(login, role) << '\n';
    return AdminTool::Success;
}

int SetupCommands::addAgent(CommandContext &c)
{
    if (const int refused = c.expectArguments(1, tr("The %1 command needs a database login, e.g. %1 ivanov.")
                                                     .arg(c.command)))
        return refused;
    if (!c.openDatabase())
        return AdminTool::Failure;
    AgentAccounts accounts(c.connectionName());
    // The embedded database has no roles but its own agent accounts.
    if (!accounts.keepsAccounts())
        return grant(c, QStringLiteral("helpdesk_agent"));

    const QString login = c.arguments.constFirst();
    QString password;
    if (!readPassword(c, login, &password))
        return AdminTool::Failure;
    bool created = false;
    QString error;
    if (!accounts.setAgent(login, c.parser.value(QStringLiteral("name")), password, &created, &error))
        return c.fail(error);
    c.out << (created ? tr("Agent %1 added; they sign in to helpdesk-review with this password.")
                      : tr("Agent %1 has a new password."))
                 .arg(login.trimmed())
          << '\n';
    return AdminTool::Success;
}

bool SetupCommands::readPassword(CommandContext &c, const QString &login, QString *password)
{
    const int terminal = terminalOf(c.in);
    if (terminal < 0) {
        if (readLine(c.in, password))
            return true;
        c.fail(tr("No password on standard input: pipe it in, e.g. printf '%s\\n' \"$PASSWORD\" | %1 add-agent %2.")
                   .arg(AdminTool::programName(), login));
        return false;
    }
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
    c.err << tr("Password for %1: ").arg(login);
    c.err.flush();
    const bool first = readLine(c.in, password);
    c.err << '\n' << tr("The same password again: ");
    c.err.flush();
    const bool second = first && readLine(c.in, &again);
    c.err << '\n'; // the Enter typed was not echoed
    c.err.flush();
    if (!second) {
        c.fail(tr("No password given; the agent was not saved."));
        return false;
    }
    if (*password != again) {
        c.fail(tr("The two passwords differ; the agent was not saved."));
        return false;
    }
    return true;
}

int SetupCommands::seedDemo(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    const QString reports = QStringLiteral("reports");
    bool ok = false;
    const qint64 count = c.parser.value(reports).trimmed().toLongLong(&ok);
    if (!c.parser.isSet(reports) || !ok || count <= 0)
        return c.usageError(tr("seed-demo needs --reports N, a whole number above 0."));
    if (!c.openDatabase())
        return AdminTool::Failure;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool seeded = DemoSeeder(c.connectionName()).seed(count, &error, [&](qint64 done) {
        if (done % 100000 == 0 && done < count) {
            c.err << tr("%1 of %2 reports…").arg(done).arg(count) << '\n';
            c.err.flush();
        }
    });
    if (!seeded)
        return c.fail(error);
    const double seconds = std::max<qint64>(timer.elapsed(), 1) / 1000.0;
    c.out << tr("Added %1 demo reports in %2 s (%3 per second).")
                 .arg(count)
                 .arg(seconds, 0, 'f', 1)
                 .arg(qint64(count / seconds))
          << '\n';
    return AdminTool::Success;
}

// Settings files only: no database is opened, none is created.
int SetupCommands::config(CommandContext &c)
{
    const QStringList &arguments = c.arguments;
    const bool system = c.parser.isSet(QStringLiteral("system"));
    const QString action = arguments.value(0);
    const int expected = action == QLatin1String("set") ? 3 : action == QLatin1String("show") ? 1 : 2;
    if (action != QLatin1String("set") && action != QLatin1String("get") && action != QLatin1String("unset")
        && action != QLatin1String("show"))
        return c.usageError(tr("The config command is config show, config get KEY, config set KEY VALUE "
                               "[--system] or config unset KEY [--system]."));
    if (arguments.size() != expected)
        return c.usageError(arguments.size() < expected
                                ? tr("config %1 needs %2.").arg(action, action == QLatin1String("set")
                                                                              ? tr("a key and a value")
                                                                              : tr("a key"))
                                : tr("Unexpected argument “%1” for config %2.").arg(arguments.at(expected), action));
    if (system && (action == QLatin1String("get") || action == QLatin1String("show")))
        return c.usageError(tr("--system belongs to config set and config unset; config %1 shows the value "
                               "that applies.").arg(action));
    const QString key = arguments.value(1);
    if (action != QLatin1String("show") && !Config::keys().contains(key))
        return c.fail(tr("Unknown setting “%1”; the settings are: %2.")
                          .arg(key, Config::keys().join(QStringLiteral(", "))));
    if (action == QLatin1String("show") || action == QLatin1String("get"))
        return configShow(c, action, key);
    return configWrite(c, action, key, system);
}

int SetupCommands::configShow(CommandContext &c, const QString &action, const QString &key)
{
    auto describe = [](Config::Scope scope) {
        return scope == Config::Scope::User ? tr("from the user setting") : tr("from the system setting");
    };
    const QString databaseKey = Config::keys().constFirst();
    Database::Source source = Database::Source::Default;
    const QString url = Config::withoutPassword(Database::resolveUrl(c.tool.databaseOption(), &source));
    if (action == QLatin1String("get") && key == databaseKey) {
        c.out << url << '\n';
        return AdminTool::Success;
    }
    if (action == QLatin1String("get")) {
        Config::Scope scope = Config::Scope::User;
        const QString value = Config::value(key, &scope);
        if (value.isEmpty())
            return AdminTool::Failure; // not set: nothing to print, as `git config --get` does
        c.out << value << '\n';
        return AdminTool::Success;
    }
    c.out << databaseKey << " = " << url << "  (" << Database::sourceDescription(source) << ")\n";
    for (const QString &other : Config::keys().mid(1)) {
        Config::Scope scope = Config::Scope::User;
        const QString value = Config::value(other, &scope);
        c.out << other << " = ";
        if (value.isEmpty())
            c.out << tr("(not set)");
        else
            c.out << value << "  (" << describe(scope) << ')';
        c.out << '\n';
    }
    c.out << tr("User settings: %1").arg(Config::fileName(Config::Scope::User)) << '\n'
          << tr("System settings: %1").arg(Config::fileName(Config::Scope::System)) << '\n';
    if (Config::databaseLocked())
        c.out << tr("The system setting is locked: the user's database settings are ignored.") << '\n';
    return AdminTool::Success;
}

int SetupCommands::configWrite(CommandContext &c, const QString &action, const QString &key, bool system)
{
    const Config::Scope scope = system ? Config::Scope::System : Config::Scope::User;
    QString value = action == QLatin1String("set") ? c.arguments.at(2) : QString();
    // A relative SQLite path would mean a different file in every program's
    // working folder: the setting keeps the absolute one.
    if (key == Config::keys().constFirst()) {
        const auto url = DatabaseUrl::parse(value, nullptr);
        if (url && url->backend == DatabaseUrl::Backend::Sqlite)
            value = QStringLiteral("sqlite:") + url->path;
    }
    if (action == QLatin1String("set") && value.trimmed().isEmpty())
        return c.usageError(tr("config set needs a value; to remove a setting use config unset %1.").arg(key));
    QString error = Config::validate(key, value, scope);
    if (error.isEmpty())
        Config::write(scope, key, value, &error);
    if (!error.isEmpty())
        return c.fail(error);
    c.out << (action == QLatin1String("set") ? tr("%1 set in %2.") : tr("%1 removed from %2."))
                 .arg(key, Config::fileName(scope))
          << '\n';
    return AdminTool::Success;
}

} // namespace Helpdesk

namespace Helpdesk {

namespace {

// One report is a few kilobytes (the description stops at 4,000 characters);
// its attachments travel as base64, a third bigger than the files. Anything
// bigger is a script piping the wrong thing, not a report.
constexpr qint64 MaxReportBytes = 1024 * 1024;
constexpr qint64 MaxSubmitBytes = MaxReportBytes + FieldRules::AttachmentsMax * (FieldRules::AttachmentSizeMax / 3 + 1) * 4;

QJsonValue jsonValue(const QVariant &value)
{
    // The driver hands back NULL columns as typed null variants; JSON wants null,
    // not "" or 0, so "never entered" stays distinguishable from "empty".
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue::fromVariant(value);
}

QString csvRecord(const QString &ticket, const QVariantList &values)
{
    QStringList fields = {ticket};
    for (const QVariant &value : values) {
        // Text a spreadsheet would run as a formula (=, +, -, @) is quoted off.
        fields.append(value.isNull() ? QString()
                      : value.metaType().id() == QMetaType::QString ? csvField(spreadsheetSafe(value.toString()))
                                                                   : csvField(value.toString()));
    }
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n"); // RFC 4180 record separator
}

QString jsonRecord(const QString &ticket, const QStringList &columns, const QVariantList &values)
{
    QJsonObject object;
    object.insert(QStringLiteral("ticket"), ticket);
    for (int i = 0; i < columns.size(); ++i)
        object.insert(columns.at(i), jsonValue(values.at(i)));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int ReportCommands::list(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    int limit = DefaultListLimit;
    const QString limitOption = QStringLiteral("limit");
    if (c.parser.isSet(limitOption)) {
        bool ok = false;
        limit = c.parser.value(limitOption).trimmed().toInt(&ok);
        if (!ok || limit < 0)
            return c.usageError(tr("--limit needs a whole number of reports, 0 for all; “%1” is not one.")
                                    .arg(c.parser.value(limitOption)));
    }
    if (!c.openDatabase())
        return AdminTool::Failure;
    QString error;
    const QList<Report> reports = ReportStore(c.connectionName()).list(limit, &error);
    if (!error.isEmpty())
        return c.fail(error);
    if (reports.isEmpty()) {
        c.out << tr("No reports yet.") << '\n';
        return AdminTool::Success;
    }

    QList<QStringList> rows;
    rows.append({tr("Ticket"), tr("Created"), tr("Status"), tr("Priority"), tr("Category"), tr("Reporter"),
                 tr("Summary")});
    const Taxonomy &taxonomy = Taxonomy::instance();
    for (const Report &report : reports) {
        const Category *category = taxonomy.category(report.category);
        rows.append({report.ticket(), adminTime(report.createdAt), Taxonomy::statusName(report.status),
                     Taxonomy::priorityName(report.priority),
                     category ? category->displayName() : report.category, report.contact.name,
                     report.summary});
    }
    // Pad every column but the last to its widest cell, so the table reads down.
    const int columns = int(rows.constFirst().size());
    QList<int> widths(columns, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int i = 0; i < columns - 1; ++i)
            widths[i] = std::max(widths.at(i), int(row.at(i).size()));
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int i = 0; i < columns - 1; ++i)
            line += row.at(i).leftJustified(widths.at(i)) + QStringLiteral("  ");
        c.out << line << row.constLast() << '\n';
    }
    return AdminTool::Success;
}

int ReportCommands::show(CommandContext &c)
{
    if (const int refused = c.expectArguments(1, tr("The %1 command needs a ticket number, e.g. %1 HD-000042.")
                                                     .arg(c.command)))
        return refused;
    const QString ticket = c.arguments.constFirst();
    const qint64 id = parseTicket(ticket);
    if (id <= 0)
        return c.fail(tr("“%1” is not a ticket number; write it like HD-000042.").arg(ticket));
    if (!c.openDatabase())
        return AdminTool::Failure;
    QString error;
    const std::optional<Report> found = ReportStore(c.connectionName()).find(id, &error);
    if (!found)
        return c.fail(error);
    const QString affected = affectedText(c, id, &error);
    if (!error.isEmpty())
        return c.fail(error);
    int width = 0;
    printReport(c, *found, affected, &width);
    return printAttachments(c, id, width);
}

// Who said "I'm affected too", with how to reach them.
QString ReportCommands::affectedText(CommandContext &c, qint64 id, QString *error)
{
    QStringList affected;
    for (const ReportStore::AffectedPerson &person : ReportStore(c.connectionName()).affectedPeople(id, error)) {
        QStringList reach;
        for (const QString &value : {person.contact.login, person.contact.email, person.contact.phone}) {
            if (!value.isEmpty())
                reach.append(value);
        }
        affected.append(reach.isEmpty() ? person.contact.name
                                        : person.contact.name + QStringLiteral(" (") + reach.join(QStringLiteral(", "))
                                              + QLatin1Char(')'));
    }
    return affected.isEmpty() ? tr("nobody else") : affected.join(QStringLiteral("; "));
}

QList<QPair<QString, QString>> ReportCommands::reportFields(const Report &r, const QString &affected)
{
    const Taxonomy &taxonomy = Taxonomy::instance();
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
    return {
        {tr("Ticket:"), r.ticket()},
        {tr("Status:"), named(Taxonomy::statusName(r.status), r.status)},
        {},
        {tr("Category:"), named(category ? category->displayName() : r.category, r.category)},
        {tr("Symptom:"), named(symptom ? symptom->displayName() : r.symptom, r.symptom)},
        {tr("Summary:"), text(r.summary)},
        {tr("Description:"), r.description},
        {tr("Started:"), r.startedAt.isValid() ? adminTime(r.startedAt) : notGiven},
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
        {tr("Affected too:"), affected},
        {},
        {tr("Computer:"), text(r.computerName)},
        {tr("Operating system:"), text(r.operatingSystem)},
        {tr("Filed:"), adminTime(r.createdAt)},
    };
}

void ReportCommands::printReport(CommandContext &c, const Report &r, const QString &affected, int *labelWidth)
{
    const QList<QPair<QString, QString>> fields = reportFields(r, affected);
    int width = 0;
    for (const auto &field : fields)
        width = std::max(width, int(field.first.size()));
    *labelWidth = width;

    const QString notGiven = tr("(not given)", "show: a field the reporter left empty");
    const QString descriptionLabel = tr("Description:");
    for (const auto &[label, value] : fields) {
        if (label.isEmpty()) {
            c.out << '\n';
            continue;
        }
        if (label != descriptionLabel) {
            c.out << label.leftJustified(width + 1) << value << '\n';
            continue;
        }
        QString description = value;
        description.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        if (description.trimmed().isEmpty()) {
            c.out << label.leftJustified(width + 1) << notGiven << '\n';
            continue;
        }
        // On lines of its own, indented, so it cannot be mistaken for a field.
        c.out << label << '\n';
        const QStringList lines = description.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            c.out << QString(DescriptionIndent, QLatin1Char(' ')) << line << '\n';
    }
}

// Attachments: the number `attachment TICKET N` takes, name, type, size.
int ReportCommands::printAttachments(CommandContext &c, qint64 id, int labelWidth)
{
    QString error;
    const QList<Attachment> attachments = ReportStore(c.connectionName()).attachments(id, &error);
    if (!error.isEmpty())
        return c.fail(error);
    c.out << '\n';
    const QString attachmentsLabel = tr("Attachments:");
    if (attachments.isEmpty()) {
        c.out << attachmentsLabel.leftJustified(labelWidth + 1) << tr("none") << '\n';
        return AdminTool::Success;
    }
    c.out << attachmentsLabel << '\n';
    int nameWidth = 0;
    int typeWidth = 0;
    for (const Attachment &attachment : attachments) {
        nameWidth = std::max(nameWidth, int(attachment.fileName.size()));
        typeWidth = std::max(typeWidth, int(attachment.mimeType.size()));
    }
    for (const Attachment &attachment : attachments) {
        c.out << QString(DescriptionIndent, QLatin1Char(' ')) << attachment.position << "  "
              << attachment.fileName.leftJustified(nameWidth) << "  " << attachment.mimeType.leftJustified(typeWidth)
              << "  " << Attachment::formatSize(attachment.size) << '\n';
    }
    return AdminTool::Success;
}

int ReportCommands::attachment(CommandContext &c)
{
    if (const int refused = c.expectArguments(2, tr("The %1 command needs a ticket number and the number of the "
                                                    "attachment, e.g. %1 HD-000042 1 --output screenshot.png.")
                                                     .arg(c.command)))
        return refused;
    const QString ticket = c.arguments.constFirst();
    const qint64 id = parseTicket(ticket);
    bool numberOk = false;
    const int position = c.arguments.at(1).trimmed().toInt(&numberOk);
    if (!numberOk || position < 1)
        return c.usageError(tr("“%1” is not the number of an attachment; “%2 show %3” lists them as 1, 2, …")
                                .arg(c.arguments.at(1), AdminTool::programName(), ticket));
    const QString outputPath = c.parser.value(QStringLiteral("output"));
    if (outputPath.isEmpty())
        return c.usageError(tr("The %1 command needs --output FILE: where to save the attachment.").arg(c.command));
    if (id <= 0)
        return c.fail(tr("“%1” is not a ticket number; write it like HD-000042.").arg(ticket));
    if (!c.openDatabase())
        return AdminTool::Failure;

    QString error;
    const ReportStore store(c.connectionName());
    // "No report HD-…" rather than "HD-… has no attachment 1" when the ticket is wrong.
    if (!store.find(id, &error))
        return c.fail(error);
    const std::optional<Attachment> attachment = store.attachment(id, position, &error);
    if (!attachment)
        return c.fail(error);
    // What was stored is what the reporter attached, or nothing is written.
    if (!attachment->dataMatches())
        return c.fail(tr("Attachment %1 of %2 (“%3”) is damaged: its bytes do not match the SHA-256 checksum "
                         "stored with it. Nothing was saved.")
                          .arg(QString::number(position), formatTicket(id), attachment->fileName));
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment->data) != attachment->data.size() || !file.commit())
        return c.fail(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
    c.out << tr("Saved “%1” (%2, %3, SHA-256 %4) to %5.")
                 .arg(attachment->fileName, attachment->mimeType, Attachment::formatSize(attachment->size),
                      attachment->sha256, outputPath)
          << '\n';
    return AdminTool::Success;
}

int ReportCommands::exportReports(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    const QString formatOption = QStringLiteral("format");
    const QString outputOption = QStringLiteral("output");
    if (!c.parser.isSet(formatOption))
        return c.usageError(tr("The export command needs --format csv or --format json."));
    const QString format = c.parser.value(formatOption).trimmed().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return c.usageError(tr("Unknown export format “%1”; use csv or json.").arg(c.parser.value(formatOption)));
    if (c.parser.isSet(outputOption) && c.parser.value(outputOption).isEmpty())
        return c.usageError(tr("--output needs a file name."));
    if (!c.openDatabase())
        return AdminTool::Failure;
    return writeExport(c, format, c.parser.value(outputOption));
}

int ReportCommands::writeExport(CommandContext &c, const QString &format, const QString &outputPath)
{
    const bool toFile = !outputPath.isEmpty() && outputPath != QLatin1String("-");
    const bool csv = format == QLatin1String("csv");
    // QSaveFile: a failed export never leaves a half-written file that looks complete.
    QSaveFile file(outputPath);
    QTextStream fileStream;
    QTextStream *sink = &c.out;
    QStringList columns;
    int idColumn = -1;
    auto begin = [&](const QStringList &names) {
        if (toFile && !file.open(QIODevice::WriteOnly)) {
            c.fail(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
            return false;
        }
        if (toFile) {
            fileStream.setDevice(&file);
            fileStream.setEncoding(QStringConverter::Utf8);
            sink = &fileStream;
        }
        columns = names;
        idColumn = int(columns.indexOf(QStringLiteral("id")));
        if (csv)
            *sink << (QStringList{QStringLiteral("ticket")} + columns).join(QLatin1Char(',')) << "\r\n";
        else
            *sink << "[";
        return true;
    };
    qint64 rows = 0;
    auto row = [&](const QVariantList &values) {
        const QString ticket = formatTicket(values.at(idColumn).toLongLong());
        if (csv)
            *sink << csvRecord(ticket, values);
        else // One object per line: greppable, and still one JSON document.
            *sink << (rows == 0 ? "\n" : ",\n") << jsonRecord(ticket, columns, values);
        ++rows;
    };
    QString error;
    switch (ReportStore(c.connectionName()).exportAll(begin, row, &error)) {
    case ReportStore::ExportResult::Done:
        break;
    case ReportStore::ExportResult::QueryFailed:
        return c.fail(tr("Cannot read the reports: %1").arg(error));
    case ReportStore::ExportResult::Aborted:
        return AdminTool::Failure;
    case ReportStore::ExportResult::ReadingStopped:
        return c.fail(tr("Reading the reports stopped: %1").arg(error));
    }
    if (!csv)
        *sink << (rows == 0 ? "]\n" : "\n]\n");
    if (toFile) {
        fileStream.flush();
        if (fileStream.status() != QTextStream::Ok || !file.commit())
            return c.fail(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
        c.out << tr("Exported %n report(s) to %1.", nullptr, int(rows)).arg(outputPath) << '\n';
    }
    return AdminTool::Success;
}

// Read to the end, but never more than a report can be: a runaway pipe
// must not eat the server's memory.
bool ReportCommands::readSubmission(CommandContext &c, QByteArray *input)
{
    if (!c.in.isReadable()) {
        c.fail(tr("Cannot read standard input: %1").arg(c.in.errorString()));
        return false;
    }
    while (input->size() <= MaxSubmitBytes) {
        QByteArray chunk(qsizetype(std::min<qint64>(64 * 1024, MaxSubmitBytes + 1 - input->size())), Qt::Uninitialized);
        const qint64 read = c.in.read(chunk.data(), chunk.size());
        if (read < 0) {
            c.fail(tr("Cannot read standard input: %1").arg(c.in.errorString()));
            return false;
        }
        if (read > 0) {
            input->append(chunk.constData(), qsizetype(read));
            continue;
        }
        // Nothing yet: a file or a pipe is at its end; a process or socket may still be writing.
        if (!c.in.waitForReadyRead(-1))
            break;
    }
    if (input->size() > MaxSubmitBytes) {
        c.fail(tr("Standard input holds more than %1; one report with its largest attachments is less.")
                   .arg(Attachment::formatSize(MaxSubmitBytes)));
        return false;
    }
    if (input->trimmed().isEmpty()) {
        c.fail(tr("Nothing to submit: standard input is empty. Pipe one report as JSON into “%1 submit”.")
                   .arg(AdminTool::programName()));
        return false;
    }
    return true;
}

int ReportCommands::submit(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    QByteArray input;
    if (!readSubmission(c, &input))
        return AdminTool::Failure;
    // Checked before the database is opened, so a refused report leaves no
    // trace at all, not even an empty database file.
    QList<FieldError> errors;
    const std::optional<Report> report = ReportJson::parse(input, &errors);
    auto printFieldErrors = [&c](const QList<FieldError> &fieldErrors) {
        // "field: message", one per line: a script greps for the field, a person reads the message.
        for (const FieldError &error : fieldErrors)
            c.err << error.field << ": " << error.message << '\n';
    };
    if (!report) {
        printFieldErrors(errors);
        return AdminTool::Failure;
    }
    if (!c.openDatabase())
        return AdminTool::Failure;
    const ReportStore::SubmitResult result = ReportStore(c.connectionName()).submit(*report);
    if (!result.ok()) {
        if (!result.fieldErrors.isEmpty()) {
            printFieldErrors(result.fieldErrors); // a rule that depends on the time (started_at) changed its mind
            return AdminTool::Failure;
        }
        return c.fail(result.error);
    }
    // Only the ticket: `ticket=$(helpdesk-admin submit < report.json)`.
    c.out << result.ticket << '\n';
    return AdminTool::Success;
}

} // namespace Helpdesk

namespace Helpdesk {

int DeviceCommands::importDevices(CommandContext &c)
{
    if (const int refused = c.expectArguments(1, tr("The %1 command needs a CSV file, e.g. %1 devices.csv.")
                                                     .arg(c.command)))
        return refused;
    // The file is opened before the database, so a mistyped name leaves no
    // empty database behind. "-" is standard input, for pipes.
    const QString path = c.arguments.constFirst();
    QFile file(path);
    QIODevice *input = &c.in;
    if (path != QLatin1String("-")) {
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
        input = &file;
    }
    if (!c.openDatabase())
        return AdminTool::Failure;
    const DeviceInventory::ImportResult result = DeviceInventory(c.connectionName()).importCsv(*input);
    if (!result.error.isEmpty())
        return c.fail(path + QStringLiteral(": ") + result.error);
    c.out << tr("Imported %1 new, updated %2 devices.").arg(result.inserted).arg(result.updated) << '\n';
    // "line 8: asset tag missing": the line a person finds in their editor.
    for (const auto &[line, reason] : result.rowErrors)
        c.err << tr("line %1: %2", "import-devices: a bad row of the CSV file").arg(line).arg(reason) << '\n';
    return result.rowErrors.isEmpty() ? AdminTool::Success : AdminTool::Failure;
}

int DeviceCommands::exportDevices(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    const QString outputPath = c.parser.value(QStringLiteral("output"));
    if (c.parser.isSet(QStringLiteral("output")) && outputPath.isEmpty())
        return c.usageError(tr("--output needs a file name."));
    if (!c.openDatabase())
        return AdminTool::Failure;
    const DeviceInventory inventory(c.connectionName());
    QString error;
    const bool toFile = !outputPath.isEmpty() && outputPath != QLatin1String("-");
    if (!toFile) {
        // Through the text stream the tool was given, so tests read what a
        // terminal would show; an inventory fits in memory many times over.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!inventory.exportCsv(buffer, &error))
            return c.fail(error);
        c.out << QString::fromUtf8(buffer.data());
        return AdminTool::Success;
    }
    // QSaveFile: a failed export never leaves a half-written file that looks complete.
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return c.fail(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
    if (!inventory.exportCsv(file, &error))
        return c.fail(error);
    const qint64 devices = inventory.count(&error);
    if (!file.commit())
        return c.fail(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
    c.out << tr("Exported %n device(s) to %1.", nullptr, int(std::max<qint64>(devices, 0))).arg(outputPath) << '\n';
    return AdminTool::Success;
}

// The catalogue is built in: no database is opened, none is created.
int DeviceCommands::catalog(CommandContext &c)
{
    const QStringList &arguments = c.arguments;
    const bool kindGiven = c.parser.isSet(QStringLiteral("kind"));
    const QString kind = c.parser.value(QStringLiteral("kind"));
    if (arguments.isEmpty() || arguments.constFirst() != QLatin1String("search"))
        return c.usageError(arguments.isEmpty()
                                ? tr("The catalog command needs what to do, e.g. catalog search HL-L2340D.")
                                : tr("Unknown catalog command “%1”; use catalog search TEXT.")
                                      .arg(arguments.constFirst()));
    if (kindGiven && !Taxonomy::deviceKinds().contains(kind))
        return c.usageError(tr("Unknown kind of device “%1”; choose one of: %2.")
                                .arg(kind, Taxonomy::deviceKinds().join(QStringLiteral(", "))));
    // Unquoted words are one search: catalog search hl l2340.
    const QString text = arguments.mid(1).join(QLatin1Char(' '));
    const QList<CatalogEntry> found = DeviceCatalog::builtIn().search(text, kindGiven ? kind : QString(), 0);
    if (found.isEmpty())
        return c.fail(tr("Nothing in the device catalogue matches “%1”.").arg(text));
    // Tab-separated: models have spaces, and scripts cut -f2.
    for (const CatalogEntry &entry : found)
        c.out << entry.make << '\t' << entry.model << '\n';
    return AdminTool::Success;
}

} // namespace Helpdesk

namespace Helpdesk {

namespace {

// A line is never longer than a report can be (see submit), so a runaway
// pipe without newlines cannot eat the memory.
constexpr qint64 MaxLineBytes = 1024 * 1024;

const QStringList &addOptions()
{
    static const QStringList names = {QStringLiteral("category"), QStringLiteral("location"),
                                      QStringLiteral("message"),  QStringLiteral("make"),
                                      QStringLiteral("model"),    QStringLiteral("asset-tag")};
    return names;
}

} // namespace

int IncidentCommands::incident(CommandContext &c)
{
    const QString sub = c.arguments.value(0);
    const bool addOnly = std::any_of(addOptions().cbegin(), addOptions().cend(),
                                     [&c](const QString &name) { return c.parser.isSet(name); });
    if (addOnly && sub != QLatin1String("add"))
        return c.usageError(tr("--category, --location, --message, --make, --model and --asset-tag belong to "
                               "incident add."));
    if (c.parser.isSet(QStringLiteral("all")) && sub != QLatin1String("list"))
        return c.usageError(tr("--all belongs to incident list."));
    if (sub == QLatin1String("list"))
        return incidentList(c);
    if (sub == QLatin1String("add"))
        return incidentAdd(c);
    if (sub == QLatin1String("resolve") || sub == QLatin1String("show"))
        return incidentShow(c, sub);
    return c.usageError(sub.isEmpty() ? tr("The incident command needs add, list, show or resolve.")
                                      : tr("Unknown incident command “%1”; use add, list, show or resolve.").arg(sub));
}

QString IncidentCommands::incidentState(const Incident &incident)
{
    return incident.isActive() ? tr("active") : tr("resolved %1").arg(adminTime(incident.resolvedAt));
}

int IncidentCommands::incidentList(CommandContext &c)
{
    if (c.arguments.size() > 1)
        return c.usageError(tr("Unexpected argument “%1” for the %2 command.").arg(c.arguments.at(1), c.arguments.at(0)));
    if (!c.openDatabase())
        return AdminTool::Failure;
    const bool includeResolved = c.parser.isSet(QStringLiteral("all"));
    QString error;
    const QList<Incident> incidents = IncidentStore(c.connectionName()).list(includeResolved, &error);
    if (!error.isEmpty())
        return c.fail(error);
    // Tab-separated: reference, since, state, affected, location, title.
    for (const Incident &i : incidents) {
        c.out << i.reference() << '\t' << adminTime(i.createdAt) << '\t' << incidentState(i) << '\t'
              << tr("%n affected", nullptr, i.affectedCount) << '\t'
              << (i.location.isEmpty() ? tr("everyone") : i.location) << '\t' << i.title << '\n';
    }
    if (incidents.isEmpty())
        c.err << (includeResolved ? tr("No incidents.") : tr("No active incidents.")) << '\n';
    return AdminTool::Success;
}

int IncidentCommands::incidentAdd(CommandContext &c)
{
    if (c.arguments.size() != 2)
        return c.usageError(tr("incident add needs one title, in quotes if it has spaces, e.g. "
                               "incident add \"Printers on floor 3 are down\"."));
    Incident incident;
    incident.title = c.arguments.at(1);
    incident.category = c.parser.value(QStringLiteral("category")).trimmed();
    incident.location = c.parser.value(QStringLiteral("location"));
    incident.message = c.parser.value(QStringLiteral("message"));
    incident.deviceMake = c.parser.value(QStringLiteral("make"));
    incident.deviceModel = c.parser.value(QStringLiteral("model"));
    incident.assetTag = c.parser.value(QStringLiteral("asset-tag"));
    if ((incident.deviceMake.isEmpty()) != (incident.deviceModel.isEmpty()))
        return c.usageError(tr("--make and --model go together."));
    if (!c.openDatabase())
        return AdminTool::Failure;
    // A server login is who posted it; the embedded database has none, so the system account is.
    incident.createdBy = Database::serverLogin(c.connectionName()).value_or(SystemAccount::current().login);
    QString error;
    const qint64 id = IncidentStore(c.connectionName()).add(incident, &error);
    if (id <= 0)
        return c.fail(error);
    incident.id = id;
    c.out << incident.reference() << '\n';
    return AdminTool::Success;
}

int IncidentCommands::incidentShow(CommandContext &c, const QString &sub)
{
    if (c.arguments.size() != 2)
        return c.usageError(tr("incident %1 needs an incident reference, e.g. incident %1 INC-0007.").arg(sub));
    const qint64 id = IncidentStore::parseReference(c.arguments.at(1));
    if (id <= 0)
        return c.fail(tr("“%1” is not an incident reference; write it like INC-0007.").arg(c.arguments.at(1)));
    if (!c.openDatabase())
        return AdminTool::Failure;
    IncidentStore store(c.connectionName());
    QString error;
    if (sub == QLatin1String("resolve")) {
        if (!store.resolve(id, &error))
            return c.fail(error);
        c.out << tr("%1 is resolved; the wizard no longer shows it.").arg(Incident{id}.reference()) << '\n';
        return AdminTool::Success;
    }
    const std::optional<Incident> found = store.find(id, &error);
    if (!found)
        return c.fail(error);
    const QList<ContactInfo> people = store.affectedPeople(id, &error);
    if (!error.isEmpty())
        return c.fail(error);
    printIncident(c, *found, people);
    return AdminTool::Success;
}

void IncidentCommands::printIncident(CommandContext &c, const Incident &found, const QList<ContactInfo> &people)
{
    c.out << tr("Incident:") << ' ' << found.reference() << '\n'
          << tr("Title:") << ' ' << found.title << '\n'
          << tr("State:") << ' ' << incidentState(found) << '\n'
          << tr("Posted:") << ' ' << adminTime(found.createdAt) << ' ' << found.createdBy << '\n'
          << tr("Location:") << ' ' << (found.location.isEmpty() ? tr("everyone") : found.location) << '\n';
    if (!found.category.isEmpty())
        c.out << tr("Category:") << ' ' << found.category << '\n';
    if (!found.deviceMake.isEmpty() || !found.assetTag.isEmpty())
        c.out << tr("Device:") << ' '
              << QStringList{found.deviceMake, found.deviceModel, found.assetTag}.join(QLatin1Char(' ')).simplified()
              << '\n';
    if (!found.message.isEmpty())
        c.out << tr("Message:") << ' ' << found.message << '\n';
    c.out << tr("Affected (%n):", nullptr, int(people.size())) << '\n';
    for (const ContactInfo &person : people) {
        c.out << QString(DescriptionIndent, QLatin1Char(' ')) << person.name << '\t' << person.login << '\t'
              << person.email << '\t' << person.phone << '\n';
    }
}

// One JSON object for one line of text.
QString IncidentCommands::triageLine(const Triage &triage, QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    // Offsets are counted in Unicode characters, as FieldRules counts them and
    // as a script slicing the line (Python, jq) does, not in UTF-16 units.
    auto characters = [&text](int utf16Offset) { return FieldRules::characterCount(text.left(utf16Offset)); };
    QString secrets;
    for (const SecretMatch &match : triage.findSecrets(text)) {
        if (!secrets.isEmpty())
            secrets += QStringLiteral(", ");
        const QByteArray kind = QJsonDocument(QJsonObject{{QStringLiteral("kind"), match.kind}})
                                        .toJson(QJsonDocument::Compact);
        secrets += QStringLiteral("{\"kind\": %1, \"start\": %2, \"end\": %3}")
                           .arg(QString::fromUtf8(kind.mid(8, kind.size() - 9)))
                           .arg(characters(match.start))
                           .arg(characters(match.end));
    }
    // Written by hand rather than by QJsonDocument, which sorts keys:
    // "vague" first reads better in a terminal.
    return QStringLiteral("{\"vague\": ") + (triage.isVague(text) ? QStringLiteral("true") : QStringLiteral("false"))
        + QStringLiteral(", \"secrets\": [") + secrets + QStringLiteral("]}\n");
}

// Pure text checks: no database.
int IncidentCommands::triage(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    if (!c.in.isReadable())
        return c.fail(tr("Cannot read standard input: %1").arg(c.in.errorString()));
    const Triage &rules = Triage::builtIn();
    auto checkLine = [&](const QByteArray &line) {
        c.out << triageLine(rules, line);
        c.out.flush(); // one answer per line as it comes, so a script can talk to a running process
    };
    // Line by line as input arrives.
    QByteArray pending;
    for (;;) {
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        const qint64 read = c.in.read(chunk.data(), chunk.size());
        if (read < 0)
            return c.fail(tr("Cannot read standard input: %1").arg(c.in.errorString()));
        if (read == 0) {
            if (c.in.waitForReadyRead(-1))
                continue;
            break; // end of the file or pipe
        }
        pending.append(chunk.constData(), qsizetype(read));
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            checkLine(pending.left(newline));
            pending.remove(0, newline + 1);
        }
        if (pending.size() > MaxLineBytes)
            return c.fail(tr("A line of standard input is longer than 1 MiB; triage checks one text per line."));
    }
    if (!pending.isEmpty())
        checkLine(pending);
    return AdminTool::Success;
}

int IncidentCommands::priority(CommandContext &c)
{
    const QStringList &arguments = c.arguments;
    const QString sub = arguments.value(0);
    if (!sub.isEmpty() && sub != QLatin1String("set") && sub != QLatin1String("response"))
        return c.usageError(tr("Unknown priority command “%1”; use set or response, or nothing to show the matrix.")
                                .arg(sub));
    if (sub == QLatin1String("set") && arguments.size() != 4)
        return c.usageError(tr("priority set needs IMPACT URGENCY PRIORITY, e.g. priority set me blocked 2."));
    if (sub == QLatin1String("response") && arguments.size() != 3)
        return c.usageError(tr("priority response needs PRIORITY MINUTES, e.g. priority response 2 120."));
    if (sub.isEmpty() && !arguments.isEmpty())
        return c.usageError(tr("Unexpected argument “%1” for the %2 command.").arg(arguments.at(0), c.command));
    if (!c.openDatabase())
        return AdminTool::Failure;
    QString error;
    std::optional<PriorityMatrix> matrix = PriorityMatrix::load(c.connectionName(), &error);
    if (!matrix)
        return c.fail(error);
    if (!sub.isEmpty()) {
        const QString refused = changePriorities(arguments, &*matrix);
        if (!refused.isEmpty())
            return c.fail(refused);
        if (!matrix->save(c.connectionName(), &error))
            return c.fail(error);
    }
    printMatrix(c, *matrix);
    return AdminTool::Success;
}

// `priority set` or `priority response` applied to the matrix; why not, or empty.
QString IncidentCommands::changePriorities(const QStringList &arguments, PriorityMatrix *matrix)
{
    auto number = [](const QString &text, bool *ok) { return text.trimmed().toInt(ok); };
    const QString notAPriority =
        tr("A priority is a number from %1 to %2.").arg(PriorityMatrix::Highest).arg(PriorityMatrix::Lowest);
    bool ok = false;
    if (arguments.at(0) == QLatin1String("set")) {
        const int p = number(arguments.at(3), &ok);
        return ok ? matrix->setPriority(arguments.at(1), arguments.at(2), p) : notAPriority;
    }
    const int p = number(arguments.at(1), &ok);
    bool minutesOk = false;
    const int minutes = number(arguments.at(2), &minutesOk);
    return !ok          ? notAPriority
        : !minutesOk    ? tr("A response time is a positive number of minutes.")
                        : matrix->setResponseMinutes(p, minutes);
}

// The matrix as a table: impact rows, urgency columns; then the response times.
void IncidentCommands::printMatrix(CommandContext &c, const PriorityMatrix &matrix)
{
    const QStringList &urgencies = Taxonomy::urgencies();
    c.out << QStringLiteral("impact \\ urgency").leftJustified(18);
    for (const QString &u : urgencies)
        c.out << u.leftJustified(10);
    c.out << '\n';
    for (const QString &i : Taxonomy::impacts()) {
        c.out << i.leftJustified(18);
        for (const QString &u : urgencies)
            c.out << QString(QStringLiteral("P") + QString::number(matrix.priority(i, u))).leftJustified(10);
        c.out << '\n';
    }
    c.out << '\n';
    for (int p = PriorityMatrix::Highest; p <= PriorityMatrix::Lowest; ++p) {
        c.out << Taxonomy::priorityName(p) << ": " << PriorityMatrix::responseTimeText(matrix.responseMinutes(p))
              << " (" << matrix.responseMinutes(p) << ' ' << tr("minutes") << ")\n";
    }
}

} // namespace Helpdesk
