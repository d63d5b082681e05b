// What a screen reader says: every widget a keyboard can reach, on every page
// of the intake wizard (the branch pages too), in the wizard's dialogs and in
// the agents' console, has an accessible name, and every field with a caption
// beside it is that caption's buddy (so the caption is said and its Alt+letter
// lands on the field). Widgets are reached the way a person reaches them.

#include "attachmentspage.h"
#include "dashboarddialog.h"
#include "intakewizard.h"
#include "model/attachment.h"
#include "myreportsdialog.h"
#include "passworddialog.h"
#include "queuemodel.h"
#include "reportview.h"
#include "reviewwindow.h"
#include "runtime/application.h"
#include "screenshoteditor.h"
#include "signindialog.h"
#include "store/agentaccounts.h"
#include "store/database.h"
#include "store/incidentstore.h"
#include "store/reportstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Helpdesk;

namespace {

const QString consoleConnection = QStringLiteral("a11y-console");
const QString agentPassword = QStringLiteral("correct horse");

QString describe(const QWidget *widget, const QString &where)
{
    QString name = widget->objectName();
    if (name.isEmpty()) {
        // Say where it sits: the nearest ancestor with a name.
        const QWidget *named = widget->parentWidget();
        while (named && named->objectName().isEmpty())
            named = named->parentWidget();
        name = QStringLiteral("(no objectName, in %1 %2)")
                   .arg(named ? named->objectName() : QString(),
                        QLatin1String(widget->parentWidget() ? widget->parentWidget()->metaObject()->className() : ""));
    }
    return QStringLiteral("%1: %2 (%3)").arg(where, name, QLatin1String(widget->metaObject()->className()));
}

QString strippedCaption(const QLabel *label)
{
    QString text = label->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.trimmed();
}

// A part of a composite widget, said by its owner: the line edit of a combo
// box or spin box, Qt's own named parts (qt_*), a viewport.
QWidget *owner(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    if (parent && (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)))
        return parent;
    return widget;
}

bool isPart(QWidget *widget)
{
    // A widget with a focus proxy (a graphics view's viewport) never holds
    // the focus itself: the proxy does, and is checked.
    return owner(widget) != widget || widget->focusProxy() || widget->objectName().startsWith(QLatin1String("qt_"));
}

bool isInputField(QWidget *widget)
{
    return qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
        || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
        || qobject_cast<QTextEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget);
}

// The layout that holds `widget` directly, anywhere under `root`.
QLayout *layoutHolding(QLayout *layout, QWidget *widget, int *index)
{
    if (!layout)
        return nullptr;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget) {
            *index = i;
            return layout;
        }
        if (QLayout *found = layoutHolding(item->layout(), widget, index))
            return found;
    }
    return nullptr;
}

// The caption the form shows for `field`: the label of its row in a form
// layout, the cell left of it or above it in a grid, or the item before it
// in a box layout, if that is a visible label that reads as a caption (ends
// with ':' or '?', as every caption in the forms does; a message does not).
QLabel *captionOf(QWidget *field)
{
    QWidget *container = field->parentWidget();
    if (!container)
        return nullptr;
    int index = -1;
    QLayout *layout = layoutHolding(container->layout(), field, &index);
    if (!layout)
        return nullptr;
    QWidget *candidate = nullptr;
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        candidate = form->labelForField(field);
    } else if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
        for (const auto [r, c] : {std::pair{row, column - 1}, std::pair{row - 1, column}}) {
            if (r < 0 || c < 0 || candidate)
                continue;
            if (QLayoutItem *item = grid->itemAtPosition(r, c); item && qobject_cast<QLabel *>(item->widget()))
                candidate = item->widget();
        }
    } else if (qobject_cast<QBoxLayout *>(layout) && index > 0) {
        candidate = layout->itemAt(index - 1)->widget();
    }
    auto *label = qobject_cast<QLabel *>(candidate);
    if (!label || !label->isVisible())
        return nullptr;
    const QString caption = strippedCaption(label);
    return caption.endsWith(QLatin1Char(':')) || caption.endsWith(QLatin1Char('?')) ? label : nullptr;
}

