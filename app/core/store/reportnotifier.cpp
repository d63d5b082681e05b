#include "store/reportnotifier.h"

#include "store/database.h"
#include "store/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
        db.driver()->unsubscribeFromNotification(m_channel);
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
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM notification_channel")) || !query.next()) {
        if (errorMessage)
            *errorMessage = tr("Cannot listen for new reports: %1").arg(Database::explain(query.lastError(), db));
        return false;
    }
    m_channel = query.value(0).toString();
    query.finish();
    connect(driver, &QSqlDriver::notification, this, &ReportNotifier::onNotification, Qt::UniqueConnection);
    if (!driver->subscribeToNotification(m_channel)) {
        if (errorMessage)
            *errorMessage = tr("Cannot listen for new reports: %1").arg(driver->lastError().text());
        return false;
    }
    m_active = true;
    return true;
}

void ReportNotifier::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &)
{
    if (name == m_channel)
        emit reportsChanged();
}

} // namespace Helpdesk
