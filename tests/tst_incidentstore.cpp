// IncidentStore: agents post a known incident, employees see the active ones
// that concern them and say "this is my problem" once, agents resolve it and
// it disappears from the wizard. Runs on SQLite and on PostgreSQL, where
// reporters may read incidents and join them but not post or resolve them.

#include "store/database.h"
#include "store/incidentstore.h"
#include "testdatabase.h"

#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Helpdesk;

class TestIncidentStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void postListResolve();
    void badInputIsRefusedWithTheReason();
    void joiningCountsEachPersonOnce();
    void concernsByLocation_data();
    void concernsByLocation();
    void references();
    void reportersReadAndJoinButDoNotPost();

private:
    QString openConnection(const QString &url);
    Incident printersDown() const;

    std::unique_ptr<TestDatabase> m_database;
    QStringList m_connections;
    std::unique_ptr<IncidentStore> m_store;
};

void TestIncidentStore::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    const QString name = openConnection(m_database->url());
    QVERIFY(!name.isEmpty());
    m_store = std::make_unique<IncidentStore>(name);
}

void TestIncidentStore::cleanup()
{
    m_store.reset();
    for (const QString &name : std::as_const(m_connections))
        Database::close(name);
    m_connections.clear();
    m_database.reset();
}

QString TestIncidentStore::openConnection(const QString &url)
{
    const QString name = QStringLiteral("tst_incidentstore_%1_%2")
                             .arg(QString::fromLatin1(QTest::currentTestFunction()))
                             .arg(m_connections.size());
    QString error;
    if (!Database::open(url, name, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    m_connections.append(name);
    return name;
}

Incident TestIncidentStore::printersDown() const
{
    Incident incident;
    incident.title = QStringLiteral("Printers on the 3rd floor do not print");
    incident.category = QStringLiteral("printing");
    incident.location = QStringLiteral("Main office, 3rd floor");
    incident.message = QStringLiteral("The print server is being restarted; expected back by 11:00.");
    incident.createdBy = QStringLiteral("agent1");
    return incident;
}

void TestIncidentStore::postListResolve()
{
    QString error;
    const qint64 first = m_store->add(printersDown(), &error);
    QVERIFY2(first > 0, qPrintable(error));
    Incident mail;
    mail.title = QStringLiteral("Почта не отправляется: сервер Exchange недоступен");
    mail.category = QStringLiteral("email");
    const qint64 second = m_store->add(mail, &error);
    QVERIFY2(second > first, qPrintable(error));

    QList<Incident> active = m_store->list(false, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(active.size(), 2);
    QCOMPARE(active.at(0).id, second); // newest first
    QCOMPARE(active.at(0).title, mail.title);
    QCOMPARE(active.at(1).location, QStringLiteral("Main office, 3rd floor"));
    QCOMPARE(active.at(1).message, printersDown().message);
    QVERIFY(active.at(1).isActive());
    QVERIFY(qAbs(active.at(1).createdAt.secsTo(QDateTime::currentDateTime())) < 120);

    QVERIFY2(m_store->resolve(first, &error), qPrintable(error));
    active = m_store->list(false, &error);
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.constFirst().id, second);
    const QList<Incident> all = m_store->list(true, &error);
    QCOMPARE(all.size(), 2);
    QVERIFY(!all.at(1).isActive());

    // Resolving twice, or what does not exist, says so.
    QVERIFY(!m_store->resolve(first, &error));
    QVERIFY2(error.contains(QStringLiteral("INC-")), qPrintable(error));
    QVERIFY(!m_store->resolve(999, &error));
    QVERIFY2(error.contains(QStringLiteral("INC-0999")), qPrintable(error));
}

void TestIncidentStore::badInputIsRefusedWithTheReason()
{
    QString error;
    Incident noTitle = printersDown();
    noTitle.title = QStringLiteral("   ");
    QCOMPARE(m_store->add(noTitle, &error), 0);
    QVERIFY2(error.contains(QStringLiteral("title")), qPrintable(error));

    Incident badCategory = printersDown();
    badCategory.category = QStringLiteral("coffee");
    QCOMPARE(m_store->add(badCategory, &error), 0);
    QVERIFY2(error.contains(QStringLiteral("coffee")) && error.contains(QStringLiteral("printing")), qPrintable(error));

    Incident huge = printersDown();
    huge.message = QString(FieldRules::DescriptionMax + 1, QLatin1Char('x'));
    QCOMPARE(m_store->add(huge, &error), 0);
    QVERIFY(!error.isEmpty());

    QVERIFY(m_store->list(true, &error).isEmpty()); // nothing half-written
}

void TestIncidentStore::joiningCountsEachPersonOnce()
{
    QString error;
    const qint64 id = m_store->add(printersDown(), &error);
    QVERIFY2(id > 0, qPrintable(error));
    ContactInfo jane;
    jane.login = QStringLiteral("jdoe");
    jane.name = QStringLiteral("Jane Doe");
    jane.email = QStringLiteral("jane@example.com");
    ContactInfo ivan;
    ivan.login = QStringLiteral("ivanov");
    ivan.name = QStringLiteral("Иван Иванов");
    QVERIFY2(m_store->join(id, jane, &error), qPrintable(error));
    QVERIFY2(m_store->join(id, jane, &error), qPrintable(error));
    QVERIFY2(m_store->join(id, ivan, &error), qPrintable(error));
    QCOMPARE(m_store->find(id, &error)->affectedCount, 2);
    const QList<ContactInfo> people = m_store->affectedPeople(id, &error);
    QCOMPARE(people.size(), 2);
    QVERIFY(!m_store->join(id + 100, jane, &error));
    QVERIFY(!error.isEmpty());
}

void TestIncidentStore::concernsByLocation_data()
{
    QTest::addColumn<QString>("incidentLocation");
    QTest::addColumn<QString>("personLocation");
    QTest::addColumn<bool>("concerns");

    QTest::newRow("everyone") << QString() << QStringLiteral("Warehouse") << true;
    QTest::newRow("everyone, location unknown") << QString() << QString() << true;
    QTest::newRow("same building, any case") << QStringLiteral("Main office") << QStringLiteral("main office, room 305") << true;
    QTest::newRow("person less precise") << QStringLiteral("Главный корпус, 3 этаж") << QStringLiteral("главный корпус") << true;
    QTest::newRow("elsewhere") << QStringLiteral("Warehouse") << QStringLiteral("Main office, room 305") << false;
    QTest::newRow("location unknown") << QStringLiteral("Warehouse") << QString() << false;
}

void TestIncidentStore::concernsByLocation()
{
    QFETCH(QString, incidentLocation);
    QFETCH(QString, personLocation);
    QFETCH(bool, concerns);
    Incident incident;
    incident.location = incidentLocation;
    QCOMPARE(incident.concerns(personLocation), concerns);
}

void TestIncidentStore::references()
{
    Incident incident;
    incident.id = 7;
    QCOMPARE(incident.reference(), QStringLiteral("INC-0007"));
    QCOMPARE(IncidentStore::parseReference(QStringLiteral("INC-0007")), 7);
    QCOMPARE(IncidentStore::parseReference(QStringLiteral(" inc-7 ")), 7);
    QCOMPARE(IncidentStore::parseReference(QStringLiteral("12")), 12);
    QCOMPARE(IncidentStore::parseReference(QStringLiteral("HD-000012")), 0);
    QCOMPARE(IncidentStore::parseReference(QStringLiteral("seven")), 0);
}

void TestIncidentStore::reportersReadAndJoinButDoNotPost()
{
    QString error;
    const qint64 id = m_store->add(printersDown(), &error);
    QVERIFY2(id > 0, qPrintable(error));
    if (!TestDatabase::isPostgres()) {
        // The embedded database has one user, who both posts and reads.
        QCOMPARE(m_store->list(false).size(), 1);
        return;
    }
    const QString password = QStringLiteral("s3cret-Pa55");
    const QString reporter = m_database->name() + QStringLiteral("_reporter");
    error = m_database->execAsSuperuser({QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(reporter, password),
                                         QStringLiteral("GRANT helpdesk_reporter TO %1").arg(reporter)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto dropRole = qScopeGuard([&] {
        for (const QString &connection : m_connections.mid(1))
            Database::close(connection);
        m_connections = m_connections.mid(0, 1);
        m_database->execAsSuperuser({QStringLiteral("DROP OWNED BY %1").arg(reporter),
                                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(reporter)});
    });
    const QString connection = openConnection(TestDatabase::serverUrlFor(reporter, password, m_database->name()));
    QVERIFY(!connection.isEmpty());
    IncidentStore asReporter(connection);
    QCOMPARE(asReporter.list(false, &error).size(), 1);
    QVERIFY(asReporter.add(printersDown(), &error) == 0);
    QVERIFY(!error.isEmpty());
    QVERIFY(!asReporter.resolve(id, &error));
    ContactInfo self;
    self.login = reporter;
    self.name = QStringLiteral("Reporter");
    QVERIFY2(asReporter.join(id, self, &error), qPrintable(error));
    ContactInfo other;
    other.login = QStringLiteral("someone_else");
    QVERIFY(!asReporter.join(id, other, &error));
    QCOMPARE(m_store->affectedPeople(id).size(), 1);
    QCOMPARE(asReporter.list(false).constFirst().affectedCount, 1);
}

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "tst_incidentstore.moc"