// What a screen reader would miss under `root` as it stands now, one line per
// widget, naming the widget, its class and `where`.
QStringList accessibilityProblems(QWidget *root, const QString &where)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            // Alt+letter on a caption without a buddy goes nowhere.
            if (label->text().contains(QRegularExpression(QStringLiteral("&[^&\\s]"))) && !label->buddy()
                && label->textFormat() != Qt::RichText)
                problems << describe(label, where) + QStringLiteral(" has a mnemonic but no buddy");
        }
        if (widget->focusPolicy() == Qt::NoFocus || widget->isWindow() || isPart(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems << describe(widget, where) + QStringLiteral(" has no accessible name");
        if (isInputField(widget)) {
            if (QLabel *caption = captionOf(widget); caption && caption->buddy() != widget)
                problems << describe(widget, where)
                        + QStringLiteral(" is not the buddy of its label %1 (“%2”)")
                              .arg(caption->objectName(), strippedCaption(caption));
        }
    }
    return problems;
}

// Fails the test with every problem listed (a QVERIFY2 message is cut short).
bool reportProblems(QStringList problems)
{
    problems.removeDuplicates();
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    return problems.isEmpty();
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theCheckFindsANamelessField();
    void categoryListIsNamedAndFocusedByItsLabel();
    void everyWizardPageNamesWhatTakesFocus();
    void wizardDialogsNameWhatTakesFocus();
    void consoleNamesWhatTakesFocus();

private:
    void startWizard();
    // One page's state: what is wrong is added to m_problems.
    void checkCurrentPage(const QString &state = QString());
    void pressNext(int expectedPage);
    // Runs `check` on the modal dialog `open` brings up, then closes it.
    void checkModal(const std::function<void()> &open, const QString &where);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<IntakeWizard> m_wizard;
    QStringList m_problems;
    QStringList m_roles;
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void tst_Accessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QSettings().clear();
    m_problems.clear();
}

void tst_Accessibility::cleanup()
{
    m_wizard.reset();
    QTRY_VERIFY(std::none_of(QApplication::topLevelWidgets().cbegin(), QApplication::topLevelWidgets().cend(),
                             [](QWidget *w) { return w->isVisible(); }));
    Database::close(consoleConnection);
    m_database.reset();
    TestDatabase::dropRoles(m_roles);
    m_roles.clear();
    m_dir.reset();
}

void tst_Accessibility::startWizard()
{
    m_wizard = std::make_unique<IntakeWizard>(m_database->url());
    m_wizard->setDraftDirectory(m_dir->filePath(QStringLiteral("drafts")));
    m_wizard->setOutboxDirectory(m_dir->filePath(QStringLiteral("outbox")));
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void tst_Accessibility::checkCurrentPage(const QString &state)
{
    QWizardPage *page = m_wizard->currentPage();
    QString where = page->objectName();
    if (!state.isEmpty())
        where += QStringLiteral(" (%1)").arg(state);
    // The page with the wizard's own buttons around it.
    m_problems << accessibilityProblems(m_wizard.get(), where);
}

void tst_Accessibility::pressNext(int expectedPage)
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    const auto *missing = m_wizard->currentPage()->findChild<QLabel *>(QStringLiteral("missingLabel"));
    QVERIFY2(next->isEnabled(), qPrintable(m_wizard->currentPage()->objectName() + QStringLiteral(": ")
                                           + (missing ? missing->text() : QString())));
    QTest::keyClick(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), expectedPage);
}

void tst_Accessibility::checkModal(const std::function<void()> &open, const QString &where)
{
    bool seen = false;
    QTimer look;
    look.setInterval(10);
    connect(&look, &QTimer::timeout, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible() || !QTest::qWaitForWindowExposed(dialog))
            return;
        look.stop();
        seen = true;
        m_problems << accessibilityProblems(dialog, where);
        // With a row chosen, what shows it is on screen too.
        if (auto *reports = dialog->findChild<QTreeWidget *>(QStringLiteral("reportsTree"));
            reports && reports->topLevelItemCount() > 0) {
            reports->setFocus();
            QTest::keyClick(reports, Qt::Key_Home);
            m_problems << accessibilityProblems(dialog, where + QStringLiteral(" (a report chosen)"));
        }
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    look.start();
    open();
    look.stop();
    QVERIFY2(seen, qPrintable(where));
}

