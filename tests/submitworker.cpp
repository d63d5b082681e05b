// helpdesk-submit-worker: one of the many clients tst_concurrentsubmit and
// tst_serveroutage start at the same moment. Not a test by itself. It opens
// the database, says "ready", waits for "go" on stdin (so every worker starts
// submitting together instead of one after another as they happen to finish
// starting), files --count reports through ReportStore::submit(), and prints
// one line per submission: "<ticket> <client id>". It never touches the rows
// itself, so what the test finds in the database is exactly what submit() did.
//
//   helpdesk-submit-worker --database URL --count N --tag T
//                          [--client-prefix P] [--passes K]
//                          [--outbox DIR [--pace-ms MS] [--retry-first-ms MS]
//                           [--retry-max-ms MS] [--deadline-s S]]
//
// Report i gets the client id "P-i" (P defaults to T) and a summary naming T
// and i. With --passes K every report is sent K times (all N, then all N
// again), as a wizard retrying after a lost answer would. The last stdout line
// is "slowest-submit-ms <ms>", so the test can say how close a run came to the
// SQLite busy timeout. Exit status 0 when every submit succeeded; otherwise 1
// with the reason on stderr (2: bad arguments).
//
// With --outbox DIR it behaves like the intake wizard when the database goes
// away (IntakeWizard::submitReport / queueReport / deliverOutbox): a report
// whose submit says "unreachable" is kept in that Outbox ("queued <client id>"
// is printed) and the worker goes on with the next one, as the person would
// file their next report later; whenever something waits, the outbox is
// delivered with backoff (--retry-first-ms, default 200, doubling up to
// --retry-max-ms, default 2000), and each delivered report prints its
// "<ticket> <client id>" line too; a delivery that leaves reports waiting
// prints "not-delivered <waiting> <ms to the next try>". --pace-ms waits
// between two reports (a person does not file 250 in a second). Every line is
// flushed at once, so a test can act on what it reads. Exit status 0 only
// when all N reports were filed and the outbox is empty within --deadline-s
// (default 120); otherwise 1 with the reason. --passes does not apply.

#include "model/report.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testreports.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include "delivery/outbox.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <iostream>
#include <string>

using namespace Helpdesk;

