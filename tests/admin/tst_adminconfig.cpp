// tst_adminconfig: helpdesk-admin as an administrator uses it — `config` for the user and the system, and `--self-test` on good, old, new, missing and unreachable databases and of the installed programs.
// The tool runs in-process on a fresh database (admintestfixture.h).

#include "admintestfixture.h"

using namespace Helpdesk;

class tst_AdminConfig final : public AdminTestFixture
{
    Q_OBJECT

private slots:
    void configSetGetShowForTheUser();
    void configSystemSettingAndLock();
    void configRefusesPasswordsAndBadValues_data();
    void configRefusesPasswordsAndBadValues();
    void configSystemFileNotWritable();
    void selfTestPassesOnCurrentDatabase();
    void selfTestNamesRoleOfEachLogin();
    void selfTestOlderSchemaFailsAndChangesNothing();
    void selfTestNewerSchemaFails();
    void selfTestMissingFileIsNotCreated();
    void selfTestUnreachableServer();
    void selfTestOfInstalledPrograms();
    void selfTestAsksForThePasswordOnlyWhenTheServerDoes();
};

namespace {
// The lines of a checklist that start with the given mark.
QStringList checklistLines(const QString &output, const QString &mark)
{
    QStringList found;
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(mark))
            found.append(line);
    }
    return found;
}

const QString passed = QStringLiteral("✓ ");
const QString failed = QStringLiteral("✗ ");
} // namespace

namespace {
QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("<no file %1>").arg(path);
}
} // namespace

void tst_AdminConfig::configSetGetShowForTheUser()
{
    const QString url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("mine.sqlite"));
    const Run set = admin({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("database"), url}, false);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QString userFile = Config::fileName(Config::Scope::User);
    QVERIFY2(userFile.startsWith(m_dir->path()), qPrintable(userFile));
    QCOMPARE(set.out, QStringLiteral("database set in %1.\n").arg(userFile));
    QVERIFY(readFile(userFile).contains(QStringLiteral("url=") + url));

    const Run get = admin({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("database")}, false);
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, url + QLatin1Char('\n'));
    // Every program now uses it: init opens that file.
    const Run init = admin({QStringLiteral("init")}, false);
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains(QStringLiteral("from the user setting in ") + userFile), qPrintable(init.out));

    const Run show = admin({QStringLiteral("config"), QStringLiteral("show")}, false);
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.startsWith(QStringLiteral("database = %1  (from the user setting in %2)\n").arg(url, userFile)),
             qPrintable(show.out));
    QVERIFY2(show.out.contains(QStringLiteral("database.sslmode = (not set)\n")), qPrintable(show.out));
    QVERIFY2(show.out.contains(QStringLiteral("System settings: ") + m_dir->filePath(QStringLiteral("etc-xdg"))),
             qPrintable(show.out));
    // The command line still wins, and show says so.
    const Run showWithOption = admin({QStringLiteral("config"), QStringLiteral("show")}, true);
    QVERIFY2(showWithOption.out.contains(QStringLiteral("(from --database)")), qPrintable(showWithOption.out));

    const Run getUnset = admin({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("database.sslmode")}, false);
    QCOMPARE(getUnset.exitCode, 1);
    QVERIFY(getUnset.out.isEmpty());

    // A relative path is kept as the absolute one it means here.
    const QString here = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const Run relative = admin({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("database"),
                                QStringLiteral("sqlite:data/relative.sqlite")},
                               false);
    QDir::setCurrent(here);
    QCOMPARE(relative.exitCode, 0);
    QCOMPARE(admin({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("database")}, false).out,
             QStringLiteral("sqlite:") + QDir(m_dir->path()).filePath(QStringLiteral("data/relative.sqlite"))
                 + QLatin1Char('\n'));

    const Run unset = admin({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("database")}, false);
    QVERIFY2(unset.exitCode == 0, qPrintable(unset.err));
    QCOMPARE(admin({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("database")}, false).out,
             DatabaseChoice::defaultUrl() + QLatin1Char('\n'));
}

