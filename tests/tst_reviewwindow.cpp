// The agents' console as an agent uses it: signs in (a wrong password is
// shown beside the password), sees the queue, scrolls for more, jumps to a
// ticket by number, takes it and moves it on with the buttons, and is told
// what changed when another agent was faster. On SQLite the agent has an
// account in the database; on PostgreSQL a database login of their own.

#include "dashboarddialog.h"
#include "incidentspanel.h"
#include "model/csv.h"
#include "model/taxonomy.h"
#include "queuemodel.h"
#include "reportview.h"
#include "reviewwindow.h"
#include "signindialog.h"
#include "store/agentaccounts.h"
#include "store/dashboardstats.h"
#include "store/database.h"
#include "store/demoseeder.h"
#include "store/deviceinventory.h"
#include "store/incidentstore.h"
#include "store/reportstore.h"
#include "store/reviewstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QBarSet>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QTableWidget>
#include <QTabWidget>
#include <QValueAxis>
#include <QBuffer>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QInputDialog>
#include <QTemporaryDir>
#include <QTimer>
#include <QClipboard>
#include <QHeaderView>
#include <QTextBrowser>
#include <QSqlError>
#include <QSqlQuery>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QFont>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace Helpdesk;

class tst_ReviewWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInShowsWrongPasswordBesideTheField();
    void queueShowsRowsAndFetchesMoreOnScroll();
    void searchByTicketJumpsToIt();
    void takeAndChangeStatusWithTheButtons();
    void staleChangeShowsWhatChanged();
    void detailsShowInventoryAndCopyContacts();
    void newReportsAppearLiveAndAreCounted();
    void reportersAnswerIsMarkedCountedAndFiltered();
    void reportBeingReadFollowsAnotherAgentsChange();
    void exportButtonSavesTheFilteredQueue();
    void dashboardShowsChartsAndTheirNumbers();
    void viewShowsVagueFlagAffectedPeopleAndAttachments();
    void markAsDuplicateAsksForTheOriginal();
    void assignGivesTheReportToAnotherAgent();
    void agentPostsAndResolvesIncidents();

public slots:
    // Stands in for the desktop's file opener (QDesktopServices::setUrlHandler).
    void openFile(const QUrl &url) { m_opened.append(url); }

private:
    std::unique_ptr<ReviewWindow> signedInWindow();
    // Types `text` into the search box and presses Enter, as an agent
    // looking for a ticket does.
    static void searchFor(ReviewWindow *window, const QString &text);
    QString agent() const { return m_agent; }

    QString m_agent;
    QStringList m_roles;

    std::unique_ptr<TestDatabase> m_database;
    QList<qint64> m_ids;
    QList<QUrl> m_opened;
};

namespace {
const QString connection = QStringLiteral("review");
const QString password = QStringLiteral("correct horse");
}

void tst_ReviewWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ReviewWindow::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    QString error;
    QVERIFY2(Database::open(m_database->url(), QStringLiteral("setup"), &error), qPrintable(error));
    if (TestDatabase::isPostgres()) {
        // A login of the agent's own, made by IT, given the agent role by helpdesk-admin.
        m_agent = m_database->name() + QStringLiteral("_anna");
        error = m_database->execAsSuperuser(
            {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_agent, password)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_roles.append(m_agent);
        QSqlQuery grant(QSqlDatabase::database(QStringLiteral("setup")));
        QVERIFY(grant.prepare(QStringLiteral("SELECT helpdesk_grant_role(?, 'helpdesk_agent')")));
        grant.addBindValue(m_agent);
        QVERIFY2(grant.exec(), qPrintable(grant.lastError().text()));
    } else {
        m_agent = QStringLiteral("anna");
        bool created = false;
        QVERIFY2(AgentAccounts(QStringLiteral("setup")).setAgent(m_agent, QStringLiteral("Anna Petrova"), password,
                                                                 &created, &error),
                 qPrintable(error));
    }
    m_ids.clear();
    for (const char *summary : {"Printer on floor 2 jams", "Scanner makes a loud noise", "Монитор мерцает весь день"}) {
        const auto result = ReportStore(QStringLiteral("setup")).submit(validTestReport(QString::fromUtf8(summary)));
        QVERIFY2(result.ok(), qPrintable(result.error));
        m_ids.append(result.id);
    }
}

void tst_ReviewWindow::cleanup()
{
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty()
                || std::none_of(QApplication::topLevelWidgets().cbegin(), QApplication::topLevelWidgets().cend(),
                                [](QWidget *w) { return w->isVisible(); }));
    Database::close(connection);
    Database::close(QStringLiteral("setup"));
    m_database.reset();
    TestDatabase::dropRoles(m_roles);
    m_roles.clear();
}

