#include "setupcommands.h"

#include "admintool.h"

#include "runtime/config.h"
#include "store/agentaccounts.h"
#include "store/database.h"
#include "store/demoseeder.h"
#include "store/filinglimits.h"
#include "store/reportstore.h"
#include "store/sqldialect.h"
#include "runtime/databasechoice.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIODevice>
#include <QScopeGuard>
#include <QTextStream>

#include <algorithm>

#include <termios.h>
#include <unistd.h>

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

    const QString source = DatabaseChoice::sourceDescription(DatabaseChoice::Source(c.tool.databaseUrlSource()));
    // toDisplayString(): the password in a PostgreSQL URL never reaches a terminal or a log.
    c.out << tr("Database: %1 (%2)").arg(url->toDisplayString(), source) << '\n'
          << tr("Schema version: %1").arg(version) << '\n'
          << tr("Reports: %1").arg(reports) << '\n';
    return AdminTool::Success;
}

// add-reporter and add-agent: one database login, and the database open.
int SetupCommands::openForLogin(CommandContext &c)
{
    if (const int refused = c.expectArguments(1, tr("The %1 command needs a database login, e.g. %1 ivanov.")
                                                     .arg(c.command)))
        return refused;
    return c.openDatabase() ? AdminTool::Success : AdminTool::Failure;
}

int SetupCommands::addReporter(CommandContext &c)
{
    if (const int refused = openForLogin(c))
        return refused;
    return grant(c, QStringLiteral("helpdesk_reporter"));
}

int SetupCommands::filingLimit(CommandContext &c)
{
    const bool everyone = c.parser.isSet(QStringLiteral("everyone"));
    if (c.arguments.size() > (everyone ? 0 : 2))
        return c.usageError(tr("Unexpected argument “%1” for the %2 command.")
                                .arg(c.arguments.at(everyone ? 0 : 2), c.command));
    if (c.arguments.size() == 1)
        return c.usageError(tr("Give the login and its limit, e.g. filing-limit monitoring 500, or "
                               "filing-limit monitoring default."));
    if (!c.openDatabase())
        return AdminTool::Failure;
    if (everyone || c.arguments.size() == 2) {
        const QString login = everyone ? QLatin1String(FilingLimits::EveryoneLogin) : c.arguments.at(0);
        const QString value = everyone ? c.parser.value(QStringLiteral("everyone")) : c.arguments.at(1);
        if (const int refused = changeFilingLimit(c, login, value))
            return refused;
    }
    QString error;
    const auto limits = FilingLimits::list(c.connectionName(), &error);
    if (!limits)
        return c.fail(error);
    for (const FilingLimits::Limit &limit : *limits) {
        const QString who = limit.login == QLatin1String(FilingLimits::EveryoneLogin) ? tr("Everyone") : limit.login;
        c.out << tr("%1: %n new report(s) an hour", nullptr, limit.reportsPerHour).arg(who) << '\n';
    }
    return AdminTool::Success;
}

// filing-limit LOGIN N|default, filing-limit --everyone N.
int SetupCommands::changeFilingLimit(CommandContext &c, const QString &login, const QString &value)
{
    QString error;
    bool ok = false;
    const int perHour = value.trimmed().toInt(&ok);
    const bool restore = value.trimmed() == QLatin1String("default");
    if (!restore && (!ok || perHour < 0))
        return c.usageError(tr("“%1” is not a number of reports an hour (0 or more) or “default”.").arg(value));
    if (restore ? !FilingLimits::remove(c.connectionName(), login, &error)
                : !FilingLimits::set(c.connectionName(), login, perHour, &error))
        return c.fail(error);
    return AdminTool::Success;
}

int SetupCommands::grant(CommandContext &c, const QString &role)
{
    if (c.parser.isSet(QStringLiteral("name")))
        return c.usageError(tr("--name is for agents of the embedded database; on PostgreSQL the login "
                               "is the name."));
    if (c.parser.isSet(QStringLiteral("reset")))
        return c.usageError(tr("--reset is for agents of the embedded database; on PostgreSQL the password is "
                               "the login's own, set on the server."));
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
    if (const int refused = openForLogin(c))
        return refused;
    AgentAccounts accounts(c.connectionName());
    // The embedded database has no roles but its own agent accounts.
    if (!accounts.keepsAccounts())
        return grant(c, QStringLiteral("helpdesk_agent"));

    const QString login = c.arguments.constFirst();
    QString error;
    const std::optional<bool> exists = accounts.hasAgent(login, &error);
    if (!exists)
        return c.fail(error);
    // Whoever can write the file can run this: a new password for someone
    // else's account is said out loud, never done by a typo of a login.
    if (*exists && !c.parser.isSet(QStringLiteral("reset")))
        return c.fail(tr("The agent %1 already exists. To give them a new password (which also lifts a lock), run "
                         "this again with --reset. On the embedded database anyone who can write its file can do "
                         "that; only the file's permissions protect it.")
                          .arg(login.trimmed()));
    QString password;
    if (!readPassword(c, login, &password))
        return AdminTool::Failure;
    bool created = false;
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
    DatabaseChoice::Source source = DatabaseChoice::Source::Default;
    const QString url = Config::withoutPassword(DatabaseChoice::resolveUrl(c.tool.databaseOption(), &source));
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
    c.out << databaseKey << " = " << url << "  (" << DatabaseChoice::sourceDescription(source) << ")\n";
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
        if (url && SqlDialect(*url).isEmbedded())
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
