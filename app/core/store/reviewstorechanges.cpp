#include "store/reviewstore.h"

// ReviewStore's actions (see store/reviewstore.h): take, assign, status,
// note, reply and duplicate, each one transaction that writes the change and
// its history row or, when someone else was first, nothing. On PostgreSQL
// the server writes the history row of a status or assignee change itself
// (migration 0009), so an agent's login cannot write one in another's name. Apart from the
// queue and the reads in store/reviewstore.cpp because it is the one part
// that writes.

#include "model/storagetime.h"
#include "model/taxonomy.h"
#include "store/database.h"
#include "store/sqldialect.h"
#include "store/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Helpdesk {

ActionResult ReviewStore::take(qint64 id, int version)
{
    return apply(id, version, {ReportEvent::Assign, m_agent, {}});
}

ActionResult ReviewStore::assign(qint64 id, int version, const QString &agentLogin)
{
    return apply(id, version, {ReportEvent::Assign, agentLogin.trimmed(), {}});
}

ActionResult ReviewStore::setStatus(qint64 id, int version, const QString &status)
{
    return apply(id, version, {ReportEvent::Status, status, {}});
}

ActionResult ReviewStore::addNote(qint64 id, int version, const QString &text)
{
    return apply(id, version, {ReportEvent::Note, {}, text.trimmed()});
}

ActionResult ReviewStore::reply(qint64 id, int version, const QString &text)
{
    return apply(id, version, {ReportEvent::Reply, {}, text.trimmed()});
}

ActionResult ReviewStore::markDuplicate(qint64 id, int version, qint64 originalId)
{
    Change change{ReportEvent::Status, QStringLiteral("closed"), formatTicket(originalId)};
    change.original = originalId;
    return apply(id, version, change);
}

ActionResult ReviewStore::apply(qint64 id, int version, const Change &change)
{
    bool connectionLost = false;
    ActionResult result = applyOnce(id, version, change, &connectionLost);
    // The server restarted or the network blinked: nothing was written (the
    // transaction was never committed), so reconnect once and try again.
    if (connectionLost) {
        QSqlDatabase db = database();
        db.close();
        if (db.open())
            result = applyOnce(id, version, change, &connectionLost);
    }
    return result;
}

// One applyOnce() under way: the transaction and the one query every step
// runs on, what the steps read for the ones after them, and why it stopped.
struct ReviewStore::Attempt
{
    Attempt(const QSqlDatabase &connection, qint64 reportId, int shownVersion, const Change &wanted)
        : db(connection)
        , transaction(db)
        , query(db)
        , id(reportId)
        , version(shownVersion)
        , change(wanted)
        , kind(QLatin1String(wanted.kind))
        , duplicate(wanted.original != 0)
    {
    }

    // A step stops the change: failed() then rolls back and explains `what`.
    bool fail(const QString &what)
    {
        failure = what;
        return false;
    }
    bool queryFailed() { return fail(Database::explain(query.lastError(), db)); }
    // Someone else changed the report first: conflicted() says what.
    bool conflicts()
    {
        conflict = true;
        return false;
    }

    QSqlDatabase db;
    WriteTransaction transaction;
    QSqlQuery query;
    const qint64 id;
    const int version;
    const Change &change;
    const QString kind;
    const bool duplicate;

    // readReport()
    QString status;
    QString assignee;
    int current = 0;
    ContactInfo reporter;
    bool serverWritesHistory = false;
    // readOriginal()
    QString originalReporter;
    int originalVersion = 0;
    // updateReport()
    QString now;
    QString oldValue;

    QString failure;
    bool conflict = false;
};

ActionResult ReviewStore::applyOnce(qint64 id, int version, const Change &change, bool *connectionLost)
{
    *connectionLost = false;
    ActionResult result;
    result.error = refusal(id, change);
    if (!result.error.isEmpty())
        return result;

    Attempt attempt(database(), id, version, change);
    // A second console waits for this one's write lock instead of failing half-way.
    if (!attempt.transaction.begin()) {
        *connectionLost = Database::isConnectionLost(attempt.transaction.lastError(), attempt.db);
        result.error = tr("%1 could not be changed: %2")
                           .arg(formatTicket(id), Database::explain(attempt.transaction.lastError(), attempt.db));
        return result;
    }
    // In this order, in the one transaction: the report as it is, the
    // original it repeats, the change, its history row, then the original.
    if (!(readReport(attempt) && readOriginal(attempt) && updateReport(attempt) && writeEvent(attempt)
          && (!attempt.duplicate || (addAffectedToOriginal(attempt) && bumpOriginal(attempt)))))
        return attempt.conflict ? conflicted(attempt) : failed(attempt, connectionLost);
    if (!attempt.transaction.commit()) {
        attempt.fail(Database::explain(attempt.transaction.lastError(), attempt.db));
        return failed(attempt, connectionLost);
    }
    result.ok = true;
    result.version = version + 1;
    return result;
}

