// ReportNotifier: a report filed or changed from another connection (another
// desk) reaches a listening agent's program as a Qt signal, without polling;
// a reporter's login hears nothing, not even on the channel's old name.
// PostgreSQL only; SQLite says plainly that it cannot.

#include "store/database.h"
#include "store/queuewatcher.h"
#include "store/reportnotifier.h"
#include "store/reportstore.h"
#include "testdatabase.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Helpdesk;

class tst_ReportNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void reportFiledElsewhereIsAnnounced();
    void changeIsAnnounced();
    void reporterHearsNothing();
    void floodOfNotificationsDoesNotStarveTheConsole();
    void sqliteSaysItCannot();

private:
    std::unique_ptr<TestDatabase> m_database;
    QStringList m_roles;
};

namespace {
Report sampleReport()
{
    Report r;
    r.category = QStringLiteral("network");
    r.symptom = QStringLiteral("wifi");
    r.summary = QStringLiteral("Wi-Fi in meeting room 3 drops every minute");
    r.startedAt = QDateTime::currentDateTime().addSecs(-300);
    r.impact = QStringLiteral("team");
    r.urgency = QStringLiteral("slowed");
    r.device.kind = QStringLiteral("network");
    r.contact.name = QStringLiteral("Ivan Petrov");
    r.contact.email = QStringLiteral("ivan@example.com");
    r.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return r;
}
} // namespace

void tst_ReportNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!TestDatabase::serverUrl().isEmpty(),
             "HELPDESK_TEST_POSTGRES is not set: run the tests with .ci/quickstart test");
}

void tst_ReportNotifier::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    QString error;
    QVERIFY2(Database::open(m_database->url(), QStringLiteral("listener"), &error), qPrintable(error));
    QVERIFY2(Database::open(m_database->url(), QStringLiteral("desk"), &error), qPrintable(error));
}

void tst_ReportNotifier::cleanup()
{
    Database::close(QStringLiteral("listener"));
    Database::close(QStringLiteral("desk"));
    m_database.reset();
    TestDatabase::dropRoles(m_roles);
    m_roles.clear();
}

void tst_ReportNotifier::reportFiledElsewhereIsAnnounced()
{
    ReportNotifier notifier(QStringLiteral("listener"));
    QString error;
    QVERIFY2(notifier.start(&error), qPrintable(error));
    QVERIFY(notifier.isActive());
    QSignalSpy spy(&notifier, &ReportNotifier::reportsChanged);

    ReportStore desk(QStringLiteral("desk"));
    const auto first = desk.submit(sampleReport());
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(spy.wait(5000));

    const auto second = desk.submit(sampleReport());
    QVERIFY(second.ok());
    QTRY_COMPARE(spy.size(), 2);
}

