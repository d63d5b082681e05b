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
    QList<SelfTestCheck> checks;
    const QString reachableName = tr("Database reachable");
    const QString schemaName = tr("Schema version");
    const QString accessName = tr("Role and permissions");
    auto notChecked = [&](const QString &why) {
        checks.append(check(schemaName, false, tr("not checked: %1").arg(why)));
        checks.append(check(accessName, false, tr("not checked: %1").arg(why)));
    };

    [&] {
        QString error;
        auto url = DatabaseUrl::parse(options.url, &error);
        if (!url) {
            checks.append(check(reachableName, false,
                                tr("%1 (%2)").arg(error, DatabaseChoice::sourceDescription(options.source))));
            notChecked(tr("the database URL is not valid"));
            return;
        }
        const QString where = tr("%1 (%2)").arg(url->toDisplayString(), DatabaseChoice::sourceDescription(options.source));

        // Opening an SQLite file that is not there would create it: a self-test changes nothing.
        // The embedded default is missing on every desk that has not started a program yet,
        // and the first start makes it: what must hold is that it can be made there.
        const SqlDialect dialect(*url);
        if (dialect.isEmbedded() && !QFileInfo::exists(url->path)
            && options.source == DatabaseChoice::Source::Default) {
            QString existing = QFileInfo(url->path).absolutePath();
            while (!QFileInfo::exists(existing) && !QDir(existing).isRoot())
                existing = QFileInfo(existing).absolutePath();
            const QFileInfo folder(existing);
            if (!folder.isDir() || !folder.isWritable()) {
                checks.append(check(reachableName, false,
                                    tr("%1: not made yet, and the programs cannot make it, because %2 is not a "
                                       "folder this user may write to.")
                                        .arg(where, QDir::toNativeSeparators(existing))));
                notChecked(tr("there is no database"));
                return;
            }
            checks.append(check(reachableName, true, tr("%1: not made yet; the first start of a program makes it").arg(where)));
            const int latest = DatabaseCheck::latestSchemaVersion(url->dialect());
            checks.append(check(schemaName, true, tr("%1, when the database is made").arg(latest)));
            checks.append(check(accessName, true,
                                tr("the folder %1, where it will be made, is writable").arg(QDir::toNativeSeparators(existing))));
            return;
        }
        if (dialect.isEmbedded() && !QFileInfo::exists(url->path)) {
            checks.append(check(reachableName, false,
                                tr("%1: the file does not exist yet. Run “helpdesk-admin init” to create it.")
                                    .arg(where)));
            notChecked(tr("there is no database"));
            return;
        }
        const ConnectionGuard guard;
        Database::PasswordProblem problem = Database::PasswordProblem::None;
        bool opened = Database::openWithoutMigrating(*url, kConnection, &error, &problem);
        if (!opened && problem == Database::PasswordProblem::Needed && url->password.isEmpty()
            && options.passwordProvider) {
            url->password = options.passwordProvider();
            if (!url->password.isEmpty())
                opened = Database::openWithoutMigrating(*url, kConnection, &error, &problem);
        }
        if (!opened) {
            checks.append(check(reachableName, false, tr("%1: %2").arg(where, error)));
            notChecked(tr("the database cannot be reached"));
            return;
        }
        checks.append(check(reachableName, true, where));

        int version = -1;
        {
            version = Database::schemaVersion(kConnection, &error);
            const int latest = DatabaseCheck::latestSchemaVersion(url->dialect());
            if (version < 0)
                checks.append(check(schemaName, false, error));
            else if (version == latest)
                checks.append(check(schemaName, true, tr("%1, current").arg(version)));
            else if (version < latest)
                checks.append(check(schemaName, false,
                                    tr("the database is at version %1, this program knows %2. Run “helpdesk-admin "
                                       "init” to create or upgrade the schema.")
                                        .arg(version)
                                        .arg(latest)));
            else
                checks.append(check(schemaName, false,
                                    tr("the database is at version %1, this program knows %2. Install the newer "
                                       "version of Helpdesk Intake on this computer.")
                                        .arg(version)
                                        .arg(latest)));
        }
        // A version that cannot be read (-1) is often a missing role: the next check says which.
        if (version == 0) {
            checks.append(check(accessName, false, tr("not checked: the database has no helpdesk schema")));
            return;
        }

        if (dialect.isEmbedded()) {
            const QFileInfo file(url->path);
            const QFileInfo folder(file.absolutePath());
            // WAL mode writes two files beside the database, so the folder must be writable too.
            if (!file.isWritable())
                checks.append(check(accessName, false,
                                    tr("the file %1 is not writable for this user.").arg(url->path)));
            else if (!folder.isWritable())
                checks.append(check(accessName, false,
                                    tr("the folder %1 is not writable for this user.").arg(folder.filePath())));
            else
                checks.append(check(accessName, true, tr("the file and its folder are writable")));
            return;
        }

        const std::optional<DatabaseCheck::LoginAccess> access = DatabaseCheck::loginAccess(kConnection, &error);
        if (!access) {
            checks.append(check(accessName, false, error));
            return;
        }
        const QString &login = access->login;
        const bool agent = access->agent;
        const bool reporter = access->reporter;
        const bool mayFile = access->mayFile;
        if (!mayFile)
            checks.append(check(accessName, false,
                                tr("the login “%1” has neither the helpdesk_reporter nor the helpdesk_agent role. "
                                   "Ask IT to run “helpdesk-admin add-reporter %1”.")
                                    .arg(login)));
        else if (agent)
            checks.append(check(accessName, true,
                                tr("login “%1”, role helpdesk_agent: reads and updates all reports").arg(login)));
        else if (reporter)
            checks.append(check(accessName, true,
                                tr("login “%1”, role helpdesk_reporter: files reports, reads its own").arg(login)));
        else
            checks.append(check(accessName, true,
                                tr("login “%1” owns the helpdesk tables (an administrator, not an employee)")
                                    .arg(login)));
    }();

    const int devices = DeviceCatalog::builtIn().size();
    checks.append(check(tr("Device catalogue"), devices > 0,
                        devices > 0 ? tr("%n devices", nullptr, devices) : tr("empty: the program was built without it")));

    const QString language = options.language.isEmpty() ? QStringLiteral("en") : options.language;
    const QString translationsName = tr("Translations");
    QTranslator ours;
    if (!ours.load(QStringLiteral(":/i18n/helpdesk_") + language) || ours.isEmpty()) {
        checks.append(check(translationsName, false,
                            tr("no translation for the language “%1” is built into the program").arg(language)));
    } else if (language != QLatin1String("en")) {
        // Qt's own strings (wizard buttons, standard dialogs) come from a Debian package.
        QTranslator qt;
        const bool qtLoaded = qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        checks.append(qtLoaded ? check(translationsName, true, tr("%1, with Qt's own").arg(language))
                               : check(translationsName, false,
                                       tr("%1: Qt's own translations are missing (Debian package "
                                          "qt6-translations-l10n)")
                                           .arg(language)));
    } else {
        checks.append(check(translationsName, true, language));
    }
    return checks;
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
