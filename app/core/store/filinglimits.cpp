#include "store/filinglimits.h"

#include "store/database.h"
#include "store/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Helpdesk {

bool FilingLimits::onServer(const QString &connectionName, QString *errorMessage)
{
    if (SqlDialect(QSqlDatabase::database(connectionName, false)).isPostgres())
        return true;
    *errorMessage = tr("Filing limits are for a shared PostgreSQL database, where each person has a login; the "
                       "embedded database has no logins to limit.");
    return false;
}

std::optional<QList<FilingLimits::Limit>> FilingLimits::list(const QString &connectionName, QString *errorMessage)
{
    if (!onServer(connectionName, errorMessage))
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!Database::runWithReconnect(connectionName, query,
                                    QStringLiteral("SELECT login, reports_per_hour FROM filing_limits "
                                                   "ORDER BY login <> ?, login"),
                                    {QLatin1String(EveryoneLogin)})) {
        *errorMessage = Database::explain(query.lastError(), QSqlDatabase::database(connectionName, false));
        return std::nullopt;
    }
    QList<Limit> limits;
    while (query.next())
        limits.append({query.value(0).toString(), query.value(1).toInt()});
    return limits;
}

bool FilingLimits::set(const QString &connectionName, const QString &login, int reportsPerHour, QString *errorMessage)
{
    if (!onServer(connectionName, errorMessage))
        return false;
    if (reportsPerHour < 0) {
        *errorMessage = tr("A filing limit is a number of reports an hour, 0 or more.");
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!Database::runWithReconnect(connectionName, query,
                                    QStringLiteral("INSERT INTO filing_limits (login, reports_per_hour) VALUES (?, ?) "
                                                   "ON CONFLICT (login) DO UPDATE SET reports_per_hour = "
                                                   "EXCLUDED.reports_per_hour"),
                                    {login, reportsPerHour})) {
        *errorMessage = Database::explain(query.lastError(), QSqlDatabase::database(connectionName, false));
        return false;
    }
    return true;
}

bool FilingLimits::remove(const QString &connectionName, const QString &login, QString *errorMessage)
{
    if (!onServer(connectionName, errorMessage))
        return false;
    if (login == QLatin1String(EveryoneLogin)) {
        *errorMessage = tr("Everyone's filing limit can be changed but not removed.");
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!Database::runWithReconnect(connectionName, query, QStringLiteral("DELETE FROM filing_limits WHERE login = ?"),
                                    {login})) {
        *errorMessage = Database::explain(query.lastError(), QSqlDatabase::database(connectionName, false));
        return false;
    }
    if (query.numRowsAffected() == 0) {
        *errorMessage = tr("The login “%1” has no filing limit of its own; everyone's applies to it.").arg(login);
        return false;
    }
    return true;
}

} // namespace Helpdesk
