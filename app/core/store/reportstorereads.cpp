#include "store/reportstore.h"

// ReportStore's reads: a report, lists and search, attachments, the conversation.

#include "model/storagetime.h"
#include "store/sqldialect.h"
#include "triage/textsearch.h"

#include <limits>

namespace Helpdesk {
namespace {

const char *const reportColumns =
    "id, client_id, created_at, status, priority, category, symptom, summary, description, "
    "started_at, impact, urgency, device_kind, device_make, device_model, device_custom, "
    "asset_tag, building, room, reporter_name, reporter_login, reporter_email, reporter_phone, "
    "reporter_department, reporter_location, preferred_contact, computer_name, operating_system, vague";

QDateTime fromStorage(const QVariant &value)
{
    return StorageTime::read(value);
}

Report reportFromQuery(const QSqlQuery &q)
{
    Report r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.clientId = q.value(i++).toString();
    r.createdAt = fromStorage(q.value(i++));
    r.status = q.value(i++).toString();
    r.priority = q.value(i++).toInt();
    r.category = q.value(i++).toString();
    r.symptom = q.value(i++).toString();
    r.summary = q.value(i++).toString();
    r.description = q.value(i++).toString();
    r.startedAt = fromStorage(q.value(i++));
    r.impact = q.value(i++).toString();
    r.urgency = q.value(i++).toString();
    r.device.kind = q.value(i++).toString();
    r.device.make = q.value(i++).toString();
    r.device.model = q.value(i++).toString();
    r.device.customModel = q.value(i++).toBool();
    r.device.assetTag = q.value(i++).toString();
    r.device.building = q.value(i++).toString();
    r.device.room = q.value(i++).toString();
    r.contact.name = q.value(i++).toString();
    r.contact.login = q.value(i++).toString();
    r.contact.email = q.value(i++).toString();
    r.contact.phone = q.value(i++).toString();
    r.contact.department = q.value(i++).toString();
    r.contact.location = q.value(i++).toString();
    r.contact.preferredContact = q.value(i++).toString();
    r.computerName = q.value(i++).toString();
    r.operatingSystem = q.value(i++).toString();
    r.vague = q.value(i++).toBool();
    return r;
}

} // namespace

namespace {

// The largest bigint means "all" to both SQLite and PostgreSQL.
qint64 limitValue(int limit)
{
    return limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max();
}

QString loginValue(const QString &login)
{
    return login.trimmed().isNull() ? QStringLiteral("") : login.trimmed();
}

} // namespace

std::optional<Report> ReportStore::find(qint64 id, QString *errorMessage) const
{
    QSqlQuery query;
    if (!run(query, QStringLiteral("SELECT %1 FROM reports WHERE id = ?").arg(QLatin1String(reportColumns)), {id})) {
        if (errorMessage)
            *errorMessage = tr("Cannot read report %1: %2").arg(formatTicket(id), explain(query));
        return std::nullopt;
    }
    if (!query.next()) {
        if (errorMessage)
            *errorMessage = tr("There is no report %1.").arg(formatTicket(id));
        return std::nullopt;
    }
    return reportFromQuery(query);
}

QList<Report> ReportStore::list(int limit, QString *errorMessage) const
{
    QList<Report> reports;
    QSqlQuery query;
    if (!run(query, QStringLiteral("SELECT %1 FROM reports ORDER BY id DESC LIMIT ?").arg(QLatin1String(reportColumns)),
             {limitValue(limit)})) {
        if (errorMessage)
            *errorMessage = tr("Cannot list reports: %1").arg(explain(query));
        return reports;
    }
    while (query.next())
        reports.append(reportFromQuery(query));
    return reports;
}

QList<Report> ReportStore::listByReporter(const QString &login, int limit, QString *errorMessage) const
{
    QList<Report> reports;
    QSqlQuery query;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM reports WHERE reporter_login = ? ORDER BY id DESC LIMIT ?")
                 .arg(QLatin1String(reportColumns)),
             {loginValue(login), limitValue(limit)})) {
        if (errorMessage)
            *errorMessage = tr("Cannot list your reports: %1").arg(explain(query));
        return reports;
    }
    while (query.next())
        reports.append(reportFromQuery(query));
    return reports;
}

