#pragma once

// Submitter: the one delivery policy of a program that files reports. It owns
// a connection of its own to the database URL, opening (and migrating) it
// when first needed and asking a PasswordSource for a password when the
// server wants one the URL does not carry. It remembers a server found
// unreachable (UnreachableRecheckMs, then a probe on a thread of its own looks
// again), so nothing waits on a dead server twice; queues what cannot be
// delivered in the Outbox and delivers it on a thread of its own with backoff
// (RetryFirstMs doubling to RetryMaxMs). It says what happened through
// signals. It never shows anything and never includes a widget header: the
// wizard turns its signals into what a person sees, and a test worker into
// lines on stdout. It writes no SQL: it asks ReportStore and Database.

#include "delivery/outbox.h"
#include "model/report.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Helpdesk {

class ReportStore;

class Submitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Submitter)
public:
    // What a password question is about. `account` names the login and the
    // server without the password ("ivanov@db.example.org:5432/helpdesk"),
    // for a keyring; the two keyring fields are set by PasswordSource::kept().
    struct PasswordRequest
    {
        QString server;       // "db.example.org:5432"
        QString login;
        QString account;
        bool refused = false; // the server refused the last password
        bool keyringAvailable = true;
        QString keyringProblem;
    };
    // Where a password comes from, supplied by the program (the wizard: the
    // desktop's keyring, then a PasswordDialog). Asked only when a
    // PostgreSQL server turns the login away for want of a password and the
    // URL has none (Kerberos and ~/.pgpass never get here). Called on the
    // thread the Submitter lives on, while ensureDatabase() waits.
    class PasswordSource
    {
    public:
        virtual ~PasswordSource() = default;
        // One kept from an earlier run, tried before asking; may say in
        // `request` that there is nowhere to keep one.
        virtual std::optional<QString> kept(PasswordRequest *request) = 0;
        // Asks the person; nothing when they cancelled.
        virtual std::optional<QString> ask(const PasswordRequest &request) = 0;
        // The password asked for worked: keep it for the next run.
        virtual void keep(const PasswordRequest &request, const QString &password) = 0;
        // The kept one was refused (changed since): forget it.
        virtual void forget(const PasswordRequest &request) = 0;
    };

    static constexpr int RetryFirstMs = 5000;
    static constexpr int RetryMaxMs = 5 * 60 * 1000;
    static constexpr int UnreachableRecheckMs = 15 * 1000;
    // A password is asked for at most this often per open: a person who
    // mistypes three times is told the server refused it.
    static constexpr int MaxPasswordQuestions = 3;

    explicit Submitter(const QString &databaseUrl, QObject *parent = nullptr);
    ~Submitter() override;

    QString databaseUrl() const { return m_databaseUrl; }
    // The connection this Submitter opens; other stores of the program may
    // use it once opened() was emitted.
    QString connectionName() const { return m_connectionName; }
    // Not owned; must outlive the Submitter. None: no password is asked for.
    void setPasswordSource(PasswordSource *source) { m_passwordSource = source; }

    // Opens the database if it is not open yet (see the class comment).
    // `unreachable`: the failure may pass by itself (see Database::open);
    // answered at once while the server is known to be unreachable.
    bool ensureDatabase(QString *errorMessage, bool *unreachable = nullptr);
    // The open store, else null.
    ReportStore *store() const { return m_store.get(); }
    // The database login (PostgreSQL's current_user), asked once when the
    // connection opens; empty on SQLite or before it is open.
    QString databaseLogin() const { return m_databaseLogin; }

    struct SubmitResult
    {
        enum class Status { Filed, Queued, Failed };
        Status status = Status::Failed;
        QString ticket; // Filed: the ticket; Queued: Outbox::localReference()
        QString error;  // Queued: why it waits; Failed: what to fix
    };
    // Files the report, or when the database cannot be reached (server down,
    // network gone, SQLite locked) keeps it in the outbox and schedules its
    // delivery. A refused password, a missing database or a read-only or
    // damaged file is something to fix, not to wait for: Failed.
    SubmitResult submit(const Report &report);

    // Checks the database early; a PostgreSQL server is tried by a probe on
    // a thread of its own first (it may not answer for its connect timeout).
    // checked() says when it is done; what waits in the outbox goes then.
    void check();
    // Sends what waits in the outbox now, in the background (outboxChecked
    // says when it is done); on failure tries again later with backoff.
    void deliverOutbox();

    // The outbox; the folder is AppDataLocation/outbox unless set (tests).
    void setOutboxDirectory(const QString &directory);
    Outbox &outbox() { return m_outbox; }
    // The backoff (the test worker shortens it).
    void setRetryDelays(int firstMs, int maxMs);
    // A report queued restarts the backoff at its first delay (true, the
    // default: a person filing another report wants it tried soon). The test
    // worker, which queues one every few milliseconds, turns it off, so a
    // retry already scheduled stays and its backoff only grows between
    // failures.
    void setQueueRestartsBackoff(bool restarts) { m_queueRestartsBackoff = restarts; }
    // The delay the next failed delivery schedules, and whether one is.
    int retryDelayMs() const { return m_retryDelayMs; }
    bool isRetryScheduled() const { return m_outboxTimer.isActive(); }
    // Milliseconds until the scheduled delivery, -1 when none is.
    int nextRetryInMs() const { return m_outboxTimer.isActive() ? m_outboxTimer.remainingTime() : -1; }
    // How long an unreachable database is taken as still unreachable before
    // a background probe looks again (tests shorten it).
    void setUnreachableRecheckMs(int ms) { m_unreachableRecheckMs = ms; }
    bool isKnownUnreachable() const { return m_unreachableSince.isValid(); }
    // True while a delivery or a probe runs in the background.
    bool isBusy() const { return m_delivery || m_probe; }

