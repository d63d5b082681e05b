#include "intakewizard.h"

#include "attachmentspage.h"
#include "contactpage.h"
#include "devicepage.h"
#include "devices/devicecatalog.h"
#include "donepage.h"
#include "duplicatespage.h"
#include "icons.h"
#include "intakepasswords.h"
#include "problempage.h"
#include "reviewpage.h"
#include "runtime/systemaccount.h"
#include "store/deviceinventory.h"
#include "store/incidentstore.h"
#include "store/reportstore.h"

#include <QLayout>
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
    , m_passwordSource(std::make_unique<IntakePasswords>(this))
    , m_submitter(databaseUrl)
    , m_clientId(newClientId())
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

    // Adding a page: derive it from IntakePage, add it here.
    m_problemPage = addPage(ProblemPageId, new ProblemPage(*this, this));
    addPage(AttachmentsPageId, new AttachmentsPage(this));
    m_devicePage = addPage(DevicePageId, new DevicePage(this));
    m_contactPage = addPage(ContactPageId, new ContactPage(this));
    m_duplicatesPage = addPage(DuplicatesPageId, new DuplicatesPage(*this, this));
    m_reviewPage = addPage(ReviewPageId, new ReviewPage(*this, this));
    m_donePage = addPage(DonePageId, new DonePage(this));
    setStartId(ProblemPageId);

    connect(this, &QWizard::currentIdChanged, this, &IntakeWizard::onCurrentIdChanged);
    connect(&m_drafts, &DraftKeeper::saveDue, this, &IntakeWizard::saveDraft);
    m_submitter.setPasswordSource(m_passwordSource.get());
    connect(&m_submitter, &Submitter::opened, this, &IntakeWizard::onDatabaseOpened);
    connect(&m_submitter, &Submitter::checked, this, &IntakeWizard::onDatabaseChecked);
    connect(&m_submitter, &Submitter::delivered, this, &IntakeWizard::onDelivered);
    connect(&m_submitter, &Submitter::storedProblems, this, &IntakeWizard::showStoredProblems);
    connect(&m_submitter, &Submitter::deliveryError, this, &IntakeWizard::showDeliveryError);
    connect(&m_submitter, &Submitter::outboxChecked, this, &IntakeWizard::outboxChecked);
    connect(&m_deviceLoader, &DeviceLoader::finished, this, &IntakeWizard::onDevicesLoaded);
    // Every page says "something changed" with completeChanged() on each edit.
    for (IntakePage *page : intakePages())
        connect(page, &QWizardPage::completeChanged, this, &IntakeWizard::scheduleDraft);
    connect(m_reviewPage, &ReviewPage::changeRequested, this, &IntakeWizard::goBackTo);
    connect(m_donePage, &DonePage::anotherReportRequested, this, &IntakeWizard::startAnotherReport);
    connect(m_problemPage, &ProblemPage::incidentJoinRequested, this, &IntakeWizard::joinIncident);
    connect(m_duplicatesPage, &DuplicatesPage::joinRequested, this, &IntakeWizard::joinReport);
    resize(780, 680);
}

IntakeWizard::~IntakeWizard()
{
    // The Submitter (a member) waits for its own delivery and probe.
    m_devicePage->setInventoryLookup({});
    // On the Submitter's connection, which it closes after them.
    m_inventory.reset();
    m_incidents.reset();
}

QList<IntakePage *> IntakeWizard::intakePages() const
{
    QList<IntakePage *> pages;
    for (int id : pageIds()) {
        if (auto *intakePage = qobject_cast<IntakePage *>(page(id)))
            pages.append(intakePage);
    }
    return pages;
}

Report IntakeWizard::report() const
{
    Report report;
    for (const IntakePage *page : intakePages())
        page->writeTo(report);
    report.clientId = m_clientId;
    return report;
}

bool IntakeWizard::ensureDatabase(QString *errorMessage, bool *unreachable)
{
    return m_submitter.ensureDatabase(errorMessage, unreachable);
}

