// Migrator: brings a database to the schema this program knows. What an
// administrator notices: a new database gets the tables, a second start
// changes nothing, a database from a newer version is left alone with a
// message naming both versions, and a broken upgrade leaves the last good
// version in place.

#include "store/database.h"
#include "store/migrator.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Helpdesk::Database;
using Helpdesk::DatabaseUrl;
using Helpdesk::Migrator;

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void builtInMigrations();
    void emptyDatabaseMigratesToLatest();
    void migrateTwiceIsNoOp();
    void migrateToStopsAtVersion();
    void newerDatabaseIsRefusedUntouched();
    void brokenMigrationRollsBack();
    void migrationsAreOrderedByNumber();
    void folderWithoutMigrations();
    void triggerMigrationWorks();

    void splitStatements_data();
    void splitStatements();
    void splitInitialMigration();

private:
    QSqlDatabase openEmpty(const QString &fileName = QStringLiteral("helpdesk.sqlite"));
    QString writeMigrations(const QString &folderName, const QList<QPair<QString, QString>> &files);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_connections;
};

namespace {

QStringList tableNames(const QSqlDatabase &db)
{
    QStringList tables = db.tables();
    tables.sort();
    return tables;
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

void TestMigrator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMigrator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrator::cleanup()
{
    for (const QString &name : std::as_const(m_connections))
        Database::close(name);
    m_connections.clear();
    m_dir.reset();
}

QSqlDatabase TestMigrator::openEmpty(const QString &fileName)
{
    DatabaseUrl url;
    url.backend = DatabaseUrl::Backend::Sqlite;
    url.path = m_dir->filePath(fileName);
    const QString name = QStringLiteral("tst_migrator_%1_%2")
                             .arg(QString::fromLatin1(QTest::currentTestFunction()))
                             .arg(m_connections.size());
    m_connections.append(name);
    QString error;
    if (!Database::openWithoutMigrating(url, name, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return QSqlDatabase::database(name, false);
}

QString TestMigrator::writeMigrations(const QString &folderName, const QList<QPair<QString, QString>> &files)
{
    const QString folder = m_dir->filePath(folderName);
    QDir().mkpath(folder);
    for (const auto &file : files) {
        QFile out(folder + QLatin1Char('/') + file.first);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        out.write(file.second.toUtf8());
    }
    return folder;
}

void TestMigrator::builtInMigrations()
{
    const QSqlDatabase db = openEmpty();
    QVERIFY(db.isOpen());
    const Migrator migrator(db, QStringLiteral("sqlite"));
    const auto migrations = migrator.migrations();
    QVERIFY(!migrations.isEmpty());
    QCOMPARE(migrations.constFirst().version, 1);
    QCOMPARE(migrations.constFirst().name, QStringLiteral("initial"));
    QCOMPARE(migrator.latestVersion(), migrations.constLast().version);
    // Numbered 1, 2, 3 … with no gap and no repeat.
    for (int i = 0; i < migrations.size(); ++i)
        QCOMPARE(migrations.at(i).version, i + 1);
}

void TestMigrator::emptyDatabaseMigratesToLatest()
{
    QSqlDatabase db = openEmpty();
    QVERIFY(db.isOpen());
    Migrator migrator(db, QStringLiteral("sqlite"));
    QString error;
    QCOMPARE(migrator.currentVersion(&error), 0);
    QVERIFY2(migrator.migrate(&error), qPrintable(error));
    QCOMPARE(migrator.currentVersion(&error), migrator.latestVersion());
    QVERIFY(migrator.latestVersion() >= 1);
    QVERIFY(db.tables().contains(QStringLiteral("reports")));

    // The columns the store and the optimistic locking rely on.
    const QSqlRecord reports = db.record(QStringLiteral("reports"));
    for (const char *column : {"id", "client_id", "created_at", "status", "priority", "summary",
                               "reporter_name", "computer_name", "version"})
        QVERIFY2(reports.contains(QLatin1String(column)), column);

    // One bookkeeping row per applied migration.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), int(migrator.migrations().size()));
}

void TestMigrator::migrateTwiceIsNoOp()
{
    QSqlDatabase db = openEmpty();
    Migrator migrator(db, QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(migrator.migrate(&error), qPrintable(error));
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO reports (client_id, created_at, priority, category, symptom, "
                                          "summary, impact, urgency, reporter_name) VALUES ('c1', "
                                          "'2024-01-01T00:00:00.000Z', 3, 'printing', 'paper_jam', "
                                          "'Paper jam in tray 2', 'team', 'slowed', 'Ivan')")));
    }
    const QStringList tablesBefore = tableNames(db);
    const int rowsBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version"));

    QVERIFY2(migrator.migrate(&error), qPrintable(error));
    // A fresh Migrator, as on the next start of the program.
    Migrator again(db, QStringLiteral("sqlite"));
    QVERIFY2(again.migrate(&error), qPrintable(error));

    QCOMPARE(again.currentVersion(&error), again.latestVersion());
    QCOMPARE(tableNames(db), tablesBefore);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), rowsBefore);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM reports")), 1);
}

