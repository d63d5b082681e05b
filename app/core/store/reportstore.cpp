#include "store/reportstore.h"

#include "model/storagetime.h"
#include "model/taxonomy.h"
#include "store/database.h"
#include "store/prioritymatrixstore.h"
#include "store/sqldialect.h"
#include "store/writetransaction.h"
#include "triage/summarysimilarity.h"
#include "triage/textsearch.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>
#include <QSysInfo>
#include <QUuid>

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

ReportStore::ReportStore(const QString &connectionName)
    : m_connectionName(connectionName)
    , m_computerName(QSysInfo::machineHostName())
    , m_operatingSystem(QSysInfo::prettyProductName())
{
}

ReportStore::~ReportStore() = default;

QSqlDatabase ReportStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

ReportStore::SubmitResult ReportStore::submit(const Report &raw)
{
    // NUL and control characters never reach the database (PostgreSQL
    // refuses NUL in text outright); the limits apply to what is stored.
    const Report input = raw.cleaned();
    SubmitResult result;
    result.fieldErrors = input.validate();
    if (!result.fieldErrors.isEmpty()) {
        result.error = tr("The report is incomplete: %1").arg(result.fieldErrors.constFirst().message);
        return result;
    }

    Report report = input;
    if (report.clientId.isEmpty())
        report.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString matrixError;
    const std::optional<PriorityMatrix> priorities = priorityMatrix(&matrixError);
    if (!priorities) {
        result.error = matrixError;
        return result;
    }
    report.priority = priorities->priority(report.impact, report.urgency);
    report.computerName = m_computerName;
    report.operatingSystem = m_operatingSystem;

    // A null QString binds as SQL NULL, which the NOT NULL DEFAULT '' columns
    // refuse: an optional field left alone must be stored as ''.
    auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    const QVariantList values = {
        report.clientId, StorageTime::text(QDateTime::currentDateTimeUtc()), report.priority,
        text(report.category), text(report.symptom), text(report.summary.trimmed()), text(report.description),
        StorageTime::text(report.startedAt), text(report.impact), text(report.urgency),
        text(report.device.kind), text(report.device.make.trimmed()), text(report.device.model.trimmed()),
        report.device.customModel, text(report.device.assetTag.trimmed()),
        text(DeviceInfo::assetKey(report.device.assetTag)),
        text(report.device.building.trimmed()), text(report.device.room.trimmed()),
        text(report.contact.name.trimmed()), text(report.contact.login.trimmed()),
        text(report.contact.email.trimmed()), text(report.contact.phone.trimmed()),
        text(report.contact.department.trimmed()), text(report.contact.location.trimmed()),
        text(report.contact.preferredContact), text(report.computerName), text(report.operatingSystem),
        report.vague,
    };

    QSqlError error;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (report.attachments.isEmpty() ? insert(values, &result.id, &error)
                                         : insertWithAttachments(values, report.attachments, &result.id, &error))
            break;
        // Filed before (a retry after a lost answer): hand back that ticket.
        QSqlQuery existing(database());
        existing.prepare(QStringLiteral("SELECT id FROM reports WHERE client_id = ?"));
        existing.addBindValue(report.clientId);
        if (existing.exec() && existing.next()) {
            result.id = existing.value(0).toLongLong();
            break;
        }
        // The server restarted or the network blinked: reconnect once and
        // retry; the client id makes the retry safe.
        if (attempt > 0 || !Database::isConnectionLost(error, database()) || !reconnect())
            break;
    }
    if (result.id <= 0) {
        result.error = Database::explain(error, database());
        result.unreachable = Database::isUnreachable(error, database());
        return result;
    }
    result.ticket = formatTicket(result.id);
    return result;
}