void IntakeWizard::onDatabaseOpened()
{
    const QString connection = m_submitter.connectionName();
    m_inventory = std::make_unique<DeviceInventory>(connection);
    m_incidents = std::make_unique<IncidentStore>(connection);
    m_devicePage->setInventoryLookup([inventory = m_inventory.get()](const QString &text) {
        QList<DeviceChoice> choices;
        // A failed lookup only means fewer suggestions; the page still works.
        const QList<InventoryDevice> devices = inventory->find(text, 10);
        for (const InventoryDevice &found : devices) {
            DeviceChoice choice = DeviceChoice::of(DeviceChoice::Source::Inventory, found.kind, found.make, found.model);
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
    if (const std::optional<PriorityMatrix> matrix = m_submitter.store()->priorityMatrix())
        m_priorities = *matrix;
    m_problemPage->setPriorityMatrix(m_priorities);
    if (!m_submitter.databaseLogin().isEmpty())
        m_contactPage->setDatabaseLogin(m_submitter.databaseLogin());
    refreshIncidents();
}

QString IntakeWizard::reporterLogin() const
{
    const QString login = m_submitter.databaseLogin();
    return login.isEmpty() ? SystemAccount::current().login : login;
}

void IntakeWizard::setPasswordPrompt(PasswordPrompt prompt)
{
    m_passwordSource->setPrompt(std::move(prompt));
}

void IntakeWizard::setPasswordStore(std::unique_ptr<PasswordStore> store)
{
    m_passwordSource->setStore(std::move(store));
}

void IntakeWizard::checkDatabase()
{
    m_submitter.check();
}

bool IntakeWizard::submitReport(QString *errorMessage)
{
    // Filed, or kept in the outbox when the database cannot be reached; a
    // refused password, a missing database or a read-only or damaged file
    // is something to fix, not to wait for: said, and the form kept.
    const Submitter::SubmitResult result = m_submitter.submit(report());
    if (result.status == Submitter::SubmitResult::Status::Failed) {
        if (errorMessage)
            *errorMessage = result.error;
        return false;
    }
    const bool filed = result.status == Submitter::SubmitResult::Status::Filed;
    m_lastTicket = result.ticket;
    m_outcome = filed ? Outcome::Filed : Outcome::Queued;
    m_drafts.discard(m_clientId);
    m_contactPage->rememberDetails();
    if (filed)
        emit reportSubmitted(result.ticket);
    return true;
}

void IntakeWizard::setOutboxDirectory(const QString &directory)
{
    m_submitter.setOutboxDirectory(directory);
}

void IntakeWizard::deliverOutbox()
{
    m_submitter.deliverOutbox();
}

void IntakeWizard::onDelivered(const QString &clientId, const QString &ticket, bool fromOutbox)
{
    if (!fromOutbox)
        return; // submitReport() shows it
    // The receipt on the done page becomes the real ticket number.
    if (clientId == m_clientId && m_outcome == Outcome::Queued) {
        m_lastTicket = ticket;
        m_outcome = Outcome::Filed;
        if (currentId() == DonePageId)
            m_donePage->showOutcome(m_outcome, m_lastTicket);
    }
    emit reportDelivered(clientId, ticket);
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
            m_candidates = m_submitter.store()->findDuplicateCandidates(report());
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
        if (!ensureDatabase(&error) || !m_submitter.store()->addAffectedPerson(reportId, m_contactPage->knownContact(), &error)) {
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
    m_drafts.discard(m_clientId);
    m_clientId = newClientId();
    m_lastTicket.clear();
    m_outcome = Outcome::Filed;
    m_candidates.clear();
    refreshIncidents(); // what is down may have changed since the last report
    for (IntakePage *page : intakePages())
        page->reset();
    restart();
}

void IntakeWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    // Just before the done page shows: how the wizard ended.
    if (id == DonePageId)
        m_donePage->showOutcome(m_outcome, m_lastTicket);
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
        m_drafts.discard(m_clientId);
    } else if (id >= 0 && !m_drafts.isRestoring()) {
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
    m_deviceLoader.start();
}

void IntakeWizard::onDevicesLoaded()
{
    m_devicePage->setCatalogue(&DeviceCatalog::builtIn()); // loaded: returns at once
    offerLocalDevices();
    emit devicesLoadFinished();
}

void IntakeWizard::offerLocalDevices()
{
    // Once, when both the page and the devices are there.
    if (!m_devicePageOpened || !m_deviceLoader.localDevices() || m_localDevicesOffered)
        return;
    m_localDevicesOffered = true;
    m_devicePage->setLocalDevices(*m_deviceLoader.localDevices());
}

void IntakeWizard::scheduleDraft()
{
    if (currentId() != DonePageId)
        m_drafts.schedule();
}

void IntakeWizard::setDraftDirectory(const QString &directory)
{
    m_drafts.setDirectory(directory);
}

void IntakeWizard::saveDraft()
{
    // On the done page the draft has done its job (onCurrentIdChanged()).
    if (currentId() != DonePageId)
        m_drafts.save(report(), currentId(), hasUnsentInput());
}

void IntakeWizard::restoreDraft(const DraftStore::Draft &draft)
{
    m_drafts.restore(draft, m_clientId, [this](const Report &report) {
        for (IntakePage *page : intakePages())
            page->readFrom(report);
    });
    m_clientId = draft.report.clientId;
}

} // namespace Helpdesk
