// bench_startup: how long helpdesk-intake takes from launch until its first
// page is on screen, against bench_bare_window (QApplication + one window) as
// the floor. Target: intake median ≤ 1.5 × the bare window's. Each launch is
// timed until the program prints "first page painted" (the page is on
// screen) and, for the record, until it has exited.
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
    std::vector<qint64> paintedNs; // start() to "first page painted" on its stdout
    std::vector<qint64> exitNs;    // start() to finished()
};

struct Timing
{
    qint64 painted = -1;
    qint64 exited = -1;
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

// Wall time from start() to the line "first page painted" (the moment a
// person sees the page) and to finished(), or exited -1 with a message.
Timing launch(const Program &program, const QProcessEnvironment &environment, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program.path);
    process.setArguments({QStringLiteral("--exit-after-startup")});
    QElapsedTimer timer;
    Timing timing;
    QByteArray output;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        output += process.readAllStandardOutput();
        if (timing.painted < 0 && output.contains("first page painted\n"))
            timing.painted = timer.nsecsElapsed();
    });
    QObject::connect(&process, &QProcess::finished, &process, [&] { timing.exited = timer.nsecsElapsed(); });
    timer.start();
    process.start();
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program.path, process.errorString());
        return {};
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        *error = QStringLiteral("%1 did not exit within 60 s; does it support --exit-after-startup?").arg(program.path);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 --exit-after-startup failed (exit code %2):\n%3")
                     .arg(program.path)
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return {};
    }
    if (timing.painted < 0) {
        *error = QStringLiteral("%1 exited without printing \"first page painted\"").arg(program.path);
        return {};
    }
    return timing;
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
        if (launch(*program, environment, &error).exited < 0) {
            err << "bench_startup: " << error << '\n';
            return 1;
        }
    }
    for (int run = 0; run < runs; ++run) {
        // Swap the order every round: neither always runs right after the other.
        Program *first = run % 2 == 0 ? &intake : &bare;
        Program *second = first == &intake ? &bare : &intake;
        for (Program *program : {first, second}) {
            const Timing timing = launch(*program, environment, &error);
            if (timing.exited < 0) {
                err << "bench_startup: " << error << '\n';
                return 1;
            }
            program->paintedNs.push_back(timing.painted);
            program->exitNs.push_back(timing.exited);
        }
    }

    auto ratio = [](double r) -> QString { return QString::number(r, 'f', 2) + QStringLiteral("×"); };
    auto row = [&out](const QString &name, const QString &a, const QString &b, const QString &c, const QString &d) {
        out << QStringLiteral("%1 %2 %3   %4 %5\n").arg(name, -20).arg(a, 10).arg(b, 10).arg(c, 10).arg(d, 10);
    };
    const double paintedRatio = percentile(intake.paintedNs, 0.5) / percentile(bare.paintedNs, 0.5);
    out << '\n';
    row(QString(), QStringLiteral("painted"), QString(), QStringLiteral("exited"), QString());
    row(QString(), QStringLiteral("median"), QStringLiteral("p90"), QStringLiteral("median"), QStringLiteral("p90"));
    for (const Program *program : {&intake, &bare})
        row(program->name, milliseconds(percentile(program->paintedNs, 0.5)),
            milliseconds(percentile(program->paintedNs, 0.9)), milliseconds(percentile(program->exitNs, 0.5)),
            milliseconds(percentile(program->exitNs, 0.9)));
    row(QStringLiteral("intake / bare"), ratio(paintedRatio),
        ratio(percentile(intake.paintedNs, 0.9) / percentile(bare.paintedNs, 0.9)),
        ratio(percentile(intake.exitNs, 0.5) / percentile(bare.exitNs, 0.5)),
        ratio(percentile(intake.exitNs, 0.9) / percentile(bare.exitNs, 0.9)));
    out << "\ntarget: median ratio until the first page is painted ≤ 1.5× " << (paintedRatio <= 1.5 ? "ok" : "MISSED")
        << '\n';
    return 0;
}
