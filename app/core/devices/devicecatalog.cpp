#include "devices/devicecatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <string_view>

namespace Helpdesk {

namespace {

constexpr int CurrentFormat = 2;

void sortNaturally(QStringList &list)
{
    auto less = [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; };
    // The generated file is sorted already; checking is far cheaper than sorting.
    if (!std::is_sorted(list.cbegin(), list.cend(), less))
        std::sort(list.begin(), list.end(), less);
}

// One house spelling per manufacturer, and the other names drivers and
// scanner lists use for it. Compared by compactKey(), so "KONICA MINOLTA",
// "Konica-Minolta" and "konica minolta" are one entry. Multi-word names here
// are also what fromMakeAndModel() recognises in front of a model.
struct MakeSpelling
{
    const char *name;
    std::vector<const char *> aliases;
};

const std::vector<MakeSpelling> &makeSpellings()
{
    static const std::vector<MakeSpelling> table = {
        {"HP", {"Hewlett-Packard", "Hewlett Packard", "HP Inc."}},
        {"Epson", {"Seiko Epson"}},
        {"Konica Minolta", {"Minolta", "Minolta-QMS", "Minolta QMS", "QMS", "Konica"}},
        {"Kyocera", {"Kyocera Mita", "Kyocera Document Solutions"}},
        {"UTAX", {"UTAX/TA", "UTAX_TA"}},
        {"OKI", {"Okidata", "Oki Data"}},
        {"Toshiba", {"Toshiba TEC"}},
        {"Océ", {"Oce"}},
        {"Ricoh", {}},
        {"Lanier", {}},
        {"Savin", {}},
        {"Gestetner", {}},
        {"NRG", {}},
        {"Infotec", {}},
        {"Nashuatec", {}},
        {"Rex-Rotary", {}},
        {"Brother", {}},
        {"Canon", {}},
        {"Samsung", {}},
        {"Xerox", {}},
        {"Fuji Xerox", {}},
        {"Fujifilm", {"Fuji Film"}},
        {"Fujitsu", {}},
        {"Lexmark", {"Lexmark International"}},
        {"Sharp", {}},
        {"Dell", {}},
        {"Kodak", {"Eastman Kodak"}},
        {"Kodak Alaris", {}},
        {"Dymo", {"Dymo-CoStar"}},
        {"C.Itoh", {"CItoh"}},
        {"Datamax-O'Neil", {"DatamaxONeil", "Datamax-ONeil"}},
        {"Texas Instruments", {}},
        {"Dai Nippon Printing", {}},
        {"Nidac Copal", {}},
        {"Packard Bell", {}},
        {"Portable Peripheral", {}},
        {"Digital Dream", {}},
        {"BenQ", {}},
        {"UMAX", {}},
        {"Agfa", {}},
        {"HiTi", {}},
        {"InfoPrint", {}},
        {"LaserMaster", {}},
        {"SiPix", {}},
        {"NEC", {}},
        {"IBM", {}},
        {"DEC", {}},
        {"PCPI", {}},
        {"CIAAT", {}},
        {"ASUS", {}},
        {"AOC", {}},
        {"LG", {}},
        {"TP-Link", {}},
        {"D-Link", {}},
        {"MikroTik", {}},
        {"ViewSonic", {}},
        {"Star", {"Star Micronics"}},
    };
    return table;
}

struct MakeTables
{
    QHash<QString, QString> canonicalByKey;    // compactKey of any spelling -> house spelling
    QHash<QString, QStringList> namesByMake;   // house spelling -> itself and its aliases, longest first
};

const MakeTables &makeTables()
{
    static const MakeTables tables = [] {
        MakeTables t;
        for (const MakeSpelling &spelling : makeSpellings()) {
            const QString name = QString::fromUtf8(spelling.name);
            QStringList names = {name};
            for (const char *alias : spelling.aliases)
                names.append(QString::fromUtf8(alias));
            for (const QString &n : std::as_const(names))
                t.canonicalByKey.insert(DeviceCatalog::compactKey(n), name);
            std::sort(names.begin(), names.end(),
                      [](const QString &a, const QString &b) { return a.size() > b.size(); });
            t.namesByMake.insert(name, names);
        }
        return t;
    }();
    return tables;
}

// "Lexmark International", "TOSHIBA TEC Corp.", "Foo Co., Ltd.": the company
// form is not part of the make a person looks for.
QString withoutCompanyForm(QString text)
{
    static const QRegularExpression companyForm(
        QStringLiteral(R"((?:,?\s+(?:Co\.?,?\s*Ltd\.?|Ltd\.?|Inc\.?|Corp\.?|Corporation|GmbH|AG|S\.?A\.?))+\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(companyForm);
    return text.trimmed();
}

// The driver's words after a model name, removed from the end one at a time
// until none is left: "PS3 v3010.106 (recommended)", "(KPDL)", "PXL", "series".
const QList<QRegularExpression> &driverSuffixes()
{
    static const QList<QRegularExpression> list = [] {
        const auto options = QRegularExpression::CaseInsensitiveOption;
        return QList<QRegularExpression>{
            // Glued to the model: "500/420/360PS(P)", "Deskjet 1200c/PS", "LaserJet 2 w/PS".
            QRegularExpression(QStringLiteral(R"((?:\s+w)?/PS$|PS\(P\)$)"), options),
            // Glued or spaced parentheses: "C5700(PS)", "KM-6030 (KPDL)", "(recommended)".
            QRegularExpression(QStringLiteral(R"(\s*\((?:PS|PS\d|PS\(P\)|KPDL(?:-\d)?|PCL\s?\d?[ec]?|PCL-?XL|recommended)\)\s*$)"),
                               options),
            QRegularExpression(
                QStringLiteral(R"(\s+(?:PS|PS\d|PS\(P\)|PDF|PXL|PCL|PCL\s?\d[ec]?|PCL-?XL|KPDL|BR-Script\d?J?|PPD|JPN|)"
                               R"(Post[Ss]cript\d?|v\d+(?:\.\d+)+|\d+\.\d+|hpcups(?:\s+[\d.]+)?|hpijs(?:\s+[\d.]+)?|)"
                               R"(pxlcolor|pxlmono|pxldpl|ljet\d|series|Foomatic/\S*)\s*$)"),
                options),
        };
    }();
    return list;
}

// HPLIP's marketing names: "Photosmart C4175 All-in-One Printer",
// "LaserJet Pro M251nw Color Printer". The model is what is left.
QString withoutProductWords(QString text)
{
    static const QRegularExpression multifunction(QStringLiteral(R"(\bMultifunction Printer\b)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression allInOne(
        QStringLiteral(R"(\s*\b(?:e-)?All-in[-_ ]One(?:\s+Printer)?\b)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scanner(QStringLiteral(R"(\s+(?:Flatbed|Document|Sheet-?fed)\s+Scanner$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    // "Photosmart Premium Fax series -C309a"; but "Officejet Series 300" names the model by its number.
    static const QRegularExpression series(QStringLiteral(R"(\s+series\b(?!\s+\d))"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dashedSku(QStringLiteral(R"(\s+-\s*(?=\w))"));
    static const QRegularExpression printer(
        QStringLiteral(R"(\s*\b(?:(?:Color|Colour|Mono|Monochrome)\s+)?(?:(?:Inkjet|Photo|Laser|Mobile|Wide Format)\s+)?)"
                       R"(Printer\b)"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(multifunction, QStringLiteral("MFP"));
    text.remove(allInOne);
    text.remove(printer);
    text.remove(scanner);
    text.remove(series);
    // "Officejet 6500 Wireless - E709n": the dash joined the words just removed.
    text.replace(dashedSku, QStringLiteral(" "));
    return text.simplified();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// What a character adds to a compact key, if anything.
QString compactPart(QChar c)
{
    if (c.unicode() < 0x80) {
        if (c.isDigit())
            return QString(c);
        if (c.isLetter())
            return QString(c.toLower());
        return QString();
    }
    QChar base = c;
    if (c.decompositionTag() != QChar::NoDecomposition) {
        const QString decomposed = c.decomposition();
        if (!decomposed.isEmpty())
            base = decomposed.at(0); // "é" -> "e", "²" -> "2"
    }
    if (!base.isLetterOrNumber())
        return QString();
    return base.toCaseFolded();
}

enum CharClass { Separator, Lower, Upper, Digit, OtherLetter };

CharClass charClass(QChar c)
{
    if (c.isDigit())
        return Digit;
    if (c.isLower())
        return Lower;
    if (c.isUpper())
        return Upper;
    if (c.isLetterOrNumber())
        return OtherLetter;
    return Separator;
}

// Builds the compact key of "make model" and, per byte, where a typed word
// may start well: 0 after a space or punctuation, 1 where letters turn into
// digits or a camel hump ("L|2340|D", "Laser|Jet"), 2 anywhere else.
void compactWithStarts(const QString &text, std::string &key, std::string &starts)
{
    CharClass previous = Separator;
    for (const QChar c : text) {
        const CharClass current = charClass(c);
        // ASCII is nearly all of the catalogue: no allocation per character.
        char ascii = 0;
        QByteArray part;
        if (c.unicode() < 0x80) {
            if (current != Separator)
                ascii = char(c.toLower().unicode());
        } else {
            part = compactPart(c).toUtf8();
        }
        if (ascii == 0 && part.isEmpty()) {
            previous = Separator;
            continue;
        }
        char start = 2;
        if (previous == Separator)
            start = 0;
        else if ((previous == Digit) != (current == Digit) || (previous == Lower && current == Upper))
            start = 1;
        if (ascii != 0) {
            key.push_back(ascii);
            starts.push_back(start);
        } else {
            key.append(part.constData(), size_t(part.size()));
            starts.push_back(start);
            starts.append(size_t(part.size() - 1), char(2));
        }
        previous = current;
    }
}

QString kindKey(const QString &kind, const QString &rest)
{
    return kind + QLatin1Char('\n') + rest;
}

} // namespace

const DeviceCatalog &DeviceCatalog::builtIn()
{
    // Thread-safe since C++11, so a page may warm it up from a worker thread.
    static const DeviceCatalog catalog = [] {
        QFile file(QStringLiteral(":/catalog/devices.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("Device catalogue resource is missing");
            return DeviceCatalog();
        }
        QString error;
        DeviceCatalog result = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qWarning("Device catalogue: %s", qPrintable(error));
        return result;
    }();
    return catalog;
}

DeviceCatalog DeviceCatalog::fromJson(const QByteArray &json, QString *errorMessage)
{
    DeviceCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        // Valid JSON of the wrong shape (an array) has no parse error to report.
        if (errorMessage)
            *errorMessage = parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("DeviceCatalog", "The device catalogue is not valid JSON: %1 at offset %2.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QCoreApplication::translate("DeviceCatalog",
                                              "The device catalogue must be a JSON object of device kinds, "
                                              "e.g. {\"printer\": {\"HP\": [\"LaserJet Pro M404dn\"]}}.");
        return catalog;
    }
    const QJsonObject root = document.object();
    QJsonObject kinds = root;
    // Format 1 is the bare {kind: {make: [models]}}; format 2 says so and
    // wraps the kinds, next to the list of rebranded makes.
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isUndefined()) {
        if (format.toInt() != CurrentFormat) {
            if (errorMessage)
                *errorMessage = QCoreApplication::translate(
                                    "DeviceCatalog",
                                    "The device catalogue has format %1; this program reads formats 1 and 2.")
                                    .arg(format.toVariant().toString());
            return catalog;
        }
        if (!root.value(QStringLiteral("kinds")).isObject()) {
            if (errorMessage)
                *errorMessage = QCoreApplication::translate(
                    "DeviceCatalog",
                    "The device catalogue must be a JSON object of device kinds, "
                    "e.g. {\"printer\": {\"HP\": [\"LaserJet Pro M404dn\"]}}.");
            return catalog;
        }
        kinds = root.value(QStringLiteral("kinds")).toObject();
        const QJsonArray hidden = root.value(QStringLiteral("hidden_makes")).toArray();
        for (const QJsonValue &make : hidden)
            catalog.m_hiddenMakes.insert(make.toString());
    }
    // {"printer": {"HP": ["LaserJet Pro M404dn", ...], ...}, ...}
    for (auto kind = kinds.begin(); kind != kinds.end(); ++kind) {
        const QJsonObject makes = kind.value().toObject();
        catalog.m_models[kind.key()]; // a kind with no makes ("other") still exists
        for (auto make = makes.begin(); make != makes.end(); ++make) {
            const QJsonArray array = make.value().toArray();
            QStringList models;
            models.reserve(array.size());
            for (const QJsonValue &model : array)
                models.append(model.toString());
            catalog.add(kind.key(), make.key(), models);
        }
    }
    catalog.buildIndex();
    return catalog;
}

void DeviceCatalog::add(const QString &kind, const QString &make, const QStringList &models)
{
    QStringList list = models;
    list.removeDuplicates();
    sortNaturally(list);
    m_models[kind].insert(make, list);
}

void DeviceCatalog::buildIndex()
{
    m_makes.clear();
    m_entries.clear();
    std::size_t total = 0;
    for (auto kind = m_models.cbegin(); kind != m_models.cend(); ++kind) {
        for (const QStringList &models : kind.value())
            total += std::size_t(models.size());
    }
    m_entries.reserve(total);
    m_exact.reserve(qsizetype(total));
    m_modelByKey.reserve(qsizetype(total));

    const MakeTables &tables = makeTables();
    for (auto kind = m_models.cbegin(); kind != m_models.cend(); ++kind) {
        for (auto make = kind.value().cbegin(); make != kind.value().cend(); ++make) {
            Make info;
            info.kind = kind.key();
            info.name = make.key();
            info.hidden = m_hiddenMakes.contains(make.key());
            const QString makeKey = compactKey(make.key());
            m_makeByKey.insert(kindKey(kind.key(), makeKey), make.key());
            info.keys.push_back(makeKey.toStdString());
            // Other names of the make: "Hewlett-Packard" finds HP, "Minolta" Konica Minolta.
            const QStringList names = tables.namesByMake.value(tables.canonicalByKey.value(makeKey));
            for (const QString &name : names) {
                const QString key = compactKey(name);
                if (key != makeKey) {
                    info.keys.push_back(key.toStdString());
                    // A make listed under this very name wins over an alias.
                    if (!m_makeByKey.contains(kindKey(kind.key(), key)))
                        m_makeByKey.insert(kindKey(kind.key(), key), make.key());
                }
            }
            const int makeIndex = int(m_makes.size());
            m_makes.push_back(std::move(info));

            for (const QString &model : make.value()) {
                Indexed entry;
                entry.make = makeIndex;
                entry.model = model;
                compactWithStarts(make.key(), entry.key, entry.starts);
                entry.makeLength = int(entry.key.size());
                compactWithStarts(model, entry.key, entry.starts);
                m_exact.insert(kindKey(kind.key(), make.key() + QLatin1Char('\n') + model.toCaseFolded()));
                m_modelByKey.insert(kindKey(kind.key(), make.key() + QLatin1Char('\n') + compactKey(model)),
                                    int(m_entries.size()));
                m_entries.push_back(std::move(entry));
            }
        }
    }
}

QStringList DeviceCatalog::makes(const QString &kind, bool includeHidden) const
{
    QStringList makes = m_models.value(kind).keys();
    if (!includeHidden)
        makes.removeIf([this](const QString &make) { return m_hiddenMakes.contains(make); });
    sortNaturally(makes);
    return makes;
}

bool DeviceCatalog::hasMakes(const QString &kind) const
{
    const auto byMake = m_models.constFind(kind);
    if (byMake == m_models.cend())
        return false;
    for (auto it = byMake->keyBegin(); it != byMake->keyEnd(); ++it) {
        if (!m_hiddenMakes.contains(*it))
            return true;
    }
    return false;
}

QStringList DeviceCatalog::models(const QString &kind, const QString &make) const
{
    const auto byMake = m_models.constFind(kind);
    if (byMake == m_models.cend())
        return {};
    return byMake->value(canonicalMake(kind, make));
}

QString DeviceCatalog::canonicalMake(const QString &kind, const QString &make) const
{
    const QString key = compactKey(make);
    if (key.isEmpty())
        return QString();
    const auto found = m_makeByKey.constFind(kindKey(kind, key));
    if (found != m_makeByKey.cend())
        return *found;
    // A spelling only the rules know: "Hewlett Packard Inc.", "TOSHIBA TEC Corp.".
    const QString normalized = compactKey(normalizedMake(make));
    return normalized == key ? QString() : m_makeByKey.value(kindKey(kind, normalized));
}

bool DeviceCatalog::contains(const QString &kind, const QString &make, const QString &model) const
{
    const QString canonical = canonicalMake(kind, make);
    if (canonical.isEmpty())
        return false;
    return m_exact.contains(kindKey(kind, canonical + QLatin1Char('\n') + model.trimmed().toCaseFolded()));
}

QString DeviceCatalog::compactKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            if (c.isLetterOrNumber())
                key += c.toLower();
        } else {
            key += compactPart(c);
        }
    }
    return key;
}

QString DeviceCatalog::normalizedMake(const QString &rawMake)
{
    QString make = withoutCompanyForm(rawMake.simplified());
    const MakeTables &tables = makeTables();
    const auto found = tables.canonicalByKey.constFind(compactKey(make));
    if (found != tables.canonicalByKey.cend())
        return *found;
    // Scanner lists join rebadged makes: "Medion/Lifetec/Tevion/Cytron".
    const qsizetype slash = make.indexOf(QLatin1Char('/'));
    if (slash > 0)
        return normalizedMake(make.left(slash));
    return make;
}

QString DeviceCatalog::cleanModel(const QString &make, const QString &rawModel)
{
    QString model = rawModel.simplified();
    // A company form in the middle would be cut at its comma below.
    static const QRegularExpression coLtd(QStringLiteral(R"(\bCo\.,\s*Ltd\.?)"));
    model.remove(coLtd);
    // Everything after a comma is the driver talking: ", hpcups 3.22.10",
    // ", Epson Inkjet Printer Driver (ESC/P-R) for Linux", ", 1.2".
    const qsizetype comma = model.indexOf(QLatin1Char(','));
    if (comma >= 0)
        model.truncate(comma);
    static const QRegularExpression driverTail(QStringLiteral(R"(\s+(?:-\s+)?(?:CUPS\+Gutenprint|Foomatic/).*$)"),
                                               QRegularExpression::CaseInsensitiveOption);
    model.remove(driverTail);
    model = model.simplified();

    // The make repeated in front, under any of its names: "Hewlett-Packard
    // ScanJet 4100C", "Dell Dell 1235cn", "Kyocera Mita KM-1810".
    const QString canonical = normalizedMake(make);
    QStringList names = makeTables().namesByMake.value(canonical);
    names << make.simplified() << canonical;
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString &name : std::as_const(names)) {
            if (name.isEmpty() || model.size() <= name.size()
                || !model.startsWith(name, Qt::CaseInsensitive) || isWordChar(model.at(name.size())))
                continue;
            QString rest = model.mid(name.size()).trimmed();
            rest = withoutCompanyForm(QStringLiteral("x ") + rest).mid(2); // "Co., Ltd." left behind
            static const QRegularExpression leadingForm(QStringLiteral(R"(^(?:Co\.?|Ltd\.?|Inc\.?|Corp\.?)\s+)"),
                                                        QRegularExpression::CaseInsensitiveOption);
            rest.remove(leadingForm);
            if (rest.isEmpty() || !rest.at(0).isLetterOrNumber())
                continue;
            model = rest;
            stripped = true;
            break;
        }
    }

    // "Benq (Acer) 5000": the name in brackets is a footnote, not the model's start.
    static const QRegularExpression leadingNote(QStringLiteral(R"(^(\([^)]*\))\s+(.+)$)"));
    if (const QRegularExpressionMatch note = leadingNote.match(model); note.hasMatch())
        model = note.captured(2) + QLatin1Char(' ') + note.captured(1);
    // A bracket the comma above cut open: "PS3 (recommended".
    const qsizetype open = model.lastIndexOf(QLatin1Char('('));
    if (open > 0 && model.indexOf(QLatin1Char(')'), open) < 0)
        model.truncate(open);

    model = withoutProductWords(model);
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QRegularExpression &suffix : driverSuffixes()) {
            const QRegularExpressionMatch found = suffix.match(model);
            if (found.hasMatch() && found.capturedStart() > 0) {
                model.truncate(found.capturedStart());
                stripped = true;
            }
        }
    }
    // Leftover joints: "XP-850 -", "SCX-4x21 /".
    while (!model.isEmpty() && QStringLiteral(" -/,;:").contains(model.back()))
        model.chop(1);
    while (!model.isEmpty() && QStringLiteral(" -/,;:").contains(model.front()))
        model.remove(0, 1);
    return model.simplified();
}

CatalogEntry DeviceCatalog::fromMakeAndModel(const QString &makeAndModel, const QString &kind)
{
    const QString text = makeAndModel.simplified();
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CatalogEntry entry;
    entry.kind = kind;
    if (words.isEmpty())
        return entry;
    if (words.size() == 1) {
        entry.make = normalizedMake(words.constFirst());
        return entry;
    }
    // The longest run of leading words that names a known make
    // ("KONICA MINOLTA magicolor 1690MF"), else the first word ("Pantum P2500W").
    const MakeTables &tables = makeTables();
    QString rawMake = words.constFirst();
    for (int count = std::min<int>(4, int(words.size()) - 1); count >= 1; --count) {
        const QString candidate = QStringList(words.mid(0, count)).join(QLatin1Char(' '));
        if (tables.canonicalByKey.contains(compactKey(withoutCompanyForm(candidate)))) {
            rawMake = candidate;
            break;
        }
    }
    entry.make = normalizedMake(rawMake);
    entry.model = cleanModel(rawMake, text);
    if (entry.model.compare(text, Qt::CaseInsensitive) == 0 && words.size() > 1) {
        // Nothing was stripped: the make was not a prefix cleanModel knew.
        entry.model = cleanModel(entry.make, QStringList(words.mid(1)).join(QLatin1Char(' ')));
    }
    return entry;
}

std::optional<CatalogEntry> DeviceCatalog::match(const CatalogEntry &entry) const
{
    const QString kind = entry.kind.isEmpty() ? QStringLiteral("printer") : entry.kind;
    CatalogEntry cleaned = entry;
    if (cleaned.make.trimmed().isEmpty())
        cleaned = fromMakeAndModel(entry.model, kind);
    const QString make = canonicalMake(kind, cleaned.make);
    if (make.isEmpty())
        return std::nullopt;
    for (const QString &model : {cleaned.model, cleanModel(make, cleaned.model)}) {
        const auto found = m_modelByKey.constFind(kindKey(kind, make + QLatin1Char('\n') + compactKey(model)));
        if (found != m_modelByKey.cend())
            return CatalogEntry{kind, make, m_entries.at(std::size_t(*found)).model};
    }
    return std::nullopt;
}

QList<CatalogEntry> DeviceCatalog::search(const QString &text, const QString &kind, int limit) const
{
    const std::size_t wanted = limit > 0 ? std::size_t(limit) : m_entries.size();
    QList<CatalogEntry> results;
    auto entryAt = [this](std::size_t index) {
        const Indexed &e = m_entries[index];
        const Make &make = m_makes[std::size_t(e.make)];
        return CatalogEntry{make.kind, make.name, e.model};
    };

    std::vector<std::string> words;
    std::string joined;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const std::string key = compactKey(word).toStdString();
        if (!key.empty()) {
            words.push_back(key);
            joined += key;
        }
    }

    if (words.empty()) {
        // The whole catalogue, in a stable order: kind, make, model.
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            if (kind.isEmpty() || m_makes[std::size_t(m_entries[i].make)].kind == kind)
                order.push_back(i);
        }
        std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
            const Make &ma = m_makes[std::size_t(m_entries[a].make)];
            const Make &mb = m_makes[std::size_t(m_entries[b].make)];
            if (ma.kind != mb.kind)
                return ma.kind < mb.kind;
            if (int c = ma.name.compare(mb.name, Qt::CaseInsensitive))
                return c < 0;
            return m_entries[a].model.compare(m_entries[b].model, Qt::CaseInsensitive) < 0;
        });
        for (std::size_t i = 0; i < order.size() && std::size_t(results.size()) < wanted; ++i)
            results.append(entryAt(order[i]));
        return results;
    }