void tst_ReviewWindow::searchFor(ReviewWindow *window, const QString &text)
{
    auto *box = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

std::unique_ptr<ReviewWindow> tst_ReviewWindow::signedInWindow()
{
    SignInDialog dialog(m_database->url(), connection);
    // The login of the database URL, if it names one, is offered: replace it.
    dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->clear();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit")), m_agent);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    if (dialog.result() != QDialog::Accepted)
        return {};
    auto window = std::make_unique<ReviewWindow>(connection, dialog.login(), dialog.displayName());
    window->show();
    return window;
}

void tst_ReviewWindow::signInShowsWrongPasswordBesideTheField()
{
    SignInDialog dialog(m_database->url(), connection);
    dialog.show();
    auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    auto *passwordError = dialog.findChild<QLabel *>(QStringLiteral("passwordError"));
    auto *loginError = dialog.findChild<QLabel *>(QStringLiteral("loginError"));
    QCOMPARE(signIn->text(), QStringLiteral("&Sign in"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("passwordLabel"))->buddy(), password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    // The database URL's login is offered (on PostgreSQL the test server's administrator).
    QCOMPARE(login->text(), TestDatabase::isPostgres() ? QUrl(TestDatabase::serverUrl()).userName() : QString());
    login->clear();
    if (!TestDatabase::isPostgres()) {
        // PostgreSQL does not tell an unknown login from a wrong password.
        QTest::keyClicks(login, QStringLiteral("boris"));
        QTest::keyClicks(password, ::password);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(loginError->isVisible());
        QVERIFY2(loginError->text().contains(QStringLiteral("no agent “boris”")), qPrintable(loginError->text()));
        login->clear();
    }

    QTest::keyClicks(login, m_agent);
    password->clear();
    QTest::keyClicks(password, QStringLiteral("wrong horse"));
    QTest::keyClick(password, Qt::Key_Return); // Enter signs in, as the default button
    QVERIFY(dialog.isVisible());
    QVERIFY(!loginError->isVisible());
    QVERIFY(passwordError->isVisible());
    QVERIFY2(passwordError->text() == QStringLiteral("Wrong password.")
                 || passwordError->text() == QStringLiteral("The database server refused this login and password."),
             qPrintable(passwordError->text()));

    password->clear();
    QTest::keyClicks(password, ::password);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.displayName(), TestDatabase::isPostgres() ? m_agent : QStringLiteral("Anna Petrova"));
}

void tst_ReviewWindow::queueShowsRowsAndFetchesMoreOnScroll()
{
    QString error;
    QVERIFY2(DemoSeeder(QStringLiteral("setup")).seed(1000, &error), qPrintable(error));
    auto window = signedInWindow();
    QVERIFY(window);
    QVERIFY(window->windowTitle().contains(TestDatabase::isPostgres() ? m_agent : QStringLiteral("Anna Petrova")));
    auto *view = window->findChild<QTableView *>(QStringLiteral("queueView"));
    QueueModel *model = window->model();
    QCOMPARE(model->rowCount(), QueueModel::PageSize); // one page, not everything
    // The newest report first: ours were filed just now, the demo ones are older.
    QCOMPARE(model->index(0, QueueModel::Ticket).data().toString(), formatTicket(m_ids.constLast()));
    QCOMPARE(model->index(0, QueueModel::Summary).data().toString(), QStringLiteral("Монитор мерцает весь день"));
    QCOMPARE(model->index(0, QueueModel::Status).data().toString(), QStringLiteral("New"));

    view->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > QueueModel::PageSize);

    // "Any status" shows the resolved and closed ones too.
    auto *status = window->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    const ReviewStore store(QStringLiteral("setup"), m_agent);
    QueueFilter open;
    open.statuses = {QStringLiteral("new"), QStringLiteral("in_progress"), QStringLiteral("waiting")};
    status->setCurrentIndex(status->findText(QStringLiteral("Any status")));
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), 1003);

    // A click on Ticket turns the queue round: the oldest report first.
    QHeaderView *header = view->horizontalHeader();
    auto clickHeader = [header](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
    };
    QueueFilter any;
    any.oldestFirst = true;
    const qint64 oldest = store.page(any, {}, 1).rows.constFirst().id;
    QVERIFY(oldest != m_ids.constFirst());
    clickHeader(QueueModel::Ticket);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(model->reportId(0), oldest);
    // Priority cannot be sorted over a million rows: the click changes nothing.
    clickHeader(QueueModel::Priority);
    QCOMPARE(header->sortIndicatorSection(), int(QueueModel::Ticket));
    QCOMPARE(model->reportId(0), oldest);
    clickHeader(QueueModel::Ticket);
    QCOMPARE(model->reportId(0), m_ids.constLast());
    status->setCurrentIndex(status->findText(QStringLiteral("Open")));
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(qint64(model->rowCount()), store.count(open));
    QVERIFY(model->rowCount() < 1003);
}

void tst_ReviewWindow::searchByTicketJumpsToIt()
{
    auto window = signedInWindow();
    QVERIFY(window);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    const qint64 wanted = m_ids.at(1);
    searchFor(window.get(), formatTicket(wanted));
    QCOMPARE(window->model()->rowCount(), 1);
    QCOMPARE(window->reportView()->reportId(), wanted);
    auto *title = window->reportView()->findChild<QLabel *>(QStringLiteral("titleLabel"));
    QCOMPARE(title->text(), formatTicket(wanted) + QStringLiteral(" — Scanner makes a loud noise"));

    // Words search as the agent types, after a short pause.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("loud NOISE"));
    QTRY_COMPARE(window->model()->rowCount(), 1);
    QCOMPARE(window->model()->reportId(0), m_ids.at(1));
}

