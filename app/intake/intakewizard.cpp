#include "intakewizard.h"

#include "attachmentspage.h"
#include "contactpage.h"
#include "devicepage.h"
#include "devices/devicecatalog.h"
#include "donepage.h"
#include "duplicatespage.h"
#include "icons.h"
#include "localdevices.h"
#include "myreportsdialog.h"
#include "passworddialog.h"
#include "passwordstore.h"
#include "problempage.h"
#include "reviewpage.h"
#include "runtime/systemaccount.h"
#include "store/database.h"
#include "store/deviceinventory.h"
#include "store/incidentstore.h"
#include "store/reportstore.h"

#include <QLayout>
#include <QLocale>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QPushButton>
#include <QUuid>

#include <algorithm>

namespace Helpdesk {

namespace {
QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

IntakeWizard::IntakeWizard(const QString &databaseUrl, QWidget *parent)
    : QWizard(parent)
    , m_databaseUrl(databaseUrl)
    , m_connectionName(QStringLiteral("intake-") + QString::number(quintptr(this), 16))
    , m_passwords(std::make_unique<KeychainPasswordStore>())
    , m_clientId(newClientId())
    , m_problemPage(new ProblemPage(this))
    , m_attachmentsPage(new AttachmentsPage(this))
    , m_devicePage(new DevicePage(this))
    , m_contactPage(new ContactPage(this))
    , m_duplicatesPage(new DuplicatesPage(this))
    , m_reviewPage(new ReviewPage(this))
    , m_donePage(new DonePage(this))
{
    setWindowTitle(tr("Report a problem to the helpdesk"));
    setWindowIcon(bundledIcon(QStringLiteral("helpdesk-intake")));
    setWizardStyle(QWizard::ModernStyle);
    // Going back must never reset what was typed (QWizard's default does).
    setOption(QWizard::IndependentPages, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    // On every page: a person may look up an earlier ticket at any time.
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("M&y reports…"));
    button(QWizard::CustomButton1)->setToolTip(tr("Your tickets, their status and the helpdesk's replies"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showMyReports();
    });

    setPage(ProblemPageId, m_problemPage);
    setPage(AttachmentsPageId, m_attachmentsPage);
    setPage(DevicePageId, m_devicePage);
    setPage(ContactPageId, m_contactPage);
    setPage(DuplicatesPageId, m_duplicatesPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(DonePageId, m_donePage);
    setStartId(ProblemPageId);

    connect(this, &QWizard::currentIdChanged, this, &IntakeWizard::onCurrentIdChanged);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &IntakeWizard::saveDraft);
    m_outboxTimer.setSingleShot(true);
    connect(&m_outboxTimer, &QTimer::timeout, this, &IntakeWizard::deliverOutbox);
    // Every page says "something changed" with completeChanged() on each edit.
    for (QWizardPage *page : {static_cast<QWizardPage *>(m_problemPage), static_cast<QWizardPage *>(m_attachmentsPage),
                              static_cast<QWizardPage *>(m_devicePage), static_cast<QWizardPage *>(m_contactPage)})
        connect(page, &QWizardPage::completeChanged, this, &IntakeWizard::scheduleDraft);
    connect(m_reviewPage, &ReviewPage::changeRequested, this, &IntakeWizard::goBackTo);
    connect(m_donePage, &DonePage::anotherReportRequested, this, &IntakeWizard::startAnotherReport);
    connect(m_problemPage, &ProblemPage::incidentJoinRequested, this, &IntakeWizard::joinIncident);
    connect(m_duplicatesPage, &DuplicatesPage::joinRequested, this, &IntakeWizard::joinReport);
    resize(780, 680);
}

IntakeWizard::~IntakeWizard()
{
    // Whatever the delivery has not sent stays in the outbox for the next start.
    for (QThread *thread : {m_delivery, m_probe, m_deviceLoad}) {
        if (!thread)
            continue;
        disconnect(thread, nullptr, this, nullptr);
        thread->wait();
        delete thread;
    }
    m_devicePage->setInventoryLookup({});
    m_inventory.reset();
    m_incidents.reset();
    m_store.reset();
    Database::close(m_connectionName);
}

Report IntakeWizard::report() const
{
    Report report;
    m_problemPage->writeTo(report);
    m_attachmentsPage->writeTo(report);
    m_devicePage->writeTo(report);
    m_contactPage->writeTo(report);
    report.clientId = m_clientId;
    return report;
}

bool IntakeWizard::ensureDatabase(QString *errorMessage, bool *unreachable)
{
    if (unreachable)
        *unreachable = false;
    // Before the open connection too: one that was lost since (a Submit or a
    // retry found so) would make every page wait on it again.
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

bool IntakeWizard::knownUnreachable(QString *errorMessage)
{
    // Found unreachable before: say so at once instead of waiting out
    // another timeout with the window frozen. Whether it is back is found
    // out in the background (the outbox's retries, or a fresh try once the
    // last is a while ago); until then a report goes to the outbox, which
    // delivers it within seconds of the database's return.
    if (!m_unreachableSince.isValid())
        return false;
    if (m_unreachableSince.hasExpired(m_unreachableRecheckMs))
        probeDatabase(false);
    if (errorMessage)
        *errorMessage = m_unreachableError;
    return true;
}

void IntakeWizard::rememberUnreachable(const QString &error)
{
    m_unreachableSince.start();
    m_unreachableError = error;
}

bool IntakeWizard::openDatabase(QString *errorMessage, bool *unreachable)
{
    const auto url = DatabaseUrl::parse(m_databaseUrl, errorMessage);
    if (!url)
        return false;
    // Kerberos (GSSAPI) sign-on and ~/.pgpass are libpq's own: no password is
    // asked for unless the server turns the login away for want of one.
    const bool mayAsk = url->backend == DatabaseUrl::Backend::PostgreSql && url->password.isEmpty();
    const QString account = url->toDisplayString();
    PasswordRequest request;
    request.server = url->host + (url->port > 0 ? QLatin1Char(':') + QString::number(url->port) : QString());
    request.login = url->user.isEmpty() ? qEnvironmentVariable("USER") : url->user;
    QString password = m_password;
    Database::PasswordProblem problem = Database::PasswordProblem::None;
    bool opened = Database::open(m_databaseUrl, m_connectionName, errorMessage, password, &problem, unreachable);
    // The keyring only once the server has asked: a Kerberos sign-on never
    // touches it (opening a locked keyring would itself ask for a password).
    bool fromKeyring = false;
    if (!opened && mayAsk && problem == Database::PasswordProblem::Needed && password.isEmpty() && m_passwords) {
        switch (m_passwords->read(account, &password, &request.keyringProblem)) {
        case PasswordStore::Result::Found:
            fromKeyring = true;
            opened = Database::open(m_databaseUrl, m_connectionName, errorMessage, password, &problem, unreachable);
            break;
        case PasswordStore::Result::NotFound: break;
        case PasswordStore::Result::Unavailable: request.keyringAvailable = false; break;
        }
    }
    for (int attempt = 0; !opened && mayAsk && problem != Database::PasswordProblem::None && attempt < 3; ++attempt) {
        if (fromKeyring && problem == Database::PasswordProblem::Refused) {
            m_passwords->remove(account); // changed since it was kept
            fromKeyring = false;
        }
        request.refused = problem == Database::PasswordProblem::Refused;
        const std::optional<QString> typed = askForPassword(request);
        if (!typed)
            break;
        password = *typed;
        opened = Database::open(m_databaseUrl, m_connectionName, errorMessage, password, &problem, unreachable);
        if (opened && m_passwords && request.keyringAvailable)
            m_passwords->write(account, password, nullptr); // if the keyring fails now, it is asked next time
    }
    if (!opened)
        return false;
    m_password = password;
    m_store = std::make_unique<ReportStore>(m_connectionName);
    m_inventory = std::make_unique<DeviceInventory>(m_connectionName);
    m_incidents = std::make_unique<IncidentStore>(m_connectionName);
    m_devicePage->setInventoryLookup([inventory = m_inventory.get()](const QString &text) {
        QList<DeviceChoice> choices;
        // A failed lookup only means fewer suggestions; the page still works.
        const QList<InventoryDevice> devices = inventory->find(text, 10);
        for (const InventoryDevice &found : devices) {
            DeviceChoice choice;
            choice.source = DeviceChoice::Source::Inventory;
            choice.device.kind = found.kind;
            choice.device.make = found.make;
            choice.device.model = found.model;
            choice.device.assetTag = found.assetTag;
            choice.device.building = found.location;
            choice.detail = found.name.isEmpty() ? found.location
                                                 : found.location.isEmpty() ? found.name
                                                                            : found.name + QStringLiteral(", ") + found.location;
            choices.append(choice);
        }
        return choices;
    });
    // A database that cannot say its matrix still takes reports; submit
    // reports the problem then.
    if (const std::optional<PriorityMatrix> matrix = m_store->priorityMatrix())
        m_priorities = *matrix;
    m_problemPage->setPriorityMatrix(m_priorities);
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.driverName() == QLatin1String("QPSQL")) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
            m_contactPage->setDatabaseLogin(query.value(0).toString());
    }
    refreshIncidents();
    return true;
}

QString IntakeWizard::reporterLogin() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen() && db.driverName() == QLatin1String("QPSQL")) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
            return query.value(0).toString();
    }
    return SystemAccount::current().login;
}

