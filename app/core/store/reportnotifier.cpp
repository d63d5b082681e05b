#include "store/reportnotifier.h"

#include "store/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

namespace Helpdesk {

ReportNotifier::ReportNotifier(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
}

ReportNotifier::~ReportNotifier()
{
    if (!m_active)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen())
        db.driver()->unsubscribeFromNotification(QLatin1String(channel));
}

bool ReportNotifier::start(QString *errorMessage)
{
    if (m_active)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlDriver *driver = db.driver();
    // QSQLITE "notifies" too, but only of its own connection's changes: of no
    // use for reports filed on other desks.
    if (!db.isOpen() || !driver || !SqlDialect(db).announcesChanges()) {
        if (errorMessage)
            *errorMessage = tr("This database cannot announce new reports; only a PostgreSQL database can.");
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &ReportNotifier::onNotification, Qt::UniqueConnection);
    if (!driver->subscribeToNotification(QLatin1String(channel))) {
        if (errorMessage)
            *errorMessage = tr("Cannot listen for new reports: %1").arg(driver->lastError().text());
        return false;
    }
    m_active = true;
    return true;
}

void ReportNotifier::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != QLatin1String(channel))
        return;
    bool ok = false;
    const qint64 id = payload.toString().toLongLong(&ok);
    if (ok && id > 0)
        emit reportChanged(id);
}

} // namespace Helpdesk