void tst_ReviewWindow::takeAndChangeStatusWithTheButtons()
{
    auto window = signedInWindow();
    QVERIFY(window);
    const qint64 id = m_ids.at(0);
    searchFor(window.get(), QString::number(id));
    QCOMPARE(window->reportView()->reportId(), id);

    ReportView *view = window->reportView();
    auto *take = view->findChild<QPushButton *>(QStringLiteral("takeButton"));
    auto *change = view->findChild<QPushButton *>(QStringLiteral("statusButton"));
    auto *next = view->findChild<QComboBox *>(QStringLiteral("nextStatusCombo"));
    auto *history = view->findChild<QListWidget *>(QStringLiteral("historyList"));
    QVERIFY(take->isEnabled());
    QTest::mouseClick(take, Qt::LeftButton);
    QVERIFY2(view->message().isEmpty(), qPrintable(view->message()));
    QVERIFY(!take->isEnabled()); // it is ours now
    QVERIFY(history->item(history->count() - 1)->text().contains(m_agent + QStringLiteral(" took the report")));

    QCOMPARE(next->currentText(), QStringLiteral("In progress"));
    QTest::mouseClick(change, Qt::LeftButton);
    QVERIFY2(view->message().isEmpty(), qPrintable(view->message()));
    QCOMPARE(window->model()->index(0, QueueModel::Status).data().toString(), QStringLiteral("In progress"));

    const ReviewStore store(QStringLiteral("setup"), m_agent);
    const ReviewedReport saved = *store.load(id);
    QCOMPARE(saved.assignee, m_agent);
    QCOMPARE(saved.report.status, QStringLiteral("in_progress"));
    QCOMPARE(store.history(id).size(), 2);
    // The next steps offered follow the workflow.
    QStringList offered;
    for (int i = 0; i < next->count(); ++i)
        offered.append(next->itemText(i));
    QCOMPARE(offered, QStringList({QStringLiteral("Waiting for reporter"), QStringLiteral("Resolved")}));
}

void tst_ReviewWindow::staleChangeShowsWhatChanged()
{
    auto window = signedInWindow();
    QVERIFY(window);
    const qint64 id = m_ids.at(2);
    searchFor(window.get(), formatTicket(id));
    ReportView *view = window->reportView();
    const int shownVersion = view->version();

    // Boris, at another console, is faster.
    ReviewStore boris(QStringLiteral("setup"), QStringLiteral("boris"));
    QVERIFY(boris.take(id, shownVersion).ok);

    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("takeButton")), Qt::LeftButton);
    QVERIFY2(view->message().contains(QStringLiteral("nothing was saved")), qPrintable(view->message()));
    QVERIFY2(view->message().contains(QStringLiteral("boris took the report")), qPrintable(view->message()));
    QCOMPARE(boris.load(id)->assignee, QStringLiteral("boris"));
    QCOMPARE(view->version(), shownVersion + 1); // now showing the report as it is
}

void tst_ReviewWindow::detailsShowInventoryAndCopyContacts()
{
    QByteArray csv = "asset_tag,kind,make,model,name,location,notes\r\n"
                     "INV-00417,printer,HP,LaserJet Pro M404dn,print-305,\"Main office, room 305\",Drum replaced in May\r\n";
    QBuffer file(&csv);
    file.open(QIODevice::ReadOnly);
    const DeviceInventory::ImportResult imported = DeviceInventory(QStringLiteral("setup")).importCsv(file);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    Report report = validTestReport(QStringLiteral("The printer in 305 jams again"));
    report.device.assetTag = QStringLiteral("inv-00417");
    report.contact.phone = QStringLiteral("+7 495 123-45-67");
    const auto filed = ReportStore(QStringLiteral("setup")).submit(report);
    QVERIFY2(filed.ok(), qPrintable(filed.error));

    auto window = signedInWindow();
    QVERIFY(window);
    searchFor(window.get(), filed.ticket);
    auto *details = window->reportView()->findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"));
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Main office, room 305")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Drum replaced in May")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The printer in 305 jams again")), qPrintable(text));

    // The phone number is a link that copies itself.
    const QString html = details->toHtml();
    QVERIFY2(html.contains(QStringLiteral("href=\"copy:")), qPrintable(html));
    QTextCursor cursor = details->document()->find(QStringLiteral("+7 495 123-45-67"));
    QVERIFY(!cursor.isNull());
    const QString anchor = cursor.charFormat().anchorHref();
    QVERIFY(!anchor.isEmpty());
    emit details->anchorClicked(QUrl(anchor));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+7 495 123-45-67"));
    QVERIFY(window->reportView()->message().contains(QStringLiteral("Copied")));
}

