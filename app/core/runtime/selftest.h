#pragma once

// SelfTest: the checklist IT runs after a rollout (`--self-test` in every
// program). Each check says what it looked at and, when it fails, what to do.
// It never changes anything: it opens the database without migrating it and
// never creates an SQLite file that is not there yet. Programs print the list
// with format() and exit with status 0 only when allPassed().

#include "runtime/databasechoice.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Helpdesk {

struct SelfTestCheck
{
    QString name;   // "Database reachable"
    bool ok = false;
    QString detail; // what was found, or what is wrong and how to fix it
};

class SelfTest final
{
    Q_DECLARE_TR_FUNCTIONS(SelfTest)
public:
    struct Options
    {
        QString url;                                  // as DatabaseChoice::resolveUrl() gave it
        DatabaseChoice::Source source = DatabaseChoice::Source::Default;
        QString language;                             // "ru", "en"; empty: "en"
        // Asked only when the server wants a password the URL does not carry
        // (the wizard's keyring); app/core itself knows no keyring.
        std::function<QString()> passwordProvider;
    };

    static QList<SelfTestCheck> run(const Options &options);
    static bool allPassed(const QList<SelfTestCheck> &checks);
    // One "✓ Name: detail" / "✗ Name: detail" line per check and a summary line.
    static QString format(const QString &programName, const QList<SelfTestCheck> &checks);
    // What `--self-test` does in a program's main(): runs the checks, prints
    // the list on standard output and returns the exit status.
    static int runAndPrint(const QString &programName, const Options &options);

private:
    // The names of the three database checks, each written once.
    static QString reachableName();
    static QString schemaName();
    static QString accessName();
    // `reachable` (a failure) and the two checks that need a database, not run because of `why`.
    static QList<SelfTestCheck> notChecked(const SelfTestCheck &reachable, const QString &why);
    // The three database checks, in their order: reachable, schema version, role and permissions.
    static QList<SelfTestCheck> databaseChecks(const Options &options);
    // The same three for an SQLite file that is not there yet, without making it.
    static QList<SelfTestCheck> missingFileChecks(const DatabaseUrl &url, const QString &where,
                                                  DatabaseChoice::Source source);
    // Opens the self-test's connection without migrating; asks `passwordProvider`
    // only when the server wants a password the URL does not carry.
    static bool openDatabase(DatabaseUrl url, const std::function<QString()> &passwordProvider, QString *error);
    static SelfTestCheck schemaCheck(int version, const QString &error, int latest);
    static SelfTestCheck fileAccessCheck(const QString &path);
    static SelfTestCheck loginAccessCheck();
    static SelfTestCheck catalogueCheck();
    static SelfTestCheck translationsCheck(const QString &language);
};

} // namespace Helpdesk
