// The shared PostgreSQL database as an office meets it: reporters file and
// read only their own reports whatever the client sends, agents see all, the
// "my reports" query keeps using its index under row-level security, the
// errors people will hit say what to fix, and a dropped connection comes back
// by itself. Runs against the server .ci/quickstart test starts; without it,
// it fails.

#include "runtime/config.h"
#include "runtime/databasechoice.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <sys/stat.h>
#include <unistd.h>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Helpdesk;

class tst_PostgresAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void reporterFilesOnlyInOwnName();
    void reporterReadsOnlyOwnReports();
    void agentReadsAll();
    void attachmentsAreAsPrivateAsTheirReport();
    void myReportsUseTheIndexUnderRowLevelSecurity();
    void loginWithoutRoleIsToldWhatToAskFor();
    void ownReportsOnlyIsToldApartFromMissingRole();
    void wrongPasswordSaysSo();
    void missingDatabaseSaysSo();
    void unreachableServerSaysSo();
    void serverRequiringTlsSaysToAddSslmode();
    void verifyFullWithCaFromSystemSetting();
    void reporterOnUninitialisedDatabaseIsToldToRunInit();
    void droppedConnectionReconnectsByItself();

private:
    QString login(const QString &who) const { return m_database->name() + QLatin1Char('_') + who; }
    QString connect(const QString &who);
    Report reportBy(const QString &loginName) const;

    std::unique_ptr<TestDatabase> m_database;
    QStringList m_connections;
    QStringList m_roles;
};

namespace {
const QString password = QStringLiteral("s3cret-Pa55");
}

QString tst_PostgresAccess::connect(const QString &who)
{
    const QString name = QStringLiteral("access-%1-%2").arg(who).arg(m_connections.size());
    QString error;
    const QString url = TestDatabase::serverUrlFor(login(who), password, m_database->name());
    if (!Database::open(url, name, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    m_connections.append(name);
    return name;
}

Report tst_PostgresAccess::reportBy(const QString &loginName) const
{
    Report r = validTestReport();
    r.contact.name = loginName;
    r.contact.login = loginName;
    return r;
}

void tst_PostgresAccess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!TestDatabase::serverUrl().isEmpty(),
             "HELPDESK_TEST_POSTGRES is not set: run the tests with .ci/quickstart test");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    QVERIFY(TestDatabase::isPostgres() || !m_database->name().isEmpty());

    // The administrator initialises the schema (and the group roles).
    QString error;
    QVERIFY2(Database::open(m_database->url(), QStringLiteral("access-admin"), &error), qPrintable(error));
    m_connections.append(QStringLiteral("access-admin"));

    // Logins are made by IT; the program only grants the helpdesk roles, with
    // bound values through helpdesk_grant_role().
    QStringList statements;
    for (const char *who : {"alice", "bob", "carol", "dave"}) {
        m_roles.append(login(QString::fromLatin1(who)));
        statements << QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_roles.last(), password);
    }
    error = m_database->execAsSuperuser(statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlQuery grant(QSqlDatabase::database(QStringLiteral("access-admin")));
    const QList<QPair<QString, QString>> grants = {{login(QStringLiteral("alice")), QStringLiteral("helpdesk_reporter")},
                                                   {login(QStringLiteral("bob")), QStringLiteral("helpdesk_reporter")},
                                                   {login(QStringLiteral("carol")), QStringLiteral("helpdesk_agent")}};
    for (const auto &[who, role] : grants) {
        QVERIFY(grant.prepare(QStringLiteral("SELECT helpdesk_grant_role(?, ?)")));
        grant.addBindValue(who);
        grant.addBindValue(role);
        QVERIFY2(grant.exec(), qPrintable(grant.lastError().text()));
    }
}

void tst_PostgresAccess::cleanup()
{
    // Keep the admin connection; drop the per-test ones.
    for (int i = int(m_connections.size()) - 1; i >= 1; --i)
        Database::close(m_connections.takeAt(i));
}

