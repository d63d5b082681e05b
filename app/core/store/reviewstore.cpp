#include "store/reviewstore.h"

#include "model/csv.h"
#include "model/storagetime.h"
#include "model/taxonomy.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "store/sqldialect.h"
#include "triage/textsearch.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace Helpdesk {

namespace {

// Qualified: a word search joins the SQLite word index, which has a summary too.
const char *const queueColumns =
    "reports.id, reports.created_at, reports.status, reports.priority, reports.category, reports.symptom, "
    "reports.device_kind, reports.device_make, reports.device_model, reports.reporter_name, reports.summary, "
    "reports.assignee, reports.version, reports.answered_at IS NOT NULL";

const char *const eventColumns = "id, report_id, at, actor, kind, old_value, new_value, text, version";

ReportEvent eventFromQuery(const QSqlQuery &q)
{
    ReportEvent e;
    e.id = q.value(0).toLongLong();
    e.reportId = q.value(1).toLongLong();
    e.at = StorageTime::read(q.value(2));
    e.actor = q.value(3).toString();
    e.kind = q.value(4).toString();
    e.oldValue = q.value(5).toString();
    e.newValue = q.value(6).toString();
    e.text = q.value(7).toString();
    e.version = q.value(8).toInt();
    return e;
}

} // namespace

ReviewStore::ReviewStore(const QString &connectionName, const QString &agentLogin)
    : m_connectionName(connectionName)
    , m_agent(agentLogin)
{
}

QSqlDatabase ReviewStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

const QStringList &ReviewStore::statuses()
{
    static const QStringList all = {QStringLiteral("new"), QStringLiteral("in_progress"), QStringLiteral("waiting"),
                                    QStringLiteral("resolved"), QStringLiteral("closed")};
    return all;
}

QStringList ReviewStore::nextStatuses(const QString &from)
{
    if (from == QLatin1String("new"))
        return {QStringLiteral("in_progress")};
    if (from == QLatin1String("in_progress"))
        return {QStringLiteral("waiting"), QStringLiteral("resolved")};
    if (from == QLatin1String("waiting"))
        return {QStringLiteral("in_progress"), QStringLiteral("resolved")};
    if (from == QLatin1String("resolved"))
        return {QStringLiteral("closed"), QStringLiteral("in_progress")};
    if (from == QLatin1String("closed"))
        return {QStringLiteral("in_progress")};
    return {};
}

bool ReviewStore::canChangeStatus(const QString &from, const QString &to)
{
    return nextStatuses(from).contains(to);
}

bool ReviewStore::isDuplicateEvent(const ReportEvent &event)
{
    return event.kind == QLatin1String(ReportEvent::Status) && event.newValue == QLatin1String("closed")
        && parseTicket(event.text) > 0;
}

QString ReviewStore::describe(const ReportEvent &event)
{
    auto agent = [](const QString &login) { return login.isEmpty() ? tr("nobody", "assigned to nobody") : login; };
    if (isDuplicateEvent(event))
        return tr("%1 closed the report as a duplicate of %2").arg(event.actor, event.text);
    if (event.kind == QLatin1String(ReportEvent::Note) && parseTicket(event.newValue) > 0)
        return tr("%1 marked %2 as a duplicate of this report; its reporter and the people affected by it "
                  "are now affected by this one")
            .arg(event.actor, event.newValue);
    if (event.kind == QLatin1String(ReportEvent::Status))
        return tr("%1 changed the status from %2 to %3")
            .arg(event.actor, Taxonomy::statusName(event.oldValue), Taxonomy::statusName(event.newValue));
    if (event.kind == QLatin1String(ReportEvent::Assign)) {
        if (event.newValue == event.actor)
            return tr("%1 took the report").arg(event.actor);
        return tr("%1 assigned the report to %2 (was %3)").arg(event.actor, agent(event.newValue), agent(event.oldValue));
    }
    if (event.kind == QLatin1String(ReportEvent::Note))
        return tr("%1 added an internal note: %2").arg(event.actor, event.text);
    if (event.kind == QLatin1String(ReportEvent::Reply))
        return tr("%1 replied to the reporter: %2").arg(event.actor, event.text);
    if (event.kind == QLatin1String(ReportEvent::Answer))
        return tr("%1 (the reporter) answered: %2").arg(event.actor, event.text);
    if (event.kind == QLatin1String(ReportEvent::Fixed)) {
        QString said = event.text.isEmpty() ? tr("%1 (the reporter) said it is fixed").arg(event.actor)
                                            : tr("%1 (the reporter) said it is fixed: %2").arg(event.actor, event.text);
        if (!event.newValue.isEmpty())
            said += QLatin1Char(' ') + tr("(rated the help %1 of 5)").arg(event.newValue);
        return said;
    }
    if (event.kind == QLatin1String(ReportEvent::NotFixed))
        return tr("%1 (the reporter) said it is not fixed: %2").arg(event.actor, event.text);
    return event.actor + QStringLiteral(": ") + event.kind;
}