void tst_ReviewWindow::viewShowsVagueFlagAffectedPeopleAndAttachments()
{
    QImage red(64, 48, QImage::Format_RGB32);
    red.fill(Qt::red);
    QByteArray png;
    QBuffer pngBuffer(&png);
    pngBuffer.open(QIODevice::WriteOnly);
    QVERIFY(red.save(&pngBuffer, "PNG"));
    const QByteArray log = "2026-11-25 09:14 spooler: paper jam in tray 2\n";
    Report report = validTestReport(QStringLiteral("Everything is broken"));
    report.vague = true;
    report.attachments = {Attachment::fromData(QStringLiteral("screen.png"), png),
                          Attachment::fromData(QStringLiteral("spooler.log"), log)};
    ReportStore setup(QStringLiteral("setup"));
    const auto filed = setup.submit(report);
    QVERIFY2(filed.ok(), qPrintable(filed.error));
    ContactInfo olga;
    olga.login = QStringLiteral("olga");
    olga.name = QStringLiteral("Olga Smirnova");
    olga.email = QStringLiteral("olga@example.com");
    olga.phone = QStringLiteral("+7 495 765-43-21");
    QString error;
    QVERIFY2(setup.addAffectedPerson(filed.id, olga, &error), qPrintable(error));

    auto window = signedInWindow();
    QVERIFY(window);
    ReportView *view = window->reportView();
    auto *vague = view->findChild<QLabel *>(QStringLiteral("vagueLabel"));
    QVERIFY(!vague->isVisible()); // nothing selected yet
    searchFor(window.get(), filed.ticket);
    QCOMPARE(view->reportId(), filed.id);

    // The flag is above everything else, in words.
    QVERIFY(vague->isVisible());
    QVERIFY2(vague->text().contains(QStringLiteral("Vague report")), qPrintable(vague->text()));

    // Who else is affected, with a count, and their contacts copy themselves.
    auto *details = view->findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"));
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("People also affected: 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Olga Smirnova")), qPrintable(text));
    QTextCursor cursor = details->document()->find(QStringLiteral("+7 495 765-43-21"));
    QVERIFY(!cursor.isNull());
    emit details->anchorClicked(QUrl(cursor.charFormat().anchorHref()));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+7 495 765-43-21"));
    cursor = details->document()->find(QStringLiteral("olga@example.com"));
    emit details->anchorClicked(QUrl(cursor.charFormat().anchorHref()));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("olga@example.com"));

    // The attachments: the image as a thumbnail of itself, the log as a file icon.
    auto *list = view->findChild<QListWidget *>(QStringLiteral("attachmentsList"));
    QVERIFY(list->isVisible());
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("attachmentsLabel"))->buddy(), list);
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("screen.png")));
    QVERIFY(list->item(1)->text().startsWith(QStringLiteral("spooler.log")));
    auto centre = [list] {
        const QImage thumbnail = list->item(0)->icon().pixmap(QSize(96, 96)).toImage();
        return thumbnail.isNull() ? QColor() : QColor(thumbnail.pixel(thumbnail.width() / 2, thumbnail.height() / 2));
    };
    QTRY_COMPARE(centre(), QColor(Qt::red)); // loaded just after the report showed

    // Open writes the file under its own name and hands it to the desktop.
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openFile");
    m_opened.clear();
    list->setCurrentRow(1);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("openAttachmentButton")), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(QFileInfo(m_opened.constFirst().toLocalFile()).fileName(), QStringLiteral("spooler.log"));
    QFile opened(m_opened.constFirst().toLocalFile());
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), log);

    // Save… asks where, and writes exactly the stored bytes.
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const QString savedPath = target.filePath(QStringLiteral("copy.png"));
    auto saveThrough = [&](const QString &path) {
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept");
            answered = true;
        });
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("saveAttachmentButton")), Qt::LeftButton);
        return answered;
    };
    list->setCurrentRow(0);
    QVERIFY(saveThrough(savedPath));
    QFile saved(savedPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), png);
    QVERIFY2(view->message().contains(QStringLiteral("Saved")), qPrintable(view->message()));

    // Bytes that do not match their checksum are refused, not saved.
    QVERIFY(allowDamagedAttachments(QSqlDatabase::database(QStringLiteral("setup"))));
    QSqlQuery damage(QSqlDatabase::database(QStringLiteral("setup")));
    QVERIFY(damage.prepare(QStringLiteral("UPDATE attachments SET sha256 = ? WHERE report_id = ? AND position = 2")));
    damage.addBindValue(QString(64, QLatin1Char('0')));
    damage.addBindValue(filed.id);
    QVERIFY2(damage.exec(), qPrintable(damage.lastError().text()));
    view->showReport(filed.id);
    list->setCurrentRow(1);
    const QString damagedPath = target.filePath(QStringLiteral("spooler.log"));
    QVERIFY(saveThrough(damagedPath));
    QVERIFY2(view->message().contains(QStringLiteral("damaged")), qPrintable(view->message()));
    QVERIFY(!QFile::exists(damagedPath));

    // A report without attachments shows no attachment list.
    view->showReport(m_ids.constFirst());
    QVERIFY(!list->isVisible());
    QVERIFY(!vague->isVisible());
}

