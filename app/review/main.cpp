// helpdesk-review: the agents' console. Everything but argument handling
// lives in helpdesk_reviewlib so the tests drive the same code.

#include "common/programstart.h"
#include "reviewprogram.h"
#include "reviewwindow.h"
#include "runtime/application.h"
#include "runtime/selftest.h"
#include "signindialog.h"
#include "store/database.h"

int main(int argc, char *argv[])
{
    const Helpdesk::ProgramStart start = Helpdesk::startProgram(argc, argv, Helpdesk::reviewProgram());
    if (start.exitCode)
        return *start.exitCode;
    QCoreApplication &app = *start.application;
    const Helpdesk::ProgramCommandLine &commandLine = *start.commandLine;

    if (start.selfTest) {
        return Helpdesk::SelfTest::runAndPrint(QStringLiteral("helpdesk-review"), Helpdesk::selfTestOptions(start));
    }

    const QString connection = QStringLiteral("helpdesk-review");
    int result = 0;
    {
        Helpdesk::SignInDialog signIn(commandLine.databaseUrl(), connection);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        Helpdesk::ReviewWindow window(connection, signIn.login(), signIn.displayName());
        window.show();
        result = app.exec();
    }
    Helpdesk::Database::close(connection);
    return result;
}
