// helpdesk-intake: the employee's wizard. Everything but argument handling
// lives in helpdesk_intakelib so the tests drive the same code.

#include "application.h"
#include "database.h"
#include "intakewizard.h"
#include "passwordstore.h"
#include "quitonfirstexpose.h"
#include "selftest.h"

#include <QApplication>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    // --self-test needs no display (IT runs it over ssh): a plain QCoreApplication.
    const bool selfTest = Helpdesk::SelfTest::requested(argc, argv);
    const std::unique_ptr<QCoreApplication> application(selfTest ? new QCoreApplication(argc, argv)
                                                                 : new QApplication(argc, argv));
    QCoreApplication &app = *application;
    Helpdesk::setApplicationIdentity();

    // --lang must be known before any translated text is created, including
    // the parser's own help text.
    const QString language = Helpdesk::languageArgument(QCoreApplication::arguments());
    const QString installedLanguage = Helpdesk::installTranslations(app, language);
    if (!selfTest) {
        QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Helpdesk Intake"));
        QGuiApplication::setDesktopFileName(QStringLiteral("helpdesk-intake"));
    }

    Helpdesk::ProgramCommandLine commandLine(
        QCoreApplication::translate("main", "Report an IT problem to the helpdesk."));
    QCommandLineOption exitOption(QStringLiteral("exit-after-startup"),
                                  QCoreApplication::translate("main", "Quit as soon as the first page is shown (benchmarks, smoke tests)."));
    exitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    commandLine.parser().addOption(exitOption);
    if (!commandLine.process(app))
        return 2;

    if (selfTest) {
        Helpdesk::SelfTest::Options options;
        options.url = commandLine.databaseUrl(&options.source);
        options.language = installedLanguage;
        // The password the wizard kept in the keyring, if the server asks for one.
        options.passwordProvider = [&options] {
            QString password;
            if (const auto url = Helpdesk::DatabaseUrl::parse(options.url, nullptr))
                Helpdesk::KeychainPasswordStore().read(url->toDisplayString(), &password, nullptr);
            return password;
        };
        return Helpdesk::SelfTest::runAndPrint(QStringLiteral("helpdesk-intake"), options);
    }

    Helpdesk::IntakeWizard wizard(commandLine.databaseUrl());
    if (commandLine.parser().isSet(exitOption)) {
        new Helpdesk::QuitOnFirstExpose(&wizard);
        wizard.show();
        return app.exec();
    }
    wizard.show();
    // After the first page is on screen, not before it: a report left unsent
    // by a crash is offered back, then the database is checked.
    QTimer::singleShot(0, &wizard, [&wizard] {
        wizard.offerDraft();
        wizard.checkDatabase();
    });
    return app.exec();
}
