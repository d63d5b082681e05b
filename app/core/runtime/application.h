#pragma once

// Application-wide set-up shared by every program: the identity that decides
// where settings and the embedded database live, and the translations.

#include "runtime/databasechoice.h"
#include "store/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace Helpdesk {

// Every program shares one organisation/application name so that the wizard,
// the console and helpdesk-admin find the same settings and embedded database.
void setApplicationIdentity();

// Installs our translations and Qt's own for `language` ("ru", "en"), or for
// the system locale when it is empty. Returns the language in effect.
QString installTranslations(QCoreApplication &app, const QString &language);

// The language installTranslations() chose last; empty before it ran.
QString installedLanguage();

QStringList supportedLanguages();

// The value of --lang (or --lang=…) in a raw argument list, found before any
// parser runs so translations are in place before the first translated text
// (including the parser's own messages). Empty when not given.
QString languageArgument(const QStringList &arguments);

// The command line the wizard and the console share: --help, --version,
// --database URL, --lang ru|en and --self-test. Made after the translations
// are installed, so its help text is translated; a program adds options of
// its own with addOption() before process().
class ProgramCommandLine final
{
public:
    // `programName`: the executable's name, which --version prints ("helpdesk-intake 0.1.0").
    ProgramCommandLine(const QString &description, const QString &programName);

    void addOption(const QCommandLineOption &option);
    const QCommandLineParser &parser() const { return m_parser; }

    // Whether the raw command line (argv, before any application object
    // exists) asks only for printed text: --help, --version, --self-test, or
    // a command line the parser refuses (its message is printed). Such a run
    // needs no display, so it must not create a QApplication, which aborts
    // without one (over ssh, in a container, in a packaging script). Qt's own
    // window options (-platform, -style, …) count as known here, since
    // QApplication takes them off the command line before process() sees it.
    bool printsOnly(const QStringList &arguments);

    // Parses; for --help QCommandLineParser prints and exits. Returns the
    // status to exit with now: 0 after printing --version, 1 for a command
    // line it refuses, 2 for a language the programs do not speak (the reason
    // on standard error); nothing when the program goes on.
    std::optional<int> process(const QCoreApplication &app);
    // --database, or where DatabaseChoice::resolveUrl finds one.
    QString databaseUrl(DatabaseChoice::Source *source = nullptr) const;
    // --self-test was given (after printsOnly() or process()).
    bool selfTestRequested() const { return m_parser.isSet(m_selfTest); }

private:
    QCommandLineParser m_parser;
    QString m_programName;
    QCommandLineOption m_version;
    QCommandLineOption m_database;
    QCommandLineOption m_language;
    QCommandLineOption m_selfTest;
};

} // namespace Helpdesk
