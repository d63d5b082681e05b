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

ProgramCommandLine::ProgramCommandLine(const QString &description)
    : m_database(QStringLiteral("database"),
                 QCoreApplication::translate("main", "Database URL (sqlite:/path/file.sqlite or postgresql://user@host/db)."),
                 QStringLiteral("URL"))
    , m_language(QStringLiteral("lang"), QCoreApplication::translate("main", "Language of the interface: ru or en."),
                 QStringLiteral("LANG"))
    , m_selfTest(QStringLiteral("self-test"),
                 QCoreApplication::translate("main", "Check the database, the device catalogue and the translations, "
                                                     "print a checklist and exit (status 0 only when all pass). "
                                                     "Changes nothing."))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_database, m_language, m_selfTest});
}

bool ProgramCommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
    const QString language = m_parser.value(m_language);
    if (!language.isEmpty() && !supportedLanguages().contains(language)) {
        qWarning("%s", qPrintable(QCoreApplication::translate("main", "Unknown language “%1”; use ru or en.").arg(language)));
        return false;
    }
    return true;
}

QString ProgramCommandLine::databaseUrl(Database::Source *source) const
{
    return Database::resolveUrl(m_parser.value(m_database), source);
}

} // namespace Helpdesk
