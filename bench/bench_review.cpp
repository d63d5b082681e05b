// bench_review: the agents' console over a million reports. Seeds --reports
// realistic reports with DemoSeeder (as `helpdesk-admin seed-demo` does), then
// times what an agent waits for, each against the same SQL run bare through
// QSqlQuery in the same run:
//
//   open      ReviewWindow constructed and shown until the queue's first rows
//             are painted, against the first page's statement (Open statuses);
//   search    a word typed into the search box (QueueModel::setFilter) until
//             the rows are painted, against its statement;
//   filter    a category picked, the same way;
//   last page the queue turned round (oldest first, a click on Ticket), the same way;
//
// and the process's peak RSS (VmHWM) from after seeding to the end.
// Targets: open, filter and last page ≤ 100 ms, search ≤ 50 ms, peak RSS ≤ 200 MB.
//
//   bench_review [--reports 1000000] [--runs 9] [--search printer] [--database URL]
//
// Without --database a throwaway SQLite file in a temporary folder; with one,
// reports are added until it holds --reports (a scratch database: it keeps them).

#include "model/taxonomy.h"
#include "queuemodel.h"
#include "reviewwindow.h"
#include "store/database.h"
#include "store/demoseeder.h"
#include "store/reportstore.h"
#include "store/reviewstore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Helpdesk;

namespace {

const QString connection = QStringLiteral("bench_review");

// Kilobytes from /proc/self/status ("VmHWM:   123456 kB"); 0 when unknown.
qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Linux ≥ 4.0: writing 5 to clear_refs sets the peak RSS back to the current
// RSS, so seeding does not count towards the console's peak.
bool resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

// Waits until the view's viewport has painted since arm(): the rows are on screen.
class PaintWatcher final : public QObject
{
public:
    explicit PaintWatcher(QWidget *viewport) : m_viewport(viewport) { viewport->installEventFilter(this); }
    void arm() { m_painted = false; }
    bool wait()
    {
        QElapsedTimer guard;
        guard.start();
        while (!m_painted && guard.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return m_painted;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_viewport && event->type() == QEvent::Paint)
            m_painted = true;
        return false;
    }

private:
    QWidget *m_viewport;
    bool m_painted = false;
};

// The page's statement, bare: prepare, bind, execute, read every column of every row.
qint64 runBare(const QueueStatement &statement, int *rows, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    if (!query.prepare(statement.sql)) {
        *error = query.lastError().text();
        return -1;
    }
    for (int i = 0; i < statement.values.size(); ++i)
        query.bindValue(i, statement.values.at(i));
    if (!query.exec()) {
        *error = query.lastError().text();
        return -1;
    }
    *rows = 0;
    const int columns = query.record().count();
    while (query.next()) {
        for (int c = 0; c < columns; ++c)
            (void)query.value(c);
        ++*rows;
    }
    return timer.nsecsElapsed();
}

double median(std::vector<qint64> samples)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    return n % 2 ? double(samples[n / 2]) : (double(samples[n / 2 - 1]) + double(samples[n / 2])) / 2.0;
}

QString ms(double ns)
{
    return QString::number(ns / 1e6, 'f', 2) + QStringLiteral(" ms");
}

