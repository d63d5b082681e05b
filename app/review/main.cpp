// helpdesk-review: the agents' console. Everything but argument handling
// lives in helpdesk_reviewlib so the tests drive the same code.

#include "application.h"
#include "database.h"
#include "reviewwindow.h"
#include "selftest.h"
#include "signindialog.h"

#include <QApplication>
#include <QCommandLineParser>

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Review and answer helpdesk reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Database URL (sqlite:/path/file.sqlite or postgresql://user@host/db)."),
        QStringLiteral("URL"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QCoreApplication::translate("main", "Language of the interface: ru or en."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Check the database, the device catalogue and the translations, print a "
                                            "checklist and exit (status 0 only when all pass). Changes nothing."));
    parser.addOptions({databaseOption, languageOption, selfTestOption});
    parser.process(app);

    if (!language.isEmpty() && !Helpdesk::supportedLanguages().contains(language)) {
        qWarning("%s", qPrintable(QCoreApplication::translate("main", "Unknown language “%1”; use ru or en.").arg(language)));
        return 2;
    }

    if (selfTest) {
        Helpdesk::SelfTest::Options options;
        options.url = Helpdesk::Database::resolveUrl(parser.value(databaseOption), &options.source);
        options.language = installedLanguage;
        return Helpdesk::SelfTest::runAndPrint(QStringLiteral("helpdesk-review"), options);
    }

    const QString connection = QStringLiteral("helpdesk-review");
    int result = 0;
    {
        Helpdesk::SignInDialog signIn(Helpdesk::Database::resolveUrl(parser.value(databaseOption)), connection);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        Helpdesk::ReviewWindow window(connection, signIn.login(), signIn.displayName());
        window.show();
        result = app.exec();
    }
    Helpdesk::Database::close(connection);
    return result;
}
