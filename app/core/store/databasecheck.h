#pragma once

// DatabaseCheck: what the self-test asks of the database besides its schema
// version (Database::schemaVersion): the version this program knows and, on
// PostgreSQL, what the program's login may do, so the self-test itself needs
// no SQL.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Helpdesk {

class DatabaseCheck final
{
public:
    // The schema version this program knows for a dialect ("sqlite", "postgresql").
    static int latestSchemaVersion(const QString &dialect);

    struct LoginAccess
    {
        QString login;
        bool agent = false;    // member of helpdesk_agent
        bool reporter = false; // member of helpdesk_reporter
        bool mayFile = false;  // may select reports and insert them (the columns a person fills in, version 9)
    };
    // PostgreSQL only. Roles and the table are looked up by name as bound
    // values, so a missing role or table reads as "no" instead of an error.
    static std::optional<LoginAccess> loginAccess(const QString &connectionName, QString *errorMessage);
};

} // namespace Helpdesk