void tst_ReviewWindow::markAsDuplicateAsksForTheOriginal()
{
    auto window = signedInWindow();
    QVERIFY(window);
    ReportStore setup(QStringLiteral("setup"));
    Report first = validTestReport(QStringLiteral("Printer on floor 2 jams"));
    first.contact.login = QStringLiteral("ivan");
    Report second = validTestReport(QStringLiteral("Floor 2 printer eats paper"));
    second.contact.login = QStringLiteral("maria");
    second.contact.name = QStringLiteral("Maria Ivanova");
    const qint64 original = setup.submit(first).id;
    const qint64 repeat = setup.submit(second).id;
    QVERIFY(original > 0 && repeat > 0);
    searchFor(window.get(), formatTicket(repeat));
    ReportView *view = window->reportView();
    QCOMPARE(view->reportId(), repeat);
    auto *button = view->findChild<QPushButton *>(QStringLiteral("duplicateButton"));
    QCOMPARE(button->text(), QStringLiteral("Mark as &duplicate…"));
    QVERIFY(button->isEnabled());

    // The agent answers the dialog's one labelled field with a ticket number.
    auto answer = [&](const QString &ticket) {
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *field = dialog->findChild<QLineEdit *>();
            QVERIFY(field);
            const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
            QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [field](QLabel *label) {
                return label->buddy() == field && label->text().contains(QStringLiteral("&Original ticket"));
            }));
            QTest::keyClicks(field, ticket);
            dialog->accept();
            answered = true;
        });
        QTest::mouseClick(button, Qt::LeftButton);
        return answered;
    };
    // Itself: refused, said beside the buttons, nothing changed.
    const int before = view->version();
    QVERIFY(answer(formatTicket(repeat)));
    QVERIFY2(view->message().contains(QStringLiteral("itself")), qPrintable(view->message()));
    QCOMPARE(view->version(), before);

    QVERIFY(answer(QString::number(original)));
    QVERIFY2(view->message().contains(QStringLiteral("duplicate of ") + formatTicket(original)),
             qPrintable(view->message()));
    QCOMPARE(view->version(), before + 1);
    QVERIFY(!button->isEnabled()); // closed now
    auto *history = view->findChild<QListWidget *>(QStringLiteral("historyList"));
    QVERIFY2(history->item(history->count() - 1)->text().contains(QStringLiteral("closed the report as a duplicate of ")
                                                                  + formatTicket(original)),
             qPrintable(history->item(history->count() - 1)->text()));

    // The original lists the repeat's reporter as affected.
    view->showReport(original);
    const QString text = view->findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"))->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("People also affected: 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Maria Ivanova")), qPrintable(text));
    QVERIFY(history->item(history->count() - 1)->text().contains(formatTicket(repeat) + QStringLiteral(" as a duplicate")));
}

void tst_ReviewWindow::agentPostsAndResolvesIncidents()
{
    IncidentStore setupIncidents(QStringLiteral("setup"));
    Incident mail;
    mail.title = QStringLiteral("Mail server is down");
    mail.category = QStringLiteral("email");
    mail.message = QStringLiteral("We are on it.");
    QString error;
    const qint64 mailId = setupIncidents.add(mail, &error);
    QVERIFY2(mailId > 0, qPrintable(error));
    ContactInfo olga;
    olga.login = QStringLiteral("olga");
    QVERIFY2(setupIncidents.join(mailId, olga, &error), qPrintable(error));

    auto window = signedInWindow();
    QVERIFY(window);
    IncidentsPanel *panel = window->incidentsPanel();
    QVERIFY(panel->isVisible());
    auto *list = panel->findChild<QListWidget *>(QStringLiteral("incidentsList"));
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("incidentsLabel"))->buddy(), list);
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("INC-")) && list->item(0)->text().contains(mail.title),
             qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("affected: 1")), qPrintable(list->item(0)->text()));

    // Post: an empty title is refused beside the field, then it goes through.
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<PostIncidentDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("titleLabel"))->buddy(), title);
        QPushButton *post = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(post->text(), QStringLiteral("&Post"));
        QTest::mouseClick(post, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("titleError"))->isVisible());
        QTest::keyClicks(title, QStringLiteral("Printing on the 3rd floor is down"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("locationEdit")), QStringLiteral("Floor 3"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit")),
                         QStringLiteral("Use the printer on floor 2 meanwhile."));
        QTest::mouseClick(post, Qt::LeftButton);
        answered = true;
    });
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("postIncidentButton")), Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(list->count(), 2);
    const qint64 posted = panel->selectedIncident();
    const std::optional<Incident> stored = setupIncidents.find(posted);
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("Printing on the 3rd floor is down"));
    QCOMPARE(stored->location, QStringLiteral("Floor 3"));
    QCOMPARE(stored->createdBy, m_agent);
    QVERIFY(stored->isActive());
    QVERIFY2(panel->message().contains(QStringLiteral("Posted")), qPrintable(panel->message()));

    // Resolve the selected one: it leaves the list and the wizard no longer shows it.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("resolveIncidentButton")), Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QVERIFY(!setupIncidents.find(posted)->isActive());
    QVERIFY2(panel->message().contains(QStringLiteral("resolved")), qPrintable(panel->message()));
    QCOMPARE(setupIncidents.list(false).size(), 1);
}

