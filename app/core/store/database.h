#pragma once

// Database: which database to use (a URL), and opening a named connection to
// it with the settings our schema relies on. It does not know the schema;
// that is Migrator's job. What an error means and how it is said to the
// person (passwordProblem(), isUnreachable(), explain()) is in
// databaseerrors.cpp.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>

#include <optional>

namespace Helpdesk {

class SqlDialect;

struct DatabaseUrl
{
    enum class Backend { Sqlite, PostgreSql };

    Backend backend = Backend::Sqlite;
    QString path;      // SQLite: the file
    QString host;      // PostgreSQL
    int port = -1;
    QString user;
    QString password;
    QString databaseName;
    QString options;   // PostgreSQL connect options, e.g. "sslmode=require"

    // "sqlite:/abs/path.sqlite", "sqlite:///abs/path", "sqlite:relative.sqlite",
    // "postgresql://user[:password]@host[:port]/dbname[?sslmode=...]".
    static std::optional<DatabaseUrl> parse(const QString &text, QString *errorMessage);
    // The URL for messages and logs: never shows the password.
    QString toDisplayString() const;
    QString driverName() const;
    QString dialect() const; // "sqlite" or "postgresql": the migrations folder
};

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // Opens (and for SQLite creates, with its folder) the database under
    // `connectionName`, then applies missing migrations. On failure returns
    // false with a message a person can act on, and leaves no connection behind.
    static bool open(const QString &url, const QString &connectionName, QString *errorMessage);

    // Why a PostgreSQL server turned the login away, so a program can ask for
    // a password (never stored in a file) instead of only showing a message.
    enum class PasswordProblem { None, Needed, Refused };
    // The same, with `password` used when the URL carries none (one from the
    // keyring or a dialog); `problem` (if given) says whether it was the
    // password; `unreachable` (if given) whether trying again later may work
    // (server down or starting, network gone, SQLite file locked) rather than
    // a setting, a password or the file itself being wrong.
    static bool open(const QString &url, const QString &connectionName, QString *errorMessage,
                     const QString &password, PasswordProblem *problem, bool *unreachable = nullptr);
    static bool openWithoutMigrating(const DatabaseUrl &url, const QString &connectionName,
                                     QString *errorMessage, PasswordProblem *problem = nullptr,
                                     bool *unreachable = nullptr);
    static PasswordProblem passwordProblem(const QSqlError &error);
    static void close(const QString &connectionName);

    // The schema version of the open database under `connectionName`: -1 on
    // error (with a message), 0 for an empty database.
    static int schemaVersion(const QString &connectionName, QString *errorMessage);
    // The login a database server runs this connection as (PostgreSQL's
    // current_user; empty if the server would not say). No value on the
    // embedded database, which has no logins of its own.
    static std::optional<QString> serverLogin(const QString &connectionName);
    // True when the database lets this connection's login file and read only
    // the reports under its own login: on PostgreSQL row-level security keeps
    // a helpdesk_reporter to its name unless it is also an agent, the owner of
    // the reports table or a superuser. False on the embedded database, which
    // has no logins; nullopt with a message when the server would not say.
    static std::optional<bool> filesOnlyOwnReports(const QString &connectionName, QString *errorMessage);

    // True when the error means the connection to a database server is gone
    // (server restarted, network dropped), so reconnecting may help. Never on
    // SQLite: its driver calls every failed statement a "connection error"
    // (a lock, a UNIQUE violation), and a file has no connection to lose.
    static bool isConnectionLost(const QSqlError &error, const QSqlDatabase &db);
    // isConnectionLost(), or on SQLite a lock held past the busy timeout:
    // the statement may succeed when tried again later.
    static bool isUnreachable(const QSqlError &error, const QSqlDatabase &db);
    // The same for a failed open: true only when the server could not be
    // reached or was not ready, never for a refused password or login.
    static bool isUnreachableAtOpen(const QSqlError &error, const QSqlDatabase &db);
    // Says what went wrong in words that tell the person what to fix: server
    // unreachable, wrong password, TLS required, permission denied, no such
    // database or schema; on SQLite a read-only, damaged or locked file, a
    // full disk or a disk error. Falls back to the driver's own text.
    static QString explain(const QSqlError &error, const QSqlDatabase &db);
    // Runs a statement on a fresh forward-only query; when the connection was
    // lost (server restart), reopens it once and runs the statement again.
    static bool runWithReconnect(const QString &connectionName, QSqlQuery &query,
                                 const std::function<bool(QSqlQuery &)> &prepareAndExec);
    // The same for the common case: prepares `sql`, binds `values` in order
    // and runs it.
    static bool runWithReconnect(const QString &connectionName, QSqlQuery &query, const QString &sql,
                                 const QVariantList &values = {});

private:
    // openWithoutMigrating() in steps; a failure comes back as its message.
    // Every handle on the connection (db, query) lives in openConnection(),
    // so none is left when a failed open removes the connection; otherwise
    // Qt warns that the connection "is still in use" on every failed start.
    static QString openConnection(const DatabaseUrl &url, const SqlDialect &dialect, const QString &connectionName,
                                  PasswordProblem *passwordProblemOut, bool *unreachable);
    // SQLite: creates the file's folder; PostgreSQL: the login and the
    // connect options, with our timeouts unless the URL sets its own.
    static QString setUpFile(QSqlDatabase &db, const DatabaseUrl &url);
    static void setUpServer(QSqlDatabase &db, const DatabaseUrl &url);
    static QString setPragmas(QSqlDatabase &db, bool *unreachable);
    static QString explainSqlite(const QSqlError &error, const QSqlDatabase &db);
    // PostgreSQL's own rules (migrations 0009, 0010): which one a refused
    // statement broke, in words; empty when `text` names none of them.
    static QString explainBrokenRule(const QString &code, const QString &text, const QSqlDatabase &db);
    // PostgreSQL: the error's code or text says the server could not be
    // reached, went away or was not ready (one list for the checks above).
    static bool serverUnreachable(const QSqlError &error);
};

} // namespace Helpdesk
