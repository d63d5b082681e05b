#pragma once

// QueueWatcher: tells the agents' console which reports were filed or changed
// by anyone else, without the agent refreshing. On PostgreSQL it listens
// (ReportNotifier on a connection of its own, cloned from the console's); on
// SQLite, which cannot announce anything to other processes, it checks every
// few seconds: `PRAGMA data_version` (changes only when another connection
// committed, no table read at all), and only then the reports above the
// highest id seen and the history rows above the highest event id seen —
// both primary-key range reads, cheap at a million reports. Every change an
// agent makes leaves a history row (ReviewStore), so those ids are the changed
// reports. Where listening fails, PostgreSQL is checked the same way.

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace Helpdesk {

class ReportNotifier;

class QueueWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueWatcher)
public:
    static constexpr int CheckIntervalMs = 3000;
    static constexpr int ListenDelayMs = 500; // PostgreSQL: after the console's first rows

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
    // A report with an id above any seen before.
    void reportFiled(qint64 id);
    // A report seen before was changed (status, assignee, a note, a reply).
    void reportChanged(qint64 id);
    void errorOccurred(const QString &message);

private:
    void startListening();
    void onNotified(qint64 id);
    bool readMarks(QString *errorMessage);

    QString m_connectionName;
    QString m_listenConnection;
    std::unique_ptr<ReportNotifier> m_notifier;
    QTimer m_timer;
    qint64 m_lastReportId = 0;
    qint64 m_lastEventId = 0;
    qint64 m_dataVersion = -1;
};

} // namespace Helpdesk
