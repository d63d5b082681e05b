#include "delivery/submitter.h"

#include "store/database.h"
#include "store/reportstore.h"
#include "store/sqldialect.h"

#include <QThread>
#include <QUuid>

#include <algorithm>

namespace Helpdesk {

Submitter::Submitter(const QString &databaseUrl, QObject *parent)
    : QObject(parent)
    , m_databaseUrl(databaseUrl)
    , m_connectionName(QStringLiteral("submitter-") + QString::number(quintptr(this), 16))
{
    m_outboxTimer.setSingleShot(true);
    connect(&m_outboxTimer, &QTimer::timeout, this, &Submitter::deliverOutbox);
}

Submitter::~Submitter()
{
    // Whatever the delivery has not sent stays in the outbox for the next start.
    for (QThread *thread : {m_delivery, m_probe}) {
        if (!thread)
            continue;
        disconnect(thread, nullptr, this, nullptr);
        thread->wait();
        delete thread;
    }
    m_store.reset();
    Database::close(m_connectionName);
}

bool Submitter::ensureDatabase(QString *errorMessage, bool *unreachable)
{
    if (unreachable)
        *unreachable = false;
    // Before the open connection too: one that was lost since (a submit or a
    // retry found so) would make every caller wait on it again.
    if (knownUnreachable(errorMessage)) {
        if (unreachable)
            *unreachable = true;
        return false;
    }
    if (m_store)
        return true;
    bool lost = false;
    QString error;
    const bool opened = openDatabase(&error, &lost);
    if (errorMessage)
        *errorMessage = error;
    if (lost)
        rememberUnreachable(error);
    if (unreachable)
        *unreachable = lost;
    return opened;
}

bool Submitter::knownUnreachable(QString *errorMessage)
{
    // Found unreachable before: say so at once instead of waiting out
    // another timeout. Whether it is back is found out in the background
    // (the outbox's retries, or a fresh try once the last is a while ago);
    // until then a report goes to the outbox, which delivers it within
    // seconds of the database's return.
    if (!m_unreachableSince.isValid())
        return false;
    if (m_unreachableSince.hasExpired(m_unreachableRecheckMs))
        probe(false);
    if (errorMessage)
        *errorMessage = m_unreachableError;
    return true;
}

void Submitter::rememberUnreachable(const QString &error)
{
    const bool wasKnown = m_unreachableSince.isValid();
    m_unreachableSince.start();
    m_unreachableError = error;
    if (!wasKnown)
        emit unreachable(error);
}

void Submitter::forgetUnreachable()
{
    if (!m_unreachableSince.isValid())
        return;
    m_unreachableSince.invalidate(); // back: the next action opens it for real
    emit reachableAgain();
}

bool Submitter::openDatabase(QString *errorMessage, bool *unreachable)
{
    const auto url = DatabaseUrl::parse(m_databaseUrl, errorMessage);
    if (!url)
        return false;
    // Kerberos (GSSAPI) sign-on and ~/.pgpass are libpq's own: no password is
    // asked for unless the server turns the login away for want of one.
    const bool mayAsk =
        m_passwordSource && !SqlDialect(*url).isEmbedded() && url->password.isEmpty();
    PasswordRequest request;
    request.account = url->toDisplayString();
    request.server = url->host + (url->port > 0 ? QLatin1Char(':') + QString::number(url->port) : QString());
    request.login = url->user.isEmpty() ? qEnvironmentVariable("USER") : url->user;
    QString password = m_password;
    Database::PasswordProblem problem = Database::PasswordProblem::None;
    bool isOpen = Database::open(m_databaseUrl, m_connectionName, errorMessage, password, &problem, unreachable);
    // The keyring only once the server has asked: a Kerberos sign-on never
    // touches it (opening a locked keyring would itself ask for a password).
    bool fromKeyring = false;
    if (!isOpen && mayAsk && problem == Database::PasswordProblem::Needed && password.isEmpty()) {
        if (const std::optional<QString> kept = m_passwordSource->kept(&request)) {
            fromKeyring = true;
            password = *kept;
            isOpen = Database::open(m_databaseUrl, m_connectionName, errorMessage, password, &problem, unreachable);
        }
    }
    for (int attempt = 0; !isOpen && mayAsk && problem != Database::PasswordProblem::None
                          && attempt < MaxPasswordQuestions;
         ++attempt) {
        if (fromKeyring && problem == Database::PasswordProblem::Refused) {
            m_passwordSource->forget(request); // changed since it was kept
            fromKeyring = false;
        }
        request.refused = problem == Database::PasswordProblem::Refused;
        const std::optional<QString> typed = m_passwordSource->ask(request);
        if (!typed)
            break;
        password = *typed;
        isOpen = Database::open(m_databaseUrl, m_connectionName, errorMessage, password, &problem, unreachable);
        if (isOpen && request.keyringAvailable)
            m_passwordSource->keep(request, password); // if the keyring fails now, it is asked next time
    }
    if (!isOpen)
        return false;
    m_password = password;
    m_store = std::make_unique<ReportStore>(m_connectionName);
    m_databaseLogin = m_store->databaseLogin();
    emit opened();
    return true;
}

void Submitter::check()
{
    const auto url = DatabaseUrl::parse(m_databaseUrl, nullptr);
    if (m_store || !url || SqlDialect(*url).isEmbedded()) {
        checkNow();
        return;
    }
    // A server can take up to its connect timeout to not answer: try it on a
    // thread of its own first, so the program stays usable meanwhile.
    probe(true);
}

void Submitter::probe(bool thenCheck)
{
    if (m_probe) {
        m_checkAfterProbe = m_checkAfterProbe || thenCheck;
        return;
    }
    m_checkAfterProbe = thenCheck;
    auto reachable = std::make_shared<bool>(true);
    auto error = std::make_shared<QString>();
    runInBackground(
        &m_probe,
        [reachable, error, url = m_databaseUrl, password = m_password] {
            const QString connection = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::Id128);
            bool unreachable = false;
            Database::open(url, connection, error.get(), password, nullptr, &unreachable);
            Database::close(connection);
            *reachable = !unreachable;
        },
        [this, reachable, error] {
            if (*reachable)
                forgetUnreachable();
            else
                rememberUnreachable(*error);
            // Reachable: the real connection (and any password question) now,
            // quickly. Unreachable: ensureDatabase() answers from the probe.
            if (m_checkAfterProbe)
                checkNow();
            else if (*reachable && m_outbox.count() > 0)
                deliverOutbox();
        });
}