QString ReviewStore::whereClause(const QueueFilter &filter, QVariantList *values, bool joinedWordIndex) const
{
    // Fixed fragments with placeholders only; every value is bound.
    QStringList conditions;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : filter.statuses) {
            marks.append(QStringLiteral("?"));
            values->append(status);
        }
        conditions.append(QStringLiteral("reports.status IN (%1)").arg(marks.join(QStringLiteral(", "))));
    }
    if (!filter.category.isEmpty()) {
        conditions.append(QStringLiteral("reports.category = ?"));
        values->append(filter.category);
    }
    if (filter.priority > 0) {
        conditions.append(QStringLiteral("reports.priority = ?"));
        values->append(filter.priority);
    }
    if (!filter.make.isEmpty()) {
        conditions.append(QStringLiteral("reports.device_make = ?"));
        values->append(filter.make);
    }
    if (filter.answeredOnly)
        conditions.append(QStringLiteral("reports.answered_at IS NOT NULL"));
    if (filter.assignee == QueueFilter::Assignee::Me) {
        conditions.append(QStringLiteral("reports.assignee = ?"));
        values->append(m_agent);
    } else if (filter.assignee == QueueFilter::Assignee::Unassigned) {
        conditions.append(QStringLiteral("reports.assignee = ''"));
    }
    const QStringList words = TextSearch::words(filter.search);
    if (!words.isEmpty()) {
        const SqlDialect dialect(database());
        // Joined, the word index's own rows are the ones to match.
        conditions.append(joinedWordIndex
                              ? QStringLiteral("reports_search MATCH ?")
                              : dialect.textSearchCondition(QStringLiteral("reports"), QStringLiteral("reports.id")));
        values->append(dialect.textSearchValue(words));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QueueStatement ReviewStore::pageStatement(const QueueFilter &filter, const QueueKey &after, int limit) const
{
    QueueStatement statement;
    const SqlDialect dialect(database());
    // The key is compared as the database stores it: SQLite's ISO text as is,
    // PostgreSQL's timestamptz as its own text (QDateTime would drop microseconds).
    const QString keyColumn = dialect.timeAsText(QStringLiteral("reports.created_at")) + QStringLiteral(" AS queue_key");
    // Words found are listed newest first by ticket number (ids grow with
    // time), so the word index is read backwards and stops after one page:
    // sorting every match by created_at took 150-300 ms for a common word in
    // a million reports on SQLite, reading the index backwards well under 1 ms.
    const bool wordSearch = !TextSearch::words(filter.search).isEmpty() && parseTicket(filter.search) <= 0;
    const bool joinWordIndex = wordSearch && dialect.hasWordIndexTable();
    QString sql = QStringLiteral("SELECT %1, %2 FROM %3")
                      .arg(QLatin1String(queueColumns), keyColumn,
                           joinWordIndex ? QStringLiteral("reports_search JOIN reports ON reports.id = reports_search.rowid")
                                         : QStringLiteral("reports"));
    QVariantList &values = statement.values;

    const qint64 ticket = parseTicket(filter.search);
    if (ticket > 0) {
        statement.ticketJump = true;
        if (!after.isNull()) {
            statement.none = true; // the one row was on the first page
            return statement;
        }
        sql += QStringLiteral(" WHERE reports.id = ?");
        values.append(ticket);
    } else {
        QString where = whereClause(filter, &values, joinWordIndex);
        const QString beyond = filter.oldestFirst ? QStringLiteral(">") : QStringLiteral("<");
        const QString direction = filter.oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC");
        if (!after.isNull()) {
            where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
            if (joinWordIndex) {
                where += QStringLiteral("reports_search.rowid %1 ?").arg(beyond);
            } else if (wordSearch) {
                where += QStringLiteral("reports.id %1 ?").arg(beyond);
            } else {
                where += QStringLiteral("(reports.created_at, reports.id) %1 (%2, ?)")
                             .arg(beyond, dialect.timeParameter());
                values.append(after.createdAt);
            }
            values.append(after.id);
        }
        // One row more than asked tells whether there is another page.
        sql += where
            + (joinWordIndex ? QStringLiteral(" ORDER BY reports_search.rowid %1 LIMIT ?")
               : wordSearch  ? QStringLiteral(" ORDER BY reports.id %1 LIMIT ?")
                             : QStringLiteral(" ORDER BY reports.created_at %1, reports.id %1 LIMIT ?"))
                  .arg(direction);
        values.append(limit + 1);
    }

    statement.sql = sql;
    return statement;
}

QueuePage ReviewStore::page(const QueueFilter &filter, const QueueKey &after, int limit) const
{
    QueuePage page;
    const QueueStatement statement = pageStatement(filter, after, limit);
    page.ticketJump = statement.ticketJump;
    if (statement.none)
        return page;
    const qint64 ticket = statement.ticketJump ? 1 : 0;

    QSqlQuery query;
    if (!Database::runWithReconnect(m_connectionName, query, statement.sql, statement.values)) {
        page.error = tr("Cannot read the queue: %1").arg(Database::explain(query.lastError(), database()));
        return page;
    }
    while (query.next()) {
        if (ticket <= 0 && page.rows.size() == limit) {
            page.atEnd = false;
            break;
        }
        QueueRow row;
        int i = 0;
        row.id = query.value(i++).toLongLong();
        row.createdAt = StorageTime::read(query.value(i++));
        row.status = query.value(i++).toString();
        row.priority = query.value(i++).toInt();
        row.category = query.value(i++).toString();
        row.symptom = query.value(i++).toString();
        row.deviceKind = query.value(i++).toString();
        row.deviceMake = query.value(i++).toString();
        row.deviceModel = query.value(i++).toString();
        row.reporterName = query.value(i++).toString();
        row.summary = query.value(i++).toString();
        row.assignee = query.value(i++).toString();
        row.version = query.value(i++).toInt();
        row.answered = query.value(i++).toBool();
        row.key = {query.value(i++).toString(), row.id};
        page.rows.append(row);
    }
    return page;
}

qint64 ReviewStore::exportCsv(const QueueFilter &filter, QIODevice *device, QString *errorMessage,
                              const std::function<bool(qint64)> &progress) const
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return qint64(-1);
    };
    auto write = [device](const QStringList &fields) {
        QStringList safe;
        safe.reserve(fields.size());
        for (const QString &field : fields)
            safe.append(spreadsheetSafe(field));
        const QByteArray bytes = csvRecord(safe).toUtf8();
        return device->write(bytes) == bytes.size();
    };
    // Excel reads UTF-8 (Cyrillic names) only with the byte-order mark.
    if (device->write("\xEF\xBB\xBF") != 3
        || !write({tr("Ticket"), tr("Created"), tr("Status"), tr("Priority"), tr("Category"), tr("Symptom"),
                   tr("Make"), tr("Model"), tr("Reporter"), tr("Assigned to"), tr("Summary")}))
        return fail(tr("Cannot write the file: %1").arg(device->errorString()));

    const Taxonomy &taxonomy = Taxonomy::instance();
    qint64 written = 0;
    QueueKey after;
    for (;;) {
        const QueuePage page = this->page(filter, after, ExportPageSize);
        if (!page.error.isEmpty())
            return fail(page.error);
        for (const QueueRow &row : page.rows) {
            const Category *category = taxonomy.category(row.category);
            const Symptom *symptom = taxonomy.symptom(row.category, row.symptom);
            if (!write({row.ticket(), row.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        Taxonomy::statusName(row.status), Taxonomy::priorityName(row.priority),
                        category ? category->displayName() : row.category,
                        symptom ? symptom->displayName() : row.symptom, row.deviceMake, row.deviceModel,
                        row.reporterName, row.assignee, row.summary}))
                return fail(tr("Cannot write the file: %1").arg(device->errorString()));
        }
        written += page.rows.size();
        if (progress && !progress(written))
            return fail(tr("The export was stopped; nothing was saved."));
        if (page.atEnd || page.rows.isEmpty() || page.ticketJump)
            break;
        after = page.rows.constLast().key;
    }
    return written;
}