int ReviewStore::closeResolvedOlderThan(int days, QString *errorMessage)
{
    const QString before = StorageTime::text(QDateTime::currentDateTimeUtc().addDays(-days));
    QSqlQuery query;
    if (!Database::runWithReconnect(m_connectionName, query,
                                    QStringLiteral("SELECT id, version FROM reports WHERE status = 'resolved' "
                                                   "AND resolved_at < ? ORDER BY id"),
                                    {before})) {
        if (errorMessage)
            *errorMessage = tr("Cannot find the resolved reports: %1").arg(Database::explain(query.lastError(), database()));
        return -1;
    }
    QList<std::pair<qint64, int>> stale;
    while (query.next())
        stale.append({query.value(0).toLongLong(), query.value(1).toInt()});
    query.finish();
    int closed = 0;
    for (const auto &[id, version] : std::as_const(stale)) {
        const ActionResult result = setStatus(id, version, QStringLiteral("closed"));
        if (result.ok)
            ++closed;
        else if (!result.conflict) {
            if (errorMessage)
                *errorMessage = result.error;
            return -1;
        }
    }
    return closed;
}

QString ReviewStore::refusal(qint64 id, const Change &change)
{
    const QString kind = QLatin1String(change.kind);
    const bool isText = kind == QLatin1String(ReportEvent::Note) || kind == QLatin1String(ReportEvent::Reply);
    if (isText && change.text.isEmpty())
        return kind == QLatin1String(ReportEvent::Note) ? tr("Write the note first.") : tr("Write the reply first.");
    if (isText && FieldRules::characterCount(change.text) > TextMax)
        return tr("The text is too long: at most %1 characters.").arg(TextMax);
    const bool duplicate = change.original != 0;
    if (duplicate && change.original == id)
        return tr("%1 cannot be a duplicate of itself.").arg(formatTicket(id));
    if (duplicate && change.original < 0)
        return tr("Give the ticket number of the report this one repeats, e.g. HD-000042.");
    if (kind == QLatin1String(ReportEvent::Status) && !statuses().contains(change.value))
        return tr("Unknown status “%1”.").arg(change.value);
    return QString();
}

ActionResult ReviewStore::failed(Attempt &attempt, bool *connectionLost) const
{
    *connectionLost = Database::isConnectionLost(attempt.query.lastError(), attempt.db)
        || Database::isConnectionLost(attempt.db.lastError(), attempt.db);
    ActionResult result;
    result.error = tr("%1 could not be changed: %2").arg(formatTicket(attempt.id), attempt.failure);
    attempt.transaction.rollback();
    return result;
}

ActionResult ReviewStore::conflicted(Attempt &attempt) const
{
    attempt.transaction.rollback();
    ActionResult result;
    result.conflict = true;
    result.version = attempt.current;
    QString error;
    result.changesSince = history(attempt.id, &error, attempt.version);
    QStringList lines;
    for (const ReportEvent &event : std::as_const(result.changesSince))
        lines.append(QStringLiteral("• ") + event.at.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ')
                     + describe(event));
    result.error = tr("%1 was changed by someone else since you opened it, so nothing was saved. "
                      "Look at its current state and try again.")
                       .arg(formatTicket(attempt.id));
    if (!lines.isEmpty())
        result.error += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    return result;
}

bool ReviewStore::readReport(Attempt &attempt) const
{
    QSqlQuery &query = attempt.query;
    // Whether the server writes this login's history rows itself (schema 9).
    query.prepare(QStringLiteral("SELECT status, assignee, version, reporter_login, reporter_name, reporter_email, "
                                 "reporter_phone, %1 FROM reports WHERE id = ?")
                      .arg(SqlDialect(attempt.db).serverWritesHistoryExpression()));
    query.addBindValue(attempt.id);
    if (!query.exec())
        return attempt.queryFailed();
    if (!query.next())
        return attempt.fail(tr("there is no such report."));
    attempt.status = query.value(0).toString();
    attempt.assignee = query.value(1).toString();
    attempt.current = query.value(2).toInt();
    attempt.reporter.login = query.value(3).toString().trimmed();
    attempt.reporter.name = query.value(4).toString();
    attempt.reporter.email = query.value(5).toString();
    attempt.reporter.phone = query.value(6).toString();
    attempt.serverWritesHistory = query.value(7).toBool();
    query.finish();
    if (attempt.current != attempt.version)
        return attempt.conflicts();
    return true;
}

