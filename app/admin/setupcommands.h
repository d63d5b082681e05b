#pragma once

// SetupCommands: the handlers of init, add-reporter, add-agent,
// filing-limit, seed-demo and config. They create and migrate the database,
// grant roles and set how many reports a login may file an hour
// (PostgreSQL) or keep agent accounts (SQLite), add demo reports and write
// the settings files; they never read or change a report.

#include "command.h"

#include <QCoreApplication>

namespace Helpdesk {

class SetupCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AdminTool)
public:
    static int init(CommandContext &c);
    static int addReporter(CommandContext &c);
    static int addAgent(CommandContext &c);
    static int filingLimit(CommandContext &c);
    static int seedDemo(CommandContext &c);
    static int config(CommandContext &c);

private:
    static int openForLogin(CommandContext &c);
    static int grant(CommandContext &c, const QString &role);
    static int changeFilingLimit(CommandContext &c, const QString &login, const QString &value);
    static bool readPassword(CommandContext &c, const QString &login, QString *password);
    static int configShow(CommandContext &c, const QString &action, const QString &key);
    static int configWrite(CommandContext &c, const QString &action, const QString &key, bool system);
};

} // namespace Helpdesk
