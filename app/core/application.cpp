#include "application.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace Helpdesk {

namespace {
QString g_installedLanguage;
} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("helpdesk-intake"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("helpdesk-intake.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HELPDESK_VERSION));
}

QString installedLanguage()
{
    return g_installedLanguage;
}

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString languageArgument(const QStringList &arguments)
{
    // Mirrors QCommandLineParser's two spellings; the parser validates later.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(int(qstrlen("--lang=")));
    }
    return QString();
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString chosen = language.trimmed().toLower();
    if (chosen.isEmpty()) {
        chosen = QStringLiteral("en");
        const QStringList preferred = QLocale::system().uiLanguages();
        for (const QString &ui : preferred) {
            const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
            if (supportedLanguages().contains(code)) {
                chosen = code;
                break;
            }
        }
    }
    QLocale::setDefault(QLocale(chosen));
    g_installedLanguage = chosen;

    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/helpdesk_") + chosen))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;

    // Qt's own strings: the wizard's Back/Next/Cancel buttons, standard dialogs.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return chosen;
}

} // namespace Helpdesk
