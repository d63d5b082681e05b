// bench_pg_throughput: how many reports per second the app's submit path
// files on a PostgreSQL server from several clients at once, against pgbench
// running the same INSERT … RETURNING on the same server in the same run (the
// floor: libpq, a prepared statement, nothing else). Target: app ≥ 0.7 × pgbench.
// Also single-client latency (median, p99) of ReportStore::submit() and of the
// same statement under pgbench.
//
//   bench_pg_throughput --database postgresql://user:password@host:port/scratchdb
//                       [--clients 8] [--seconds 10] [--rounds 2] [--latency-count 1000]
//                       [--pgbench PATH]
//
// Both paths insert rows into the database's reports table: use a scratch
// database. The schema is created (migrated) through Database::open().

#include "model/report.h"
#include "model/taxonomy.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <vector>

using namespace Helpdesk;

namespace {

const QString mainConnection = QStringLiteral("bench_pg_throughput");

// One realistic report, filed over and over by both paths (a fresh client id
// each time), so the two write rows of the same width. No ':' anywhere in it:
// pgbench would read ":word" in the script as a variable.
Report benchReport()
{
    Report r;
    r.category = QStringLiteral("printing");
    r.symptom = QStringLiteral("paper_jam");
    r.summary = QStringLiteral("Принтер в кабинете 214 зажёвывает бумагу на каждой странице");
    r.description = QStringLiteral("Started after the toner was replaced this morning. The tray is full, the display "
                                   "shows \"Paper jam in tray 2\" and the queue keeps growing.");
    r.startedAt = QDateTime::currentDateTime().addSecs(-600);
    r.impact = QStringLiteral("team");
    r.urgency = QStringLiteral("slowed");
    r.device.kind = QStringLiteral("printer");
    r.device.make = QStringLiteral("HP");
    r.device.model = QStringLiteral("LaserJet Pro M404dn");
    r.device.assetTag = QStringLiteral("INV-000421");
    r.device.building = QStringLiteral("Main building");
    r.device.room = QStringLiteral("214");
    r.contact.name = QStringLiteral("Мария Смирнова");
    r.contact.login = QStringLiteral("msmirnova");
    r.contact.email = QStringLiteral("m.smirnova@example.org");
    r.contact.phone = QStringLiteral("+7 495 123-45-67");
    r.contact.department = QStringLiteral("Accounting");
    r.contact.location = QStringLiteral("Room 214");
    r.contact.preferredContact = QStringLiteral("email");
    return r;
}

// A SQL string literal for the pgbench script. The values are this program's
// own (benchReport(), host name, OS name), never user input.
QString literal(QString value)
{
    // pgbench turns ":name" into a parameter, even inside quotes.
    value.replace(QLatin1Char(':'), QLatin1Char('_'));
    return QLatin1Char('\'') + value.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

// The statement ReportStore::submit() prepares (reportstore.cpp, insert()),
// with the values submit() binds for benchReport() written in as literals;
// the client id and the times are made by the server on every execution.
QString pgbenchScript(const Report &r)
{
    const QStringList values = {
        QStringLiteral("gen_random_uuid()::text"), literal(r.category), literal(r.symptom), literal(r.summary), literal(r.description),
        QStringLiteral("now() - interval '10 minutes'"), literal(r.impact), literal(r.urgency),
        literal(r.device.kind), literal(r.device.make), literal(r.device.model),
        r.device.customModel ? QStringLiteral("true") : QStringLiteral("false"),
        literal(r.device.assetTag), literal(DeviceInfo::assetKey(r.device.assetTag)), literal(r.device.building),
        literal(r.device.room),
        literal(r.contact.name), literal(r.contact.login), literal(r.contact.email), literal(r.contact.phone),
        literal(r.contact.department), literal(r.contact.location), literal(r.contact.preferredContact),
        literal(QSysInfo::machineHostName()), literal(QSysInfo::prettyProductName()),
        r.vague ? QStringLiteral("true") : QStringLiteral("false"),
    };
    return QStringLiteral(
               "-- What ReportStore::submit() runs, as written by bench_pg_throughput.\n"
               "INSERT INTO reports (client_id, category, symptom, summary, description, started_at, impact, "
               "urgency, device_kind, device_make, device_model, device_custom, asset_tag, asset_key, building, "
               "room, reporter_name, reporter_login, reporter_email, reporter_phone, reporter_department, "
               "reporter_location, preferred_contact, computer_name, operating_system, vague) "
               "VALUES (%1) RETURNING id;\n")
        .arg(values.join(QStringLiteral(", ")));
}

double percentile(std::vector<double> samples, double fraction)
{
    // Nearest rank, as bench_submit: the p99 of 1 000 samples is the 990th smallest.
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t rank = size_t(std::max(1.0, std::ceil(fraction * double(samples.size()))));
    return samples.at(std::min(rank, samples.size()) - 1);
}

QString milliseconds(double us)
{
    return QString::number(us / 1000.0, 'f', 3) + QStringLiteral(" ms");
}

// Submits `count` reports one after another on the main connection, after a
// few untimed ones (the first prepares the statement). Microseconds each.
std::vector<double> submitLatencies(int count, QString *error)
{
    ReportStore store(mainConnection);
    Report report = benchReport();
    std::vector<double> samples;
    samples.reserve(size_t(count));
    QElapsedTimer timer;
    const int warmUp = std::min(50, count);
    for (int i = -warmUp; i < count; ++i) {
        report.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        timer.start();
        const ReportStore::SubmitResult result = store.submit(report);
        const qint64 ns = timer.nsecsElapsed();
        if (!result.ok()) {
            *error = result.error;
            return {};
        }
        if (i >= 0)
            samples.push_back(double(ns) / 1000.0);
    }
    return samples;
}

// `clients` threads, each with its own connection opened in that thread
// (a QSqlDatabase belongs to the thread that made it) and its own store,
// submitting for `seconds`. Returns reports per second, or -1 with `error`.
double appThroughput(const QString &url, int clients, int seconds, QString *error)
{
    QSemaphore ready;
    QSemaphore start;
    std::atomic<bool> stop{false};
    const size_t n = size_t(clients);
    std::vector<qint64> counts(n, 0);
    std::vector<QString> errors(n);
    std::vector<std::unique_ptr<QThread>> threads;

    for (int i = 0; i < clients; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            const QString name = QStringLiteral("bench_pg_throughput_client_%1").arg(i);
            QString &threadError = errors[size_t(i)];
            if (Database::open(url, name, &threadError)) {
                ReportStore store(name);
                Report report = benchReport();
                // Untimed: the first submit prepares the statement.
                report.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                const ReportStore::SubmitResult first = store.submit(report);
                if (!first.ok())
                    threadError = first.error;
                ready.release();
                start.acquire();
                qint64 filed = 0;
                while (threadError.isEmpty() && !stop.load(std::memory_order_relaxed)) {
                    report.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    const ReportStore::SubmitResult result = store.submit(report);
                    if (!result.ok())
                        threadError = result.error;
                    else
                        ++filed;
                }
                counts[size_t(i)] = filed;
            } else {
                ready.release();
                start.acquire();
            }
            Database::close(name);
        }));
        threads.back()->start();
    }

    // Every client connected and warmed up before the clock starts, as
    // pgbench leaves its connection time out of its rate.
    ready.acquire(clients);
    const bool allReady = std::all_of(errors.cbegin(), errors.cend(), [](const QString &e) { return e.isEmpty(); });
    QElapsedTimer timer;
    timer.start();
    if (!allReady)
        stop = true;
    start.release(clients);
    if (allReady)
        QThread::msleep(ulong(seconds) * 1000);
    stop = true;
    for (const auto &thread : threads)
        thread->wait();
    const qint64 elapsedMs = timer.elapsed();

    for (int i = 0; i < clients; ++i) {
        if (!errors[size_t(i)].isEmpty()) {
            *error = QStringLiteral("client %1: %2").arg(i).arg(errors[size_t(i)]);
            return -1;
        }
    }
    qint64 total = 0;
    for (const qint64 c : counts)
        total += c;
    return double(total) * 1000.0 / double(std::max<qint64>(1, elapsedMs));
}

