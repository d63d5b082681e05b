#pragma once

// Application-wide set-up shared by every program: the identity that decides
// where settings and the embedded database live, and the translations.

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

} // namespace Helpdesk
