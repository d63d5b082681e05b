// Drives the real intake wizard the way an employee does: keys and clicks on
// the real widgets, from the first page to the ticket number, then reads the
// report back through the store.

#include "attachmentspage.h"
#include "delivery/draftstore.h"
#include "delivery/outbox.h"
#include "devicepage.h"
#include "intakewizard.h"
#include "model/prioritymatrix.h"
#include "passworddialog.h"
#include "passwordstore.h"
#include "runtime/application.h"
#include "screenshotcanvas.h"
#include "screenshoteditor.h"
#include "silentserver.h"
#include "store/database.h"
#include "store/deviceinventory.h"
#include "store/incidentstore.h"
#include "store/prioritymatrixstore.h"
#include "store/reportstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDateTimeEdit>
#include <QLabel>
#include <QScopeGuard>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QScopeGuard>
#include <QScreen>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTimer>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QScopeGuard>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

using namespace Helpdesk;

class tst_IntakeWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardWalkFilesReportWithTicket();
    void tabOrderFollowsTheForm();
    void everyFieldHasALabelBuddy();
    void shortSummaryKeepsNextDisabledWithMessage();
    void badEmailKeepsNextDisabledWithMessage();
    void deviceOutsideCatalogueNeedsOther();
    void changeFromReviewKeepsWhatWasTyped();
    void failedSubmitKeepsReportAndSaysWhy();
    void copyAndReportAnother();
    void escapeAsksBeforeDiscardingAStartedReport();
    void mnemonicsAreUniqueOnEveryPage();
    void findDeviceByModelAndPickWithEnter();
    void findDeviceByAssetTagFillsLocation();
    void defaultPrinterOfThisComputerIsPreselected();
    void defaultPrinterFoundAfterThePageOpensIsPreselected();
    void deviceSearchTypedWhileTheCatalogueLoadsIsKept();
    void secretInDescriptionBlocksNextUntilRemoved();
    void vagueReportNeedsExplicitConfirmation();
    void responseTimeFollowsImpactAndUrgency();
    void knownIncidentIsJoinedInOneClick();
    void openReportOnTheSameDeviceIsJoinedInsteadOfFiled();
    void ownOpenReportIsOfferedBeforeFilingAgain();
    void severalProblemsSuggestSplitting();
    void screenshotIsTakenEditedAndStoredBlackedOut();
    void tooBigFileIsRefusedWithTheReason();
    void pastedImageIsAttachedAndCanBeRemoved();
    void draftIsSavedWhenTypingStopsAndOnEveryPage();
    void restoredDraftFillsEveryPageAndFilesOnce();
    void discardedReportLeavesNoDraft();
    void unreachableServerKeepsReportWithReceiptAndNextStartSendsIt();
    void lockedDatabaseIsRetriedAndReceiptBecomesTicket();
    void databaseToFixIsNotQueued();
    void brokenPasteIsCleanedAndFiledAsShown();
    void damagedOutboxEntryIsShownNotDropped();
    void outboxThatCannotBeSentIsSaidOnce();
    void deliveryToSilentServerLeavesWindowResponsive();
    void silentServerAtStartIsTriedOnceInTheBackground();
    void unreachableDatabaseIsLookedForAgainInTheBackground();
    void asksForThePasswordOnceAndKeepsItInTheKeyring();
    void withoutKeyringAsksEachTimeAndSaysSo();
    void passwordDialogSignsIn();

private:
    // A PostgreSQL login with a password and the reporter role; its URL carries no password.
    QString reporterUrlWithoutPassword(const QString &suffix, const QString &password);
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_wizard->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    void press(QWidget *widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(widget, Qt::Key(key), modifiers);
    }
    // Types like a keyboard does, including Cyrillic (QTest::keyClicks is ASCII only).
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(widget, c.toLatin1());
            } else {
                QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            }
        }
    }
    // Alt+N, the Next button's mnemonic, as a keyboard user presses it.
    void pressNext(int expectedPage)
    {
        QVERIFY(nextButton()->isEnabled());
        press(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(m_wizard->currentId(), expectedPage);
        // The catalogue loads in the background: a person sees the list of
        // makes fill in, and Next wait for it once a make is typed.
        if (expectedPage == IntakeWizard::DevicePageId)
            QTRY_VERIFY(child<QComboBox>("makeCombo")->count() > 0);
    }
    // Holds the device page's background load (catalogue and this computer's
    // devices) until release(), which the scope guard also does; `devices`
    // stand for what CUPS and DMI would say.
    struct HeldDeviceLoad
    {
        std::shared_ptr<QSemaphore> gate = std::make_shared<QSemaphore>();
        void release() { gate->release(1000); }
    };
    // A new wizard whose load waits for `held`.
    void restartWizardHolding(const HeldDeviceLoad &held, const QList<DeviceChoice> &devices)
    {
        m_localDeviceLookup = [gate = held.gate, devices] {
            gate->acquire();
            return devices;
        };
        restartWizard();
    }
    // The default printer of a desk: Brother HL-L2340D "Office"; another HP.
    static QList<DeviceChoice> officePrinters();
    void fillProblemPage(const QString &summary);
    // The optional "Screenshot and files" page: nothing to do, Next is enabled.
    void passAttachmentsPage();
    // A printing problem on a desk with officePrinters(), walked to the device
    // page while `held` keeps the catalogue and the printers back, so the page
    // opens with its lists still empty.
    void openDevicePageWhileHeld(const HeldDeviceLoad &held);
    AttachmentsPage *attachmentsPage() const
    {
        return qobject_cast<AttachmentsPage *>(m_wizard->page(IntakeWizard::AttachmentsPageId));
    }
    void fillDevicePage();
    void fillContactPage(const QString &email);
    // The usual walk up to the contact page, with the email given.
    void walkToContactPage(const QString &email);
    QString databaseUrl() const { return m_database->url(); }
    QString draftDirectory() const { return m_dir->filePath(QStringLiteral("drafts")); }
    QStringList draftFiles() const
    {
        return QDir(draftDirectory()).entryList({QStringLiteral("*.json")}, QDir::Files);
    }
    // A wizard over this test's drafts and outbox (`url`: this test's
    // database), shown and active; again: as after a crash and a new start.
    void restartWizard(const QString &url = QString());
    // A database that waiting will not cure, on the backend of this run: a
    // refused password (PostgreSQL) or a damaged file (SQLite). `expected`:
    // what its message says. Empty when it cannot be made.
    QString databaseToFix(QString *expected);
    // As main() does once the first page is shown; returns when it is done
    // (a PostgreSQL server is tried in the background first).
    void checkDatabase();
    QString outboxDirectory() const { return m_dir->filePath(QStringLiteral("outbox")); }
    qint64 reportsWithClientId(const QString &clientId);

    std::unique_ptr<QTemporaryDir> m_dir; // settings, and the broken-database case
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<IntakeWizard> m_wizard;
    IntakeWizard::LocalDeviceLookup m_localDeviceLookup; // given to restartWizard()'s wizards
};

void tst_IntakeWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Plural forms ("within 4 hours") come from the English translation.
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void tst_IntakeWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    // Remembered contact details must not leak from one test to the next.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QSettings().clear();
    restartWizard();
}

void tst_IntakeWizard::cleanup()
{
    m_wizard.reset();
    m_localDeviceLookup = nullptr;
    const auto leaked = QApplication::topLevelWidgets();
    for (QWidget *widget : leaked) {
        if (widget->isVisible())
            QFAIL(qPrintable(QStringLiteral("top-level window leaked: ") + widget->metaObject()->className()));
    }
    m_database.reset();
    m_dir.reset();
}

void tst_IntakeWizard::fillProblemPage(const QString &summary)
{
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId));
    auto *categories = child<QListWidget>("categoryList");
    categories->setFocus();
    press(categories, Qt::Key_Home); // focus on "Printing", the first
    press(categories, Qt::Key_Space); // and choose it
    QCOMPARE(categories->selectedItems().size(), 1);

    auto *symptom = child<QComboBox>("symptomCombo");
    QVERIFY(symptom->isEnabled());
    press(symptom, Qt::Key_Down);
    press(symptom, Qt::Key_Down); // past the prompt to "Paper jam"
    QCOMPARE(symptom->currentData().toString(), QStringLiteral("paper_jam"));

    auto *summaryEdit = child<QLineEdit>("summaryEdit");
    summaryEdit->setFocus();
    type(summaryEdit, summary);
    auto *description = child<QPlainTextEdit>("descriptionEdit");
    description->setFocus();
    type(description, QStringLiteral("Every page jams at the fuser. Лоток 2."));

    auto *impact = child<QComboBox>("impactCombo");
    press(impact, Qt::Key_Down); // me -> team
    QCOMPARE(impact->currentData().toString(), QStringLiteral("team"));
    auto *urgency = child<QComboBox>("urgencyCombo");
    press(urgency, Qt::Key_End); // blocked
    QCOMPARE(urgency->currentData().toString(), QStringLiteral("blocked"));
}

void tst_IntakeWizard::restartWizard(const QString &url)
{
    m_wizard = std::make_unique<IntakeWizard>(url.isEmpty() ? databaseUrl() : url);
    m_wizard->setDraftDirectory(draftDirectory());
    m_wizard->setOutboxDirectory(outboxDirectory());
    if (m_localDeviceLookup)
        m_wizard->setLocalDeviceLookup(m_localDeviceLookup);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void tst_IntakeWizard::checkDatabase()
{
    QSignalSpy checked(m_wizard.get(), &IntakeWizard::databaseChecked);
    m_wizard->checkDatabase();
    if (checked.isEmpty())
        QVERIFY(checked.wait(30000));
}

void tst_IntakeWizard::passAttachmentsPage()
{
    pressNext(IntakeWizard::AttachmentsPageId);
    QCOMPARE(child<QListWidget>("attachmentsList")->count(), 0);
    pressNext(IntakeWizard::DevicePageId);
}

void tst_IntakeWizard::openDevicePageWhileHeld(const HeldDeviceLoad &held)
{
    restartWizardHolding(held, officePrinters());
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    pressNext(IntakeWizard::AttachmentsPageId);
    // Not pressNext(DevicePageId): that waits for the make list to fill.
    press(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DevicePageId));
}