void IntakeWizard::showMyReports()
{
    QString error;
    const bool open = ensureDatabase(&error);
    QStringList problems;
    const QList<Report> waiting = m_outbox.pending(&problems);
    showStoredProblems(problems);
    if (!open && waiting.isEmpty()) {
        QMessageBox::warning(this, tr("My reports"), tr("Your reports cannot be shown: %1").arg(error));
        return;
    }
    // Offline, the reports waiting on this computer are still worth seeing.
    MyReportsDialog dialog(open ? m_connectionName : QString(), reporterLogin(), this,
                           open ? QString() : tr("The helpdesk database cannot be reached right now, so only the "
                                                 "reports waiting on this computer are shown: %1").arg(error));
    dialog.setWaiting(waiting);
    dialog.exec();
}

void IntakeWizard::setPasswordPrompt(PasswordPrompt prompt)
{
    m_passwordPrompt = std::move(prompt);
}

void IntakeWizard::setPasswordStore(std::unique_ptr<PasswordStore> store)
{
    m_passwords = std::move(store);
}

std::optional<QString> IntakeWizard::askForPassword(const PasswordRequest &request)
{
    if (m_passwordPrompt)
        return m_passwordPrompt(request);
    PasswordDialog dialog(request.server, request.login, this);
    dialog.setRefused(request.refused);
    dialog.setKeyringAvailable(request.keyringAvailable, request.keyringProblem);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

void IntakeWizard::checkDatabase()
{
    const auto url = DatabaseUrl::parse(m_databaseUrl, nullptr);
    if (m_store || !url || url->backend != DatabaseUrl::Backend::PostgreSql) {
        checkDatabaseNow();
        return;
    }
    // A server can take up to its connect timeout to not answer: try it on a
    // thread of its own first, so the first page stays usable meanwhile.
    probeDatabase(true);
}

void IntakeWizard::probeDatabase(bool thenCheck)
{
    if (m_probe) {
        m_checkAfterProbe = m_checkAfterProbe || thenCheck;
        return;
    }
    m_checkAfterProbe = thenCheck;
    auto reachable = std::make_shared<bool>(true);
    auto error = std::make_shared<QString>();
    runInBackground(&m_probe, [reachable, error, url = m_databaseUrl, password = m_password] {
        const QString connection = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::Id128);
        bool unreachable = false;
        Database::open(url, connection, error.get(), password, nullptr, &unreachable);
        Database::close(connection);
        *reachable = !unreachable;
    }, [this, reachable, error] {
        if (*reachable)
            m_unreachableSince.invalidate();
        else
            rememberUnreachable(*error);
        // Reachable: the real connection (and any password question) now,
        // quickly. Unreachable: ensureDatabase() answers from the probe.
        if (m_checkAfterProbe)
            checkDatabaseNow();
        else if (*reachable && m_outbox.count() > 0)
            deliverOutbox();
    });
}

