#pragma once

// ReviewStore: the agents' side of the reports — the queue (filtered, searched,
// paged newest first by keyset, never by OFFSET), one report with its review
// state and history, and the actions that work a report through to
// resolution. Every action is one transaction: an UPDATE … WHERE id = ? AND
// version = ? that bumps the version, plus one history row. When another agent
// changed the report since this one loaded it, nothing is written and the
// result says who changed what since.
//
// One store per connection and agent. It never creates reports (ReportStore
// does) and never deletes anything. The queue and the reads are in
// store/reviewstore.cpp, the actions in store/reviewstorechanges.cpp.

#include "model/report.h"
#include "model/reportevent.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

class QIODevice;
class QSqlQuery;

namespace Helpdesk {

struct QueueFilter
{
    enum class Assignee { Anyone, Me, Unassigned };

    QStringList statuses; // empty: every status
    QString category;     // Taxonomy category id; empty: any
    int priority = 0;     // 1…5; 0: any
    QString make;         // device make as stored; empty: any
    Assignee assignee = Assignee::Anyone;
    // A ticket number (HD-000042, 42) jumps to that report whatever the other
    // filters say; anything else is words that must all occur in summary,
    // description, device or reporter. Words found come newest first by
    // ticket number rather than by created_at (see page()).
    QString search;
    // The other way round: oldest first (the last page of the queue at once).
    bool oldestFirst = false;
    // Only reports the reporter answered that no agent has acted on since.
    bool answeredOnly = false;
};

// Where a page ends: the (created_at, id) of its last row, as the database
// compares them. A default key means "from the newest".
struct QueueKey
{
    QVariant createdAt;
    qint64 id = 0;
    bool isNull() const { return id == 0; }
};

struct QueueRow
{
    qint64 id = 0;
    QDateTime createdAt;
    QString status;
    int priority = 0;
    QString category;
    QString symptom;
    QString deviceKind;
    QString deviceMake;
    QString deviceModel;
    QString reporterName;
    QString summary;
    QString assignee;
    int version = 0;
    // The reporter answered, and no agent has acted on the report since.
    bool answered = false;
    QueueKey key;

