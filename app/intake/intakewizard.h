#pragma once

// IntakeWizard: steers an employee from "what broke" to a ticket number. The
// pages fill one Report; the wizard assembles it, hands it to ReportStore and
// keeps the client id across retries so a report is never filed twice. The
// database is opened only when first needed, so the first page shows at once.

#include "prioritymatrix.h"
#include "report.h"
#include "reportstore.h"

#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

namespace Helpdesk {

class AttachmentsPage;
class ContactPage;
class PasswordStore;
class DeviceInventory;
class DevicePage;
class DonePage;
class DuplicatesPage;
class IncidentStore;
class ProblemPage;
class ReviewPage;

class IntakeWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeWizard)
public:
    enum PageId { ProblemPageId, AttachmentsPageId, DevicePageId, ContactPageId, DuplicatesPageId, ReviewPageId,
                  DonePageId };
    Q_ENUM(PageId)
    // How the wizard ended: a new report, or joining what was already there.
    enum class Outcome { Filed, JoinedReport, AlreadyReported, JoinedIncident };
    Q_ENUM(Outcome)

    explicit IntakeWizard(const QString &databaseUrl, QWidget *parent = nullptr);
    ~IntakeWizard() override;

    Report report() const;
    // The new ticket, the ticket joined, or the incident reference (INC-0007).
    QString lastTicket() const { return m_lastTicket; }
    Outcome outcome() const { return m_outcome; }
    bool hasJoined() const { return m_outcome != Outcome::Filed; }

    int nextId() const override;
    bool validateCurrentPage() override;

    // "This is my problem too" on a known incident (page 1) and "I'm affected
    // too" on an open report (before Submit): add the person, then finish.
    void joinIncident(qint64 incidentId);
    void joinReport(qint64 reportId, bool ownReport);

    // Opens (and migrates) the database if it is not open yet. A PostgreSQL
    // server that wants a password the URL does not carry gets the one in the
    // keyring, else the person is asked (once: it then goes to the keyring).
    bool ensureDatabase(QString *errorMessage);

    // What asking means: a PasswordDialog unless a test says otherwise.
    // Returns the password typed, or nothing when the person cancelled.
    struct PasswordRequest
    {
        QString server;       // "db.example.org:5432"
        QString login;
        bool refused = false; // the server refused the last password
        bool keyringAvailable = true;
        QString keyringProblem;
    };
    using PasswordPrompt = std::function<std::optional<QString>(const PasswordRequest &)>;
    void setPasswordPrompt(PasswordPrompt prompt);
    void setPasswordStore(std::unique_ptr<PasswordStore> store);
    bool submitReport(QString *errorMessage);

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

signals:
    void databaseUnavailable(const QString &message);
    void reportSubmitted(const QString &ticket);

public slots:
    // Asks before throwing away a report that was started (Cancel, Escape,
    // closing the window); the done page closes without asking.
    void reject() override;

    // Checks the database early (after the first page is on screen) so a
    // broken or too-new database is reported before anyone types a report.
    void checkDatabase();

private:
    void onCurrentIdChanged(int id);
    void refreshIncidents();

    std::optional<QString> askForPassword(const PasswordRequest &request);

    QString m_databaseUrl;
    QString m_connectionName;
    std::unique_ptr<PasswordStore> m_passwords;
    PasswordPrompt m_passwordPrompt;
    QString m_password; // asked for in this run: kept in memory only
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<DeviceInventory> m_inventory;
    std::unique_ptr<IncidentStore> m_incidents;
    QList<ReportStore::OpenReport> m_candidates; // open reports the new one may repeat
    Outcome m_outcome = Outcome::Filed;
    PriorityMatrix m_priorities = PriorityMatrix::itilDefaults();
    QString m_clientId;
    QString m_lastTicket;
    bool m_localPrintersListed = false;

    ProblemPage *m_problemPage;
    AttachmentsPage *m_attachmentsPage;
    DevicePage *m_devicePage;
    ContactPage *m_contactPage;
    DuplicatesPage *m_duplicatesPage;
    ReviewPage *m_reviewPage;
    DonePage *m_donePage;
};

} // namespace Helpdesk