namespace {

Report reportNumber(const QString &tag, const QString &clientPrefix, int index)
{
    Report r = validTestReport(workerReportSummary(tag, index));
    r.clientId = workerReportClientId(clientPrefix, index);
    return r;
}

// What --outbox and its options asked for.
struct OutboxRun
{
    int count = 0;
    QString tag;
    QString clientPrefix;
    QString directory;
    int paceMs = 0;
    int retryFirstMs = 200;
    int retryMaxMs = 2000;
    int deadlineS = 120;
};

// The outbox mode (see the header comment). Returns the exit status.
int fileWithOutbox(ReportStore &store, const OutboxRun &run, QTextStream &out, QTextStream &err, qint64 *slowestMs)
{
    Outbox outbox(run.directory);
    QSet<QString> filed; // client ids with a ticket
    QElapsedTimer clock;
    clock.start();
    const qint64 deadlineMs = qint64(run.deadlineS) * 1000;
    qint64 nextDeliveryMs = -1; // none scheduled
    int retryDelayMs = run.retryFirstMs;
    QString lastDeliveryError;

    auto fail = [&](const QString &reason) {
        err << "helpdesk-submit-worker " << run.tag << ": " << reason << Qt::endl;
        return 1;
    };
    auto schedule = [&] {
        if (nextDeliveryMs < 0)
            nextDeliveryMs = clock.elapsed() + retryDelayMs;
    };
    // Like IntakeWizard::deliverOutbox(); false (with the reason on stderr)
    // when a report failed for another reason than an unreachable database,
    // or was set aside as damaged or refused: it would never be filed.
    auto deliver = [&]() -> bool {
        nextDeliveryMs = -1;
        const Outbox::DeliveryResult result = outbox.deliver(store);
        for (const Outbox::Delivered &delivered : result.delivered) {
            filed.insert(delivered.clientId);
            out << delivered.ticket << ' ' << delivered.clientId << Qt::endl;
        }
        if (!result.error.isEmpty())
            lastDeliveryError = result.error;
        // The wizard would try such a report again forever; here it is a
        // failure to report now, with its reason, not at the deadline.
        if (!result.error.isEmpty() && !result.unreachable) {
            fail(QStringLiteral("delivery from the outbox failed: ") + result.error);
            return false;
        }
        if (!result.problems.isEmpty()) {
            fail(QStringLiteral("outbox problem: ") + result.problems.join(QStringLiteral("; ")));
            return false;
        }
        if (result.remaining > 0) {
            // Not yet: again later, less often the longer it takes.
            schedule();
            out << "not-delivered " << result.remaining << ' ' << nextDeliveryMs - clock.elapsed() << Qt::endl;
            retryDelayMs = std::min(retryDelayMs * 2, run.retryMaxMs);
        } else {
            retryDelayMs = run.retryFirstMs;
        }
        return true;
    };

    for (int i = 0; i < run.count; ++i) {
        if (clock.elapsed() > deadlineMs)
            return fail(QStringLiteral("deadline of %1 s passed at report %2 of %3")
                            .arg(run.deadlineS).arg(i).arg(run.count));
        if (nextDeliveryMs >= 0 && clock.elapsed() >= nextDeliveryMs && !deliver())
            return 1;
        const Report report = reportNumber(run.tag, run.clientPrefix, i);
        QElapsedTimer timer;
        timer.start();
        const ReportStore::SubmitResult result = store.submit(report);
        *slowestMs = std::max(*slowestMs, timer.elapsed());
        if (result.ok()) {
            filed.insert(report.clientId);
            out << result.ticket << ' ' << report.clientId << Qt::endl;
        } else if (result.unreachable) {
            QString error;
            if (!outbox.add(report, &error))
                return fail(QStringLiteral("cannot queue report %1: %2").arg(i).arg(error));
            out << "queued " << report.clientId << Qt::endl;
            // Not restarted by each new report, as the wizard's timer is: a
            // worker queues one every few milliseconds, a person does not.
            schedule();
        } else {
            return fail(QStringLiteral("submit %1 failed: %2").arg(i).arg(result.error));
        }
        if (run.paceMs > 0)
            QThread::msleep(run.paceMs);
    }
    while (outbox.count() > 0) {
        if (nextDeliveryMs < 0)
            schedule(); // left by an earlier run
        const qint64 now = clock.elapsed();
        if (now > deadlineMs)
            return fail(QStringLiteral("deadline of %1 s passed with %2 report(s) still in the outbox; last error: %3")
                            .arg(run.deadlineS).arg(outbox.count()).arg(lastDeliveryError));
        if (nextDeliveryMs > now)
            QThread::msleep(std::min(nextDeliveryMs, deadlineMs + 1) - now);
        if (!deliver())
            return 1;
    }
    if (filed.size() != run.count)
        return fail(QStringLiteral("only %1 of %2 reports were filed").arg(filed.size()).arg(run.count));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-submit-worker"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Files reports for tst_concurrentsubmit once told to go."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Database URL."),
                                            QStringLiteral("URL"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Reports to file."),
                                         QStringLiteral("N"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), QStringLiteral("Names this worker in the summaries."),
                                       QStringLiteral("T"));
    const QCommandLineOption prefixOption(QStringLiteral("client-prefix"),
                                          QStringLiteral("Client ids are P-0 … P-(N-1) (default: the tag)."),
                                          QStringLiteral("P"));
    const QCommandLineOption passesOption(QStringLiteral("passes"),
                                          QStringLiteral("Send every report this many times (default 1)."),
                                          QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption outboxOption(QStringLiteral("outbox"),
                                          QStringLiteral("Queue unreachable reports here and deliver them later."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption paceOption(QStringLiteral("pace-ms"),
                                        QStringLiteral("With --outbox: wait this long between reports (default 0)."),
                                        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption retryFirstOption(QStringLiteral("retry-first-ms"),
                                              QStringLiteral("With --outbox: first delivery retry (default 200)."),
                                              QStringLiteral("MS"), QStringLiteral("200"));
    const QCommandLineOption retryMaxOption(QStringLiteral("retry-max-ms"),
                                            QStringLiteral("With --outbox: longest retry delay (default 2000)."),
                                            QStringLiteral("MS"), QStringLiteral("2000"));
    const QCommandLineOption deadlineOption(QStringLiteral("deadline-s"),
                                            QStringLiteral("With --outbox: give up after this long (default 120)."),
                                            QStringLiteral("S"), QStringLiteral("120"));
    parser.addOptions({databaseOption, countOption, tagOption, prefixOption, passesOption, outboxOption, paceOption,
                       retryFirstOption, retryMaxOption, deadlineOption});
    parser.process(app);

    bool countOk = false;
    bool passesOk = false;
    const int count = parser.value(countOption).toInt(&countOk);
    const int passes = parser.value(passesOption).toInt(&passesOk);
    const QString tag = parser.value(tagOption);
    const QString url = parser.value(databaseOption);
    if (url.isEmpty() || tag.isEmpty() || !countOk || count < 1 || !passesOk || passes < 1) {
        err << "helpdesk-submit-worker: needs --database URL, --count N ≥ 1 and --tag T (--passes K ≥ 1)\n";
        return 2;
    }
    const QString clientPrefix = parser.isSet(prefixOption) ? parser.value(prefixOption) : tag;
    OutboxRun outboxRun;
    if (parser.isSet(outboxOption)) {
        bool paceOk = false;
        bool firstOk = false;
        bool maxOk = false;
        bool deadlineOk = false;
        outboxRun.count = count;
        outboxRun.tag = tag;
        outboxRun.clientPrefix = clientPrefix;
        outboxRun.directory = parser.value(outboxOption);
        outboxRun.paceMs = parser.value(paceOption).toInt(&paceOk);
        outboxRun.retryFirstMs = parser.value(retryFirstOption).toInt(&firstOk);
        outboxRun.retryMaxMs = parser.value(retryMaxOption).toInt(&maxOk);
        outboxRun.deadlineS = parser.value(deadlineOption).toInt(&deadlineOk);
        if (outboxRun.directory.isEmpty() || !paceOk || outboxRun.paceMs < 0 || !firstOk || outboxRun.retryFirstMs < 1
            || !maxOk || outboxRun.retryMaxMs < outboxRun.retryFirstMs || !deadlineOk || outboxRun.deadlineS < 1) {
            err << "helpdesk-submit-worker: --outbox needs a folder, --pace-ms ≥ 0, --retry-first-ms ≥ 1, "
                   "--retry-max-ms ≥ --retry-first-ms and --deadline-s ≥ 1\n";
            return 2;
        }
    }

    const QString connection = QStringLiteral("submit-worker");
    QString error;
    if (!Database::open(url, connection, &error)) {
        err << "helpdesk-submit-worker " << tag << ": cannot open the database: " << error << '\n';
        return 1;
    }
    int status = 0;
    {
        ReportStore store(connection);

        out << "ready" << Qt::endl;
        // Blocking read: there is nothing else for this process to do meanwhile.
        std::string line;
        if (!std::getline(std::cin, line) || line != "go") {
            err << "helpdesk-submit-worker " << tag << ": expected \"go\" on stdin, got "
                << (std::cin ? QString::fromStdString(line) : QStringLiteral("end of input")) << '\n';
            status = 1;
        }

        qint64 slowestMs = 0;
        QElapsedTimer timer;
        if (status == 0 && !outboxRun.directory.isEmpty())
            status = fileWithOutbox(store, outboxRun, out, err, &slowestMs);
        for (int pass = 0; status == 0 && outboxRun.directory.isEmpty() && pass < passes; ++pass) {
            for (int i = 0; i < count; ++i) {
                timer.start();
                const ReportStore::SubmitResult result = store.submit(reportNumber(tag, clientPrefix, i));
                slowestMs = std::max(slowestMs, timer.elapsed());
                if (!result.ok()) {
                    err << "helpdesk-submit-worker " << tag << ": submit " << i << " (pass " << pass + 1
                        << ") failed after " << timer.elapsed() << " ms: " << result.error << '\n';
                    status = 1;
                    break;
                }
                out << result.ticket << ' ' << clientPrefix << '-' << i << '\n';
            }
        }
        out << "slowest-submit-ms " << slowestMs << Qt::endl;
    }
    Database::close(connection);
    return status;
}
