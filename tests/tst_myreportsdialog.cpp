// "My reports" as a reporter meets it, on SQLite and PostgreSQL: the wizard's
// "My reports…" button lists their own tickets newest first with status; an
// agent's reply (ReviewStore) shows under the ticket, an internal note never;
// "Find ticket" finds one of theirs by number and says plainly when a number
// is not theirs or not a number. On PostgreSQL the reporter signs in with a
// login of their own, so row-level security is part of the test.

#include "delivery/outbox.h"
#include "intakewizard.h"
#include "myreportsdialog.h"
#include "runtime/systemaccount.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "store/reviewstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace Helpdesk;

class tst_MyReportsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void agentsReplyAppearsUnderMyReports();
    void reporterAnswersAndSaysWhetherItIsFixed();
    void findTicketSaysWhenItIsNotYours();
    void reportsWaitingOnThisComputerAreListedOfflineToo();

private:
    // Opens My reports from the wizard, runs `check` on the dialog, closes it.
    // `url` and `outbox` (a folder) default to the reporter's database and
    // the wizard's own outbox.
    bool withMyReports(const std::function<void(MyReportsDialog *)> &check, const QString &url = QString(),
                       const QString &outbox = QString());
    qint64 fileAsReporter(const QString &summary);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    QString m_reporter;      // whose reports "My reports" shows
    QString m_reporterUrl;   // how the reporter's wizard reaches the database
    QString m_reporterConnection = QStringLiteral("reporter");
    QStringList m_roles;
};

namespace {
const QString setup = QStringLiteral("setup");
const QString password = QStringLiteral("r3porter-Pa55");
}

void tst_MyReportsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_MyReportsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    QString error;
    QVERIFY2(Database::open(m_database->url(), setup, &error), qPrintable(error));
    if (TestDatabase::isPostgres()) {
        m_reporter = m_database->name() + QStringLiteral("_irina");
        error = m_database->execAsSuperuser(
            {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_reporter, password)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_roles.append(m_reporter);
        QSqlQuery grant(QSqlDatabase::database(setup));
        QVERIFY(grant.prepare(QStringLiteral("SELECT helpdesk_grant_role(?, 'helpdesk_reporter')")));
        grant.addBindValue(m_reporter);
        QVERIFY2(grant.exec(), qPrintable(grant.lastError().text()));
        m_reporterUrl = TestDatabase::serverUrlFor(m_reporter, password, m_database->name());
    } else {
        // The embedded database: the person signed in to this computer.
        m_reporter = SystemAccount::current().login;
        QVERIFY(!m_reporter.isEmpty());
        m_reporterUrl = m_database->url();
    }
    QVERIFY2(Database::open(m_reporterUrl, m_reporterConnection, &error), qPrintable(error));
}

void tst_MyReportsDialog::cleanup()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (widget->isVisible())
            QFAIL(qPrintable(QStringLiteral("top-level window leaked: ") + widget->metaObject()->className()));
    }
    Database::close(m_reporterConnection);
    Database::close(setup);
    if (!m_roles.isEmpty()) {
        QStringList drops;
        for (const QString &role : std::as_const(m_roles))
            drops << QStringLiteral("DROP OWNED BY %1").arg(role);
        m_database->execAsSuperuser(drops);
    }
    m_database.reset();
    TestDatabase::dropRoles(m_roles);
    m_roles.clear();
    m_dir.reset();
}

qint64 tst_MyReportsDialog::fileAsReporter(const QString &summary)
{
    Report report = validTestReport(summary);
    report.contact.login = m_reporter;
    const auto filed = ReportStore(m_reporterConnection).submit(report);
    if (!filed.ok())
        qWarning("%s", qPrintable(filed.error));
    return filed.id;
}

bool tst_MyReportsDialog::withMyReports(const std::function<void(MyReportsDialog *)> &check, const QString &url,
                                        const QString &outbox)
{
    IntakeWizard wizard(url.isEmpty() ? m_reporterUrl : url);
    if (!outbox.isEmpty())
        wizard.setOutboxDirectory(outbox);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    QAbstractButton *button = wizard.button(QWizard::CustomButton1);
    if (!button->isVisible() || button->text() != QStringLiteral("M&y reports…"))
        return false;
    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<MyReportsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = true;
        check(dialog);
        dialog->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    return shown;
}