bool ReportStore::insert(const QVariantList &values, qint64 *id, QSqlError *error)
{
    QSqlDatabase db = database();
    if (!db.isOpen() && !db.open()) {
        *error = db.lastError();
        return false;
    }
    if (m_insert.lastQuery().isEmpty()) {
        m_insert = QSqlQuery(db);
        // One statement, so one transaction of its own; RETURNING saves the
        // extra round trip QPSQL's lastInsertId() makes (SELECT lastval()).
        if (!m_insert.prepare(QStringLiteral(
                "INSERT INTO reports (client_id, created_at, status, priority, category, symptom, summary, "
                "description, started_at, impact, urgency, device_kind, device_make, device_model, "
                "device_custom, asset_tag, asset_key, building, room, reporter_name, reporter_login, "
                "reporter_email, reporter_phone, reporter_department, reporter_location, preferred_contact, "
                "computer_name, operating_system, vague) VALUES (?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))) {
            *error = m_insert.lastError();
            m_insert = QSqlQuery();
            return false;
        }
    }
    for (int i = 0; i < values.size(); ++i)
        m_insert.bindValue(i, values.at(i));
    if (!m_insert.exec() || !m_insert.next()) {
        *error = m_insert.lastError();
        m_insert.finish();
        return false;
    }
    *id = m_insert.value(0).toLongLong();
    m_insert.finish();
    return *id > 0;
}

bool ReportStore::insertWithAttachments(const QVariantList &values, const QList<Attachment> &attachments,
                                        qint64 *id, QSqlError *error)
{
    QSqlDatabase db = database();
    if (!db.isOpen() && !db.open()) {
        *error = db.lastError();
        return false;
    }
    WriteTransaction transaction(db);
    QSqlQuery attach(db);
    auto fail = [&](const QSqlError &cause) {
        *error = cause;
        *id = 0;
        attach.finish();
        m_insert.finish();
        transaction.rollback();
        return false;
    };
    if (!transaction.begin()) {
        *error = transaction.lastError();
        return false;
    }
    QSqlError insertError;
    if (!insert(values, id, &insertError))
        return fail(insertError);
    if (!attach.prepare(QStringLiteral("INSERT INTO attachments (report_id, position, file_name, mime_type, size, "
                                       "sha256, data) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return fail(attach.lastError());
    int position = 0;
    for (const Attachment &attachment : attachments) {
        attach.bindValue(0, *id);
        attach.bindValue(1, ++position);
        attach.bindValue(2, attachment.fileName);
        attach.bindValue(3, attachment.mimeType);
        attach.bindValue(4, attachment.size);
        attach.bindValue(5, attachment.sha256);
        attach.bindValue(6, attachment.data);
        if (!attach.exec())
            return fail(attach.lastError());
    }
    attach.finish();
    if (!transaction.commit())
        return fail(transaction.lastError());
    return true;
}

bool ReportStore::reconnect()
{
    m_insert = QSqlQuery();
    QSqlDatabase db = database();
    db.close();
    return db.open();
}

bool ReportStore::run(QSqlQuery &query, const std::function<bool(QSqlQuery &)> &prepareAndExec) const
{
    return Database::runWithReconnect(m_connectionName, query, prepareAndExec);
}

std::optional<Report> ReportStore::find(qint64 id, QString *errorMessage) const
{
    QSqlQuery query;
    const bool ok = run(query, [id](QSqlQuery &q) {
        q.prepare(QStringLiteral("SELECT %1 FROM reports WHERE id = ?").arg(QLatin1String(reportColumns)));
        q.addBindValue(id);
        return q.exec();
    });
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot read report %1: %2").arg(formatTicket(id), Database::explain(query.lastError(), database()));
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
    const bool ok = run(query, [limit](QSqlQuery &q) {
        q.prepare(QStringLiteral("SELECT %1 FROM reports ORDER BY id DESC LIMIT ?").arg(QLatin1String(reportColumns)));
        // The largest bigint means "all" to both SQLite and PostgreSQL.
        q.addBindValue(limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max());
        return q.exec();
    });
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot list reports: %1").arg(Database::explain(query.lastError(), database()));
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
    const bool ok = run(query, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("SELECT %1 FROM reports WHERE reporter_login = ? ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(reportColumns)));
        q.addBindValue(login.trimmed().isNull() ? QStringLiteral("") : login.trimmed());
        q.addBindValue(limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max());
        return q.exec();
    });
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot list your reports: %1").arg(Database::explain(query.lastError(), database()));
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
    const bool ok = run(query, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("SELECT %1 FROM reports WHERE id = ? AND reporter_login = ?")
                      .arg(QLatin1String(reportColumns)));
        q.addBindValue(id);
        q.addBindValue(login.trimmed().isNull() ? QStringLiteral("") : login.trimmed());
        return q.exec();
    });
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot read report %1: %2").arg(formatTicket(id), Database::explain(query.lastError(), database()));
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
    const bool ok = run(query, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("SELECT %1 FROM reports WHERE %2 ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(reportColumns),
                           dialect.textSearchCondition(QStringLiteral("reports"), QStringLiteral("id"))));
        q.addBindValue(dialect.textSearchValue(words));
        q.addBindValue(limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max());
        return q.exec();
    });
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot search reports: %1").arg(Database::explain(query.lastError(), database()));
        return reports;
    }
    while (query.next()) {
        Report report = reportFromQuery(query);
        if (report.id != ticket)
            reports.append(report);
    }
    return reports;
}