void tst_PostgresAccess::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections))
        Database::close(name);
    m_connections.clear();
    QStringList drops;
    for (const QString &role : std::as_const(m_roles))
        drops << QStringLiteral("DROP OWNED BY %1").arg(role);
    if (m_database)
        m_database->execAsSuperuser(drops);
    m_database.reset(); // drops the database; the roles are cluster-wide:
    TestDatabase::dropRoles(m_roles);
}

void tst_PostgresAccess::reporterFilesOnlyInOwnName()
{
    const QString alice = connect(QStringLiteral("alice"));
    QVERIFY(!alice.isEmpty());
    ReportStore store(alice);
    const auto own = store.submit(reportBy(login(QStringLiteral("alice"))));
    QVERIFY2(own.ok(), qPrintable(own.error));

    // Whatever the client claims, the database refuses a report in bob's name.
    const auto forged = store.submit(reportBy(login(QStringLiteral("bob"))));
    QVERIFY(!forged.ok());
    QVERIFY2(forged.error.contains(QStringLiteral("file and read only its own reports")), qPrintable(forged.error));
}

void tst_PostgresAccess::reporterReadsOnlyOwnReports()
{
    const QString bob = connect(QStringLiteral("bob"));
    QVERIFY(!bob.isEmpty());
    ReportStore bobStore(bob);
    const auto filed = bobStore.submit(reportBy(login(QStringLiteral("bob"))));
    QVERIFY2(filed.ok(), qPrintable(filed.error));

    const QString alice = connect(QStringLiteral("alice"));
    ReportStore aliceStore(alice);
    const auto aliceFiled = aliceStore.submit(reportBy(login(QStringLiteral("alice"))));
    QVERIFY2(aliceFiled.ok(), qPrintable(aliceFiled.error));

    QString error;
    const QList<Report> seenByAlice = aliceStore.list(0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!seenByAlice.isEmpty());
    for (const Report &r : seenByAlice)
        QCOMPARE(r.contact.login, login(QStringLiteral("alice")));
    QVERIFY(!aliceStore.find(filed.id, &error));
    QVERIFY(bobStore.find(filed.id));
}

