#pragma once

// FilingLimits: how many new reports a login may file an hour on a shared
// PostgreSQL database (filing_limits, migration 0010; the server enforces
// them). One limit holds for everyone (EveryoneLogin); a login of its own
// (a monitoring system's) may have another. Written by the tables' owner
// through helpdesk-admin filing-limit. The embedded SQLite file has no
// logins and no limits.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Helpdesk {

class FilingLimits final
{
    Q_DECLARE_TR_FUNCTIONS(FilingLimits)
public:
    // The row that holds everyone's limit.
    static constexpr const char *EveryoneLogin = "*";

    struct Limit
    {
        QString login; // EveryoneLogin or a database login
        int reportsPerHour = 0;
    };

    // Everyone's limit first, then the logins' own by name; nullopt with a
    // message on SQLite or when the database refuses.
    static std::optional<QList<Limit>> list(const QString &connectionName, QString *errorMessage);
    // Sets the login's own limit (or everyone's); a negative number is refused.
    static bool set(const QString &connectionName, const QString &login, int reportsPerHour, QString *errorMessage);
    // The login goes back to everyone's limit; false when it had none of its own.
    static bool remove(const QString &connectionName, const QString &login, QString *errorMessage);

private:
    static bool onServer(const QString &connectionName, QString *errorMessage);
};

} // namespace Helpdesk