void tst_IntakeWizard::fillDevicePage()
{
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::DevicePageId));
    QCOMPARE(child<QComboBox>("kindCombo")->currentData().toString(), QStringLiteral("printer"));
    QVERIFY(!nextButton()->isEnabled()); // a printer problem must name the printer

    auto *make = child<QComboBox>("makeCombo");
    make->setFocus();
    type(make, QStringLiteral("brother"));
    // Pick "Brother" from the suggestions, as a person would; a popup left
    // open would take the keys meant for the wizard later on.
    if (QWidget *suggestions = make->completer()->popup(); suggestions->isVisible()) {
        press(suggestions, Qt::Key_Down);
        press(suggestions, Qt::Key_Return);
        QTRY_VERIFY(!suggestions->isVisible());
    }
    auto *model = child<QComboBox>("modelCombo");
    model->setFocus();
    // Type-to-search from the middle of the name, then pick from the list.
    type(model, QStringLiteral("2340"));
    QWidget *popup = model->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    press(popup, Qt::Key_Down);
    press(popup, Qt::Key_Return);
    QTRY_COMPARE(model->currentText(), QStringLiteral("HL-L2340D"));

    auto *assetTag = child<QLineEdit>("assetTagEdit");
    assetTag->setFocus();
    type(assetTag, QStringLiteral("INV-00417"));
    type(child<QLineEdit>("buildingEdit"), QStringLiteral("Main office"));
    type(child<QLineEdit>("roomEdit"), QStringLiteral("214"));
    // The offscreen platform leaves a closed popup the active window; a
    // desktop gives the wizard back its activation (and its shortcuts).
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void tst_IntakeWizard::fillContactPage(const QString &email)
{
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::ContactPageId));
    QVERIFY(!child<QLineEdit>("loginEdit")->text().isEmpty()); // from the account
    auto *name = child<QLineEdit>("nameEdit");
    name->setFocus();
    name->selectAll();
    type(name, QStringLiteral("Ирина Петрова"));
    auto *emailEdit = child<QLineEdit>("emailEdit");
    emailEdit->setFocus();
    type(emailEdit, email);
    type(child<QLineEdit>("phoneEdit"), QStringLiteral("+7 495 123-45-67"));
    type(child<QLineEdit>("departmentEdit"), QStringLiteral("Accounting"));
    type(child<QLineEdit>("locationEdit"), QStringLiteral("Main office, 214"));
}

void tst_IntakeWizard::walkToContactPage(const QString &email)
{
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    passAttachmentsPage();
    fillDevicePage();
    pressNext(IntakeWizard::ContactPageId);
    fillContactPage(email);
}

void tst_IntakeWizard::keyboardWalkFilesReportWithTicket()
{
    walkToContactPage(QStringLiteral("irina@example.com"));
    QVERIFY(!nextButton()->isEnabled()); // not confirmed yet
    auto *confirm = child<QCheckBox>("confirmCheck");
    confirm->setFocus();
    press(confirm, Qt::Key_Space);
    QVERIFY(confirm->isChecked());
    pressNext(IntakeWizard::ReviewPageId);

    const QString problemText = child<QLabel>("problemText")->text();
    QVERIFY2(problemText.contains(QStringLiteral("Printer on floor 2 jams on every page")), qPrintable(problemText));
    QVERIFY(child<QLabel>("deviceText")->text().contains(QStringLiteral("HL-L2340D")));
    QVERIFY(child<QLabel>("contactText")->text().contains(QStringLiteral("Ирина Петрова")));
    QCOMPARE(child<QLabel>("attachmentsText")->text(), QStringLiteral("None"));

    QAbstractButton *submit = m_wizard->button(QWizard::CommitButton);
    QVERIFY(submit->isVisible());
    QCOMPARE(submit->text(), QStringLiteral("&Submit"));
    press(m_wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));

    const QString ticket = child<QLabel>("ticketLabel")->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^HD-\\d{6}$")).match(ticket).hasMatch(), qPrintable(ticket));
    QVERIFY(child<QLabel>("ticketLabel")->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isVisible());

    // The report in the database is what was typed.
    const QString connection = QStringLiteral("readback");
    QString error;
    QVERIFY2(Database::open(databaseUrl(), connection, &error), qPrintable(error));
    {
        ReportStore store(connection);
        const auto report = store.find(parseTicket(ticket), &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->category, QStringLiteral("printing"));
        QCOMPARE(report->symptom, QStringLiteral("paper_jam"));
        QCOMPARE(report->summary, QStringLiteral("Printer on floor 2 jams on every page"));
        QCOMPARE(report->description, QStringLiteral("Every page jams at the fuser. Лоток 2."));
        QCOMPARE(report->impact, QStringLiteral("team"));
        QCOMPARE(report->urgency, QStringLiteral("blocked"));
        QCOMPARE(report->priority, 2);
        QCOMPARE(report->device.kind, QStringLiteral("printer"));
        QCOMPARE(report->device.make, QStringLiteral("Brother")); // catalogue spelling, not "brother"
        QCOMPARE(report->device.model, QStringLiteral("HL-L2340D"));
        QCOMPARE(report->device.customModel, false);
        QCOMPARE(report->device.assetTag, QStringLiteral("INV-00417"));
        QCOMPARE(report->device.building, QStringLiteral("Main office"));
        QCOMPARE(report->device.room, QStringLiteral("214"));
        QCOMPARE(report->contact.name, QStringLiteral("Ирина Петрова"));
        QCOMPARE(report->contact.email, QStringLiteral("irina@example.com"));
        QCOMPARE(report->contact.phone, QStringLiteral("+7 495 123-45-67"));
        QCOMPARE(report->contact.department, QStringLiteral("Accounting"));
        QCOMPARE(report->contact.location, QStringLiteral("Main office, 214"));
        QCOMPARE(report->contact.preferredContact, QStringLiteral("email"));
        QVERIFY(!report->contact.login.isEmpty());
        QVERIFY(!report->computerName.isEmpty());
        QCOMPARE(report->status, QStringLiteral("new"));
        QVERIFY(store.attachments(report->id, &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    Database::close(connection);
}

void tst_IntakeWizard::tabOrderFollowsTheForm()
{
    auto *categories = child<QListWidget>("categoryList");
    categories->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), categories);
    press(categories, Qt::Key_Home);
    press(categories, Qt::Key_Space);
    const QStringList expected = {QStringLiteral("symptomCombo"), QStringLiteral("summaryEdit"),
                                  QStringLiteral("descriptionEdit"), QStringLiteral("startedEdit"),
                                  QStringLiteral("impactCombo"), QStringLiteral("urgencyCombo")};
    auto owner = [](QWidget *focus) {
        // A QDateTimeEdit's or a combo box's focus sits on its inner line edit.
        while (focus && focus->objectName().isEmpty() && focus->parentWidget())
            focus = focus->parentWidget();
        return focus;
    };
    for (const QString &name : expected) {
        // Tab walks through the sections of a date first (day, month, year, time).
        const QWidget *from = owner(QApplication::focusWidget());
        int presses = 0;
        do {
            press(QApplication::focusWidget(), Qt::Key_Tab);
        } while (owner(QApplication::focusWidget()) == from && from->objectName() == QLatin1String("startedEdit")
                 && ++presses < 8);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QCOMPARE(owner(focus)->objectName(), name);
    }
}

void tst_IntakeWizard::everyFieldHasALabelBuddy()
{
    // Pages build their forms when first shown, so check each as it is reached.
    auto checkPage = [](QWizardPage *page, int expectedFields) {
        QSet<QWidget *> buddies;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        int fields = 0;
        const auto inputs = page->findChildren<QWidget *>();
        for (QWidget *input : inputs) {
            const bool isField = qobject_cast<QLineEdit *>(input) || qobject_cast<QComboBox *>(input)
                || qobject_cast<QPlainTextEdit *>(input) || qobject_cast<QDateTimeEdit *>(input)
                || qobject_cast<QListWidget *>(input);
            if (!isField || input->objectName().isEmpty() || input->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (qobject_cast<QComboBox *>(input->parentWidget()) || qobject_cast<QDateTimeEdit *>(input->parentWidget()))
                continue; // the inner editor of a combo box or date edit
            ++fields;
            QVERIFY2(buddies.contains(input), qPrintable(page->objectName() + QLatin1Char('/') + input->objectName()));
        }
        QCOMPARE(fields, expectedFields);
    };
    checkPage(m_wizard->currentPage(), 8); // with the (hidden) list of known incidents
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    pressNext(IntakeWizard::AttachmentsPageId);
    checkPage(m_wizard->currentPage(), 1);
    pressNext(IntakeWizard::DevicePageId);
    checkPage(m_wizard->currentPage(), 8);
    fillDevicePage();
    pressNext(IntakeWizard::ContactPageId);
    checkPage(m_wizard->currentPage(), 7);
}

void tst_IntakeWizard::shortSummaryKeepsNextDisabledWithMessage()
{
    fillProblemPage(QStringLiteral("Broken"));
    QVERIFY(!nextButton()->isEnabled());
    auto *error = child<QLabel>("summaryError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Too short")), qPrintable(error->text()));
    // The screen reader hears it on the field too.
    QCOMPARE(child<QLineEdit>("summaryEdit")->accessibleDescription(), error->text());

    type(child<QLineEdit>("summaryEdit"), QStringLiteral(" on floor 2"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(!error->isVisible());
}

void tst_IntakeWizard::badEmailKeepsNextDisabledWithMessage()
{
    walkToContactPage(QStringLiteral("irina.example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);

    QVERIFY(!nextButton()->isEnabled());
    auto *error = child<QLabel>("emailError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("not an email address")), qPrintable(error->text()));

    auto *email = child<QLineEdit>("emailEdit");
    email->clear();
    type(email, QStringLiteral("irina@example.com"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(!error->isVisible());
}

void tst_IntakeWizard::deviceOutsideCatalogueNeedsOther()
{
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    passAttachmentsPage();

    type(child<QComboBox>("makeCombo"), QStringLiteral("Grey"));
    type(child<QComboBox>("modelCombo"), QStringLiteral("the grey one"));
    QVERIFY(!nextButton()->isEnabled());
    QVERIFY(child<QLabel>("makeError")->isVisible());
    QVERIFY(child<QLabel>("makeError")->text().contains(QStringLiteral("Other")));

    child<QCheckBox>("otherCheck")->setFocus();
    press(child<QCheckBox>("otherCheck"), Qt::Key_Space);
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(!child<QLabel>("makeError")->isVisible());
    QVERIFY(m_wizard->report().device.customModel);
}

void tst_IntakeWizard::changeFromReviewKeepsWhatWasTyped()
{
    walkToContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);

    QTest::mouseClick(child<QPushButton>("problemChangeButton"), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId));
    QCOMPARE(child<QLineEdit>("summaryEdit")->text(), QStringLiteral("Printer on floor 2 jams on every page"));
    auto *summary = child<QLineEdit>("summaryEdit");
    summary->setFocus();
    type(summary, QStringLiteral(" since Monday"));

    for (int page : {IntakeWizard::AttachmentsPageId, IntakeWizard::DevicePageId, IntakeWizard::ContactPageId,
                     IntakeWizard::ReviewPageId})
        pressNext(page);
    QCOMPARE(child<QComboBox>("modelCombo")->currentText(), QStringLiteral("HL-L2340D"));
    QVERIFY(child<QLabel>("problemText")->text().contains(QStringLiteral("every page since Monday")));
    QVERIFY(child<QLabel>("contactText")->text().contains(QStringLiteral("irina@example.com")));
}

void tst_IntakeWizard::failedSubmitKeepsReportAndSaysWhy()
{
    // A database that cannot be opened: its "file" is a folder.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("blocked.sqlite")));
    m_wizard = std::make_unique<IntakeWizard>(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("blocked.sqlite")));
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));

    walkToContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::ReviewPageId));

    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::ReviewPageId));
    auto *error = child<QLabel>("submitError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("not sent")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("blocked.sqlite")));
    QCOMPARE(m_wizard->report().summary, QStringLiteral("Printer on floor 2 jams on every page"));
    QCOMPARE(m_wizard->report().device.model, QStringLiteral("HL-L2340D"));
}

