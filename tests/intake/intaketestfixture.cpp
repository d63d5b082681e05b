#include "intaketestfixture.h"

using namespace Helpdesk;

void IntakeTestFixture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Plural forms ("within 4 hours") come from the English translation.
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void IntakeTestFixture::init()
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

void IntakeTestFixture::cleanup()
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

void IntakeTestFixture::fillProblemPage(const QString &summary)
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

void IntakeTestFixture::restartWizard(const QString &url)
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

void IntakeTestFixture::checkDatabase()
{
    QSignalSpy checked(m_wizard.get(), &IntakeWizard::databaseChecked);
    m_wizard->checkDatabase();
    if (checked.isEmpty())
        QVERIFY(checked.wait(30000));
}

void IntakeTestFixture::passAttachmentsPage()
{
    pressNext(IntakeWizard::AttachmentsPageId);
    QCOMPARE(child<QListWidget>("attachmentsList")->count(), 0);
    pressNext(IntakeWizard::DevicePageId);
}

void IntakeTestFixture::fillDevicePage()
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

void IntakeTestFixture::fillContactPage(const QString &email)
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

void IntakeTestFixture::walkToContactPage(const QString &email)
{
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    passAttachmentsPage();
    fillDevicePage();
    pressNext(IntakeWizard::ContactPageId);
    fillContactPage(email);
}
