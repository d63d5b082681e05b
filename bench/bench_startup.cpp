// bench_startup: how long helpdesk-intake takes from launch until its first
// page is on screen, against bench_bare_window (QApplication + one window) as
// the floor. Target: intake median ≤ 1.5 × the bare window's.
//
//   bench_startup [--runs 20] [--intake PATH] [--bare PATH]
//
// Both programs get --exit-after-startup and an environment of their own: a
// throwaway database and HOME/XDG folders in a temporary folder, and the
// offscreen platform unless DISPLAY is set. Launches alternate so both see the
// same machine load; one untimed launch of each first warms the disk cache
// (and lets the intake create its database, which a real start does not do).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

struct Program
{
    QString name;
    QString path;
    std::vector<qint64> ns;
};

double percentile(std::vector<qint64> samples, double fraction)
{
    std::sort(samples.begin(), samples.end());
    const size_t rank = size_t(std::max(1.0, std::ceil(fraction * double(samples.size()))));
    return double(samples.at(std::min(rank, samples.size()) - 1));
}

QString milliseconds(double ns)
{
    return QString::number(ns / 1e6, 'f', 1) + QStringLiteral(" ms");
}

// Wall time from start() to finished(), or -1 with a message.
qint64 launch(const Program &program, const QProcessEnvironment &environment, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program.path);
    process.setArguments({QStringLiteral("--exit-after-startup")});
    process.setStandardOutputFile(QProcess::nullDevice()); // stderr is kept for the failure message

    QElapsedTimer timer;
    qint64 elapsed = -1;
    QObject::connect(&process, &QProcess::finished, &process, [&] { elapsed = timer.nsecsElapsed(); });
    timer.start();
    process.start();
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program.path, process.errorString());
        return -1;
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        *error = QStringLiteral("%1 did not exit within 60 s; does it support --exit-after-startup?").arg(program.path);
        return -1;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 --exit-after-startup failed (exit code %2):\n%3")
                     .arg(program.path)
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return -1;
    }
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the start of helpdesk-intake against a bare Qt window."));
    parser.addHelpOption();
    const QString binDir = QCoreApplication::applicationDirPath();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed launches of each (default 20)."),
                                        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption intakeOption(QStringLiteral("intake"), QStringLiteral("The wizard executable."),
                                          QStringLiteral("PATH"), binDir + QStringLiteral("/helpdesk-intake"));
    const QCommandLineOption bareOption(QStringLiteral("bare"), QStringLiteral("The bare-window executable."),
                                        QStringLiteral("PATH"), binDir + QStringLiteral("/bench_bare_window"));
    parser.addOptions({runsOption, intakeOption, bareOption});
    parser.process(app);

    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1) {
        err << "bench_startup: --runs needs a number ≥ 1\n";
        return 2;
    }
    Program intake{QStringLiteral("helpdesk-intake"), parser.value(intakeOption), {}};
    Program bare{QStringLiteral("bench_bare_window"), parser.value(bareOption), {}};
    for (const Program *program : {&intake, &bare}) {
        const QFileInfo file(program->path);
        if (!file.isFile() || !file.isExecutable()) {
            err << "bench_startup: " << program->path << " does not exist or is not executable.\n"
                << "Build it first: cmake --build <build dir> --target " << program->name
                << " (or point --" << (program == &intake ? "intake" : "bare") << " at it).\n";
            return 1;
        }
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        err << "bench_startup: cannot create a temporary folder: " << dir.errorString() << '\n';
        return 1;
    }
    // Nothing of the user's settings, caches or database leaks in, and nothing leaks out.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString platform = qEnvironmentVariable("DISPLAY").isEmpty() ? QStringLiteral("offscreen") : QString();
    if (!platform.isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    environment.insert(QStringLiteral("HELPDESK_DATABASE"), QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("x.sqlite")));
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString runtime = dir.filePath(QStringLiteral("runtime"));
    QDir().mkpath(home);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);

    out << "bench_startup: " << runs << " timed launches of each, alternating, platform "
        << (platform.isEmpty() ? qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default (DISPLAY set)"))
                               : platform)
        << '\n';
    out.flush();

    QString error;
    for (Program *program : {&intake, &bare}) { // warm-up, not counted
        if (launch(*program, environment, &error) < 0) {
            err << "bench_startup: " << error << '\n';
            return 1;
        }
    }
    for (int run = 0; run < runs; ++run) {
        // Swap the order every round: neither always runs right after the other.
        Program *first = run % 2 == 0 ? &intake : &bare;
        Program *second = first == &intake ? &bare : &intake;
        for (Program *program : {first, second}) {
            const qint64 ns = launch(*program, environment, &error);
            if (ns < 0) {
                err << "bench_startup: " << error << '\n';
                return 1;
            }
            program->ns.push_back(ns);
        }
    }

    const double intakeMedian = percentile(intake.ns, 0.5);
    const double intakeP90 = percentile(intake.ns, 0.9);
    const double bareMedian = percentile(bare.ns, 0.5);
    const double bareP90 = percentile(bare.ns, 0.9);
    auto ratio = [](double r) -> QString { return QString::number(r, 'f', 2) + QStringLiteral("×"); };

    out << '\n'
        << QStringLiteral("%1 %2 %3\n").arg(QString(), -20).arg(QStringLiteral("median"), 10).arg(QStringLiteral("p90"), 10)
        << QStringLiteral("%1 %2 %3\n").arg(intake.name, -20).arg(milliseconds(intakeMedian), 10).arg(milliseconds(intakeP90), 10)
        << QStringLiteral("%1 %2 %3\n").arg(bare.name, -20).arg(milliseconds(bareMedian), 10).arg(milliseconds(bareP90), 10)
        << QStringLiteral("%1 %2 %3\n\n").arg(QStringLiteral("intake / bare"), -20)
               .arg(ratio(intakeMedian / bareMedian), 10).arg(ratio(intakeP90 / bareP90), 10)
        << "target: median ratio ≤ 1.5× " << (intakeMedian / bareMedian <= 1.5 ? "ok" : "MISSED") << '\n';
    return 0;
}
