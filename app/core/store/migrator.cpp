#include "store/migrator.h"

#include "store/database.h"
#include "store/sqldialect.h"
#include "store/writetransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Helpdesk {

namespace {

// True when `word` (any case) stands at `i` as a whole word, not as part of
// a longer name.
bool wordAt(const QString &sql, int i, QLatin1String word)
{
    const int n = int(sql.size());
    const int len = int(word.size());
    if (i + len > n || sql.mid(i, len).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    const bool startOk = i == 0 || !(sql.at(i - 1).isLetterOrNumber() || sql.at(i - 1) == QLatin1Char('_'));
    const bool endOk = i + len == n || !(sql.at(i + len).isLetterOrNumber() || sql.at(i + len) == QLatin1Char('_'));
    return startOk && endOk;
}

// A comment, a quoted string or name, or a PostgreSQL dollar-quoted body
// starting at `i`, where a ';' splits nothing: adds it to `current` (a comment
// as a line break or a space) and returns the index of its last character;
// -1 when none starts at `i`.
int copyUnsplittable(const QString &sql, int i, QString *current)
{
    const int n = int(sql.size());
    const QChar c = sql.at(i);
    if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
        while (i < n && sql.at(i) != QLatin1Char('\n'))
            ++i;
        *current += QLatin1Char('\n');
        return i;
    }
    if (c == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
        const int end = int(sql.indexOf(QLatin1String("*/"), i + 2));
        *current += QLatin1Char(' ');
        return end < 0 ? n : end + 1;
    }
    if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
        const QChar quote = c;
        *current += c;
        for (++i; i < n; ++i) {
            *current += sql.at(i);
            if (sql.at(i) == quote)
                break;
        }
        return i;
    }
    if (c == QLatin1Char('$')) {
        // A PostgreSQL dollar-quoted body, $$ … $$ or $tag$ … $tag$ (a tag
        // never starts with a digit: $1 is a parameter): copy to the same
        // delimiter, past any other delimiters inside.
        static const QRegularExpression opening(QStringLiteral("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
        const QRegularExpressionMatch match =
            opening.match(sql, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            return -1;
        const QString delimiter = match.captured(0);
        const int end = int(sql.indexOf(delimiter, i + delimiter.size()));
        const int stop = end < 0 ? n : end + int(delimiter.size());
        *current += sql.mid(i, stop - i);
        return stop - 1;
    }
    return -1;
}

} // namespace

Migrator::Migrator(QSqlDatabase db, const QString &dialect, const QString &folder)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
    const QDir dir(folder.isEmpty() ? QStringLiteral(":/migrations/") + dialect : folder);
    static const QRegularExpression name(QStringLiteral("^(\\d+)_([A-Za-z0-9_]+)\\.sql$"));
    const auto entries = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            m_migrations.append({match.captured(1).toInt(), match.captured(2), dir.filePath(entry)});
    }
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::currentVersion(QString *errorMessage) const
{
    if (!m_db.tables().contains(QStringLiteral("schema_version"))) {
        // tables() hides errors; a file that is not a database shows up here.
        if (m_db.lastError().isValid()) {
            m_lastError = m_db.lastError();
            if (errorMessage)
                *errorMessage = tr("Cannot read the database: %1").arg(Database::explain(m_lastError, m_db));
            return -1;
        }
        return 0;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next()) {
        m_lastError = query.lastError();
        if (errorMessage)
            *errorMessage = tr("Cannot read the schema version: %1").arg(Database::explain(query.lastError(), m_db));
        return -1;
    }
    return query.value(0).toInt();
}

bool Migrator::migrate(QString *errorMessage)
{
    return migrateTo(latestVersion(), errorMessage);
}

bool Migrator::migrateTo(int target, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };

    m_lastError = QSqlError();
    if (m_migrations.isEmpty())
        return fail(tr("This program has no database migrations for %1 databases.").arg(m_dialect));

    const int current = currentVersion(errorMessage);
    if (current < 0)
        return false;
    if (current > latestVersion())
        return fail(tr("The database has schema version %1, but this program knows only up to version %2. "
                       "It was updated by a newer Helpdesk Intake; install that version here too.")
                        .arg(current)
                        .arg(latestVersion()));

    const QString schemaLock = SqlDialect(m_db).schemaLockStatement();
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= current || migration.version > target)
            continue;
        if (!apply(migration, current, schemaLock, errorMessage))
            return false;
    }
    return true;
}

bool Migrator::apply(const Migration &migration, int current, const QString &schemaLock, QString *errorMessage)
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot read migration %1: %2").arg(migration.path, file.errorString());
        return false;
    }
    const QString sql = QString::fromUtf8(file.readAll());

    QSqlQuery query(m_db);
    WriteTransaction transaction(m_db);
    auto rollback = [&](const QString &what, const QSqlError &error) {
        m_lastError = error;
        transaction.rollback();
        if (errorMessage)
            *errorMessage = failureMessage(migration, current, what, error);
        return false;
    };
    // Two programs may start against a new database at the same moment:
    // take a write lock first (the transaction's own, or an advisory
    // lock), then look at the version again, so each migration runs once.
    if (!transaction.begin())
        return rollback(QStringLiteral("BEGIN"), transaction.lastError());
    if (!schemaLock.isEmpty() && !query.exec(schemaLock))
        return rollback(QStringLiteral("BEGIN"), query.lastError());
    // The bookkeeping table is made inside the first migration's transaction.
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return rollback(QStringLiteral("schema_version"), query.lastError());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next())
        return rollback(QStringLiteral("schema_version"), query.lastError());
    // Another program applied it while this one waited for the lock.
    const bool applied = query.value(0).toInt() >= migration.version;
    query.finish();
    if (!applied) {
        const QStringList statements = splitStatements(sql);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return rollback(statement.left(80), query.lastError());
        }
        if (!recordVersion(query, migration))
            return rollback(QStringLiteral("schema_version"), query.lastError());
        query.finish();
    }
    if (!transaction.commit())
        return rollback(QStringLiteral("COMMIT"), transaction.lastError());
    return true;
}

bool Migrator::recordVersion(QSqlQuery &query, const Migration &migration)
{
    query.prepare(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(migration.name);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return query.exec();
}

QString Migrator::failureMessage(const Migration &migration, int current, const QString &what,
                                 const QSqlError &error) const
{
    if (error.nativeErrorCode() == QLatin1String("42501") && current == 0)
        return tr("The database %1 has no helpdesk schema yet, and the login %2 may not create it. "
                  "Ask IT to run “helpdesk-admin init” on it first.")
            .arg(m_db.databaseName(), m_db.userName());
    return tr("Upgrading the database to version %1 (%2) failed at %3: %4")
        .arg(migration.version)
        .arg(migration.name, what, Database::explain(error, m_db));
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    int blockDepth = 0;
    const int n = int(sql.size());
    for (int i = 0; i < n; ++i) {
        const int skipped = copyUnsplittable(sql, i, &current);
        if (skipped >= 0) {
            i = skipped;
            continue;
        }
        const QChar c = sql.at(i);
        // CASE … END nests inside a trigger body; its END must not close the body.
        if ((wordAt(sql, i, QLatin1String("BEGIN")) && !current.trimmed().isEmpty())
            || wordAt(sql, i, QLatin1String("CASE")))
            ++blockDepth;
        else if (wordAt(sql, i, QLatin1String("END")) && blockDepth > 0)
            --blockDepth;
        if (c == QLatin1Char(';') && blockDepth == 0) {
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace Helpdesk
