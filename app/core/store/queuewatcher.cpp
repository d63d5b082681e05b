#include "store/queuewatcher.h"

#include "store/database.h"
#include "store/reportnotifier.h"
#include "store/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Helpdesk {

QueueWatcher::QueueWatcher(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &QueueWatcher::checkNow);
}

QueueWatcher::~QueueWatcher()
{
    m_timer.stop();
    m_notifier.reset();
    if (!m_listenConnection.isEmpty())
        Database::close(m_listenConnection);
}

bool QueueWatcher::readMarks(QString *errorMessage)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Fixed statements, nothing to bind: the highest ids are primary-key reads.
    if (!query.exec(QStringLiteral("SELECT (SELECT max(id) FROM reports), (SELECT max(id) FROM report_events)"))
        || !query.next()) {
        if (errorMessage)
            *errorMessage = tr("Cannot watch the queue for new reports: %1")
                                .arg(Database::explain(query.lastError(), db));
        return false;
    }
    m_lastReportId = query.value(0).toLongLong();
    m_lastEventId = query.value(1).toLongLong();
    return true;
}

bool QueueWatcher::start(QString *errorMessage)
{
    if (!readMarks(errorMessage))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (SqlDialect(db).announcesChanges()) {
        // Connecting takes a few round trips (10-20 ms): not before the console
        // has painted its first rows, which a zero timer would precede. What
        // is filed meanwhile is above the marks just read, and read once
        // listening has begun.
        QTimer::singleShot(ListenDelayMs, this, &QueueWatcher::startListening);
        return true;
    }
    QSqlQuery version(db);
    if (version.exec(QStringLiteral("PRAGMA data_version")) && version.next())
        m_dataVersion = version.value(0).toLongLong();
    m_timer.start();
    return true;
}

void QueueWatcher::startListening()
{
    // Notifications arrive on the connection that listens: a second one, with
    // the same server, login and password.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    m_listenConnection = m_connectionName + QStringLiteral("-listen-")
                         + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QSqlDatabase listen = QSqlDatabase::cloneDatabase(db, m_listenConnection);
    auto notifier = std::make_unique<ReportNotifier>(m_listenConnection);
    if (listen.open() && notifier->start()) {
        connect(notifier.get(), &ReportNotifier::reportChanged, this, &QueueWatcher::onNotified);
        m_notifier = std::move(notifier);
    } else {
        m_timer.start(); // checked every few seconds instead, as on SQLite
    }
    checkNow(); // whatever came in before listening began
}

void QueueWatcher::onNotified(qint64 id)
{
    if (id > m_lastReportId) {
        m_lastReportId = id;
        emit reportFiled(id);
    } else {
        emit reportChanged(id);
    }
}

void QueueWatcher::checkNow()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return;
    if (SqlDialect(db).isSqlite()) {
        // Bumped only by commits of other connections: nothing to read otherwise.
        QSqlQuery version(db);
        if (version.exec(QStringLiteral("PRAGMA data_version")) && version.next()) {
            const qint64 now = version.value(0).toLongLong();
            if (now == m_dataVersion)
                return;
            m_dataVersion = now;
        }
    }
    QSqlQuery filed(db);
    filed.setForwardOnly(true);
    QSqlQuery changed(db);
    changed.setForwardOnly(true);
    if (!filed.prepare(QStringLiteral("SELECT id FROM reports WHERE id > ? ORDER BY id LIMIT 1000"))
        || !changed.prepare(QStringLiteral("SELECT id, report_id FROM report_events WHERE id > ? ORDER BY id LIMIT 1000"))) {
        emit errorOccurred(tr("Cannot watch the queue for new reports: %1")
                               .arg(Database::explain(filed.lastError().isValid() ? filed.lastError() : changed.lastError(), db)));
        return;
    }
    filed.addBindValue(m_lastReportId);
    changed.addBindValue(m_lastEventId);
    if (!filed.exec() || !changed.exec()) {
        emit errorOccurred(tr("Cannot watch the queue for new reports: %1")
                               .arg(Database::explain(filed.lastError().isValid() ? filed.lastError() : changed.lastError(), db)));
        return;
    }
    QList<qint64> newIds;
    while (filed.next())
        newIds.append(filed.value(0).toLongLong());
    QList<qint64> changedIds;
    while (changed.next()) {
        m_lastEventId = std::max(m_lastEventId, changed.value(0).toLongLong());
        const qint64 id = changed.value(1).toLongLong();
        if (id <= m_lastReportId && !changedIds.contains(id))
            changedIds.append(id);
    }
    filed.finish();
    changed.finish();
    for (qint64 id : std::as_const(newIds)) {
        m_lastReportId = std::max(m_lastReportId, id);
        emit reportFiled(id);
    }
    for (qint64 id : std::as_const(changedIds))
        emit reportChanged(id);
}

} // namespace Helpdesk