void tst_IntakeWizard::copyAndReportAnother()
{
    walkToContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    const QString firstClientId = m_wizard->report().clientId;
    m_wizard->next();
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    const QString ticket = child<QLabel>("ticketLabel")->text();

    QTest::mouseClick(child<QPushButton>("copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), ticket);

    QTest::mouseClick(child<QPushButton>("anotherButton"), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId));
    QVERIFY(child<QLineEdit>("summaryEdit")->text().isEmpty());
    QVERIFY(child<QListWidget>("categoryList")->selectedItems().isEmpty());
    QVERIFY(m_wizard->report().clientId != firstClientId);
    // The person stays the same: their confirmed details come back.
    QCOMPARE(m_wizard->report().contact.email, QStringLiteral("irina@example.com"));
}

void tst_IntakeWizard::escapeAsksBeforeDiscardingAStartedReport()
{
    auto *summary = child<QLineEdit>("summaryEdit");
    summary->setFocus();
    type(summary, QStringLiteral("Printer jams"));

    // Answer "Keep editing" when the question appears.
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = true;
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
    });
    press(summary, Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(summary->text(), QStringLiteral("Printer jams"));

    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
    });
    press(summary, Qt::Key_Escape);
    QTRY_VERIFY(!m_wizard->isVisible());
}

void tst_IntakeWizard::mnemonicsAreUniqueOnEveryPage()
{
    // Alt+letter must reach exactly one thing on a page, the wizard's own
    // buttons included, or a keyboard user lands somewhere unexpected.
    auto check = [this] {
        QMap<QChar, QString> seen;
        auto add = [&seen](const QString &text, const QString &owner) {
            const int at = int(text.indexOf(QLatin1Char('&')));
            if (at < 0 || at + 1 >= text.size())
                return;
            const QChar key = text.at(at + 1).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("Alt+%1: %2 and %3").arg(key).arg(seen.value(key), owner)));
            seen.insert(key, owner);
        };
        QWizardPage *page = m_wizard->currentPage();
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy())
                add(label->text(), label->objectName());
        }
        for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
            add(button->text(), button->objectName());
        for (const auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                                 QWizard::CustomButton1}) {
            QAbstractButton *button = m_wizard->button(which);
            if (button->isVisible())
                add(button->text(), QStringLiteral("wizard button"));
        }
    };
    check();
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    pressNext(IntakeWizard::AttachmentsPageId);
    check();
    pressNext(IntakeWizard::DevicePageId);
    check();
    fillDevicePage();
    pressNext(IntakeWizard::ContactPageId);
    check();
    child<QCheckBox>("confirmCheck")->setChecked(true);
    fillContactPage(QStringLiteral("irina@example.com"));
    pressNext(IntakeWizard::ReviewPageId);
    check();
    press(m_wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    check();
}

void tst_IntakeWizard::findDeviceByModelAndPickWithEnter()
{
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    passAttachmentsPage();
    auto *find = child<QLineEdit>("findEdit");
    find->setFocus();
    type(find, QStringLiteral("m404dn"));
    auto *results = child<QListWidget>("resultsList");
    QTRY_VERIFY(results->count() > 0);
    QVERIFY2(results->item(0)->text().contains(QStringLiteral("LaserJet Pro M404dn")), qPrintable(results->item(0)->text()));
    // Enter picks the first match; it does not press Next.
    press(find, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::DevicePageId));
    QCOMPARE(child<QComboBox>("makeCombo")->currentText(), QStringLiteral("HP"));
    QCOMPARE(child<QComboBox>("modelCombo")->currentText(), QStringLiteral("LaserJet Pro M404dn"));
    QCOMPARE(child<QComboBox>("kindCombo")->currentData().toString(), QStringLiteral("printer"));
    QVERIFY(nextButton()->isEnabled());

    // Down into the list, another match, Enter.
    find->selectAll();
    type(find, QStringLiteral("hl l2340"));
    QTRY_VERIFY(results->count() > 0);
    press(find, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), results);
    press(results, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::DevicePageId));
    QCOMPARE(child<QComboBox>("makeCombo")->currentText(), QStringLiteral("Brother"));
    QVERIFY(child<QComboBox>("modelCombo")->currentText().startsWith(QStringLiteral("HL-L2340")));

    find->selectAll();
    type(find, QStringLiteral("grey printer"));
    QTRY_COMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().contains(QStringLiteral("Nothing found")));
}

void tst_IntakeWizard::findDeviceByAssetTagFillsLocation()
{
    // The organisation's inventory, imported by IT.
    {
        const QString connection = QStringLiteral("inventory-import");
        QString error;
        QVERIFY2(Database::open(databaseUrl(), connection, &error), qPrintable(error));
        {
            QBuffer csv;
            csv.setData("asset_tag,kind,make,model,name,location,notes\n"
                        "INV-00417,printer,HP,LaserJet Pro M404dn,PRN-2-EAST,\"Main office, room 305\",\n"
                        "INV-00900,monitor,Dell,P2422H,,\"Main office, room 305\",\n");
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const auto result = DeviceInventory(connection).importCsv(csv);
            QVERIFY2(result.error.isEmpty() && result.rowErrors.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.inserted, 2);
        }
        Database::close(connection);
    }
    checkDatabase();
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    passAttachmentsPage();

    auto *find = child<QLineEdit>("findEdit");
    find->setFocus();
    type(find, QStringLiteral("inv-00417"));
    auto *results = child<QListWidget>("resultsList");
    QTRY_VERIFY(results->count() > 0);
    QVERIFY2(results->item(0)->text().contains(QStringLiteral("INV-00417")), qPrintable(results->item(0)->text()));
    press(find, Qt::Key_Return);
    QCOMPARE(child<QLineEdit>("assetTagEdit")->text(), QStringLiteral("INV-00417"));
    QCOMPARE(child<QComboBox>("makeCombo")->currentText(), QStringLiteral("HP"));
    QCOMPARE(child<QComboBox>("modelCombo")->currentText(), QStringLiteral("LaserJet Pro M404dn"));
    QCOMPARE(child<QLineEdit>("buildingEdit")->text(), QStringLiteral("Main office, room 305"));

    // By room: both devices there are offered.
    find->selectAll();
    type(find, QStringLiteral("305"));
    QTRY_VERIFY(results->count() >= 2);
    QString all;
    for (int i = 0; i < results->count(); ++i)
        all += results->item(i)->text() + QLatin1Char('\n');
    QVERIFY2(all.contains(QStringLiteral("INV-00900")) && all.contains(QStringLiteral("INV-00417")), qPrintable(all));
}

QList<DeviceChoice> tst_IntakeWizard::officePrinters()
{
    // What localPrinters() reads from CUPS on a real desk.
    DeviceChoice office;
    office.source = DeviceChoice::Source::ThisComputer;
    office.device.kind = QStringLiteral("printer");
    office.device.make = QStringLiteral("Brother");
    office.device.model = QStringLiteral("HL-L2340D");
    office.detail = QStringLiteral("default printer “Office”");
    office.isDefault = true;
    DeviceChoice other = office;
    other.device.make = QStringLiteral("HP");
    other.device.model = QStringLiteral("LaserJet Pro M404dn");
    other.detail = QStringLiteral("printer “Floor 2”");
    other.isDefault = false;
    return {office, other};
}

void tst_IntakeWizard::defaultPrinterOfThisComputerIsPreselected()
{
    // Found in the background while the first page is filled in.
    m_localDeviceLookup = [] { return officePrinters(); };
    restartWizard();
    QSignalSpy loaded(m_wizard.get(), &IntakeWizard::devicesLoadFinished);
    m_wizard->loadDevices();
    QVERIFY(loaded.wait(30000));

    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    passAttachmentsPage();
    QCOMPARE(child<QComboBox>("makeCombo")->currentText(), QStringLiteral("Brother"));
    QCOMPARE(child<QComboBox>("modelCombo")->currentText(), QStringLiteral("HL-L2340D"));
    auto *results = child<QListWidget>("resultsList");
    QCOMPARE(results->count(), 2);
    QVERIFY(results->item(0)->text().contains(QStringLiteral("On this computer")));
    QVERIFY(nextButton()->isEnabled());
}

void tst_IntakeWizard::defaultPrinterFoundAfterThePageOpensIsPreselected()
{
    // CUPS answers only after the device page is open.
    HeldDeviceLoad held;
    const auto release = qScopeGuard([&held] { held.release(); });
    openDevicePageWhileHeld(held);
    auto *make = child<QComboBox>("makeCombo");
    QVERIFY(make->currentText().isEmpty());
    QVERIFY(!nextButton()->isEnabled());

    held.release();
    QTRY_COMPARE(make->currentText(), QStringLiteral("Brother"));
    QCOMPARE(child<QComboBox>("modelCombo")->currentText(), QStringLiteral("HL-L2340D"));
    QVERIFY(make->count() > 0);
    auto *results = child<QListWidget>("resultsList");
    QCOMPARE(results->count(), 2);
    QVERIFY(results->item(0)->text().contains(QStringLiteral("On this computer")));
    QTRY_VERIFY(nextButton()->isEnabled());
    QCOMPARE(m_wizard->report().device.model, QStringLiteral("HL-L2340D"));
}

