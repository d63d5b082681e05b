// Many computers filing at the same moment: sixteen processes, each with its
// own connection, submit 50 reports each through ReportStore::submit() after
// one "go". Every report lands exactly once, every employee gets a ticket
// number of their own, and the ticket each one was told is the row the agents
// see. Retried submissions racing each other still file one row per client id.
// Runs on SQLite (sixteen writers on one file lock) and PostgreSQL.

#include "model/report.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

using namespace Helpdesk;

namespace {

constexpr int workerCount = 16;
constexpr int reportsPerWorker = 50;
// Starting sixteen Qt processes on a busy two-core CI machine is slow; the
// submitting itself takes a few seconds. Both limits are far above normal.
constexpr int readyTimeoutMs = 60000;
constexpr int finishTimeoutMs = 120000;

} // namespace

class TestConcurrentSubmit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sixteenWritersLoseNothing();
    void racingRetriesFileOnce();

private:
    // One helpdesk-submit-worker process and what it printed.
    struct Worker
    {
        QString tag;
        QString clientPrefix;
        std::unique_ptr<QProcess> process;
        QByteArray output;
        QByteArray errors;
        // Parsed once it has finished: "<ticket> <client id>" lines in order.
        QList<QPair<QString, QString>> submissions;
        qint64 slowestSubmitMs = -1;
    };

    void addWorker(const QString &tag, const QString &clientPrefix, int passes);
    // Starts every worker added, lets them all go at once, waits for them to
    // exit and checks each exited cleanly. Fails the test otherwise.
    void runWorkers();

    std::unique_ptr<TestDatabase> m_database;
    QString m_connection;
    std::vector<Worker> m_workers; // destroyed (killed if still running) in cleanup()
};

void TestConcurrentSubmit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QFileInfo worker(QStringLiteral(HELPDESK_SUBMIT_WORKER));
    QVERIFY2(worker.isExecutable(), qPrintable(worker.filePath() + QStringLiteral(" is not built")));
}

void TestConcurrentSubmit::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    // Migrated here, before any worker starts: the race under test is filing
    // reports, not sixteen programs creating the schema.
    m_connection = QStringLiteral("tst_concurrentsubmit_%1").arg(QString::fromLatin1(QTest::currentTestFunction()));
    QString error;
    QVERIFY2(Database::open(m_database->url(), m_connection, &error), qPrintable(error));
}

void TestConcurrentSubmit::cleanup()
{
    m_workers.clear();
    Database::close(m_connection);
    m_database.reset();
}

void TestConcurrentSubmit::addWorker(const QString &tag, const QString &clientPrefix, int passes)
{
    Worker worker;
    worker.tag = tag;
    worker.clientPrefix = clientPrefix;
    worker.process = std::make_unique<QProcess>();
    worker.process->setProgram(QStringLiteral(HELPDESK_SUBMIT_WORKER));
    worker.process->setArguments({QStringLiteral("--database"), m_database->url(),
                                  QStringLiteral("--count"), QString::number(reportsPerWorker),
                                  QStringLiteral("--tag"), tag,
                                  QStringLiteral("--client-prefix"), clientPrefix,
                                  QStringLiteral("--passes"), QString::number(passes)});
    m_workers.push_back(std::move(worker));
}