void tst_ReviewWindow::newReportsAppearLiveAndAreCounted()
{
    QString error;
    QVERIFY2(DemoSeeder(QStringLiteral("setup")).seed(300, &error), qPrintable(error));
    auto window = signedInWindow();
    QVERIFY(window);
    window->resize(900, 400);
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QueueModel *model = window->model();
    auto *view = window->findChild<QTableView *>(QStringLiteral("queueView"));
    const QString title = window->windowTitle();
    QVERIFY2(!title.contains(QStringLiteral("new)")), qPrintable(title));
    QCOMPARE(window->unseenCount(), 0);

    // The agent has scrolled down the queue and is reading a report there.
    view->selectRow(40);
    const qint64 selected = model->reportId(40);
    QCOMPARE(window->reportView()->reportId(), selected);
    view->scrollTo(model->index(30, 0), QAbstractItemView::PositionAtTop);
    const qint64 topShown = model->reportId(view->rowAt(0));
    QVERIFY(view->verticalScrollBar()->value() > 0);

    // Another desk files a report through a connection of its own.
    const auto filed = ReportStore(QStringLiteral("setup")).submit(validTestReport(QStringLiteral("Projector in room 12 shows no picture")));
    QVERIFY2(filed.ok(), qPrintable(filed.error));
    QTRY_COMPARE_WITH_TIMEOUT(model->reportId(0), filed.id, 10000);
    QCOMPARE(model->index(0, QueueModel::Summary).data().toString(), QStringLiteral("Projector in room 12 shows no picture"));
    QCOMPARE(window->unseenCount(), 1);
    QCOMPARE(window->windowTitle(), title + QStringLiteral(" (1 new)"));
    // Nothing moved under the agent: the same report selected and shown, the same rows in view.
    QCOMPARE(model->reportId(view->currentIndex().row()), selected);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().constFirst().row(), 41);
    QCOMPARE(window->reportView()->reportId(), selected);
    QCOMPARE(model->reportId(view->rowAt(0)), topShown);

    // Two more: the count goes up.
    for (const char *summary : {"Keyboard missing keys", "Клавиатура не печатает"}) {
        const auto more = ReportStore(QStringLiteral("setup")).submit(validTestReport(QString::fromUtf8(summary)));
        QVERIFY2(more.ok(), qPrintable(more.error));
    }
    QTRY_COMPARE_WITH_TIMEOUT(window->unseenCount(), 3, 10000);
    QCOMPARE(window->windowTitle(), title + QStringLiteral(" (3 new)"));

    // Another agent moves a report on: its row follows without a refresh.
    const qint64 changed = m_ids.at(0);
    ReviewStore boris(QStringLiteral("setup"), QStringLiteral("boris"));
    const ActionResult taken = boris.take(changed, boris.load(changed)->version);
    QVERIFY2(taken.ok, qPrintable(taken.error));
    QVERIFY2(boris.setStatus(changed, taken.version, QStringLiteral("in_progress")).ok, "status");
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(changed), QueueModel::Status).data().toString(),
                              QStringLiteral("In progress"), 10000);
    QCOMPARE(window->unseenCount(), 3); // a change is not a new report

    // Selecting a new report marks it seen.
    view->selectRow(model->rowOf(filed.id));
    QCOMPARE(window->reportView()->reportId(), filed.id);
    QCOMPARE(window->unseenCount(), 2);
    QCOMPARE(window->windowTitle(), title + QStringLiteral(" (2 new)"));
    view->selectRow(0);
    view->selectRow(1);
    QCOMPARE(window->unseenCount(), 0);
    QCOMPARE(window->windowTitle(), title);
}

// Boris asks a reporter; the answer arrives while the agent looks at the
// queue: the row says so in bold, the title counts it like a new report, the
// "Answered by the reporter" filter finds it, and an agent's reply clears it.
void tst_ReviewWindow::reportersAnswerIsMarkedCountedAndFiltered()
{
    const qint64 id = m_ids.at(2);
    ReviewStore boris(QStringLiteral("setup"), QStringLiteral("boris"));
    ActionResult step = boris.setStatus(id, boris.load(id)->version, QStringLiteral("in_progress"));
    QVERIFY2(step.ok, qPrintable(step.error));
    step = boris.reply(id, step.version, QStringLiteral("Which tray jams?"));
    QVERIFY2(step.ok, qPrintable(step.error));
    step = boris.setStatus(id, step.version, QStringLiteral("waiting"));
    QVERIFY2(step.ok, qPrintable(step.error));

    auto window = signedInWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QueueModel *model = window->model();
    const QString title = window->windowTitle();
    QVERIFY(model->rowOf(id) >= 0);
    QCOMPARE(model->index(model->rowOf(id), QueueModel::Status).data().toString(), QStringLiteral("Waiting for reporter"));

    const QString reporter = boris.load(id)->report.contact.login;
    const ReportStore::AnswerResult answered =
        ReportStore(QStringLiteral("setup")).answer(id, reporter, QStringLiteral("Tray 2, every time."));
    QVERIFY2(answered.ok, qPrintable(answered.error));
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(id), QueueModel::Status).data().toString(),
                              QStringLiteral("In progress, answered"), 10000);
    QVERIFY(model->index(model->rowOf(id), QueueModel::Summary).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(window->unseenCount(), 1);
    QCOMPARE(window->windowTitle(), title + QStringLiteral(" (1 new)"));

    auto *status = window->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findText(QStringLiteral("Answered by the reporter")));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->reportId(0), id);

    // Boris follows up: no longer waiting for an agent.
    QVERIFY(boris.reply(id, boris.load(id)->version, QStringLiteral("A new roller is on its way.")).ok);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, QueueModel::Status).data().toString(), QStringLiteral("In progress"),
                              10000);
    QVERIFY(!model->index(0, QueueModel::Summary).data(Qt::FontRole).value<QFont>().bold());
}

