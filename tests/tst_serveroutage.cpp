// The database server goes down in the middle of the morning rush (issue 7):
// four computers file 250 reports each through helpdesk-submit-worker in its
// --outbox mode, which does what the intake wizard does (submit; when the
// server cannot be reached keep the report in the outbox and deliver it later
// with backoff). After about 300 tickets the PostgreSQL server is stopped the
// hard way (pg_ctl stop -m immediate: answers in flight are lost, what was
// committed survives) while each worker waits for the answer to a submit, and
// started again once every worker has queued a report. Every report must end
// up in the database exactly once, under the ticket its computer was told
// (also the one committed just before the halt whose answer was lost and that
// was sent again from the outbox), and no outbox may keep anything.
//
// PostgreSQL only, on a server of its own (.ci/postgres-server start, halt,
// resume, stop), so the shared server the other tests use is never disturbed.
// A server that cannot be started fails the test.

#include "model/report.h"
#include "model/storagetime.h"
#include "ownserver.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testreports.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Helpdesk;

namespace {

constexpr int workerCount = 4;
constexpr int reportsPerWorker = 250;
constexpr int totalReports = workerCount * reportsPerWorker;
// Halted after this many tickets: well into the run, well before its end.
constexpr int haltAfterTickets = 300;
// A person does not file a report every millisecond; at this pace the 700
// reports after the halt take the workers seconds, far longer than halting
// the server takes, so the outage is always met in the middle of the run.
constexpr int paceMs = 10;
// The outbox's backoff: the first retry, doubling up to the longest.
constexpr int retryFirstMs = 200;
constexpr int retryMaxMs = 2000;
// Generous for a busy CI machine (a normal run takes seconds), yet all of
// them together stay under CTest's 300 s, so a failing run still stops its
// server. QTest::qWaitFor rather than QTRY_*: on a timeout QTRY waits twice as
// long again to report how late the condition came true.
constexpr int stepTimeoutMs = 30000;
constexpr int finishTimeoutMs = 120000;

} // namespace

class TestServerOutage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void restartInTheMiddleFilesEveryReportOnce();

private:
    // When a worker's line was read: before the halt, while the server was
    // down, or after it was started again.
    enum class Phase { Running, Halted, Resumed };
    struct Line
    {
        bool queued = false; // "queued <client id>"; else "<ticket> <client id>"
        QString ticket;
        QString clientId;
        Phase phase = Phase::Running;
    };
    struct Worker
    {
        QString tag;
        std::unique_ptr<QProcess> process;
        QByteArray partial; // an unfinished last line
        QByteArray errors;
        bool ready = false;
        QList<Line> lines;
        int queued = 0;
        // "not-delivered <waiting> <ms to the next try>" read while the
        // server was down: the delays of the outbox's backoff.
        QList<int> retryDelaysWhileDown;
        QStringList malformed;
    };

    void read(Worker &worker);
    bool anyExited() const;
    bool allExited() const;
    QString exitedEarly() const;

    std::unique_ptr<OwnServer> m_server;
    const QString m_connection = QStringLiteral("tst_serveroutage");
    std::vector<Worker> m_workers; // destroyed (killed if still running) before the server
    Phase m_phase = Phase::Running;
    int m_tickets = 0;
    int m_failedDeliveries = 0; // "not-delivered" lines
};

void TestServerOutage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QFileInfo worker(QStringLiteral(HELPDESK_SUBMIT_WORKER));
    QVERIFY2(worker.isExecutable(), qPrintable(worker.filePath() + QStringLiteral(" is not built")));
    m_server = std::make_unique<OwnServer>();
    const QString problem = m_server->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The schema, before any worker starts: the fault under test is the
    // outage, not four programs migrating at once.
    QString error;
    QVERIFY2(Database::open(m_server->url(), m_connection, &error), qPrintable(error));
}

void TestServerOutage::cleanupTestCase()
{
    m_workers.clear();
    Database::close(m_connection);
    m_server.reset();
}

void TestServerOutage::read(Worker &worker)
{
    worker.partial.append(worker.process->readAllStandardOutput());
    qsizetype end;
    while ((end = worker.partial.indexOf('\n')) >= 0) {
        const QByteArray text = worker.partial.left(end);
        worker.partial.remove(0, end + 1);
        const QList<QByteArray> parts = text.split(' ');
        if (text == "ready") {
            worker.ready = true;
        } else if (parts.size() == 2 && parts.at(0) == "slowest-submit-ms") {
            continue;
        } else if (parts.size() == 2 && parts.at(0) == "queued") {
            worker.lines.append({true, {}, QString::fromUtf8(parts.at(1)), m_phase});
            ++worker.queued;
        } else if (parts.size() == 3 && parts.at(0) == "not-delivered") {
            ++m_failedDeliveries;
            if (m_phase == Phase::Halted)
                worker.retryDelaysWhileDown.append(parts.at(2).toInt());
        } else if (parts.size() == 2 && parts.at(0).startsWith("HD-")) {
            worker.lines.append({false, QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)), m_phase});
            ++m_tickets;
        } else {
            worker.malformed.append(QString::fromUtf8(text));
        }
    }
}