void tst_AdminConfig::configSystemSettingAndLock()
{
    const QString systemUrl = QStringLiteral("postgresql://db.example.org/helpdesk");
    const QString ca = m_dir->filePath(QStringLiteral("ca.pem"));
    QVERIFY(QFile(ca).open(QIODevice::WriteOnly));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("database"), systemUrl}, {QStringLiteral("database.sslmode"), QStringLiteral("verify-full")},
          {QStringLiteral("database.sslrootcert"), ca}, {QStringLiteral("database.locked"), QStringLiteral("true")}}) {
        const Run run = admin(QStringList{QStringLiteral("config"), QStringLiteral("set")} + arguments
                                  + QStringList{QStringLiteral("--system")},
                              false);
        QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    }
    const QString systemFile = m_dir->filePath(QStringLiteral("etc-xdg/%1/%2.conf")
                                                   .arg(QCoreApplication::organizationName(),
                                                        QCoreApplication::applicationName()));
    QCOMPARE(Config::fileName(Config::Scope::System), systemFile);
    const QString written = readFile(systemFile);
    QVERIFY2(written.contains(QStringLiteral("[database]")) && written.contains(QStringLiteral("locked=true"))
                 && written.contains(QStringLiteral("sslmode=verify-full")),
             qPrintable(written));

    // The user cannot override a locked setting, and is told why.
    const Run refused = admin({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("database"),
                               QStringLiteral("sqlite:/tmp/elsewhere.sqlite")},
                              false);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("IT has locked the database settings in ") + systemFile),
             qPrintable(refused.err));
    QVERIFY(!QFile::exists(Config::fileName(Config::Scope::User)));

    const Run get = admin({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("database")}, false);
    QCOMPARE(get.out, systemUrl + QStringLiteral("?sslmode=verify-full&sslrootcert=") + ca + QLatin1Char('\n'));
    const Run show = admin({QStringLiteral("config"), QStringLiteral("show")}, false);
    QVERIFY2(show.out.contains(QStringLiteral("(from the system setting in %1)").arg(systemFile)), qPrintable(show.out));
    QVERIFY2(show.out.contains(QStringLiteral("database.sslrootcert = %1  (from the system setting)").arg(ca)),
             qPrintable(show.out));
    QVERIFY2(show.out.contains(QStringLiteral("The system setting is locked")), qPrintable(show.out));
}

void tst_AdminConfig::configRefusesPasswordsAndBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString set = QStringLiteral("set");
    QTest::newRow("password in URL") << QStringList{set, QStringLiteral("database"),
                                                    QStringLiteral("postgresql://ivan:s3cr3t@db/helpdesk")}
                                     << 1 << QStringLiteral("leave it out of the URL");
    QTest::newRow("password in system URL") << QStringList{set, QStringLiteral("database"),
                                                           QStringLiteral("postgresql://ivan:s3cr3t@db/helpdesk"),
                                                           QStringLiteral("--system")}
                                            << 1 << QStringLiteral("leave it out of the URL");
    QTest::newRow("not a URL") << QStringList{set, QStringLiteral("database"), QStringLiteral("db.example.org")} << 1
                               << QStringLiteral("must start with sqlite: or postgresql://");
    QTest::newRow("sslmode") << QStringList{set, QStringLiteral("database.sslmode"), QStringLiteral("verify")} << 1
                             << QStringLiteral("Unknown sslmode “verify”");
    QTest::newRow("relative CA") << QStringList{set, QStringLiteral("database.sslrootcert"), QStringLiteral("ca.pem")}
                                 << 1 << QStringLiteral("absolute path");
    QTest::newRow("missing CA") << QStringList{set, QStringLiteral("database.sslrootcert"), QStringLiteral("/nonexistent/ca.pem")}
                                << 1 << QStringLiteral("There is no file /nonexistent/ca.pem");
    QTest::newRow("user lock") << QStringList{set, QStringLiteral("database.locked"), QStringLiteral("true")} << 1
                               << QStringLiteral("add --system");
    QTest::newRow("lock value") << QStringList{set, QStringLiteral("database.locked"), QStringLiteral("maybe"),
                                               QStringLiteral("--system")}
                                << 1 << QStringLiteral("true or false");
    QTest::newRow("unknown key") << QStringList{set, QStringLiteral("databse"), QStringLiteral("x")} << 1
                                 << QStringLiteral("Unknown setting “databse”");
    QTest::newRow("no action") << QStringList{} << 2 << QStringLiteral("config show");
    QTest::newRow("no value") << QStringList{set, QStringLiteral("database")} << 2 << QStringLiteral("a key and a value");
    QTest::newRow("system get") << QStringList{QStringLiteral("get"), QStringLiteral("database"), QStringLiteral("--system")}
                                << 2 << QStringLiteral("--system belongs to config set");
    QTest::newRow("system elsewhere") << QStringList{} << 2 << QString(); // filled in below
}

