#include "testreports.h"

#include "model/storagetime.h"
#include "store/reportstore.h"
#include "store/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Helpdesk::Report validTestReport(const QString &summary)
{
    Helpdesk::Report r;
    r.category = QStringLiteral("printing");
    r.symptom = QStringLiteral("paper_jam");
    r.summary = summary;
    r.startedAt = QDateTime::currentDateTime().addSecs(-600);
    r.impact = QStringLiteral("me");
    r.urgency = QStringLiteral("can_wait");
    r.device.kind = QStringLiteral("printer");
    r.device.make = QStringLiteral("HP");
    r.device.model = QStringLiteral("LaserJet Pro M404dn");
    r.contact.name = QStringLiteral("Jane Doe");
    r.contact.email = QStringLiteral("jane@example.com");
    r.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return r;
}

QString workerReportSummary(const QString &tag, int index)
{
    return QStringLiteral("Concurrent report %1 number %2").arg(tag).arg(index);
}

QString workerReportClientId(const QString &prefix, int index)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(index);
}

qint64 insertVersion1Report(const QSqlDatabase &db, const QString &summary)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO reports (client_id, created_at, priority, category, symptom, summary, "
                                 "impact, urgency, reporter_name, reporter_login) "
                                 "VALUES (?, ?, 5, 'printing', 'paper_jam', ?, 'me', 'can_wait', 'Jane Doe', 'jane') "
                                 "RETURNING id"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(Helpdesk::StorageTime::text(QDateTime::currentDateTimeUtc()));
    query.addBindValue(summary);
    if (!query.exec() || !query.next()) {
        qWarning("version 1 insert failed: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.value(0).toLongLong();
}

bool allowDamagedAttachments(const QSqlDatabase &db)
{
    if (!Helpdesk::SqlDialect(db).isPostgres())
        return true;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("ALTER TABLE attachments DISABLE TRIGGER attachments_checked"))) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}
