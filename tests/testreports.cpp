#include "testreports.h"

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
