#include "reportstore.h"

#include "taxonomy.h"

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
    "reporter_department, reporter_location, preferred_contact, computer_name, operating_system";

QDateTime fromStorage(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime() : QDateTime();
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
    return r;
}

} // namespace

QString ReportStore::timestampText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

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

ReportStore::SubmitResult ReportStore::submit(const Report &input)
{
    SubmitResult result;
    result.fieldErrors = input.validate();
    if (!result.fieldErrors.isEmpty()) {
        result.error = tr("The report is incomplete: %1").arg(result.fieldErrors.constFirst().message);
        return result;
    }

    Report report = input;
    if (report.clientId.isEmpty())
        report.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.priority = Taxonomy::priority(report.impact, report.urgency);
    report.computerName = m_computerName;
    report.operatingSystem = m_operatingSystem;

    QSqlDatabase db = database();
    if (!db.isOpen()) {
        result.error = tr("The database is not open.");
        return result;
    }
    if (!m_insert.isActive() && m_insert.lastQuery().isEmpty()) {
        m_insert = QSqlQuery(db);
        if (!m_insert.prepare(QStringLiteral(
                "INSERT INTO reports (client_id, created_at, status, priority, category, symptom, summary, "
                "description, started_at, impact, urgency, device_kind, device_make, device_model, "
                "device_custom, asset_tag, building, room, reporter_name, reporter_login, reporter_email, "
                "reporter_phone, reporter_department, reporter_location, preferred_contact, computer_name, "
                "operating_system) VALUES (?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?)"))) {
            result.error = tr("Cannot prepare to save the report: %1").arg(m_insert.lastError().text());
            m_insert = QSqlQuery();
            return result;
        }
    }

    // A null QString binds as SQL NULL, which the NOT NULL DEFAULT '' columns
    // refuse: an optional field left alone must be stored as ''.
    auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    const QVariantList values = {
        report.clientId, timestampText(QDateTime::currentDateTimeUtc()), report.priority,
        text(report.category), text(report.symptom), text(report.summary.trimmed()), text(report.description),
        timestampText(report.startedAt), text(report.impact), text(report.urgency),
        text(report.device.kind), text(report.device.make.trimmed()), text(report.device.model.trimmed()),
        report.device.customModel ? 1 : 0, text(report.device.assetTag.trimmed()),
        text(report.device.building.trimmed()), text(report.device.room.trimmed()),
        text(report.contact.name.trimmed()), text(report.contact.login.trimmed()),
        text(report.contact.email.trimmed()), text(report.contact.phone.trimmed()),
        text(report.contact.department.trimmed()), text(report.contact.location.trimmed()),
        text(report.contact.preferredContact), text(report.computerName), text(report.operatingSystem),
    };
    for (int i = 0; i < values.size(); ++i)
        m_insert.bindValue(i, values.at(i));

    if (!db.transaction()) {
        result.error = tr("Cannot start saving the report: %1").arg(db.lastError().text());
        return result;
    }
    if (!m_insert.exec()) {
        const QSqlError error = m_insert.lastError();
        db.rollback();
        // Filed before (a retry after a lost answer): hand back that ticket.
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT id FROM reports WHERE client_id = ?"));
        existing.addBindValue(report.clientId);
        if (existing.exec() && existing.next()) {
            result.id = existing.value(0).toLongLong();
            result.ticket = formatTicket(result.id);
            return result;
        }
        result.error = tr("The database refused the report: %1").arg(error.text());
        return result;
    }
    const qint64 id = m_insert.lastInsertId().toLongLong();
    m_insert.finish();
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        result.error = tr("The database could not save the report: %1").arg(error);
        return result;
    }
    result.id = id;
    result.ticket = formatTicket(id);
    return result;
}

std::optional<Report> ReportStore::find(qint64 id, QString *errorMessage) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM reports WHERE id = ?").arg(QLatin1String(reportColumns)));
    query.addBindValue(id);
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage = tr("Cannot read report %1: %2").arg(formatTicket(id), query.lastError().text());
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
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM reports ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(reportColumns)));
    // SQLite and PostgreSQL both accept a negative / NULL-free large limit as "all".
    query.addBindValue(limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max());
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage = tr("Cannot list reports: %1").arg(query.lastError().text());
        return reports;
    }
    while (query.next())
        reports.append(reportFromQuery(query));
    return reports;
}

qint64 ReportStore::count(QString *errorMessage) const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM reports")) || !query.next()) {
        if (errorMessage)
            *errorMessage = tr("Cannot count reports: %1").arg(query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace Helpdesk
