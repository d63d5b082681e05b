#pragma once

// ReportNotifier: tells the program when a report is filed or changed by
// anyone, without polling. On PostgreSQL it LISTENs to the channel the schema's
// trigger notifies ("helpdesk_reports", payload: the report id) through
// QSqlDriver::subscribeToNotification. SQLite has no such thing: there
// isActive() is false and nothing is ever emitted.
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
    static constexpr const char *channel = "helpdesk_reports";

    explicit ReportNotifier(const QString &connectionName, QObject *parent = nullptr);
    ~ReportNotifier() override;

    // Starts listening; false with a message on SQLite or a driver error.
    bool start(QString *errorMessage = nullptr);
    bool isActive() const { return m_active; }

signals:
    // A report was filed or changed (status, assignment, …).
    void reportChanged(qint64 id);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_connectionName;
    bool m_active = false;
};

} // namespace Helpdesk
