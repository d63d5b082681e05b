// helpdesk-review: the agents' console. Everything but argument handling
// lives in helpdesk_reviewlib so the tests drive the same code.

#include "application.h"
#include "database.h"
#include "reviewwindow.h"
#include "selftest.h"
#include "signindialog.h"

#include <QApplication>

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
        QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Helpdesk Review"));
        QGuiApplication::setDesktopFileName(QStringLiteral("helpdesk-review"));
    }

    Helpdesk::ProgramCommandLine commandLine(
        QCoreApplication::translate("main", "Review and answer helpdesk reports."));
    if (!commandLine.process(app))
        return 2;

    if (selfTest) {
        Helpdesk::SelfTest::Options options;
        options.url = commandLine.databaseUrl(&options.source);
        options.language = installedLanguage;
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