void tst_IntakeWizard::deviceSearchTypedWhileTheCatalogueLoadsIsKept()
{
    HeldDeviceLoad held;
    const auto release = qScopeGuard([&held] { held.release(); });
    openDevicePageWhileHeld(held);

    // Typed before the catalogue is there: taken, kept, and not "nothing found".
    auto *find = child<QLineEdit>("findEdit");
    find->setFocus();
    type(find, QStringLiteral("hl l2340"));
    auto *results = child<QListWidget>("resultsList");
    QCOMPARE(results->count(), 0);
    auto *make = child<QComboBox>("makeCombo");
    make->setFocus();
    type(make, QStringLiteral("brot"));
    QCOMPARE(make->currentText(), QStringLiteral("brot"));
    press(make, Qt::Key_Left); // going back to fix a letter as the lists arrive
    press(make, Qt::Key_Left);
    QCOMPARE(make->lineEdit()->cursorPosition(), 2);
    QVERIFY(!nextButton()->isEnabled());

    held.release();
    // The search runs again with what was typed; the default printer does
    // not overwrite a make being typed.
    QTRY_VERIFY(results->count() > 0);
    QCOMPARE(find->text(), QStringLiteral("hl l2340"));
    QCOMPARE(make->currentText(), QStringLiteral("brot"));
    QCOMPARE(make->lineEdit()->cursorPosition(), 2);
    QVERIFY(make->count() > 0);
    QString all;
    for (int i = 0; i < results->count(); ++i)
        all += results->item(i)->text() + QLatin1Char('\n');
    QVERIFY2(all.contains(QStringLiteral("Brother HL-L2340D")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("Nothing found")), qPrintable(all));

    // Typing goes on where it was, now with the catalogue's spelling.
    press(make, Qt::Key_End);
    type(make, QStringLiteral("her"));
    QCOMPARE(make->currentText(), QStringLiteral("brother"));
    if (QWidget *suggestions = make->completer()->popup(); suggestions->isVisible()) {
        press(suggestions, Qt::Key_Escape);
        QTRY_VERIFY(!suggestions->isVisible());
    }
    auto *model = child<QComboBox>("modelCombo");
    model->setFocus();
    type(model, QStringLiteral("hl-l2340d"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QCOMPARE(m_wizard->report().device.make, QStringLiteral("Brother"));
    QCOMPARE(m_wizard->report().device.model, QStringLiteral("HL-L2340D"));
}

void tst_IntakeWizard::secretInDescriptionBlocksNextUntilRemoved()
{
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    QVERIFY(nextButton()->isEnabled());
    auto *description = child<QPlainTextEdit>("descriptionEdit");
    description->setFocus();
    type(description, QStringLiteral(" Мой пин-код 4821, если нужно."));
    QVERIFY(!nextButton()->isEnabled());
    auto *warning = child<QLabel>("secretsLabel");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("never needs your password or PIN")), qPrintable(warning->text()));
    auto *remove = child<QPushButton>("removeSecretsButton");
    QVERIFY(remove->isVisible());

    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!description->toPlainText().contains(QStringLiteral("4821")));
    QVERIFY(description->toPlainText().contains(QStringLiteral("[removed]")));
    QVERIFY(description->toPlainText().startsWith(QStringLiteral("Every page jams at the fuser.")));
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(!warning->isVisible());
    pressNext(IntakeWizard::AttachmentsPageId);
}

void tst_IntakeWizard::vagueReportNeedsExplicitConfirmation()
{
    fillProblemPage(QStringLiteral("Всё сломалось, ничего не работает!!!"));
    auto *description = child<QPlainTextEdit>("descriptionEdit");
    description->clear();
    QVERIFY(nextButton()->isEnabled()); // long enough; the question comes at Next

    press(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
    auto *question = child<QLabel>("vagueLabel");
    QTRY_VERIFY(question->isVisible());
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId));
    QVERIFY2(question->text().contains(QStringLiteral("what exactly")), qPrintable(question->text()));
    auto *confirm = child<QCheckBox>("vagueConfirmCheck");
    QVERIFY(confirm->isVisible());
    QCOMPARE(QApplication::focusWidget(), confirm);

    press(confirm, Qt::Key_Space);
    QVERIFY(m_wizard->report().vague);
    passAttachmentsPage();
    QVERIFY(m_wizard->report().vague); // the agents will see the flag
}

void tst_IntakeWizard::responseTimeFollowsImpactAndUrgency()
{
    auto *value = child<QLabel>("priorityValue");
    auto *impact = child<QComboBox>("impactCombo");
    auto *urgency = child<QComboBox>("urgencyCombo");
    urgency->setFocus();
    press(urgency, Qt::Key_End); // blocked
    // me × blocked: P3, answered within a day.
    QVERIFY2(value->text().contains(QStringLiteral("within 1 day")), qPrintable(value->text()));
    impact->setFocus();
    press(impact, Qt::Key_End); // office
    QVERIFY2(value->text().contains(QStringLiteral("within 1 hour")), qPrintable(value->text()));
    QVERIFY2(value->text().contains(QStringLiteral("P1")), qPrintable(value->text()));

    // The organisation's own matrix, once the database is open.
    const QString connection = QStringLiteral("matrix");
    QString error;
    QVERIFY2(Database::open(databaseUrl(), connection, &error), qPrintable(error));
    {
        auto matrix = PriorityMatrixStore::load(connection, &error);
        QVERIFY2(matrix, qPrintable(error));
        QVERIFY(matrix->setResponseMinutes(1, 30).isEmpty());
        QVERIFY2(PriorityMatrixStore::save(*matrix, connection, &error), qPrintable(error));
    }
    Database::close(connection);
    checkDatabase();
    QVERIFY2(value->text().contains(QStringLiteral("within 30 minutes")), qPrintable(value->text()));
}

void tst_IntakeWizard::knownIncidentIsJoinedInOneClick()
{
    QSettings().setValue(QStringLiteral("contact/location"), QStringLiteral("Main office, room 214"));
    QSettings().setValue(QStringLiteral("contact/name"), QStringLiteral("Ирина Петрова"));
    const QString connection = QStringLiteral("incidents");
    QString error;
    QVERIFY2(Database::open(databaseUrl(), connection, &error), qPrintable(error));
    const auto closeConnection = qScopeGuard([&] { Database::close(connection); });
    IncidentStore incidents(connection);
    Incident here;
    here.title = QStringLiteral("Printers in the main office do not print");
    here.location = QStringLiteral("Main office");
    here.message = QStringLiteral("The print server restarts; back by 11:00.");
    const qint64 hereId = incidents.add(here, &error);
    QVERIFY2(hereId > 0, qPrintable(error));
    Incident elsewhere;
    elsewhere.title = QStringLiteral("Warehouse scanners are offline");
    elsewhere.location = QStringLiteral("Warehouse");
    QVERIFY(incidents.add(elsewhere, &error) > 0);

    auto *box = child<QGroupBox>("incidentsBox");
    QVERIFY(!box->isVisible()); // nothing known before the database is read
    checkDatabase();
    QVERIFY(box->isVisible());
    auto *list = child<QListWidget>("incidentList");
    QCOMPARE(list->count(), 1); // the warehouse is not this person's concern
    QVERIFY2(list->item(0)->text().contains(here.title), qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("INC-")), qPrintable(list->item(0)->text()));

    list->setFocus();
    press(m_wizard.get(), Qt::Key_I, Qt::AltModifier); // "This is my problem too"
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    QCOMPARE(m_wizard->outcome(), IntakeWizard::Outcome::JoinedIncident);
    QCOMPARE(child<QLabel>("ticketLabel")->text(), Incident{hereId}.reference());
    QVERIFY(m_wizard->currentPage()->title().contains(QStringLiteral("known problem")));

    const QList<ContactInfo> people = incidents.affectedPeople(hereId, &error);
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.constFirst().name, QStringLiteral("Ирина Петрова"));
    QVERIFY(!people.constFirst().login.isEmpty());
    QCOMPARE(ReportStore(connection).count(), qint64(0)); // no report filed

    // Report another problem starts a fresh report.
    child<QPushButton>("anotherButton")->click();
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId));
    QVERIFY(!m_wizard->hasJoined());
}

void tst_IntakeWizard::openReportOnTheSameDeviceIsJoinedInsteadOfFiled()
{
    const QString connection = QStringLiteral("duplicates");
    QString error;
    QVERIFY2(Database::open(databaseUrl(), connection, &error), qPrintable(error));
    const auto closeConnection = qScopeGuard([&] { Database::close(connection); });
    ReportStore store(connection);
    Report earlier;
    earlier.category = QStringLiteral("printing");
    earlier.symptom = QStringLiteral("paper_jam");
    earlier.summary = QStringLiteral("Paper jam on every page in tray 2");
    earlier.startedAt = QDateTime::currentDateTime().addSecs(-3600);
    earlier.impact = QStringLiteral("team");
    earlier.urgency = QStringLiteral("slowed");
    earlier.device.kind = QStringLiteral("printer");
    earlier.device.make = QStringLiteral("Brother");
    earlier.device.model = QStringLiteral("HL-L2340D");
    earlier.device.assetTag = QStringLiteral("inv-00417"); // the same label, typed in lower case
    earlier.contact.name = QStringLiteral("Boris Someone");
    earlier.contact.login = QStringLiteral("boris_elsewhere");
    earlier.contact.email = QStringLiteral("boris@example.com");
    const auto filed = store.submit(earlier);
    QVERIFY2(filed.ok(), qPrintable(filed.error));

    walkToContactPage(QStringLiteral("irina@example.com"));
    auto *confirm = child<QCheckBox>("confirmCheck");
    confirm->setFocus();
    press(confirm, Qt::Key_Space);
    pressNext(IntakeWizard::DuplicatesPageId);
    auto *list = child<QListWidget>("candidateList");
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(filed.ticket), qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("Same device")), qPrintable(list->item(0)->text()));
    QVERIFY(!list->item(0)->text().contains(QStringLiteral("boris"))); // nobody else's contact details

    // Back and Next again: the page is still there and nothing was joined.
    press(m_wizard.get(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::ContactPageId));
    pressNext(IntakeWizard::DuplicatesPageId);

    QCOMPARE(child<QPushButton>("joinButton")->text(), QStringLiteral("&I'm affected too"));
    list->setFocus();
    press(m_wizard.get(), Qt::Key_I, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    QCOMPARE(m_wizard->outcome(), IntakeWizard::Outcome::JoinedReport);
    QCOMPARE(child<QLabel>("ticketLabel")->text(), filed.ticket);
    QCOMPARE(store.count(), qint64(1)); // no second report
    const auto people = store.affectedPeople(filed.id, &error);
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.constFirst().contact.name, QStringLiteral("Ирина Петрова"));
    QCOMPARE(people.constFirst().contact.email, QStringLiteral("irina@example.com"));
}

