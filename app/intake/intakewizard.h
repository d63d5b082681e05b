#pragma once

// IntakeWizard: steers an employee from "what broke" to a ticket number. The
// pages fill one Report; the wizard assembles it, hands it to ReportStore and
// keeps the client id across retries so a report is never filed twice. The
// database is opened only when first needed, and the device catalogue and
// this computer's devices are looked up on a worker thread after the first
// page is on screen, so the first page shows at once. Opening the database,
// the password, the outbox and its delivery are the Submitter's: the wizard
// shows what it says. Its message boxes and dialogs are in
// intakewizardmessages.cpp.

#include "delivery/draftkeeper.h"
#include "delivery/outbox.h"
#include "delivery/submitter.h"
#include "deviceloader.h"
#include "devicepage.h"
#include "intakepage.h"
#include "intakepasswords.h"
#include "model/prioritymatrix.h"
#include "model/report.h"
#include "store/reportstore.h"

#include <QThread>
#include <QTimer>
#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

namespace Helpdesk {

class ContactPage;
class DeviceInventory;
class DonePage;
class DuplicatesPage;
class IncidentStore;
class ProblemPage;
class ReviewPage;

class IntakeWizard final : public QWizard, public IntakeFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeWizard)
public:
    enum PageId { ProblemPageId, AttachmentsPageId, DevicePageId, ContactPageId, DuplicatesPageId, ReviewPageId,
                  DonePageId };
    Q_ENUM(PageId)
    // How the wizard ended: a new report, or joining what was already there.
    // Queued: the database could not be reached; the report waits in the
    // outbox on this computer and lastTicket() is its local reference.
    enum class Outcome { Filed, JoinedReport, AlreadyReported, JoinedIncident, Queued };
    Q_ENUM(Outcome)

    explicit IntakeWizard(const QString &databaseUrl, QWidget *parent = nullptr);
    ~IntakeWizard() override;

    Report report() const;
    // The new ticket, the ticket joined, or the incident reference (INC-0007).
    QString lastTicket() const { return m_lastTicket; }
    Outcome outcome() const { return m_outcome; }
    bool hasJoined() const override { return m_outcome != Outcome::Filed && m_outcome != Outcome::Queued; }

    int nextId() const override;
    bool validateCurrentPage() override;

    // "This is my problem too" on a known incident (page 1) and "I'm affected
    // too" on an open report (before Submit): add the person, then finish.
    void joinIncident(qint64 incidentId);
    void joinReport(qint64 reportId, bool ownReport);

    // Opens (and migrates) the database if it is not open yet. A PostgreSQL
    // server that wants a password the URL does not carry gets the one in the
    // keyring, else the person is asked (once: it then goes to the keyring).
    // `unreachable`: the failure may pass by itself (see Database::open).
    // Submitter::ensureDatabase() does it; the wizard says where passwords are.
    bool ensureDatabase(QString *errorMessage, bool *unreachable = nullptr);

    // What asking means: a PasswordDialog unless a test says otherwise.
    // Returns the password typed, or nothing when the person cancelled.
    using PasswordRequest = IntakePasswords::PasswordRequest;
    using PasswordPrompt = IntakePasswords::PasswordPrompt;
    void setPasswordPrompt(PasswordPrompt prompt);
    void setPasswordStore(std::unique_ptr<PasswordStore> store);
    bool submitReport(QString *errorMessage) override;

    // "My reports…": the person's tickets with status and the helpdesk's
    // replies, in a MyReportsDialog. The login is the database login on
    // PostgreSQL (row-level security agrees), this computer's on SQLite.
    void showMyReports();
    QString reporterLogin() const;

    // Walks back to an earlier page, keeping everything typed.
    void goBackTo(int pageId);
    void startAnotherReport();
    // True once the person has typed or chosen anything of a problem.
    bool hasUnsentInput() const;

    // Drafts: what is typed is saved on every page change and a moment after
    // typing stops, so a crash loses nothing. The folder is AppDataLocation/
    // drafts unless set (tests).
    void setDraftDirectory(const QString &directory);
    DraftStore &drafts() { return m_drafts.store(); }
    // Saves the draft now (when there is anything to save).
    void saveDraft();
    // Fills every page from a draft and takes over its client id, so the
    // restored report is still filed once.
    void restoreDraft(const DraftStore::Draft &draft);
    // After start: if a report was left unsent (a crash, a power cut), asks
    // whether to restore it ("Restore") or throw it away ("Discard"). Returns
    // false when there was none. The question does not block the first page.
    bool offerDraft();
    static constexpr int DraftDelayMs = DraftKeeper::DelayMs;

    // The offline outbox: a report Submit cannot deliver (server down,
    // network gone, SQLite locked) waits there; the running wizard retries
    // with backoff (5 s doubling to 5 min) and the next start delivers too.
    // The folder is AppDataLocation/outbox unless set (tests).
    void setOutboxDirectory(const QString &directory);
    Outbox &outbox() { return m_submitter.outbox(); }
    // When the next attempt will be made, while one is scheduled.
    int retryDelayMs() const { return m_submitter.retryDelayMs(); }
    bool isRetryScheduled() const { return m_submitter.isRetryScheduled(); }
    static constexpr int RetryFirstMs = Submitter::RetryFirstMs;
    static constexpr int RetryMaxMs = Submitter::RetryMaxMs;
    static constexpr int UnreachableRecheckMs = Submitter::UnreachableRecheckMs;
    // How long an unreachable database is taken as still unreachable before
    // a background probe looks again (tests shorten it).
    void setUnreachableRecheckMs(int ms) { m_submitter.setUnreachableRecheckMs(ms); }

    // The device page's data: the catalogue (DeviceCatalog::builtIn(), ~30 ms)
    // and this computer's printers and the computer itself (CUPS and DMI,
    // which may take longer), loaded together on a worker thread
    // DeviceLoadDelayMs after the wizard is first shown, or when the device
    // page opens if that is sooner; the page works meanwhile and fills in
    // when devicesLoadFinished() is emitted. Screens are added here (QScreen).
    static constexpr int DeviceLoadDelayMs = 500;
    void loadDevices();
    bool devicesLoaded() const { return m_deviceLoader.localDevices().has_value(); }
    // What stands for localPrinters() + thisComputer(), on the worker thread
    // (tests). Set before the load starts.
    using LocalDeviceLookup = DeviceLoader::LocalDeviceLookup;
    void setLocalDeviceLookup(LocalDeviceLookup lookup) { m_deviceLoader.setLocalDeviceLookup(std::move(lookup)); }