void tst_ReviewWindow::reportBeingReadFollowsAnotherAgentsChange()
{
    // The agent reads a report and starts typing a reply; Boris, at another
    // console, takes it and moves it on. The view shows that without a
    // click, and the reply being typed stays.
    auto window = signedInWindow();
    QVERIFY(window);
    const qint64 id = m_ids.at(1);
    searchFor(window.get(), formatTicket(id));
    ReportView *view = window->reportView();
    QCOMPARE(view->reportId(), id);
    const int shownVersion = view->version();
    auto *text = view->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    QVERIFY(text);
    QTest::keyClicks(text, QStringLiteral("Please restart the printer"));
    auto *history = view->findChild<QListWidget *>(QStringLiteral("historyList"));
    auto historyText = [history] {
        QStringList lines;
        for (int i = 0; i < history->count(); ++i)
            lines.append(history->item(i)->text());
        return lines.join(QLatin1Char('\n'));
    };
    QVERIFY(!historyText().contains(QStringLiteral("boris")));

    ReviewStore boris(QStringLiteral("setup"), QStringLiteral("boris"));
    const ActionResult taken = boris.take(id, shownVersion);
    QVERIFY2(taken.ok, qPrintable(taken.error));
    QVERIFY(boris.setStatus(id, taken.version, QStringLiteral("in_progress")).ok);

    QTRY_COMPARE_WITH_TIMEOUT(view->version(), shownVersion + 2, 10000);
    QVERIFY2(historyText().contains(QStringLiteral("boris took the report")), qPrintable(historyText()));
    const QString details = view->findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("In progress")), qPrintable(details));
    QCOMPARE(text->toPlainText(), QStringLiteral("Please restart the printer"));
    // Sent now, it goes onto the report as it is: no "someone was faster".
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("replyButton")), Qt::LeftButton);
    QVERIFY2(!view->message().contains(QStringLiteral("nothing was saved")), qPrintable(view->message()));
    QCOMPARE(boris.load(id)->version, shownVersion + 3);
}

void tst_ReviewWindow::exportButtonSavesTheFilteredQueue()
{
    QString error;
    QVERIFY2(DemoSeeder(QStringLiteral("setup")).seed(1500, &error), qPrintable(error));
    auto window = signedInWindow();
    QVERIFY(window);
    // The agent narrows the queue to one category, any status.
    auto *status = window->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *category = window->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    status->setCurrentIndex(status->findText(QStringLiteral("Any status")));
    category->setCurrentIndex(category->findData(QStringLiteral("printing")));
    const QueueFilter filter = window->model()->filter();
    QCOMPARE(filter.category, QStringLiteral("printing"));
    const qint64 expected = ReviewStore(QStringLiteral("setup"), m_agent).count(filter);
    QVERIFY(expected > QueueModel::PageSize); // more than the rows on screen

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.csv"));
    // Queue ▸ Export… asks where to save, suggesting a dated CSV name. (The
    // file dialog is Qt's; it is closed here, and the export itself is run
    // with the name the agent would have chosen: answering the widget dialog
    // by code races with it filling its folder view on a loaded machine.)
    bool asked = false;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer.stop();
        asked = dialog->acceptMode() == QFileDialog::AcceptSave
            && dialog->selectedFiles().value(0).contains(QStringLiteral("helpdesk-queue-"));
        QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
    });
    answer.start();
    auto *action = window->findChild<QAction *>(QStringLiteral("exportAction"));
    QCOMPARE(action->text(), QStringLiteral("E&xport…"));
    QVERIFY(window->menuBar()->actions().constFirst()->menu()->actions().contains(action)); // Queue ▸ Export…
    action->trigger();
    QVERIFY(asked);
    QVERIFY(!QFile::exists(path)); // cancelled: nothing written
    QVERIFY(window->exportTo(path));

    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(file.errorString() + QStringLiteral("; status bar: ") + window->statusBar()->currentMessage()));
    const auto text = CsvReader::decodeUtf8(file.readAll(), &error);
    QVERIFY2(text, qPrintable(error));
    CsvReader reader(*text);
    CsvReader::Record record;
    QVERIFY(reader.next(&record));
    const int categoryColumn = int(record.fields.indexOf(QStringLiteral("Category")));
    QVERIFY(categoryColumn > 0);
    qint64 rows = 0;
    while (reader.next(&record)) {
        if (rows == 0)
            QCOMPARE(record.fields.constFirst(), window->model()->index(0, QueueModel::Ticket).data().toString());
        QCOMPARE(record.fields.at(categoryColumn), window->model()->index(0, QueueModel::Category).data().toString());
        ++rows;
    }
    QCOMPARE(rows, expected);
    const QString message = window->findChild<QStatusBar *>()->currentMessage();
    // (Without a translation loaded the plural reads "report(s)".)
    QVERIFY2(message.startsWith(QString::number(expected) + QStringLiteral(" report")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("exported to ") + QDir::toNativeSeparators(path)), qPrintable(message));
}

