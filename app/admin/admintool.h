#pragma once

// AdminTool: everything `helpdesk-admin` does — init, list, show, export,
// submit — driven by a command line, reading and writing the streams it is
// given, so tests run it in-process and read what a person would see. It reads
// reports, files new ones exactly as the wizard would (same validation, same
// store), adds invented demo reports (seed-demo), keeps the embedded
// database's agent accounts and applies migrations (as every program does on
// start); it never edits or deletes a report: that is the agents' console's job, with its
// history and locking. It imports and exports the device inventory, which
// it updates but never empties: a device left out of a file stays.
// `attachment` saves one file a reporter attached, as it was attached.
// `catalog search` reads only the built-in device catalogue and `triage`
// only its rules; neither opens a database.
//
// AdminTool parses the global options and hands the command to its entry of
// the command table (CommandTable); the handlers live in one file per group.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;
class QTextStream;

namespace Helpdesk {

class AdminTool final
{
    Q_DECLARE_TR_FUNCTIONS(AdminTool)
public:
    enum ExitCode : int {
        Success = 0,
        Failure = 1,    // the database or a file refused, or no such ticket
        UsageError = 2, // the command line is wrong; usage was printed
    };

    AdminTool();
    ~AdminTool();
    AdminTool(const AdminTool &) = delete;
    AdminTool &operator=(const AdminTool &) = delete;

    // `arguments` as QCoreApplication::arguments() gives them: the program
    // name first. `in` is what `submit`, `triage`, `import-devices -` and `add-agent` (SQLite) read (standard
    // input in the program); nothing else reads it. Returns the process exit code.
    int run(const QStringList &arguments, QIODevice &in, QTextStream &out, QTextStream &err);
    // The same, reading the process's standard input.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // The --lang value, found before run() so main() can install translations
    // before the first translated string is produced. Empty when not given.
    static QString requestedLanguage(const QStringList &arguments);

    static QString helpText();
    static QString programName();

    // For the command handlers (CommandContext).
    int usageError(QTextStream &err, const QString &message) const;
    bool openDatabase(QTextStream &err);
    QString connectionName() const { return m_connectionName; }
    QString databaseOption() const { return m_databaseOption; }
    QString databaseUrl() const { return m_url; }  // as openDatabase() resolved it
    int databaseUrlSource() const { return m_urlSource; }

private:
    int runSelfTest(const QString &language, QTextStream &out);

    QString m_connectionName;  // one per tool: several tools may live in one test process
    QString m_databaseOption;  // --database as given, resolved by openDatabase()
    QString m_url;
    int m_urlSource = 0;       // DatabaseChoice::Source, for `init`
};

} // namespace Helpdesk