QList<Attachment> ReportStore::attachments(qint64 reportId, QString *errorMessage) const
{
    QList<Attachment> found;
    QSqlQuery query;
    const bool ok = run(query, [reportId](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("SELECT id, position, file_name, mime_type, size, sha256 FROM attachments "
                                      "WHERE report_id = ? ORDER BY position")))
            return false;
        q.addBindValue(reportId);
        return q.exec();
    });
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the attachments of %1: %2")
                                .arg(formatTicket(reportId), Database::explain(query.lastError(), database()));
        return found;
    }
    while (query.next()) {
        Attachment attachment;
        attachment.id = query.value(0).toLongLong();
        attachment.position = query.value(1).toInt();
        attachment.fileName = query.value(2).toString();
        attachment.mimeType = query.value(3).toString();
        attachment.size = query.value(4).toLongLong();
        attachment.sha256 = query.value(5).toString();
        found.append(attachment);
    }
    return found;
}

std::optional<Attachment> ReportStore::attachment(qint64 reportId, int position, QString *errorMessage) const
{
    QSqlQuery query;
    const bool ok = run(query, [reportId, position](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("SELECT id, position, file_name, mime_type, size, sha256, data "
                                      "FROM attachments WHERE report_id = ? AND position = ?")))
            return false;
        q.addBindValue(reportId);
        q.addBindValue(position);
        return q.exec();
    });
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot read attachment %1 of %2: %3")
                                .arg(QString::number(position), formatTicket(reportId),
                                     Database::explain(query.lastError(), database()));
        return std::nullopt;
    }
    if (!query.next()) {
        if (errorMessage)
            *errorMessage = tr("Report %1 has no attachment %2.").arg(formatTicket(reportId), QString::number(position));
        return std::nullopt;
    }
    Attachment attachment;
    attachment.id = query.value(0).toLongLong();
    attachment.position = query.value(1).toInt();
    attachment.fileName = query.value(2).toString();
    attachment.mimeType = query.value(3).toString();
    attachment.size = query.value(4).toLongLong();
    attachment.sha256 = query.value(5).toString();
    attachment.data = query.value(6).toByteArray();
    return attachment;
}

QList<ReportEvent> ReportStore::replies(qint64 id, QString *errorMessage) const
{
    QList<ReportEvent> events;
    QSqlQuery query;
    const bool ok = run(query, [id](QSqlQuery &q) {
        q.prepare(QStringLiteral("SELECT id, at, actor, text, version FROM report_events "
                                 "WHERE report_id = ? AND kind = 'reply' ORDER BY id"));
        q.addBindValue(id);
        return q.exec();
    });
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the replies to %1: %2")
                                .arg(formatTicket(id), Database::explain(query.lastError(), database()));
        return events;
    }
    while (query.next()) {
        ReportEvent event;
        event.id = query.value(0).toLongLong();
        event.reportId = id;
        event.at = fromStorage(query.value(1));
        event.actor = query.value(2).toString();
        event.kind = QLatin1String(ReportEvent::Reply);
        event.text = query.value(3).toString();
        event.version = query.value(4).toInt();
        events.append(event);
    }
    return events;
}

qint64 ReportStore::count(QString *errorMessage) const
{
    QSqlQuery query;
    const bool ok = run(query, [](QSqlQuery &q) { return q.exec(QStringLiteral("SELECT COUNT(*) FROM reports")); });
    if (!ok || !query.next()) {
        if (errorMessage)
            *errorMessage = tr("Cannot count reports: %1").arg(Database::explain(query.lastError(), database()));
        return -1;
    }
    return query.value(0).toLongLong();
}

