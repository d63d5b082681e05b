#include "commandtable.h"

#include "admintool.h"
#include "devicecommands.h"
#include "incidentcommands.h"
#include "reportcommands.h"
#include "reportexport.h"
#include "setupcommands.h"

#include <QTextStream>

namespace Helpdesk {

namespace {

QCommandLineOption option(const QString &name, const QString &valueName = QString())
{
    return QCommandLineOption(name, QString(), valueName);
}

int help(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    c.out << AdminTool::helpText();
    return AdminTool::Success;
}

} // namespace

QList<Command> CommandTable::commands()
{
    // The order is the order of owners() in messages ("export / export-devices / attachment").
    return {
        {QStringLiteral("init"), {}, {}, {}, &SetupCommands::init},
        {QStringLiteral("list"), {}, {}, {option(QStringLiteral("limit"), QStringLiteral("N"))}, &ReportCommands::list},
        {QStringLiteral("show"), {}, {}, {}, &ReportCommands::show},
        {QStringLiteral("export"), {}, {},
         {option(QStringLiteral("format"), QStringLiteral("FORMAT")), option(QStringLiteral("output"), QStringLiteral("FILE"))},
         &ReportExport::exportReports},
        {QStringLiteral("submit"), {}, {}, {}, &ReportCommands::submit},
        {QStringLiteral("add-reporter"), {}, {}, {}, &SetupCommands::addReporter},
        {QStringLiteral("add-agent"), {}, {}, {option(QStringLiteral("name"), QStringLiteral("NAME"))},
         &SetupCommands::addAgent},
        {QStringLiteral("import-devices"), {}, {}, {}, &DeviceCommands::importDevices},
        {QStringLiteral("export-devices"), {}, {}, {option(QStringLiteral("output"), QStringLiteral("FILE"))},
         &DeviceCommands::exportDevices},
        {QStringLiteral("catalog"), {}, {}, {option(QStringLiteral("kind"), QStringLiteral("KIND"))},
         &DeviceCommands::catalog},
        {QStringLiteral("triage"), {}, {}, {}, &IncidentCommands::triage},
        {QStringLiteral("incident"), {}, {},
         {option(QStringLiteral("category"), QStringLiteral("CATEGORY")),
          option(QStringLiteral("location"), QStringLiteral("WHERE")),
          option(QStringLiteral("message"), QStringLiteral("TEXT")), option(QStringLiteral("make"), QStringLiteral("MAKE")),
          option(QStringLiteral("model"), QStringLiteral("MODEL")),
          option(QStringLiteral("asset-tag"), QStringLiteral("TAG")), option(QStringLiteral("all"))},
         &IncidentCommands::incident},
        {QStringLiteral("priority"), {}, {}, {}, &IncidentCommands::priority},
        {QStringLiteral("attachment"), {}, {}, {option(QStringLiteral("output"), QStringLiteral("FILE"))},
         &ReportCommands::attachment},
        {QStringLiteral("config"), {}, {}, {option(QStringLiteral("system"))}, &SetupCommands::config},
        {QStringLiteral("seed-demo"), {}, {}, {option(QStringLiteral("reports"), QStringLiteral("N"))},
         &SetupCommands::seedDemo},
        {QStringLiteral("help"), {}, {}, {}, &help},
    };
}

const Command *CommandTable::find(const QList<Command> &commands, const QString &name)
{
    for (const Command &command : commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QList<QCommandLineOption> CommandTable::options(const QList<Command> &commands)
{
    QList<QCommandLineOption> all;
    QStringList names;
    for (const Command &command : commands) {
        for (const QCommandLineOption &option : command.options) {
            if (names.contains(option.names().constFirst()))
                continue;
            names.append(option.names().constFirst());
            all.append(option);
        }
    }
    return all;
}

QStringList CommandTable::owners(const QList<Command> &commands, const QString &name)
{
    QStringList found;
    for (const Command &command : commands) {
        for (const QCommandLineOption &option : command.options) {
            if (option.names().contains(name))
                found.append(command.name);
        }
    }
    return found;
}

} // namespace Helpdesk
