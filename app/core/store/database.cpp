#include "store/database.h"

#include "store/migrator.h"
#include "store/sqldialect.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace Helpdesk {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *errorMessage)
{
    const QString trimmed = text.trimmed();
    DatabaseUrl url;
    if (trimmed.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = trimmed.mid(int(qstrlen("sqlite:")));
        // sqlite:///abs/path and sqlite://localhost/abs/path are the URL forms of sqlite:/abs/path.
        if (path.startsWith(QLatin1String("//"))) {
            path = path.mid(2);
            if (path.startsWith(QLatin1String("localhost/")))
                path = path.mid(int(qstrlen("localhost")));
        }
        if (path.isEmpty()) {
            if (errorMessage)
                *errorMessage = Database::tr("The database URL “%1” names no file; write sqlite:/path/to/helpdesk.sqlite.")
                                    .arg(trimmed);
            return std::nullopt;
        }
        url.backend = Backend::Sqlite;
        url.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        return url;
    }
    if (trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        const QString name = parsed.path().mid(1);
        if (!parsed.isValid() || parsed.host().isEmpty() || name.isEmpty() || name.contains(QLatin1Char('/'))) {
            if (errorMessage)
                *errorMessage = Database::tr("The database URL “%1” is not valid; write postgresql://user@host:port/dbname.")
                                    .arg(DatabaseUrl{Backend::PostgreSql, {}, parsed.host(), parsed.port(),
                                                     parsed.userName(), {}, name, {}}
                                             .toDisplayString());
            return std::nullopt;
        }
        url.backend = Backend::PostgreSql;
        url.host = parsed.host();
        url.port = parsed.port(-1);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.databaseName = name;
        QStringList options;
        const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            QString value = item.second;
            // libpq's conninfo separates options by spaces: a value with one
            // (a CA file under "/srv/Helpdesk CA/") is quoted, as libpq reads it.
            if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\'')) || value.contains(QLatin1Char('\\')))
                value = QLatin1Char('\'')
                    + QString(value).replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"))
                    + QLatin1Char('\'');
            options.append(item.first + QLatin1Char('=') + value);
        }
        url.options = options.join(QLatin1Char(';'));
        return url;
    }
    if (errorMessage)
        *errorMessage = Database::tr("Unknown database URL “%1”: it must start with sqlite: or postgresql://.")
                            .arg(trimmed.section(QLatin1Char('@'), -1));
    return std::nullopt;
}

QString DatabaseUrl::toDisplayString() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    return text + QLatin1Char('/') + databaseName;
}

QString DatabaseUrl::driverName() const
{
    return backend == Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString DatabaseUrl::dialect() const
{
    return SqlDialect(*this).migrationsFolder();
}

Database::PasswordProblem Database::passwordProblem(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive))
        return PasswordProblem::Needed;
    if (error.nativeErrorCode() == QLatin1String("28P01")
        || text.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive))
        return PasswordProblem::Refused;
    return PasswordProblem::None;
}

bool Database::openWithoutMigrating(const DatabaseUrl &url, const QString &connectionName,
                                    QString *errorMessage, PasswordProblem *passwordProblemOut,
                                    bool *unreachable)
{
    if (passwordProblemOut)
        *passwordProblemOut = PasswordProblem::None;
    if (unreachable)
        *unreachable = false;
    auto fail = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        close(connectionName);
        return false;
    };

    const SqlDialect dialect(url);
    if (!QSqlDatabase::isDriverAvailable(url.driverName()))
        return fail(tr("The Qt database driver %1 is not installed (Debian package %2).")
                        .arg(url.driverName(), dialect.driverPackage()));

    // Every handle on the connection (db, query) lives in this lambda, so none
    // is left when fail() removes the connection; otherwise Qt warns that the
    // connection "is still in use" on every failed start.
    const QString problem = [&]() -> QString {
        QSqlDatabase db = QSqlDatabase::addDatabase(url.driverName(), connectionName);
        if (dialect.isEmbedded()) {
            const QFileInfo file(url.path);
            if (!QDir().mkpath(file.absolutePath()))
                return tr("Cannot create the folder %1 for the database.").arg(file.absolutePath());
            db.setDatabaseName(url.path);
            // Wait for a writer in another process instead of failing at once.
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            db.setHostName(url.host);
            if (url.port > 0)
                db.setPort(url.port);
            db.setUserName(url.user);
            db.setPassword(url.password);
            db.setDatabaseName(url.databaseName);
            // An unreachable server must not hang the wizard for minutes of
            // TCP retries: give up connecting after 10 s; on an open
            // connection, data the network swallows fails the statement
            // after 10 s (tcp_user_timeout) and a silent peer is noticed by
            // keepalives within about a minute. The URL may say otherwise.
            QString options = url.options;
            const std::pair<const char *, const char *> defaults[] = {
                {"connect_timeout", "10"}, {"tcp_user_timeout", "10000"}, {"keepalives_idle", "30"},
                {"keepalives_interval", "10"}, {"keepalives_count", "3"}};
            for (const auto &[name, value] : defaults) {
                if (options.contains(QLatin1String(name)))
                    continue;
                options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QLatin1String(name)
                    + QLatin1Char('=') + QLatin1String(value);
            }
            db.setConnectOptions(options);
        }

        if (!db.open()) {
            if (passwordProblemOut && !dialect.isEmbedded())
                *passwordProblemOut = passwordProblem(db.lastError());
            if (unreachable)
                *unreachable = isUnreachableAtOpen(db.lastError(), db);
            return explain(db.lastError(), db);
        }

        if (dialect.isEmbedded()) {
            QSqlQuery query(db);
            // The first statement also proves the file is an SQLite database at all.
            for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                       "PRAGMA foreign_keys=ON"}) {
                if (!query.exec(QString::fromLatin1(pragma))) {
                    if (unreachable)
                        *unreachable = isUnreachable(query.lastError(), db);
                    return explain(query.lastError(), db);
                }
            }
        }
        return QString();
    }();
    if (!problem.isEmpty())
        return fail(problem);
    return true;
}

