// Not a test: takes the README's screenshots of every wizard page, filled the
// way an employee would fill it. Run under Xvfb so the real platform renders:
//   xvfb-run -a build/tests/helpdesk-screenshots docs/screenshots [--lang ru]

#include "attachmentspage.h"
#include "intakewizard.h"
#include "passworddialog.h"
#include "reviewwindow.h"
#include "runtime/application.h"
#include "screenshotcanvas.h"
#include "screenshoteditor.h"
#include "store/database.h"
#include "store/demoseeder.h"
#include "store/incidentstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Helpdesk;

namespace {
template<typename T> T *child(QWidget *wizard, const char *name)
{
    T *widget = wizard->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

bool save(QWidget *window, const QDir &dir, const QString &name)
{
    QTest::qWait(150); // let the page lay out and paint; this is not a test
    const bool ok = window->grab().save(dir.filePath(name));
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(dir.filePath(name)));
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    setApplicationIdentity();
    const QStringList args = app.arguments();
    const QDir out(args.value(1, QStringLiteral(".")));
    const int langIndex = int(args.indexOf(QStringLiteral("--lang")));
    installTranslations(app, langIndex > 0 ? args.value(langIndex + 1) : QStringLiteral("en"));
    QTemporaryDir temp;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, temp.path());

    IntakeWizard wizard(QStringLiteral("sqlite:") + temp.filePath(QStringLiteral("helpdesk.sqlite")));
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return 1;
    bool ok = true;

    auto *categories = child<QListWidget>(&wizard, "categoryList");
    categories->setCurrentRow(0);
    child<QComboBox>(&wizard, "symptomCombo")->setCurrentIndex(2);
    child<QLineEdit>(&wizard, "summaryEdit")->setText(QObject::tr("Printer on floor 2 jams on every page"));
    child<QPlainTextEdit>(&wizard, "descriptionEdit")
        ->setPlainText(QStringLiteral("Since this morning every print job jams at the back. Tray 2 is full of A4."));
    child<QComboBox>(&wizard, "impactCombo")->setCurrentIndex(1);
    child<QComboBox>(&wizard, "urgencyCombo")->setCurrentIndex(2);
    ok &= save(&wizard, out, QStringLiteral("1-problem.png"));

    // Screenshot and files: the first page itself stands in for the screen,
    // with the reporter's name blacked out in the editor.
    const QImage screen = wizard.grab().toImage();
    wizard.next();
    auto *attachments = qobject_cast<AttachmentsPage *>(wizard.page(IntakeWizard::AttachmentsPageId));
    {
        ScreenshotEditor editor(screen, &wizard);
        editor.resize(760, 560);
        editor.show();
        if (!QTest::qWaitForWindowExposed(&editor))
            return 1;
        editor.canvas()->hideArea(QRect(screen.width() / 2, screen.height() / 3, screen.width() / 3, 40));
        ok &= save(&editor, out, QStringLiteral("9-screenshot-editor.png"));
        attachments->addAttachment(Attachment::fromData(QStringLiteral("screenshot-2026-11-25-093012.png"),
                                                        editor.pngData()));
    }
    attachments->addAttachment(Attachment::fromData(QStringLiteral("printer-status.txt"),
                                                    "Tray 2: paper jam (code 13.B2.D2)\n"));
    ok &= save(&wizard, out, QStringLiteral("8-attachments.png"));

    wizard.next();
    // The catalogue and this computer's devices arrive from a worker thread.
    if (!QTest::qWaitFor([&wizard] { return wizard.devicesLoaded(); }, 30000))
        return 1;
    child<QLineEdit>(&wizard, "findEdit")->setText(QStringLiteral("hl-l2340"));
    child<QComboBox>(&wizard, "makeCombo")->setEditText(QStringLiteral("Brother"));
    child<QComboBox>(&wizard, "modelCombo")->setEditText(QStringLiteral("HL-L2340D"));
    child<QLineEdit>(&wizard, "assetTagEdit")->setText(QStringLiteral("INV-00417"));
    child<QLineEdit>(&wizard, "buildingEdit")->setText(QStringLiteral("Main office"));
    child<QLineEdit>(&wizard, "roomEdit")->setText(QStringLiteral("214"));
    ok &= save(&wizard, out, QStringLiteral("2-device.png"));

    wizard.next();
    child<QLineEdit>(&wizard, "nameEdit")->setText(QStringLiteral("Irina Petrova"));
    child<QLineEdit>(&wizard, "emailEdit")->setText(QStringLiteral("irina.petrova@example.com"));
    child<QLineEdit>(&wizard, "phoneEdit")->setText(QStringLiteral("+7 495 123-45-67, ext. 214"));
    child<QLineEdit>(&wizard, "departmentEdit")->setText(QStringLiteral("Accounting"));
    child<QLineEdit>(&wizard, "locationEdit")->setText(QStringLiteral("Main office, room 214"));
    child<QCheckBox>(&wizard, "confirmCheck")->setChecked(true);
    ok &= save(&wizard, out, QStringLiteral("3-contact.png"));

    wizard.next();
    ok &= save(&wizard, out, QStringLiteral("4-review.png"));
    wizard.next();
    ok &= wizard.currentId() == IntakeWizard::DonePageId;
    ok &= save(&wizard, out, QStringLiteral("5-done.png"));

