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
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &QueueWatcher::checkNow);
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
    query.finish();
    QSqlError error;
    if (!readSeen("reports", m_lastReportId - LateCommitIds, &m_seenReports, &error)
        || !readSeen("report_events", m_lastEventId - LateCommitIds, &m_seenEvents, &error)) {
        if (errorMessage)
            *errorMessage = tr("Cannot watch the queue for new reports: %1").arg(Database::explain(error, db));
        return false;
    }
    return true;
}

bool QueueWatcher::readSeen(const char *table, qint64 floor, QSet<qint64> *seen, QSqlError *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    // `table` is one of two fixed names; the floor is bound.
    if (!query.prepare(QStringLiteral("SELECT id FROM %1 WHERE id > ?").arg(QLatin1String(table)))) {
        *error = query.lastError();
        return false;
    }
    query.addBindValue(floor);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    while (query.next())
        seen->insert(query.value(0).toLongLong());
    return true;
}

void QueueWatcher::forgetBelow(qint64 floor, QSet<qint64> *seen)
{
    for (auto it = seen->begin(); it != seen->end();)
        it = *it <= floor ? seen->erase(it) : std::next(it);
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
        connect(notifier.get(), &ReportNotifier::reportsChanged, this, &QueueWatcher::onNotified);
        m_notifier = std::move(notifier);
    } else {
        m_timer.start(); // checked every few seconds instead, as on SQLite
    }
    checkNow(); // whatever came in before listening began
}

void QueueWatcher::onNotified()
{
    // Not restarted by the next one: a burst, or a flood, is one read.
    if (!m_coalesce.isActive())
        m_coalesce.start();
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
    // One after the other: QPSQL reads a forward-only result row by row, so a
    // second statement on the connection would drop the rest of the first.
    auto failed = [this, &db](const QSqlQuery &query) {
        emit errorOccurred(tr("Cannot watch the queue for new reports: %1").arg(Database::explain(query.lastError(), db)));
    };
    QSqlQuery filed(db);
    filed.setForwardOnly(true);
    if (!filed.prepare(QStringLiteral("SELECT id FROM reports WHERE id > ? ORDER BY id LIMIT 1000")))
        return failed(filed);
    filed.addBindValue(m_lastReportId - LateCommitIds);
    if (!filed.exec())
        return failed(filed);
    QList<qint64> newIds;
    while (filed.next()) {
        const qint64 id = filed.value(0).toLongLong();
        if (!m_seenReports.contains(id)) {
            m_seenReports.insert(id);
            newIds.append(id);
        }
    }
    filed.finish();
    QSqlQuery changed(db);
    changed.setForwardOnly(true);
    if (!changed.prepare(QStringLiteral("SELECT id, report_id FROM report_events WHERE id > ? ORDER BY id LIMIT 1000")))
        return failed(changed);
    changed.addBindValue(m_lastEventId - LateCommitIds);
    if (!changed.exec())
        return failed(changed);
    QList<qint64> changedIds;
    while (changed.next()) {
        const qint64 eventId = changed.value(0).toLongLong();
        if (m_seenEvents.contains(eventId))
            continue;
        m_seenEvents.insert(eventId);
        m_lastEventId = std::max(m_lastEventId, eventId);
        const qint64 id = changed.value(1).toLongLong();
        if (!newIds.contains(id) && !changedIds.contains(id))
            changedIds.append(id);
    }
    changed.finish();
    for (qint64 id : std::as_const(newIds)) {
        m_lastReportId = std::max(m_lastReportId, id);
        emit reportFiled(id);
    }
    forgetBelow(m_lastReportId - LateCommitIds, &m_seenReports);
    forgetBelow(m_lastEventId - LateCommitIds, &m_seenEvents);
    for (qint64 id : std::as_const(changedIds))
        emit reportChanged(id);
}

} // namespace Helpdesk
