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
// With --outbox DIR it files through Submitter, the policy the intake wizard
// uses when the database goes away: a report whose submit says "unreachable"
// (or that is filed while the server is known to be down) is kept in that
// Outbox ("queued <client id>" is printed) and the worker goes on with the
// next one, as the person would file their next report later; whenever
// something waits, the outbox is delivered with backoff (--retry-first-ms, default 200, doubling up to
// --retry-max-ms, default 2000), and each delivered report prints its
// "<ticket> <client id>" line too; a delivery that leaves reports waiting
// prints "not-delivered <waiting> <ms to the next try>". --pace-ms waits
// between two reports (a person does not file 250 in a second). Every line is
// flushed at once, so a test can act on what it reads. Exit status 0 only
// when all N reports were filed and the outbox is empty within --deadline-s
// (default 120); otherwise 1 with the reason. --passes does not apply.

#include "delivery/outbox.h"
#include "delivery/submitter.h"
#include "model/report.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testreports.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QTextStream>
#include <QTimer>

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

// Blocking read: there is nothing else for this process to do meanwhile.
bool waitForGo(const QString &tag, QTextStream &err)
{
    std::string line;
    if (std::getline(std::cin, line) && line == "go")
        return true;
    err << "helpdesk-submit-worker " << tag << ": expected \"go\" on stdin, got "
        << (std::cin ? QString::fromStdString(line) : QStringLiteral("end of input")) << '\n';
    return false;
}

// The outbox mode (see the header comment): the product's own Submitter, so
// what tst_serveroutage finds is what the wizard does. Returns the exit status.
int fileWithOutbox(const QString &url, const OutboxRun &run, QTextStream &out, QTextStream &err)
{
    Submitter submitter(url);
    submitter.setOutboxDirectory(run.directory);
    submitter.setRetryDelays(run.retryFirstMs, run.retryMaxMs);
    // A worker queues one every few milliseconds, a person does not: each new
    // report must not restart the backoff the test measures between failures.
    submitter.setQueueRestartsBackoff(false);
    QString error;
    if (!submitter.ensureDatabase(&error)) {
        err << "helpdesk-submit-worker " << run.tag << ": cannot open the database: " << error << '\n';
        return 1;
    }
    out << "ready" << Qt::endl;
    if (!waitForGo(run.tag, err))
        return 1;

    QSet<QString> filed; // client ids with a ticket
    qint64 slowestMs = 0;
    int next = 0; // the next report to submit
    int status = -1; // still running
    QString lastDeliveryError;
    QEventLoop loop;
    auto fail = [&](const QString &reason) {
        if (status >= 0)
            return;
        err << "helpdesk-submit-worker " << run.tag << ": " << reason << Qt::endl;
        status = 1;
        loop.quit();
    };
    auto finishIfDone = [&] {
        if (status < 0 && next == run.count && filed.size() == run.count && submitter.outbox().count() == 0) {
            status = 0;
            loop.quit();
        }
    };
    QObject::connect(&submitter, &Submitter::delivered, [&](const QString &clientId, const QString &ticket, bool) {
        filed.insert(clientId);
        out << ticket << ' ' << clientId << Qt::endl;
        finishIfDone();
    });
    QObject::connect(&submitter, &Submitter::queued,
                     [&](const QString &clientId, const QString &) { out << "queued " << clientId << Qt::endl; });
    QObject::connect(&submitter, &Submitter::unreachable, [&](const QString &why) { lastDeliveryError = why; });
    // Not unreachable, yet retried, as the wizard does (a fresh connection
    // racing the server's shutdown can fail another way); said on stderr,
    // and the deadline names it if it never passes.
    QObject::connect(&submitter, &Submitter::deliveryError, [&](const QString &why, int) {
        lastDeliveryError = why;
        err << "helpdesk-submit-worker " << run.tag << ": delivery from the outbox failed: " << why << Qt::endl;
    });
    QObject::connect(&submitter, &Submitter::storedProblems, [&](const QStringList &problems) {
        fail(QStringLiteral("outbox problem: ") + problems.join(QStringLiteral("; ")));
    });
    QObject::connect(&submitter, &Submitter::outboxChecked, [&](int remaining) {
        if (remaining > 0)
            out << "not-delivered " << remaining << ' ' << submitter.nextRetryInMs() << Qt::endl;
        finishIfDone();
    });

    // One report every --pace-ms, as people file them; the Submitter's timer
    // and threads deliver meanwhile.
    QTimer pace;
    pace.setInterval(run.paceMs);
    QObject::connect(&pace, &QTimer::timeout, [&] {
        const Report report = reportNumber(run.tag, run.clientPrefix, next++);
        QElapsedTimer timer;
        timer.start();
        const Submitter::SubmitResult result = submitter.submit(report);
        slowestMs = std::max(slowestMs, timer.elapsed());
        if (result.status == Submitter::SubmitResult::Status::Failed)
            return fail(QStringLiteral("submit %1 failed: %2").arg(next - 1).arg(result.error));
        if (next < run.count)
            return;
        pace.stop();
        // Left by an earlier run, or waiting for a retry already scheduled.
        if (submitter.outbox().count() > 0 && !submitter.isRetryScheduled())
            submitter.deliverOutbox();
        finishIfDone();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [&] {
        if (next < run.count)
            fail(QStringLiteral("deadline of %1 s passed at report %2 of %3").arg(run.deadlineS).arg(next).arg(run.count));
        else
            fail(QStringLiteral("deadline of %1 s passed with %2 report(s) still in the outbox; last error: %3")
                     .arg(run.deadlineS)
                     .arg(submitter.outbox().count())
                     .arg(lastDeliveryError));
    });
    deadline.start(run.deadlineS * 1000);
    pace.start();
    loop.exec();
    if (status == 0 && filed.size() != run.count)
        fail(QStringLiteral("only %1 of %2 reports were filed").arg(filed.size()).arg(run.count));
    out << "slowest-submit-ms " << slowestMs << Qt::endl;
    return status;
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

    if (!outboxRun.directory.isEmpty())
        return fileWithOutbox(url, outboxRun, out, err);

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
        if (!waitForGo(tag, err))
            status = 1;

        qint64 slowestMs = 0;
        QElapsedTimer timer;
        for (int pass = 0; status == 0 && pass < passes; ++pass) {
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
