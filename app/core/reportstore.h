#pragma once

// ReportStore: files reports into the shared database and reads them back.
// One store per connection (and so per thread). Every statement is prepared
// with bound values; every database error comes back as a message.

#include "report.h"
#include "reportevent.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace Helpdesk {

class ReportStore final
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)
public:
    struct SubmitResult
    {
        qint64 id = 0;
        QString ticket;
        QList<FieldError> fieldErrors; // the report was invalid; nothing was written
        QString error;                 // the database refused; nothing was written
        bool ok() const { return id > 0; }
    };

    explicit ReportStore(const QString &connectionName);
    ~ReportStore();

    // Validates, stamps the computer name, operating system, priority and time,
    // and writes the report in one transaction (a single INSERT … RETURNING).
    // A report whose client id was already filed returns that ticket instead
    // of filing it twice; a lost connection is re-opened and tried once more.
    SubmitResult submit(const Report &report);

    std::optional<Report> find(qint64 id, QString *errorMessage = nullptr) const;
    // Newest first. limit <= 0 means all.
    QList<Report> list(int limit, QString *errorMessage = nullptr) const;
    qint64 count(QString *errorMessage = nullptr) const;
    // Newest first: the report whose ticket number this is (HD-000042, 42),
    // then reports with every word of `text` in their summary, description,
    // device (make, model, asset tag) or reporter (name, login, email). Whole
    // words, any case. On PostgreSQL row-level security applies as everywhere.
    QList<Report> search(const QString &text, int limit, QString *errorMessage = nullptr) const;
    // The agents' replies to a report, oldest first: what its reporter reads.
    // Never internal notes. On PostgreSQL a reporter gets only replies to
    // their own reports (row-level security).
    QList<ReportEvent> replies(qint64 id, QString *errorMessage = nullptr) const;

    // How times are stored: ISO 8601 UTC text with milliseconds, which sorts
    // as text; empty for an invalid time.
    static QString timestampText(const QDateTime &time);

private:
    QSqlDatabase database() const;
    bool insert(const QVariantList &values, qint64 *id, QSqlError *error);
    bool reconnect();
    // Runs a read; when the connection was lost (server restart), reconnects
    // once and runs it again.
    bool run(QSqlQuery &query, const std::function<bool(QSqlQuery &)> &prepareAndExec) const;

    QString m_connectionName;
    QSqlQuery m_insert; // prepared once: submit is the hot path
    // Stamped on every report, read once per store: prettyProductName() reads
    // /etc/os-release each time it is asked, a quarter of submit's own cost.
    QString m_computerName;
    QString m_operatingSystem;
};

} // namespace Helpdesk
