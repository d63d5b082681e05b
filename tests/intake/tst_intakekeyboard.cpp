// tst_intakekeyboard: the real intake wizard driven as an employee does, with keys and clicks on the real widgets — the
// whole walk with the keyboard to the ticket number, tab order, label buddies, unique mnemonics and Escape.
// The wizard, its database and folders are the fixture's (intaketestfixture.h).

#include "intaketestfixture.h"

using namespace Helpdesk;

class tst_IntakeKeyboard final : public IntakeTestFixture
{
    Q_OBJECT

private slots:
    void keyboardWalkFilesReportWithTicket();
    void tabOrderFollowsTheForm();
    void everyFieldHasALabelBuddy();
    void escapeAsksBeforeDiscardingAStartedReport();
    void mnemonicsAreUniqueOnEveryPage();
};

void tst_IntakeKeyboard::keyboardWalkFilesReportWithTicket()
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

void tst_IntakeKeyboard::tabOrderFollowsTheForm()
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

void tst_IntakeKeyboard::everyFieldHasALabelBuddy()
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

void tst_IntakeKeyboard::escapeAsksBeforeDiscardingAStartedReport()
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

void tst_IntakeKeyboard::mnemonicsAreUniqueOnEveryPage()
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

QTEST_MAIN(tst_IntakeKeyboard)
#include "tst_intakekeyboard.moc"
