#include "store/sqldialect.h"

#include "store/database.h"
#include "triage/textsearch.h"

#include <QTimeZone>

namespace Helpdesk {

SqlDialect::SqlDialect(const QSqlDatabase &db)
{
    const QString driver = db.driverName();
    if (driver == QLatin1String("QPSQL"))
        m_kind = Kind::PostgreSql;
    else if (driver == QLatin1String("QSQLITE"))
        m_kind = Kind::Sqlite;
}

SqlDialect::SqlDialect(const DatabaseUrl &url)
    : m_kind(url.backend == DatabaseUrl::Backend::PostgreSql ? Kind::PostgreSql : Kind::Sqlite)
{
}

bool SqlDialect::isSqlite() const
{
    return m_kind == Kind::Sqlite;
}

bool SqlDialect::isPostgres() const
{
    return m_kind == Kind::PostgreSql;
}

bool SqlDialect::isEmbedded() const
{
    return m_kind == Kind::Sqlite;
}

QString SqlDialect::migrationsFolder() const
{
    return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString SqlDialect::driverPackage() const
{
    return isPostgres() ? QStringLiteral("libqt6sql6-psql") : QStringLiteral("libqt6sql6-sqlite");
}

QString SqlDialect::textSearchCondition(const QString &table, const QString &idColumn) const
{
    if (isPostgres())
        return QStringLiteral("search @@ to_tsquery('simple', ?)");
    const QString index = table + QStringLiteral("_search");
    return QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)").arg(idColumn, index);
}

QString SqlDialect::textSearchValue(const QStringList &words) const
{
    return (isPostgres() ? TextSearch::postgresQuery(words) : TextSearch::sqliteQuery(words)).trimmed();
}

bool SqlDialect::hasWordIndexTable() const
{
    return !isPostgres();
}

QString SqlDialect::timeParameter() const
{
    return isPostgres() ? QStringLiteral("CAST(? AS timestamptz)") : QStringLiteral("?");
}

QString SqlDialect::timeAsText(const QString &column) const
{
    return isPostgres() ? column + QStringLiteral("::text") : column;
}

QString SqlDialect::localDay(const QString &column) const
{
    return isPostgres() ? QStringLiteral("to_char(%1 AT TIME ZONE ?, 'YYYY-MM-DD')").arg(column)
                        : QStringLiteral("date(%1, 'localtime')").arg(column);
}

QVariantList SqlDialect::localDayValues() const
{
    if (!isPostgres())
        return {};
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    return {zone.isEmpty() ? QStringLiteral("UTC") : QString::fromUtf8(zone)};
}

QString SqlDialect::lockRowsSuffix() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
}

QString SqlDialect::schemaLockStatement() const
{
    // Any constant of our own: the key of the advisory lock all migrating
    // programs wait for.
    return isPostgres() ? QStringLiteral("SELECT pg_advisory_xact_lock(72417001)") : QString();
}

bool SqlDialect::serverSetsReportFields() const
{
    return m_kind == Kind::PostgreSql;
}

QString SqlDialect::serverWritesHistoryExpression() const
{
    return serverSetsReportFields() ? QStringLiteral("NOT helpdesk_acts_as_owner()") : QStringLiteral("0 = 1");
}

bool SqlDialect::announcesChanges() const
{
    return isPostgres();
}

bool SqlDialect::looksUpOpenReportsByDraft() const
{
    return isPostgres();
}

} // namespace Helpdesk