void TestMigrator::migrateToStopsAtVersion()
{
    const QString folder = writeMigrations(QStringLiteral("m"), {
        {QStringLiteral("0001_first.sql"), QStringLiteral("CREATE TABLE first (id INTEGER PRIMARY KEY);")},
        {QStringLiteral("0002_second.sql"), QStringLiteral("CREATE TABLE second (id INTEGER PRIMARY KEY);")},
        {QStringLiteral("0003_third.sql"), QStringLiteral("CREATE TABLE third (id INTEGER PRIMARY KEY);")},
    });
    QSqlDatabase db = openEmpty();
    Migrator migrator(db, QStringLiteral("sqlite"), folder);
    QCOMPARE(migrator.latestVersion(), 3);
    QString error;
    QVERIFY2(migrator.migrateTo(2, &error), qPrintable(error));
    QCOMPARE(migrator.currentVersion(&error), 2);
    QVERIFY(db.tables().contains(QStringLiteral("second")));
    QVERIFY(!db.tables().contains(QStringLiteral("third")));

    QVERIFY2(migrator.migrate(&error), qPrintable(error));
    QCOMPARE(migrator.currentVersion(&error), 3);
    QVERIFY(db.tables().contains(QStringLiteral("third")));
}

void TestMigrator::newerDatabaseIsRefusedUntouched()
{
    QSqlDatabase db = openEmpty();
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                          "name TEXT NOT NULL, applied_at TEXT NOT NULL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (1, 'initial', '2030-01-01')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (97, 'future', '2030-01-02')")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE future_things (x TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO future_things VALUES ('precious')")));
    }
    const QStringList tablesBefore = tableNames(db);

    Migrator migrator(db, QStringLiteral("sqlite"));
    QVERIFY(migrator.latestVersion() < 97);
    QString error;
    QCOMPARE(migrator.currentVersion(&error), 97);
    QVERIFY(!migrator.migrate(&error));
    // Names both versions so the administrator knows what to install.
    QVERIFY2(error.contains(QLatin1String("97")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(migrator.latestVersion())), qPrintable(error));

    // Nothing was changed.
    QCOMPARE(tableNames(db), tablesBefore);
    QVERIFY(!db.tables().contains(QStringLiteral("reports")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version")), 97);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM future_things")), 1);

    // migrateTo a lower version is refused the same way.
    error.clear();
    QVERIFY(!migrator.migrateTo(1, &error));
    QVERIFY(error.contains(QLatin1String("97")));
}

