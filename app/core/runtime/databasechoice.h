#pragma once

// DatabaseChoice: which database a program opens, and where that choice came
// from (for init and --self-test): --database URL, else $HELPDESK_DATABASE,
// else the user's setting "database/url" (unless the system file locks it),
// else the system setting, else the embedded SQLite file under
// AppDataLocation. A PostgreSQL URL gets sslmode and sslrootcert from the
// settings when it does not name them itself (Config::withTlsOptions).

#include <QCoreApplication>
#include <QString>

namespace Helpdesk {

class DatabaseChoice final
{
    // Its messages keep the context they had in Database.
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // Settings is the user's own file, SystemSettings the one IT wrote (see Config).
    enum class Source { CommandLine, Environment, Settings, SystemSettings, Default };

    static QString resolveUrl(const QString &commandLineValue, Source *source = nullptr);
    // "from --database", "from HELPDESK_DATABASE", …
    static QString sourceDescription(Source source);
    static QString defaultUrl();
};

} // namespace Helpdesk
