// Database: which database a program uses, and opening it. What a user notices:
// the command line wins, the default lands under their data folder, a new file
// is created with its folder, and a wrong file or path gives a sentence, not a
// crash or a half-open connection.

#include "runtime/config.h"
#include "runtime/databasechoice.h"
#include "silentserver.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/reportstore.h"
#include "testreports.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

#include <csignal>

#include <sys/resource.h>

using Helpdesk::Database;
using Helpdesk::DatabaseChoice;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sqliteStatementErrorsAreNotLostConnections();

    void commandLineWins();
    void environmentBeatsSettings();
    void settingsBeatDefault();
    void blankValuesAreIgnored();
    void defaultIsUnderAppData();
    void systemSettingBeatsDefault();
    void userSettingBeatsSystemSetting();
    void lockedSystemSettingIgnoresUserSetting();
    void commandLineAndEnvironmentBeatLockedSetting();
    void tlsOptionsFromSettings();
    void tlsOptionsReachTheDriver();
    void systemFileFollowsItsDirectoryVariable();

    void openCreatesFileAndFolder();
    void newFileAndFolderAreTheOwnersAlone();
    void existingFileKeepsItsPermissions();
    void openUrlForm();
    void openTwiceKeepsData();
    void notADatabase_data();
    void notADatabase();
    void folderCannotBeCreated();
    void unknownScheme();
    void newerDatabaseIsRefused();
    void fullDiskSavesNothing();
    void closeRemovesConnection();
    void serverThatNeverAnswersTimesOut();

private:
    QString connectionName();

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_connections;
};

namespace {
const QString kCommandLine = QStringLiteral("sqlite:/tmp/from-command-line.sqlite");
const QString kEnvironment = QStringLiteral("sqlite:/tmp/from-environment.sqlite");
const QString kSettings = QStringLiteral("sqlite:/tmp/from-settings.sqlite");

QString pragma(const QString &connection, const QString &name)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return QStringLiteral("<error>");
    return query.value(0).toString();
}
} // namespace

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Our own identity: settings and data folder of this test only, never the
    // real program's, and not shared with other tests running at the same time.
    QCoreApplication::setOrganizationName(QStringLiteral("helpdesk-intake-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_database"));
}

void TestDatabase::init()
{
    qunsetenv("HELPDESK_DATABASE");
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Never the real /etc/xdg: each test gets its own system settings folder.
    qputenv("HELPDESK_SYSTEM_CONFIG_DIR", m_dir->filePath(QStringLiteral("etc-xdg")).toUtf8());
    // A connection left in use when it is removed is a bug in Database.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
}

void TestDatabase::cleanup()
{
    for (const QString &name : std::as_const(m_connections))
        Database::close(name);
    m_connections.clear();
    QSettings().clear();
    qunsetenv("HELPDESK_DATABASE");
    qunsetenv("HELPDESK_SYSTEM_CONFIG_DIR");
    m_dir.reset();
}

QString TestDatabase::connectionName()
{
    const QString name = QStringLiteral("tst_database_%1_%2")
                             .arg(QString::fromLatin1(QTest::currentTestFunction()))
                             .arg(m_connections.size());
    m_connections.append(name);
    return name;
}

void TestDatabase::commandLineWins()
{
    qputenv("HELPDESK_DATABASE", kEnvironment.toUtf8());
    QSettings().setValue(QStringLiteral("database/url"), kSettings);
    DatabaseChoice::Source source = DatabaseChoice::Source::Default;
    QCOMPARE(DatabaseChoice::resolveUrl(kCommandLine, &source), kCommandLine);
    QCOMPARE(source, DatabaseChoice::Source::CommandLine);
    // Spaces from a shell script do not change the meaning.
    QCOMPARE(DatabaseChoice::resolveUrl(QStringLiteral("  ") + kCommandLine + QStringLiteral(" "), &source), kCommandLine);
    QCOMPARE(DatabaseChoice::resolveUrl(kCommandLine), kCommandLine); // source is optional
}