void TestConcurrentSubmit::runWorkers()
{
    for (Worker &worker : m_workers) {
        QProcess *process = worker.process.get();
        QByteArray *output = &worker.output;
        QByteArray *errors = &worker.errors;
        connect(process, &QProcess::readyReadStandardOutput, process,
                [process, output] { output->append(process->readAllStandardOutput()); });
        connect(process, &QProcess::readyReadStandardError, process,
                [process, errors] { errors->append(process->readAllStandardError()); });
        process->start();
    }
    for (Worker &worker : m_workers)
        QVERIFY2(worker.process->waitForStarted(readyTimeoutMs), qPrintable(worker.process->errorString()));

    // Started is not enough: opening the database takes a while, and a worker
    // still opening it while others file would make the run less concurrent.
    auto describeEarlyExit = [this]() -> QString {
        for (const Worker &worker : m_workers) {
            if (worker.process->state() == QProcess::NotRunning)
                return worker.tag + QStringLiteral(" exited before \"go\": ")
                    + QString::fromUtf8(worker.errors + worker.process->readAllStandardError());
        }
        return {};
    };
    const bool allReady = QTest::qWaitFor(
        [this, &describeEarlyExit] {
            if (!describeEarlyExit().isEmpty())
                return true;
            for (const Worker &worker : m_workers) {
                if (!worker.output.startsWith("ready\n"))
                    return false;
            }
            return true;
        },
        readyTimeoutMs);
    QVERIFY2(allReady, "the workers did not all open the database in time");
    const QString early = describeEarlyExit();
    QVERIFY2(early.isEmpty(), qPrintable(early));

    QElapsedTimer timer;
    timer.start();
    for (Worker &worker : m_workers) {
        worker.process->write("go\n");
        worker.process->closeWriteChannel();
    }
    const bool allDone = QTest::qWaitFor(
        [this] {
            for (const Worker &worker : m_workers) {
                if (worker.process->state() != QProcess::NotRunning)
                    return false;
            }
            return true;
        },
        finishTimeoutMs);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(allDone, qPrintable(QStringLiteral("the workers did not finish within %1 s").arg(finishTimeoutMs / 1000)));

    qint64 slowest = 0;
    int submissions = 0;
    for (Worker &worker : m_workers) {
        worker.output.append(worker.process->readAllStandardOutput());
        worker.errors.append(worker.process->readAllStandardError());
        const QString errors = QString::fromUtf8(worker.errors);
        QVERIFY2(worker.process->exitStatus() == QProcess::NormalExit,
                 qPrintable(worker.tag + QStringLiteral(" crashed: ") + errors));
        QVERIFY2(worker.process->exitCode() == 0,
                 qPrintable(worker.tag + QStringLiteral(" exited with %1: ").arg(worker.process->exitCode()) + errors));
        const QList<QByteArray> lines = worker.output.split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (line.isEmpty() || line == "ready")
                continue;
            QVERIFY2(parts.size() == 2, line.constData());
            if (parts.at(0) == "slowest-submit-ms")
                worker.slowestSubmitMs = parts.at(1).toLongLong();
            else
                worker.submissions.append({QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1))});
        }
        QVERIFY2(worker.slowestSubmitMs >= 0, qPrintable(worker.tag + QStringLiteral(" printed no summary line")));
        slowest = std::max(slowest, worker.slowestSubmitMs);
        submissions += int(worker.submissions.size());
    }
    // Measured, not asserted: on SQLite a submit that waits longer than the
    // 5 s busy timeout fails, and that failure is what the test catches.
    qInfo("%s: %d workers, %d submissions, %lld ms from \"go\" to the last exit; slowest single submit %lld ms",
          qPrintable(TestDatabase::backend()), int(m_workers.size()), submissions, elapsed, slowest);
}