bool Database::open(const QString &urlText, const QString &connectionName, QString *errorMessage)
{
    return open(urlText, connectionName, errorMessage, QString(), nullptr);
}

bool Database::open(const QString &urlText, const QString &connectionName, QString *errorMessage,
                    const QString &password, PasswordProblem *problem, bool *unreachable)
{
    if (problem)
        *problem = PasswordProblem::None;
    if (unreachable)
        *unreachable = false;
    auto url = DatabaseUrl::parse(urlText, errorMessage);
    if (!url)
        return false;
    if (url->password.isEmpty())
        url->password = password;
    if (!openWithoutMigrating(*url, connectionName, errorMessage, problem, unreachable))
        return false;
    bool migrated = false;
    {
        // Gone before close(), which would otherwise warn that the connection is in use.
        const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        Migrator migrator(db, url->dialect());
        migrated = migrator.migrate(errorMessage);
        // Locked by another program for longer than the busy timeout, or the
        // server went away half-way: the upgrade can be tried again later.
        if (!migrated && unreachable)
            *unreachable = isUnreachable(migrator.lastError(), db);
    }
    if (!migrated) {
        close(connectionName);
        return false;
    }
    return true;
}

bool Database::serverUnreachable(const QSqlError &error)
{
    // 08xxx connection exceptions, 57P01..57P03 server shutting down / starting.
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return true;
    const QString text = error.text();
    for (const char *needle : {"Connection refused", "could not connect", "timeout expired",
                               "could not translate host name", "No route to host", "Network is unreachable",
                               "server closed the connection", "no connection to the server",
                               "terminating connection", "the database system is starting up",
                               "the database system is shutting down", "the database system is in recovery mode",
                               "Connection reset", "Connection timed out"}) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool Database::isConnectionLost(const QSqlError &error, const QSqlDatabase &db)
{
    if (!SqlDialect(db).isPostgres())
        return false;
    return error.type() == QSqlError::ConnectionError || serverUnreachable(error);
}

bool Database::isUnreachable(const QSqlError &error, const QSqlDatabase &db)
{
    if (SqlDialect(db).isSqlite()) {
        // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes.
        const int code = error.nativeErrorCode().toInt();
        return (code & 0xff) == 5 || (code & 0xff) == 6
            || error.text().contains(QLatin1String("database is locked"));
    }
    return isConnectionLost(error, db);
}

bool Database::isUnreachableAtOpen(const QSqlError &error, const QSqlDatabase &db)
{
    if (!SqlDialect(db).isPostgres())
        return isUnreachable(error, db);
    // QPSQL calls every failed open a connection error, a refused password
    // too: only the server's own words say it could not be reached or was
    // not ready.
    return serverUnreachable(error);
}

QString Database::explainSqlite(const QSqlError &error, const QSqlDatabase &db)
{
    // The driver's text says what SQLite said ("attempt to write a readonly
    // database") and what Qt tried ("Unable to fetch row"): keep the first.
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString file = QDir::toNativeSeparators(db.databaseName());
    // The primary result code is the low byte of an extended one.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("The database file %1 is busy: another program has been writing to it for more than 5 seconds. "
                  "Nothing was changed; try again in a moment.").arg(file);
    case 8: // SQLITE_READONLY
        return tr("The database file %1 is read-only for this user, so nothing was saved. Ask IT to make it "
                  "writable for you, or choose another database with --database.").arg(file);
    case 10: // SQLITE_IOERR
        return tr("The database file %1 could not be read or written (%2): the disk may be full or failing. "
                  "Nothing was saved; free some space or check the disk, then try again.").arg(file, reason);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return tr("The file %1 is damaged or is not a helpdesk database (%2). Nothing was changed in it. Ask IT "
                  "to restore it from a backup, or choose another database with --database.").arg(file, reason);
    case 13: // SQLITE_FULL
        return tr("The disk that holds the database file %1 is full, so nothing was saved. Free some space, then "
                  "try again.").arg(file);
    case 14: // SQLITE_CANTOPEN
        return tr("The database file %1 cannot be opened (%2). Check that its folder exists and that you may "
                  "write there.").arg(file, reason);
    default:
        return error.text();
    }
}