signals:
    void databaseUnavailable(const QString &message);
    void reportSubmitted(const QString &ticket);
    // A report from the outbox reached the database.
    void reportDelivered(const QString &clientId, const QString &ticket);
    // A delivery attempt ended; `remaining` reports still wait.
    void outboxChecked(int remaining);
    // checkDatabase() is done: the database is open (true) or not.
    void databaseChecked(bool usable);
    // loadDevices() is done: the device page has the catalogue.
    void devicesLoadFinished();

public slots:
    // Asks before throwing away a report that was started (Cancel, Escape,
    // closing the window); the done page closes without asking.
    void reject() override;

    // Checks the database early (after the first page is on screen) so a
    // broken or too-new database is reported before anyone types a report.
    // A PostgreSQL server is tried on a thread of its own first (it may not
    // answer for its connect timeout); databaseChecked() says when it is done.
    void checkDatabase();
    // Sends what waits in the outbox now, in the background (outboxChecked
    // says when it is done); on failure tries again later.
    void deliverOutbox();

protected:
    void showEvent(QShowEvent *event) override;
    void initializePage(int id) override;

private:
    // The one place a page is added: QWizard keeps it under `id`, and
    // report(), restoreDraft() and startAnotherReport() reach it from there.
    template <typename Page>
    Page *addPage(PageId id, Page *page)
    {
        setPage(id, page);
        return page;
    }
    // Every page, in page order.
    QList<IntakePage *> intakePages() const;
    void onCurrentIdChanged(int id);
    // This computer's devices to the device page, once it has been opened
    // and they are known (the default printer is then preselected).
    void offerLocalDevices();
    // Damaged drafts, damaged or refused outbox entries: set aside, and said.
    void showStoredProblems(const QStringList &problems);
    // What the Submitter says, shown.
    void onDatabaseOpened();
    void onDatabaseChecked(bool usable, const QString &error);
    void onDelivered(const QString &clientId, const QString &ticket, bool fromOutbox);
    void showDeliveryError(const QString &error, int remaining);
    void showWarning(const QString &title, const QString &text, const QString &objectName = QString());
    // The catalogue and this computer's devices to the device page.
    void onDevicesLoaded();
    void scheduleDraft();
    void refreshIncidents();

    std::unique_ptr<IntakePasswords> m_passwordSource; // the keyring, then the person
    // Before the stores below, which use its connection: destroyed after them.
    Submitter m_submitter;
    std::unique_ptr<DeviceInventory> m_inventory;
    std::unique_ptr<IncidentStore> m_incidents;
    QList<ReportStore::OpenReport> m_candidates; // open reports the new one may repeat
    Outcome m_outcome = Outcome::Filed;
    PriorityMatrix m_priorities = PriorityMatrix::itilDefaults();
    QString m_clientId;
    QString m_lastTicket;
    DeviceLoader m_deviceLoader; // the destructor waits for a load under way
    bool m_deviceLoadScheduled = false;
    bool m_devicePageOpened = false;
    bool m_localDevicesOffered = false;
    DraftKeeper m_drafts;

    // The pages the wizard talks to by name; all of them are in intakePages().
    ProblemPage *m_problemPage = nullptr;
    DevicePage *m_devicePage = nullptr;
    ContactPage *m_contactPage = nullptr;
    DuplicatesPage *m_duplicatesPage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    DonePage *m_donePage = nullptr;
};

} // namespace Helpdesk
