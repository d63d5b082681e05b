// tst_intakedrafts: the real intake wizard driven as an employee does, with keys and clicks on the real widgets — the
// draft saved while typing, restored on every page and filed once, and removed when discarded.
// The wizard, its database and folders are the fixture's (intaketestfixture.h).

#include "intaketestfixture.h"

using namespace Helpdesk;

class tst_IntakeDrafts final : public IntakeTestFixture
{
    Q_OBJECT

private slots:
    void draftIsSavedWhenTypingStopsAndOnEveryPage();
    void restoredDraftFillsEveryPageAndFilesOnce();
    void discardedReportLeavesNoDraft();
};

void tst_IntakeDrafts::draftIsSavedWhenTypingStopsAndOnEveryPage()
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

void tst_IntakeDrafts::restoredDraftFillsEveryPageAndFilesOnce()
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

void tst_IntakeDrafts::discardedReportLeavesNoDraft()
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

QTEST_MAIN(tst_IntakeDrafts)
#include "tst_intakedrafts.moc"
