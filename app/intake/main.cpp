// helpdesk-intake: the employee's wizard. Everything but argument handling
// lives in helpdesk_intakelib so the tests drive the same code.

#include "common/programstart.h"
#include "common/quitonfirstexpose.h"
#include "intakeprogram.h"
#include "intakewizard.h"
#include "passwordstore.h"
#include "runtime/application.h"
#include "runtime/selftest.h"
#include "store/database.h"

#include <QTimer>

int main(int argc, char *argv[])
{
    QCommandLineOption exitOption(QStringLiteral("exit-after-startup"),
                                  QCoreApplication::translate("main", "Quit as soon as the first page is shown (benchmarks, smoke tests)."));
    exitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const Helpdesk::ProgramStart start = Helpdesk::startProgram(argc, argv, Helpdesk::intakeProgram(), {exitOption});
    if (start.exitCode)
        return *start.exitCode;
    QCoreApplication &app = *start.application;
    const Helpdesk::ProgramCommandLine &commandLine = *start.commandLine;

    if (start.selfTest) {
        Helpdesk::SelfTest::Options options = Helpdesk::selfTestOptions(start);
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