bool ReviewStore::readOriginal(Attempt &attempt) const
{
    // The original: it must exist and still be open; locked (PostgreSQL; the
    // SQLite write lock is held already) so its version is bumped exactly once.
    if (!attempt.duplicate)
        return true;
    if (attempt.status == QLatin1String("closed"))
        return attempt.fail(tr("it is closed already."));
    QSqlQuery &query = attempt.query;
    const qint64 original = attempt.change.original;
    query.prepare(QStringLiteral("SELECT status, reporter_login, version FROM reports WHERE id = ?")
                  + SqlDialect(attempt.db).lockRowsSuffix());
    query.addBindValue(original);
    if (!query.exec())
        return attempt.queryFailed();
    if (!query.next())
        return attempt.fail(tr("there is no report %1 to be a duplicate of.").arg(formatTicket(original)));
    if (query.value(0).toString() == QLatin1String("closed"))
        return attempt.fail(tr("%1 is closed: reopen it first, or mark this one a duplicate of an open report.")
                                .arg(formatTicket(original)));
    attempt.originalReporter = query.value(1).toString().trimmed();
    attempt.originalVersion = query.value(2).toInt();
    query.finish();
    return true;
}

bool ReviewStore::buildUpdate(Attempt &attempt, QString *set, QVariantList *values) const
{
    const Change &change = attempt.change;
    if (attempt.kind == QLatin1String(ReportEvent::Status)) {
        // A duplicate closes from any open status; everything else follows the workflow.
        if (!attempt.duplicate && !canChangeStatus(attempt.status, change.value))
            return attempt.fail(tr("a report that is %1 cannot become %2.")
                                    .arg(Taxonomy::statusName(attempt.status), Taxonomy::statusName(change.value)));
        attempt.oldValue = attempt.status;
        *set = QStringLiteral("status = ?, resolved_at = ?, ");
        *values << change.value;
        const bool resolved = change.value == QLatin1String("resolved") || change.value == QLatin1String("closed");
        // A reopened report is no longer resolved; closing keeps the time it was resolved.
        if (change.value == QLatin1String("closed"))
            *set = QStringLiteral("status = ?, resolved_at = COALESCE(resolved_at, ?), ");
        *values << (resolved ? QVariant(attempt.now) : QVariant(QMetaType(QMetaType::QString)));
    } else if (attempt.kind == QLatin1String(ReportEvent::Assign)) {
        if (attempt.assignee == change.value)
            return attempt.fail(change.value.isEmpty() ? tr("nobody is assigned to it.")
                                                       : tr("it is already assigned to %1.").arg(change.value));
        attempt.oldValue = attempt.assignee;
        *set = QStringLiteral("assignee = ?, ");
        *values << change.value;
    }
    return true;
}

bool ReviewStore::updateReport(Attempt &attempt) const
{
    attempt.now = StorageTime::text(QDateTime::currentDateTimeUtc());
    QString set;
    QVariantList values;
    if (!buildUpdate(attempt, &set, &values))
        return false;
    QSqlQuery &query = attempt.query;
    // The server's history row of a duplicate names the original it repeats.
    if (attempt.duplicate && attempt.serverWritesHistory) {
        query.prepare(QStringLiteral("SELECT set_config('helpdesk.duplicate_of', ?, true)"));
        query.addBindValue(QString::number(attempt.change.original));
        if (!query.exec())
            return attempt.queryFailed();
        query.finish();
    }
    // Any change of an agent's follows up a reporter's answer; on PostgreSQL
    // the server clears the mark itself (migration 0015).
    if (!attempt.serverWritesHistory)
        set += QStringLiteral("answered_at = NULL, ");
    query.prepare(QStringLiteral("UPDATE reports SET %1version = version + 1, updated_at = ? "
                                 "WHERE id = ? AND version = ?")
                      .arg(set));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(attempt.now);
    query.addBindValue(attempt.id);
    query.addBindValue(attempt.version);
    if (!query.exec())
        return attempt.queryFailed();
    if (query.numRowsAffected() != 1) // PostgreSQL: another transaction committed in between
        return attempt.conflicts();
    return true;
}

