#include "store/database.h"

#include "store/migrator.h"
#include "store/sqldialect.h"

#include <QDir>
#include <QFile>
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

    const QString problem = openConnection(url, dialect, connectionName, passwordProblemOut, unreachable);
    if (!problem.isEmpty())
        return fail(problem);
    return true;
}

QString Database::openConnection(const DatabaseUrl &url, const SqlDialect &dialect, const QString &connectionName,
                                 PasswordProblem *passwordProblemOut, bool *unreachable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(url.driverName(), connectionName);
    if (dialect.isEmbedded()) {
        const QString problem = setUpFile(db, url);
        if (!problem.isEmpty())
            return problem;
    } else {
        setUpServer(db, url);
    }

    if (!db.open()) {
        if (passwordProblemOut && !dialect.isEmbedded())
            *passwordProblemOut = passwordProblem(db.lastError());
        if (unreachable)
            *unreachable = isUnreachableAtOpen(db.lastError(), db);
        return explain(db.lastError(), db);
    }

    if (dialect.isEmbedded())
        return setPragmas(db, unreachable);
    return QString();
}

QString Database::setUpFile(QSqlDatabase &db, const DatabaseUrl &url)
{
    // On SQLite only the file's permissions keep other users of this computer
    // away from every report and agent account: a folder and a file made here
    // are their owner's alone (0700, 0600; SQLite gives its -wal and -shm
    // files the main file's mode). What exists already keeps its permissions.
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileInfo file(url.path);
    const QString folder = file.absolutePath();
    if (!QFileInfo::exists(folder)
        && !(QDir().mkpath(QFileInfo(folder).absolutePath())
             && QDir().mkdir(folder, ownerOnly | QFileDevice::ExeOwner)))
        return tr("Cannot create the folder %1 for the database.").arg(folder);
    if (!file.exists()) {
        // An empty file is a new database to SQLite. When it cannot be made,
        // SQLite's own open says why.
        QFile create(url.path);
        create.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly);
    }
    db.setDatabaseName(url.path);
    // Wait for a writer in another process instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    return QString();
}

void Database::setUpServer(QSqlDatabase &db, const DatabaseUrl &url)
{
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

QString Database::setPragmas(QSqlDatabase &db, bool *unreachable)
{
    QSqlQuery query(db);
    // The first statement also proves the file is an SQLite database at all.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            if (unreachable)
                *unreachable = isUnreachable(query.lastError(), db);
            return explain(query.lastError(), db);
        }
    }
    return QString();
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

std::optional<bool> Database::filesOnlyOwnReports(const QString &connectionName, QString *errorMessage)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!SqlDialect(db).isPostgres())
        return false;
    // PostgreSQL's own test: row-level security applies unless the login is a
    // superuser, may bypass it, or owns the table (which does not force it on
    // its owner); then the agents' policy lets every row through and the
    // reporters' only their own. 'USAGE': policies and ownership go by the
    // privileges a login inherits, not by bare membership.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool asked = query.prepare(QStringLiteral(
        "SELECT t.relrowsecurity AND NOT r.rolsuper AND NOT r.rolbypassrls "
        "AND (t.relforcerowsecurity OR NOT pg_has_role(current_user, t.relowner, 'USAGE')) "
        "AND COALESCE((SELECT pg_has_role(current_user, oid, 'USAGE') "
        "              FROM pg_roles WHERE rolname = :reporter), false) "
        "AND NOT COALESCE((SELECT pg_has_role(current_user, oid, 'USAGE') "
        "                  FROM pg_roles WHERE rolname = :agent), false) "
        "FROM pg_class t JOIN pg_roles r ON r.rolname = current_user WHERE t.oid = to_regclass(:table)"));
    if (asked) {
        query.bindValue(QStringLiteral(":reporter"), QStringLiteral("helpdesk_reporter"));
        query.bindValue(QStringLiteral(":agent"), QStringLiteral("helpdesk_agent"));
        query.bindValue(QStringLiteral(":table"), QStringLiteral("reports"));
        asked = query.exec();
    }
    if (!asked) {
        if (errorMessage)
            *errorMessage = explain(query.lastError(), db);
        return std::nullopt;
    }
    // No row: no reports table, so no policy either.
    return query.next() && query.value(0).toBool();
}

} // namespace Helpdesk