bool TestServerOutage::anyExited() const
{
    return std::any_of(m_workers.begin(), m_workers.end(),
                       [](const Worker &worker) { return worker.process->state() == QProcess::NotRunning; });
}

bool TestServerOutage::allExited() const
{
    return std::all_of(m_workers.begin(), m_workers.end(),
                       [](const Worker &worker) { return worker.process->state() == QProcess::NotRunning; });
}

QString TestServerOutage::exitedEarly() const
{
    for (const Worker &worker : m_workers) {
        if (worker.process->state() == QProcess::NotRunning)
            return worker.tag + QStringLiteral(" exited with %1: ").arg(worker.process->exitCode())
                + QString::fromUtf8(worker.errors);
    }
    return {};
}

void TestServerOutage::restartInTheMiddleFilesEveryReportOnce()
{
    QTemporaryDir outboxes;
    QVERIFY2(outboxes.isValid(), qPrintable(outboxes.errorString()));
    for (int w = 0; w < workerCount; ++w) {
        Worker worker;
        worker.tag = QStringLiteral("outage%1").arg(w);
        worker.process = std::make_unique<QProcess>();
        worker.process->setProgram(QStringLiteral(HELPDESK_SUBMIT_WORKER));
        worker.process->setArguments({QStringLiteral("--database"), m_server->url(),
                                      QStringLiteral("--count"), QString::number(reportsPerWorker),
                                      QStringLiteral("--tag"), worker.tag,
                                      QStringLiteral("--outbox"), outboxes.filePath(worker.tag),
                                      QStringLiteral("--pace-ms"), QString::number(paceMs),
                                      QStringLiteral("--retry-first-ms"), QString::number(retryFirstMs),
                                      QStringLiteral("--retry-max-ms"), QString::number(retryMaxMs),
                                      QStringLiteral("--deadline-s"), QString::number(finishTimeoutMs / 1000 - 20)});
        m_workers.push_back(std::move(worker));
    }
    for (Worker &worker : m_workers) {
        QProcess *process = worker.process.get();
        Worker *self = &worker; // m_workers is not resized from here on
        connect(process, &QProcess::readyReadStandardOutput, this, [this, self] { read(*self); });
        connect(process, &QProcess::readyReadStandardError, this,
                [self] { self->errors.append(self->process->readAllStandardError()); });
        process->start();
    }
    for (Worker &worker : m_workers)
        QVERIFY2(worker.process->waitForStarted(stepTimeoutMs), qPrintable(worker.process->errorString()));
    const bool ready = QTest::qWaitFor(
        [this] {
            return anyExited()
                || std::all_of(m_workers.begin(), m_workers.end(), [](const Worker &worker) { return worker.ready; });
        },
        stepTimeoutMs);
    QVERIFY2(!anyExited(), qPrintable(exitedEarly()));
    QVERIFY2(ready, "the workers did not all open the database in time");
    for (Worker &worker : m_workers) {
        worker.process->write("go\n");
        worker.process->closeWriteChannel();
    }

    // The plug is pulled in the middle of the run.
    const bool started = QTest::qWaitFor([this] { return m_tickets >= haltAfterTickets || anyExited(); },
                                         stepTimeoutMs);
    QVERIFY2(!anyExited(), qPrintable(QStringLiteral("a worker finished before the server was halted (%1 tickets): ")
                                          .arg(m_tickets) + exitedEarly()));
    QVERIFY2(started, qPrintable(QStringLiteral("only %1 tickets in %2 s").arg(m_tickets).arg(stepTimeoutMs / 1000)));
    // Answers in flight, for certain rather than by luck: commits are made to
    // wait for a synchronous standby that does not exist. A waiting commit is
    // already in the server's WAL (it survives the halt) but its answer never
    // leaves. Every report's commit also takes the lock of the NOTIFY that
    // announces it, so one worker's commit waits for the standby and the
    // others' inserts wait for that lock, not yet committed: the halt then
    // strikes four submits in flight, one filed and three not, none answered.
    // The setting is reset in the configuration file at once, without a
    // reload, so it holds until the halt and the restarted server commits
    // normally.
    QSqlQuery admin(QSqlDatabase::database(m_connection));
    QVERIFY2(admin.exec(QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = 'no_such_standby'"))
                 && admin.exec(QStringLiteral("SELECT pg_reload_conf()")),
             qPrintable(admin.lastError().text()));
    auto allInFlight = [this] {
        QSqlQuery waiting(QSqlDatabase::database(m_connection));
        return waiting.exec(QStringLiteral(
                   "SELECT count(*) FILTER (WHERE wait_event = 'SyncRep'), count(*) FROM pg_stat_activity "
                   "WHERE backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid()"))
            && waiting.next() && waiting.value(0).toInt() >= 1 && waiting.value(1).toInt() == workerCount;
    };
    const bool inFlight = QTest::qWaitFor([&] { return allInFlight() || anyExited(); }, stepTimeoutMs);
    QVERIFY2(!anyExited(), qPrintable(exitedEarly()));
    QVERIFY2(inFlight, "the workers' submits were not all held in flight");
    QVERIFY2(admin.exec(QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names")),
             qPrintable(admin.lastError().text()));
    const QDateTime haltStarted = QDateTime::currentDateTimeUtc();
    m_phase = Phase::Halted;
    QString problem = m_server->halt();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QDateTime haltDone = QDateTime::currentDateTimeUtc();
    // Started again only once the outage was really seen: every worker has
    // queued a report, and a delivery from an outbox has failed.
    auto everyWorkerQueued = [this] {
        return std::all_of(m_workers.begin(), m_workers.end(), [](const Worker &worker) {
            return worker.queued > 0 || worker.process->state() == QProcess::NotRunning;
        });
    };
    const bool seen = QTest::qWaitFor(
        [&] { return allExited() || (everyWorkerQueued() && m_failedDeliveries > 0); }, stepTimeoutMs);
    Q_UNUSED(seen) // what was seen and what was not is said below
    for (const Worker &worker : m_workers)
        QVERIFY2(worker.queued > 0,
                 qPrintable(worker.tag + QStringLiteral(" queued nothing while the server was down: ")
                            + QString::fromUtf8(worker.errors)));
    QVERIFY2(m_failedDeliveries > 0, "no outbox delivery was tried while the server was down");
    problem = m_server->resume();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_phase = Phase::Resumed;

    QVERIFY2(QTest::qWaitFor([this] { return allExited(); }, finishTimeoutMs),
             qPrintable(QStringLiteral("the workers did not finish within %1 s").arg(finishTimeoutMs / 1000)));
    for (Worker &worker : m_workers) {
        read(worker);
        worker.errors.append(worker.process->readAllStandardError());
        QVERIFY2(worker.process->exitStatus() == QProcess::NormalExit,
                 qPrintable(worker.tag + QStringLiteral(" crashed: ") + QString::fromUtf8(worker.errors)));
        QVERIFY2(worker.process->exitCode() == 0,
                 qPrintable(worker.tag + QStringLiteral(" exited with %1: ").arg(worker.process->exitCode())
                            + QString::fromUtf8(worker.errors)));
        QVERIFY2(worker.malformed.isEmpty(), qPrintable(worker.malformed.join(QLatin1Char('\n'))));
        // Backoff: while the server is down, the next try never comes sooner,
        // and never later than --retry-max-ms.
        for (qsizetype i = 0; i < worker.retryDelaysWhileDown.size(); ++i) {
            const int delay = worker.retryDelaysWhileDown.at(i);
            QVERIFY2(delay > 0 && delay <= retryMaxMs, qPrintable(QString::number(delay)));
            if (i > 0)
                QVERIFY2(delay >= worker.retryDelaysWhileDown.at(i - 1) - 20, // the clock ticks between the two
                         qPrintable(worker.tag + QStringLiteral(" retried sooner after a failure: ")
                                    + QString::number(delay)));
        }
    }

    // What each computer was told, from its own output: one ticket per
    // report, and every queued report delivered afterwards.
    QHash<QString, QString> ticketOf; // client id -> ticket printed
    QSet<QString> queuedIds;
    int queued = 0;
    int ticketsBeforeHalt = 0;
    int ticketsAfterResume = 0;
    for (const Worker &worker : m_workers) {
        QSet<QString> waiting;
        int tickets = 0;
        for (const Line &line : worker.lines) {
            QVERIFY2(line.clientId.startsWith(worker.tag + QLatin1Char('-')),
                     qPrintable(worker.tag + QStringLiteral(" printed ") + line.clientId));
            if (line.queued) {
                QVERIFY2(!waiting.contains(line.clientId), qPrintable(line.clientId + QStringLiteral(" queued twice")));
                waiting.insert(line.clientId);
                queuedIds.insert(line.clientId);
                ++queued;
                continue;
            }
            QVERIFY2(!ticketOf.contains(line.clientId),
                     qPrintable(line.clientId + QStringLiteral(" got two tickets: ") + ticketOf.value(line.clientId)
                                + QStringLiteral(" and ") + line.ticket));
            ticketOf.insert(line.clientId, line.ticket);
            waiting.remove(line.clientId);
            ++tickets;
            if (line.phase == Phase::Running)
                ++ticketsBeforeHalt;
            else if (line.phase == Phase::Resumed)
                ++ticketsAfterResume;
        }
        QVERIFY2(waiting.isEmpty(), qPrintable(worker.tag + QStringLiteral(" queued but never delivered: ")
                                               + QStringList(waiting.begin(), waiting.end()).join(QLatin1Char(' '))));
        QCOMPARE(tickets, reportsPerWorker);
    }
    QVERIFY(queued > 0);
    QVERIFY2(ticketsBeforeHalt >= haltAfterTickets, qPrintable(QString::number(ticketsBeforeHalt)));
    QVERIFY2(ticketsAfterResume > 0, "no ticket was printed after the server was started again");

    // What the agents see: every report once, under the ticket its computer
    // was told.
    // The halt cut this test's own connection too: opened again, as any
    // program would.
    Database::close(m_connection);
    QString error;
    QVERIFY2(Database::open(m_server->url(), m_connection, &error), qPrintable(error));
    QSqlQuery rows(QSqlDatabase::database(m_connection));
    QVERIFY2(rows.exec(QStringLiteral("SELECT id, client_id, summary, created_at FROM reports")),
             qPrintable(rows.lastError().text()));
    struct Row
    {
        qint64 id = 0;
        QString summary;
        QDateTime createdAt;
    };
    QHash<QString, Row> rowOf; // client id -> row
    int rowCount = 0;
    int filedBeforeHalt = 0;
    int filedAfterHalt = 0;
    while (rows.next()) {
        ++rowCount;
        const Row row{rows.value(0).toLongLong(), rows.value(2).toString(),
                      StorageTime::read(rows.value(3)).toUTC()};
        rowOf.insert(rows.value(1).toString(), row);
        // created_at is the submitting computer's clock, this machine's too.
        if (row.createdAt < haltStarted)
            ++filedBeforeHalt;
        else if (row.createdAt > haltDone)
            ++filedAfterHalt;
    }
    QCOMPARE(rowCount, totalReports);
    QCOMPARE(int(rowOf.size()), totalReports);
    for (const Worker &worker : m_workers) {
        for (int i = 0; i < reportsPerWorker; ++i) {
            const QString id = workerReportClientId(worker.tag, i);
            QVERIFY2(rowOf.contains(id), qPrintable(id + QStringLiteral(" is not in the database")));
            const Row row = rowOf.value(id);
            QCOMPARE(row.summary, workerReportSummary(worker.tag, i));
            QVERIFY2(ticketOf.contains(id), qPrintable(worker.tag + QStringLiteral(" printed no ticket for ") + id));
            QCOMPARE(ticketOf.value(id), formatTicket(row.id));
        }
    }
    // The report whose commit was waiting for the standby at the halt: queued
    // (its answer was lost), yet its row is the one written before the halt
    // (a report queued and then delivered is stamped after the restart), and
    // the ticket its worker printed was that row's, as checked above.
    int answersLost = 0;
    for (const QString &id : std::as_const(queuedIds))
        answersLost += rowOf.value(id).createdAt <= haltDone ? 1 : 0;
    QVERIFY2(answersLost >= 1, "no report committed before the halt had its answer lost");
    QVERIFY2(filedBeforeHalt > 0 && filedAfterHalt > 0,
             qPrintable(QStringLiteral("%1 rows filed before the halt, %2 after it").arg(filedBeforeHalt)
                            .arg(filedAfterHalt)));

    // Nothing left waiting on any computer, nothing set aside as damaged or refused.
    QStringList left;
    QDirIterator files(outboxes.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        left.append(files.next());
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left in the outboxes: ") + left.join(QLatin1Char(' '))));

    qInfo("%d tickets before the halt, %d reports queued during the outage (%d of them committed before the "
          "halt with the answer lost), %d outbox deliveries failed, %d tickets after the restart; rows: %d filed "
          "before the halt, %d after",
          ticketsBeforeHalt, queued, answersLost, m_failedDeliveries, ticketsAfterResume, filedBeforeHalt,
          filedAfterHalt);
}

QTEST_GUILESS_MAIN(TestServerOutage)
#include "tst_serveroutage.moc"