void tst_ReportNotifier::changeIsAnnounced()
{
    ReportStore desk(QStringLiteral("desk"));
    const auto filed = desk.submit(sampleReport());
    QVERIFY(filed.ok());

    ReportNotifier notifier(QStringLiteral("listener"));
    QVERIFY(notifier.start());
    QSignalSpy spy(&notifier, &ReportNotifier::reportsChanged);
    // An agent's change (the console's status workflow does this).
    const QString error = m_database->execAsSuperuser(
        {QStringLiteral("UPDATE reports SET status = 'in_progress', version = version + 1 WHERE id = %1").arg(filed.id)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(spy.wait(5000));
}

void tst_ReportNotifier::reporterHearsNothing()
{
    // LISTEN needs no privilege: a reporter who listens to the channel the
    // programs used to use, or tries to find the new one, learns nothing of
    // what others file.
    const QString reporter = m_database->name() + QStringLiteral("_eavesdropper");
    m_roles.append(reporter);
    QString error = m_database->execAsSuperuser(
        {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 's3cret-Pa55'").arg(reporter),
         QStringLiteral("SELECT helpdesk_grant_role('%1', 'helpdesk_reporter')").arg(reporter)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(Database::open(TestDatabase::serverUrlFor(reporter, QStringLiteral("s3cret-Pa55"), m_database->name()),
                            QStringLiteral("eavesdropper"), &error),
             qPrintable(error));
    auto close = qScopeGuard([] { Database::close(QStringLiteral("eavesdropper")); });
    {
        ReportNotifier notifier(QStringLiteral("eavesdropper"));
        QVERIFY(!notifier.start(&error));
        QVERIFY2(error.contains(QStringLiteral("Permission denied")), qPrintable(error));
    }
    QSqlDriver *driver = QSqlDatabase::database(QStringLiteral("eavesdropper")).driver();
    QSignalSpy heard(driver, &QSqlDriver::notification);
    QVERIFY(driver->subscribeToNotification(QStringLiteral("helpdesk_reports")));

    ReportNotifier agent(QStringLiteral("listener"));
    QVERIFY(agent.start());
    QSignalSpy told(&agent, &ReportNotifier::reportsChanged);
    QVERIFY(ReportStore(QStringLiteral("desk")).submit(sampleReport()).ok());
    QVERIFY(told.wait(5000));
    // A marker sent after the report: notifications arrive in the order
    // their transactions committed, so anything the report sent on the old
    // channel would come first.
    QSqlQuery marker(QSqlDatabase::database(QStringLiteral("desk")));
    QVERIFY(marker.exec(QStringLiteral("SELECT pg_notify('helpdesk_reports', 'marker')")));
    QTRY_VERIFY(!heard.isEmpty());
    QCOMPARE(heard.size(), 1);
    QCOMPARE(heard.constFirst().at(2).toString(), QStringLiteral("marker"));
    driver->unsubscribeFromNotification(QStringLiteral("helpdesk_reports"));
}

void tst_ReportNotifier::floodOfNotificationsDoesNotStarveTheConsole()
{
    // Someone who knows the channel sends a notification every 5 ms; a
    // report filed meanwhile still reaches the console within moments, not
    // when the flood stops.
    QueueWatcher watcher(QStringLiteral("listener"));
    QVERIFY(watcher.start());
    QTRY_VERIFY(watcher.isListening());
    QSignalSpy filed(&watcher, &QueueWatcher::reportFiled);
    QSqlQuery channel(QSqlDatabase::database(QStringLiteral("desk")));
    QVERIFY(channel.exec(QStringLiteral("SELECT name FROM notification_channel")) && channel.next());
    const QString name = channel.value(0).toString();
    channel.finish();
    QTimer flood;
    flood.setInterval(5);
    QObject::connect(&flood, &QTimer::timeout, [&name] {
        QSqlQuery notify(QSqlDatabase::database(QStringLiteral("desk")));
        notify.prepare(QStringLiteral("SELECT pg_notify(?, 'forged')"));
        notify.addBindValue(name);
        notify.exec();
    });
    int sent = 0;
    QObject::connect(&flood, &QTimer::timeout, [&sent] { ++sent; });
    flood.start();
    QTRY_VERIFY(sent >= 20);
    const auto report = ReportStore(QStringLiteral("desk")).submit(sampleReport());
    QVERIFY(report.ok());
    QVERIFY(filed.wait(2000));
    QVERIFY(flood.isActive());
    flood.stop();
    QCOMPARE(filed.size(), 1);
    QCOMPARE(filed.constFirst().constFirst().toLongLong(), report.id);
}

void tst_ReportNotifier::sqliteSaysItCannot()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("x.sqlite")),
                            QStringLiteral("sqlite-listener"), &error),
             qPrintable(error));
    {
        ReportNotifier notifier(QStringLiteral("sqlite-listener"));
        QVERIFY(!notifier.start(&error));
        QVERIFY(!notifier.isActive());
        QVERIFY2(error.contains(QStringLiteral("PostgreSQL")), qPrintable(error));
    }
    Database::close(QStringLiteral("sqlite-listener"));
}

QTEST_GUILESS_MAIN(tst_ReportNotifier)
#include "tst_reportnotifier.moc"
