// tst_intakeproblem: the real intake wizard driven as an employee does, with keys and clicks on the real widgets — what
// the problem and contact pages wait for before Next, and the triage hints: secrets, vague reports, response time,
// several problems.
// The wizard, its database and folders are the fixture's (intaketestfixture.h).

#include "intaketestfixture.h"

using namespace Helpdesk;

class tst_IntakeProblem final : public IntakeTestFixture
{
    Q_OBJECT

private slots:
    void shortSummaryKeepsNextDisabledWithMessage();
    void badEmailKeepsNextDisabledWithMessage();
    void secretInDescriptionBlocksNextUntilRemoved();
    void vagueReportNeedsExplicitConfirmation();
    void responseTimeFollowsImpactAndUrgency();
    void severalProblemsSuggestSplitting();
};

void tst_IntakeProblem::shortSummaryKeepsNextDisabledWithMessage()
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

void tst_IntakeProblem::badEmailKeepsNextDisabledWithMessage()
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

void tst_IntakeProblem::secretInDescriptionBlocksNextUntilRemoved()
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

void tst_IntakeProblem::vagueReportNeedsExplicitConfirmation()
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

void tst_IntakeProblem::responseTimeFollowsImpactAndUrgency()
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

void tst_IntakeProblem::severalProblemsSuggestSplitting()
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

QTEST_MAIN(tst_IntakeProblem)
#include "tst_intakeproblem.moc"