void Submitter::checkNow()
{
    QString error;
    const bool usable = ensureDatabase(&error);
    // Reports left in the outbox by an earlier run go now, or are retried.
    if (m_outbox.count() > 0)
        QTimer::singleShot(0, this, &Submitter::deliverOutbox);
    emit checked(usable, usable ? QString() : error);
}

Submitter::SubmitResult Submitter::submit(const Report &report)
{
    SubmitResult outcome;
    QString openError;
    bool unreachable = false;
    if (!ensureDatabase(&openError, &unreachable)) {
        if (unreachable)
            return queue(report, openError);
        outcome.error = openError;
        return outcome;
    }
    const ReportStore::SubmitResult result = m_store->submit(report);
    if (!result.ok()) {
        if (result.unreachable) {
            rememberUnreachable(result.error);
            return queue(report, result.error);
        }
        outcome.error = result.error;
        return outcome;
    }
    outcome.status = SubmitResult::Status::Filed;
    outcome.ticket = result.ticket;
    emit delivered(report.clientId, result.ticket, false);
    return outcome;
}

Submitter::SubmitResult Submitter::queue(const Report &report, const QString &reason)
{
    SubmitResult outcome;
    QString error;
    if (!m_outbox.add(report, &error)) {
        outcome.error = reason + QLatin1Char('\n') + error;
        return outcome;
    }
    qInfo("%s", qPrintable(tr("The report waits on this computer: %1").arg(reason)));
    outcome.status = SubmitResult::Status::Queued;
    outcome.ticket = Outbox::localReference(report.clientId);
    outcome.error = reason;
    if (m_queueRestartsBackoff) {
        m_retryDelayMs = m_retryFirstMs;
        m_outboxTimer.start(m_retryDelayMs);
    } else if (!m_outboxTimer.isActive() && !m_delivery) {
        m_outboxTimer.start(m_retryDelayMs); // a running delivery reschedules itself
    }
    emit queued(report.clientId, reason);
    return outcome;
}