void tst_MyReportsDialog::agentsReplyAppearsUnderMyReports()
{
    const qint64 first = fileAsReporter(QStringLiteral("Printer on floor 2 jams"));
    const qint64 second = fileAsReporter(QStringLiteral("Outlook says the server is unavailable"));
    QVERIFY(first > 0 && second > 0);
    Report someoneElse = validTestReport(QStringLiteral("Boris's monitor flickers"));
    someoneElse.contact.login = QStringLiteral("boris");
    QVERIFY(ReportStore(setup).submit(someoneElse).ok());

    // An agent works the first one: an internal note, a reply, a status change.
    ReviewStore agent(setup, QStringLiteral("anna"));
    ActionResult result = agent.addNote(first, agent.load(first)->version, QStringLiteral("Reporter is impatient"));
    QVERIFY2(result.ok, qPrintable(result.error));
    result = agent.reply(first, result.version, QStringLiteral("We have ordered a new drum unit."));
    QVERIFY2(result.ok, qPrintable(result.error));
    result = agent.setStatus(first, result.version, QStringLiteral("in_progress"));
    QVERIFY2(result.ok, qPrintable(result.error));

    const bool shown = withMyReports([&](MyReportsDialog *dialog) {
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("reportsTree"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("reportsLabel"))->buddy(), tree);
        // Theirs only, newest first, with status.
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), formatTicket(second));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("New"));
        QCOMPARE(tree->topLevelItem(1)->text(0), formatTicket(first));
        QCOMPARE(tree->topLevelItem(1)->text(2), QStringLiteral("In progress"));
        QCOMPARE(tree->topLevelItem(1)->text(3), QStringLiteral("Printer on floor 2 jams"));

        auto *replies = dialog->findChild<QTextBrowser *>(QStringLiteral("repliesBrowser"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("repliesLabel"))->buddy(), replies);
        QCOMPARE(dialog->selectedReport(), second);
        QCOMPARE(replies->toPlainText(), QStringLiteral("No reply from the helpdesk yet."));

        tree->setCurrentItem(tree->topLevelItem(1));
        const QString text = replies->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("We have ordered a new drum unit.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("anna wrote on")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("impatient")), qPrintable(text)); // never the internal note
        const QString selected = dialog->findChild<QLabel *>(QStringLiteral("selectedLabel"))->text();
        QVERIFY2(selected.contains(QStringLiteral("Status: In progress")), qPrintable(selected));
    });
    QVERIFY(shown);
}