std::optional<Report> ReportStore::findByReporter(qint64 id, const QString &login, QString *errorMessage) const
{
    if (errorMessage)
        errorMessage->clear();
    QSqlQuery query;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM reports WHERE id = ? AND reporter_login = ?").arg(QLatin1String(reportColumns)),
             {id, loginValue(login)})) {
        if (errorMessage)
            *errorMessage = tr("Cannot read report %1: %2").arg(formatTicket(id), explain(query));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return reportFromQuery(query);
}

QList<Report> ReportStore::search(const QString &text, int limit, QString *errorMessage) const
{
    QList<Report> reports;
    const qint64 ticket = parseTicket(text);
    if (ticket > 0) {
        if (auto report = find(ticket))
            reports.append(*report);
    }
    const QStringList words = TextSearch::words(text);
    if (words.isEmpty())
        return reports;
    const SqlDialect dialect(database());
    QSqlQuery query;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM reports WHERE %2 ORDER BY id DESC LIMIT ?")
                 .arg(QLatin1String(reportColumns),
                      dialect.textSearchCondition(QStringLiteral("reports"), QStringLiteral("id"))),
             {dialect.textSearchValue(words), limitValue(limit)})) {
        if (errorMessage)
            *errorMessage = tr("Cannot search reports: %1").arg(explain(query));
        return reports;
    }
    while (query.next()) {
        Report report = reportFromQuery(query);
        if (report.id != ticket)
            reports.append(report);
    }
    return reports;
}

namespace {

const char *const attachmentColumns = "id, position, file_name, mime_type, size, sha256";

// The columns of attachmentColumns, then the bytes when the query has them.
Attachment attachmentFromQuery(const QSqlQuery &q, bool withData)
{
    Attachment attachment;
    attachment.id = q.value(0).toLongLong();
    attachment.position = q.value(1).toInt();
    attachment.fileName = q.value(2).toString();
    attachment.mimeType = q.value(3).toString();
    attachment.size = q.value(4).toLongLong();
    attachment.sha256 = q.value(5).toString();
    if (withData)
        attachment.data = q.value(6).toByteArray();
    return attachment;
}

} // namespace

QList<Attachment> ReportStore::attachments(qint64 reportId, QString *errorMessage) const
{
    QList<Attachment> found;
    QSqlQuery query;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM attachments WHERE report_id = ? ORDER BY position")
                 .arg(QLatin1String(attachmentColumns)),
             {reportId})) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the attachments of %1: %2").arg(formatTicket(reportId), explain(query));
        return found;
    }
    while (query.next())
        found.append(attachmentFromQuery(query, false));
    return found;
}

std::optional<Attachment> ReportStore::attachment(qint64 reportId, int position, QString *errorMessage) const
{
    QSqlQuery query;
    if (!run(query,
             QStringLiteral("SELECT %1, data FROM attachments WHERE report_id = ? AND position = ?")
                 .arg(QLatin1String(attachmentColumns)),
             {reportId, position})) {
        if (errorMessage)
            *errorMessage = tr("Cannot read attachment %1 of %2: %3")
                                .arg(QString::number(position), formatTicket(reportId), explain(query));
        return std::nullopt;
    }
    if (!query.next()) {
        if (errorMessage)
            *errorMessage = tr("Report %1 has no attachment %2.").arg(formatTicket(reportId), QString::number(position));
        return std::nullopt;
    }
    return attachmentFromQuery(query, true);
}

QList<ReportEvent> ReportStore::conversation(qint64 id, QString *errorMessage) const
{
    QList<ReportEvent> events;
    QSqlQuery query;
    if (!run(query,
             QStringLiteral("SELECT id, at, actor, kind, text, version, new_value FROM report_events "
                            "WHERE report_id = ? AND kind IN ('reply', 'answer', 'fixed', 'not_fixed') ORDER BY id"),
             {id})) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the replies to %1: %2").arg(formatTicket(id), explain(query));
        return events;
    }
    while (query.next()) {
        ReportEvent event;
        event.id = query.value(0).toLongLong();
        event.reportId = id;
        event.at = fromStorage(query.value(1));
        event.actor = query.value(2).toString();
        event.kind = query.value(3).toString();
        event.text = query.value(4).toString();
        event.version = query.value(5).toInt();
        event.newValue = query.value(6).toString(); // the rating of a "fixed"
        events.append(event);
    }
    return events;
}

qint64 ReportStore::count(QString *errorMessage) const
{
    QSqlQuery query;
    if (!run(query, QStringLiteral("SELECT COUNT(*) FROM reports")) || !query.next()) {
        if (errorMessage)
            *errorMessage = tr("Cannot count reports: %1").arg(explain(query));
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace Helpdesk
