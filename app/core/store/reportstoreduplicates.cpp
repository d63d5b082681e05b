#include "store/reportstore.h"

// ReportStore before a report is filed: the open reports it may repeat, and
// "I'm affected too" instead of a second report.

#include "model/storagetime.h"
#include "store/affectedpeople.h"
#include "store/sqldialect.h"
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

// The most any group shows: the reporter reads them all before Submit.
constexpr qint64 GroupLimit = 10;
// Open reports of the category compared by summary, newest first (the same
// 500 as open_reports_like() on PostgreSQL, migration 0012).
constexpr qint64 SimilarScanLimit = 500;

} // namespace

// findDuplicateCandidates() one group at a time, in the order shown; a
// report an earlier group found is not shown again.
class ReportStore::DuplicateSearch final
{
public:
    DuplicateSearch(const ReportStore &store, QString *errorMessage)
        : m_store(store)
        , m_errorMessage(errorMessage)
        , m_byDraft(SqlDialect(store.database()).looksUpOpenReportsByDraft())
    {
    }

    bool ownReports(const Report &draft);
    bool sameDevice(const Report &draft);
    bool similarSummaries(const Report &draft);
    QList<OpenReport> found() const { return m_found; }

private:
    bool collect(const QString &sql, const QVariantList &values, OpenReport::Reason reason,
                 const std::function<bool(const OpenReport &)> &accept = {});

    const ReportStore &m_store;
    QString *m_errorMessage;
    // The server's lookups (PostgreSQL) instead of the view open_reports.
    const bool m_byDraft;
    QList<OpenReport> m_found;
    QSet<qint64> m_seen;
};

QList<ReportStore::OpenReport> ReportStore::findDuplicateCandidates(const Report &draft, QString *errorMessage) const
{
    DuplicateSearch search(*this, errorMessage);
    if (!search.ownReports(draft) || !search.sameDevice(draft) || !search.similarSummaries(draft))
        return {};
    return search.found();
}

bool ReportStore::DuplicateSearch::collect(const QString &sql, const QVariantList &values, OpenReport::Reason reason,
                                           const std::function<bool(const OpenReport &)> &accept)
{
    QSqlQuery query;
    if (!m_store.run(query, sql.arg(QLatin1String(openReportColumns)), values)) {
        if (m_errorMessage)
            *m_errorMessage = ReportStore::tr("Cannot look for reports like this one: %1").arg(m_store.explain(query));
        return false;
    }
    int added = 0;
    while (query.next() && added < GroupLimit) {
        const OpenReport report = openReportFromQuery(query, reason);
        if (m_seen.contains(report.id) || (accept && !accept(report)))
            continue;
        m_seen.insert(report.id);
        m_found.append(report);
        ++added;
    }
    return true;
}

bool ReportStore::DuplicateSearch::ownReports(const Report &draft)
{
    const QString login = draft.contact.login.trimmed();
    if (login.isEmpty())
        return true;
    // On PostgreSQL the view shows a reporter only their own reports.
    return collect(m_byDraft ? QStringLiteral("SELECT %1 FROM open_reports_readable WHERE reporter_login = ? "
                                              "ORDER BY created_at DESC, id DESC LIMIT ?")
                             : QStringLiteral("SELECT %1 FROM open_reports WHERE id IN "
                                              "(SELECT id FROM reports WHERE reporter_login = ?) "
                                              "ORDER BY created_at DESC, id DESC LIMIT ?"),
                   {login, GroupLimit}, OpenReport::Reason::OwnReport);
}

bool ReportStore::DuplicateSearch::sameDevice(const Report &draft)
{
    const QString assetKey = DeviceInfo::assetKey(draft.device.assetTag);
    if (!assetKey.isEmpty()) {
        if (!collect(m_byDraft ? QStringLiteral("SELECT %1 FROM open_reports_for_asset(?, ?)")
                               : QStringLiteral("SELECT %1 FROM open_reports WHERE asset_key = ? "
                                                "ORDER BY created_at DESC, id DESC LIMIT ?"),
                     {assetKey, GroupLimit * 2}, OpenReport::Reason::SameDevice))
            return false;
    }
    const QString make = draft.device.make.trimmed();
    const QString model = draft.device.model.trimmed();
    const QString building = draft.device.building.trimmed();
    const QString room = draft.device.room.trimmed();
    // "The printer on the 3rd floor": a make and model say which device only
    // together with where it stands.
    if (make.isEmpty() || model.isEmpty() || (building.isEmpty() && room.isEmpty()))
        return true;
    return collect(m_byDraft ? QStringLiteral("SELECT %1 FROM open_reports_at(?, ?, ?, ?, ?)")
                             : QStringLiteral("SELECT %1 FROM open_reports WHERE device_make = ? AND device_model = ? "
                                              "AND building = ? AND room = ? ORDER BY created_at DESC, id DESC LIMIT ?"),
                   {make, model, building, room, GroupLimit * 2}, OpenReport::Reason::SameDevice);
}

bool ReportStore::DuplicateSearch::similarSummaries(const Report &draft)
{
    const QString summary = draft.summary.trimmed();
    if (summary.isEmpty() || draft.category.isEmpty())
        return true;
    const auto similar = [&summary](const OpenReport &r) { return SummarySimilarity::similar(summary, r.summary); };
    // The server compares the summaries by the same rule and the same window
    // (migration 0012) and answers only the similar ones: enough for a group
    // after the earlier groups' reports are left out.
    if (m_byDraft)
        return collect(QStringLiteral("SELECT %1 FROM open_reports_like(?, ?, ?)"),
                       {draft.category, summary, GroupLimit * 4}, OpenReport::Reason::SimilarSummary, similar);
    const QString since = StorageTime::text(QDateTime::currentDateTimeUtc().addDays(-DuplicateWindowDays));
    return collect(QStringLiteral("SELECT %1 FROM open_reports WHERE category = ? AND created_at >= ? "
                                  "ORDER BY created_at DESC, id DESC LIMIT ?"),
                   {draft.category, since, SimilarScanLimit}, OpenReport::Reason::SimilarSummary, similar);
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
