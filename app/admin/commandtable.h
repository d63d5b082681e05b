#pragma once

// CommandTable: helpdesk-admin's commands, one entry each (Command), and what
// comes from the entries: every option the parser must know, which commands
// own an option, the lookup by name and the help (QCommandLineParser writes
// the option lists). It runs no command itself.

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
    // --help, --version, --self-test, --database and --lang, with their descriptions.
    static QList<QCommandLineOption> globalOptions();

    // The list of commands with their summaries, then the global options.
    static QString helpText(const QList<Command> &commands);
    // `COMMAND --help`: its usage, summary, details and options.
    static QString commandHelp(const Command &command);

private:
    static Command listCommand();
    static Command exportCommand();
    static Command addAgentCommand();
    static Command filingLimitCommand();
    static Command priorityCommand();
    static Command seedDemoCommand();
    static Command catalogCommand();
    static Command triageCommand();
    static Command incidentCommand();
    static Command configCommand();
};

} // namespace Helpdesk
