#pragma once

// ReportStore: files reports into the shared database and reads them back.
// One store per connection (and so per thread). Every statement is prepared
// with bound values; every database error comes back as a message.
// Its members live in four files by what they do: reportstore.cpp (filing),
// reportstorereads.cpp (reading back), reportstoreduplicates.cpp (before a
// report is filed: what it may repeat, "I'm affected too") and
// reportstoreexport.cpp (every column, for helpdesk-admin export).

#include "model/prioritymatrix.h"
#include "model/report.h"
#include "model/reportevent.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

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
        // The database could not be reached (server down, connection lost,
        // SQLite locked past its busy timeout): trying later may succeed.
        bool unreachable = false;
        bool ok() const { return id > 0; }
    };

    explicit ReportStore(const QString &connectionName);
    ~ReportStore();

    // Validates, stamps the computer name, operating system, priority and time
    // (on PostgreSQL the server sets the last two, see SqlDialect::
    // serverSetsReportFields()), and writes the report in one transaction: a single INSERT … RETURNING
    // for a report without attachments (the hot path), else an explicit
    // transaction around the report and its attachments, all or nothing.
    // A report whose client id was already filed returns that ticket instead
    // of filing it twice; a lost connection is re-opened and tried once more.
    SubmitResult submit(const Report &report);

    std::optional<Report> find(qint64 id, QString *errorMessage = nullptr) const;
    // Newest first. limit <= 0 means all.
    QList<Report> list(int limit, QString *errorMessage = nullptr) const;
    qint64 count(QString *errorMessage = nullptr) const;
    // "My reports": the reports filed under `login`, newest first (limit <= 0
    // means all). On PostgreSQL row-level security already keeps a reporter
    // to their own; the login is bound all the same, so an embedded SQLite
    // database shows each person only theirs.
    QList<Report> listByReporter(const QString &login, int limit, QString *errorMessage = nullptr) const;
    // Report `id` when `login` filed it. nullopt with an empty *errorMessage
    // when there is no such report of theirs (another person's report is
    // "no such report" too: it says nothing about what others filed).
    std::optional<Report> findByReporter(qint64 id, const QString &login, QString *errorMessage = nullptr) const;

    // A report's attachments in the order they were attached: name, type,
    // size, checksum, id and position, without the bytes (a list must not
    // pull 50 MB). Empty with *errorMessage set when the database refuses.
    QList<Attachment> attachments(qint64 reportId, QString *errorMessage = nullptr) const;
    // One attachment with its bytes, by its position (1, 2, … as listed).
    std::optional<Attachment> attachment(qint64 reportId, int position, QString *errorMessage = nullptr) const;
    // Newest first: the report whose ticket number this is (HD-000042, 42),
    // then reports with every word of `text` in their summary, description,
    // device (make, model, asset tag) or reporter (name, login, email). Whole
    // words, any case. On PostgreSQL row-level security applies as everywhere.
    QList<Report> search(const QString &text, int limit, QString *errorMessage = nullptr) const;
    // The conversation about a report, oldest first: the agents' replies and
    // the reporter's answers, "fixed" and "not fixed" (ReportEvent kinds).
    // Never internal notes. On PostgreSQL a reporter gets only the
    // conversation about their own reports (row-level security).
    QList<ReportEvent> conversation(qint64 id, QString *errorMessage = nullptr) const;

    // The reporter's side of the conversation (schema 15), each one
    // transaction: `login` (the reporter; on PostgreSQL the database login,
    // which the server holds it to) writes on their own report
    // - answer(): text for the helpdesk on an open report; a report Waiting
    //   for reporter goes back to In progress;
    // - confirmFixed(): a resolved report is fixed, and closed; the rating of
    //   the help (1 to 5, 0: none) and the comment may be left out;
    // - reopen(): a resolved report is not fixed, with the reason: In progress.
    // The text is checked as the wizard checks a description (length,
    // control characters, passwords and PINs); the report's version goes up
    // by one and the status change gets its history row in the reporter's
    // name. On PostgreSQL the server does all of it (see the migration).
    struct AnswerResult
    {
        bool ok = false;
        QString status; // the report's status afterwards (ok)
        QString error;  // a sentence for the reporter
    };
    AnswerResult answer(qint64 reportId, const QString &login, const QString &text);
    AnswerResult confirmFixed(qint64 reportId, const QString &login, int rating = 0,
                              const QString &comment = QString());
    AnswerResult reopen(qint64 reportId, const QString &login, const QString &reason);
    static constexpr int AnswerMax = 4000; // characters, as an agent's reply

    // The organisation's priority matrix, read from the database once per
    // store; submit() files every report with it.
    std::optional<PriorityMatrix> priorityMatrix(QString *errorMessage = nullptr);

    // The login the database knows this connection by (PostgreSQL's
    // current_user, which row-level security checks); empty on SQLite, which
    // has no logins, or when the server cannot say.
    QString databaseLogin() const;

    // An open report a new one may repeat, with only what a reporter may see
    // of other people's reports (no names or contact details).
    struct OpenReport
    {
        enum class Reason { OwnReport, SameDevice, SimilarSummary };
        qint64 id = 0;
        QDateTime createdAt;
        QString status;
        QString category;
        QString summary;
        DeviceInfo device;
        int affectedCount = 0; // people who said "I'm affected too"
        Reason reason = Reason::SimilarSummary;
        QString ticket() const { return formatTicket(id); }
    };
    // Before a report is filed: the reporter's own open reports, open reports
    // on the same device (same asset tag, or same make, model and location)
    // and open reports of the same category with a similar summary from the
    // last DuplicateWindowDays days. Each report once, in that order, newest
    // first within each group. PostgreSQL's open_reports_like() (migration
    // 0012) has the same 14 days.
    static constexpr int DuplicateWindowDays = 14;
    QList<OpenReport> findDuplicateCandidates(const Report &draft, QString *errorMessage = nullptr) const;

    // "I'm affected too": adds the person to someone else's report instead of
    // filing a new one. Adding the same login twice is not an error.
    bool addAffectedPerson(qint64 reportId, const ContactInfo &contact, QString *errorMessage = nullptr);
    struct AffectedPerson
    {
        ContactInfo contact;
        QDateTime addedAt;
    };
    // For agents (on PostgreSQL a reporter sees only themselves).
    QList<AffectedPerson> affectedPeople(qint64 reportId, QString *errorMessage = nullptr) const;

    // Every column of every report, oldest first, streamed rather than held:
    // the keys are exactly the table's columns, so a new migration's column
    // is exported without a code change. `begin` gets the column names once
    // and may return false to stop before any row; `row` gets each row's
    // values as SQLite stores them on either backend (booleans as 0/1, times
    // as ISO text). Returns Aborted when `begin` said no; QueryFailed or
    // ReadingStopped come with the driver's text in `errorText`.
    enum class ExportResult { Done, QueryFailed, Aborted, ReadingStopped };
    ExportResult exportAll(const std::function<bool(const QStringList &columns)> &begin,
                           const std::function<void(const QVariantList &values)> &row, QString *errorText) const;