// Runs pgbench on the script against the URL's server and database; the
// password goes through the environment, never the command line.
class Pgbench final
{
public:
    Pgbench(QString program, const DatabaseUrl &url, QString script, QString workDir)
        : m_program(std::move(program)), m_url(url), m_script(std::move(script)), m_workDir(std::move(workDir))
    {
    }

    // The arguments for a run with `extra` options, as a person would type them.
    QStringList arguments(const QStringList &extra) const
    {
        QStringList args = {QStringLiteral("-n"), QStringLiteral("-M"), QStringLiteral("prepared"),
                            QStringLiteral("-f"), m_script};
        args += extra;
        args += {QStringLiteral("-h"), m_url.host};
        if (m_url.port > 0)
            args += {QStringLiteral("-p"), QString::number(m_url.port)};
        if (!m_url.user.isEmpty())
            args += {QStringLiteral("-U"), m_url.user};
        // URL options (sslmode=…) only fit into a connection string.
        if (m_url.options.isEmpty())
            args += m_url.databaseName;
        else
            args += QStringLiteral("dbname=") + m_url.databaseName + QLatin1Char(' ')
                + QString(m_url.options).replace(QLatin1Char(';'), QLatin1Char(' '));
        return args;
    }

    // Output on success; empty with `error` set otherwise.
    QString run(const QStringList &extra, int timeoutSeconds, QString *error) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!m_url.password.isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), m_url.password);
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_workDir);
        process.start(m_program, arguments(extra));
        if (!process.waitForStarted()) {
            *error = QStringLiteral("cannot start %1: %2").arg(m_program, process.errorString());
            return {};
        }
        if (!process.waitForFinished(timeoutSeconds * 1000)) {
            process.kill();
            process.waitForFinished();
            *error = QStringLiteral("pgbench did not finish within %1 s").arg(timeoutSeconds);
            return {};
        }
        const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            *error = QStringLiteral("pgbench failed (exit %1): %2%3")
                         .arg(process.exitCode())
                         .arg(QString::fromLocal8Bit(process.readAllStandardError()), output);
            return {};
        }
        return output;
    }

    // Transactions per second from pgbench's "tps = 1234.5 (without initial
    // connection time)" line; -1 with `error` when it is missing.
    static double tps(const QString &output, QString *error)
    {
        static const QRegularExpression line(QStringLiteral("^tps = ([0-9.]+)"), QRegularExpression::MultilineOption);
        const auto match = line.match(output);
        if (!match.hasMatch()) {
            *error = QStringLiteral("no \"tps = \" line in pgbench's output:\n") + output;
            return -1;
        }
        return match.captured(1).toDouble();
    }