void TestDatabase::environmentBeatsSettings()
{
    qputenv("HELPDESK_DATABASE", kEnvironment.toUtf8());
    QSettings().setValue(QStringLiteral("database/url"), kSettings);
    DatabaseChoice::Source source = DatabaseChoice::Source::Default;
    QCOMPARE(DatabaseChoice::resolveUrl(QString(), &source), kEnvironment);
    QCOMPARE(source, DatabaseChoice::Source::Environment);
}

void TestDatabase::settingsBeatDefault()
{
    QSettings().setValue(QStringLiteral("database/url"), kSettings);
    DatabaseChoice::Source source = DatabaseChoice::Source::Default;
    QCOMPARE(DatabaseChoice::resolveUrl(QString(), &source), kSettings);
    QCOMPARE(source, DatabaseChoice::Source::Settings);
}

void TestDatabase::blankValuesAreIgnored()
{
    // An exported-but-empty variable (HELPDESK_DATABASE= in a unit file) or a
    // cleared setting must not win over what comes after it.
    qputenv("HELPDESK_DATABASE", "   ");
    QSettings().setValue(QStringLiteral("database/url"), QStringLiteral("  "));
    DatabaseChoice::Source source = DatabaseChoice::Source::CommandLine;
    QCOMPARE(DatabaseChoice::resolveUrl(QStringLiteral(" "), &source), DatabaseChoice::defaultUrl());
    QCOMPARE(source, DatabaseChoice::Source::Default);

    QSettings().setValue(QStringLiteral("database/url"), kSettings);
    QCOMPARE(DatabaseChoice::resolveUrl(QString(), &source), kSettings);
    QCOMPARE(source, DatabaseChoice::Source::Settings);
}

void TestDatabase::defaultIsUnderAppData()
{
    DatabaseChoice::Source source = DatabaseChoice::Source::CommandLine;
    const QString url = DatabaseChoice::resolveUrl(QString(), &source);
    QCOMPARE(source, DatabaseChoice::Source::Default);
    QCOMPARE(url, DatabaseChoice::defaultUrl());
    QVERIFY2(url.startsWith(QLatin1String("sqlite:")), qPrintable(url));
    QVERIFY2(url.endsWith(QLatin1String("/helpdesk.sqlite")), qPrintable(url));

    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!appData.isEmpty());
    const auto parsed = Helpdesk::DatabaseUrl::parse(url, nullptr);
    QVERIFY(parsed);
    QCOMPARE(parsed->path, QDir(appData).filePath(QStringLiteral("helpdesk.sqlite")));
    // Test mode is on: nothing here may point at a real user's data.
    QVERIFY2(parsed->path.contains(QLatin1String(".qttest")), qPrintable(parsed->path));
}

namespace {
const QString kSystem = QStringLiteral("postgresql://db.example.org/helpdesk");

// What IT writes into /etc/xdg/helpdesk-intake/helpdesk.conf, as a file, the way IT would.
void writeSystemFile(const QByteArray &contents)
{
    const QString path = Helpdesk::Config::fileName(Helpdesk::Config::Scope::System);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}
} // namespace

void TestDatabase::systemSettingBeatsDefault()
{
    writeSystemFile("[database]\nurl=" + kSystem.toUtf8() + "\n");
    DatabaseChoice::Source source = DatabaseChoice::Source::Default;
    QCOMPARE(DatabaseChoice::resolveUrl(QString(), &source), kSystem);
    QCOMPARE(source, DatabaseChoice::Source::SystemSettings);
    QVERIFY2(DatabaseChoice::sourceDescription(source).contains(m_dir->filePath(QStringLiteral("etc-xdg"))),
             qPrintable(DatabaseChoice::sourceDescription(source)));
}

void TestDatabase::userSettingBeatsSystemSetting()
{
    writeSystemFile("[database]\nurl=" + kSystem.toUtf8() + "\n");
    QSettings().setValue(QStringLiteral("database/url"), kSettings);
    DatabaseChoice::Source source = DatabaseChoice::Source::Default;
    QCOMPARE(DatabaseChoice::resolveUrl(QString(), &source), kSettings);
    QCOMPARE(source, DatabaseChoice::Source::Settings);
    // The locked key is read from the system file only; a user cannot lock IT out.
    QSettings().setValue(QStringLiteral("database/locked"), true);
    QVERIFY(!Helpdesk::Config::databaseLocked());
}