void tst_PostgresAccess::agentReadsAll()
{
    const QString carol = connect(QStringLiteral("carol"));
    QVERIFY(!carol.isEmpty());
    ReportStore store(carol);
    QString error;
    const QList<Report> all = store.list(0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> reporters;
    for (const Report &r : all)
        reporters.insert(r.contact.login);
    QVERIFY(reporters.contains(login(QStringLiteral("alice"))));
    QVERIFY(reporters.contains(login(QStringLiteral("bob"))));
    QCOMPARE(qint64(all.size()), ReportStore(QStringLiteral("access-admin")).count());
}

void tst_PostgresAccess::attachmentsAreAsPrivateAsTheirReport()
{
    const QByteArray aliceScreen("alice's screen: payroll.xlsx is open");
    const QByteArray bobScreen("bob's screen: his bank statement");
    const QString alice = connect(QStringLiteral("alice"));
    const QString bob = connect(QStringLiteral("bob"));
    const QString carol = connect(QStringLiteral("carol"));
    QVERIFY(!alice.isEmpty() && !bob.isEmpty() && !carol.isEmpty());
    ReportStore aliceStore(alice);
    ReportStore bobStore(bob);
    ReportStore carolStore(carol);

    Report aliceReport = reportBy(login(QStringLiteral("alice")));
    aliceReport.attachments.append(Attachment::fromData(QStringLiteral("alice.txt"), aliceScreen));
    const auto aliceFiled = aliceStore.submit(aliceReport);
    QVERIFY2(aliceFiled.ok(), qPrintable(aliceFiled.error));
    Report bobReport = reportBy(login(QStringLiteral("bob")));
    bobReport.attachments.append(Attachment::fromData(QStringLiteral("bob.txt"), bobScreen));
    const auto bobFiled = bobStore.submit(bobReport);
    QVERIFY2(bobFiled.ok(), qPrintable(bobFiled.error));

    // Each reporter reads their own attachment, and only that.
    QString error;
    const auto own = aliceStore.attachment(aliceFiled.id, 1, &error);
    QVERIFY2(own, qPrintable(error));
    QCOMPARE(own->data, aliceScreen);
    QVERIFY(aliceStore.attachments(bobFiled.id, &error).isEmpty());
    QVERIFY(!aliceStore.attachment(bobFiled.id, 1, &error));
    QVERIFY2(error.contains(QStringLiteral("has no attachment 1")), qPrintable(error));
    QSqlQuery sneak(QSqlDatabase::database(alice));
    QVERIFY(sneak.exec(QStringLiteral("SELECT count(*) FROM attachments")) && sneak.next());
    QCOMPARE(sneak.value(0).toInt(), 1);

    // Nor can a reporter slip a file into someone else's report.
    QSqlQuery forge(QSqlDatabase::database(alice));
    QVERIFY(forge.prepare(QStringLiteral("INSERT INTO attachments (report_id, position, file_name, mime_type, size, "
                                         "sha256, data) VALUES (?, 2, 'x.txt', 'text/plain', 1, ?, ?)")));
    forge.addBindValue(bobFiled.id);
    forge.addBindValue(Attachment::sha256Hex("x"));
    forge.addBindValue(QByteArray("x"));
    QVERIFY(!forge.exec());
    QVERIFY2(forge.lastError().text().contains(QStringLiteral("row-level security")), qPrintable(forge.lastError().text()));
    QCOMPARE(bobStore.attachments(bobFiled.id).size(), 1);

    // The agent reads both.
    const auto forAgent = carolStore.attachment(bobFiled.id, 1, &error);
    QVERIFY2(forAgent, qPrintable(error));
    QCOMPARE(forAgent->data, bobScreen);
    QCOMPARE(carolStore.attachments(aliceFiled.id).size(), 1);
}

void tst_PostgresAccess::myReportsUseTheIndexUnderRowLevelSecurity()
{
    // Enough other people's reports that a sequential scan would be chosen if
    // the policy could not use the (reporter_login, created_at) index.
    const QString error = m_database->execAsSuperuser(
        {QStringLiteral("INSERT INTO reports (client_id, priority, category, symptom, summary, impact, urgency, "
                        "device_kind, reporter_name, reporter_login, reporter_email, created_at, started_at) "
                        "SELECT 'bulk-' || i, 4, 'printing', 'paper_jam', 'Printer jams on every page', 'me', "
                        "'slowed', 'printer', 'Someone', 'user' || (i % 500), 'someone@example.com', "
                        "now() - i * interval '1 minute', now() - i * interval '1 minute' "
                        "FROM generate_series(1, 30000) AS i"),
         QStringLiteral("ANALYZE reports")});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString alice = connect(QStringLiteral("alice"));
    QSqlQuery explain(QSqlDatabase::database(alice));
    QVERIFY2(explain.exec(QStringLiteral("EXPLAIN SELECT id FROM reports ORDER BY created_at DESC LIMIT 20")),
             qPrintable(explain.lastError().text()));
    QString plan;
    while (explain.next())
        plan += explain.value(0).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(QStringLiteral("reports_reporter_created")), qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral("Seq Scan")), qPrintable(plan));
}

void tst_PostgresAccess::loginWithoutRoleIsToldWhatToAskFor()
{
    // dave may log in but has no helpdesk role: the program cannot even read
    // the schema version, and says which role to ask for.
    QString error;
    const QString url = TestDatabase::serverUrlFor(login(QStringLiteral("dave")), password, m_database->name());
    QVERIFY(!Database::open(url, QStringLiteral("access-dave"), &error));
    QVERIFY2(error.contains(QStringLiteral("Permission denied")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("helpdesk_reporter")), qPrintable(error));
    QVERIFY2(error.contains(login(QStringLiteral("dave"))), qPrintable(error));
}