    // Triage on the first page: a PIN in the text, then a vague report.
    wizard.startAnotherReport();
    child<QListWidget>(&wizard, "categoryList")->setCurrentRow(6); // account
    child<QComboBox>(&wizard, "symptomCombo")->setCurrentIndex(1);
    child<QComboBox>(&wizard, "urgencyCombo")->setCurrentIndex(3);
    child<QLineEdit>(&wizard, "summaryEdit")->setText(QStringLiteral("Card reader at the entrance refuses my badge"));
    child<QPlainTextEdit>(&wizard, "descriptionEdit")
        ->setPlainText(QStringLiteral("It beeps twice and the door stays shut. My PIN is 4821 if you need to test it."));
    ok &= save(&wizard, out, QStringLiteral("6-secret.png"));
    child<QLineEdit>(&wizard, "summaryEdit")->setText(QStringLiteral("Everything is broken, nothing works!!!"));
    child<QPlainTextEdit>(&wizard, "descriptionEdit")->clear();
    wizard.next(); // asks instead of moving on
    ok &= wizard.currentId() == IntakeWizard::ProblemPageId;
    ok &= save(&wizard, out, QStringLiteral("7-vague.png"));

    // A known incident posted by an agent, shown on the first page.
    {
        const QString connection = QStringLiteral("screenshots-incident");
        QString error;
        if (!Database::open(QStringLiteral("sqlite:") + temp.filePath(QStringLiteral("helpdesk.sqlite")), connection,
                            &error))
            return 1;
        Incident incident;
        incident.title = QObject::tr("Printers on the 2nd floor do not print");
        incident.location = QStringLiteral("Main office");
        incident.message = QObject::tr("The print server is being replaced; printing is back by 14:00.");
        ok &= IncidentStore(connection).add(incident, &error) > 0;
        Database::close(connection);
    }
    wizard.startAnotherReport();
    wizard.checkDatabase(); // reads the incidents, as at start-up
    ok &= save(&wizard, out, QStringLiteral("10-incident.png"));

    // The same printer again: the open report is offered before Submit.
    child<QListWidget>(&wizard, "categoryList")->setCurrentRow(0);
    child<QComboBox>(&wizard, "symptomCombo")->setCurrentIndex(2);
    child<QLineEdit>(&wizard, "summaryEdit")->setText(QObject::tr("Paper jams in the printer on floor 2"));
    child<QComboBox>(&wizard, "urgencyCombo")->setCurrentIndex(2);
    wizard.next(); // no files this time
    wizard.next();
    child<QComboBox>(&wizard, "makeCombo")->setEditText(QStringLiteral("Brother"));
    child<QComboBox>(&wizard, "modelCombo")->setEditText(QStringLiteral("HL-L2340D"));
    child<QLineEdit>(&wizard, "assetTagEdit")->setText(QStringLiteral("INV-00417"));
    wizard.next();
    child<QCheckBox>(&wizard, "confirmCheck")->setChecked(true);
    wizard.next();
    ok &= wizard.currentId() == IntakeWizard::DuplicatesPageId;
    ok &= save(&wizard, out, QStringLiteral("11-duplicates.png"));
    // Signing in to a shared server that asks for a password (README, "Office deployment").
    PasswordDialog password(QStringLiteral("db.example.org:5432"), QStringLiteral("ivanov"));
    password.setKeyringAvailable(true);
    child<QLineEdit>(&password, "passwordEdit")->setText(QStringLiteral("correct horse"));
    password.show();
    if (!QTest::qWaitForWindowExposed(&password))
        return 1;
    ok &= save(&password, out, QStringLiteral("12-password.png"));
    // The agents' console over a few hundred demo reports (README, "The agents' console").
    {
        const QString connection = QStringLiteral("screenshots-review");
        QString error;
        if (!Database::open(QStringLiteral("sqlite:") + temp.filePath(QStringLiteral("review.sqlite")), connection,
                            &error))
            return 1;
        ok &= DemoSeeder(connection).seed(400, &error);
        {
            ReviewWindow review(connection, QStringLiteral("opetrova"), QStringLiteral("Olga Petrova"));
            review.resize(1180, 720);
            review.show();
            if (!QTest::qWaitForWindowExposed(&review))
                return 1;
            if (auto *table = review.findChild<QTableView *>())
                table->selectRow(0);
            ok &= save(&review, out, QStringLiteral("13-review-console.png"));
        }
        Database::close(connection);
    }
    // Submit while the shared database cannot be reached (README, "Nothing is
    // lost when the database is down"): the report waits on this computer.
    {
        IntakeWizard offline(QStringLiteral("postgresql://helpdesk@127.0.0.1:1/helpdesk"));
        offline.setOutboxDirectory(temp.filePath(QStringLiteral("outbox")));
        offline.setDraftDirectory(temp.filePath(QStringLiteral("drafts")));
        offline.show();
        if (!QTest::qWaitForWindowExposed(&offline))
            return 1;
        child<QListWidget>(&offline, "categoryList")->setCurrentRow(0);
        child<QComboBox>(&offline, "symptomCombo")->setCurrentIndex(2);
        child<QLineEdit>(&offline, "summaryEdit")->setText(QObject::tr("Printer on floor 2 jams on every page"));
        offline.next(); // screenshot and files: none
        offline.next();
        if (!QTest::qWaitFor([&offline] { return offline.devicesLoaded(); }, 30000))
            return 1;
        child<QComboBox>(&offline, "makeCombo")->setEditText(QStringLiteral("Brother"));
        child<QComboBox>(&offline, "modelCombo")->setEditText(QStringLiteral("HL-L2340D"));
        offline.next();
        child<QCheckBox>(&offline, "confirmCheck")->setChecked(true); // the details saved above
        while (offline.currentId() != IntakeWizard::ReviewPageId && offline.currentId() != IntakeWizard::DonePageId) {
            const int before = offline.currentId();
            offline.next();
            if (offline.currentId() == before)
                return 1;
        }
        offline.next();
        ok &= offline.currentId() == IntakeWizard::DonePageId;
        ok &= save(&offline, out, QStringLiteral("14-saved-here.png"));
    }
    return ok ? 0 : 1;
}