void tst_ReviewWindow::dashboardShowsChartsAndTheirNumbers()
{
    // Today: the three reports of init() (printing, HP) and two network ones.
    for (int n = 0; n < 2; ++n) {
        Report report = validTestReport(QStringLiteral("No network in room %1").arg(n));
        report.category = QStringLiteral("network");
        report.symptom = QStringLiteral("other");
        report.device.kind = QStringLiteral("network");
        report.device.make.clear();
        report.device.model.clear();
        const auto filed = ReportStore(QStringLiteral("setup")).submit(report);
        QVERIFY2(filed.ok(), qPrintable(filed.error));
    }
    auto window = signedInWindow();
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(QStringLiteral("dashboardAction"));
    QCOMPARE(action->text(), QStringLiteral("&Dashboard…"));
    action->trigger();
    DashboardDialog *dashboard = window->dashboard();
    QVERIFY(dashboard);
    QVERIFY(QTest::qWaitForWindowExposed(dashboard));
    // Counted in the background: the queue stays usable meanwhile.
    QTRY_VERIFY(!dashboard->isLoading());
    QCOMPARE(dashboard->stats().total, qint64(5));
    // Nobody has rated or reopened anything yet: said so.
    QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("feedbackLabel"))->text(),
             QStringLiteral("No ratings of the help in these days."));

    // Three charts, each named for a screen reader and described with its numbers.
    const QList<QChartView *> charts = dashboard->findChildren<QChartView *>();
    QCOMPARE(charts.size(), 3);
    QStringList names;
    for (QChartView *chart : charts) {
        QVERIFY(!chart->accessibleName().isEmpty());
        QVERIFY(!chart->accessibleDescription().isEmpty());
        names << chart->accessibleName();
    }
    QVERIFY2(names.contains(QStringLiteral("Reports per category")), qPrintable(names.join(QLatin1Char('|'))));

    // Per category: bars, the most frequent at the top, and the same in the table.
    auto *categoryTable = dashboard->findChild<QTableWidget *>(QStringLiteral("categoryTable"));
    QCOMPARE(categoryTable->rowCount(), 2);
    QCOMPARE(categoryTable->item(0, 0)->text(), Taxonomy::instance().category(QStringLiteral("printing"))->displayName());
    QCOMPARE(categoryTable->item(0, 1)->text(), QStringLiteral("3"));
    QCOMPARE(categoryTable->item(1, 1)->text(), QStringLiteral("2"));
    QChartView *categoryChart = charts.at(0)->accessibleName() == QLatin1String("Reports per category")
        ? charts.at(0)
        : *std::find_if(charts.cbegin(), charts.cend(), [](QChartView *c) {
              return c->accessibleName() == QLatin1String("Reports per category");
          });
    QVERIFY2(categoryChart->accessibleDescription().contains(categoryTable->item(0, 0)->text() + QStringLiteral(": 3")),
             qPrintable(categoryChart->accessibleDescription()));
    auto *bars = qobject_cast<QHorizontalBarSeries *>(categoryChart->chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 1);
    QCOMPARE(bars->barSets().constFirst()->sum(), 5.0);
    // The count axis is labelled with whole numbers at whole numbers, the top above the longest bar.
    auto *counts = qobject_cast<QValueAxis *>(categoryChart->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(counts);
    QCOMPARE(counts->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(counts->tickInterval(), 1.0);
    QCOMPARE(counts->min(), 0.0);
    QCOMPARE(counts->max(), 4.0);

    // Per make: only reports with a make; per day: today holds all five.
    auto *makeTable = dashboard->findChild<QTableWidget *>(QStringLiteral("makeTable"));
    QCOMPARE(makeTable->rowCount(), 1);
    QCOMPARE(makeTable->item(0, 1)->text(), QStringLiteral("3"));
    auto *dayTable = dashboard->findChild<QTableWidget *>(QStringLiteral("dayTable"));
    QCOMPARE(dayTable->rowCount(), DashboardStatsReader::DefaultDays);
    QCOMPARE(dayTable->item(0, 0)->text(), QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    QCOMPARE(dayTable->item(0, 1)->text(), QStringLiteral("5"));
    QCOMPARE(dayTable->item(1, 1)->text(), QStringLiteral("0"));

    // A report filed meanwhile shows after Refresh.
    QVERIFY(ReportStore(QStringLiteral("setup")).submit(validTestReport(QStringLiteral("Printer jams again"))).ok());
    QSignalSpy loaded(dashboard, &DashboardDialog::loaded);
    QTest::mouseClick(dashboard->findChild<QPushButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.constFirst().constFirst().toBool(), true);
    QCOMPARE(dashboard->stats().total, qint64(6));
    QCOMPARE(dayTable->item(0, 1)->text(), QStringLiteral("6"));
    auto *tabs = dashboard->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->count(), 3);
    dashboard->close();
}

void tst_ReviewWindow::assignGivesTheReportToAnotherAgent()
{
    auto window = signedInWindow();
    QVERIFY(window);
    ReportStore setup(QStringLiteral("setup"));
    const qint64 id = setup.submit(validTestReport(QStringLiteral("Scanner on floor 3 sends blank pages"))).id;
    QVERIFY(id > 0);
    searchFor(window.get(), formatTicket(id));
    ReportView *view = window->reportView();
    QCOMPARE(view->reportId(), id);
    const int before = view->version();
    auto *button = view->findChild<QPushButton *>(QStringLiteral("assignButton"));
    QCOMPARE(button->text(), QStringLiteral("&Assign to…"));
    QVERIFY(button->isEnabled());

    // The agent types the colleague's login into the dialog's labelled field.
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *field = dialog->findChild<QLineEdit *>();
        QVERIFY(field);
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [field](QLabel *label) {
            return label->buddy() == field && label->text().contains(QStringLiteral("&login"));
        }));
        QTest::keyClicks(field, QStringLiteral("boris"));
        dialog->accept();
        answered = true;
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(answered);
    QTRY_VERIFY(view->version() > before);
    const auto reviewed = ReviewStore(QStringLiteral("setup"), m_agent).load(id);
    QVERIFY(reviewed);
    QCOMPARE(reviewed->assignee, QStringLiteral("boris"));
}

QTEST_MAIN(tst_ReviewWindow)
#include "tst_reviewwindow.moc"
