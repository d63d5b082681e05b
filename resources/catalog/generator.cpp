// helpdesk-catalog-generator: builds resources/catalog/devices.json from the
// printer and scanner lists Debian ships (foomatic-db, the CUPS drivers'
// own lists, HPLIP's models.dat, SANE's hwdb) plus the hand-written
// curated.json. It spells makes and models with DeviceCatalog's own rules, so
// what the generator writes and what the device page recognises on a
// computer's CUPS queue are cleaned the same way. Run by hand when the
// sources change (resources/catalog/README.md); the build never runs it and
// needs none of those packages.

#include "devices/devicecatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>

using Helpdesk::CatalogEntry;
using Helpdesk::DeviceCatalog;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Ricoh's other badges: the same machines under Lanier, Savin, ... Kept so a
// Savin on the wall can be named, hidden from the make list.
const QStringList &ricohRebrands()
{
    static const QStringList list = {QStringLiteral("Gestetner"), QStringLiteral("Infotec"), QStringLiteral("Lanier"),
                                     QStringLiteral("Nashuatec"), QStringLiteral("NRG"), QStringLiteral("Rex-Rotary"),
                                     QStringLiteral("Savin")};
    return list;
}

// Every spelling seen of one make or one model, with how often, so the
// nicest one is written: "LaserJet" over "Laserjet" or "LASERJET".
struct Spellings
{
    QHash<QString, int> counts;
    QString curated; // a hand-written spelling always wins

    void add(const QString &spelling, bool isCurated)
    {
        counts[spelling] += 1;
        if (isCurated && curated.isEmpty())
            curated = spelling;
    }

    static int humps(const QString &text)
    {
        int count = 0;
        for (qsizetype i = 1; i < text.size(); ++i) {
            if (text.at(i - 1).isLower() && text.at(i).isUpper())
                ++count;
        }
        return count;
    }

    QString best() const
    {
        if (!curated.isEmpty())
            return curated;
        QString winner;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (winner.isEmpty()) {
                winner = it.key();
                continue;
            }
            const QString &candidate = it.key();
            // A brand's own capitals (LaserJet, OfficeJet) first, then what most sources write.
            const int humpsDelta = humps(candidate) - humps(winner);
            const int countDelta = it.value() - counts.value(winner);
            if (humpsDelta > 0 || (humpsDelta == 0 && countDelta > 0)
                || (humpsDelta == 0 && countDelta == 0 && candidate < winner))
                winner = candidate;
        }
        return winner;
    }
};

struct MakeData
{
    Spellings name;
    QHash<QString, Spellings> models; // compactKey(model) -> spellings
};

// Collector: every make and model the sources name, per kind, merged by
// compact key as they arrive. It cleans names only through DeviceCatalog's
// rules and never invents a rule of its own, so the runtime recognises what
// it writes.
class Collector final
{
public:
    // kind -> compactKey(make) -> everything seen
    QMap<QString, QHash<QString, MakeData>> kinds;
    QMap<QString, int> perSource;

    void add(const QString &source, const QString &kind, const QString &make, const QString &model,
             bool curated = false)
    {
        const QString cleanMake = curated ? make.simplified() : DeviceCatalog::normalizedMake(make);
        const QString cleanModel = curated ? model.simplified() : DeviceCatalog::cleanModel(cleanMake, model);
        if (!acceptable(cleanMake, cleanModel))
            return;
        const QString makeKey = DeviceCatalog::compactKey(cleanMake);
        MakeData &data = kinds[kind][makeKey];
        data.name.add(cleanMake, curated);
        data.models[DeviceCatalog::compactKey(cleanModel)].add(cleanModel, curated);
        perSource[source] += 1;
    }

    void addMakeAndModel(const QString &source, const QString &kind, const QString &makeAndModel)
    {
        const CatalogEntry entry = DeviceCatalog::fromMakeAndModel(makeAndModel, kind);
        add(source, kind, entry.make, entry.model);
    }

private:
    static bool acceptable(const QString &make, const QString &model)
    {
        if (make.isEmpty() || model.isEmpty())
            return false;
        // Not devices: CUPS's generic drivers and HPLIP's fax queues.
        static const QRegularExpression notADevice(QStringLiteral(R"(^(?:fax\s?\d*|generic.*|raw.*)$)"),
                                                   QRegularExpression::CaseInsensitiveOption);
        if (make.compare(QLatin1String("Generic"), Qt::CaseInsensitive) == 0 || notADevice.match(model).hasMatch())
            return false;
        return !DeviceCatalog::compactKey(model).isEmpty();
    }
};