void tst_IntakeWizard::ownOpenReportIsOfferedBeforeFilingAgain()
{
    // File once through the wizard, then start again with the same problem.
    walkToContactPage(QStringLiteral("irina@example.com"));
    auto *confirm = child<QCheckBox>("confirmCheck");
    confirm->setFocus();
    press(confirm, Qt::Key_Space);
    pressNext(IntakeWizard::ReviewPageId);
    press(m_wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    const QString first = child<QLabel>("ticketLabel")->text();
    child<QPushButton>("anotherButton")->click();
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId));

    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    passAttachmentsPage();
    fillDevicePage();
    pressNext(IntakeWizard::ContactPageId);
    confirm->setFocus();
    if (!confirm->isChecked())
        press(confirm, Qt::Key_Space);
    pressNext(IntakeWizard::DuplicatesPageId);
    auto *list = child<QListWidget>("candidateList");
    QVERIFY(list->count() >= 1);
    QVERIFY2(list->item(0)->text().contains(first) && list->item(0)->text().contains(QStringLiteral("Your own report")),
             qPrintable(list->item(0)->text()));
    QCOMPARE(child<QPushButton>("joinButton")->text(), QStringLiteral("This is &my report"));

    // "No, mine is different": Next files a new one.
    pressNext(IntakeWizard::ReviewPageId);
    press(m_wizard.get(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DuplicatesPageId));
    list->setFocus();
    press(m_wizard.get(), Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    QCOMPARE(m_wizard->outcome(), IntakeWizard::Outcome::AlreadyReported);
    QCOMPARE(child<QLabel>("ticketLabel")->text(), first);
}

void tst_IntakeWizard::severalProblemsSuggestSplitting()
{
    auto *split = child<QLabel>("splitLabel");
    auto *summary = child<QLineEdit>("summaryEdit");
    summary->setFocus();
    type(summary, QStringLiteral("Принтер не печатает и ещё почта не открывается"));
    QVERIFY(split->isVisible());
    QVERIFY2(split->text().contains(QStringLiteral("Printing")) && split->text().contains(QStringLiteral("Email")),
             qPrintable(split->text()));
    // A hint, not a block: once the problem is one, the hint goes.
    summary->selectAll();
    type(summary, QStringLiteral("Принтер не печатает, на экране ошибка E-04"));
    QVERIFY(!split->isVisible());
}

void tst_IntakeWizard::screenshotIsTakenEditedAndStoredBlackedOut()
{
    // What is on the desk behind the wizard: a bright window over the whole
    // screen, so a real grab is told apart from an empty picture.
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    auto desk = std::make_unique<QWidget>(nullptr, Qt::FramelessWindowHint);
    QPalette palette = desk->palette();
    palette.setColor(QPalette::Window, QColor(220, 30, 40));
    desk->setPalette(palette);
    desk->setAutoFillBackground(true);
    desk->setGeometry(screen);
    desk->show();
    QVERIFY(QTest::qWaitForWindowExposed(desk.get()));
    m_wizard->raise();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));

    fillProblemPage(QStringLiteral("Outlook shows an error on every send"));
    pressNext(IntakeWizard::AttachmentsPageId);
    AttachmentsPage *page = attachmentsPage();
    QVERIFY(page);
    QSignalSpy taken(page, &AttachmentsPage::screenshotTaken);
    QTest::mouseClick(child<QPushButton>("screenshotButton"), Qt::LeftButton);
    QVERIFY(!m_wizard->isVisible()); // it steps aside for the picture
    QVERIFY(taken.wait(10000));
    QVERIFY(m_wizard->isVisible()); // and comes back

    ScreenshotEditor *editor = page->screenshotEditor();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    const QImage shot = editor->image();
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), screen.size() * QGuiApplication::primaryScreen()->devicePixelRatio());
    const QRgb red = qRgb(220, 30, 40);
    QCOMPARE(shot.pixel(shot.width() / 2, shot.height() / 2), red); // the desk, not the wizard
    desk.reset();

    // Black out a box by dragging over it.
    ScreenshotCanvas *canvas = editor->canvas();
    QVERIFY(canvas->imageRect().width() > 100);
    const QPoint from = canvas->imageRect().topLeft() + QPoint(30, 20);
    const QPoint to = from + QPoint(80, 40);
    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas, to);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
    const QRect hidden(canvas->mapToImage(from), canvas->mapToImage(to));
    QVERIFY(hidden.width() > 10 && hidden.height() > 10);
    QCOMPARE(editor->image().pixel(hidden.center()), qRgb(0, 0, 0));
    QVERIFY(child<QPushButton>("undoButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>("attachScreenshotButton"), Qt::LeftButton);
    QTRY_VERIFY(!page->screenshotEditor());
    m_wizard->activateWindow(); // a window manager hands the focus back; offscreen needs telling
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    auto *list = child<QListWidget>("attachmentsList");
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("screenshot-")), qPrintable(list->item(0)->text()));
    QVERIFY(!list->item(0)->icon().isNull()); // a thumbnail

    // Through the review page to the database.
    pressNext(IntakeWizard::DevicePageId);
    fillDevicePage();
    pressNext(IntakeWizard::ContactPageId);
    fillContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    const QString reviewed = child<QLabel>("attachmentsText")->text();
    QVERIFY2(reviewed.startsWith(QStringLiteral("screenshot-")) && reviewed.contains(QStringLiteral(".png (")),
             qPrintable(reviewed));
    press(m_wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    const qint64 id = parseTicket(child<QLabel>("ticketLabel")->text());
    QVERIFY(id > 0);

    const QString connection = QStringLiteral("readback-screenshot");
    QString error;
    QVERIFY2(Database::open(databaseUrl(), connection, &error), qPrintable(error));
    const auto closeConnection = qScopeGuard([&connection] { Database::close(connection); });
    ReportStore store(connection);
    const auto stored = store.attachment(id, 1, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->mimeType, QStringLiteral("image/png"));
    QVERIFY(stored->dataMatches());
    // Decode the stored PNG itself: the box is black in the pixels, the rest
    // is the desk as it was.
    QImage png;
    QVERIFY(png.loadFromData(stored->data, "PNG"));
    QCOMPARE(png.size(), shot.size());
    for (int y = hidden.top(); y < hidden.top() + hidden.height(); ++y) {
        for (int x = hidden.left(); x < hidden.left() + hidden.width(); ++x) {
            if (png.pixel(x, y) != qRgb(0, 0, 0))
                QFAIL(qPrintable(QStringLiteral("pixel %1,%2 of the hidden area is not black").arg(x).arg(y)));
        }
    }
    QCOMPARE(png.pixel(hidden.left() - 2, hidden.top() - 2), red);
    QCOMPARE(png.pixel(hidden.right() + 3, hidden.bottom() + 3), red);
    QCOMPARE(png.pixel(png.width() - 5, png.height() - 5), red);
}

void tst_IntakeWizard::tooBigFileIsRefusedWithTheReason()
{
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    pressNext(IntakeWizard::AttachmentsPageId);
    AttachmentsPage *page = attachmentsPage();

    QFile big(m_dir->filePath(QStringLiteral("meeting-recording.mp4")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(FieldRules::AttachmentSizeMax + 1));
    big.close();
    QFile small(m_dir->filePath(QStringLiteral("error-log.txt")));
    QVERIFY(small.open(QIODevice::WriteOnly));
    QVERIFY(small.write("0x800CCC0E: the server refused the message\n") > 0);
    small.close();

    // Dropped from a file manager, as a person does.
    auto drop = [page](const QString &path) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = page->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &dropped);
        return dropped.isAccepted();
    };
    QVERIFY(drop(big.fileName()));
    auto *list = child<QListWidget>("attachmentsList");
    QCOMPARE(list->count(), 0);
    auto *error = child<QLabel>("attachmentsError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("“meeting-recording.mp4” is too big")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("at most 10 MB")), qPrintable(error->text()));
    QCOMPARE(list->accessibleDescription(), error->text());
    QVERIFY(nextButton()->isEnabled()); // the page stays optional
    QVERIFY(m_wizard->report().attachments.isEmpty());

    QVERIFY(drop(small.fileName()));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("error-log.txt")));
    QVERIFY(!error->isVisible());
    QCOMPARE(m_wizard->report().attachments.size(), 1);
    QCOMPARE(m_wizard->report().attachments.constFirst().mimeType, QStringLiteral("text/plain"));

    // The same file twice is one attachment.
    QVERIFY(drop(small.fileName()));
    QCOMPARE(list->count(), 1);
    QVERIFY2(error->text().contains(QStringLiteral("attached already")), qPrintable(error->text()));
}

void tst_IntakeWizard::pastedImageIsAttachedAndCanBeRemoved()
{
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    pressNext(IntakeWizard::AttachmentsPageId);
    auto *list = child<QListWidget>("attachmentsList");

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>("pasteButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>("attachmentsError")->isVisible());
    QVERIFY(child<QLabel>("attachmentsError")->text().contains(QStringLiteral("no picture")));

    QImage picture(320, 200, QImage::Format_RGB32);
    picture.fill(QColor(10, 120, 200));
    QGuiApplication::clipboard()->setImage(picture);
    list->setFocus();
    press(list, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(!list->item(0)->icon().isNull());
    QVERIFY(!child<QLabel>("attachmentsError")->isVisible());
    const Attachment pasted = m_wizard->report().attachments.value(0);
    QCOMPARE(pasted.mimeType, QStringLiteral("image/png"));
    QImage decoded;
    QVERIFY(decoded.loadFromData(pasted.data, "PNG"));
    QCOMPARE(decoded.size(), picture.size());
    QCOMPARE(decoded.pixel(5, 5), picture.pixel(5, 5));

    // The review lists it; "Change files…" comes back here; Remove drops it.
    pressNext(IntakeWizard::DevicePageId);
    fillDevicePage();
    pressNext(IntakeWizard::ContactPageId);
    fillContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    QVERIFY(child<QLabel>("attachmentsText")->text().startsWith(QStringLiteral("pasted-image-")));
    QTest::mouseClick(child<QPushButton>("attachmentsChangeButton"), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::AttachmentsPageId));
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    auto *remove = child<QPushButton>("removeButton");
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    QVERIFY(m_wizard->report().attachments.isEmpty());
}

namespace {

// Stands in for the desktop's keyring: CI has none. Several stores may share
// one "keyring", as several runs of the wizard share the real one.
class FakeKeyring final : public Helpdesk::PasswordStore
{
public:
    FakeKeyring(std::shared_ptr<QHash<QString, QString>> entries, bool available, int *reads = nullptr)
        : m_entries(std::move(entries)), m_available(available), m_reads(reads)
    {
    }
    Result read(const QString &account, QString *password, QString *error) override
    {
        if (m_reads)
            ++*m_reads;
        if (!m_available) {
            *error = QStringLiteral("no Secret Service on D-Bus");
            return Result::Unavailable;
        }
        if (!m_entries->contains(account))
            return Result::NotFound;
        *password = m_entries->value(account);
        return Result::Found;
    }
    bool write(const QString &account, const QString &password, QString *) override
    {
        if (m_available)
            m_entries->insert(account, password);
        return m_available;
    }
    void remove(const QString &account) override { m_entries->remove(account); }

private:
    std::shared_ptr<QHash<QString, QString>> m_entries;
    bool m_available;
    int *m_reads;
};

// True when any file under `folder` contains `text`.
bool anyFileContains(const QString &folder, const QByteArray &text)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
    }
    return false;
}

} // namespace

