#include "devices/devicenames.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace Helpdesk {

namespace {

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
                t.canonicalByKey.insert(DeviceNames::compactKey(n), name);
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

} // namespace

QString DeviceNames::compactPart(QChar c)
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

QStringList DeviceNames::namesOf(const QString &makeKey)
{
    const MakeTables &tables = makeTables();
    return tables.namesByMake.value(tables.canonicalByKey.value(makeKey));
}

QString DeviceNames::compactKey(const QString &text)
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

namespace {
// The make repeated in front, under any of its names: "Hewlett-Packard
// ScanJet 4100C", "Dell Dell 1235cn", "Kyocera Mita KM-1810".
QString withoutMakeInFront(QString model, const QString &make)
{
    const QString canonical = DeviceNames::normalizedMake(make);
    QStringList names = DeviceNames::namesOf(DeviceNames::compactKey(canonical));
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
    return model;
}

} // namespace

QString DeviceNames::normalizedMake(const QString &rawMake)
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

QString DeviceNames::cleanModel(const QString &make, const QString &rawModel)
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

    model = withoutMakeInFront(model, make);

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

CatalogEntry DeviceNames::fromMakeAndModel(const QString &makeAndModel, const QString &kind)
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

} // namespace Helpdesk
