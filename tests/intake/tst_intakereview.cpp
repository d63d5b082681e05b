// tst_intakereview: the real intake wizard driven as an employee does, with keys and clicks on the real widgets — the
// review and done pages: changing from review, a failed submit, copying and reporting another, a broken paste filed as
// shown.
// The wizard, its database and folders are the fixture's (intaketestfixture.h).

#include "intaketestfixture.h"

using namespace Helpdesk;

class tst_IntakeReview final : public IntakeTestFixture
{
    Q_OBJECT

private slots:
    void changeFromReviewKeepsWhatWasTyped();
    void failedSubmitKeepsReportAndSaysWhy();
    void copyAndReportAnother();
    void brokenPasteIsCleanedAndFiledAsShown();
};

void tst_IntakeReview::changeFromReviewKeepsWhatWasTyped()
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

void tst_IntakeReview::failedSubmitKeepsReportAndSaysWhy()
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

void tst_IntakeReview::copyAndReportAnother()
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

void tst_IntakeReview::brokenPasteIsCleanedAndFiledAsShown()
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

QTEST_MAIN(tst_IntakeReview)
#include "tst_intakereview.moc"
