#pragma once

// ReportNotifier: tells the program that reports were filed or changed by
// anyone, without polling. On PostgreSQL it LISTENs (QSqlDriver::
// subscribeToNotification) to the channel the schema's trigger notifies:
// its name is random and readable by agents only (notification_channel,
// migration 0011), and a notification carries nothing, so a reporter's login
// learns nothing from it. What changed is for the listener to read, under
// its own row-level security (QueueWatcher). SQLite has no such thing:
// there isActive() is false and nothing is ever emitted.
//
// It needs a connection of its own: notifications arrive on the connection
// that listens, and that connection must live in the thread of this object.

#include <QObject>
#include <QSqlDriver>
#include <QString>

namespace Helpdesk {

class ReportNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportNotifier)
public:
    explicit ReportNotifier(const QString &connectionName, QObject *parent = nullptr);
    ~ReportNotifier() override;

    // Starts listening; false with a message on SQLite, for a login that may
    // not read the channel (not an agent) or on a driver error.
    bool start(QString *errorMessage = nullptr);
    bool isActive() const { return m_active; }

signals:
    // Reports were filed or changed (status, assignment, a note, …): once
    // per statement that did it, whatever a notification carries.
    void reportsChanged();

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_connectionName;
    QString m_channel;
    bool m_active = false;
};

} // namespace Helpdesk
