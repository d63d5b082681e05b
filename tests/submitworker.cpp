// helpdesk-submit-worker: one of the many clients tst_concurrentsubmit starts
// at the same moment. Not a test by itself. It opens the database, says
// "ready", waits for "go" on stdin (so every worker starts submitting together
// instead of one after another as they happen to finish starting), files
// --count reports through ReportStore::submit(), and prints one line per
// submission: "<ticket> <client id>". It never touches the rows itself, so
// what the test finds in the database is exactly what submit() did.
//
//   helpdesk-submit-worker --database URL --count N --tag T
//                          [--client-prefix P] [--passes K]
//
// Report i gets the client id "P-i" (P defaults to T) and a summary naming T
// and i. With --passes K every report is sent K times (all N, then all N
// again), as a wizard retrying after a lost answer would. The last stdout line
// is "slowest-submit-ms <ms>", so the test can say how close a run came to the
// SQLite busy timeout. Exit status 0 when every submit succeeded; otherwise 1
// with the reason on stderr (2: bad arguments).

#include "database.h"
#include "report.h"
#include "reportstore.h"
#include "testreports.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <iostream>
#include <string>

using namespace Helpdesk;

namespace {

Report reportNumber(const QString &tag, const QString &clientPrefix, int index)
{
    // The test recognises every filed row by this text: keep it in step with
    // expectedSummary() in tst_concurrentsubmit.cpp.
    Report r = validTestReport(QStringLiteral("Concurrent report %1 number %2").arg(tag).arg(index));
    r.clientId = QStringLiteral("%1-%2").arg(clientPrefix).arg(index);
    return r;
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
    parser.addOptions({databaseOption, countOption, tagOption, prefixOption, passesOption});
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