void tst_PostgresAccess::ownReportsOnlyIsToldApartFromMissingRole()
{
    // Both are SQLSTATE 42501; the person must hear which one it is.
    const QString alice = connect(QStringLiteral("alice"));
    QVERIFY(!alice.isEmpty());
    const QSqlDatabase db = QSqlDatabase::database(alice);
    QSqlQuery query(db);
    // A row in bob's name, past every check of the program: the reporters' policy refuses it.
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO reports (client_id, category, symptom, summary, started_at, "
                                         "impact, urgency, device_kind, reporter_name, reporter_email, "
                                         "reporter_login) VALUES (?, 'printing', 'paper_jam', 'Printer jams on "
                                         "every page', now(), 'me', 'slowed', 'printer', ?, 'bob@example.com', ?)")));
    query.addBindValue(QStringLiteral("forged-by-alice"));
    query.addBindValue(login(QStringLiteral("bob")));
    query.addBindValue(login(QStringLiteral("bob")));
    QVERIFY(!query.exec());
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    const QString policy = Database::explain(query.lastError(), db);
    QVERIFY2(policy.contains(QStringLiteral("the database lets the login “%1” file and read only its own reports")
                                 .arg(login(QStringLiteral("alice")))),
             qPrintable(policy));
    QVERIFY2(!policy.contains(QStringLiteral("helpdesk_reporter")), qPrintable(policy)); // she has that role

    // No reporter is granted UPDATE: there the role is what is missing.
    QVERIFY(!query.exec(QStringLiteral("UPDATE reports SET summary = summary")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    const QString grant = Database::explain(query.lastError(), db);
    QVERIFY2(grant.startsWith(
                 QStringLiteral("Permission denied: the login “%1” may not do this.").arg(login(QStringLiteral("alice")))),
             qPrintable(grant));
    QVERIFY2(grant.contains(QStringLiteral("helpdesk_agent")), qPrintable(grant));
}

void tst_PostgresAccess::wrongPasswordSaysSo()
{
    QString error;
    const QString url = TestDatabase::serverUrlFor(login(QStringLiteral("alice")), QStringLiteral("wrong"),
                                                   m_database->name());
    QVERIFY(!Database::open(url, QStringLiteral("access-wrong"), &error));
    QVERIFY2(error.contains(QStringLiteral("refused the password")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("wrong")), "the message must not repeat the password");
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("access-wrong")));
}

void tst_PostgresAccess::missingDatabaseSaysSo()
{
    QString error;
    const QString url = TestDatabase::serverUrlFor({}, {}, QStringLiteral("no_such_helpdesk_db"));
    QVERIFY(!Database::open(url, QStringLiteral("access-missing"), &error));
    QVERIFY2(error.contains(QStringLiteral("There is no database “no_such_helpdesk_db”")), qPrintable(error));
}

void tst_PostgresAccess::unreachableServerSaysSo()
{
    QString error;
    // Port 1 on loopback: nothing listens there.
    QVERIFY(!Database::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/helpdesk"), QStringLiteral("access-down"),
                            &error));
    QVERIFY2(error.contains(QStringLiteral("Cannot reach the database server 127.0.0.1:1")), qPrintable(error));
}