void tst_Accessibility::theCheckFindsANamelessField()
{
    // A list whose caption is not its buddy, and a box without any name: the
    // check names both, so it can fail.
    QWidget form;
    form.setObjectName(QStringLiteral("form"));
    auto *layout = new QFormLayout(&form);
    auto *caption = new QLabel(QStringLiteral("&Choose one:"));
    caption->setObjectName(QStringLiteral("choiceLabel"));
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("unnamedList"));
    list->addItem(QStringLiteral("one"));
    layout->addRow(caption, list);
    auto *edit = new QLineEdit;
    edit->setObjectName(QStringLiteral("namedEdit"));
    auto *editCaption = new QLabel(QStringLiteral("&Text:"));
    editCaption->setBuddy(edit);
    layout->addRow(editCaption, edit);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));

    const QStringList problems = accessibilityProblems(&form, QStringLiteral("form"));
    QCOMPARE(problems,
             QStringList({QStringLiteral("form: choiceLabel (QLabel) has a mnemonic but no buddy"),
                          QStringLiteral("form: unnamedList (QListWidget) has no accessible name"),
                          QStringLiteral("form: unnamedList (QListWidget) is not the buddy of its label choiceLabel (“Choose one:”)")}));

    // Named and labelled, the same form passes.
    caption->setBuddy(list);
    list->setAccessibleName(QStringLiteral("Choose one:"));
    QCOMPARE(accessibilityProblems(&form, QStringLiteral("form")), QStringList());
}

void tst_Accessibility::categoryListIsNamedAndFocusedByItsLabel()
{
    startWizard();
    auto *categories = m_wizard->findChild<QListWidget *>(QStringLiteral("categoryList"));
    auto *label = m_wizard->findChild<QLabel *>(QStringLiteral("categoryLabel"));
    QVERIFY(categories && label);
    QCOMPARE(label->buddy(), categories);
    QCOMPARE(label->text(), QStringLiteral("&What kind of problem is it?"));
    // What a screen reader says on arriving at the list: the label's words.
    QCOMPARE(QAccessible::queryAccessibleInterface(categories)->text(QAccessible::Name),
             QStringLiteral("What kind of problem is it?"));

    // Alt+W, the label's mnemonic, puts the keyboard on the list.
    auto *summary = m_wizard->findChild<QLineEdit *>(QStringLiteral("summaryEdit"));
    summary->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), summary);
    QTest::keyClick(m_wizard.get(), Qt::Key_W, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), categories);
}