void TestDatabase::lockedSystemSettingIgnoresUserSetting()
{
    writeSystemFile("[database]\nurl=" + kSystem.toUtf8() + "\nlocked=true\n");
    QSettings().setValue(QStringLiteral("database/url"), kSettings);
    QVERIFY(Helpdesk::Config::databaseLocked());
    DatabaseChoice::Source source = DatabaseChoice::Source::Default;
    QCOMPARE(DatabaseChoice::resolveUrl(QString(), &source), kSystem);
    QCOMPARE(source, DatabaseChoice::Source::SystemSettings);

    // Locked without a URL of its own: the user's is still ignored, the default applies.
    writeSystemFile("[database]\nlocked=true\n");
    QCOMPARE(DatabaseChoice::resolveUrl(QString(), &source), DatabaseChoice::defaultUrl());
    QCOMPARE(source, DatabaseChoice::Source::Default);
}

void TestDatabase::commandLineAndEnvironmentBeatLockedSetting()
{
    writeSystemFile("[database]\nurl=" + kSystem.toUtf8() + "\nlocked=true\n");
    qputenv("HELPDESK_DATABASE", kEnvironment.toUtf8());
    DatabaseChoice::Source source = DatabaseChoice::Source::Default;
    QCOMPARE(DatabaseChoice::resolveUrl(QString(), &source), kEnvironment);
    QCOMPARE(source, DatabaseChoice::Source::Environment);
    QCOMPARE(DatabaseChoice::resolveUrl(kCommandLine, &source), kCommandLine);
    QCOMPARE(source, DatabaseChoice::Source::CommandLine);
}

void TestDatabase::tlsOptionsFromSettings()
{
    writeSystemFile("[database]\nurl=" + kSystem.toUtf8()
                    + "\nsslmode=verify-full\nsslrootcert=/etc/ssl/certs/helpdesk-ca.pem\n");
    QString resolved = DatabaseChoice::resolveUrl(QString());
    auto url = Helpdesk::DatabaseUrl::parse(resolved, nullptr);
    QVERIFY(url);
    QCOMPARE(url->options, QStringLiteral("sslmode=verify-full;sslrootcert=/etc/ssl/certs/helpdesk-ca.pem"));
    QCOMPARE(url->host, QStringLiteral("db.example.org"));

    // They apply to a URL from anywhere, unless the URL names the option itself.
    resolved = DatabaseChoice::resolveUrl(QStringLiteral("postgresql://ivan@db2.example.org/helpdesk?sslmode=require"));
    url = Helpdesk::DatabaseUrl::parse(resolved, nullptr);
    QVERIFY(url);
    QCOMPARE(url->options, QStringLiteral("sslmode=require;sslrootcert=/etc/ssl/certs/helpdesk-ca.pem"));
    QCOMPARE(url->user, QStringLiteral("ivan"));
    // An SQLite file has no TLS.
    QCOMPARE(DatabaseChoice::resolveUrl(kCommandLine), kCommandLine);

    // The user's own TLS settings beat the system's, unless IT locked them.
    QSettings().setValue(QStringLiteral("database/sslmode"), QStringLiteral("require"));
    url = Helpdesk::DatabaseUrl::parse(DatabaseChoice::resolveUrl(QString()), nullptr);
    QVERIFY(url);
    QVERIFY2(url->options.startsWith(QLatin1String("sslmode=require;")), qPrintable(url->options));
    writeSystemFile("[database]\nurl=" + kSystem.toUtf8() + "\nsslmode=verify-full\nlocked=true\n");
    url = Helpdesk::DatabaseUrl::parse(DatabaseChoice::resolveUrl(QString()), nullptr);
    QVERIFY(url);
    QCOMPARE(url->options, QStringLiteral("sslmode=verify-full"));
}

