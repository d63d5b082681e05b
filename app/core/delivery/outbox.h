#pragma once

// Outbox: reports that could not reach the database (server down, network
// gone, SQLite locked past its timeout) wait here, on this computer, until
// they can be delivered. One JSON file per client id under
// AppDataLocation/outbox, written atomically (QSaveFile). Delivery goes
// through ReportStore::submit, whose client id makes it exactly once: a report
// that reached the server before the answer was lost gets its existing ticket
// back instead of being filed again. A damaged entry is moved aside to
// outbox/damaged and reported, never dropped silently.

#include "model/report.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Helpdesk {

class ReportStore;

class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    // `directory` empty: AppDataLocation/outbox.
    explicit Outbox(const QString &directory = QString());

    QString directory() const { return m_directory; }
    static QString defaultDirectory();
    // What the person is told to quote until the ticket exists: LOCAL-1A2B3C4D,
    // the first eight characters of the client id.
    static QString localReference(const QString &clientId);

    // Keeps the report (with its attachments) until it is delivered.
    bool add(const Report &report, QString *errorMessage);
    // Waiting reports, oldest first. A damaged entry is moved to
    // outbox/damaged and named in `problems`.
    QList<Report> pending(QStringList *problems = nullptr) const;
    int count() const;
    bool contains(const QString &clientId) const;
    bool remove(const QString &clientId, QString *errorMessage = nullptr);

    struct Delivered
    {
        QString clientId;
        QString ticket;
    };
    struct DeliveryResult
    {
        QList<Delivered> delivered;
        QStringList problems;     // damaged or refused entries, set aside
        QString error;            // why delivery stopped, when it did
        bool unreachable = false; // the database cannot be reached: try again later
        bool needsPassword = false; // the server asked for a password or refused the one given
        int remaining = 0;        // still waiting afterwards
    };
    // Submits what waits, oldest first, and removes each delivered report.
    // Stops at the first sign the database cannot be reached. A report the
    // database refuses as invalid can never be delivered: it is moved to
    // outbox/refused with the reason in `problems`.
    DeliveryResult deliver(ReportStore &store);
    // The same over a connection of its own to `databaseUrl` (with
    // `password` when the URL has none), so it may run on a thread of its
    // own while the window stays responsive.
    DeliveryResult deliver(const QString &databaseUrl, const QString &password = QString());

private:
    QString filePath(const QString &clientId) const;
    void setAside(const QString &path, const QString &folder) const;

    QString m_directory;
};

} // namespace Helpdesk