void tst_Accessibility::everyWizardPageNamesWhatTakesFocus()
{
    // A known incident (page 1 lists it) and an open report on the same
    // device (the duplicates page offers it), so the branch pages show too.
    const QString setup = QStringLiteral("a11y-setup");
    QString error;
    QVERIFY2(Database::open(m_database->url(), setup, &error), qPrintable(error));
    const auto closeSetup = qScopeGuard([&] { Database::close(setup); });
    Incident incident;
    incident.title = QStringLiteral("Printers do not print");
    QVERIFY2(IncidentStore(setup).add(incident, &error) > 0, qPrintable(error));
    Report earlier = validTestReport(QStringLiteral("Paper jam on every page in tray 2"));
    earlier.device.assetTag = QStringLiteral("INV-00417");
    const auto filed = ReportStore(setup).submit(earlier);
    QVERIFY2(filed.ok(), qPrintable(filed.error));

    startWizard();
    QSignalSpy checked(m_wizard.get(), &IntakeWizard::databaseChecked);
    m_wizard->checkDatabase();
    if (checked.isEmpty())
        QVERIFY(checked.wait(30000));
    QTRY_VERIFY(m_wizard->findChild<QWidget *>(QStringLiteral("incidentsBox"))->isVisible());

    // 1. What broke?
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId));
    checkCurrentPage(QStringLiteral("nothing chosen"));
    auto *categories = m_wizard->findChild<QListWidget *>(QStringLiteral("categoryList"));
    categories->setFocus();
    QTest::keyClick(categories, Qt::Key_Home); // "Printing"
    QTest::keyClick(categories, Qt::Key_Space);
    auto *symptom = m_wizard->findChild<QComboBox *>(QStringLiteral("symptomCombo"));
    QTest::keyClick(symptom, Qt::Key_Down);
    auto *summary = m_wizard->findChild<QLineEdit *>(QStringLiteral("summaryEdit"));
    summary->setFocus();
    QTest::keyClicks(summary, QStringLiteral("Printer jams, my PIN is 4711"));
    auto *description = m_wizard->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Every page jams at the fuser. PIN: 4711"));
    QTest::keyClick(m_wizard->findChild<QComboBox *>(QStringLiteral("urgencyCombo")), Qt::Key_End);
    checkCurrentPage(QStringLiteral("a secret in the text"));
    auto *remove = m_wizard->findChild<QPushButton *>(QStringLiteral("removeSecretsButton"));
    if (remove->isVisible())
        QTest::mouseClick(remove, Qt::LeftButton);
    checkCurrentPage(QStringLiteral("filled in"));

    // 2. Screenshot and files, with the screenshot editor it opens.
    pressNext(IntakeWizard::AttachmentsPageId);
    if (QTest::currentTestFailed())
        return;
    checkCurrentPage(QStringLiteral("empty"));
    auto *page = qobject_cast<AttachmentsPage *>(m_wizard->currentPage());
    QSignalSpy taken(page, &AttachmentsPage::screenshotTaken);
    QTest::mouseClick(m_wizard->findChild<QPushButton *>(QStringLiteral("screenshotButton")), Qt::LeftButton);
    QVERIFY(taken.wait(10000));
    ScreenshotEditor *editor = page->screenshotEditor();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    m_problems << accessibilityProblems(editor, QStringLiteral("ScreenshotEditor"));
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("attachScreenshotButton")), Qt::LeftButton);
    QTRY_VERIFY(!page->screenshotEditor());
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    auto *attachments = m_wizard->findChild<QListWidget *>(QStringLiteral("attachmentsList"));
    QCOMPARE(attachments->count(), 1);
    attachments->setCurrentRow(0);
    checkCurrentPage(QStringLiteral("a screenshot attached"));

    // 3. Which device? Found by its asset tag.
    pressNext(IntakeWizard::DevicePageId);
    if (QTest::currentTestFailed())
        return;
    checkCurrentPage(QStringLiteral("empty"));
    auto *find = m_wizard->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    find->setFocus();
    QTest::keyClicks(find, QStringLiteral("m404dn"));
    auto *results = m_wizard->findChild<QListWidget *>(QStringLiteral("resultsList"));
    QTRY_VERIFY(results->count() > 0);
    checkCurrentPage(QStringLiteral("search results"));
    auto *assetTag = m_wizard->findChild<QLineEdit *>(QStringLiteral("assetTagEdit"));
    assetTag->setFocus();
    assetTag->selectAll();
    QTest::keyClicks(assetTag, QStringLiteral("INV-00417"));
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    checkCurrentPage(QStringLiteral("filled in"));

    // 4. How can we reach you?
    pressNext(IntakeWizard::ContactPageId);
    if (QTest::currentTestFailed())
        return;
    checkCurrentPage(QStringLiteral("as prefilled"));
    auto *name = m_wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Irina Petrova"));
    auto *email = m_wizard->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("irina@example.com"));
    auto *confirm = m_wizard->findChild<QCheckBox *>(QStringLiteral("confirmCheck"));
    confirm->setFocus();
    if (!confirm->isChecked())
        QTest::keyClick(confirm, Qt::Key_Space);
    checkCurrentPage(QStringLiteral("filled in"));

    // Already reported? (the open report on the same device)
    pressNext(IntakeWizard::DuplicatesPageId);
    if (QTest::currentTestFailed())
        return;
    auto *candidates = m_wizard->findChild<QListWidget *>(QStringLiteral("candidateList"));
    QVERIFY(candidates->count() >= 1);
    checkCurrentPage();

    // 5. Check and send, then 6. Done.
    pressNext(IntakeWizard::ReviewPageId);
    if (QTest::currentTestFailed())
        return;
    checkCurrentPage();
    QTest::keyClick(m_wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    checkCurrentPage();

    QVERIFY2(reportProblems(m_problems), "widgets a screen reader cannot name or relate to a label: listed above");
}

void tst_Accessibility::wizardDialogsNameWhatTakesFocus()
{
    // My reports, with a report of this person's in it.
    startWizard();
    QString error;
    QVERIFY2(m_wizard->ensureDatabase(&error), qPrintable(error));
    Report own = validTestReport();
    own.contact.login = m_wizard->reporterLogin();
    const QString setup = QStringLiteral("a11y-setup");
    QVERIFY2(Database::open(m_database->url(), setup, &error), qPrintable(error));
    const auto closeSetup = qScopeGuard([&] { Database::close(setup); });
    const auto filed = ReportStore(setup).submit(own);
    QVERIFY2(filed.ok(), qPrintable(filed.error));
    checkModal([this] { m_wizard->button(QWizard::CustomButton1)->click(); }, QStringLiteral("MyReportsDialog"));

    // The password dialog, as it asks after a refused password and without a
    // keyring (everything it can show is on screen).
    PasswordDialog password(QStringLiteral("db.example.org:5432"), QStringLiteral("irina"), m_wizard.get());
    password.setRefused(true);
    password.setKeyringAvailable(false, QStringLiteral("no Secret Service"));
    password.show();
    QVERIFY(QTest::qWaitForWindowExposed(&password));
    m_problems << accessibilityProblems(&password, QStringLiteral("PasswordDialog"));
    password.close();

    QVERIFY2(reportProblems(m_problems), "widgets a screen reader cannot name or relate to a label: listed above");
}

