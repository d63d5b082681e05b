#include "runtime/selftest.h"

#include "devices/devicecatalog.h"
#include "runtime/databasechoice.h"
#include "store/database.h"
#include "store/databasecheck.h"
#include "store/sqldialect.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTextStream>
#include <QLocale>
#include <QTranslator>

namespace Helpdesk {

namespace {

const QString kConnection = QStringLiteral("helpdesk-self-test");

SelfTestCheck check(const QString &name, bool ok, const QString &detail)
{
    return SelfTestCheck{name, ok, detail};
}

// Removes the connection when the checks are done, whatever happened.
struct ConnectionGuard
{
    ~ConnectionGuard() { Database::close(kConnection); }
};

} // namespace

QList<SelfTestCheck> SelfTest::run(const Options &options)
{
    QList<SelfTestCheck> checks = databaseChecks(options);
    checks.append(catalogueCheck());
    checks.append(translationsCheck(options.language));
    return checks;
}

QString SelfTest::reachableName()
{
    return tr("Database reachable");
}

QString SelfTest::schemaName()
{
    return tr("Schema version");
}

QString SelfTest::accessName()
{
    return tr("Role and permissions");
}

QList<SelfTestCheck> SelfTest::notChecked(const SelfTestCheck &reachable, const QString &why)
{
    return {reachable, check(schemaName(), false, tr("not checked: %1").arg(why)),
            check(accessName(), false, tr("not checked: %1").arg(why))};
}

QList<SelfTestCheck> SelfTest::databaseChecks(const Options &options)
{
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(options.url, &error);
    if (!url)
        return notChecked(check(reachableName(), false,
                                tr("%1 (%2)").arg(error, DatabaseChoice::sourceDescription(options.source))),
                          tr("the database URL is not valid"));
    const QString where = tr("%1 (%2)").arg(url->toDisplayString(), DatabaseChoice::sourceDescription(options.source));
    const SqlDialect dialect(*url);
    if (dialect.isEmbedded() && !QFileInfo::exists(url->path))
        return missingFileChecks(*url, where, options.source);

    const ConnectionGuard guard;
    if (!openDatabase(*url, options.passwordProvider, &error))
        return notChecked(check(reachableName(), false, tr("%1: %2").arg(where, error)),
                          tr("the database cannot be reached"));
    QList<SelfTestCheck> checks = {check(reachableName(), true, where)};
    const int version = Database::schemaVersion(kConnection, &error);
    checks.append(schemaCheck(version, error, DatabaseCheck::latestSchemaVersion(url->dialect())));
    // A version that cannot be read (-1) is often a missing role: the next check says which.
    if (version == 0)
        checks.append(check(accessName(), false, tr("not checked: the database has no helpdesk schema")));
    else if (dialect.isEmbedded())
        checks.append(fileAccessCheck(url->path));
    else
        checks.append(loginAccessCheck());
    return checks;
}

// Opening an SQLite file that is not there would create it: a self-test changes nothing.
// The embedded default is missing on every desk that has not started a program yet,
// and the first start makes it: what must hold is that it can be made there.
QList<SelfTestCheck> SelfTest::missingFileChecks(const DatabaseUrl &url, const QString &where,
                                                 DatabaseChoice::Source source)
{
    if (source != DatabaseChoice::Source::Default)
        return notChecked(check(reachableName(), false,
                                tr("%1: the file does not exist yet. Run “helpdesk-admin init” to create it.")
                                    .arg(where)),
                          tr("there is no database"));
    QString existing = QFileInfo(url.path).absolutePath();
    while (!QFileInfo::exists(existing) && !QDir(existing).isRoot())
        existing = QFileInfo(existing).absolutePath();
    const QFileInfo folder(existing);
    if (!folder.isDir() || !folder.isWritable())
        return notChecked(check(reachableName(), false,
                                tr("%1: not made yet, and the programs cannot make it, because %2 is not a "
                                   "folder this user may write to.")
                                    .arg(where, QDir::toNativeSeparators(existing))),
                          tr("there is no database"));
    const int latest = DatabaseCheck::latestSchemaVersion(url.dialect());
    return {check(reachableName(), true, tr("%1: not made yet; the first start of a program makes it").arg(where)),
            check(schemaName(), true, tr("%1, when the database is made").arg(latest)),
            check(accessName(), true,
                  tr("the folder %1, where it will be made, is writable").arg(QDir::toNativeSeparators(existing)))};
}

bool SelfTest::openDatabase(DatabaseUrl url, const std::function<QString()> &passwordProvider, QString *error)
{
    Database::PasswordProblem problem = Database::PasswordProblem::None;
    bool opened = Database::openWithoutMigrating(url, kConnection, error, &problem);
    if (!opened && problem == Database::PasswordProblem::Needed && url.password.isEmpty() && passwordProvider) {
        url.password = passwordProvider();
        if (!url.password.isEmpty())
            opened = Database::openWithoutMigrating(url, kConnection, error, &problem);
    }
    return opened;
}

SelfTestCheck SelfTest::schemaCheck(int version, const QString &error, int latest)
{
    if (version < 0)
        return check(schemaName(), false, error);
    if (version == latest)
        return check(schemaName(), true, tr("%1, current").arg(version));
    if (version < latest)
        return check(schemaName(), false,
                     tr("the database is at version %1, this program knows %2. Run “helpdesk-admin "
                        "init” to create or upgrade the schema.")
                         .arg(version)
                         .arg(latest));
    return check(schemaName(), false,
                 tr("the database is at version %1, this program knows %2. Install the newer "
                    "version of Helpdesk Intake on this computer.")
                     .arg(version)
                     .arg(latest));
}

SelfTestCheck SelfTest::fileAccessCheck(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    // WAL mode writes two files beside the database, so the folder must be writable too.
    if (!file.isWritable())
        return check(accessName(), false, tr("the file %1 is not writable for this user.").arg(path));
    if (!folder.isWritable())
        return check(accessName(), false, tr("the folder %1 is not writable for this user.").arg(folder.filePath()));
    return check(accessName(), true, tr("the file and its folder are writable"));
}

SelfTestCheck SelfTest::loginAccessCheck()
{
    QString error;
    const std::optional<DatabaseCheck::LoginAccess> access = DatabaseCheck::loginAccess(kConnection, &error);
    if (!access)
        return check(accessName(), false, error);
    const QString &login = access->login;
    if (!access->mayFile)
        return check(accessName(), false,
                     tr("the login “%1” has neither the helpdesk_reporter nor the helpdesk_agent role. "
                        "Ask IT to run “helpdesk-admin add-reporter %1”.")
                         .arg(login));
    if (access->agent)
        return check(accessName(), true,
                     tr("login “%1”, role helpdesk_agent: reads and updates all reports").arg(login));
    if (access->reporter)
        return check(accessName(), true,
                     tr("login “%1”, role helpdesk_reporter: files reports, reads its own").arg(login));
    return check(accessName(), true,
                 tr("login “%1” owns the helpdesk tables (an administrator, not an employee)").arg(login));
}

SelfTestCheck SelfTest::catalogueCheck()
{
    const int devices = DeviceCatalog::builtIn().size();
    return check(tr("Device catalogue"), devices > 0,
                 devices > 0 ? tr("%n devices", nullptr, devices) : tr("empty: the program was built without it"));
}

SelfTestCheck SelfTest::translationsCheck(const QString &requested)
{
    const QString language = requested.isEmpty() ? QStringLiteral("en") : requested;
    const QString translationsName = tr("Translations");
    QTranslator ours;
    if (!ours.load(QStringLiteral(":/i18n/helpdesk_") + language) || ours.isEmpty())
        return check(translationsName, false,
                     tr("no translation for the language “%1” is built into the program").arg(language));
    if (language == QLatin1String("en"))
        return check(translationsName, true, language);
    // Qt's own strings (wizard buttons, standard dialogs) come from a Debian package.
    QTranslator qt;
    const bool qtLoaded = qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return qtLoaded ? check(translationsName, true, tr("%1, with Qt's own").arg(language))
                    : check(translationsName, false,
                            tr("%1: Qt's own translations are missing (Debian package "
                               "qt6-translations-l10n)")
                                .arg(language));
}

bool SelfTest::allPassed(const QList<SelfTestCheck> &checks)
{
    for (const SelfTestCheck &c : checks) {
        if (!c.ok)
            return false;
    }
    return !checks.isEmpty();
}

QString SelfTest::format(const QString &programName, const QList<SelfTestCheck> &checks)
{
    QString text = tr("%1 %2 self-test").arg(programName, QStringLiteral(HELPDESK_VERSION)) + QLatin1Char('\n');
    int failed = 0;
    for (const SelfTestCheck &c : checks) {
        if (!c.ok)
            ++failed;
        text += (c.ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + tr("%1: %2").arg(c.name, c.detail)
            + QLatin1Char('\n');
    }
    text += failed == 0 ? tr("All %n checks passed.", nullptr, int(checks.size()))
                        : tr("%n of %1 checks failed.", nullptr, failed).arg(checks.size());
    return text + QLatin1Char('\n');
}

int SelfTest::runAndPrint(const QString &programName, const Options &options)
{
    const QList<SelfTestCheck> checks = run(options);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    out << format(programName, checks);
    return allPassed(checks) ? 0 : 1;
}

} // namespace Helpdesk