void TestConcurrentSubmit::sixteenWritersLoseNothing()
{
    for (int w = 0; w < workerCount; ++w) {
        const QString tag = QStringLiteral("w%1").arg(w);
        addWorker(tag, tag, 1);
    }
    runWorkers();
    if (QTest::currentTestFailed())
        return;

    static const QRegularExpression ticketPattern(QStringLiteral("^HD-\\d{6}$"));
    QSet<QString> tickets;
    QHash<QString, QString> ticketOfClient; // what each employee was told
    QHash<QString, QString> summaryOfClient;
    for (const Worker &worker : m_workers) {
        QCOMPARE(int(worker.submissions.size()), reportsPerWorker);
        for (int i = 0; i < reportsPerWorker; ++i) {
            const auto &[ticket, client] = worker.submissions.at(i);
            QCOMPARE(client, workerReportClientId(worker.clientPrefix, i));
            QVERIFY2(ticketPattern.match(ticket).hasMatch(), qPrintable(ticket));
            tickets.insert(ticket);
            ticketOfClient.insert(client, ticket);
            summaryOfClient.insert(client, workerReportSummary(worker.tag, i));
        }
    }
    const int total = workerCount * reportsPerWorker;
    QCOMPARE(tickets.size(), total);
    QCOMPARE(ticketOfClient.size(), total);

    // Workers that ran one after another would each hold a block of
    // consecutive tickets, and the test would prove nothing about concurrency.
    int interleaved = 0;
    for (const Worker &worker : m_workers) {
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = 0;
        for (const auto &submission : worker.submissions) {
            const qint64 id = parseTicket(submission.first);
            first = std::min(first, id);
            last = std::max(last, id);
        }
        if (last - first + 1 > reportsPerWorker)
            ++interleaved;
    }
    qInfo("%d of %d workers were filing while another one was", interleaved, workerCount);
    QVERIFY2(interleaved >= 2, "the workers did not run at the same time");

    // What the agents see: every report, once, under the ticket its reporter got.
    ReportStore store(m_connection);
    QString error;
    QCOMPARE(store.count(&error), qint64(total));
    const QList<Report> rows = store.list(0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), total);
    QSet<QString> summaries;
    for (const Report &row : rows) {
        QVERIFY2(ticketOfClient.contains(row.clientId), qPrintable(row.clientId));
        QCOMPARE(row.ticket(), ticketOfClient.value(row.clientId));
        QCOMPARE(row.summary, summaryOfClient.value(row.clientId));
        summaries.insert(row.summary);
    }
    QCOMPARE(summaries.size(), total);
}

void TestConcurrentSubmit::racingRetriesFileOnce()
{
    // Four groups of four workers share client ids, and each worker sends all
    // of its reports twice: every report is submitted eight times, by four
    // processes at once, as wizards retrying after a lost answer would.
    constexpr int groups = 4;
    constexpr int passes = 2;
    for (int w = 0; w < workerCount; ++w) {
        const int group = w % groups;
        addWorker(QStringLiteral("g%1w%2").arg(group).arg(w), QStringLiteral("shared%1").arg(group), passes);
    }
    runWorkers();
    if (QTest::currentTestFailed())
        return;

    QHash<QString, QString> ticketOfClient;
    QHash<QString, QSet<QString>> summariesOfClient; // any one of them may have won
    QHash<QString, int> sent;
    for (const Worker &worker : m_workers) {
        QCOMPARE(int(worker.submissions.size()), reportsPerWorker * passes);
        for (int k = 0; k < worker.submissions.size(); ++k) {
            const auto &[ticket, client] = worker.submissions.at(k);
            const int index = k % reportsPerWorker;
            QCOMPARE(client, workerReportClientId(worker.clientPrefix, index));
            // Every submission of one client id is told the same ticket.
            const auto known = ticketOfClient.constFind(client);
            if (known != ticketOfClient.constEnd())
                QVERIFY2(*known == ticket, qPrintable(client + QStringLiteral(": ") + *known + QStringLiteral(" and ") + ticket));
            else
                ticketOfClient.insert(client, ticket);
            summariesOfClient[client].insert(workerReportSummary(worker.tag, index));
            ++sent[client];
        }
    }
    const int distinct = groups * reportsPerWorker;
    QCOMPARE(ticketOfClient.size(), distinct);
    for (auto it = sent.cbegin(); it != sent.cend(); ++it)
        QCOMPARE(it.value(), workerCount / groups * passes);
    QCOMPARE(QSet<QString>(ticketOfClient.cbegin(), ticketOfClient.cend()).size(), distinct);

    ReportStore store(m_connection);
    QString error;
    QCOMPARE(store.count(&error), qint64(distinct));
    const QList<Report> rows = store.list(0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), distinct);
    QSet<QString> clients;
    for (const Report &row : rows) {
        QVERIFY2(ticketOfClient.contains(row.clientId), qPrintable(row.clientId));
        QCOMPARE(row.ticket(), ticketOfClient.value(row.clientId));
        QVERIFY2(summariesOfClient.value(row.clientId).contains(row.summary), qPrintable(row.summary));
        clients.insert(row.clientId);
    }
    QCOMPARE(clients.size(), distinct);
}

QTEST_GUILESS_MAIN(TestConcurrentSubmit)
#include "tst_concurrentsubmit.moc"
