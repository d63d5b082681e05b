// helpdesk-review: the agents' console. Everything but argument handling
// lives in helpdesk_reviewlib so the tests drive the same code.

#include "application.h"
#include "database.h"
#include "programstart.h"
#include "reviewwindow.h"
#include "selftest.h"
#include "signindialog.h"

int main(int argc, char *argv[])
{
    const Helpdesk::ProgramStart start =
        Helpdesk::startProgram(argc, argv, QT_TRANSLATE_NOOP("main", "Helpdesk Review"), QStringLiteral("helpdesk-review"));
    QCoreApplication &app = *start.application;

    Helpdesk::ProgramCommandLine commandLine(
        QCoreApplication::translate("main", "Review and answer helpdesk reports."));
    if (!commandLine.process(app))
        return 2;

    if (start.selfTest) {
        Helpdesk::SelfTest::Options options;
        options.url = commandLine.databaseUrl(&options.source);
        options.language = start.language;
        return Helpdesk::SelfTest::runAndPrint(QStringLiteral("helpdesk-review"), options);
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
