#pragma once

// CommandTable: helpdesk-admin's commands, one entry each (Command), and what
// comes from the entries: every option the parser must know, which commands
// own an option, and the lookup by name. It runs no command itself.

#include "command.h"

#include <QCoreApplication>

namespace Helpdesk {

class CommandTable final
{
    Q_DECLARE_TR_FUNCTIONS(AdminTool)
public:
    // Built on each call, after main() installed the translations.
    static QList<Command> commands();
    static const Command *find(const QList<Command> &commands, const QString &name);
    // Every command's options, each name once, in the order of the table.
    static QList<QCommandLineOption> options(const QList<Command> &commands);
    // The commands that own the option `name`, in the order of the table.
    static QStringList owners(const QList<Command> &commands, const QString &name);
};

} // namespace Helpdesk