void tst_AdminConfig::configRefusesPasswordsAndBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (message.isEmpty()) {
        // --system on another command is a usage error, like every owned option.
        const Run run = admin({QStringLiteral("list"), QStringLiteral("--system")});
        QCOMPARE(run.exitCode, 2);
        return;
    }
    const Run run = admin(QStringList{QStringLiteral("config")} + arguments, false);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("s3cr3t")));
    // Nothing was written anywhere.
    QVERIFY(!QFile::exists(Config::fileName(Config::Scope::User)));
    QVERIFY(!QFile::exists(Config::fileName(Config::Scope::System)));
}

void tst_AdminConfig::configSystemFileNotWritable()
{
    // A plain file where the folder should be: even root cannot write there.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QVERIFY(QFile(blocker).open(QIODevice::WriteOnly));
    qputenv("HELPDESK_SYSTEM_CONFIG_DIR", blocker.toUtf8());
    const Run run = admin({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("database"),
                           QStringLiteral("postgresql://db.example.org/helpdesk"), QStringLiteral("--system")},
                          false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Cannot write %1").arg(blocker)), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("administrator")), qPrintable(run.err));
}

void tst_AdminConfig::selfTestPassesOnCurrentDatabase()
{
    const Run run = admin({QStringLiteral("--self-test")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(checklistLines(run.out, failed).isEmpty(), qPrintable(run.out));
    const QStringList ok = checklistLines(run.out, passed);
    QCOMPARE(ok.size(), 5);
    QVERIFY2(ok.at(0).startsWith(QStringLiteral("✓ Database reachable: ")), qPrintable(run.out));
    QVERIFY2(ok.at(0).contains(QStringLiteral("from --database")), qPrintable(run.out));
    QCOMPARE(ok.at(1), QStringLiteral("✓ Schema version: %1, current").arg(latestSchemaVersion()));
    QVERIFY2(ok.at(2).startsWith(QStringLiteral("✓ Role and permissions: ")), qPrintable(run.out));
    if (!TestDatabase::isPostgres())
        QVERIFY2(ok.at(2).contains(QStringLiteral("writable")), qPrintable(run.out));
    QVERIFY2(ok.at(3).contains(QRegularExpression(QStringLiteral("^✓ Device catalogue: \\d+ devices$"))),
             qPrintable(ok.at(3)));
    QVERIFY2(run.out.contains(QStringLiteral("All 5 checks passed.")), qPrintable(run.out));
    // The password of a PostgreSQL URL never reaches the terminal.
    const auto url = DatabaseUrl::parse(m_url, nullptr);
    QVERIFY(url);
    if (!url->password.isEmpty())
        QVERIFY(!run.out.contains(url->password));

    // The language asked for is the one checked; Qt's own Russian comes from a Debian package.
    const Run russian = admin({QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("ru")});
    QVERIFY2(russian.exitCode == 0, qPrintable(russian.out));
    QVERIFY2(russian.out.contains(QStringLiteral("✓ Translations: ru, with Qt's own")), qPrintable(russian.out));

    // The URL comes from where a normal start takes it.
    qputenv("HELPDESK_DATABASE", m_url.toUtf8());
    const Run fromEnvironment = admin({QStringLiteral("--self-test")}, false);
    qunsetenv("HELPDESK_DATABASE");
    QCOMPARE(fromEnvironment.exitCode, 0);
    QVERIFY2(fromEnvironment.out.contains(QStringLiteral("(from HELPDESK_DATABASE)")), qPrintable(fromEnvironment.out));

    const Run withCommand = admin({QStringLiteral("--self-test"), QStringLiteral("list")});
    QCOMPARE(withCommand.exitCode, 2);
}

void tst_AdminConfig::selfTestNamesRoleOfEachLogin()
{
    if (!TestDatabase::isPostgres()) {
        // The embedded database checks that the file can be written instead.
        const Run run = admin({QStringLiteral("--self-test")});
        QVERIFY2(run.out.contains(QStringLiteral("✓ Role and permissions: the file and its folder are writable")),
                 qPrintable(run.out));
        return;
    }
    const QString reporter = m_database->name() + QStringLiteral("_st_reporter");
    const QString agent = m_database->name() + QStringLiteral("_st_agent");
    const QString stranger = m_database->name() + QStringLiteral("_st_nobody");
    const QString password = QStringLiteral("pw-selftest");
    QString error = m_database->execAsSuperuser(
        {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(reporter, password),
         QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(agent, password),
         QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(stranger, password)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto dropRoles = qScopeGuard([&] {
        m_database->execAsSuperuser({QStringLiteral("DROP ROLE IF EXISTS %1").arg(reporter),
                                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(agent),
                                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(stranger)});
    });
    QCOMPARE(admin({QStringLiteral("add-reporter"), reporter}).exitCode, 0);
    QCOMPARE(admin({QStringLiteral("add-agent"), agent}).exitCode, 0);

    auto selfTestAs = [&](const QString &login) {
        return admin({QStringLiteral("--database"), TestDatabase::serverUrlFor(login, password, m_database->name()),
                      QStringLiteral("--self-test")},
                     false);
    };
    const Run asReporter = selfTestAs(reporter);
    QVERIFY2(asReporter.exitCode == 0, qPrintable(asReporter.out));
    QVERIFY2(asReporter.out.contains(
                 QStringLiteral("✓ Role and permissions: login “%1”, role helpdesk_reporter").arg(reporter)),
             qPrintable(asReporter.out));
    QVERIFY(!asReporter.out.contains(password));

    const Run asAgent = selfTestAs(agent);
    QVERIFY2(asAgent.exitCode == 0, qPrintable(asAgent.out));
    QVERIFY2(asAgent.out.contains(QStringLiteral("✓ Role and permissions: login “%1”, role helpdesk_agent").arg(agent)),
             qPrintable(asAgent.out));

    const Run asStranger = selfTestAs(stranger);
    QCOMPARE(asStranger.exitCode, 1);
    QVERIFY2(asStranger.out.contains(QStringLiteral("✗ Role and permissions: the login “%1” has neither").arg(stranger)),
             qPrintable(asStranger.out));
    QVERIFY2(asStranger.out.contains(QStringLiteral("helpdesk-admin add-reporter %1").arg(stranger)),
             qPrintable(asStranger.out));
    // Without a role it cannot even read the schema version.
    QVERIFY2(asStranger.out.contains(QStringLiteral("✗ Schema version: ")), qPrintable(asStranger.out));
    QVERIFY2(asStranger.out.contains(QStringLiteral("2 of 5 checks failed.")), qPrintable(asStranger.out));
}

void tst_AdminConfig::selfTestOlderSchemaFailsAndChangesNothing()
{
    // An empty database (SQLite: a new file; PostgreSQL: the test database
    // emptied) stands for one that was never initialised.
    QString url = m_url;
    if (TestDatabase::isPostgres()) {
        Database::close(connection);
        const QString error = m_database->execAsSuperuser(
            {QStringLiteral("DROP SCHEMA public CASCADE"), QStringLiteral("CREATE SCHEMA public")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        const QString path = m_dir->filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(QFile(path).open(QIODevice::WriteOnly)); // zero bytes: a valid, empty SQLite database
        url = QStringLiteral("sqlite:") + path;
    }
    const Run run = admin({QStringLiteral("--database"), url, QStringLiteral("--self-test")}, false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("✓ Database reachable")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("✗ Schema version: the database is at version 0, this program knows %1. "
                                             "Run “helpdesk-admin init”")
                                  .arg(latestSchemaVersion())),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("✗ Role and permissions: not checked")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("2 of 5 checks failed.")), qPrintable(run.out));

    // Nothing was migrated: a second look still finds version 0, and init then fixes it.
    QCOMPARE(admin({QStringLiteral("--database"), url, QStringLiteral("--self-test")}, false).out, run.out);
    QCOMPARE(admin({QStringLiteral("--database"), url, QStringLiteral("init")}, false).exitCode, 0);
    QCOMPARE(admin({QStringLiteral("--database"), url, QStringLiteral("--self-test")}, false).exitCode, 0);
}

void tst_AdminConfig::selfTestNewerSchemaFails()
{
    {
        QSqlQuery query(QSqlDatabase::database(connection));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                           "VALUES (999, 'from_the_future', '2030-01-01T00:00:00.000Z')")),
                 qPrintable(query.lastError().text()));
    }
    const Run run = admin({QStringLiteral("--self-test")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("✗ Schema version: the database is at version 999, this program knows %1. "
                                             "Install the newer version")
                                  .arg(latestSchemaVersion())),
             qPrintable(run.out));
}

void tst_AdminConfig::selfTestMissingFileIsNotCreated()
{
    const QString path = m_dir->filePath(QStringLiteral("not-yet/helpdesk.sqlite"));
    const Run run = admin({QStringLiteral("--database"), QStringLiteral("sqlite:") + path, QStringLiteral("--self-test")},
                          false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("the file does not exist yet. Run “helpdesk-admin init”")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("✗ Schema version: not checked")), qPrintable(run.out));
    // The catalogue and translations are still checked: IT sees everything at once.
    QVERIFY2(run.out.contains(QStringLiteral("✓ Device catalogue")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("3 of 5 checks failed.")), qPrintable(run.out));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
}

void tst_AdminConfig::selfTestUnreachableServer()
{
    // Port 1: nothing listens there.
    const Run run = admin({QStringLiteral("--database"), QStringLiteral("postgresql://agent:s3cr3t@127.0.0.1:1/helpdesk"),
                           QStringLiteral("--self-test")},
                          false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("✗ Database reachable: postgresql://agent@127.0.0.1:1/helpdesk (from "
                                             "--database): Cannot reach the database server 127.0.0.1:1")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("s3cr3t")));
}

