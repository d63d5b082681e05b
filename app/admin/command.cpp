#include "command.h"

#include "admintool.h"

#include <QTextStream>

namespace Helpdesk {

QString CommandContext::connectionName() const
{
    return tool.connectionName();
}

bool CommandContext::openDatabase()
{
    return tool.openDatabase(err);
}

int CommandContext::fail(const QString &message)
{
    err << AdminTool::programName() << ": " << message << '\n';
    return AdminTool::Failure;
}

int CommandContext::usageError(const QString &message)
{
    return tool.usageError(err, message);
}

int CommandContext::expectArguments(int expected, const QString &missing)
{
    if (arguments.size() < expected)
        return usageError(missing);
    if (arguments.size() > expected)
        return usageError(
            AdminTool::tr("Unexpected argument “%1” for the %2 command.").arg(arguments.at(expected), command));
    return AdminTool::Success;
}

QString adminTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace Helpdesk
