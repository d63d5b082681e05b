#include "admintool.h"

#include "command.h"
#include "commandtable.h"
#include "reportcommands.h"

#include "runtime/application.h"
#include "runtime/selftest.h"
#include "store/database.h"

#include <QAtomicInt>
#include <QCommandLineParser>
#include <QFile>
#include <QIODevice>
#include <QScopeGuard>
#include <QTextStream>

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