// The helpdesk asks, the reporter answers from My reports;
// later the reporter says a resolved report is not fixed, then that it is.
void tst_MyReportsDialog::reporterAnswersAndSaysWhetherItIsFixed()
{
    const qint64 id = fileAsReporter(QStringLiteral("Printer on floor 2 jams"));
    QVERIFY(id > 0);
    ReviewStore agent(setup, QStringLiteral("anna"));
    auto agentSets = [&agent, id](const QString &status) {
        const ActionResult result = agent.setStatus(id, agent.load(id)->version, status);
        QVERIFY2(result.ok, qPrintable(result.error));
    };
    agentSets(QStringLiteral("in_progress"));
    ActionResult asked = agent.reply(id, agent.load(id)->version, QStringLiteral("Which tray jams, 1 or 2?"));
    QVERIFY2(asked.ok, qPrintable(asked.error));
    agentSets(QStringLiteral("waiting"));

    auto widgets = [](MyReportsDialog *dialog) {
        return std::make_tuple(dialog->findChild<QPlainTextEdit *>(QStringLiteral("answerEdit")),
                               dialog->findChild<QLabel *>(QStringLiteral("answerError")),
                               dialog->findChild<QPushButton *>(QStringLiteral("sendAnswerButton")),
                               dialog->findChild<QPushButton *>(QStringLiteral("fixedButton")),
                               dialog->findChild<QPushButton *>(QStringLiteral("notFixedButton")),
                               dialog->findChild<QTreeWidget *>(QStringLiteral("reportsTree")),
                               dialog->findChild<QTextBrowser *>(QStringLiteral("repliesBrowser")));
    };
    bool shown = withMyReports([&](MyReportsDialog *dialog) {
        auto [edit, error, send, fixed, notFixed, tree, conversation] = widgets(dialog);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("answerLabel"))->buddy(), edit);
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("Waiting for reporter"));
        QVERIFY(send->isVisible() && send->isEnabled());
        QVERIFY(!fixed->isVisible() && !notFixed->isVisible());
        // Each with its Alt key.
        QCOMPARE(send->text(), QStringLiteral("&Send answer"));
        QCOMPARE(fixed->text(), QStringLiteral("It is fi&xed"));
        QCOMPARE(notFixed->text(), QStringLiteral("It is &not fixed"));
        QVERIFY2(edit->placeholderText().contains(QStringLiteral("waiting for your answer")),
                 qPrintable(edit->placeholderText()));

        // Nothing written: said beside the field.
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Write your answer first."));
        // A password: refused, and the text stays to be corrected.
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Tray 2. My password is Secr3t!Pass"));
        QVERIFY(!error->isVisible());
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("password")), qPrintable(error->text()));
        QCOMPARE(edit->toPlainText(), QStringLiteral("Tray 2. My password is Secr3t!Pass"));
        edit->setPlainText(QStringLiteral("Tray 2, every time."));
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QCOMPARE(edit->toPlainText(), QString());
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("In progress"));
        const QString text = conversation->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Which tray jams")) && text.contains(QStringLiteral("You wrote on"))
                     && text.contains(QStringLiteral("Tray 2, every time.")),
                 qPrintable(text));
    });
    QVERIFY(shown);
    QCOMPARE(agent.load(id)->report.status, QStringLiteral("in_progress"));

    agentSets(QStringLiteral("resolved"));
    shown = withMyReports([&](MyReportsDialog *dialog) {
        auto [edit, error, send, fixed, notFixed, tree, conversation] = widgets(dialog);
        QVERIFY(!send->isVisible());
        QVERIFY(fixed->isVisible() && notFixed->isVisible());
        QTest::mouseClick(notFixed, Qt::LeftButton);
        QCOMPARE(error->text(), QStringLiteral("Write what is still wrong first."));
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Tray 2 still jams"));
        QTest::mouseClick(notFixed, Qt::LeftButton);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("In progress"));
        QVERIFY(send->isVisible() && !fixed->isVisible());
        QVERIFY2(conversation->toPlainText().contains(QStringLiteral("You said it is not fixed on")),
                 qPrintable(conversation->toPlainText()));
    });
    QVERIFY(shown);

    agentSets(QStringLiteral("resolved"));
    shown = withMyReports([&](MyReportsDialog *dialog) {
        auto [edit, error, send, fixed, notFixed, tree, conversation] = widgets(dialog);
        auto *rating = dialog->findChild<QComboBox *>(QStringLiteral("ratingCombo"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("ratingLabel"))->buddy(), rating);
        QVERIFY(rating->isVisible());
        rating->setCurrentIndex(rating->findData(5));
        QTest::mouseClick(fixed, Qt::LeftButton);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("Closed"));
        QVERIFY2(conversation->toPlainText().contains(QStringLiteral("rated the help 5 of 5")),
                 qPrintable(conversation->toPlainText()));
        QVERIFY(!rating->isVisible());
        QVERIFY(!edit->isEnabled());
        QVERIFY(!send->isEnabled() && !fixed->isVisible());
    });
    QVERIFY(shown);
    QCOMPARE(agent.load(id)->report.status, QStringLiteral("closed"));
}

