#include "runtime/application.h"
#include "runtime/databasechoice.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

namespace Helpdesk {

namespace {
QString g_installedLanguage;

// QGuiApplication's and QApplication's own options (their documentation),
// spelt with one dash as Qt spells them. A QApplication takes them off the
// command line when it is made; a run that only prints has none, so it must
// accept them itself ("-platform offscreen --version" prints the version).
void acceptQtWindowOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    static const char *const withValue[] = {"platform", "platformpluginpath", "platformtheme", "plugin",
                                            "qmljsdebugger", "qwindowgeometry", "qwindowicon", "qwindowtitle",
                                            "session", "style", "stylesheet", "display", "geometry", "title",
                                            "name", "visual"};
    static const char *const flags[] = {"reverse", "widgetcount", "nograb", "dograb", "sync"};
    for (const char *name : withValue) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char *name : flags) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}
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
    // Written in English, so there is nothing to load for it.
    if (chosen == QLatin1String("en"))
        return chosen;
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return chosen;
}

ProgramCommandLine::ProgramCommandLine(const QString &description, const QString &programName)
    : m_programName(programName)
    , m_version({QStringLiteral("v"), QStringLiteral("version")},
                QCoreApplication::translate("main", "Print the program's name and version, and exit."))
    , m_database(QStringLiteral("database"),
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
    // Our own --version rather than addVersionOption(): Qt's prints the
    // application name, which is the data folders' shared "helpdesk", not
    // the program that was asked.
    m_parser.addOptions({m_version, m_database, m_language, m_selfTest});
    acceptQtWindowOptions(m_parser);
}

void ProgramCommandLine::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

bool ProgramCommandLine::printsOnly(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return true; // the message about it
    const QString language = m_parser.value(m_language);
    if (!language.isEmpty() && !supportedLanguages().contains(language))
        return true;
    static const QStringList printing = {QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("help-all"),
                                         QStringLiteral("v"), QStringLiteral("version"),
                                         QStringLiteral("self-test")};
    const QStringList given = m_parser.optionNames();
    return std::any_of(given.cbegin(), given.cend(), [](const QString &name) { return printing.contains(name); });
}

std::optional<int> ProgramCommandLine::process(const QCoreApplication &app)
{
    // The parser's own message would begin with the application name, the
    // data folders' shared "helpdesk"; say which program it was.
    if (!m_parser.parse(QCoreApplication::arguments())) {
        std::fputs(qPrintable(m_programName + QStringLiteral(": ") + m_parser.errorText() + QLatin1Char('\n')), stderr);
        return 1;
    }
    m_parser.process(app); // --help and --help-all print and exit
    if (m_parser.isSet(m_version)) {
        std::fputs(qPrintable(m_programName + QLatin1Char(' ') + QCoreApplication::applicationVersion() + QLatin1Char('\n')),
                   stdout);
        return 0;
    }
    const QString language = m_parser.value(m_language);
    if (!language.isEmpty() && !supportedLanguages().contains(language)) {
        qWarning("%s", qPrintable(QCoreApplication::translate("main", "Unknown language “%1”; use ru or en.").arg(language)));
        return 2;
    }
    return std::nullopt;
}

QString ProgramCommandLine::databaseUrl(DatabaseChoice::Source *source) const
{
    return DatabaseChoice::resolveUrl(m_parser.value(m_database), source);
}

} // namespace Helpdesk