QString Database::explain(const QSqlError &error, const QSqlDatabase &db)
{
    const SqlDialect dialect(db);
    if (dialect.isSqlite())
        return explainSqlite(error, db);
    if (!dialect.isPostgres())
        return error.text();
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString server = db.hostName() + (db.port() > 0 ? QLatin1Char(':') + QString::number(db.port()) : QString());
    auto has = [&text](const char *needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };

    if (code == QLatin1String("28P01") || has("password authentication failed"))
        return tr("The database server %1 refused the password for the login “%2”. Check the password in the "
                  "database URL, or ask IT to reset it.").arg(server, db.userName());
    if (has("no password supplied"))
        return tr("The database server %1 asks for a password for the login “%2”. The wizard asks for it once and "
                  "keeps it in the desktop's keyring; a script can use ~/.pgpass. Never put it in a settings file.")
            .arg(server, db.userName());
    if (has("no encryption") || has("SSL off") || has("server does not support SSL"))
        return has("server does not support SSL")
            ? tr("The database URL asks for an encrypted (TLS) connection, but the server %1 does not offer one. "
                 "Remove sslmode from the URL or ask IT to enable TLS on the server.").arg(server)
            : tr("The database server %1 accepts only encrypted (TLS) connections: add ?sslmode=require "
                 "(or verify-full) to the database URL.").arg(server);
    if (code == QLatin1String("3D000") || (has("database") && has("does not exist")))
        return tr("There is no database “%1” on the server %2. Ask IT to create it and run “helpdesk-admin init”.")
            .arg(db.databaseName(), server);
    if (code == QLatin1String("28000") || has("no pg_hba.conf entry"))
        return tr("The database server %1 does not let the login “%2” connect from this computer "
                  "(pg_hba.conf). Ask IT to allow it.").arg(server, db.userName());
    if (code == QLatin1String("42501"))
        return tr("Permission denied: the login “%1” may not do this. Ask IT to give it the helpdesk_reporter or "
                  "helpdesk_agent role (helpdesk-admin add-reporter / add-agent).").arg(db.userName());
    if (code == QLatin1String("42P01"))
        return tr("The database “%1” has no helpdesk schema yet. Ask IT to run “helpdesk-admin init” on it.")
            .arg(db.databaseName());
    if (isConnectionLost(error, db))
        return tr("Cannot reach the database server %1: %2 Check that the server runs and that this computer "
                  "may reach it (network, firewall).").arg(server, text.trimmed());
    return error.text();
}

bool Database::runWithReconnect(const QString &connectionName, QSqlQuery &query,
                                const std::function<bool(QSqlQuery &)> &prepareAndExec)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    query = QSqlQuery(db);
    query.setForwardOnly(true);
    if (prepareAndExec(query))
        return true;
    if (!isConnectionLost(query.lastError(), db))
        return false;
    db.close();
    if (!db.open())
        return false;
    query = QSqlQuery(db);
    query.setForwardOnly(true);
    return prepareAndExec(query);
}

bool Database::runWithReconnect(const QString &connectionName, QSqlQuery &query, const QString &sql,
                                const QVariantList &values)
{
    return runWithReconnect(connectionName, query, [&sql, &values](QSqlQuery &q) {
        if (!q.prepare(sql))
            return false;
        for (const QVariant &value : values)
            q.addBindValue(value);
        return q.exec();
    });
}

void Database::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

int Database::schemaVersion(const QString &connectionName, QString *errorMessage)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    return Migrator(db, SqlDialect(db).migrationsFolder()).currentVersion(errorMessage);
}

std::optional<QString> Database::serverLogin(const QString &connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!SqlDialect(db).isPostgres())
        return std::nullopt;
    QSqlQuery who(db);
    if (who.prepare(QStringLiteral("SELECT current_user")) && who.exec() && who.next())
        return who.value(0).toString();
    return QString();
}

} // namespace Helpdesk