void TestMigrator::brokenMigrationRollsBack()
{
    const QString folder = writeMigrations(QStringLiteral("broken"), {
        {QStringLiteral("0001_first.sql"),
         QStringLiteral("CREATE TABLE first (id INTEGER PRIMARY KEY, note TEXT);\n"
                        "INSERT INTO first (note) VALUES ('kept');\n")},
        {QStringLiteral("0002_second.sql"),
         QStringLiteral("CREATE TABLE second (id INTEGER PRIMARY KEY);\n"
                        "INSERT INTO first (note) VALUES ('must vanish');\n"
                        "ALTER TABLE first ADD COLUMN extra TEXT;\n"
                        "INSERT INTO no_such_table VALUES (1);\n")},
    });
    QSqlDatabase db = openEmpty();
    Migrator migrator(db, QStringLiteral("sqlite"), folder);
    QCOMPARE(migrator.latestVersion(), 2);

    QString error;
    QVERIFY(!migrator.migrate(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("2")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("second")), qPrintable(error)); // which migration
    QVERIFY2(error.contains(QLatin1String("no_such_table")), qPrintable(error)); // and why

    // Version 1 is complete; nothing of version 2 remains.
    QCOMPARE(migrator.currentVersion(&error), 1);
    QVERIFY(db.tables().contains(QStringLiteral("first")));
    QVERIFY(!db.tables().contains(QStringLiteral("second")));
    QVERIFY(!db.record(QStringLiteral("first")).contains(QStringLiteral("extra")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM first")), 1);
    // The connection is usable, not stuck in a transaction.
    QVERIFY(db.transaction());
    QVERIFY(db.commit());

    // Once the file is fixed, the next start completes the upgrade.
    writeMigrations(QStringLiteral("broken"), {
        {QStringLiteral("0002_second.sql"), QStringLiteral("CREATE TABLE second (id INTEGER PRIMARY KEY);")},
    });
    Migrator fixed(db, QStringLiteral("sqlite"), folder);
    QVERIFY2(fixed.migrate(&error), qPrintable(error));
    QCOMPARE(fixed.currentVersion(&error), 2);
    QVERIFY(db.tables().contains(QStringLiteral("second")));
}

void TestMigrator::migrationsAreOrderedByNumber()
{
    const QString folder = writeMigrations(QStringLiteral("order"), {
        {QStringLiteral("10_tenth.sql"), QStringLiteral("CREATE TABLE tenth (x);")},
        {QStringLiteral("2_second.sql"), QStringLiteral("CREATE TABLE second (x);")},
        {QStringLiteral("1_first.sql"), QStringLiteral("CREATE TABLE first (x);")},
        // Not migrations: ignored, never run.
        {QStringLiteral("README.sql"), QStringLiteral("this is not sql;")},
        {QStringLiteral("0003-bad-name.sql"), QStringLiteral("this is not sql either;")},
        {QStringLiteral("0004_notes.txt"), QStringLiteral("nor this;")},
    });
    QSqlDatabase db = openEmpty();
    Migrator migrator(db, QStringLiteral("sqlite"), folder);
    QList<int> versions;
    for (const auto &m : migrator.migrations())
        versions.append(m.version);
    QCOMPARE(versions, QList<int>({1, 2, 10}));
    QCOMPARE(migrator.latestVersion(), 10);
    QCOMPARE(migrator.migrations().at(1).name, QStringLiteral("second"));

    QString error;
    QVERIFY2(migrator.migrate(&error), qPrintable(error));
    QCOMPARE(migrator.currentVersion(&error), 10);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), 3);
}

