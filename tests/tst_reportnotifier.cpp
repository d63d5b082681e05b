// ReportNotifier: a report filed from another connection (another desk)
// reaches a listening program as a Qt signal carrying its id, without polling.
// PostgreSQL only; SQLite says plainly that it cannot.

#include "store/database.h"
#include "store/reportnotifier.h"
#include "store/reportstore.h"
#include "testdatabase.h"

#include <QSignalSpy>
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
    void sqliteSaysItCannot();

private:
    std::unique_ptr<TestDatabase> m_database;
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
}

void tst_ReportNotifier::reportFiledElsewhereIsAnnounced()
{
    ReportNotifier notifier(QStringLiteral("listener"));
    QString error;
    QVERIFY2(notifier.start(&error), qPrintable(error));
    QVERIFY(notifier.isActive());
    QSignalSpy spy(&notifier, &ReportNotifier::reportChanged);

    ReportStore desk(QStringLiteral("desk"));
    const auto first = desk.submit(sampleReport());
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.constFirst().constFirst().toLongLong(), first.id);

    const auto second = desk.submit(sampleReport());
    QVERIFY(second.ok());
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).constFirst().toLongLong(), second.id);
}

void tst_ReportNotifier::changeIsAnnounced()
{
    ReportStore desk(QStringLiteral("desk"));
    const auto filed = desk.submit(sampleReport());
    QVERIFY(filed.ok());

    ReportNotifier notifier(QStringLiteral("listener"));
    QVERIFY(notifier.start());
    QSignalSpy spy(&notifier, &ReportNotifier::reportChanged);
    // An agent's change (the console's status workflow will do this).
    const QString error = m_database->execAsSuperuser(
        {QStringLiteral("UPDATE reports SET status = 'in_progress', version = version + 1 WHERE id = %1").arg(filed.id)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.constFirst().constFirst().toLongLong(), filed.id);
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