QString tst_IntakeWizard::reporterUrlWithoutPassword(const QString &suffix, const QString &password)
{
    const QString login = m_database->name() + suffix;
    // The schema (and its roles) first, as IT's `helpdesk-admin init` makes them.
    {
        QString error;
        if (!Database::open(databaseUrl(), QStringLiteral("password-setup"), &error))
            qWarning() << error;
        Database::close(QStringLiteral("password-setup"));
    }
    const QString error = m_database->execAsSuperuser(
        {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password),
         QStringLiteral("GRANT helpdesk_reporter TO %1").arg(login)});
    if (!error.isEmpty())
        qWarning() << error;
    return TestDatabase::serverUrlFor(login, QString(), m_database->name());
}

void tst_IntakeWizard::asksForThePasswordOnceAndKeepsItInTheKeyring()
{
    auto keyring = std::make_shared<QHash<QString, QString>>();
    int asked = 0;
    QList<IntakeWizard::PasswordRequest> requests;
    const QString password = QStringLiteral("Corr3ct-h0rse");
    auto prompt = [&](const IntakeWizard::PasswordRequest &request) -> std::optional<QString> {
        ++asked;
        requests.append(request);
        return asked == 1 ? QStringLiteral("typo") : password; // the first one mistyped
    };
    {
        // A URL that signs in by itself (SQLite has no login; the test's
        // PostgreSQL URL carries its password, as Kerberos needs none):
        // nothing is asked, and the keyring is not even opened.
        int reads = 0;
        IntakeWizard wizard(databaseUrl());
        wizard.setPasswordStore(std::make_unique<FakeKeyring>(keyring, true, &reads));
        wizard.setPasswordPrompt(prompt);
        QString error;
        QVERIFY2(wizard.ensureDatabase(&error), qPrintable(error));
        QCOMPARE(asked, 0);
        QCOMPARE(reads, 0);
    }
    if (!TestDatabase::isPostgres())
        return;
    const QString url = reporterUrlWithoutPassword(QStringLiteral("_pw"), password);
    const auto dropRole = qScopeGuard([&] {
        m_database->execAsSuperuser({QStringLiteral("DROP ROLE IF EXISTS %1_pw").arg(m_database->name())});
    });
    QVERIFY2(!url.contains(password), qPrintable(url));
    {
        IntakeWizard wizard(url);
        wizard.setPasswordStore(std::make_unique<FakeKeyring>(keyring, true));
        wizard.setPasswordPrompt(prompt);
        QString error;
        QVERIFY2(wizard.ensureDatabase(&error), qPrintable(error));
        QCOMPARE(asked, 2);
        QCOMPARE(requests.at(0).refused, false); // the server asked for one
        QCOMPARE(requests.at(1).refused, true);  // "typo" was turned away
        QCOMPARE(requests.at(0).login, m_database->name() + QStringLiteral("_pw"));
        QVERIFY(requests.at(0).keyringAvailable);
        // Filing works under that login.
        QVERIFY(wizard.ensureDatabase(&error));
        QCOMPARE(asked, 2);
    }
    QCOMPARE(keyring->size(), 1);
    QCOMPARE(keyring->constBegin().value(), password);

    // The next start finds it in the keyring and asks nothing.
    {
        IntakeWizard wizard(url);
        wizard.setPasswordStore(std::make_unique<FakeKeyring>(keyring, true));
        wizard.setPasswordPrompt(prompt);
        QString error;
        QVERIFY2(wizard.ensureDatabase(&error), qPrintable(error));
        QCOMPARE(asked, 2);
    }
    // Never in a settings file.
    QVERIFY(!anyFileContains(m_dir->path(), password.toUtf8()));

    // IT changed the password: the kept one is dropped and the person asked again.
    QVERIFY(m_database->execAsSuperuser({QStringLiteral("ALTER ROLE %1_pw PASSWORD 'N3w-one'").arg(m_database->name())})
                .isEmpty());
    {
        IntakeWizard wizard(url);
        wizard.setPasswordStore(std::make_unique<FakeKeyring>(keyring, true));
        int askedNow = 0;
        wizard.setPasswordPrompt([&](const IntakeWizard::PasswordRequest &request) -> std::optional<QString> {
            ++askedNow;
            if (!request.refused)
                return std::nullopt;
            return QStringLiteral("N3w-one");
        });
        QString error;
        QVERIFY2(wizard.ensureDatabase(&error), qPrintable(error));
        QCOMPARE(askedNow, 1);
    }
    QCOMPARE(keyring->constBegin().value(), QStringLiteral("N3w-one"));

    // Cancel: no connection, and the message says what the server wanted.
    keyring->clear();
    IntakeWizard cancelled(url);
    cancelled.setPasswordStore(std::make_unique<FakeKeyring>(keyring, true));
    cancelled.setPasswordPrompt([](const IntakeWizard::PasswordRequest &) { return std::optional<QString>(); });
    QString error;
    QVERIFY(!cancelled.ensureDatabase(&error));
    QVERIFY2(error.contains(QStringLiteral("asks for a password")), qPrintable(error));
    QVERIFY(keyring->isEmpty());
}

void tst_IntakeWizard::withoutKeyringAsksEachTimeAndSaysSo()
{
    if (!TestDatabase::isPostgres()) {
        IntakeWizard wizard(databaseUrl());
        wizard.setPasswordStore(std::make_unique<FakeKeyring>(std::make_shared<QHash<QString, QString>>(), false));
        wizard.setPasswordPrompt([](const IntakeWizard::PasswordRequest &) -> std::optional<QString> {
            qFatal("asked for a password on SQLite");
            return std::nullopt;
        });
        QString error;
        QVERIFY2(wizard.ensureDatabase(&error), qPrintable(error));
        return;
    }
    const QString password = QStringLiteral("n0-keyring-here");
    const QString url = reporterUrlWithoutPassword(QStringLiteral("_nokr"), password);
    const auto dropRole = qScopeGuard([&] {
        m_database->execAsSuperuser({QStringLiteral("DROP ROLE IF EXISTS %1_nokr").arg(m_database->name())});
    });
    int asked = 0;
    for (int run = 0; run < 2; ++run) {
        IntakeWizard wizard(url);
        wizard.setPasswordStore(std::make_unique<FakeKeyring>(std::make_shared<QHash<QString, QString>>(), false));
        wizard.setPasswordPrompt([&](const IntakeWizard::PasswordRequest &request) -> std::optional<QString> {
            ++asked;
            if (request.keyringAvailable || !request.keyringProblem.contains(QStringLiteral("Secret Service")))
                return std::nullopt;
            return password;
        });
        QString error;
        QVERIFY2(wizard.ensureDatabase(&error), qPrintable(error));
    }
    QCOMPARE(asked, 2); // once per start
    QVERIFY(!anyFileContains(m_dir->path(), password.toUtf8()));
}

void tst_IntakeWizard::passwordDialogSignsIn()
{
    // The real dialog, typed into as a person would.
    const QString password = QStringLiteral("typed-1n-dialog");
    QString url = databaseUrl();
    if (TestDatabase::isPostgres())
        url = reporterUrlWithoutPassword(QStringLiteral("_dlg"), password);
    const auto dropRole = qScopeGuard([&] {
        if (TestDatabase::isPostgres())
            m_database->execAsSuperuser({QStringLiteral("DROP ROLE IF EXISTS %1_dlg").arg(m_database->name())});
    });
    m_wizard = std::make_unique<IntakeWizard>(url);
    m_wizard->setPasswordStore(std::make_unique<FakeKeyring>(std::make_shared<QHash<QString, QString>>(), false));
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));

    bool sawDialog = false;
    QString keyringText;
    QTimer typist;
    typist.setInterval(20);
    connect(&typist, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<Helpdesk::PasswordDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        typist.stop();
        sawDialog = true;
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("passwordLabel"));
        keyringText = dialog->findChild<QLabel *>(QStringLiteral("keyringLabel"))->text();
        QCOMPARE(label->buddy(), field);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled()); // nothing typed yet
        QTest::keyClicks(field, password);
        QVERIFY(box->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClick(field, Qt::Key_Return);
    });
    typist.start();
    QString error;
    QVERIFY2(m_wizard->ensureDatabase(&error), qPrintable(error));
    typist.stop();
    QCOMPARE(sawDialog, TestDatabase::isPostgres());
    if (TestDatabase::isPostgres())
        QVERIFY2(keyringText.contains(QStringLiteral("asked again next time")), qPrintable(keyringText));
}

