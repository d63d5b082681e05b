// DatabaseUrl: the one string that chooses the database. People type it on the
// command line, in an environment variable and in settings; it must be read the
// same way everywhere and its password must never end up on screen or in logs.

#include "store/database.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using Helpdesk::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sqlite_data();
    void sqlite();
    void postgresql();
    void postgresqlWithoutOptionalParts();
    void postgresqlDecodesPassword();
    void postgresqlSeveralOptions();
    void bad_data();
    void bad();
    void badWithoutMessagePointer();
    void displayStringHidesPassword_data();
    void displayStringHidesPassword();
    void displayStringParsesBack();
};

void TestDatabaseUrl::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabaseUrl::sqlite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");

    const QDir here = QDir::current();
    QTest::newRow("absolute") << QStringLiteral("sqlite:/var/lib/helpdesk/helpdesk.sqlite")
                              << QStringLiteral("/var/lib/helpdesk/helpdesk.sqlite");
    QTest::newRow("url form") << QStringLiteral("sqlite:///var/lib/helpdesk/helpdesk.sqlite")
                              << QStringLiteral("/var/lib/helpdesk/helpdesk.sqlite");
    QTest::newRow("localhost") << QStringLiteral("sqlite://localhost/srv/helpdesk.sqlite")
                               << QStringLiteral("/srv/helpdesk.sqlite");
    QTest::newRow("upper-case scheme") << QStringLiteral("SQLite:/srv/helpdesk.sqlite")
                                       << QStringLiteral("/srv/helpdesk.sqlite");
    QTest::newRow("spaces around") << QStringLiteral("  sqlite:/srv/helpdesk.sqlite \n")
                                   << QStringLiteral("/srv/helpdesk.sqlite");
    QTest::newRow("dot segments cleaned") << QStringLiteral("sqlite:/srv/./data/../helpdesk.sqlite")
                                          << QStringLiteral("/srv/helpdesk.sqlite");
    QTest::newRow("cyrillic folder") << QStringLiteral("sqlite:/home/иван/заявки.sqlite")
                                     << QStringLiteral("/home/иван/заявки.sqlite");
    QTest::newRow("relative") << QStringLiteral("sqlite:helpdesk.sqlite")
                              << QDir::cleanPath(here.absoluteFilePath(QStringLiteral("helpdesk.sqlite")));
    QTest::newRow("relative in folder") << QStringLiteral("sqlite:data/helpdesk.sqlite")
                                        << QDir::cleanPath(here.absoluteFilePath(QStringLiteral("data/helpdesk.sqlite")));
}

void TestDatabaseUrl::sqlite()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QString error;
    const auto url = DatabaseUrl::parse(text, &error);
    QVERIFY2(url.has_value(), qPrintable(error));
    QCOMPARE(url->backend, DatabaseUrl::Backend::Sqlite);
    QCOMPARE(url->path, path);
    QVERIFY(QDir::isAbsolutePath(url->path));
    QCOMPARE(url->driverName(), QStringLiteral("QSQLITE"));
    QCOMPARE(url->dialect(), QStringLiteral("sqlite"));
    QVERIFY(url->host.isEmpty());
}

void TestDatabaseUrl::postgresql()
{
    QString error;
    const auto url = DatabaseUrl::parse(
        QStringLiteral("postgresql://helpdesk_agent:pw@db.example.org:5433/helpdesk?sslmode=require"), &error);
    QVERIFY2(url.has_value(), qPrintable(error));
    QCOMPARE(url->backend, DatabaseUrl::Backend::PostgreSql);
    QCOMPARE(url->user, QStringLiteral("helpdesk_agent"));
    QCOMPARE(url->password, QStringLiteral("pw"));
    QCOMPARE(url->host, QStringLiteral("db.example.org"));
    QCOMPARE(url->port, 5433);
    QCOMPARE(url->databaseName, QStringLiteral("helpdesk"));
    QCOMPARE(url->options, QStringLiteral("sslmode=require"));
    QCOMPARE(url->driverName(), QStringLiteral("QPSQL"));
    QCOMPARE(url->dialect(), QStringLiteral("postgresql"));
    QVERIFY(url->path.isEmpty());
}

void TestDatabaseUrl::postgresqlWithoutOptionalParts()
{
    QString error;
    const auto url = DatabaseUrl::parse(QStringLiteral("postgres://10.0.0.5/helpdesk"), &error);
    QVERIFY2(url.has_value(), qPrintable(error));
    QCOMPARE(url->backend, DatabaseUrl::Backend::PostgreSql);
    QCOMPARE(url->host, QStringLiteral("10.0.0.5"));
    QCOMPARE(url->port, -1); // the driver's default, 5432
    QVERIFY(url->user.isEmpty());
    QVERIFY(url->password.isEmpty());
    QCOMPARE(url->databaseName, QStringLiteral("helpdesk"));
    QVERIFY(url->options.isEmpty());
}