private:
    // findDuplicateCandidates() in steps (reportstoreduplicates.cpp).
    class DuplicateSearch;
    // answer(), confirmFixed() and reopen() (reportstoreanswers.cpp).
    AnswerResult writeAnswer(qint64 reportId, const QString &login, const char *kind, const QString &text,
                             int rating = 0);

    QSqlDatabase database() const;
    // submit() in steps. stamp() gives the report what its reporter does not
    // choose (client id, priority where the client sets it, computer,
    // system): false with a message when the priority matrix cannot be read.
    bool stamp(Report &report, QString *errorMessage);
    // The values of the INSERT, in the order of its columns; the time and
    // priority only when the client sets them (`serverSets` false).
    static QVariantList insertValues(const Report &report, bool serverSets);
    static QString insertStatement(bool serverSets);
    // Inserts the report, or finds it filed before under its client id; after
    // a lost connection reconnects once and tries again. *id stays 0 on failure.
    void insertOrFind(const Report &report, const QVariantList &values, qint64 *id, QSqlError *error);
    bool insert(const QVariantList &values, qint64 *id, QSqlError *error);
    // The report and its attachments in one explicit transaction.
    bool insertWithAttachments(const QVariantList &values, const QList<Attachment> &attachments, qint64 *id,
                               QSqlError *error);
    bool reconnect();
    // Runs `sql` with `values` bound in order; when the connection was lost
    // (server restart), reconnects once and runs it again.
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {}) const;
    // The query's error in words for the person (Database::explain()).
    QString explain(const QSqlQuery &query) const;

    QString m_connectionName;
    std::optional<PriorityMatrix> m_priorities;
    QSqlQuery m_insert; // prepared once: submit is the hot path
    // Stamped on every report, read once per store: prettyProductName() reads
    // /etc/os-release each time it is asked, a quarter of submit's own cost.
    QString m_computerName;
    QString m_operatingSystem;
};

} // namespace Helpdesk