bool ReviewStore::writeEvent(Attempt &attempt) const
{
    // On PostgreSQL the UPDATE wrote the status or assignee row itself, in
    // this agent's name; notes and replies are the agent's to write.
    const bool changesReport = attempt.kind == QLatin1String(ReportEvent::Status)
        || attempt.kind == QLatin1String(ReportEvent::Assign);
    if (changesReport && attempt.serverWritesHistory)
        return true;
    const QString &oldValue = attempt.oldValue;
    const QString &newValue = attempt.change.value;
    const QString &text = attempt.change.text;
    QSqlQuery &query = attempt.query;
    query.prepare(QStringLiteral("INSERT INTO report_events (report_id, at, actor, kind, old_value, new_value, text, "
                                 "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(attempt.id);
    query.addBindValue(attempt.now);
    query.addBindValue(m_agent);
    query.addBindValue(attempt.kind);
    query.addBindValue(oldValue.isNull() ? QStringLiteral("") : oldValue);
    query.addBindValue(newValue.isNull() ? QStringLiteral("") : newValue);
    query.addBindValue(text.isNull() ? QStringLiteral("") : text);
    query.addBindValue(attempt.version + 1);
    if (!query.exec())
        return attempt.queryFailed();
    return true;
}

bool ReviewStore::addAffectedToOriginal(Attempt &attempt) const
{
    // The duplicate's reporter first, then everyone affected by it; the
    // original's own reporter is affected by definition and not added.
    QSqlQuery &query = attempt.query;
    const ContactInfo &reporter = attempt.reporter;
    if (!reporter.login.isEmpty() && reporter.login != attempt.originalReporter) {
        query.prepare(QStringLiteral("INSERT INTO report_affected (report_id, login, name, email, phone, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (report_id, login) DO NOTHING"));
        query.addBindValue(attempt.change.original);
        auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value.trimmed(); };
        query.addBindValue(reporter.login);
        query.addBindValue(text(reporter.name));
        query.addBindValue(text(reporter.email));
        query.addBindValue(text(reporter.phone));
        query.addBindValue(attempt.now);
        if (!query.exec())
            return attempt.queryFailed();
    }
    query.prepare(QStringLiteral("INSERT INTO report_affected (report_id, login, name, email, phone, created_at) "
                                 "SELECT ?, login, name, email, phone, ? FROM report_affected "
                                 "WHERE report_id = ? AND login <> ? ON CONFLICT (report_id, login) DO NOTHING"));
    query.addBindValue(attempt.change.original);
    query.addBindValue(attempt.now);
    query.addBindValue(attempt.id);
    query.addBindValue(attempt.originalReporter.isNull() ? QStringLiteral("") : attempt.originalReporter);
    if (!query.exec())
        return attempt.queryFailed();
    return true;
}

bool ReviewStore::bumpOriginal(Attempt &attempt) const
{
    // Its own new version and a history row naming the duplicate.
    QSqlQuery &query = attempt.query;
    const qint64 original = attempt.change.original;
    query.prepare(QStringLiteral("UPDATE reports SET version = ?, updated_at = ? WHERE id = ? AND version = ?"));
    query.addBindValue(attempt.originalVersion + 1);
    query.addBindValue(attempt.now);
    query.addBindValue(original);
    query.addBindValue(attempt.originalVersion);
    if (!query.exec())
        return attempt.queryFailed();
    if (query.numRowsAffected() != 1)
        return attempt.fail(tr("%1 changed at the same moment; try again.").arg(formatTicket(original)));

    query.prepare(QStringLiteral("INSERT INTO report_events (report_id, at, actor, kind, old_value, new_value, "
                                 "text, version) VALUES (?, ?, ?, ?, '', ?, '', ?)"));
    query.addBindValue(original);
    query.addBindValue(attempt.now);
    query.addBindValue(m_agent);
    query.addBindValue(QLatin1String(ReportEvent::Note));
    query.addBindValue(formatTicket(attempt.id));
    query.addBindValue(attempt.originalVersion + 1);
    if (!query.exec())
        return attempt.queryFailed();
    return true;
}

} // namespace Helpdesk