void IntakeWizard::checkDatabaseNow()
{
    QString error;
    const bool usable = ensureDatabase(&error);
    // Reports left in the outbox by an earlier run go now, or are retried.
    if (m_outbox.count() > 0)
        QTimer::singleShot(0, this, &IntakeWizard::deliverOutbox);
    emit databaseChecked(usable);
    if (usable)
        return;
    emit databaseUnavailable(error);
    showWarning(tr("Helpdesk database unavailable"),
                tr("The helpdesk database cannot be used right now:\n%1\n\n"
                   "You can still describe the problem; Submit will try again.")
                    .arg(error));
}

bool IntakeWizard::submitReport(QString *errorMessage)
{
    QString openError;
    bool unreachable = false;
    if (!ensureDatabase(&openError, &unreachable)) {
        // A server that cannot be reached (down, starting, network gone) or a
        // locked SQLite file: keep the report here and send it later. A
        // refused password, a missing database or a read-only or damaged file
        // is something to fix, not to wait for: say so and keep the form.
        if (unreachable)
            return queueReport(openError, errorMessage);
        if (errorMessage)
            *errorMessage = openError;
        return false;
    }
    const ReportStore::SubmitResult result = m_store->submit(report());
    if (!result.ok()) {
        if (result.unreachable) {
            rememberUnreachable(result.error);
            return queueReport(result.error, errorMessage);
        }
        if (errorMessage)
            *errorMessage = result.error;
        return false;
    }
    m_lastTicket = result.ticket;
    m_outcome = Outcome::Filed;
    m_draftTimer.stop();
    m_drafts.remove(m_clientId);
    m_contactPage->rememberDetails();
    emit reportSubmitted(result.ticket);
    return true;
}

