// bench_catalog: how long the device catalogue takes to load, and how long
// type-to-search takes per keystroke over the full generated catalogue.
// Targets: search p99 ≤ 16 ms (one frame at 60 Hz, so typing never stutters);
// load well under the time a person takes to reach the device page.
//
//   bench_catalog [--rounds 20] [--loads 20]
//
// Each query is typed one character at a time ("h", "hl", "hl-", ...) and
// every prefix is timed as DeviceCatalog::search(prefix, "printer", 50), the
// call the device page makes; --rounds repeats the whole set.

#include "devices/devicecatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>

#include <algorithm>
#include <vector>

using Helpdesk::DeviceCatalog;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

QString ms(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Device catalogue load time and keystroke-to-results latency."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Times every query is typed."),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption loadsOption(QStringLiteral("loads"), QStringLiteral("Times the catalogue is loaded."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({roundsOption, loadsOption});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int loads = std::max(1, parser.value(loadsOption).toInt());

    QTextStream out(stdout);
    out << "bench_catalog on " << QSysInfo::prettyProductName() << ", Qt " << qVersion() << '\n';

    // First use as the programs see it: resource read, JSON parse, index build.
    QElapsedTimer timer;
    timer.start();
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    const double firstLoad = double(timer.nsecsElapsed()) / 1e6;
    QFile file(QStringLiteral(":/catalog/devices.json"));
    if (!file.open(QIODevice::ReadOnly) || catalog.isEmpty()) {
        out << "The built-in catalogue did not load.\n";
        return 1;
    }
    const QByteArray json = file.readAll();
    out << "catalogue: " << catalog.size() << " entries, " << json.size() << " bytes of JSON\n";

    std::vector<double> loadTimes;
    for (int i = 0; i < loads; ++i) {
        timer.restart();
        const DeviceCatalog copy = DeviceCatalog::fromJson(json);
        loadTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (copy.size() != catalog.size())
            return 1;
    }
    out << "load: first builtIn() " << ms(firstLoad) << "; fromJson median " << ms(percentile(loadTimes, 0.5))
        << ", max " << ms(percentile(loadTimes, 1.0)) << " (" << loads << " loads)\n";

    const QStringList queries = {
        QStringLiteral("hl-l2340d"),         QStringLiteral("laserjet m404"),   QStringLiteral("epson et-2850"),
        QStringLiteral("hewlett-packard laserjet 4050"), QStringLiteral("m404dn"), QStringLiteral("brother mfc-l2710dw"),
        QStringLiteral("kyocera ecosys p2040dn"), QStringLiteral("canon pixma g3410"), QStringLiteral("xerox versalink c405"),
        QStringLiteral("ricoh mp c3003"),    QStringLiteral("grey printer"),    QStringLiteral("2340"),
    };
    std::vector<double> times;
    QList<QPair<double, QString>> worst;
    int keystrokes = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : queries) {
            for (int length = 1; length <= query.size(); ++length) {
                const QString typed = query.left(length);
                timer.restart();
                const auto results = catalog.search(typed, QStringLiteral("printer"), 50);
                const double elapsed = double(timer.nsecsElapsed()) / 1e6;
                times.push_back(elapsed);
                worst.append({elapsed, typed});
                ++keystrokes;
                if (results.size() > 50)
                    return 1;
            }
        }
    }
    std::sort(worst.begin(), worst.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    const double median = percentile(times, 0.5);
    const double p99 = percentile(times, 0.99);
    out << "search(text, \"printer\", 50) per keystroke over " << keystrokes << " keystrokes ("
        << queries.size() << " queries x " << rounds << " rounds):\n"
        << "  median " << ms(median) << ", p99 " << ms(p99) << ", max " << ms(percentile(times, 1.0)) << '\n'
        << "  slowest: ";
    for (int i = 0; i < std::min<int>(3, int(worst.size())); ++i)
        out << (i ? ", " : "") << '"' << worst.at(i).second << "\" " << ms(worst.at(i).first);
    out << '\n';

    // All kinds at once, as the admin tool and a kind-less page search do.
    std::vector<double> allKinds;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : queries) {
            for (int length = 1; length <= query.size(); ++length) {
                timer.restart();
                catalog.search(query.left(length), QString(), 50);
                allKinds.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
    out << "search(text, all kinds, 50): median " << ms(percentile(allKinds, 0.5)) << ", p99 "
        << ms(percentile(allKinds, 0.99)) << '\n';
    out << "target p99 <= 16 ms: " << (p99 <= 16.0 ? "met" : "MISSED") << '\n';
    return p99 <= 16.0 ? 0 : 1;
}