void TestDatabase::tlsOptionsReachTheDriver()
{
    // A CA file in a folder with a space: libpq's conninfo needs it quoted.
    writeSystemFile("[database]\nsslmode=verify-full\nsslrootcert=/srv/Helpdesk CA/ca.pem\n");
    const QString resolved = DatabaseChoice::resolveUrl(QStringLiteral("postgresql://127.0.0.1:1/helpdesk"));
    const auto url = Helpdesk::DatabaseUrl::parse(resolved, nullptr);
    QVERIFY(url);
    QCOMPARE(url->options, QStringLiteral("sslmode=verify-full;sslrootcert='/srv/Helpdesk CA/ca.pem'"));
    // libpq reads the whole conninfo before it connects: a quoting mistake
    // would stop it there; quoted right, it gets as far as the (closed) port.
    QString error;
    QVERIFY(!Database::openWithoutMigrating(*url, connectionName(), &error));
    QVERIFY2(error.contains(QStringLiteral("Cannot reach the database server 127.0.0.1:1")), qPrintable(error));

    // And libpq really reads the options: a misspelt sslmode is its complaint, not ours.
    const auto misspelt = Helpdesk::DatabaseUrl::parse(QStringLiteral("postgresql://127.0.0.1:1/helpdesk?sslmode=verify-fulll"),
                                                       nullptr);
    QVERIFY(misspelt);
    QVERIFY(!Database::openWithoutMigrating(*misspelt, connectionName(), &error));
    QVERIFY2(error.contains(QStringLiteral("sslmode")), qPrintable(error));
}

void TestDatabase::systemFileFollowsItsDirectoryVariable()
{
    QCOMPARE(Helpdesk::Config::fileName(Helpdesk::Config::Scope::System),
             m_dir->filePath(QStringLiteral("etc-xdg/helpdesk-intake-tests/tst_database.conf")));
    qunsetenv("HELPDESK_SYSTEM_CONFIG_DIR");
    // Without it, Qt's system scope (/etc/xdg on Linux), never the user's file.
    const QString real = Helpdesk::Config::fileName(Helpdesk::Config::Scope::System);
    QVERIFY2(real.endsWith(QLatin1String("/helpdesk-intake-tests/tst_database.conf")), qPrintable(real));
    QVERIFY(real != Helpdesk::Config::fileName(Helpdesk::Config::Scope::User));
}

