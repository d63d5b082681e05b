#include "store/reportstore.h"

// ReportStore before a report is filed: the open reports it may repeat, and
// "I'm affected too" instead of a second report.

#include "model/storagetime.h"
#include "store/affectedpeople.h"
#include "triage/summarysimilarity.h"

#include <QSet>

namespace Helpdesk {

namespace {

const char *const openReportColumns =
    "id, created_at, status, category, summary, device_kind, device_make, device_model, asset_tag, "
    "building, room, affected_count";

ReportStore::OpenReport openReportFromQuery(const QSqlQuery &q, ReportStore::OpenReport::Reason reason)
{
    ReportStore::OpenReport r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.createdAt = StorageTime::read(q.value(i++));
    r.status = q.value(i++).toString();
    r.category = q.value(i++).toString();
    r.summary = q.value(i++).toString();
    r.device.kind = q.value(i++).toString();
    r.device.make = q.value(i++).toString();
    r.device.model = q.value(i++).toString();
    r.device.assetTag = q.value(i++).toString();
    r.device.building = q.value(i++).toString();
    r.device.room = q.value(i++).toString();
    r.affectedCount = q.value(i++).toInt();
    r.reason = reason;
    return r;
}

} // namespace

QList<ReportStore::OpenReport> ReportStore::findDuplicateCandidates(const Report &draft, QString *errorMessage) const
{
    QList<OpenReport> found;
    QSet<qint64> seen;
    // The most any group shows: the reporter reads them all before Submit.
    constexpr qint64 groupLimit = 10;
    // Open reports of the category compared by summary, newest first.
    constexpr qint64 similarScanLimit = 500;

    auto collect = [&](const QString &sql, const QVariantList &values, OpenReport::Reason reason,
                       const std::function<bool(const OpenReport &)> &accept) {
        QSqlQuery query;
        if (!run(query, sql.arg(QLatin1String(openReportColumns)), values)) {
            if (errorMessage)
                *errorMessage = tr("Cannot look for reports like this one: %1").arg(explain(query));
            return false;
        }
        int added = 0;
        while (query.next() && added < groupLimit) {
            const OpenReport report = openReportFromQuery(query, reason);
            if (seen.contains(report.id) || (accept && !accept(report)))
                continue;
            seen.insert(report.id);
            found.append(report);
            ++added;
        }
        return true;
    };

    const QString login = draft.contact.login.trimmed();
    if (!login.isEmpty()) {
        // On PostgreSQL the subquery sees only the reporter's own rows anyway.
        if (!collect(QStringLiteral("SELECT %1 FROM open_reports WHERE id IN "
                                    "(SELECT id FROM reports WHERE reporter_login = ?) "
                                    "ORDER BY created_at DESC, id DESC LIMIT ?"),
                     {login, groupLimit}, OpenReport::Reason::OwnReport, {}))
            return {};
    }

    const QString assetKey = DeviceInfo::assetKey(draft.device.assetTag);
    if (!assetKey.isEmpty()) {
        if (!collect(QStringLiteral("SELECT %1 FROM open_reports WHERE asset_key = ? "
                                    "ORDER BY created_at DESC, id DESC LIMIT ?"),
                     {assetKey, groupLimit * 2}, OpenReport::Reason::SameDevice, {}))
            return {};
    }
    const QString make = draft.device.make.trimmed();
    const QString model = draft.device.model.trimmed();
    const QString building = draft.device.building.trimmed();
    const QString room = draft.device.room.trimmed();
    // "The printer on the 3rd floor": a make and model say which device only
    // together with where it stands.
    if (!make.isEmpty() && !model.isEmpty() && !(building.isEmpty() && room.isEmpty())) {
        if (!collect(QStringLiteral("SELECT %1 FROM open_reports WHERE device_make = ? AND device_model = ? "
                                    "AND building = ? AND room = ? ORDER BY created_at DESC, id DESC LIMIT ?"),
                     {make, model, building, room, groupLimit * 2}, OpenReport::Reason::SameDevice, {}))
            return {};
    }

    const QString summary = draft.summary.trimmed();
    if (!summary.isEmpty() && !draft.category.isEmpty()) {
        const QString since = StorageTime::text(QDateTime::currentDateTimeUtc().addDays(-DuplicateWindowDays));
        if (!collect(QStringLiteral("SELECT %1 FROM open_reports WHERE category = ? AND created_at >= ? "
                                    "ORDER BY created_at DESC, id DESC LIMIT ?"),
                     {draft.category, since, similarScanLimit}, OpenReport::Reason::SimilarSummary,
                     [&summary](const OpenReport &r) { return SummarySimilarity::similar(summary, r.summary); }))
            return {};
    }
    return found;
}

bool ReportStore::addAffectedPerson(qint64 reportId, const ContactInfo &contact, QString *errorMessage)
{
    QSqlQuery query;
    if (!run(query, AffectedPeople::insertStatement("report_affected", "report_id"),
             AffectedPeople::insertValues(reportId, contact))) {
        if (errorMessage)
            *errorMessage = tr("Cannot add you to report %1: %2").arg(formatTicket(reportId), explain(query));
        return false;
    }
    return true;
}

QList<ReportStore::AffectedPerson> ReportStore::affectedPeople(qint64 reportId, QString *errorMessage) const
{
    QList<AffectedPerson> people;
    QSqlQuery query;
    if (!run(query, AffectedPeople::selectStatement("report_affected", "report_id"), {reportId})) {
        if (errorMessage)
            *errorMessage = tr("Cannot read who else is affected by %1: %2").arg(formatTicket(reportId), explain(query));
        return people;
    }
    while (query.next())
        people.append(
            {AffectedPeople::contactFromQuery(query), StorageTime::read(query.value(AffectedPeople::AddedAtColumn))});
    return people;
}

} // namespace Helpdesk