void tst_Accessibility::consoleNamesWhatTakesFocus()
{
    // An agent and a report to look at.
    const QString setup = QStringLiteral("a11y-setup");
    QString error;
    QVERIFY2(Database::open(m_database->url(), setup, &error), qPrintable(error));
    const auto closeSetup = qScopeGuard([&] { Database::close(setup); });
    QString agent;
    if (TestDatabase::isPostgres()) {
        agent = m_database->name() + QStringLiteral("_anna");
        error = m_database->execAsSuperuser(
            {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(agent, agentPassword)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_roles.append(agent);
        QSqlQuery grant(QSqlDatabase::database(setup));
        QVERIFY(grant.prepare(QStringLiteral("SELECT helpdesk_grant_role(?, 'helpdesk_agent')")));
        grant.addBindValue(agent);
        QVERIFY2(grant.exec(), qPrintable(grant.lastError().text()));
    } else {
        agent = QStringLiteral("anna");
        bool created = false;
        QVERIFY2(AgentAccounts(setup).setAgent(agent, QStringLiteral("Anna Petrova"), agentPassword, &created, &error),
                 qPrintable(error));
    }
    // With an attachment, so the report view lists it and its buttons show.
    Report report = validTestReport();
    report.attachments = {Attachment::fromData(QStringLiteral("spooler.log"), QByteArrayLiteral("job 17 stuck\n"))};
    const auto filed = ReportStore(setup).submit(report);
    QVERIFY2(filed.ok(), qPrintable(filed.error));

    // Sign in, after a wrong password (its message beside the field).
    SignInDialog signIn(m_database->url(), consoleConnection);
    signIn.show();
    QVERIFY(QTest::qWaitForWindowExposed(&signIn));
    m_problems << accessibilityProblems(&signIn, QStringLiteral("SignInDialog"));
    auto *login = signIn.findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    auto *password = signIn.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *signInButton = signIn.findChild<QPushButton *>(QStringLiteral("signInButton"));
    login->clear();
    QTest::keyClicks(login, agent);
    QTest::keyClicks(password, QStringLiteral("wrong horse"));
    QTest::mouseClick(signInButton, Qt::LeftButton);
    QVERIFY(signIn.isVisible());
    m_problems << accessibilityProblems(&signIn, QStringLiteral("SignInDialog (wrong password)"));
    password->clear();
    QTest::keyClicks(password, agentPassword);
    QTest::mouseClick(signInButton, Qt::LeftButton);
    QCOMPARE(signIn.result(), int(QDialog::Accepted));

    // The console, then with a report chosen, then its dashboard.
    ReviewWindow window(consoleConnection, signIn.login(), signIn.displayName());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    m_problems << accessibilityProblems(&window, QStringLiteral("ReviewWindow"));
    auto *queue = window.findChild<QTableView *>(QStringLiteral("queueView"));
    QTRY_VERIFY(window.model()->rowCount() > 0);
    queue->setFocus();
    queue->selectRow(0);
    QTRY_COMPARE(window.reportView()->reportId(), filed.id);
    QTRY_VERIFY(window.reportView()->findChild<QListWidget *>(QStringLiteral("attachmentsList"))->isVisible());
    m_problems << accessibilityProblems(&window, QStringLiteral("ReviewWindow (a report chosen)"));

    window.findChild<QAction *>(QStringLiteral("dashboardAction"))->trigger();
    QTRY_VERIFY(window.dashboard() && window.dashboard()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(window.dashboard()));
    m_problems << accessibilityProblems(window.dashboard(), QStringLiteral("DashboardDialog (counting)"));
    QTRY_VERIFY(window.dashboard()->findChild<QPushButton *>(QStringLiteral("refreshButton"))->isEnabled());
    m_problems << accessibilityProblems(window.dashboard(), QStringLiteral("DashboardDialog"));
    window.dashboard()->close();
    window.close();

    QVERIFY2(reportProblems(m_problems), "widgets a screen reader cannot name or relate to a label: listed above");
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