void TestDatabase::openCreatesFileAndFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("not/yet/there"));
    const QString path = folder + QStringLiteral("/helpdesk.sqlite");
    QVERIFY(!QFileInfo::exists(folder));

    const QString name = connectionName();
    QString error;
    QVERIFY2(Database::open(QStringLiteral("sqlite:") + path, name, &error), qPrintable(error));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QFileInfo(path).isFile());
    QVERIFY(QSqlDatabase::contains(name));
    QVERIFY(QSqlDatabase::database(name, false).isOpen());

    // Settings the schema and concurrent use rely on.
    QCOMPARE(pragma(name, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(name, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(name, QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL

    // Open also migrated: the reports table is there, at the latest version.
    const QSqlDatabase db = QSqlDatabase::database(name, false);
    QVERIFY(db.tables().contains(QStringLiteral("reports")));
    Helpdesk::Migrator migrator(db, QStringLiteral("sqlite"));
    QCOMPARE(migrator.currentVersion(&error), migrator.latestVersion());
}

void TestDatabase::newFileAndFolderAreTheOwnersAlone()
{
    // On SQLite only the file's permissions keep another user of this
    // computer away from every report and agent account.
    const QString folder = m_dir->filePath(QStringLiteral("private/helpdesk"));
    const QString path = folder + QStringLiteral("/helpdesk.sqlite");
    QString error;
    QVERIFY2(Database::open(QStringLiteral("sqlite:") + path, connectionName(), &error), qPrintable(error));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
    // SQLite gives its write-ahead log the main file's permissions.
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(QFile::permissions(path + QStringLiteral("-wal")) & others, QFileDevice::Permissions());
}

void TestDatabase::existingFileKeepsItsPermissions()
{
    // A file the administrator shared on purpose (a group of agents on one
    // computer) is not taken away from them.
    const QString path = m_dir->filePath(QStringLiteral("shared.sqlite"));
    QString error;
    const QString first = connectionName();
    QVERIFY2(Database::open(QStringLiteral("sqlite:") + path, first, &error), qPrintable(error));
    Database::close(first);
    const QFileDevice::Permissions shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
        | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::WriteGroup;
    QVERIFY(QFile::setPermissions(path, shared));
    QVERIFY2(Database::open(QStringLiteral("sqlite:") + path, connectionName(), &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path), shared);
}

void TestDatabase::openUrlForm()
{
    const QString path = m_dir->filePath(QStringLiteral("Заявки/helpdesk.sqlite"));
    const QString name = connectionName();
    QString error;
    QVERIFY2(Database::open(QStringLiteral("sqlite://") + path, name, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).isFile());
}

void TestDatabase::openTwiceKeepsData()
{
    const QString url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("helpdesk.sqlite"));
    QString error;
    const QString first = connectionName();
    QVERIFY2(Database::open(url, first, &error), qPrintable(error));
    {
        QSqlQuery query(QSqlDatabase::database(first, false));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
    }
    Database::close(first);
    QVERIFY(!QSqlDatabase::contains(first));

    // A second start of the program: the same file, nothing lost, nothing re-applied.
    const QString second = connectionName();
    QVERIFY2(Database::open(url, second, &error), qPrintable(error));
    const int known = int(Helpdesk::Migrator(QSqlDatabase::database(second, false), QStringLiteral("sqlite"))
                              .migrations()
                              .size());
    QSqlQuery query(QSqlDatabase::database(second, false));
    QVERIFY(query.exec(QStringLiteral("SELECT text FROM notes")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("keep me"));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), known);
}

void TestDatabase::notADatabase_data()
{
    QTest::addColumn<QByteArray>("content");

    QByteArray garbage(8192, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("garbage bytes") << garbage;
    QTest::newRow("a text file") << QByteArray("Dear helpdesk,\nthe printer is broken again.\n").repeated(40);
    QTest::newRow("a zip archive") << QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10) + QByteArray(4086, 'z');
}

void TestDatabase::notADatabase()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir->filePath(QStringLiteral("helpdesk.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), qint64(content.size()));
    }

    const QString name = connectionName();
    QString error;
    QVERIFY(!Database::open(QStringLiteral("sqlite:") + path, name, &error));
    QVERIFY2(!error.isEmpty(), "a file that is not a database needs a message");
    QVERIFY2(error.contains(path), qPrintable(error)); // says which file
    QVERIFY(!QSqlDatabase::contains(name));            // no half-open connection left behind

    // The user's file is left exactly as it was.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestDatabase::folderCannotBeCreated()
{
    // A regular file where a folder should be: mkpath fails even for root.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder");
    }
    const QString folder = blocker + QStringLiteral("/sub");
    const QString name = connectionName();
    QString error;
    QVERIFY(!Database::open(QStringLiteral("sqlite:") + folder + QStringLiteral("/helpdesk.sqlite"), name, &error));
    QVERIFY2(error.contains(folder), qPrintable(error));
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestDatabase::unknownScheme()
{
    const QString name = connectionName();
    QString error;
    QVERIFY(!Database::open(QStringLiteral("mysql://root:s3cr3t@db.example.org/helpdesk"), name, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("sqlite:")), qPrintable(error)); // says what would work
    QVERIFY2(!error.contains(QLatin1String("s3cr3t")), qPrintable(error));
    QVERIFY(!QSqlDatabase::contains(name));

    QVERIFY(!Database::open(QString(), name, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestDatabase::newerDatabaseIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("helpdesk.sqlite"));
    const QString url = QStringLiteral("sqlite:") + path;
    QString error;
    {
        const QString name = connectionName();
        QVERIFY2(Database::open(url, name, &error), qPrintable(error));
        QSqlQuery query(QSqlDatabase::database(name, false));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                          "VALUES (999, 'from_the_future', '2030-01-01T00:00:00.000Z')")));
        query.finish();
        Database::close(name);
    }
    const QString name = connectionName();
    QVERIFY(!Database::open(url, name, &error));
    QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestDatabase::fullDiskSavesNothing()
{
    // The disk fills up while a report with a screenshot is being stored:
    // the person reads that the disk is full and nothing was saved, the
    // database holds exactly what it held, and once there is room again the
    // same report goes in whole.
    const QString path = m_dir->filePath(QStringLiteral("helpdesk.sqlite"));
    const QString name = connectionName();
    QString error;
    QVERIFY2(Database::open(QStringLiteral("sqlite:") + path, name, &error), qPrintable(error));
    Helpdesk::ReportStore store(name);
    QVERIFY2(store.submit(validTestReport()).ok(), "the first report must go in");
    auto count = [&](const char *table) {
        QSqlQuery query(QSqlDatabase::database(name, false));
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) && query.next()
            ? query.value(0).toLongLong()
            : -1;
    };
    QCOMPARE(count("reports"), qint64(1));

    Helpdesk::Report big = validTestReport(QStringLiteral("Scanner leaves a black stripe on every page"));
    QByteArray screenshot(2 * 1024 * 1024, '\0');
    for (int i = 0; i < screenshot.size(); ++i)
        screenshot[i] = char((i * 2654435761u) >> 24);
    big.attachments.append(Helpdesk::Attachment::fromData(QStringLiteral("stripe.png"), screenshot));

    // A disk with 10 kB left: no file of this process may grow past what the
    // largest one has now (RLIMIT_FSIZE; SIGXFSZ ignored so the write fails
    // the way it does on a full disk instead of killing the program).
    const qint64 largest = std::max(QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size());
    rlimit previous{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit full = previous;
    full.rlim_cur = rlim_t(largest + 10 * 1000 + 123);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &full), 0);
    const Helpdesk::ReportStore::SubmitResult refused = store.submit(big);
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QLatin1String("Nothing was saved")) || refused.error.contains(QLatin1String("nothing was saved")),
             qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QLatin1String("full")), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(path), qPrintable(refused.error));
    QCOMPARE(count("reports"), qint64(1));
    QCOMPARE(count("attachments"), qint64(0));

    // Room again: the very same report (same client id) is filed whole, once.
    const Helpdesk::ReportStore::SubmitResult filed = store.submit(big);
    QVERIFY2(filed.ok(), qPrintable(filed.error));
    QCOMPARE(count("reports"), qint64(2));
    QCOMPARE(count("attachments"), qint64(1));
    QSqlQuery query(QSqlDatabase::database(name, false));
    QVERIFY(query.exec(QStringLiteral("SELECT data FROM attachments")) && query.next());
    QCOMPARE(query.value(0).toByteArray(), screenshot);
}

