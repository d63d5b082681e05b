#pragma once

// QueueWatcher: tells the agents' console which reports were filed or changed
// by anyone else, without the agent refreshing. Either way it reads the
// reports above the highest id seen and the history rows above the highest
// event id seen — primary-key range reads, cheap at a million reports, and
// under the console's own row-level security. Every change an agent makes
// leaves a history row (ReviewStore; on PostgreSQL the server writes it), so
// those ids are the changed reports. The reads start a little below the
// highest ids and skip the ids seen already: on PostgreSQL a transaction may
// commit after another that took a higher id.
//
// When to read: on PostgreSQL when the database says something changed
// (ReportNotifier on a connection of its own, cloned from the console's; a
// notification carries nothing), at most once per CoalesceMs however many
// arrive, so no flood of notifications keeps the console from reading; on
// SQLite, which cannot announce anything to other processes, every few
// seconds after `PRAGMA data_version` says another connection committed.
// Where listening fails, PostgreSQL is checked every few seconds too.

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>

class QSqlError;

namespace Helpdesk {

class ReportNotifier;

class QueueWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueWatcher)
public:
    static constexpr int CheckIntervalMs = 3000;
    static constexpr int ListenDelayMs = 500; // PostgreSQL: after the console's first rows
    static constexpr int CoalesceMs = 50;     // PostgreSQL: from a notification to the read
    // How far below the highest ids each read starts.
    static constexpr qint64 LateCommitIds = 100;

    // `connectionName`: the console's open connection; it is read on the
    // checks, and on PostgreSQL cloned once for listening.
    explicit QueueWatcher(const QString &connectionName, QObject *parent = nullptr);
    ~QueueWatcher() override;

    // Notes where the database stands now, then starts checking (SQLite) or,
    // once the event loop runs, listening (PostgreSQL).
    // False with a message when even that first read fails.
    bool start(QString *errorMessage = nullptr);
    bool isListening() const { return m_notifier != nullptr; }
    qint64 lastReportId() const { return m_lastReportId; }

    // One check now (SQLite, or PostgreSQL without listening); the timer calls it.
    void checkNow();

signals:
    // A report not seen before (its id is above the highest seen, or a
    // little below it when its transaction committed late).
    void reportFiled(qint64 id);
    // A report seen before was changed (status, assignee, a note, a reply).
    void reportChanged(qint64 id);
    void errorOccurred(const QString &message);

private:
    void startListening();
    void onNotified();
    bool readMarks(QString *errorMessage);
    // The ids above `floor` of `table`, into `seen`.
    bool readSeen(const char *table, qint64 floor, QSet<qint64> *seen, QSqlError *error);
    void forgetBelow(qint64 floor, QSet<qint64> *seen);

    QString m_connectionName;
    QString m_listenConnection;
    std::unique_ptr<ReportNotifier> m_notifier;
    QTimer m_timer;
    QTimer m_coalesce;
    qint64 m_lastReportId = 0;
    qint64 m_lastEventId = 0;
    qint64 m_dataVersion = -1;
    // The ids above the highest minus LateCommitIds that were reported already.
    QSet<qint64> m_seenReports;
    QSet<qint64> m_seenEvents;
};

} // namespace Helpdesk
