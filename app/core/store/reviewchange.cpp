#include "store/reviewstore.h"

// ReviewStore's actions (see store/reviewstore.h): take, assign, status,
// note, reply and duplicate, each one transaction that writes the change and
// its history row or, when someone else was first, nothing. Apart from the
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

ActionResult ReviewStore::applyOnce(qint64 id, int version, const Change &change, bool *connectionLost)
{
    *connectionLost = false;
    ActionResult result;
    const QString kind = QLatin1String(change.kind);
    const bool isText = kind == QLatin1String(ReportEvent::Note) || kind == QLatin1String(ReportEvent::Reply);
    if (isText && change.text.isEmpty()) {
        result.error = kind == QLatin1String(ReportEvent::Note) ? tr("Write the note first.")
                                                                : tr("Write the reply first.");
        return result;
    }
    if (isText && FieldRules::characterCount(change.text) > TextMax) {
        result.error = tr("The text is too long: at most %1 characters.").arg(TextMax);
        return result;
    }
    const bool duplicate = change.original != 0;
    if (duplicate && change.original == id) {
        result.error = tr("%1 cannot be a duplicate of itself.").arg(formatTicket(id));
        return result;
    }
    if (duplicate && change.original < 0) {
        result.error = tr("Give the ticket number of the report this one repeats, e.g. HD-000042.");
        return result;
    }
    if (kind == QLatin1String(ReportEvent::Status) && !statuses().contains(change.value)) {
        result.error = tr("Unknown status “%1”.").arg(change.value);
        return result;
    }

    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    QSqlQuery query(db);
    QString failure;
    auto fail = [&](const QString &what) {
        *connectionLost = Database::isConnectionLost(query.lastError(), db)
            || Database::isConnectionLost(db.lastError(), db);
        failure = tr("%1 could not be changed: %2").arg(formatTicket(id), what);
        transaction.rollback();
        result.error = failure;
        return result;
    };

    // A second console waits for this one's write lock instead of failing half-way.
    if (!transaction.begin()) {
        *connectionLost = Database::isConnectionLost(transaction.lastError(), db);
        result.error = tr("%1 could not be changed: %2")
                           .arg(formatTicket(id), Database::explain(transaction.lastError(), db));
        return result;
    }

    query.prepare(QStringLiteral("SELECT status, assignee, version, reporter_login, reporter_name, reporter_email, "
                                 "reporter_phone FROM reports WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(Database::explain(query.lastError(), db));
    if (!query.next())
        return fail(tr("there is no such report."));
    const QString status = query.value(0).toString();
    const QString assignee = query.value(1).toString();
    const int current = query.value(2).toInt();
    ContactInfo reporter;
    reporter.login = query.value(3).toString().trimmed();
    reporter.name = query.value(4).toString();
    reporter.email = query.value(5).toString();
    reporter.phone = query.value(6).toString();
    query.finish();

    auto conflict = [&]() {
        transaction.rollback();
        result.conflict = true;
        result.version = current;
        QString error;
        result.changesSince = history(id, &error, version);
        QStringList lines;
        for (const ReportEvent &event : std::as_const(result.changesSince))
            lines.append(QStringLiteral("• ") + event.at.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ')
                         + describe(event));
        result.error = tr("%1 was changed by someone else since you opened it, so nothing was saved. "
                          "Look at its current state and try again.")
                           .arg(formatTicket(id));
        if (!lines.isEmpty())
            result.error += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        return result;
    };
    if (current != version)
        return conflict();

    // The original: it must exist and still be open; locked (PostgreSQL; the
    // SQLite write lock is held already) so its version is bumped exactly once.
    QString originalReporter;
    int originalVersion = 0;
    if (duplicate) {
        if (status == QLatin1String("closed"))
            return fail(tr("it is closed already."));
        query.prepare(QStringLiteral("SELECT status, reporter_login, version FROM reports WHERE id = ?")
                      + SqlDialect(db).lockRowsSuffix());
        query.addBindValue(change.original);
        if (!query.exec())
            return fail(Database::explain(query.lastError(), db));
        if (!query.next())
            return fail(tr("there is no report %1 to be a duplicate of.").arg(formatTicket(change.original)));
        if (query.value(0).toString() == QLatin1String("closed"))
            return fail(tr("%1 is closed: reopen it first, or mark this one a duplicate of an open report.")
                            .arg(formatTicket(change.original)));
        originalReporter = query.value(1).toString().trimmed();
        originalVersion = query.value(2).toInt();
        query.finish();
    }

    QString oldValue;
    QString newValue = change.value;
    QString set;
    QVariantList values;
    const QString now = StorageTime::text(QDateTime::currentDateTimeUtc());
    if (kind == QLatin1String(ReportEvent::Status)) {
        // A duplicate closes from any open status; everything else follows the workflow.
        if (!duplicate && !canChangeStatus(status, change.value))
            return fail(tr("a report that is %1 cannot become %2.")
                            .arg(Taxonomy::statusName(status), Taxonomy::statusName(change.value)));
        oldValue = status;
        set = QStringLiteral("status = ?, resolved_at = ?, ");
        values << change.value;
        const bool resolved = change.value == QLatin1String("resolved") || change.value == QLatin1String("closed");
        // A reopened report is no longer resolved; closing keeps the time it was resolved.
        if (change.value == QLatin1String("closed"))
            set = QStringLiteral("status = ?, resolved_at = COALESCE(resolved_at, ?), ");
        values << (resolved ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
    } else if (kind == QLatin1String(ReportEvent::Assign)) {
        if (assignee == change.value)
            return fail(change.value.isEmpty() ? tr("nobody is assigned to it.")
                                               : tr("it is already assigned to %1.").arg(change.value));
        oldValue = assignee;
        set = QStringLiteral("assignee = ?, ");
        values << change.value;
    }

    query.prepare(QStringLiteral("UPDATE reports SET %1version = version + 1, updated_at = ? "
                                 "WHERE id = ? AND version = ?")
                      .arg(set));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(now);
    query.addBindValue(id);
    query.addBindValue(version);
    if (!query.exec())
        return fail(Database::explain(query.lastError(), db));
    if (query.numRowsAffected() != 1) // PostgreSQL: another transaction committed in between
        return conflict();

    query.prepare(QStringLiteral("INSERT INTO report_events (report_id, at, actor, kind, old_value, new_value, text, "
                                 "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(now);
    query.addBindValue(m_agent);
    query.addBindValue(kind);
    query.addBindValue(oldValue.isNull() ? QStringLiteral("") : oldValue);
    query.addBindValue(newValue.isNull() ? QStringLiteral("") : newValue);
    query.addBindValue(change.text.isNull() ? QStringLiteral("") : change.text);
    query.addBindValue(version + 1);
    if (!query.exec())
        return fail(Database::explain(query.lastError(), db));

    if (duplicate) {
        // The duplicate's reporter first, then everyone affected by it; the
        // original's own reporter is affected by definition and not added.
        if (!reporter.login.isEmpty() && reporter.login != originalReporter) {
            query.prepare(QStringLiteral("INSERT INTO report_affected (report_id, login, name, email, phone, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (report_id, login) DO NOTHING"));
            query.addBindValue(change.original);
            auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value.trimmed(); };
            query.addBindValue(reporter.login);
            query.addBindValue(text(reporter.name));
            query.addBindValue(text(reporter.email));
            query.addBindValue(text(reporter.phone));
            query.addBindValue(now);
            if (!query.exec())
                return fail(Database::explain(query.lastError(), db));
        }
        query.prepare(QStringLiteral("INSERT INTO report_affected (report_id, login, name, email, phone, created_at) "
                                     "SELECT ?, login, name, email, phone, ? FROM report_affected "
                                     "WHERE report_id = ? AND login <> ? ON CONFLICT (report_id, login) DO NOTHING"));
        query.addBindValue(change.original);
        query.addBindValue(now);
        query.addBindValue(id);
        query.addBindValue(originalReporter.isNull() ? QStringLiteral("") : originalReporter);
        if (!query.exec())
            return fail(Database::explain(query.lastError(), db));

        query.prepare(QStringLiteral("UPDATE reports SET version = ?, updated_at = ? WHERE id = ? AND version = ?"));
        query.addBindValue(originalVersion + 1);
        query.addBindValue(now);
        query.addBindValue(change.original);
        query.addBindValue(originalVersion);
        if (!query.exec())
            return fail(Database::explain(query.lastError(), db));
        if (query.numRowsAffected() != 1)
            return fail(tr("%1 changed at the same moment; try again.").arg(formatTicket(change.original)));

        query.prepare(QStringLiteral("INSERT INTO report_events (report_id, at, actor, kind, old_value, new_value, "
                                     "text, version) VALUES (?, ?, ?, ?, '', ?, '', ?)"));
        query.addBindValue(change.original);
        query.addBindValue(now);
        query.addBindValue(m_agent);
        query.addBindValue(QLatin1String(ReportEvent::Note));
        query.addBindValue(formatTicket(id));
        query.addBindValue(originalVersion + 1);
        if (!query.exec())
            return fail(Database::explain(query.lastError(), db));
    }

    if (!transaction.commit())
        return fail(Database::explain(transaction.lastError(), db));
    result.ok = true;
    result.version = version + 1;
    return result;
}

} // namespace Helpdesk