struct Step
{
    QString name;
    double targetMs;
    std::vector<qint64> app;
    std::vector<qint64> model; // of app: until the rows were in the model, before painting
    std::vector<qint64> bare;
    int appRows = 0;
    int bareRows = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    // Off screen unless there is a display: the window is shown and painted either way.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_review"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the review console against its bare queue statements."));
    parser.addHelpOption();
    const QCommandLineOption reportsOption(QStringLiteral("reports"),
                                           QStringLiteral("Reports in the database (default 1000000)."),
                                           QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of each step (default 9)."),
                                        QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QStringLiteral("Words typed into the search box (default: printer)."),
                                          QStringLiteral("WORDS"), QStringLiteral("printer"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Database URL (default: a throwaway SQLite file). It receives the reports: use a scratch database."),
        QStringLiteral("URL"));
    parser.addOptions({reportsOption, runsOption, searchOption, databaseOption});
    parser.process(app);

    bool reportsOk = false;
    bool runsOk = false;
    const qint64 reports = parser.value(reportsOption).toLongLong(&reportsOk);
    const int runs = parser.value(runsOption).toInt(&runsOk);
    if (!reportsOk || reports < 1 || !runsOk || runs < 1) {
        err << "bench_review: --reports and --runs need a number ≥ 1\n";
        return 2;
    }

    QTemporaryDir dir;
    QString url = parser.value(databaseOption);
    if (url.isEmpty()) {
        if (!dir.isValid()) {
            err << "bench_review: cannot create a temporary folder: " << dir.errorString() << '\n';
            return 1;
        }
        url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite"));
    }
    QString error;
    const auto parsed = DatabaseUrl::parse(url, &error);
    if (!parsed || !Database::open(url, connection, &error)) {
        err << "bench_review: " << error << '\n';
        return 1;
    }
    const bool postgres = parsed->backend == DatabaseUrl::Backend::PostgreSql;
    out << "bench_review: " << parsed->toDisplayString() << '\n';
    out.flush();

    // Seed what is missing, as helpdesk-admin seed-demo does.
    {
        const qint64 existing = ReportStore(connection).count(&error);
        if (existing < 0) {
            err << "bench_review: " << error << '\n';
            return 1;
        }
        if (existing < reports) {
            QElapsedTimer timer;
            timer.start();
            qint64 lastShown = 0;
            const bool ok = DemoSeeder(connection).seed(reports - existing, &error, [&](qint64 done) {
                if (done - lastShown >= 100000) {
                    lastShown = done;
                    out << "  seeded " << done << '\n';
                    out.flush();
                }
            });
            if (!ok) {
                err << "bench_review: seeding failed: " << error << '\n';
                return 1;
            }
            out << "reports: " << reports << " (seeded " << (reports - existing) << " in "
                << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s)\n";
        } else {
            out << "reports: " << existing << " (nothing to seed)\n";
        }
        QSqlQuery settle(QSqlDatabase::database(connection, false));
        // What the server and the file look like a while after a bulk load:
        // autovacuum has analysed the table; the WAL is checkpointed.
        const QString sql = postgres ? QStringLiteral("ANALYZE reports") : QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
        if (!settle.exec(sql))
            err << "bench_review: " << sql << " failed (timing anyway): " << settle.lastError().text() << '\n';
    }

    const qint64 rssAfterSeeding = statusKb("VmRSS");
    const bool peakReset = resetPeakRss();
    out << "RSS before timing " << rssAfterSeeding / 1024 << " MB; peak "
        << (peakReset ? "reset for the console (clear_refs)" : "NOT reset: it includes seeding") << "\n";

    // On PostgreSQL the connection's own login (row-level security); any name on SQLite.
    const QString agent = postgres && !parsed->user.isEmpty() ? parsed->user : QStringLiteral("bench");
    ReviewStore store(connection, agent);
    const QString search = parser.value(searchOption);
    const QString category = Taxonomy::instance().categories().constFirst().id;

    Step open{QStringLiteral("open to first rows"), 100, {}, {}};
    Step word{QStringLiteral("search \"") + search + QStringLiteral("\""), 50, {}, {}};
    Step filter{QStringLiteral("filter category ") + category, 100, {}, {}};
    Step last{QStringLiteral("last page (oldest)"), 100, {}, {}};