void tst_AdminConfig::selfTestOfInstalledPrograms()
{
    // The real programs, as IT runs them after a rollout: the URL from the
    // environment, the checklist on standard output, the exit status.
    for (const char *program : {"helpdesk-admin", "helpdesk-intake"}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HELPDESK_DATABASE"), m_url);
        // Neither this user's settings nor the machine's /etc/xdg (init() moved that already).
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("user-config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HELPDESK_BINARY_DIR "/bin/") + QLatin1String(program),
                      {QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(process.waitForFinished(60000), program);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(out.startsWith(QLatin1String(program) + QStringLiteral(" ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("(from HELPDESK_DATABASE)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("All 5 checks passed.")), qPrintable(out));

        // A database that cannot be reached: non-zero, with the reason.
        environment.insert(QStringLiteral("HELPDESK_DATABASE"), QStringLiteral("postgresql://nobody@127.0.0.1:1/helpdesk"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HELPDESK_BINARY_DIR "/bin/") + QLatin1String(program),
                      {QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(process.waitForFinished(60000), program);
        const QString failure = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(failure.contains(QStringLiteral("✗ Database reachable: postgresql://nobody@127.0.0.1:1/helpdesk")),
                 qPrintable(failure));
    }
}

void tst_AdminConfig::selfTestAsksForThePasswordOnlyWhenTheServerDoes()
{
    int asked = 0;
    SelfTest::Options options;
    options.url = m_url;
    options.passwordProvider = [&asked] {
        ++asked;
        return QString();
    };
    // The URL signs in by itself (SQLite; the test server's URL has its password).
    QVERIFY(SelfTest::allPassed(SelfTest::run(options)));
    QCOMPARE(asked, 0);
    if (!TestDatabase::isPostgres())
        return;

    const QString login = m_database->name() + QStringLiteral("_st_kept");
    const QString password = QStringLiteral("kept-in-keyring");
    QString error = m_database->execAsSuperuser({QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password),
                                                 QStringLiteral("GRANT helpdesk_reporter TO %1").arg(login)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto dropRole = qScopeGuard([&] { m_database->execAsSuperuser({QStringLiteral("DROP ROLE IF EXISTS %1").arg(login)}); });
    options.url = TestDatabase::serverUrlFor(login, QString(), m_database->name());
    options.passwordProvider = [&] {
        ++asked;
        return password; // what the wizard kept in the keyring
    };
    const QList<SelfTestCheck> checks = SelfTest::run(options);
    QVERIFY2(SelfTest::allPassed(checks), qPrintable(SelfTest::format(QStringLiteral("test"), checks)));
    QCOMPARE(asked, 1);
    // Without a kept password the check fails and says what the server wanted.
    options.passwordProvider = {};
    const QString text = SelfTest::format(QStringLiteral("test"), SelfTest::run(options));
    QVERIFY2(text.contains(QStringLiteral("✗ Database reachable")) && text.contains(QStringLiteral("asks for a password")),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_AdminConfig)
#include "tst_adminconfig.moc"