void TestDatabase::closeRemovesConnection()
{
    const QString name = connectionName();
    QString error;
    QVERIFY2(Database::open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("a.sqlite")), name, &error),
             qPrintable(error));
    QVERIFY(QSqlDatabase::contains(name));
    Database::close(name);
    QVERIFY(!QSqlDatabase::contains(name));
    Database::close(name);                                  // twice is harmless
    Database::close(QStringLiteral("never-opened-anywhere")); // so is an unknown name
}

void TestDatabase::sqliteStatementErrorsAreNotLostConnections()
{
    // QSQLITE reports a failed statement (here a UNIQUE violation) as a
    // "connection error"; treating it as a lost connection would reconnect,
    // wait out the busy timeout twice and drop the connection's settings.
    const QString url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("unique.sqlite"));
    QString error;
    QVERIFY2(Database::open(url, QStringLiteral("unique"), &error), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("unique"));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (k TEXT UNIQUE)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('a')")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO t VALUES ('a')")));
        QVERIFY(!Database::isConnectionLost(query.lastError(), db));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    Database::close(QStringLiteral("unique"));
}

void TestDatabase::serverThatNeverAnswersTimesOut()
{
    // A port that accepts connections (the kernel completes them) but never
    // says a word, like a server behind a hung load balancer: opening gives up
    // after the default connect timeout instead of hanging the wizard.
    SilentServer server;
    QVERIFY(server.isValid());
    const QString url = server.url();

    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!Helpdesk::Database::open(url, QStringLiteral("silent"), &error));
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("silent")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