bool fail(const QString &message)
{
    err() << "helpdesk-catalog-generator: " << message << '\n';
    err().flush();
    return false;
}

// foomatic-db: one XML file per printer, <make> and <model> at the top.
bool readFoomatic(const QString &dir, Collector &collector)
{
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return fail(QStringLiteral("no printers in %1; apt-get install foomatic-db").arg(dir));
    for (const QString &name : files) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QXmlStreamReader xml(&file);
        QString make;
        QString model;
        int depth = 0;
        while (!xml.atEnd() && (make.isEmpty() || model.isEmpty())) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                if (depth == 2 && xml.name() == QLatin1String("make")) {
                    make = xml.readElementText();
                    --depth;
                } else if (depth == 2 && xml.name() == QLatin1String("model")) {
                    model = xml.readElementText();
                    --depth;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
        if (xml.hasError())
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), xml.errorString()));
        collector.add(QStringLiteral("foomatic-db"), QStringLiteral("printer"), make, model);
    }
    return true;
}

// Each program in /usr/lib/cups/driver lists its PPDs when run with "list":
// "drv:///..." en "Make" "Make Model, driver text" "1284 device id"
bool readCupsDrivers(const QString &dir, Collector &collector)
{
    static const QRegularExpression line(QStringLiteral(R"re(^"([^"]*)"\s+(\S+)\s+"([^"]*)"\s+"([^"]*)")re"));
    const QFileInfoList programs = QDir(dir).entryInfoList(QDir::Files | QDir::Executable, QDir::Name);
    int listed = 0;
    for (const QFileInfo &program : programs) {
        // cups-filters' driverless drivers look for printers on the network
        // instead of listing models: nothing for a catalogue.
        if (program.fileName().startsWith(QLatin1String("driverless")))
            continue;
        QProcess process;
        process.start(program.filePath(), {QStringLiteral("list")});
        if (!process.waitForFinished(120 * 1000)) {
            process.kill();
            process.waitForFinished();
            return fail(QStringLiteral("%1 list did not finish").arg(program.filePath()));
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return fail(QStringLiteral("%1 list failed: %2")
                            .arg(program.filePath(), QString::fromLocal8Bit(process.readAllStandardError())));
        const QString source = QStringLiteral("cups:") + program.fileName();
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &text : lines) {
            const QRegularExpressionMatch found = line.match(text);
            if (!found.hasMatch())
                continue;
            collector.add(source, QStringLiteral("printer"), found.captured(3), found.captured(4));
            ++listed;
        }
    }
    if (listed == 0)
        return fail(QStringLiteral("no CUPS driver in %1 listed a printer; apt-get install printer-driver-gutenprint "
                                   "printer-driver-escpr printer-driver-hpcups openprinting-ppds")
                        .arg(dir));
    return true;
}

// CUPS driver information files (brlaser, hpcups): Manufacturer "X" applies
// to every ModelName "Y" after it.
bool readCupsDrv(const QString &dir, Collector &collector)
{
    static const QRegularExpression manufacturer(QStringLiteral(R"re(^\s*Manufacturer\s+"([^"]+)")re"));
    static const QRegularExpression modelName(QStringLiteral(R"re(^\s*ModelName\s+"([^"]+)")re"));
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.drv")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QString make;
        while (!file.atEnd()) {
            const QString text = QString::fromUtf8(file.readLine());
            if (const auto found = manufacturer.match(text); found.hasMatch())
                make = found.captured(1);
            else if (const auto model = modelName.match(text); model.hasMatch() && !make.isEmpty())
                collector.add(QStringLiteral("cups-drv:") + name, QStringLiteral("printer"), make, model.captured(1));
        }
    }
    return true;
}

// HPLIP: [section] blocks with model1=, model2=, ... and scan-type= (0: none).
bool readHplip(const QString &path, Collector &collector)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(QStringLiteral("cannot read %1 (%2); apt-get install hplip-data").arg(path, file.errorString()));
    static const QRegularExpression modelLine(QStringLiteral(R"(^model\d+=(.+)$)"));
    static const QRegularExpression scanner(QStringLiteral(R"(\bScan\s?Jet\b|\bDigital Sender\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList models;
    bool scans = false;
    static const QRegularExpression ownMake(QStringLiteral(R"(^(?:HP|Apollo)\s)"));
    auto flush = [&] {
        for (QString name : std::as_const(models)) {
            // A few names leave out the make: "Business Inkjet 1000 Printer".
            if (!ownMake.match(name).hasMatch())
                name.prepend(QStringLiteral("HP "));
            const bool scannerOnly = scanner.match(name).hasMatch();
            if (!scannerOnly)
                collector.addMakeAndModel(QStringLiteral("hplip"), QStringLiteral("printer"), name);
            // An all-in-one is a scanner too (through SANE's hpaio backend).
            if (scannerOnly || scans)
                collector.addMakeAndModel(QStringLiteral("hplip"), QStringLiteral("scanner"), name);
        }
        models.clear();
        scans = false;
    };
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.startsWith(QLatin1Char('['))) {
            flush();
        } else if (const auto found = modelLine.match(text); found.hasMatch()) {
            models.append(found.captured(1));
        } else if (text.startsWith(QLatin1String("scan-type="))) {
            scans = text.mid(10).toInt() > 0;
        }
    }
    flush();
    return true;
}

// SANE's udev hwdb: "# Make Model | Make Model" comment lines, each followed
// by the usb: match lines of those devices.
bool readSane(const QString &path, Collector &collector)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(QStringLiteral("cannot read %1 (%2); apt-get install libsane1").arg(path, file.errorString()));
    QString names;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.startsWith(QLatin1String("# "))) {
            names = text.mid(2);
        } else if (text.startsWith(QLatin1String("usb:")) && !names.isEmpty()) {
            const QStringList list = names.split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (const QString &name : list)
                collector.addMakeAndModel(QStringLiteral("sane"), QStringLiteral("scanner"), name.trimmed());
            names.clear();
        } else if (text.isEmpty()) {
            names.clear(); // the file's header comments belong to no device
        }
    }
    return true;
}

// curated.json: {kind: {make: [models]}}, written by hand, taken as written.
bool readCurated(const QString &path, Collector &collector)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return fail(QStringLiteral("%1: %2").arg(path, error.errorString()));
    const QJsonObject kinds = document.object();
    for (auto kind = kinds.begin(); kind != kinds.end(); ++kind) {
        collector.kinds[kind.key()]; // "other": a kind with nothing to pick
        const QJsonObject makes = kind.value().toObject();
        for (auto make = makes.begin(); make != makes.end(); ++make) {
            const QJsonArray models = make.value().toArray();
            for (const QJsonValue &model : models)
                collector.add(QStringLiteral("curated"), kind.key(), make.key(), model.toString(), true);
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-catalog-generator"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds the device catalogue (format 2) from Debian's printer and scanner lists and curated.json."));
    parser.addHelpOption();
    const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("Where to write devices.json."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption curatedOption(QStringLiteral("curated"), QStringLiteral("Hand-written lists."),
                                           QStringLiteral("FILE"),
                                           QStringLiteral(HELPDESK_SOURCE_DIR "/resources/catalog/curated.json"));
    const QCommandLineOption foomaticOption(QStringLiteral("foomatic"), QStringLiteral("foomatic-db printer XML."),
                                            QStringLiteral("DIR"),
                                            QStringLiteral("/usr/share/foomatic/db/source/printer"));
    const QCommandLineOption driversOption(QStringLiteral("cups-drivers"), QStringLiteral("CUPS driver programs."),
                                           QStringLiteral("DIR"), QStringLiteral("/usr/lib/cups/driver"));
    const QCommandLineOption drvOption(QStringLiteral("cups-drv"), QStringLiteral("CUPS .drv files."),
                                       QStringLiteral("DIR"), QStringLiteral("/usr/share/cups/drv"));
    const QCommandLineOption hplipOption(QStringLiteral("hplip"), QStringLiteral("HPLIP models.dat."),
                                         QStringLiteral("FILE"),
                                         QStringLiteral("/usr/share/hplip/data/models/models.dat"));
    const QCommandLineOption saneOption(QStringLiteral("sane-hwdb"), QStringLiteral("SANE's udev hwdb."),
                                        QStringLiteral("FILE"), QStringLiteral("/lib/udev/hwdb.d/20-sane.hwdb"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        QStringLiteral("Date written as \"generated\" (default: today)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("List every make with its model count."));
    parser.addOptions({outputOption, curatedOption, foomaticOption, driversOption, drvOption, hplipOption,
                       saneOption, dateOption, verboseOption});
    parser.process(app);
    if (!parser.isSet(outputOption)) {
        fail(QStringLiteral("--output FILE is required"));
        return 2;
    }

    Collector collector;
    const bool ok = readCurated(parser.value(curatedOption), collector)
                    && readFoomatic(parser.value(foomaticOption), collector)
                    && readCupsDrivers(parser.value(driversOption), collector)
                    && readCupsDrv(parser.value(drvOption), collector)
                    && readHplip(parser.value(hplipOption), collector)
                    && readSane(parser.value(saneOption), collector);
    if (!ok)
        return 1;

    QJsonObject kinds;
    QStringList hidden;
    QTextStream out(stdout);
    for (auto kind = collector.kinds.cbegin(); kind != collector.kinds.cend(); ++kind) {
        QJsonObject makes;
        int modelCount = 0;
        int makeCount = 0;
        int hiddenCount = 0;
        for (const MakeData &make : kind.value()) {
            const QString makeName = make.name.best();
            // A curated "EcoTank L3150" is the drivers' "L3150": keep the
            // curated name with its product line, not both.
            QStringList curatedKeys;
            for (auto model = make.models.cbegin(); model != make.models.cend(); ++model) {
                if (!model->curated.isEmpty())
                    curatedKeys.append(model.key());
            }
            static const QRegularExpression digit(QStringLiteral("\\d"));
            auto coveredByCurated = [&curatedKeys](const QString &key) {
                return key.size() >= 4 && key.contains(digit)
                       && std::any_of(curatedKeys.cbegin(), curatedKeys.cend(), [&key](const QString &curated) {
                              return curated.size() > key.size() && curated.endsWith(key);
                          });
            };
            QStringList models;
            for (auto model = make.models.cbegin(); model != make.models.cend(); ++model) {
                if (model->curated.isEmpty() && coveredByCurated(model.key())) {
                    if (parser.isSet(verboseOption))
                        err() << kind.key() << '\t' << makeName << '\t' << model->best() << "\tcurated as a longer name\n";
                    continue;
                }
                models.append(model->best());
            }
            std::sort(models.begin(), models.end(),
                      [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
            makes.insert(makeName, QJsonArray::fromStringList(models));
            modelCount += int(models.size());
            ++makeCount;
            if (ricohRebrands().contains(makeName)) {
                ++hiddenCount;
                if (!hidden.contains(makeName))
                    hidden.append(makeName);
            }
            if (parser.isSet(verboseOption))
                err() << kind.key() << '\t' << makeName << '\t' << models.size() << '\n';
        }
        kinds.insert(kind.key(), makes);
        out << kind.key() << ": " << modelCount << " models from " << makeCount << " makes";
        if (hiddenCount > 0)
            out << " (" << hiddenCount << " of them hidden rebrands)";
        out << '\n';
    }
    hidden.sort(Qt::CaseInsensitive);
    for (auto it = collector.perSource.cbegin(); it != collector.perSource.cend(); ++it)
        out << "  read " << it.value() << " names from " << it.key() << '\n';

    const QString date = parser.isSet(dateOption) ? parser.value(dateOption)
                                                  : QDate::currentDate().toString(Qt::ISODate);
    QJsonObject root;
    root.insert(QStringLiteral("format"), 2);
    root.insert(QStringLiteral("generated"), date);
    root.insert(QStringLiteral("hidden_makes"), QJsonArray::fromStringList(hidden));
    root.insert(QStringLiteral("kinds"), kinds);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';

    // Read back with the runtime's own reader: a file the programs cannot load is never written.
    QString error;
    const DeviceCatalog check = DeviceCatalog::fromJson(json, &error);
    if (!error.isEmpty() || check.isEmpty()) {
        fail(QStringLiteral("the generated catalogue does not load: %1").arg(error));
        return 1;
    }
    QSaveFile file(parser.value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        fail(QStringLiteral("cannot write %1: %2").arg(parser.value(outputOption), file.errorString()));
        return 1;
    }
    out << "wrote " << parser.value(outputOption) << " (" << json.size() << " bytes, " << check.size()
        << " entries)\n";
    return 0;
}
