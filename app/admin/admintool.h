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

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QIODevice;
class QTextStream;

namespace Helpdesk {

struct Incident;

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

private:
    int usageError(QTextStream &err, const QString &message) const;
    bool openDatabase(QTextStream &err);

    int runInit(QTextStream &out, QTextStream &err);
    int runAddAgent(const QString &login, const QString &displayName, QIODevice &in, QTextStream &out,
                    QTextStream &err);
    int runSeedDemo(qint64 count, QTextStream &out, QTextStream &err);
    int runConfig(const QStringList &arguments, bool system, QTextStream &out, QTextStream &err);
    int runSelfTest(const QString &language, QTextStream &out);
    int runGrant(const QString &login, const QString &role, QTextStream &out, QTextStream &err);
    int runList(int limit, QTextStream &out, QTextStream &err);
    int runShow(qint64 id, QTextStream &out, QTextStream &err);
    int runAttachment(qint64 id, int position, const QString &outputPath, QTextStream &out, QTextStream &err);
    int runExport(const QString &format, const QString &outputPath, QTextStream &out, QTextStream &err);
    int runSubmit(QIODevice &in, QTextStream &out, QTextStream &err);
    int runImportDevices(const QString &path, QIODevice &in, QTextStream &out, QTextStream &err);
    int runExportDevices(const QString &outputPath, QTextStream &out, QTextStream &err);
    int runTriage(QIODevice &in, QTextStream &out, QTextStream &err);
    int runIncident(const QStringList &arguments, const Incident &details, bool includeResolved, QTextStream &out,
                    QTextStream &err);
    int runPriority(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int runCatalog(const QStringList &arguments, bool kindGiven, const QString &kind, QTextStream &out,
                   QTextStream &err);

    QString m_connectionName;  // one per tool: several tools may live in one test process
    QString m_databaseOption;  // --database as given, resolved by openDatabase()
    QString m_url;
    int m_urlSource = 0;       // DatabaseChoice::Source, for `init`
};

} // namespace Helpdesk