bool IntakeWizard::queueReport(const QString &reason, QString *errorMessage)
{
    QString error;
    if (!m_outbox.add(report(), &error)) {
        if (errorMessage)
            *errorMessage = reason + QLatin1Char('\n') + error;
        return false;
    }
    qInfo("%s", qPrintable(tr("The report waits on this computer: %1").arg(reason)));
    m_lastTicket = Outbox::localReference(m_clientId);
    m_outcome = Outcome::Queued;
    m_contactPage->rememberDetails();
    m_draftTimer.stop();
    m_drafts.remove(m_clientId);
    m_retryDelayMs = RetryFirstMs;
    m_outboxTimer.start(m_retryDelayMs);
    return true;
}

void IntakeWizard::setOutboxDirectory(const QString &directory)
{
    m_outbox = Outbox(directory);
}

void IntakeWizard::deliverOutbox()
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
    // window while the person types the next report.
    auto result = std::make_shared<Outbox::DeliveryResult>();
    runInBackground(
        &m_delivery,
        [result, directory = m_outbox.directory(), url = m_databaseUrl, password = m_password] {
            *result = Outbox(directory).deliver(url, password);
        },
        [this, result] { outboxDelivered(*result); });
}

void IntakeWizard::outboxDelivered(const Outbox::DeliveryResult &result)
{
    if (result.unreachable) {
        rememberUnreachable(result.error);
    } else {
        m_unreachableSince.invalidate(); // back: the next action opens it for real
    }
    showStoredProblems(result.problems);
    for (const Outbox::Delivered &delivered : std::as_const(result.delivered)) {
        // The receipt on the done page becomes the real ticket number.
        if (delivered.clientId == m_clientId && m_outcome == Outcome::Queued) {
            m_lastTicket = delivered.ticket;
            m_outcome = Outcome::Filed;
            if (currentId() == DonePageId)
                m_donePage->refresh();
        }
        emit reportDelivered(delivered.clientId, delivered.ticket);
    }
    // The server is back but wants the password this run has not asked for
    // yet: ask now (keyring first), then deliver at once.
    QString error;
    if (result.needsPassword && !m_store && ensureDatabase(&error) && !m_password.isEmpty()) {
        m_retryDelayMs = RetryFirstMs;
        m_outboxTimer.start(0);
        emit outboxChecked(result.remaining);
        return;
    }
    showDeliveryError(result);
    if (result.remaining > 0) {
        // Not yet: again later, less often the longer it takes.
        m_outboxTimer.start(m_retryDelayMs);
        m_retryDelayMs = std::min(m_retryDelayMs * 2, RetryMaxMs);
    } else {
        m_retryDelayMs = RetryFirstMs;
    }
    emit outboxChecked(result.remaining);
}

bool IntakeWizard::hasUnsentInput() const
{
    if (currentId() == DonePageId)
        return false;
    const Report current = report();
    return !current.category.isEmpty() || !current.summary.isEmpty() || !current.description.trimmed().isEmpty()
        || !current.device.make.isEmpty() || !current.device.model.isEmpty() || !current.device.assetTag.isEmpty()
        || !current.attachments.isEmpty();
}