void tst_IntakeWizard::draftIsSavedWhenTypingStopsAndOnEveryPage()
{
    QVERIFY(draftFiles().isEmpty()); // nothing typed, nothing saved
    auto *summary = child<QLineEdit>("summaryEdit");
    summary->setFocus();
    type(summary, QStringLiteral("Принтер"));
    // Not at every keystroke: a moment after typing stops.
    QVERIFY(draftFiles().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(draftFiles().size(), 1, IntakeWizard::DraftDelayMs + 3000);
    DraftStore drafts(draftDirectory());
    QCOMPARE(drafts.latest()->report.summary, QStringLiteral("Принтер"));
    QCOMPARE(drafts.latest()->report.clientId, m_wizard->report().clientId);

    summary->clear();
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    // A page change saves at once.
    pressNext(IntakeWizard::AttachmentsPageId);
    auto draft = drafts.latest();
    QVERIFY(draft);
    QCOMPARE(draft->page, int(IntakeWizard::AttachmentsPageId));
    QCOMPARE(draft->report.summary, QStringLiteral("Printer on floor 2 jams on every page"));
    QCOMPARE(draft->report.urgency, QStringLiteral("blocked"));
    QCOMPARE(draftFiles().size(), 1); // one report, one draft
}

void tst_IntakeWizard::restoredDraftFillsEveryPageAndFilesOnce()
{
    walkToContactPage(QStringLiteral("irina@example.com"));
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'p');
    QVERIFY(attachmentsPage()->addAttachment(Attachment::fromData(QStringLiteral("экран.png"), png)));
    m_wizard->saveDraft();
    const QString clientId = m_wizard->report().clientId;

    // "Crash": the wizard is gone without Cancel or Submit; a new one starts.
    restartWizard();
    QVERIFY(m_wizard->report().clientId != clientId);
    QVERIFY(child<QLineEdit>("summaryEdit")->text().isEmpty());
    QVERIFY(m_wizard->offerDraft());
    auto *box = m_wizard->findChild<QMessageBox *>(QStringLiteral("draftQuestion"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Printer on floor 2 jams on every page")));
    auto *restore = box->findChild<QPushButton *>(QStringLiteral("restoreDraftButton"));
    QCOMPARE(restore->text(), QStringLiteral("&Restore"));
    QCOMPARE(box->findChild<QPushButton *>(QStringLiteral("discardDraftButton"))->text(), QStringLiteral("&Discard"));
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_VERIFY(!box->isVisible());
    // The offscreen platform gives the focus back to no window by itself.
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));

    // Every page as it was.
    QCOMPARE(m_wizard->report().clientId, clientId);
    QCOMPARE(child<QLineEdit>("summaryEdit")->text(), QStringLiteral("Printer on floor 2 jams on every page"));
    QCOMPARE(child<QPlainTextEdit>("descriptionEdit")->toPlainText(), QStringLiteral("Every page jams at the fuser. Лоток 2."));
    QCOMPARE(child<QComboBox>("symptomCombo")->currentData().toString(), QStringLiteral("paper_jam"));
    QCOMPARE(child<QComboBox>("impactCombo")->currentData().toString(), QStringLiteral("team"));
    QCOMPARE(child<QComboBox>("urgencyCombo")->currentData().toString(), QStringLiteral("blocked"));
    pressNext(IntakeWizard::AttachmentsPageId);
    QCOMPARE(child<QListWidget>("attachmentsList")->count(), 1);
    QVERIFY(child<QListWidget>("attachmentsList")->item(0)->text().contains(QStringLiteral("экран.png")));
    pressNext(IntakeWizard::DevicePageId);
    QCOMPARE(child<QComboBox>("makeCombo")->currentText(), QStringLiteral("Brother"));
    QCOMPARE(child<QComboBox>("modelCombo")->currentText(), QStringLiteral("HL-L2340D"));
    QCOMPARE(child<QLineEdit>("assetTagEdit")->text(), QStringLiteral("INV-00417"));
    QCOMPARE(child<QLineEdit>("roomEdit")->text(), QStringLiteral("214"));
    pressNext(IntakeWizard::ContactPageId);
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Ирина Петрова"));
    QCOMPARE(child<QLineEdit>("emailEdit")->text(), QStringLiteral("irina@example.com"));
    QCOMPARE(child<QLineEdit>("departmentEdit")->text(), QStringLiteral("Accounting"));
    QVERIFY(!child<QCheckBox>("confirmCheck")->isChecked()); // confirmed again by the person
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    m_wizard->next();
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    QVERIFY(draftFiles().isEmpty()); // filed: nothing left to restore

    // Filed under the draft's client id, once.
    const QString connection = QStringLiteral("readback-draft");
    QString error;
    QVERIFY2(Database::open(databaseUrl(), connection, &error), qPrintable(error));
    {
        ReportStore store(connection);
        const auto report = store.find(parseTicket(m_wizard->lastTicket()), &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->clientId, clientId);
        QCOMPARE(store.count(), qint64(1));
        QCOMPARE(store.attachments(report->id).size(), 1);
    }
    Database::close(connection);
}

void tst_IntakeWizard::discardedReportLeavesNoDraft()
{
    auto *summary = child<QLineEdit>("summaryEdit");
    summary->setFocus();
    type(summary, QStringLiteral("Printer jams"));
    m_wizard->saveDraft();
    QCOMPARE(draftFiles().size(), 1);
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
    });
    press(summary, Qt::Key_Escape);
    QTRY_VERIFY(!m_wizard->isVisible());
    QVERIFY(draftFiles().isEmpty());

    // Discarded from the question at the next start: gone too, and the
    // page stays empty.
    restartWizard();
    type(child<QLineEdit>("summaryEdit"), QStringLiteral("Monitor flickers"));
    m_wizard->saveDraft();
    restartWizard();
    QVERIFY(m_wizard->offerDraft());
    auto *box = m_wizard->findChild<QMessageBox *>(QStringLiteral("draftQuestion"));
    QTRY_VERIFY(box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("discardDraftButton")), Qt::LeftButton);
    QVERIFY(draftFiles().isEmpty());
    QVERIFY(child<QLineEdit>("summaryEdit")->text().isEmpty());
    QVERIFY(!m_wizard->offerDraft());
}

qint64 tst_IntakeWizard::reportsWithClientId(const QString &clientId)
{
    const QString connection = QStringLiteral("count-client-id");
    QString error;
    if (!Database::open(databaseUrl(), connection, &error)) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    qint64 count = -1;
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM reports WHERE client_id = ?"));
        query.addBindValue(clientId);
        if (query.exec() && query.next())
            count = query.value(0).toLongLong();
    }
    Database::close(connection);
    return count;
}

void tst_IntakeWizard::unreachableServerKeepsReportWithReceiptAndNextStartSendsIt()
{
    // Nothing listens on port 1: the server is down.
    restartWizard(QStringLiteral("postgresql://x@127.0.0.1:1/db"));
    walkToContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    const QString clientId = m_wizard->report().clientId;
    press(m_wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));

    // A receipt, not an error: saved here, with a reference to quote.
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Saved on this computer — it will be sent automatically"));
    const QString reference = child<QLabel>("ticketLabel")->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^LOCAL-[0-9A-F]{8}$")).match(reference).hasMatch(), qPrintable(reference));
    QCOMPARE(reference, Outbox::localReference(clientId));
    QCOMPARE(child<QLabel>("ticketCaption")->text(), QStringLiteral("Your &local reference:"));
    QCOMPARE(m_wizard->outbox().count(), 1);
    QVERIFY(draftFiles().isEmpty()); // the outbox has it now
    QVERIFY(m_wizard->isRetryScheduled());
    QCOMPARE(m_wizard->retryDelayMs(), int(IntakeWizard::RetryFirstMs));
    // A retry while the server is still down waits twice as long next time.
    QSignalSpy checked(m_wizard.get(), &IntakeWizard::outboxChecked);
    m_wizard->deliverOutbox();
    QVERIFY(checked.wait());
    QCOMPARE(checked.at(0).at(0).toInt(), 1);
    QCOMPARE(m_wizard->outbox().count(), 1);
    QVERIFY(m_wizard->isRetryScheduled());
    QCOMPARE(m_wizard->retryDelayMs(), 2 * IntakeWizard::RetryFirstMs);

    // The program is closed; the next start, with the database back, sends it.
    restartWizard();
    QSignalSpy delivered(m_wizard.get(), &IntakeWizard::reportDelivered);
    m_wizard->checkDatabase();
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.at(0).at(0).toString(), clientId);
    QCOMPARE(m_wizard->outbox().count(), 0);
    QCOMPARE(reportsWithClientId(clientId), qint64(1));
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId)); // the first page was never blocked
}

void tst_IntakeWizard::brokenPasteIsCleanedAndFiledAsShown()
{
    // Text copied out of a terminal and a mail in another encoding: colour
    // codes, a NUL, bytes that are not UTF-8, next to Hebrew and an emoji.
    QByteArray pasted = "Ошибка \x1b[31mE-27\x1b[0m при печати";
    pasted += QByteArray("\0", 1);
    pasted += " \xff\xfe\xc3 שלום 😀\r\nВторая строка\tс табуляцией";
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("text/plain;charset=utf-8"), pasted);
    QGuiApplication::clipboard()->setMimeData(mime);

    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    auto *description = child<QPlainTextEdit>("descriptionEdit");
    description->setFocus();
    description->selectAll();
    press(description, Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(description->toPlainText().contains(QStringLiteral("שלום 😀")), qPrintable(description->toPlainText()));
    passAttachmentsPage();
    fillDevicePage();
    pressNext(IntakeWizard::ContactPageId);
    fillContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    press(m_wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));

    const QString connection = QStringLiteral("readback");
    QString error;
    QVERIFY2(Database::open(databaseUrl(), connection, &error), qPrintable(error));
    {
        ReportStore store(connection);
        const auto report = store.find(parseTicket(child<QLabel>("ticketLabel")->text()), &error);
        QVERIFY2(report, qPrintable(error));
        const QString filed = report->description;
        // What a person wrote is all there, in order; what no person wrote is not.
        QVERIFY2(filed.startsWith(QStringLiteral("Ошибка ")), qPrintable(filed));
        QVERIFY2(filed.contains(QStringLiteral("E-27")), qPrintable(filed));
        QVERIFY2(filed.contains(QStringLiteral("при печати")), qPrintable(filed));
        QVERIFY2(filed.contains(QStringLiteral("שלום 😀")), qPrintable(filed));
        QVERIFY2(filed.contains(QStringLiteral("Вторая строка\tс табуляцией")), qPrintable(filed));
        for (const QChar c : filed) {
            QVERIFY2(c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t'),
                     qPrintable(QStringLiteral("control character U+%1 filed").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
        }
        QVERIFY2(filed.isValidUtf16(), "a lone surrogate was filed");
    }
    Database::close(connection);
}

QString tst_IntakeWizard::databaseToFix(QString *expected)
{
    QString url;
    if (TestDatabase::isPostgres()) {
        url = TestDatabase::serverUrlFor(QStringLiteral("postgres"), QStringLiteral("not-the-password"),
                                         m_database->name());
        *expected = QStringLiteral("refused the password");
    } else {
        const QString path = m_dir->filePath(QStringLiteral("damaged.sqlite"));
        QString error;
        if (!Database::open(QStringLiteral("sqlite:") + path, QStringLiteral("setup"), &error))
            return QString();
        Database::close(QStringLiteral("setup"));
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || file.write(QByteArray(100, 'x')) != 100) // the header is gone
            return QString();
        file.close();
        url = QStringLiteral("sqlite:") + path;
        *expected = QStringLiteral("is damaged or is not a helpdesk database");
    }
    return url;
}