void tst_PostgresAccess::serverRequiringTlsSaysToAddSslmode()
{
    // An office server that refuses unencrypted connections: a pg_hba.conf
    // rule for this test's database only, on the throwaway server.
    const QString dataDir = qEnvironmentVariable("HELPDESK_TEST_PGDATA");
    QVERIFY2(!dataDir.isEmpty(), "HELPDESK_TEST_PGDATA is not set: run the tests with .ci/quickstart test");
    QFile hba(dataDir + QStringLiteral("/data/pg_hba.conf"));
    QVERIFY2(hba.open(QIODevice::ReadOnly), qPrintable(hba.errorString()));
    const QByteArray original = hba.readAll();
    hba.close();
    const QByteArray rule = "hostnossl " + m_database->name().toLatin1() + " all 127.0.0.1/32 reject\n";
    auto writeHba = [&hba](const QByteArray &content) {
        return hba.open(QIODevice::WriteOnly | QIODevice::Truncate) && hba.write(content) == content.size()
            && (hba.close(), true);
    };
    QVERIFY(writeHba(rule + original));
    const auto restore = qScopeGuard([&] {
        writeHba(original);
        QSqlQuery(QSqlDatabase::database(QStringLiteral("access-admin"))).exec(QStringLiteral("SELECT pg_reload_conf()"));
    });
    QSqlQuery reload(QSqlDatabase::database(QStringLiteral("access-admin")));
    QVERIFY2(reload.exec(QStringLiteral("SELECT pg_reload_conf()")), qPrintable(reload.lastError().text()));

    QString error;
    // The server applies the reload in a moment; until then a connection may still get through.
    auto refused = [&] {
        if (!Database::open(m_database->url(), QStringLiteral("access-tls"), &error))
            return true;
        Database::close(QStringLiteral("access-tls"));
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(refused(), 10000);
    QVERIFY2(error.contains(QStringLiteral("accepts only encrypted (TLS) connections")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("sslmode=require")), qPrintable(error));
}

void tst_PostgresAccess::reporterOnUninitialisedDatabaseIsToldToRunInit()
{
    TestDatabase empty; // no schema yet
    QVERIFY2(empty.isValid(), qPrintable(empty.error()));
    // PostgreSQL 15 lets only the owner create in schema public.
    QString error;
    const QString url = TestDatabase::serverUrlFor(login(QStringLiteral("alice")), password, empty.name());
    QVERIFY(!Database::open(url, QStringLiteral("access-empty"), &error));
    QVERIFY2(error.contains(QStringLiteral("helpdesk-admin init")), qPrintable(error));
}

void tst_PostgresAccess::droppedConnectionReconnectsByItself()
{
    const QString alice = connect(QStringLiteral("alice"));
    ReportStore store(alice);
    QVERIFY(store.submit(reportBy(login(QStringLiteral("alice")))).ok());

    // What a server restart does to every open connection.
    QSqlQuery kill(QSqlDatabase::database(QStringLiteral("access-admin")));
    QVERIFY(kill.prepare(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?")));
    kill.addBindValue(login(QStringLiteral("alice")));
    QVERIFY2(kill.exec(), qPrintable(kill.lastError().text()));
    QTRY_VERIFY([&] {
        QSqlQuery left(QSqlDatabase::database(QStringLiteral("access-admin")));
        left.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ?"));
        left.addBindValue(login(QStringLiteral("alice")));
        return left.exec() && left.next() && left.value(0).toInt() == 0;
    }());

    const auto result = store.submit(reportBy(login(QStringLiteral("alice"))));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QString error;
    QVERIFY2(store.find(result.id, &error), qPrintable(error));
}

namespace {
// Runs openssl with the arguments; empty on success, else its output.
QString openssl(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("openssl %1: %2").arg(arguments.join(QLatin1Char(' ')),
                                                    QString::fromLocal8Bit(process.readAll()));
    return QString();
}

bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}
} // namespace

void tst_PostgresAccess::verifyFullWithCaFromSystemSetting()
{
    // An office server with a certificate from the office's CA; every desk's
    // system file names the server, sslmode=verify-full and the CA file. The
    // throwaway server gets TLS for this test only.
    const QString dataDir = qEnvironmentVariable("HELPDESK_TEST_PGDATA") + QStringLiteral("/data");
    QVERIFY2(QFileInfo(dataDir).isDir(), "HELPDESK_TEST_PGDATA is not set: run the tests with .ci/quickstart test");
    QTemporaryDir work;
    QVERIFY(work.isValid());
    // A CA folder with a space: the path must reach libpq quoted.
    const QString caDir = work.filePath(QStringLiteral("Office CA"));
    QVERIFY(QDir().mkpath(caDir));
    QVERIFY(writeText(work.filePath(QStringLiteral("san.cnf")), "subjectAltName=IP:127.0.0.1\n"));
    for (const QStringList &arguments : QList<QStringList>{
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
              QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
              caDir + QStringLiteral("/ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
              QStringLiteral("/CN=Helpdesk test office CA")},
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
              QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("other.key"), QStringLiteral("-out"),
              QStringLiteral("other-ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
              QStringLiteral("/CN=Some other CA")},
             {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
              QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
             {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
              QStringLiteral("-CA"), caDir + QStringLiteral("/ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
              QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.crt"),
              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("san.cnf")}}) {
        const QString problem = openssl(work.path(), arguments);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // The server reads its certificate and key from its data folder; the key
    // must belong to the server's user and be private to it.
    struct stat owner {};
    QVERIFY(::stat(QFile::encodeName(dataDir).constData(), &owner) == 0);
    for (const char *name : {"crt", "key"}) {
        const QString target = dataDir + QStringLiteral("/helpdesk-test-server.") + QLatin1String(name);
        QFile::remove(target);
        QVERIFY(QFile::copy(work.filePath(QStringLiteral("server.") + QLatin1String(name)), target));
        QVERIFY(::chown(QFile::encodeName(target).constData(), owner.st_uid, owner.st_gid) == 0 || ::getuid() != 0);
        QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    QSqlQuery admin(QSqlDatabase::database(QStringLiteral("access-admin")));
    const auto restore = qScopeGuard([&] {
        QSqlQuery undo(QSqlDatabase::database(QStringLiteral("access-admin")));
        for (const char *statement : {"ALTER SYSTEM RESET ssl", "ALTER SYSTEM RESET ssl_cert_file",
                                      "ALTER SYSTEM RESET ssl_key_file", "SELECT pg_reload_conf()"})
            undo.exec(QString::fromLatin1(statement));
        QFile::remove(dataDir + QStringLiteral("/helpdesk-test-server.crt"));
        QFile::remove(dataDir + QStringLiteral("/helpdesk-test-server.key"));
        qunsetenv("HELPDESK_SYSTEM_CONFIG_DIR");
    });
    for (const char *statement : {"ALTER SYSTEM SET ssl_cert_file = 'helpdesk-test-server.crt'",
                                  "ALTER SYSTEM SET ssl_key_file = 'helpdesk-test-server.key'",
                                  "ALTER SYSTEM SET ssl = on", "SELECT pg_reload_conf()"})
        QVERIFY2(admin.exec(QString::fromLatin1(statement)), qPrintable(admin.lastError().text()));

    // The desk's system file, as `helpdesk-admin config set … --system` writes it.
    qputenv("HELPDESK_SYSTEM_CONFIG_DIR", work.filePath(QStringLiteral("etc-xdg")).toUtf8());
    const QString systemFile = Config::fileName(Config::Scope::System);
    auto writeSystemFile = [&](const QString &caFile) {
        return writeText(systemFile, "[database]\nurl=" + m_database->url().toUtf8()
                                         + "\nsslmode=verify-full\nsslrootcert=" + caFile.toUtf8() + "\nlocked=true\n");
    };
    QVERIFY(writeSystemFile(caDir + QStringLiteral("/ca.pem")));
    DatabaseChoice::Source source = DatabaseChoice::Source::Default;
    const QString url = DatabaseChoice::resolveUrl(QString(), &source);
    QCOMPARE(source, DatabaseChoice::Source::SystemSettings);

    // The server applies the reload in a moment.
    QString error;
    auto connects = [&] {
        if (Database::open(url, QStringLiteral("access-verify-full"), &error))
            return true;
        Database::close(QStringLiteral("access-verify-full"));
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(connects(), qPrintable(error), 10000);
    m_connections.append(QStringLiteral("access-verify-full"));
    QSqlQuery tls(QSqlDatabase::database(QStringLiteral("access-verify-full")));
    QVERIFY2(tls.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && tls.next(),
             qPrintable(tls.lastError().text()));
    QVERIFY2(tls.value(0).toBool(), "connected without TLS");
    tls.finish();
    Database::close(QStringLiteral("access-verify-full"));

    // A certificate from another CA is refused, and the person is told why.
    QVERIFY(writeSystemFile(work.filePath(QStringLiteral("other-ca.pem"))));
    QVERIFY(!Database::open(DatabaseChoice::resolveUrl(QString()), QStringLiteral("access-other-ca"), &error));
    QVERIFY2(error.contains(QStringLiteral("certificate verify failed")), qPrintable(error));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("access-other-ca")));
}

QTEST_GUILESS_MAIN(tst_PostgresAccess)
#include "tst_postgresaccess.moc"
