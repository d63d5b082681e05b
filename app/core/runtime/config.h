#pragma once

// Config: the settings that decide which database every program uses, read
// from two files of the same format (QSettings, INI):
//   the user's own:  ~/.config/helpdesk-intake/helpdesk.conf
//   the system's:    /etc/xdg/helpdesk-intake/helpdesk.conf, written once by IT
//                    (HELPDESK_SYSTEM_CONFIG_DIR moves it: tests, packagers)
// Keys: database/url, database/sslmode, database/sslrootcert, and in the
// system file only database/locked. A locked system file makes every program
// ignore the user's database settings; the command line and HELPDESK_DATABASE
// still win, because they are set on purpose by whoever starts the program
// (an administrator, a script), never by a menu entry.
// It never holds a password: `helpdesk-admin config set` refuses one.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace Helpdesk {

class Config final
{
    Q_DECLARE_TR_FUNCTIONS(Config)
public:
    enum class Scope { User, System };

    // What `helpdesk-admin config` calls the keys, and the settings key behind each.
    static QStringList keys(); // "database", "database.sslmode", "database.sslrootcert", "database.locked"
    static QString settingsKey(const QString &key);

    // The settings file of one scope, without Qt's fallback from user to system.
    static std::unique_ptr<QSettings> open(Scope scope);
    static QString fileName(Scope scope);

    // True when the system file sets database/locked=true.
    static bool databaseLocked();

    // The value of `key` that applies, from the user's file unless the system
    // locked it, else from the system file; empty when neither sets it.
    // `scope` (if given) says which file it came from.
    static QString value(const QString &key, Scope *scope = nullptr);

    // Adds sslmode and sslrootcert from the settings to a PostgreSQL URL that
    // does not set them itself; other URLs come back unchanged.
    static QString withTlsOptions(const QString &url);

    // The URL without its password, for anything a person or a log sees.
    static QString withoutPassword(const QString &url);

    // Checks a value before it is written; empty when it is fine.
    static QString validate(const QString &key, const QString &value, Scope scope);
    // Writes (or with an empty value removes) a key; false with a message
    // when the file cannot be written.
    static bool write(Scope scope, const QString &key, const QString &value, QString *errorMessage);
};

} // namespace Helpdesk
