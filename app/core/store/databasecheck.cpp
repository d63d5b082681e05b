#include "store/databasecheck.h"

#include "store/database.h"
#include "store/migrator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Helpdesk {

int DatabaseCheck::latestSchemaVersion(const QString &dialect)
{
    return Migrator(QSqlDatabase(), dialect).latestVersion();
}

std::optional<DatabaseCheck::LoginAccess> DatabaseCheck::loginAccess(const QString &connectionName,
                                                                     QString *errorMessage)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool prepared = query.prepare(QStringLiteral(
        "SELECT current_user, "
        "COALESCE((SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = ?), false), "
        "COALESCE((SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = ?), false), "
        "COALESCE(has_any_column_privilege(current_user, to_regclass(?), 'INSERT'), false), "
        "COALESCE(has_table_privilege(current_user, to_regclass(?), 'SELECT'), false)"));
    if (prepared) {
        query.addBindValue(QStringLiteral("helpdesk_agent"));
        query.addBindValue(QStringLiteral("helpdesk_reporter"));
        query.addBindValue(QStringLiteral("reports"));
        query.addBindValue(QStringLiteral("reports"));
    }
    if (!prepared || !query.exec() || !query.next()) {
        if (errorMessage)
            *errorMessage = Database::explain(query.lastError(), db);
        return std::nullopt;
    }
    LoginAccess access;
    access.login = query.value(0).toString();
    access.agent = query.value(1).toBool();
    access.reporter = query.value(2).toBool();
    access.mayFile = query.value(3).toBool() && query.value(4).toBool();
    return access;
}

} // namespace Helpdesk