void IntakeWizard::reject()
{
    if (hasUnsentInput()) {
        QMessageBox box(QMessageBox::Question, tr("Discard this report?"),
                        tr("You have started a report that has not been sent. If you close now, what you typed is lost."),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.button(QMessageBox::Discard)->setText(tr("&Discard report"));
        box.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    // Thrown away on purpose: nothing to bring back at the next start.
    m_draftTimer.stop();
    m_drafts.remove(m_clientId);
    QWizard::reject();
}

void IntakeWizard::goBackTo(int pageId)
{
    if (!visitedIds().contains(pageId))
        return;
    while (currentId() != pageId && currentId() != startId())
        back();
}

void IntakeWizard::refreshIncidents()
{
    if (!m_incidents)
        return;
    // Known incidents that concern this person; a failed read only means
    // none are shown — filing a report still works.
    const QString location = m_contactPage->knownContact().location;
    QList<Incident> concerning;
    for (const Incident &incident : m_incidents->list(false)) {
        if (incident.concerns(location))
            concerning.append(incident);
    }
    m_problemPage->setIncidents(concerning);
    // The first page grew by the box of incidents: grow the window with it
    // rather than squeeze the form.
    if (!concerning.isEmpty() && layout()) {
        layout()->activate();
        const int needed = minimumSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

int IntakeWizard::nextId() const
{
    // The page of similar reports only when there are some.
    if (currentId() == ContactPageId)
        return m_candidates.isEmpty() ? ReviewPageId : DuplicatesPageId;
    return QWizard::nextId();
}

bool IntakeWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() == ContactPageId) {
        // Looked up once the device and contact are known. A database that
        // cannot be asked only means no suggestions: Submit reports it.
        m_candidates.clear();
        if (ensureDatabase(nullptr))
            m_candidates = m_store->findDuplicateCandidates(report());
    }
    return true;
}

void IntakeWizard::joinIncident(qint64 incidentId)
{
    QString error;
    if (!ensureDatabase(&error) || !m_incidents->join(incidentId, m_contactPage->knownContact(), &error)) {
        m_problemPage->showIncidentJoinError(error);
        return;
    }
    Incident incident;
    incident.id = incidentId;
    m_lastTicket = incident.reference();
    m_outcome = Outcome::JoinedIncident;
    next();
}

void IntakeWizard::joinReport(qint64 reportId, bool ownReport)
{
    if (!ownReport) {
        QString error;
        if (!ensureDatabase(&error) || !m_store->addAffectedPerson(reportId, m_contactPage->knownContact(), &error)) {
            m_duplicatesPage->showJoinError(error);
            return;
        }
    }
    m_lastTicket = formatTicket(reportId);
    m_outcome = ownReport ? Outcome::AlreadyReported : Outcome::JoinedReport;
    m_contactPage->rememberDetails();
    next();
}

void IntakeWizard::startAnotherReport()
{
    m_draftTimer.stop();
    m_drafts.remove(m_clientId);
    m_clientId = newClientId();
    m_lastTicket.clear();
    m_outcome = Outcome::Filed;
    m_candidates.clear();
    refreshIncidents(); // what is down may have changed since the last report
    m_problemPage->reset();
    m_attachmentsPage->reset();
    m_devicePage->reset();
    restart();
}

void IntakeWizard::onCurrentIdChanged(int id)
{
    // Pages are independent (initialised once), so refresh what depends on
    // other pages every time one is entered.
    if (id == DevicePageId) {
        m_devicePage->setCategory(m_problemPage->categoryId());
        m_devicePageOpened = true;
        loadDevices(); // unless under way or done
        offerLocalDevices();
    }
    else if (id == DuplicatesPageId)
        m_duplicatesPage->showCandidates(m_candidates);
    else if (id == ReviewPageId)
        m_reviewPage->showReport(report(), m_priorities);

    if (id == DonePageId) {
        // Filed, joined or queued: the draft has done its job.
        m_draftTimer.stop();
        m_drafts.remove(m_clientId);
    } else if (id >= 0 && !m_restoring) {
        saveDraft();
    }
}

void IntakeWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    // Not before the first page is painted, and not in the first moment
    // after it: the device page opens with its lists filled all the same.
    if (!m_deviceLoadScheduled) {
        m_deviceLoadScheduled = true;
        QTimer::singleShot(DeviceLoadDelayMs, this, &IntakeWizard::loadDevices);
    }
}

void IntakeWizard::loadDevices()
{
    if (m_deviceLoadStarted)
        return;
    m_deviceLoadStarted = true;
    auto found = std::make_shared<QList<DeviceChoice>>();
    runInBackground(
        &m_deviceLoad,
        [found, lookup = m_localDeviceLookup] {
            // Loaded here rather than on the first keystroke; afterwards it is
            // shared read-only. Printers are matched against it.
            DeviceCatalog::builtIn();
            *found = lookup ? lookup() : localPrinters() + thisComputer();
        },
        [this, found] {
            m_devicePage->setCatalogue(&DeviceCatalog::builtIn()); // loaded: returns at once
            m_localDevices = *found + connectedScreens();
            offerLocalDevices();
            emit devicesLoadFinished();
        });
}

void IntakeWizard::offerLocalDevices()
{
    // Once, when both the page and the devices are there.
    if (!m_devicePageOpened || !m_localDevices || m_localDevicesOffered)
        return;
    m_localDevicesOffered = true;
    m_devicePage->setLocalDevices(*m_localDevices);
}

void IntakeWizard::scheduleDraft()
{
    if (!m_restoring && currentId() != DonePageId)
        m_draftTimer.start();
}

void IntakeWizard::setDraftDirectory(const QString &directory)
{
    m_drafts = DraftStore(directory);
}

void IntakeWizard::saveDraft()
{
    m_draftTimer.stop();
    if (m_restoring || currentId() == DonePageId)
        return;
    if (!hasUnsentInput()) {
        // Everything typed was deleted again: nothing to bring back.
        m_drafts.remove(m_clientId);
        return;
    }
    DraftStore::Draft draft;
    draft.report = report();
    draft.page = currentId();
    draft.savedAt = QDateTime::currentDateTime();
    QString error;
    // A draft that cannot be written costs nothing now; the report itself is
    // still on screen and Submit still works.
    if (!m_drafts.save(draft, &error))
        qWarning("%s", qPrintable(error));
}

void IntakeWizard::restoreDraft(const DraftStore::Draft &draft)
{
    m_restoring = true;
    // This wizard's own (empty) start is not worth keeping.
    m_drafts.remove(m_clientId);
    m_clientId = draft.report.clientId;
    m_problemPage->readFrom(draft.report);
    m_attachmentsPage->readFrom(draft.report);
    m_devicePage->readFrom(draft.report);
    m_contactPage->readFrom(draft.report);
    m_restoring = false;
    m_draftTimer.stop();
}

bool IntakeWizard::offerDraft()
{
    QStringList problems;
    const std::optional<DraftStore::Draft> draft = m_drafts.latest(&problems);
    showStoredProblems(problems);
    if (!draft)
        return false;
    const QString summary = draft->report.summary.isEmpty() ? tr("(no summary yet)") : draft->report.summary;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Continue the unsent report?"),
                                tr("A report you started on %1 was not sent:\n\n“%2”\n\n"
                                   "Restore it to continue where you left off, or discard it.")
                                    .arg(QLocale().toString(draft->savedAt, QLocale::ShortFormat), summary),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("draftQuestion"));
    QPushButton *restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    restore->setObjectName(QStringLiteral("restoreDraftButton"));
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    box->setDefaultButton(restore);
    box->setEscapeButton(restore); // Escape must never throw a report away
    box->setAttribute(Qt::WA_DeleteOnClose);
    const DraftStore::Draft offered = *draft;
    connect(box, &QMessageBox::buttonClicked, this, [this, offered, restore](QAbstractButton *clicked) {
        if (clicked == restore)
            restoreDraft(offered);
        else
            m_drafts.remove(offered.report.clientId);
    });
    box->open();
    return true;
}

void IntakeWizard::showStoredProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    // Kept on stderr too, for IT reading a log; the person sees it here,
    // because a damaged draft or a refused report is something they typed.
    for (const QString &problem : problems)
        qWarning("%s", qPrintable(problem));
    showWarning(tr("Saved reports on this computer"),
                tr("Something kept on this computer could not be used. Nothing was deleted; "
                   "please tell the helpdesk:\n\n%1")
                    .arg(problems.join(QStringLiteral("\n\n"))),
                QStringLiteral("storedProblems"));
}

void IntakeWizard::showDeliveryError(const Outbox::DeliveryResult &result)
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
    qWarning("%s", qPrintable(result.error));
    showWarning(tr("Saved reports on this computer"),
                tr("%n report(s) waiting on this computer cannot be sent:\n%1\n\n"
                   "They stay here and are tried again later; please tell the helpdesk.",
                   nullptr, result.remaining)
                    .arg(result.error),
                QStringLiteral("deliveryProblem"));
}

void IntakeWizard::showWarning(const QString &title, const QString &text, const QString &objectName)
{
    // Window-modal and not waited for: what called it goes on.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void IntakeWizard::runInBackground(QThread **thread, std::function<void()> work, std::function<void()> done)
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
