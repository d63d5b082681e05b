// helpdesk-review: the agents' console. Everything but argument handling
// lives in helpdesk_reviewlib so the tests drive the same code.

#include "application.h"
#include "database.h"
#include "reviewwindow.h"
#include "signindialog.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Helpdesk::setApplicationIdentity();

    // --lang must be known before any translated text is created, including
    // the parser's own help text.
    const QString language = Helpdesk::languageArgument(QCoreApplication::arguments());
    Helpdesk::installTranslations(app, language);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Helpdesk Review"));
    QGuiApplication::setDesktopFileName(QStringLiteral("helpdesk-review"));

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
    parser.addOptions({databaseOption, languageOption});
    parser.process(app);

    if (!language.isEmpty() && !Helpdesk::supportedLanguages().contains(language)) {
        qWarning("%s", qPrintable(QCoreApplication::translate("main", "Unknown language “%1”; use ru or en.").arg(language)));
        return 2;
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
