#pragma once

// Application-wide set-up shared by every program: the identity that decides
// where settings and the embedded database live, and the translations.

#include "database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

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
// its own to parser() before process().
class ProgramCommandLine final
{
public:
    explicit ProgramCommandLine(const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    // Parses (exits for --help, --version and unknown options, as
    // QCommandLineParser does); false, with the reason on standard error,
    // for a language the programs do not speak.
    bool process(const QCoreApplication &app);
    // --database, or where Database::resolveUrl finds one.
    QString databaseUrl(Database::Source *source = nullptr) const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_language;
    QCommandLineOption m_selfTest;
};

} // namespace Helpdesk