void TestMigrator::folderWithoutMigrations()
{
    const QString folder = writeMigrations(QStringLiteral("empty"), {});
    QSqlDatabase db = openEmpty();
    Migrator migrator(db, QStringLiteral("sqlite"), folder);
    QCOMPARE(migrator.latestVersion(), 0);
    QString error;
    QVERIFY(!migrator.migrate(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(db.tables().isEmpty());

    // Likewise a dialect we ship nothing for.
    Migrator unknown(db, QStringLiteral("oracle"));
    QVERIFY(unknown.migrations().isEmpty());
    QVERIFY(!unknown.migrate(&error));
    QVERIFY2(error.contains(QLatin1String("oracle")), qPrintable(error));
}

void TestMigrator::triggerMigrationWorks()
{
    // A realistic later migration: a history table filled by a trigger whose
    // body has several statements and a CASE … END.
    const QString folder = writeMigrations(QStringLiteral("trigger"), {
        {QStringLiteral("0001_items.sql"),
         QStringLiteral("-- items; the first table\n"
                        "CREATE TABLE items (id INTEGER PRIMARY KEY, status TEXT NOT NULL);\n")},
        {QStringLiteral("0002_history.sql"),
         QStringLiteral("/* Version 2; history of every change. */\n"
                        "CREATE TABLE history (item_id INTEGER, what TEXT, note TEXT);\n"
                        "CREATE TRIGGER items_history AFTER UPDATE ON items\n"
                        "BEGIN\n"
                        "    INSERT INTO history VALUES (new.id, 'status',\n"
                        "        CASE WHEN new.status = 'closed' THEN 'done; closed' ELSE 'changed' END);\n"
                        "    UPDATE items SET status = lower(new.status) WHERE id = new.id AND status <> lower(new.status);\n"
                        "END;\n"
                        "INSERT INTO items VALUES (1, 'new');\n")},
    });
    QSqlDatabase db = openEmpty();
    Migrator migrator(db, QStringLiteral("sqlite"), folder);
    QString error;
    QVERIFY2(migrator.migrate(&error), qPrintable(error));
    QCOMPARE(migrator.currentVersion(&error), 2);

    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("UPDATE items SET status = 'closed' WHERE id = 1")));
    QVERIFY(query.exec(QStringLiteral("SELECT note FROM history WHERE item_id = 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("done; closed"));
}

void TestMigrator::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two statements")
        << QStringLiteral("CREATE TABLE a (x TEXT);\nCREATE TABLE b (y TEXT);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (x TEXT)"), QStringLiteral("CREATE TABLE b (y TEXT)")};
    QTest::newRow("no final semicolon")
        << QStringLiteral("CREATE TABLE a (x);  CREATE TABLE b (y)  \n")
        << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only whitespace and semicolons") << QStringLiteral(" ;\n ; \t") << QStringList();
    QTest::newRow("only comments") << QStringLiteral("-- nothing; yet\n-- really\n") << QStringList();
    QTest::newRow("semicolon in single quotes")
        << QStringLiteral("INSERT INTO t VALUES ('a;b'); INSERT INTO t VALUES ('c');")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b')"), QStringLiteral("INSERT INTO t VALUES ('c')")};
    QTest::newRow("semicolon in double quotes")
        << QStringLiteral("CREATE TABLE \"odd;name\" (x); SELECT 1;")
        << QStringList{QStringLiteral("CREATE TABLE \"odd;name\" (x)"), QStringLiteral("SELECT 1")};
    QTest::newRow("doubled quote")
        << QStringLiteral("INSERT INTO t VALUES ('it''s; fine'); SELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('it''s; fine')"), QStringLiteral("SELECT 2")};
    QTest::newRow("dashes in quotes are not a comment")
        << QStringLiteral("INSERT INTO t VALUES ('--; not a comment'); SELECT 3;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('--; not a comment')"), QStringLiteral("SELECT 3")};
    QTest::newRow("comment lines")
        << QStringLiteral("-- Version 2; adds the history.\nCREATE TABLE h (x);\n-- done; bye")
        << QStringList{QStringLiteral("CREATE TABLE h (x)")};
    QTest::newRow("apostrophe in comment")
        << QStringLiteral("-- the reporter's name\nCREATE TABLE a (x);\n-- isn't it\nCREATE TABLE b (y);")
        << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
    QTest::newRow("comment at end of line")
        << QStringLiteral("CREATE TABLE a (x TEXT, -- note; here\n    y TEXT);")
        << QStringList{QStringLiteral("CREATE TABLE a (x TEXT, \n    y TEXT)")};
    QTest::newRow("block comment")
        << QStringLiteral("/* Version 2; adds the history.\n   Another line; still comment. */\nCREATE TABLE h (x);")
        << QStringList{QStringLiteral("CREATE TABLE h (x)")};
    QTest::newRow("trigger")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                          "  INSERT INTO log VALUES (1);\n"
                          "  UPDATE a SET x = 2;\n"
                          "END;\n"
                          "CREATE TABLE z (q);")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                      "  INSERT INTO log VALUES (1);\n"
                                      "  UPDATE a SET x = 2;\n"
                                      "END"),
                       QStringLiteral("CREATE TABLE z (q)")};
    QTest::newRow("trigger lower case")
        << QStringLiteral("create trigger t after delete on a begin delete from b; delete from c; end; select 1;")
        << QStringList{QStringLiteral("create trigger t after delete on a begin delete from b; delete from c; end"),
                       QStringLiteral("select 1")};
    QTest::newRow("trigger with case")
        << QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON a BEGIN "
                          "INSERT INTO h VALUES (CASE WHEN new.x > 1 THEN 'big' ELSE 'small' END); "
                          "UPDATE a SET y = 1; END; SELECT 1;")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON a BEGIN "
                                      "INSERT INTO h VALUES (CASE WHEN new.x > 1 THEN 'big' ELSE 'small' END); "
                                      "UPDATE a SET y = 1; END"),
                       QStringLiteral("SELECT 1")};
    QTest::newRow("case outside a trigger")
        << QStringLiteral("CREATE VIEW v AS SELECT CASE WHEN x THEN 1 END AS y FROM a; SELECT 2;")
        << QStringList{QStringLiteral("CREATE VIEW v AS SELECT CASE WHEN x THEN 1 END AS y FROM a"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("words containing begin and end")
        << QStringLiteral("CREATE TABLE s (begin_at TEXT, ended TEXT, weekend INTEGER); CREATE TABLE u (x);")
        << QStringList{QStringLiteral("CREATE TABLE s (begin_at TEXT, ended TEXT, weekend INTEGER)"),
                       QStringLiteral("CREATE TABLE u (x)")};
    QTest::newRow("transaction statements")
        << QStringLiteral("BEGIN TRANSACTION; CREATE TABLE a (x); COMMIT;")
        << QStringList{QStringLiteral("BEGIN TRANSACTION"), QStringLiteral("CREATE TABLE a (x)"),
                       QStringLiteral("COMMIT")};
    QTest::newRow("dollar-quoted function body")
        << QStringLiteral("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.x := 1; RETURN NEW; END; $$ "
                          "LANGUAGE plpgsql; SELECT 1;")
        << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.x := 1; RETURN NEW; END; $$ "
                                      "LANGUAGE plpgsql"),
                       QStringLiteral("SELECT 1")};
    QTest::newRow("tagged dollar quotes around $$ bodies")
        << QStringLiteral("DO $do$ BEGIN EXECUTE format($f$CREATE FUNCTION g() RETURNS int AS $$ SELECT 1; $$ "
                          "LANGUAGE sql$f$); END $do$; SELECT 2;")
        << QStringList{QStringLiteral("DO $do$ BEGIN EXECUTE format($f$CREATE FUNCTION g() RETURNS int AS $$ SELECT 1; "
                                      "$$ LANGUAGE sql$f$); END $do$"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("a parameter is no dollar quote")
        << QStringLiteral("CREATE FUNCTION h(int) RETURNS int LANGUAGE sql AS 'SELECT $1'; SELECT $1 + 1; SELECT 3;")
        << QStringList{QStringLiteral("CREATE FUNCTION h(int) RETURNS int LANGUAGE sql AS 'SELECT $1'"),
                       QStringLiteral("SELECT $1 + 1"), QStringLiteral("SELECT 3")};
    QTest::newRow("cyrillic text")
        << QStringLiteral("INSERT INTO t VALUES ('Принтер; не печатает'); SELECT 'ок';")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('Принтер; не печатает')"), QStringLiteral("SELECT 'ок'")};
}

void TestMigrator::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    QCOMPARE(Migrator::splitStatements(sql), statements);
}

void TestMigrator::splitInitialMigration()
{
    QFile file(QStringLiteral(":/migrations/sqlite/0001_initial.sql"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList statements = Migrator::splitStatements(QString::fromUtf8(file.readAll()));
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(0).startsWith(QLatin1String("CREATE TABLE reports")));
    QVERIFY(statements.at(1).startsWith(QLatin1String("CREATE INDEX")));
    QVERIFY(statements.at(2).startsWith(QLatin1String("CREATE INDEX")));
    for (const QString &s : statements)
        QVERIFY2(!s.contains(QLatin1String("--")), qPrintable(s)); // comments are gone
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