    struct Hit
    {
        int tier;    // 0 whole name, 1 name starts with the text, 2 words found
        int quality; // sum over words: 0 whole word ... 3 inside a word
        int length;  // of the model: shorter first among equals
        std::size_t index;
    };
    std::vector<Hit> hits;
    const std::string_view all(joined);

    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Indexed &entry = m_entries[i];
        const Make &make = m_makes[std::size_t(entry.make)];
        if (!kind.isEmpty() && make.kind != kind)
            continue;
        const std::string_view key(entry.key);
        const std::string_view model = key.substr(std::size_t(entry.makeLength));

        bool makeNamed = false;
        int quality = 0;
        bool matched = true;
        for (const std::string &word : words) {
            int best = 4;
            bool inMake = false;
            for (std::size_t at = key.find(word); at != std::string_view::npos; at = key.find(word, at + 1)) {
                const std::size_t end = at + word.size();
                const char start = entry.starts[at];
                int q = start == 2 ? 3 : start == 1 ? 2 : 1;
                if (start == 0 && (end == key.size() || entry.starts[end] == 0))
                    q = 0;
                if (q < best) {
                    best = q;
                    inMake = end <= std::size_t(entry.makeLength);
                }
                if (best == 0)
                    break;
            }
            if (best == 4) {
                // The make's other names: "hewlett", "minolta".
                for (std::size_t k = 1; k < make.keys.size() && best == 4; ++k) {
                    const std::size_t at = make.keys[k].find(word);
                    if (at != std::string::npos) {
                        best = make.keys[k].size() == word.size() ? 0 : at == 0 ? 1 : 3;
                        inMake = true;
                    }
                }
            }
            if (best == 4) {
                matched = false;
                break;
            }
            makeNamed = makeNamed || inMake;
            quality += best;
        }
        if (!matched || (make.hidden && !makeNamed))
            continue;