std::optional<PriorityMatrix> ReportStore::priorityMatrix(QString *errorMessage)
{
    if (!m_priorities)
        m_priorities = PriorityMatrixStore::load(m_connectionName, errorMessage);
    return m_priorities;
}

QString ReportStore::databaseLogin() const
{
    const QSqlDatabase db = database();
    if (!db.isOpen() || SqlDialect(db).isEmbedded())
        return {};
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
        return query.value(0).toString();
    return {};
}

namespace {

const char *const openReportColumns =
    "id, created_at, status, category, summary, device_kind, device_make, device_model, asset_tag, "
    "building, room, affected_count";

ReportStore::OpenReport openReportFromQuery(const QSqlQuery &q, ReportStore::OpenReport::Reason reason)
{
    ReportStore::OpenReport r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.createdAt = fromStorage(q.value(i++));
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
        const bool ok = run(query, [&](QSqlQuery &q) {
            q.prepare(sql.arg(QLatin1String(openReportColumns)));
            for (const QVariant &value : values)
                q.addBindValue(value);
            return q.exec();
        });
        if (!ok) {
            if (errorMessage)
                *errorMessage = tr("Cannot look for reports like this one: %1")
                                    .arg(Database::explain(query.lastError(), database()));
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
        const QString since =
            StorageTime::text(QDateTime::currentDateTimeUtc().addDays(-DuplicateWindowDays));
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
    auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value.trimmed(); };
    QSqlQuery query;
    const bool ok = run(query, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO report_affected (report_id, login, name, email, phone, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (report_id, login) DO NOTHING"));
        q.addBindValue(reportId);
        q.addBindValue(text(contact.login));
        q.addBindValue(text(contact.name));
        q.addBindValue(text(contact.email));
        q.addBindValue(text(contact.phone));
        q.addBindValue(StorageTime::text(QDateTime::currentDateTimeUtc()));
        return q.exec();
    });
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot add you to report %1: %2")
                                .arg(formatTicket(reportId), Database::explain(query.lastError(), database()));
        return false;
    }
    return true;
}

QList<ReportStore::AffectedPerson> ReportStore::affectedPeople(qint64 reportId, QString *errorMessage) const
{
    QList<AffectedPerson> people;
    QSqlQuery query;
    const bool ok = run(query, [reportId](QSqlQuery &q) {
        q.prepare(QStringLiteral("SELECT login, name, email, phone, created_at FROM report_affected "
                                 "WHERE report_id = ? ORDER BY created_at, login"));
        q.addBindValue(reportId);
        return q.exec();
    });
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot read who else is affected by %1: %2")
                                .arg(formatTicket(reportId), Database::explain(query.lastError(), database()));
        return people;
    }
    while (query.next()) {
        AffectedPerson person;
        person.contact.login = query.value(0).toString();
        person.contact.name = query.value(1).toString();
        person.contact.email = query.value(2).toString();
        person.contact.phone = query.value(3).toString();
        person.addedAt = fromStorage(query.value(4));
        people.append(person);
    }
    return people;
}

namespace {

// The same export from either backend: PostgreSQL hands back booleans and
// timestamps where SQLite stores 0/1 and ISO text, so write both as SQLite does.
QVariant portable(const QVariant &value)
{
    if (value.isNull())
        return value;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::QDateTime:
        return StorageTime::text(value.toDateTime());
    default:
        return value;
    }
}

} // namespace

ReportStore::ExportResult ReportStore::exportAll(const std::function<bool(const QStringList &columns)> &begin,
                                                 const std::function<void(const QVariantList &values)> &row,
                                                 QString *errorText) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT * FROM reports ORDER BY id")) || !query.exec()) {
        if (errorText)
            *errorText = query.lastError().text();
        return ExportResult::QueryFailed;
    }
    const QSqlRecord record = query.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    if (!begin(columns))
        return ExportResult::Aborted;
    QVariantList values;
    while (query.next()) {
        values.clear();
        for (int i = 0; i < columns.size(); ++i)
            values.append(portable(query.value(i)));
        row(values);
    }
    if (query.lastError().isValid()) {
        if (errorText)
            *errorText = query.lastError().text();
        return ExportResult::ReadingStopped;
    }
    return ExportResult::Done;
}

} // namespace Helpdesk