signals:
    // The connection is open and store() is set: other stores may use it.
    void opened();
    // check() is done: the database is open (true) or not, and why not.
    void checked(bool usable, const QString &error);
    // A report reached the database: through submit() or from the outbox.
    void delivered(const QString &clientId, const QString &ticket, bool fromOutbox);
    // submit() kept the report in the outbox: the database cannot be reached.
    void queued(const QString &clientId, const QString &reason);
    // The server was found unreachable, and later that it is back.
    void unreachable(const QString &error);
    void reachableAgain();
    // Damaged or refused outbox entries, set aside (never deleted).
    void storedProblems(const QStringList &problems);
    // Reports wait that cannot be delivered for a reason waiting does not
    // cure (a refused login, a missing schema): once per cause.
    void deliveryError(const QString &error, int remaining);
    // A delivery attempt ended; `remaining` reports still wait.
    void outboxChecked(int remaining);

private:
    // ensureDatabase() without the memory of an unreachable server.
    bool openDatabase(QString *errorMessage, bool *unreachable);
    // True (with the reason) while the database is known to be unreachable;
    // starts a background probe when that is UnreachableRecheckMs old.
    bool knownUnreachable(QString *errorMessage);
    void rememberUnreachable(const QString &error);
    void forgetUnreachable();
    // Tries the database on a thread of its own and remembers whether it
    // could be reached; then runs checkNow() (`thenCheck`) or delivers what
    // waits if it is back.
    void probe(bool thenCheck);
    void checkNow();
    SubmitResult queue(const Report &report, const QString &reason);
    void outboxDelivered(const Outbox::DeliveryResult &result);
    void reportDeliveryError(const Outbox::DeliveryResult &result);
    // Runs `work` on a thread of its own, kept in *thread while it runs
    // (the destructor waits for it); `done` runs here afterwards.
    void runInBackground(QThread **thread, std::function<void()> work, std::function<void()> done);

    QString m_databaseUrl;
    QString m_connectionName;
    PasswordSource *m_passwordSource = nullptr;
    QString m_password; // asked for in this run: kept in memory only
    std::unique_ptr<ReportStore> m_store;
    QString m_databaseLogin;
    Outbox m_outbox;
    QTimer m_outboxTimer;
    int m_retryFirstMs = RetryFirstMs;
    int m_retryMaxMs = RetryMaxMs;
    int m_retryDelayMs = RetryFirstMs;
    bool m_queueRestartsBackoff = true;
    QThread *m_delivery = nullptr; // the delivery running in the background
    QThread *m_probe = nullptr;    // probe()'s try of the database
    bool m_checkAfterProbe = false;
    int m_unreachableRecheckMs = UnreachableRecheckMs;
    // When the database was last found unreachable (invalid: not known to
    // be): ensureDatabase() says so at once instead of trying again, and
    // after m_unreachableRecheckMs has a probe look in the background.
    QElapsedTimer m_unreachableSince;
    QString m_unreachableError;
    QString m_deliveryError; // the last one said, so it is said once
};

} // namespace Helpdesk