        int tier = 2;
        if (all == model || all == key) {
            tier = 0;
        } else if (model.substr(0, all.size()) == all || key.substr(0, all.size()) == all) {
            tier = 1;
        } else {
            for (std::size_t k = 1; k < make.keys.size(); ++k) {
                const std::string &alias = make.keys[k];
                if (all.size() > alias.size() && all.substr(0, alias.size()) == alias) {
                    const std::string_view rest = all.substr(alias.size());
                    tier = rest == model ? 0 : model.substr(0, rest.size()) == rest ? 1 : 2;
                    if (tier < 2)
                        break;
                }
            }
        }
        hits.push_back({tier, quality, int(entry.model.size()), i});
    }

    auto better = [this](const Hit &a, const Hit &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.quality != b.quality)
            return a.quality < b.quality;
        if (a.length != b.length)
            return a.length < b.length;
        const Indexed &ea = m_entries[a.index];
        const Indexed &eb = m_entries[b.index];
        if (ea.make != eb.make)
            return m_makes[std::size_t(ea.make)].name.compare(m_makes[std::size_t(eb.make)].name,
                                                              Qt::CaseInsensitive) < 0;
        return ea.model.compare(eb.model, Qt::CaseInsensitive) < 0;
    };
    const std::size_t count = std::min(wanted, hits.size());
    std::partial_sort(hits.begin(), hits.begin() + std::ptrdiff_t(count), hits.end(), better);
    results.reserve(qsizetype(count));
    for (std::size_t i = 0; i < count; ++i)
        results.append(entryAt(hits[i].index));
    return results;
}

} // namespace Helpdesk