    // Run 0 warms up (statement caches, page cache) and is not counted; the
    // order of app and bare is swapped every run.
    for (int run = 0; run <= runs; ++run) {
        const bool appFirst = run % 2 == 0;
        std::unique_ptr<ReviewWindow> window;
        std::unique_ptr<PaintWatcher> watcher;
        QueueFilter base;
        qint64 modelNs = 0;
        auto appOpen = [&]() -> qint64 {
            QElapsedTimer timer;
            timer.start();
            window = std::make_unique<ReviewWindow>(connection, agent, QStringLiteral("Bench"));
            modelNs = timer.nsecsElapsed();
            auto *view = window->findChild<QTableView *>(QStringLiteral("queueView"));
            watcher = std::make_unique<PaintWatcher>(view->viewport());
            window->resize(1280, 800);
            window->show();
            if (!watcher->wait())
                return -1;
            const qint64 ns = timer.nsecsElapsed();
            base = window->model()->filter();
            open.appRows = window->model()->rowCount();
            return ns;
        };
        auto appShow = [&](const QueueFilter &f, Step &step) -> qint64 {
            QElapsedTimer timer;
            watcher->arm();
            timer.start();
            window->model()->setFilter(f);
            modelNs = timer.nsecsElapsed();
            if (!watcher->wait())
                return -1;
            const qint64 ns = timer.nsecsElapsed();
            step.appRows = window->model()->rowCount();
            return ns;
        };
        // The console's default filter (Open), as the window sets it; known
        // after the first open, before that built the same way.
        if (base.statuses.isEmpty())
            base.statuses = {QStringLiteral("new"), QStringLiteral("in_progress"), QStringLiteral("waiting")};
        auto measure = [&](Step &step, const std::function<qint64()> &appPath, const QueueFilter &f) -> bool {
            qint64 appNs = 0;
            qint64 bareNs = 0;
            for (int half = 0; half < 2; ++half) {
                if ((half == 0) == appFirst) {
                    appNs = appPath();
                    if (appNs < 0) {
                        err << "bench_review: " << step.name << ": the rows were never painted\n";
                        return false;
                    }
                } else {
                    bareNs = runBare(store.pageStatement(f, {}, QueueModel::PageSize), &step.bareRows, &error);
                    if (bareNs < 0) {
                        err << "bench_review: " << step.name << ": " << error << '\n';
                        return false;
                    }
                }
            }
            if (run > 0) {
                step.app.push_back(appNs);
                step.model.push_back(modelNs);
                step.bare.push_back(bareNs);
            }
            return true;
        };
        if (!measure(open, appOpen, base))
            return 1;
        QueueFilter searched = base;
        searched.search = search;
        if (!measure(word, [&] { return appShow(searched, word); }, searched))
            return 1;
        QueueFilter filtered = base;
        filtered.category = category;
        if (!measure(filter, [&] { return appShow(filtered, filter); }, filtered))
            return 1;
        QueueFilter oldest = base;
        oldest.oldestFirst = true;
        if (!measure(last, [&] { return appShow(oldest, last); }, oldest))
            return 1;
        if (!window->model()->lastError().isEmpty()) {
            err << "bench_review: " << window->model()->lastError() << '\n';
            return 1;
        }
        watcher.reset();
        window.reset();
    }
    const qint64 peakKb = statusKb("VmHWM");

    auto verdict = [](bool ok) -> QString { return ok ? QStringLiteral("ok") : QStringLiteral("MISSED"); };
    out << runs << " timed runs of each step, app and bare alternating (1 warm-up run not counted); medians\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QString(), -28)
               .arg(QStringLiteral("console"), 11)
               .arg(QStringLiteral("(model)"), 11)
               .arg(QStringLiteral("bare SQL"), 11)
               .arg(QStringLiteral("ratio"), 8)
               .arg(QStringLiteral("rows"), 6)
               .arg(QStringLiteral("target"), 16);
    bool allOk = true;
    for (const Step *step : {&open, &word, &filter, &last}) {
        const double app = median(step->app);
        const double bare = median(step->bare);
        const bool ok = app <= step->targetMs * 1e6;
        allOk = allOk && ok;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(step->name, -28)
                   .arg(ms(app), 11)
                   .arg(ms(median(step->model)), 11)
                   .arg(ms(bare), 11)
                   .arg(QString::number(app / std::max(bare, 1.0), 'f', 1) + QStringLiteral("×"), 8)
                   .arg(step->appRows, 6)
                   .arg(QStringLiteral("≤ %1 ms %2").arg(step->targetMs).arg(verdict(ok)), 16);
    }
    const bool rssOk = peakKb > 0 && peakKb <= 200 * 1024;
    allOk = allOk && rssOk;
    out << "\npeak RSS " << QString::number(peakKb / 1024.0, 'f', 1) << " MB (VmHWM"
        << (peakReset ? ", from before timing" : ", including seeding") << "): target ≤ 200 MB " << verdict(rssOk)
        << '\n';
    out << "console = until the rows were painted; (model) = of that, until they were in the model (open: the\n"
           "window constructed, first page read); ratio = console / bare SQL\n";
    out << "console rows = rows painted after the step (one page of " << QueueModel::PageSize
        << "); bare SQL reads " << QueueModel::PageSize + 1 << " rows (one to tell whether more follow)\n";
    out.flush();
    return allOk ? 0 : 1;
}
