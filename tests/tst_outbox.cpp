// Outbox: a report that cannot reach the database waits on this computer and
// is delivered exactly once when the database is back, attachments and all.
// Runs on both backends (the database it is finally delivered to).

#include "delivery/outbox.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Helpdesk;

class tst_Outbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void queuedWhileUnreachableIsDeliveredOnceWhenBack();
    void deliveringTwiceFilesOnce();
    void reportFiledBeforeTheAnswerWasLostIsNotFiledAgain();
    void damagedEntryIsSetAsideWithAMessage();
    void invalidReportIsSetAsideNotRetriedForever();
    void localReferenceIsShortAndStable();
    void reportsKeptInOneBurstComeBackInTheOrderKept();

private:
    qint64 reportsWithClientId(const QString &clientId) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
};

namespace {
const QString unreachableUrl = QStringLiteral("postgresql://x@127.0.0.1:1/db");
}

void tst_Outbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
}

void tst_Outbox::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

qint64 tst_Outbox::reportsWithClientId(const QString &clientId) const
{
    const QString connection = QStringLiteral("outbox-count");
    QString error;
    if (!Database::open(m_database->url(), connection, &error)) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    qint64 count = -1;
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM reports WHERE client_id = ?"));
        query.addBindValue(clientId);
        if (query.exec() && query.next())
            count = query.value(0).toLongLong();
    }
    Database::close(connection);
    return count;
}

void tst_Outbox::queuedWhileUnreachableIsDeliveredOnceWhenBack()
{
    Outbox outbox(m_dir->filePath(QStringLiteral("outbox")));
    Report report = validTestReport(QStringLiteral("Принтер не печатает 🖨️, queued offline"));
    report.attachments = {Attachment::fromData(QStringLiteral("log.txt"), QByteArray("line 1\nline 2\0x", 15))};
    QString error;
    QVERIFY2(outbox.add(report, &error), qPrintable(error));
    QCOMPARE(outbox.count(), 1);
    // Personal data: nobody else on the computer may read it.
    QCOMPARE(QFile::permissions(outbox.directory() + QLatin1Char('/') + report.clientId + QStringLiteral(".json")) & 0x0fff,
             QFileDevice::ReadUser | QFileDevice::WriteUser); // and nothing for group or others

    // The server is down: nothing is lost, it waits.
    Outbox::DeliveryResult result = outbox.deliver(unreachableUrl);
    QVERIFY(result.unreachable);
    QVERIFY(result.delivered.isEmpty());
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.remaining, 1);
    QVERIFY(outbox.contains(report.clientId));

    // Back: delivered, with its attachment, and gone from the outbox.
    result = outbox.deliver(m_database->url());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.delivered.size(), 1);
    QCOMPARE(result.delivered.constFirst().clientId, report.clientId);
    QVERIFY(result.delivered.constFirst().ticket.startsWith(QStringLiteral("HD-")));
    QCOMPARE(result.remaining, 0);
    QCOMPARE(outbox.count(), 0);
    QCOMPARE(reportsWithClientId(report.clientId), qint64(1));

    const QString connection = QStringLiteral("outbox-readback");
    QVERIFY2(Database::open(m_database->url(), connection, &error), qPrintable(error));
    {
        ReportStore store(connection);
        const auto filed = store.find(parseTicket(result.delivered.constFirst().ticket), &error);
        QVERIFY2(filed, qPrintable(error));
        QCOMPARE(filed->summary, report.summary);
        QCOMPARE(filed->clientId, report.clientId);
        const auto attachment = store.attachment(filed->id, 1, &error);
        QVERIFY2(attachment, qPrintable(error));
        QCOMPARE(attachment->data, report.attachments.constFirst().data);
    }
    Database::close(connection);

    // Nothing left to deliver the next time.
    result = outbox.deliver(m_database->url());
    QVERIFY(result.delivered.isEmpty());
    QCOMPARE(reportsWithClientId(report.clientId), qint64(1));
}

void tst_Outbox::deliveringTwiceFilesOnce()
{
    // Two copies of the wizard (or a crash after delivery, before the entry
    // was removed) deliver the same entry.
    Outbox first(m_dir->filePath(QStringLiteral("one")));
    Outbox second(m_dir->filePath(QStringLiteral("two")));
    const Report report = validTestReport();
    QVERIFY(first.add(report, nullptr));
    QVERIFY(second.add(report, nullptr));
    const Outbox::DeliveryResult a = first.deliver(m_database->url());
    const Outbox::DeliveryResult b = second.deliver(m_database->url());
    QCOMPARE(a.delivered.size(), 1);
    QCOMPARE(b.delivered.size(), 1);
    QCOMPARE(b.delivered.constFirst().ticket, a.delivered.constFirst().ticket); // the same ticket back
    QCOMPARE(reportsWithClientId(report.clientId), qint64(1));
}