void tst_IntakeWizard::databaseToFixIsNotQueued()
{
    // Waiting does not cure a refused password or a damaged file: the person
    // is told what is wrong and keeps the form, instead of a receipt for a
    // report that would wait on this computer for ever.
    QString expected;
    const QString url = databaseToFix(&expected);
    QVERIFY(!url.isEmpty());
    restartWizard(url);
    walkToContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);

    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::ReviewPageId));
    auto *error = child<QLabel>("submitError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QCOMPARE(m_wizard->outbox().count(), 0);
    QVERIFY(!m_wizard->isRetryScheduled());
    QCOMPARE(m_wizard->report().summary, QStringLiteral("Printer on floor 2 jams on every page"));
}

void tst_IntakeWizard::outboxThatCannotBeSentIsSaidOnce()
{
    // Reports already waiting (the server was down) meet a database that
    // waiting will not cure: the person is told once, the reports stay.
    QString expected;
    const QString url = databaseToFix(&expected);
    QVERIFY(!url.isEmpty());
    restartWizard(url);
    QString error;
    QVERIFY2(m_wizard->outbox().add(validTestReport(), &error), qPrintable(error));
    QSignalSpy checked(m_wizard.get(), &IntakeWizard::outboxChecked);
    m_wizard->deliverOutbox();
    QVERIFY(checked.wait(30000));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_wizard->findChild<QMessageBox *>(QStringLiteral("deliveryProblem"))) && box->isVisible());
    QVERIFY2(box->text().startsWith(QStringLiteral("1 report waiting on this computer cannot be sent")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(expected), qPrintable(box->text()));
    box->accept();
    QTRY_VERIFY(!m_wizard->findChild<QMessageBox *>(QStringLiteral("deliveryProblem")));
    QCOMPARE(m_wizard->outbox().count(), 1);
    QVERIFY(m_wizard->isRetryScheduled());

    // The next try meets the same cause: not said again.
    m_wizard->deliverOutbox();
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.size(), 2);
    QVERIFY(!m_wizard->findChild<QMessageBox *>(QStringLiteral("deliveryProblem")));
    QCOMPARE(m_wizard->outbox().count(), 1);
}

void tst_IntakeWizard::damagedOutboxEntryIsShownNotDropped()
{
    // A report kept on this computer whose file was cut short (a full disk,
    // a crash of the machine): set aside where the helpdesk can find it, and
    // the person is told, not only a log.
    QVERIFY(QDir().mkpath(outboxDirectory()));
    const QString name = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.json");
    {
        QFile file(outboxDirectory() + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 1, \"queued_at\": \"2026-11-25T08:00:00.000Z\", \"report\": {\"summary\": \"Printer");
    }
    QSignalSpy checked(m_wizard.get(), &IntakeWizard::outboxChecked);
    m_wizard->deliverOutbox();
    QVERIFY(checked.wait());
    auto *box = m_wizard->findChild<QMessageBox *>(QStringLiteral("storedProblems"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("damaged")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("damaged/") + name), qPrintable(box->text()));
    QVERIFY(QFile::exists(outboxDirectory() + QStringLiteral("/damaged/") + name));
    QCOMPARE(m_wizard->outbox().count(), 0);
    box->accept();
}

void tst_IntakeWizard::deliveryToSilentServerLeavesWindowResponsive()
{
    // Retrying the outbox waits out the connect timeout in the background;
    // the person can go on typing meanwhile.
    SilentServer server;
    QVERIFY(server.isValid());
    restartWizard(server.url() + QStringLiteral("?connect_timeout=3"));
    QString error;
    QVERIFY2(m_wizard->outbox().add(validTestReport(), &error), qPrintable(error));

    QSignalSpy checked(m_wizard.get(), &IntakeWizard::outboxChecked);
    bool timerRan = false;
    QTimer::singleShot(50, m_wizard.get(), [&] { timerRan = true; });
    m_wizard->deliverOutbox();
    QCOMPARE(checked.size(), 0); // not waited for here
    auto *summary = child<QLineEdit>("summaryEdit");
    summary->setFocus();
    type(summary, QStringLiteral("Scanner"));
    QCOMPARE(summary->text(), QStringLiteral("Scanner"));
    QTRY_VERIFY(timerRan);
    QCOMPARE(checked.size(), 0); // the event loop ran while the server stayed silent

    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.at(0).at(0).toInt(), 1);
    QCOMPARE(m_wizard->outbox().count(), 1); // kept for the next try
    QVERIFY(m_wizard->isRetryScheduled());
}

void tst_IntakeWizard::silentServerAtStartIsTriedOnceInTheBackground()
{
    // The start-up check does not hold the first page up for the connect
    // timeout, and once the server is known not to answer, Submit keeps the
    // report here at once instead of trying (and freezing) again.
    SilentServer server;
    QVERIFY(server.isValid());
    restartWizard(server.url() + QStringLiteral("?connect_timeout=3"));

    QSignalSpy checked(m_wizard.get(), &IntakeWizard::databaseChecked);
    QSignalSpy unavailable(m_wizard.get(), &IntakeWizard::databaseUnavailable);
    m_wizard->checkDatabase();
    QCOMPARE(checked.size(), 0); // not waited for here
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    QCOMPARE(unavailable.size(), 1);
    QVERIFY2(unavailable.at(0).at(0).toString().contains(QStringLiteral("Cannot reach the database server")),
             qPrintable(unavailable.at(0).at(0).toString()));
    QVERIFY(server.takeConnections() >= 1); // the background try reached the port
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_wizard->findChild<QMessageBox *>()) && box->isVisible());
    box->accept();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));

    walkToContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    const QString clientId = m_wizard->report().clientId;
    press(m_wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    QCOMPARE(child<QLabel>("ticketLabel")->text(), Outbox::localReference(clientId));
    QCOMPARE(server.takeConnections(), 0); // Submit did not knock again
}

void tst_IntakeWizard::unreachableDatabaseIsLookedForAgainInTheBackground()
{
    // A database file another program keeps locked while the wizard starts:
    // remembered as unreachable, so the pages and Submit do not wait on it
    // again; once it is free, a look in the background finds it back and the
    // wizard opens it.
    // A file the other program made (not yet in WAL mode, which would let a
    // reader in): the wizard must write to it to start using it.
    const QString path = m_dir->filePath(QStringLiteral("busy.sqlite"));
    const QString url = QStringLiteral("sqlite:") + path;
    QString error;
    restartWizard(url);
    m_wizard->setUnreachableRecheckMs(300);
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY2(lock.exec(QStringLiteral("CREATE TABLE other_program (x INTEGER)")), qPrintable(lock.lastError().text()));
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));
        QSignalSpy checked(m_wizard.get(), &IntakeWizard::databaseChecked);
        m_wizard->checkDatabase(); // waits out the busy timeout once
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.at(0).at(0).toBool(), false);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_wizard->findChild<QMessageBox *>()) && box->isVisible());
        box->accept();

        bool unreachable = false;
        QVERIFY(!m_wizard->ensureDatabase(&error, &unreachable)); // from memory, no second wait
        QVERIFY(unreachable);
        QVERIFY2(error.contains(QStringLiteral("is busy")), qPrintable(error));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    // Past the recheck time the wizard still answers at once (it cannot
    // know the file is free without trying, and trying may take the whole
    // timeout): a probe looks in the background, and then it opens.
    QElapsedTimer sinceRelease;
    sinceRelease.start();
    QVERIFY(QTest::qWaitFor([&] { return sinceRelease.hasExpired(400); }));
    bool unreachable = false;
    QVERIFY(!m_wizard->ensureDatabase(&error, &unreachable));
    QVERIFY(unreachable);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->ensureDatabase(&error), 20000);
}

void tst_IntakeWizard::lockedDatabaseIsRetriedAndReceiptBecomesTicket()
{
    // A SQLite file another program holds locked past the busy timeout.
    const QString path = m_dir->filePath(QStringLiteral("locked.sqlite"));
    const QString url = QStringLiteral("sqlite:") + path;
    QString error;
    QVERIFY2(Database::open(url, QStringLiteral("setup"), &error), qPrintable(error));
    Database::close(QStringLiteral("setup"));
    restartWizard(url);
    walkToContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    const QString clientId = m_wizard->report().clientId;
    QString secondClientId;

    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));

        m_wizard->next(); // Submit: waits out the busy timeout, then keeps the report here
        QCOMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
        QCOMPARE(child<QLabel>("ticketLabel")->text(), Outbox::localReference(clientId));
        QVERIFY(m_wizard->isRetryScheduled());

        // A second report meanwhile: kept here too (without waiting on the
        // lock again), under a reference of its own.
        QTest::mouseClick(child<QPushButton>("anotherButton"), Qt::LeftButton);
        QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId));
        fillProblemPage(QStringLiteral("Scanner on floor 2 leaves a black stripe"));
        passAttachmentsPage();
        fillDevicePage();
        pressNext(IntakeWizard::ContactPageId);
        child<QCheckBox>("confirmCheck")->setChecked(true);
        pressNext(IntakeWizard::ReviewPageId);
        secondClientId = m_wizard->report().clientId;
        QVERIFY(secondClientId != clientId);
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
        QCOMPARE(child<QLabel>("ticketLabel")->text(), Outbox::localReference(secondClientId));
        QCOMPARE(m_wizard->outbox().count(), 2);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));

    // The running program retries by itself and the receipt becomes the ticket.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("ticketLabel")->text().startsWith(QStringLiteral("HD-")),
                             IntakeWizard::RetryFirstMs + 10000);
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Your report has been filed"));
    QCOMPARE(m_wizard->outbox().count(), 0);
    QVERIFY(!m_wizard->isRetryScheduled());
    const QString connection = QStringLiteral("locked-readback");
    QVERIFY2(Database::open(url, connection, &error), qPrintable(error));
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        query.prepare(QStringLiteral("SELECT id FROM reports WHERE client_id = ?"));
        query.addBindValue(secondClientId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(formatTicket(query.value(0).toLongLong()), child<QLabel>("ticketLabel")->text());
        QVERIFY(!query.next()); // once
        query.addBindValue(clientId);
        QVERIFY(query.exec() && query.next()); // the first one too
        QVERIFY(!query.next());
    }
    Database::close(connection);
}

QTEST_MAIN(tst_IntakeWizard)
#include "tst_intakewizard.moc"
