#pragma once

// Command: one entry of helpdesk-admin's command table (commandtable.cpp): its
// name, what to type after it, a one-line summary, the options it owns and
// the handler that runs it; the help is generated from it. CommandContext is what a handler gets: the parsed
// command line, the streams, and the tool's database connection. Neither
// parses nor prints help; CommandTable does both from the entries.

#include <QCommandLineOption>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QIODevice;
class QTextStream;

namespace Helpdesk {

class AdminTool;

struct CommandContext
{
    AdminTool &tool;
    const QCommandLineParser &parser;
    QString command; // the command's name
    QStringList arguments; // what follows the command's name, options taken out
    QIODevice &in;
    QTextStream &out;
    QTextStream &err;

    QString connectionName() const;
    // Opens the database the command line names; on failure prints why.
    bool openDatabase();
    // "helpdesk-admin: message" on the error stream; returns Failure.
    int fail(const QString &message);
    // The message and the help; returns UsageError.
    int usageError(const QString &message);
    // UsageError when there are fewer arguments than `expected` (with
    // `missing`) or more; 0 (Success) when there are exactly that many.
    int expectArguments(int expected, const QString &missing);
};

struct Command
{
    using Handler = int (*)(CommandContext &context);

    QString name;
    QString synopsis; // what follows the name, e.g. "[--limit N]"; never translated
    QString summary; // one sentence, for the list of commands
    QString details; // more for `COMMAND --help`, may be empty
    QList<QCommandLineOption> options; // with their descriptions, for the help
    Handler handler = nullptr;
};

// Both local, minute precision: what an agent reads off a wall clock.
QString adminTime(const QDateTime &time);

// Indent of the lines under a heading of `show` and `incident show`.
constexpr int DescriptionIndent = 4;

} // namespace Helpdesk