void Submitter::setOutboxDirectory(const QString &directory)
{
    m_outbox = Outbox(directory);
}

void Submitter::setRetryDelays(int firstMs, int maxMs)
{
    m_retryFirstMs = firstMs;
    m_retryMaxMs = std::max(firstMs, maxMs);
    m_retryDelayMs = firstMs;
}

void Submitter::deliverOutbox()
{
    m_outboxTimer.stop();
    if (m_delivery) {
        // One delivery at a time; it reschedules itself if anything is left.
        return;
    }
    if (m_outbox.count() == 0)
        return;
    // On a thread of its own with a connection of its own: a server that
    // does not answer (up to the connect timeout) must not freeze the
    // program while the person types the next report.
    auto result = std::make_shared<Outbox::DeliveryResult>();
    runInBackground(
        &m_delivery,
        [result, directory = m_outbox.directory(), url = m_databaseUrl, password = m_password] {
            *result = Outbox(directory).deliver(url, password);
        },
        [this, result] { outboxDelivered(*result); });
}

void Submitter::outboxDelivered(const Outbox::DeliveryResult &result)
{
    if (result.unreachable)
        rememberUnreachable(result.error);
    else
        forgetUnreachable();
    if (!result.problems.isEmpty())
        emit storedProblems(result.problems);
    for (const Outbox::Delivered &done : std::as_const(result.delivered))
        emit delivered(done.clientId, done.ticket, true);
    // The server is back but wants the password this run has not asked for
    // yet: ask now (keyring first), then deliver at once.
    QString error;
    if (result.needsPassword && !m_store && ensureDatabase(&error) && !m_password.isEmpty()) {
        m_retryDelayMs = m_retryFirstMs;
        m_outboxTimer.start(0);
        emit outboxChecked(result.remaining);
        return;
    }
    reportDeliveryError(result);
    if (result.remaining > 0) {
        // Not yet: again later, less often the longer it takes.
        m_outboxTimer.start(m_retryDelayMs);
        m_retryDelayMs = std::min(m_retryDelayMs * 2, m_retryMaxMs);
    } else {
        m_retryDelayMs = m_retryFirstMs;
    }
    emit outboxChecked(result.remaining);
}

void Submitter::reportDeliveryError(const Outbox::DeliveryResult &result)
{
    // Waiting cures an unreachable server; a refused login or password, a
    // missing schema or a damaged database file is not, and the reports
    // would wait unseen. Said once per cause, not at every retry.
    if (result.error.isEmpty() || result.unreachable || result.remaining == 0) {
        m_deliveryError.clear();
        return;
    }
    if (result.error == m_deliveryError)
        return;
    m_deliveryError = result.error;
    emit deliveryError(result.error, result.remaining);
}

void Submitter::runInBackground(QThread **thread, std::function<void()> work, std::function<void()> done)
{
    *thread = QThread::create(std::move(work));
    connect(*thread, &QThread::finished, this, [this, thread, done = std::move(done)] {
        (*thread)->deleteLater();
        *thread = nullptr;
        done();
    });
    (*thread)->start();
}

} // namespace Helpdesk