void tst_MyReportsDialog::findTicketSaysWhenItIsNotYours()
{
    const qint64 mine = fileAsReporter(QStringLiteral("Printer on floor 2 jams"));
    QVERIFY(mine > 0);
    fileAsReporter(QStringLiteral("Outlook says the server is unavailable"));
    Report someoneElse = validTestReport(QStringLiteral("Boris's monitor flickers"));
    someoneElse.contact.login = QStringLiteral("boris");
    const auto others = ReportStore(setup).submit(someoneElse);
    QVERIFY(others.ok());

    const bool shown = withMyReports([&](MyReportsDialog *dialog) {
        auto *find = dialog->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("findError"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("findLabel"))->buddy(), find);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("findLabel"))->text(), QStringLiteral("&Find ticket:"));

        // Someone else's ticket is "no such ticket of yours", not their report.
        QTest::keyClicks(find, others.ticket);
        QTest::keyClick(find, Qt::Key_Return);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("You have no ticket ") + others.ticket), qPrintable(error->text()));

        find->clear();
        QTest::keyClicks(find, QStringLiteral("my printer"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("findButton")), Qt::LeftButton);
        QVERIFY2(error->text().contains(QStringLiteral("is not a ticket number")), qPrintable(error->text()));

        // Their own, by the bare number.
        find->clear();
        QTest::keyClicks(find, QString::number(mine));
        QTest::keyClick(find, Qt::Key_Return);
        QVERIFY(!error->isVisible());
        QCOMPARE(dialog->selectedReport(), mine);
    });
    QVERIFY(shown);
}

void tst_MyReportsDialog::reportsWaitingOnThisComputerAreListedOfflineToo()
{
    // Filed earlier, and one kept on this computer while the server was down:
    // both are the person's reports, the waiting one under its receipt.
    fileAsReporter(QStringLiteral("Printer on floor 2 jams"));
    const QString outboxFolder = m_dir->filePath(QStringLiteral("outbox"));
    Report waiting = validTestReport(QStringLiteral("Scanner leaves a black stripe"));
    waiting.contact.login = m_reporter;
    QString error;
    QVERIFY2(Outbox(outboxFolder).add(waiting, &error), qPrintable(error));
    const QString reference = Outbox::localReference(waiting.clientId);

    auto checkWaitingFirst = [&](MyReportsDialog *dialog, int expectedRows) {
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("reportsTree"));
        QCOMPARE(tree->topLevelItemCount(), expectedRows);
        QTreeWidgetItem *first = tree->topLevelItem(0);
        QCOMPARE(first->text(0), reference);
        QCOMPARE(first->text(2), QStringLiteral("Waiting on this computer"));
        QCOMPARE(first->text(3), QStringLiteral("Scanner leaves a black stripe"));
        tree->setCurrentItem(first);
        QCOMPARE(dialog->selectedReport(), qint64(0));
        const QString label = dialog->findChild<QLabel *>(QStringLiteral("selectedLabel"))->text();
        QVERIFY2(label.contains(QStringLiteral("Saved on this computer")), qPrintable(label));
    };
    bool checked = false;
    QVERIFY(withMyReports([&](MyReportsDialog *dialog) {
        checkWaitingFirst(dialog, 2);
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("reportsTree"));
        QVERIFY(tree->topLevelItem(1)->text(0).startsWith(QStringLiteral("HD-")));
        checked = true;
    }, QString(), outboxFolder));
    QVERIFY(checked);

    // Offline: the dialog still opens, with what waits here and why the
    // rest is missing.
    checked = false;
    QVERIFY(withMyReports([&](MyReportsDialog *dialog) {
        checkWaitingFirst(dialog, 1);
        const QString label = dialog->findChild<QLabel *>(QStringLiteral("selectedLabel"))->text();
        QVERIFY2(label.contains(QStringLiteral("cannot be reached right now")), qPrintable(label));
        checked = true;
    }, QStringLiteral("postgresql://x@127.0.0.1:1/db"), outboxFolder));
    QVERIFY(checked);
    QCOMPARE(Outbox(outboxFolder).count(), 1); // looking changes nothing
}

QTEST_MAIN(tst_MyReportsDialog)
#include "tst_myreportsdialog.moc"
