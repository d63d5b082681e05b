#pragma once

// Application-wide set-up shared by every program: the identity that decides
// where settings and the embedded database live, and the translations.

#include <QString>

class QCoreApplication;

namespace Helpdesk {

// Every program shares one organisation/application name so that the wizard,
// the console and helpdesk-admin find the same settings and embedded database.
void setApplicationIdentity();

// Installs our translations and Qt's own for `language` ("ru", "en"), or for
// the system locale when it is empty. Returns the language in effect.
QString installTranslations(QCoreApplication &app, const QString &language);

QStringList supportedLanguages();

} // namespace Helpdesk
