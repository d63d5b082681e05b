#include "runtime/config.h"

#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace Helpdesk {

namespace {

const QString kDatabase = QStringLiteral("database");
const QString kSslMode = QStringLiteral("database.sslmode");
const QString kSslRootCert = QStringLiteral("database.sslrootcert");
const QString kLocked = QStringLiteral("database.locked");

const QStringList &sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-ca"),
                                      QStringLiteral("verify-full")};
    return modes;
}

bool isTrue(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes");
}

} // namespace

QStringList Config::keys()
{
    return {kDatabase, kSslMode, kSslRootCert, kLocked};
}

QString Config::settingsKey(const QString &key)
{
    if (key == kDatabase)
        return QStringLiteral("database/url");
    if (key.startsWith(QLatin1String("database.")))
        return QStringLiteral("database/") + key.mid(int(qstrlen("database.")));
    return QString();
}

std::unique_ptr<QSettings> Config::open(Scope scope)
{
    std::unique_ptr<QSettings> settings;
    const QString systemDir = qEnvironmentVariable("HELPDESK_SYSTEM_CONFIG_DIR");
    if (scope == Scope::System && !systemDir.isEmpty()) {
        // Laid out like /etc/xdg: <dir>/<organisation>/<application>.conf.
        const QString organization = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        const QString relative = (organization.isEmpty() ? QString() : organization + QLatin1Char('/'))
            + (application.isEmpty() ? QStringLiteral("helpdesk") : application) + QStringLiteral(".conf");
        settings = std::make_unique<QSettings>(QDir(systemDir).filePath(relative), QSettings::IniFormat);
    } else {
        settings = std::make_unique<QSettings>(QSettings::NativeFormat,
                                               scope == Scope::User ? QSettings::UserScope : QSettings::SystemScope,
                                               QCoreApplication::organizationName(),
                                               QCoreApplication::applicationName());
    }
    // The user's file alone: Qt would otherwise answer from the system file too.
    settings->setFallbacksEnabled(false);
    return settings;
}

QString Config::fileName(Scope scope)
{
    return open(scope)->fileName();
}

bool Config::databaseLocked()
{
    return isTrue(open(Scope::System)->value(settingsKey(kLocked)).toString());
}

QString Config::value(const QString &key, Scope *scope)
{
    const QString settingsName = settingsKey(key);
    if (key != kLocked && !databaseLocked()) {
        const QString user = open(Scope::User)->value(settingsName).toString().trimmed();
        if (!user.isEmpty()) {
            if (scope)
                *scope = Scope::User;
            return user;
        }
    }
    if (scope)
        *scope = Scope::System;
    return open(Scope::System)->value(settingsName).toString().trimmed();
}

QString Config::withTlsOptions(const QString &url)
{
    if (!url.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        && !url.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return url;
    QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return url; // DatabaseUrl::parse() says what is wrong with it
    QUrlQuery query(parsed);
    bool changed = false;
    for (const QString &key : {kSslMode, kSslRootCert}) {
        const QString option = key.mid(int(qstrlen("database.")));
        const QString value = Config::value(key);
        if (value.isEmpty() || query.hasQueryItem(option))
            continue; // the URL's own option wins
        query.addQueryItem(option, QString::fromLatin1(QUrl::toPercentEncoding(value, "/:")));
        changed = true;
    }
    if (!changed)
        return url;
    parsed.setQuery(query);
    return parsed.toString(QUrl::FullyEncoded);
}

QString Config::withoutPassword(const QString &url)
{
    if (!url.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive))
        return url;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return QStringLiteral("postgresql://…"); // an unparsable URL may hide its password anywhere
    return parsed.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
}

QString Config::validate(const QString &key, const QString &value, Scope scope)
{
    if (!keys().contains(key))
        return tr("Unknown setting “%1”; the settings are: %2.").arg(key, keys().join(QStringLiteral(", ")));
    if (key == kLocked) {
        if (scope != Scope::System)
            return tr("Only the system setting can lock the database setting: add --system.");
        const QString v = value.trimmed().toLower();
        if (!v.isEmpty() && v != QLatin1String("true") && v != QLatin1String("false"))
            return tr("database.locked is true or false, not “%1”.").arg(value);
        return QString();
    }
    if (scope == Scope::User && databaseLocked())
        return tr("IT has locked the database settings in %1, so a setting of your own would be ignored.")
            .arg(fileName(Scope::System));
    if (value.trimmed().isEmpty())
        return QString(); // removes the setting
    if (key == kDatabase) {
        QString error;
        const auto url = DatabaseUrl::parse(value, &error);
        if (!url)
            return error;
        if (!url->password.isEmpty())
            return tr("A password in a settings file can be read by anyone who can read the file: leave it out of "
                      "the URL. The wizard asks for it and keeps it in the keyring; single sign-on (Kerberos) needs "
                      "none.");
        return QString();
    }
    if (key == kSslMode) {
        if (!sslModes().contains(value.trimmed()))
            return tr("Unknown sslmode “%1”; use one of: %2.").arg(value, sslModes().join(QStringLiteral(", ")));
        return QString();
    }
    // sslrootcert
    const QFileInfo file(value.trimmed());
    if (!file.isAbsolute())
        return tr("Give the CA certificate as an absolute path, e.g. /etc/ssl/certs/helpdesk-ca.pem.");
    if (!file.isFile())
        return tr("There is no file %1.").arg(value.trimmed());
    return QString();
}

bool Config::write(Scope scope, const QString &key, const QString &value, QString *errorMessage)
{
    const std::unique_ptr<QSettings> settings = open(scope);
    const QString name = settingsKey(key);
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        settings->remove(name);
    else if (key == kLocked)
        settings->setValue(name, isTrue(trimmed));
    else
        settings->setValue(name, trimmed);
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        if (errorMessage)
            *errorMessage = scope == Scope::System
                ? tr("Cannot write %1; the system setting needs an administrator (sudo).").arg(settings->fileName())
                : tr("Cannot write %1.").arg(settings->fileName());
        return false;
    }
    return true;
}

} // namespace Helpdesk
