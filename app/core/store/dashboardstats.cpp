#include "store/dashboardstats.h"

#include "model/storagetime.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "store/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace Helpdesk {

DashboardStatsReader::DashboardStatsReader(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

std::optional<DashboardStats> DashboardStatsReader::read(const QDateTime &now, QString *errorMessage, int days,
                                                         int topMakes) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const SqlDialect dialect(db);
    DashboardStats stats;
    const QDateTime localNow = now.toLocalTime();
    stats.lastDay = localNow.date();
    stats.firstDay = stats.lastDay.addDays(-(std::max(days, 1) - 1));
    // Local midnights around the days, as the column stores times (UTC ISO
    // text on SQLite); bound as `since` and `until`.
    const QString since = StorageTime::text(stats.firstDay.startOfDay());
    const QString until = StorageTime::text(stats.lastDay.addDays(1).startOfDay());
    const QString sinceCondition =
        QStringLiteral("created_at >= %1 AND created_at < %1").arg(dialect.timeParameter());

    // One statement, its bound values, and what to do with each row.
    auto run = [&](const QString &sql, const QVariantList &values,
                   const std::function<void(const QSqlQuery &)> &row) {
        QSqlQuery query;
        if (!Database::runWithReconnect(m_connectionName, query, sql, values)) {
            if (errorMessage)
                *errorMessage = tr("Cannot read the statistics: %1").arg(Database::explain(query.lastError(), db));
            return false;
        }
        while (query.next())
            row(query);
        return true;
    };

    if (!run(QStringLiteral("SELECT category, COUNT(*) FROM reports WHERE %1 GROUP BY category "
                            "ORDER BY COUNT(*) DESC, category")
                 .arg(sinceCondition),
             {since, until}, [&](const QSqlQuery &q) {
                 stats.perCategory.append({q.value(0).toString(), q.value(1).toLongLong()});
                 stats.total += q.value(1).toLongLong();
             }))
        return std::nullopt;

    if (!run(QStringLiteral("SELECT device_make, COUNT(*) FROM reports WHERE %1 AND device_make <> '' "
                            "GROUP BY device_make ORDER BY COUNT(*) DESC, device_make LIMIT ?")
                 .arg(sinceCondition),
             {since, until, std::max(topMakes, 1)},
             [&](const QSqlQuery &q) { stats.perMake.append({q.value(0).toString(), q.value(1).toLongLong()}); }))
        return std::nullopt;

    // Local days: SQLite's 'localtime' is this process's time zone; PostgreSQL
    // is told this computer's zone (an IANA name such as Europe/Moscow).
    QHash<QDate, qint64> perDay;
    const QString daySql = QStringLiteral("SELECT %1 AS day, COUNT(*) FROM reports WHERE %2 GROUP BY day")
                               .arg(dialect.localDay(QStringLiteral("created_at")), sinceCondition);
    const QVariantList dayValues = dialect.localDayValues() + QVariantList{since, until};
    if (!run(daySql, dayValues, [&](const QSqlQuery &q) {
            perDay.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong());
        }))
        return std::nullopt;
    for (QDate day = stats.firstDay; day <= stats.lastDay; day = day.addDays(1))
        stats.perDay.append({day, perDay.value(day)});

    // The same days by when it was said: one range of report_events_kind_at
    // per kind, counted in one statement.
    if (!run(QStringLiteral("SELECT SUM(CASE WHEN kind = 'status' THEN 1 ELSE 0 END), "
                            "SUM(CASE WHEN kind = 'not_fixed' THEN 1 ELSE 0 END), "
                            "SUM(CASE WHEN kind = 'fixed' THEN 1 ELSE 0 END), "
                            "AVG(CASE WHEN kind = 'fixed' THEN CAST(new_value AS INTEGER) END) "
                            "FROM report_events WHERE ((kind = 'status' AND new_value = 'resolved') "
                            "OR kind = 'not_fixed' OR (kind = 'fixed' AND new_value <> '')) "
                            "AND at >= %1 AND at < %1")
                 .arg(dialect.timeParameter()),
             {since, until}, [&](const QSqlQuery &q) {
                 stats.resolved = q.value(0).toLongLong();
                 stats.reopened = q.value(1).toLongLong();
                 stats.ratings = q.value(2).toLongLong();
                 stats.averageRating = q.value(3).toDouble();
             }))
        return std::nullopt;
    return stats;
}

} // namespace Helpdesk
