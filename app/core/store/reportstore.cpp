#include "store/reportstore.h"

#include "model/storagetime.h"
#include "store/database.h"
#include "store/prioritymatrixstore.h"
#include "store/sqldialect.h"
#include "store/writetransaction.h"

#include <QSqlError>
#include <QSysInfo>
#include <QUuid>

namespace Helpdesk {

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
    if (!stamp(report, &result.error))
        return result;

    QSqlError error;
    insertOrFind(report, insertValues(report, SqlDialect(database()).serverSetsReportFields()), &result.id, &error);
    if (result.id <= 0) {
        result.error = Database::explain(error, database());
        result.unreachable = Database::isUnreachable(error, database());
        return result;
    }
    result.ticket = formatTicket(result.id);
    return result;
}

bool ReportStore::stamp(Report &report, QString *errorMessage)
{
    if (report.clientId.isEmpty())
        report.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.computerName = m_computerName;
    report.operatingSystem = m_operatingSystem;
    // The server's own matrix decides there, even when it cannot be read
    // here; an unreachable server then queues the report instead of failing.
    if (SqlDialect(database()).serverSetsReportFields())
        return true;
    QString matrixError;
    const std::optional<PriorityMatrix> priorities = priorityMatrix(&matrixError);
    if (!priorities) {
        *errorMessage = matrixError;
        return false;
    }
    report.priority = priorities->priority(report.impact, report.urgency);
    return true;
}

QVariantList ReportStore::insertValues(const Report &report, bool serverSets)
{
    // A null QString binds as SQL NULL, which the NOT NULL DEFAULT '' columns
    // refuse: an optional field left alone must be stored as ''.
    auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    QVariantList values = {report.clientId};
    if (!serverSets)
        values << StorageTime::text(QDateTime::currentDateTimeUtc()) << report.priority;
    return values << QVariantList{
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
}

QString ReportStore::insertStatement(bool serverSets)
{
    // RETURNING saves the extra round trip QPSQL's lastInsertId() makes
    // (SELECT lastval()).
    const QString stamped = serverSets ? QString() : QStringLiteral("created_at, status, priority, ");
    const int values = serverSets ? 26 : 28;
    QStringList marks(values, QStringLiteral("?"));
    if (!serverSets)
        marks.insert(2, QStringLiteral("'new'"));
    return QStringLiteral("INSERT INTO reports (client_id, %1category, symptom, summary, description, started_at, "
                          "impact, urgency, device_kind, device_make, device_model, device_custom, asset_tag, "
                          "asset_key, building, room, reporter_name, reporter_login, reporter_email, reporter_phone, "
                          "reporter_department, reporter_location, preferred_contact, computer_name, "
                          "operating_system, vague) VALUES (%2) RETURNING id")
        .arg(stamped, marks.join(QStringLiteral(", ")));
}

void ReportStore::insertOrFind(const Report &report, const QVariantList &values, qint64 *id, QSqlError *error)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (report.attachments.isEmpty() ? insert(values, id, error)
                                         : insertWithAttachments(values, report.attachments, id, error))
            break;
        // Filed before (a retry after a lost answer): hand back that ticket.
        QSqlQuery existing(database());
        existing.prepare(QStringLiteral("SELECT id FROM reports WHERE client_id = ?"));
        existing.addBindValue(report.clientId);
        if (existing.exec() && existing.next()) {
            *id = existing.value(0).toLongLong();
            break;
        }
        // The server restarted or the network blinked: reconnect once and
        // retry; the client id makes the retry safe.
        if (attempt > 0 || !Database::isConnectionLost(*error, database()) || !reconnect())
            break;
    }
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
        // One statement, so one transaction of its own.
        if (!m_insert.prepare(insertStatement(SqlDialect(db).serverSetsReportFields()))) {
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

bool ReportStore::run(QSqlQuery &query, const QString &sql, const QVariantList &values) const
{
    return Database::runWithReconnect(m_connectionName, query, sql, values);
}

QString ReportStore::explain(const QSqlQuery &query) const
{
    return Database::explain(query.lastError(), database());
}

std::optional<PriorityMatrix> ReportStore::priorityMatrix(QString *errorMessage)
{
    if (!m_priorities)
        m_priorities = PriorityMatrixStore::load(m_connectionName, errorMessage);
    return m_priorities;
}

QString ReportStore::databaseLogin() const
{
    return Database::serverLogin(m_connectionName).value_or(QString());
}

} // namespace Helpdesk