void TestDatabaseUrl::postgresqlDecodesPassword()
{
    // A password with '@' or ':' has to be percent-encoded in a URL; the
    // driver must get the real one.
    QString error;
    const auto url = DatabaseUrl::parse(
        QStringLiteral("postgresql://ivan:p%40ss%3Aw0rd@db.example.org/helpdesk"), &error);
    QVERIFY2(url.has_value(), qPrintable(error));
    QCOMPARE(url->user, QStringLiteral("ivan"));
    QCOMPARE(url->password, QStringLiteral("p@ss:w0rd"));
    QCOMPARE(url->host, QStringLiteral("db.example.org"));
}

void TestDatabaseUrl::postgresqlSeveralOptions()
{
    QString error;
    const auto url = DatabaseUrl::parse(
        QStringLiteral("postgresql://agent@db/helpdesk?sslmode=verify-full&connect_timeout=5"), &error);
    QVERIFY2(url.has_value(), qPrintable(error));
    // QPSQL takes its connect options separated by ';'.
    QCOMPARE(url->options, QStringLiteral("sslmode=verify-full;connect_timeout=5"));
}

void TestDatabaseUrl::bad_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("sqlite without file") << QStringLiteral("sqlite:");
    QTest::newRow("sqlite url without file") << QStringLiteral("sqlite://");
    QTest::newRow("plain path") << QStringLiteral("/var/lib/helpdesk/helpdesk.sqlite");
    QTest::newRow("plain file name") << QStringLiteral("helpdesk.sqlite");
    QTest::newRow("mysql") << QStringLiteral("mysql://root:s3cr3t@db.example.org/helpdesk");
    QTest::newRow("http") << QStringLiteral("http://helpdesk.example.org/");
    QTest::newRow("postgresql nothing") << QStringLiteral("postgresql://");
    QTest::newRow("postgresql no database") << QStringLiteral("postgresql://agent:s3cr3t@db.example.org");
    QTest::newRow("postgresql empty database") << QStringLiteral("postgresql://agent:s3cr3t@db.example.org/");
    QTest::newRow("postgresql no host") << QStringLiteral("postgresql://agent:s3cr3t@/helpdesk");
    QTest::newRow("postgresql nested path") << QStringLiteral("postgresql://agent:s3cr3t@db/helpdesk/reports");
    QTest::newRow("postgresql bad port") << QStringLiteral("postgresql://agent:s3cr3t@db:port/helpdesk");
    QTest::newRow("postgresql port too big") << QStringLiteral("postgresql://agent:s3cr3t@db:99999/helpdesk");
}

void TestDatabaseUrl::bad()
{
    QFETCH(QString, text);
    QString error;
    const auto url = DatabaseUrl::parse(text, &error);
    QVERIFY(!url.has_value());
    QVERIFY2(!error.trimmed().isEmpty(), "a bad URL needs a message saying what is wrong");
    QVERIFY2(!error.contains(QLatin1String("s3cr3t")), qPrintable(error));
}

void TestDatabaseUrl::badWithoutMessagePointer()
{
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("mysql://x/y"), nullptr).has_value());
    QVERIFY(DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.sqlite"), nullptr).has_value());
}

void TestDatabaseUrl::displayStringHidesPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");

    QTest::newRow("full") << QStringLiteral("postgresql://agent:s3cr3t@db.example.org:5433/helpdesk?sslmode=require")
                          << QStringLiteral("postgresql://agent@db.example.org:5433/helpdesk");
    QTest::newRow("no port") << QStringLiteral("postgresql://agent:s3cr3t@db.example.org/helpdesk")
                             << QStringLiteral("postgresql://agent@db.example.org/helpdesk");
    QTest::newRow("encoded password") << QStringLiteral("postgresql://agent:s3cr3t%40x@db/helpdesk")
                                      << QStringLiteral("postgresql://agent@db/helpdesk");
    QTest::newRow("no user") << QStringLiteral("postgres://db.example.org/helpdesk")
                             << QStringLiteral("postgresql://db.example.org/helpdesk");
    QTest::newRow("sqlite") << QStringLiteral("sqlite:///srv/helpdesk.sqlite")
                            << QStringLiteral("sqlite:/srv/helpdesk.sqlite");
}

void TestDatabaseUrl::displayStringHidesPassword()
{
    QFETCH(QString, text);
    QFETCH(QString, display);
    QString error;
    const auto url = DatabaseUrl::parse(text, &error);
    QVERIFY2(url.has_value(), qPrintable(error));
    QCOMPARE(url->toDisplayString(), display);
    QVERIFY(!url->toDisplayString().contains(QLatin1String("s3cr3t")));
}

void TestDatabaseUrl::displayStringParsesBack()
{
    // What a log shows can be pasted back (and then asks for the password).
    for (const char *text : {"postgresql://agent:pw@db.example.org:5433/helpdesk",
                             "sqlite:/srv/helpdesk/helpdesk.sqlite"}) {
        const auto url = DatabaseUrl::parse(QString::fromLatin1(text), nullptr);
        QVERIFY(url);
        const auto again = DatabaseUrl::parse(url->toDisplayString(), nullptr);
        QVERIFY2(again, qPrintable(url->toDisplayString()));
        QCOMPARE(again->backend, url->backend);
        QCOMPARE(again->path, url->path);
        QCOMPARE(again->host, url->host);
        QCOMPARE(again->port, url->port);
        QCOMPARE(again->user, url->user);
        QCOMPARE(again->databaseName, url->databaseName);
        QVERIFY(again->password.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