    QString ticket() const { return formatTicket(id); }
};

// The one statement page() runs for a page, with its bound values in order:
// bench_review runs it bare through QSqlQuery to compare. `none`: a ticket
// jump past its first page, nothing to run.
struct QueueStatement
{
    QString sql;
    QVariantList values;
    bool ticketJump = false;
    bool none = false;
};

struct QueuePage
{
    QList<QueueRow> rows;
    bool atEnd = true;
    bool ticketJump = false; // the search was a ticket number
    QString error;
};

// A report as an agent sees it: what the reporter entered plus its review state.
struct ReviewedReport
{
    Report report;
    QString assignee;
    int version = 0;
    QDateTime updatedAt;
    QDateTime resolvedAt;
    bool answered = false; // as QueueRow::answered
};

struct ActionResult
{
    bool ok = false;
    int version = 0;      // the report's version after the change (ok), or now (conflict)
    bool conflict = false; // someone else changed the report first; nothing was written
    QList<ReportEvent> changesSince; // conflict: what they did, oldest first
    QString error;         // a sentence for the agent: the conflict explained, or what went wrong
};

class ReviewStore final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)
public:
    static constexpr int TextMax = 4000; // notes and replies, in characters

    // agentLogin: who acts — written into every history row. On PostgreSQL it
    // must be the connection's own login (row-level security checks it).
    ReviewStore(const QString &connectionName, const QString &agentLogin);

    QString agentLogin() const { return m_agent; }
    QString connectionName() const { return m_connectionName; }

    // Up to `limit` rows after `after`, newest first (created_at, then id;
    // for a word search by id alone), or oldest first.
    QueuePage page(const QueueFilter &filter, const QueueKey &after, int limit) const;
    QueueStatement pageStatement(const QueueFilter &filter, const QueueKey &after, int limit) const;
    qint64 count(const QueueFilter &filter, QString *errorMessage = nullptr) const;

    // The queue as `filter` gives it (in its order) as CSV for a spreadsheet:
    // UTF-8 with a byte-order mark, a header row of column names, every value
    // through spreadsheetSafe(). Read page by page with the console's keyset
    // queries, so a million rows never sit in memory. `progress` hears the
    // rows written so far after every page; returning false stops the export.
    // Returns the rows written, or -1 with a message (also when stopped).
    static constexpr int ExportPageSize = 1000;
    qint64 exportCsv(const QueueFilter &filter, QIODevice *device, QString *errorMessage,
                     const std::function<bool(qint64)> &progress = {}) const;

    std::optional<ReviewedReport> load(qint64 id, QString *errorMessage = nullptr) const;
    // Oldest first. sinceVersion > 0: only the changes after that version.
    QList<ReportEvent> history(qint64 id, QString *errorMessage = nullptr, int sinceVersion = 0) const;

    // `version` is the report's version the agent is looking at.
    ActionResult take(qint64 id, int version);
    ActionResult assign(qint64 id, int version, const QString &agentLogin);
    ActionResult setStatus(qint64 id, int version, const QString &status);
    ActionResult addNote(qint64 id, int version, const QString &text);
    ActionResult reply(qint64 id, int version, const QString &text);
    // Closes report `id` as a duplicate of `originalId`, in one transaction:
    // its status becomes closed with a history row "duplicate of HD-…", its
    // reporter and the people affected by it become affected people of the
    // original (once each; the original's own reporter is not added), and the
    // original gets a history row and a new version too. Refused when the
    // original does not exist, is this report or is closed, and when this
    // report is already closed. Stored with the existing event kinds: a
    // status change to closed whose text is the original's ticket, and on the
    // original an internal note whose new_value is the duplicate's ticket.
    ActionResult markDuplicate(qint64 id, int version, qint64 originalId);

    // new, in_progress, waiting, resolved, closed
    static const QStringList &statuses();
    // new → in progress → waiting ⇄ in progress → resolved → closed; resolved
    // and closed reopen to in progress; in progress may resolve directly.
    static QStringList nextStatuses(const QString &from);
    static bool canChangeStatus(const QString &from, const QString &to);
    // True for the history row markDuplicate() writes on the duplicate.
    static bool isDuplicateEvent(const ReportEvent &event);
    // "anna: status In progress → Waiting for reporter", for history lists and conflicts.
    static QString describe(const ReportEvent &event);

    // Closes the reports resolved more than `days` days ago that nobody has
    // said anything about since (the reporter neither "fixed" nor "not
    // fixed"): each one a status change to Closed in this store's name, with
    // its history row; one that someone changes meanwhile is left alone.
    // Returns how many were closed, or -1 with a message.
    static constexpr int DefaultCloseResolvedDays = 7;
    int closeResolvedOlderThan(int days, QString *errorMessage = nullptr);

private:
    struct Change
    {
        const char *kind;
        QString value; // the new status or assignee
        QString text;  // a note's or a reply's text
        qint64 original = 0; // markDuplicate: the report this one repeats
    };
    // One applyOnce() under way (store/reviewstorechanges.cpp).
    struct Attempt;
    ActionResult apply(qint64 id, int version, const Change &change);
    ActionResult applyOnce(qint64 id, int version, const Change &change, bool *connectionLost);
    // What is wrong with `change` before the database is asked; empty if nothing.
    static QString refusal(qint64 id, const Change &change);
    // applyOnce()'s steps, in this order in its one transaction. Each returns
    // false when the change stops there; the attempt says why, and failed()
    // or conflicted() rolls back and says so.
    bool readReport(Attempt &attempt) const;
    bool readOriginal(Attempt &attempt) const;
    bool buildUpdate(Attempt &attempt, QString *set, QVariantList *values) const;
    bool updateReport(Attempt &attempt) const;
    bool writeEvent(Attempt &attempt) const;
    bool addAffectedToOriginal(Attempt &attempt) const;
    bool bumpOriginal(Attempt &attempt) const;
    ActionResult failed(Attempt &attempt, bool *connectionLost) const;
    ActionResult conflicted(Attempt &attempt) const;
    QSqlDatabase database() const;
    QString whereClause(const QueueFilter &filter, QVariantList *values, bool joinedWordIndex) const;

    QString m_connectionName;
    QString m_agent;
};

} // namespace Helpdesk