private:
    QString m_program;
    DatabaseUrl m_url;
    QString m_script;
    QString m_workDir;
};

QString findPgbench()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pgbench"));
    if (!onPath.isEmpty())
        return onPath;
    // Debian keeps the version's own binaries off PATH when postgresql-client-common is missing.
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(versions)) {
        const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/pgbench").arg(version);
        if (QFile::exists(path))
            return path;
    }
    return {};
}

// Keeps one phase's dirty pages from being written during the next one's
// timing. Needs superuser (or pg_checkpoint); without it the run goes on.
bool checkpoint()
{
    QSqlQuery query(QSqlDatabase::database(mainConnection, false));
    return query.exec(QStringLiteral("CHECKPOINT"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_pg_throughput"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reports per second through ReportStore::submit() from several clients, against pgbench running the same "
        "INSERT on the same PostgreSQL server; and single-submit latency."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Required. postgresql://user:password@host:port/dbname of a scratch database: both paths "
                       "insert rows into its reports table."),
        QStringLiteral("URL"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Concurrent clients (default 8)."), QStringLiteral("N"),
                                           QStringLiteral("8"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Duration of each throughput run (default 10)."),
                                           QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"),
        QStringLiteral("Throughput runs of each path, the order swapped every round (default 2)."),
        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-count"),
                                           QStringLiteral("Timed single-client submits of each path (default 1000)."),
                                           QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption pgbenchOption(QStringLiteral("pgbench"),
                                           QStringLiteral("The pgbench program (default: on PATH, else "
                                                          "/usr/lib/postgresql/<newest>/bin/pgbench)."),
                                           QStringLiteral("PATH"));
    parser.addOptions({databaseOption, clientsOption, secondsOption, roundsOption, latencyOption, pgbenchOption});
    parser.process(app);

    const QString urlText = parser.value(databaseOption);
    if (urlText.isEmpty()) {
        err << "bench_pg_throughput: --database is required: postgresql://user:password@host:port/dbname of a "
               "scratch database (both paths insert rows into its reports table).\n"
               "For the test server: source /tmp/pgenv; psql \"$HELPDESK_TEST_POSTGRES\" -c 'create database benchpg'; "
               "then --database \"${HELPDESK_TEST_POSTGRES%/*}/benchpg\"\n";
        return 2;
    }
    bool ok[4] = {};
    const int clients = parser.value(clientsOption).toInt(&ok[0]);
    const int seconds = parser.value(secondsOption).toInt(&ok[1]);
    const int rounds = parser.value(roundsOption).toInt(&ok[2]);
    const int latencyCount = parser.value(latencyOption).toInt(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || clients < 1 || seconds < 1 || rounds < 1 || latencyCount < 1) {
        err << "bench_pg_throughput: --clients, --seconds, --rounds and --latency-count need numbers ≥ 1\n";
        return 2;
    }

    QString error;
    const auto url = DatabaseUrl::parse(urlText, &error);
    if (!url) {
        err << "bench_pg_throughput: " << error << '\n';
        return 2;
    }
    if (url->backend != DatabaseUrl::Backend::PostgreSql) {
        err << "bench_pg_throughput: measures a PostgreSQL server; " << url->toDisplayString()
            << " is not one (bench_submit times SQLite).\n";
        return 2;
    }
    const QString pgbenchProgram = parser.isSet(pgbenchOption) ? parser.value(pgbenchOption) : findPgbench();
    if (pgbenchProgram.isEmpty()) {
        err << "bench_pg_throughput: pgbench not found (Debian package postgresql-15, which postgresql pulls in); "
               "name it with --pgbench PATH\n";
        return 2;
    }
    const Report report = benchReport();
    if (const auto problems = report.validate(); !problems.isEmpty()) {
        err << "bench_pg_throughput: the benchmark's report is invalid: " << problems.constFirst().message << '\n';
        return 1;
    }

    // Creates or upgrades the schema, like every program's start.
    if (!Database::open(urlText, mainConnection, &error)) {
        err << "bench_pg_throughput: " << error << '\n';
        return 1;
    }
    QTemporaryDir dir;
    const QString scriptPath = dir.filePath(QStringLiteral("insert_report.sql"));
    {
        QFile script(scriptPath);
        if (!dir.isValid() || !script.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || script.write(pgbenchScript(report).toUtf8()) < 0) {
            err << "bench_pg_throughput: cannot write the pgbench script " << scriptPath << ": "
                << script.errorString() << '\n';
            return 1;
        }
    }
    const Pgbench pgbench(pgbenchProgram, *url, scriptPath, dir.path());
    QProcess version;
    version.start(pgbenchProgram, {QStringLiteral("--version")});
    version.waitForFinished();

    out << "bench_pg_throughput: " << url->toDisplayString() << '\n'
        << "floor: " << QString::fromLocal8Bit(version.readAllStandardOutput()).trimmed() << " (" << pgbenchProgram
        << ")\n";
    const QString clientsText = QString::number(clients);
    const QString secondsText = QString::number(seconds);
    const QStringList throughputArgs = {QStringLiteral("-c"), clientsText, QStringLiteral("-j"), clientsText,
                                        QStringLiteral("-T"), secondsText};
    out << "  " << pgbenchProgram << ' ' << pgbench.arguments(throughputArgs).join(QLatin1Char(' '))
        << "   (PGPASSWORD from the URL)\n\n";
    out.flush();
    bool checkpointsOk = true;

    // Single client: one submit at a time, as an employee pressing Send.
    checkpointsOk &= checkpoint();
    const std::vector<double> appLatency = submitLatencies(latencyCount, &error);
    if (appLatency.empty()) {
        err << "bench_pg_throughput: submit failed: " << error << '\n';
        return 1;
    }
    checkpointsOk &= checkpoint();
    const QString logPrefix = dir.filePath(QStringLiteral("latency"));
    // -l writes one line per transaction, its time in µs third: the same
    // median and p99 as ours rather than pgbench's average.
    if (pgbench.run({QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-j"), QStringLiteral("1"),
                     QStringLiteral("-t"), QString::number(latencyCount), QStringLiteral("-l"),
                     QStringLiteral("--log-prefix=") + logPrefix},
                    600, &error)
            .isEmpty()) {
        err << "bench_pg_throughput: " << error << '\n';
        return 1;
    }
    std::vector<double> pgbenchLatency;
    const QStringList logs = QDir(dir.path()).entryList({QStringLiteral("latency.*")}, QDir::Files);
    for (const QString &name : logs) {
        QFile log(dir.filePath(name));
        if (!log.open(QIODevice::ReadOnly))
            continue;
        while (!log.atEnd()) {
            const QList<QByteArray> fields = log.readLine().simplified().split(' ');
            bool numeric = false;
            const double us = fields.size() > 2 ? fields.at(2).toDouble(&numeric) : 0;
            if (numeric)
                pgbenchLatency.push_back(us);
        }
    }
    if (pgbenchLatency.empty()) {
        err << "bench_pg_throughput: pgbench wrote no latency log under " << dir.path() << '\n';
        return 1;
    }
    out << "single client, " << latencyCount << " statements each (app: 50 untimed warm-up submits first)\n";
    out << QStringLiteral("  %1 %2 %3\n").arg(QString(), -24).arg(QStringLiteral("median"), 12).arg(QStringLiteral("p99"), 12);
    out << QStringLiteral("  %1 %2 %3\n").arg(QStringLiteral("ReportStore::submit()"), -24)
               .arg(milliseconds(percentile(appLatency, 0.5)), 12).arg(milliseconds(percentile(appLatency, 0.99)), 12);
    out << QStringLiteral("  %1 %2 %3\n\n").arg(QStringLiteral("pgbench, same INSERT"), -24)
               .arg(milliseconds(percentile(pgbenchLatency, 0.5)), 12)
               .arg(milliseconds(percentile(pgbenchLatency, 0.99)), 12);
    out.flush();

    // Throughput. The table grows during the run, so the order alternates:
    // neither path always gets the smaller table.
    out << clients << " clients, " << seconds << " s per run, " << rounds << " round(s)\n";
    out << QStringLiteral("  %1 %2 %3\n").arg(QString(), -8).arg(QStringLiteral("app /s"), 12).arg(QStringLiteral("pgbench /s"), 12);
    double appSum = 0;
    double pgbenchSum = 0;
    for (int round = 0; round < rounds; ++round) {
        double appRate = -1;
        double pgbenchRate = -1;
        for (int step = 0; step < 2; ++step) {
            checkpointsOk &= checkpoint();
            if ((step == 0) == (round % 2 == 0)) {
                appRate = appThroughput(urlText, clients, seconds, &error);
                if (appRate < 0) {
                    err << "bench_pg_throughput: " << error << '\n';
                    return 1;
                }
            } else {
                const QString output = pgbench.run(throughputArgs, seconds + 120, &error);
                pgbenchRate = output.isEmpty() ? -1 : Pgbench::tps(output, &error);
                if (pgbenchRate < 0) {
                    err << "bench_pg_throughput: " << error << '\n';
                    return 1;
                }
            }
        }
        appSum += appRate;
        pgbenchSum += pgbenchRate;
        out << QStringLiteral("  %1 %2 %3\n").arg(QStringLiteral("round %1").arg(round + 1), -8)
                   .arg(appRate, 12, 'f', 0).arg(pgbenchRate, 12, 'f', 0);
        out.flush();
    }
    const double appMean = appSum / rounds;
    const double pgbenchMean = pgbenchSum / rounds;
    const double ratio = appMean / pgbenchMean;
    out << QStringLiteral("  %1 %2 %3\n").arg(QStringLiteral("mean"), -8).arg(appMean, 12, 'f', 0).arg(pgbenchMean, 12, 'f', 0);
    out << "\napp / pgbench: " << QString::number(ratio, 'f', 2) << "× (target ≥ 0.70×) "
        << (ratio >= 0.7 ? "ok" : "MISSED") << '\n';
    if (!checkpointsOk)
        out << "(CHECKPOINT between runs was refused: the login is not a superuser; timings may carry the previous "
               "run's writes)\n";
    out.flush();

    Database::close(mainConnection);
    return 0;
}
