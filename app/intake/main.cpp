// helpdesk-intake: the employee's wizard. Everything but argument handling
// lives in helpdesk_intakelib so the tests drive the same code.

#include "application.h"
#include "database.h"
#include "intakewizard.h"
#include "quitonfirstexpose.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Helpdesk::setApplicationIdentity();

    // --lang must be known before any translated text is created, including
    // the parser's own help text.
    const QString language = Helpdesk::languageArgument(QCoreApplication::arguments());
    Helpdesk::installTranslations(app, language);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Helpdesk Intake"));
    QGuiApplication::setDesktopFileName(QStringLiteral("helpdesk-intake"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Report an IT problem to the helpdesk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Database URL (sqlite:/path/file.sqlite or postgresql://user@host/db)."),
        QStringLiteral("URL"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QCoreApplication::translate("main", "Language of the interface: ru or en."),
                                            QStringLiteral("LANG"));
    QCommandLineOption exitOption(QStringLiteral("exit-after-startup"),
                                  QCoreApplication::translate("main", "Quit as soon as the first page is shown (benchmarks, smoke tests)."));
    exitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({databaseOption, languageOption, exitOption});
    parser.process(app);

    if (!language.isEmpty() && !Helpdesk::supportedLanguages().contains(language)) {
        qWarning("%s", qPrintable(QCoreApplication::translate("main", "Unknown language “%1”; use ru or en.").arg(language)));
        return 2;
    }

    Helpdesk::IntakeWizard wizard(Helpdesk::Database::resolveUrl(parser.value(databaseOption)));
    if (parser.isSet(exitOption)) {
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
