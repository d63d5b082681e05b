#include "store/prioritymatrixstore.h"

#include "store/database.h"
#include "store/writetransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Helpdesk {

std::optional<PriorityMatrix> PriorityMatrixStore::load(const QString &connectionName, QString *errorMessage)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    PriorityMatrix matrix;
    QSqlQuery query;
    bool ok = Database::runWithReconnect(connectionName, query, [](QSqlQuery &q) {
        return q.exec(QStringLiteral("SELECT impact, urgency, priority FROM priority_matrix"));
    });
    while (ok && query.next())
        matrix.putStored(query.value(0).toString(), query.value(1).toString(), query.value(2).toInt());
    if (ok) {
        ok = Database::runWithReconnect(connectionName, query, [](QSqlQuery &q) {
            return q.exec(QStringLiteral("SELECT priority, response_minutes FROM priority_levels"));
        });
        while (ok && query.next())
            matrix.putStoredResponseMinutes(query.value(0).toInt(), query.value(1).toInt());
    }
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the priority matrix: %1").arg(Database::explain(query.lastError(), db));
        return std::nullopt;
    }
    if (const auto hole = matrix.firstHole()) {
        if (errorMessage)
            *errorMessage = tr("The priority matrix in the database has no priority for impact “%1” and "
                               "urgency “%2”; ask IT to set one with helpdesk-admin priority set.")
                                .arg(hole->first, hole->second);
        return std::nullopt;
    }
    return matrix;
}

bool PriorityMatrixStore::save(const PriorityMatrix &matrix, const QString &connectionName, QString *errorMessage)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    WriteTransaction transaction(db);
    auto fail = [&](const QSqlError &error) {
        transaction.rollback();
        if (errorMessage)
            *errorMessage = tr("Cannot save the priority matrix: %1").arg(Database::explain(error, db));
        return false;
    };
    if (!transaction.begin())
        return fail(transaction.lastError());
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("UPDATE priority_matrix SET priority = ? WHERE impact = ? AND urgency = ?")))
        return fail(query.lastError());
    for (const PriorityMatrix::Cell &cell : matrix.cells()) {
        query.addBindValue(cell.priority);
        query.addBindValue(cell.impact);
        query.addBindValue(cell.urgency);
        if (!query.exec())
            return fail(query.lastError());
    }
    if (!query.prepare(QStringLiteral("UPDATE priority_levels SET response_minutes = ? WHERE priority = ?")))
        return fail(query.lastError());
    const QMap<int, int> &minutes = matrix.responseMinutesByPriority();
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it) {
        query.addBindValue(it.value());
        query.addBindValue(it.key());
        if (!query.exec())
            return fail(query.lastError());
    }
    if (!transaction.commit())
        return fail(transaction.lastError());
    return true;
}

} // namespace Helpdesk