void tst_Outbox::reportFiledBeforeTheAnswerWasLostIsNotFiledAgain()
{
    // The commit reached the server, the answer did not: the report is both
    // in the database and in the outbox.
    const Report report = validTestReport();
    const QString connection = QStringLiteral("outbox-direct");
    QString error;
    QVERIFY2(Database::open(m_database->url(), connection, &error), qPrintable(error));
    QString ticket;
    {
        ReportStore store(connection);
        const ReportStore::SubmitResult filed = store.submit(report);
        QVERIFY2(filed.ok(), qPrintable(filed.error));
        ticket = filed.ticket;
    }
    Database::close(connection);
    Outbox outbox(m_dir->filePath(QStringLiteral("outbox")));
    QVERIFY(outbox.add(report, nullptr));
    const Outbox::DeliveryResult result = outbox.deliver(m_database->url());
    QCOMPARE(result.delivered.size(), 1);
    QCOMPARE(result.delivered.constFirst().ticket, ticket);
    QCOMPARE(reportsWithClientId(report.clientId), qint64(1));
}

void tst_Outbox::damagedEntryIsSetAsideWithAMessage()
{
    Outbox outbox(m_dir->filePath(QStringLiteral("outbox")));
    const Report good = validTestReport();
    QVERIFY(outbox.add(good, nullptr));
    Report other = validTestReport(QStringLiteral("Monitor flickers all the time"));
    QVERIFY(outbox.add(other, nullptr));
    // Truncated by a disk that filled up or a hand that edited it.
    const QString damagedPath = outbox.directory() + QLatin1Char('/') + other.clientId + QStringLiteral(".json");
    QFile file(damagedPath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray whole = file.readAll();
    QVERIFY(file.resize(whole.size() / 2));
    file.close();

    const Outbox::DeliveryResult result = outbox.deliver(m_database->url());
    QCOMPARE(result.delivered.size(), 1); // the good one still goes
    QCOMPARE(result.delivered.constFirst().clientId, good.clientId);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.constFirst().contains(QStringLiteral("damaged")), qPrintable(result.problems.constFirst()));
    QVERIFY2(result.problems.constFirst().contains(other.clientId), qPrintable(result.problems.constFirst()));
    // Kept, out of the way, byte for byte.
    QVERIFY(!QFile::exists(damagedPath));
    QFile aside(outbox.directory() + QStringLiteral("/damaged/") + other.clientId + QStringLiteral(".json"));
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), whole.left(whole.size() / 2));
    QCOMPARE(outbox.count(), 0);
    QCOMPARE(reportsWithClientId(other.clientId), qint64(0));
}

void tst_Outbox::invalidReportIsSetAsideNotRetriedForever()
{
    Outbox outbox(m_dir->filePath(QStringLiteral("outbox")));
    Report invalid = validTestReport();
    invalid.summary = QStringLiteral("short");
    QVERIFY(outbox.add(invalid, nullptr));
    const Outbox::DeliveryResult result = outbox.deliver(m_database->url());
    QVERIFY(result.delivered.isEmpty());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.constFirst().contains(QStringLiteral("refused")), qPrintable(result.problems.constFirst()));
    QCOMPARE(outbox.count(), 0);
    QVERIFY(QFile::exists(outbox.directory() + QStringLiteral("/refused/") + invalid.clientId + QStringLiteral(".json")));
}

void tst_Outbox::localReferenceIsShortAndStable()
{
    QCOMPARE(Outbox::localReference(QStringLiteral("1a2b3c4d-0000-4000-8000-000000000000")),
             QStringLiteral("LOCAL-1A2B3C4D"));
}

void tst_Outbox::reportsKeptInOneBurstComeBackInTheOrderKept()
{
    // While the server is known to be down each report is kept at once, many
    // within one millisecond. They are delivered (and get their tickets) in
    // the order the person filed them, not in the order of their file names.
    Outbox outbox(m_dir->filePath(QStringLiteral("outbox")));
    QStringList kept;
    for (int i = 0; i < 30; ++i) {
        Report report = validTestReport(QStringLiteral("Printer on floor 2 jams, report %1").arg(i));
        report.clientId = QStringLiteral("%1-burst").arg(QChar(QLatin1Char('z' - i % 26))) + QString::number(i);
        QVERIFY(outbox.add(report, nullptr));
        kept.append(report.clientId);
    }
    QStringList pending;
    for (const Report &report : outbox.pending())
        pending.append(report.clientId);
    QCOMPARE(pending, kept);
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