qint64 ReviewStore::count(const QueueFilter &filter, QString *errorMessage) const
{
    QVariantList values;
    const qint64 ticket = parseTicket(filter.search);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM reports");
    if (ticket > 0) {
        sql += QStringLiteral(" WHERE id = ?");
        values.append(ticket);
    } else {
        sql += whereClause(filter, &values, false);
    }
    QSqlQuery query;
    const bool ok = Database::runWithReconnect(m_connectionName, query, sql, values);
    if (!ok || !query.next()) {
        if (errorMessage)
            *errorMessage = tr("Cannot count the queue: %1").arg(Database::explain(query.lastError(), database()));
        return -1;
    }
    return query.value(0).toLongLong();
}

std::optional<ReviewedReport> ReviewStore::load(qint64 id, QString *errorMessage) const
{
    const std::optional<Report> report = ReportStore(m_connectionName).find(id, errorMessage);
    if (!report)
        return std::nullopt;
    QSqlQuery query;
    const bool ok = Database::runWithReconnect(
        m_connectionName, query,
        QStringLiteral("SELECT assignee, version, updated_at, resolved_at, status, answered_at IS NOT NULL "
                       "FROM reports WHERE id = ?"),
        {id});
    if (!ok || !query.next()) {
        if (errorMessage)
            *errorMessage = tr("Cannot read report %1: %2")
                                .arg(formatTicket(id), Database::explain(query.lastError(), database()));
        return std::nullopt;
    }
    ReviewedReport reviewed;
    reviewed.report = *report;
    reviewed.assignee = query.value(0).toString();
    reviewed.version = query.value(1).toInt();
    reviewed.updatedAt = StorageTime::read(query.value(2));
    reviewed.resolvedAt = StorageTime::read(query.value(3));
    // Read with the version, so the two always belong together.
    reviewed.report.status = query.value(4).toString();
    reviewed.answered = query.value(5).toBool();
    return reviewed;
}

QList<ReportEvent> ReviewStore::history(qint64 id, QString *errorMessage, int sinceVersion) const
{
    QList<ReportEvent> events;
    QSqlQuery query;
    const bool ok = Database::runWithReconnect(
        m_connectionName, query,
        QStringLiteral("SELECT %1 FROM report_events WHERE report_id = ? AND version > ? ORDER BY id")
            .arg(QLatin1String(eventColumns)),
        {id, sinceVersion});
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the history of %1: %2")
                                .arg(formatTicket(id), Database::explain(query.lastError(), database()));
        return events;
    }
    while (query.next())
        events.append(eventFromQuery(query));
    return events;
}

} // namespace Helpdesk
