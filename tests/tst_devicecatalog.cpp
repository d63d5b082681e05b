// DeviceCatalog: the makes and models the device page offers, so a report says
// "Brother HL-L2340D" and not "the grey printer": the generated catalogue's
// size and spellings, the rules that clean drivers' names, search, and
// matching this computer's CUPS printers to the catalogue.

#include "devices/devicecatalog.h"
#include "model/taxonomy.h"

#include <QStandardPaths>
#include <QTest>

using Helpdesk::CatalogEntry;
using Helpdesk::DeviceCatalog;

namespace {
QString describe(const QList<CatalogEntry> &entries)
{
    QStringList lines;
    for (const CatalogEntry &entry : entries)
        lines.append(entry.kind + QLatin1Char('/') + entry.make + QLatin1Char('/') + entry.model);
    return lines.join(QLatin1String("; "));
}

int modelCount(const DeviceCatalog &catalog, const QString &kind)
{
    int count = 0;
    for (const QString &make : catalog.makes(kind, true))
        count += int(catalog.models(kind, make).size());
    return count;
}
} // namespace

class TestDeviceCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void builtInPrinters();
    void builtInCoversKinds();
    void builtInIsSortedWithoutDuplicates();
    void canonicalMake_data();
    void canonicalMake();
    void contains_data();
    void contains();
    void modelsByAnySpellingOfMake();
    void unknownKindIsEmpty();
    void fromJson();
    void fromJsonBroken_data();
    void fromJsonBroken();

    void builtInIsLarge();
    void builtInKeepsSpellingsOthersRelyOn();
    void canonicalMakeAliases_data();
    void canonicalMakeAliases();
    void formatTwo();
    void formatTwoHiddenMakes();
    void unknownFormatIsRefused();

    void normalizedMake_data();
    void normalizedMake();
    void cleanModel_data();
    void cleanModel();
    void fromMakeAndModel_data();
    void fromMakeAndModel();
    void matchCupsPrinters_data();
    void matchCupsPrinters();
    void matchMisses();

    void search_data();
    void search();
    void searchMisses_data();
    void searchMisses();
    void searchRanksWholeNamesFirst();
    void searchAllKinds();
    void searchHidesRebrandsUnlessNamed();
    void searchEmptyListsEverything();
    void searchLimit();
};

void TestDeviceCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDeviceCatalog::builtInPrinters()
{
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    QVERIFY(!catalog.isEmpty());
    const QStringList makes = catalog.makes(QStringLiteral("printer"));
    QVERIFY2(makes.contains(QLatin1String("Brother")), qPrintable(makes.join(QLatin1String(", "))));
    QVERIFY2(makes.contains(QLatin1String("HP")), qPrintable(makes.join(QLatin1String(", "))));
    QVERIFY(catalog.models(QStringLiteral("printer"), QStringLiteral("Brother")).contains(QLatin1String("HL-L2340D")));
    QVERIFY(catalog.models(QStringLiteral("printer"), QStringLiteral("HP")).contains(QLatin1String("LaserJet Pro M404dn")));
}

void TestDeviceCatalog::builtInCoversKinds()
{
    // Every kind a problem category presets on the device page has something
    // to pick, except "other", which is free text.
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    for (const auto &category : Helpdesk::Taxonomy::instance().categories()) {
        if (category.deviceKind == QLatin1String("other"))
            continue;
        QVERIFY2(!catalog.makes(category.deviceKind).isEmpty(), qPrintable(category.deviceKind));
    }
    QVERIFY(!catalog.makes(QStringLiteral("laptop")).isEmpty());
}

void TestDeviceCatalog::builtInIsSortedWithoutDuplicates()
{
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    auto sorted = [](const QStringList &list) {
        for (int i = 1; i < list.size(); ++i) {
            if (list.at(i - 1).compare(list.at(i), Qt::CaseInsensitive) >= 0)
                return false;
        }
        return true;
    };
    for (const QString &kind : Helpdesk::Taxonomy::deviceKinds()) {
        const QStringList makes = catalog.makes(kind);
        QVERIFY2(sorted(makes), qPrintable(kind + QStringLiteral(": ") + makes.join(QLatin1String(", "))));
        for (const QString &make : makes) {
            const QStringList models = catalog.models(kind, make);
            QVERIFY2(!models.isEmpty(), qPrintable(kind + QLatin1Char('/') + make));
            QVERIFY2(sorted(models), qPrintable(kind + QLatin1Char('/') + make + QStringLiteral(": ")
                                                + models.join(QLatin1String(", "))));
        }
    }
}

void TestDeviceCatalog::canonicalMake_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("hp") << QStringLiteral("printer") << QStringLiteral("hp") << QStringLiteral("HP");
    QTest::newRow("HP") << QStringLiteral("printer") << QStringLiteral("HP") << QStringLiteral("HP");
    QTest::newRow("brother shouting") << QStringLiteral("printer") << QStringLiteral("BROTHER") << QStringLiteral("Brother");
    QTest::newRow("spaces around") << QStringLiteral("printer") << QStringLiteral("  brother ") << QStringLiteral("Brother");
    QTest::newRow("unknown make") << QStringLiteral("printer") << QStringLiteral("Grey One") << QString();
    QTest::newRow("empty") << QStringLiteral("printer") << QString() << QString();
    QTest::newRow("unknown kind") << QStringLiteral("toaster") << QStringLiteral("hp") << QString();
}

void TestDeviceCatalog::canonicalMake()
{
    QFETCH(QString, kind);
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    QCOMPARE(DeviceCatalog::builtIn().canonicalMake(kind, typed), canonical);
}

void TestDeviceCatalog::contains_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("found");

    QTest::newRow("exact") << QStringLiteral("printer") << QStringLiteral("Brother") << QStringLiteral("HL-L2340D") << true;
    QTest::newRow("lower case") << QStringLiteral("printer") << QStringLiteral("brother") << QStringLiteral("hl-l2340d") << true;
    QTest::newRow("upper case") << QStringLiteral("printer") << QStringLiteral("HP") << QStringLiteral("LASERJET PRO M404DN") << true;
    QTest::newRow("spaces around") << QStringLiteral("printer") << QStringLiteral(" hp ") << QStringLiteral(" LaserJet Pro M404dn ") << true;
    QTest::newRow("wrong make") << QStringLiteral("printer") << QStringLiteral("HP") << QStringLiteral("HL-L2340D") << false;
    QTest::newRow("wrong kind") << QStringLiteral("monitor") << QStringLiteral("Brother") << QStringLiteral("HL-L2340D") << false;
    // "LaserJet" alone is a real model (the 1984 original); half a current name is not.
    QTest::newRow("partial model") << QStringLiteral("printer") << QStringLiteral("HP") << QStringLiteral("LaserJet Pro M40") << false;
    QTest::newRow("made up") << QStringLiteral("printer") << QStringLiteral("HP") << QStringLiteral("the grey one") << false;
    QTest::newRow("empty") << QStringLiteral("printer") << QString() << QString() << false;
}

void TestDeviceCatalog::contains()
{
    QFETCH(QString, kind);
    QFETCH(QString, make);
    QFETCH(QString, model);
    QFETCH(bool, found);
    QCOMPARE(DeviceCatalog::builtIn().contains(kind, make, model), found);
}

void TestDeviceCatalog::modelsByAnySpellingOfMake()
{
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    const QStringList hp = catalog.models(QStringLiteral("printer"), QStringLiteral("HP"));
    QVERIFY(!hp.isEmpty());
    QCOMPARE(catalog.models(QStringLiteral("printer"), QStringLiteral("hp")), hp);
    QVERIFY(catalog.models(QStringLiteral("printer"), QStringLiteral("Grey One")).isEmpty());
}

void TestDeviceCatalog::unknownKindIsEmpty()
{
    QVERIFY(DeviceCatalog::builtIn().makes(QStringLiteral("toaster")).isEmpty());
    QVERIFY(DeviceCatalog::builtIn().makes(QString()).isEmpty());
}

void TestDeviceCatalog::fromJson()
{
    QString error;
    const DeviceCatalog catalog = DeviceCatalog::fromJson(R"({
        "printer": {
            "Kyocera": ["ECOSYS P2040dn", "ECOSYS M2040dn", "ECOSYS P2040dn"],
            "canon": ["i-SENSYS MF443dw"],
            "Брат": ["Модель 1"]
        },
        "phone": {"Yealink": ["T46U"]}
    })",
                                                          &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!catalog.isEmpty());
    // Sorted ignoring case; each model once.
    QCOMPARE(catalog.makes(QStringLiteral("printer")),
             QStringList({QStringLiteral("canon"), QStringLiteral("Kyocera"), QStringLiteral("Брат")}));
    QCOMPARE(catalog.models(QStringLiteral("printer"), QStringLiteral("kyocera")),
             QStringList({QStringLiteral("ECOSYS M2040dn"), QStringLiteral("ECOSYS P2040dn")}));
    QVERIFY(catalog.contains(QStringLiteral("printer"), QStringLiteral("брат"), QStringLiteral("модель 1")));
    QCOMPARE(catalog.canonicalMake(QStringLiteral("phone"), QStringLiteral("YEALINK")), QStringLiteral("Yealink"));
    // Not the built-in catalogue: only what the file says.
    QVERIFY(catalog.makes(QStringLiteral("monitor")).isEmpty());
}

void TestDeviceCatalog::fromJsonBroken_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("truncated") << QByteArray(R"({"printer": {"HP": ["LaserJet")");
    QTest::newRow("trailing comma") << QByteArray(R"({"printer": {"HP": ["LaserJet",]}})");
    QTest::newRow("not json") << QByteArray("printer: HP LaserJet");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("array instead of object") << QByteArray(R"(["HP", "Brother"])");
    QTest::newRow("format 2 without kinds") << QByteArray(R"({"format": 2, "hidden_makes": []})");
    QTest::newRow("format 2, kinds not an object") << QByteArray(R"({"format": 2, "kinds": ["printer"]})");
}

void TestDeviceCatalog::fromJsonBroken()
{
    QFETCH(QByteArray, json);
    QString error;
    const DeviceCatalog catalog = DeviceCatalog::fromJson(json, &error);
    QVERIFY(catalog.isEmpty());
    QVERIFY(catalog.makes(QStringLiteral("printer")).isEmpty());
    QVERIFY2(!error.trimmed().isEmpty(), "a broken catalogue needs a message");
    // The message must say something is wrong, not that all is well.
    QVERIFY2(!error.contains(QLatin1String("no error"), Qt::CaseInsensitive), qPrintable(error));
}

void TestDeviceCatalog::builtInIsLarge()
{
    // Generated from foomatic-db, the CUPS drivers, HPLIP and SANE: a few
    // dozen hand-picked models would send most people to "Other".
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    const int printers = modelCount(catalog, QStringLiteral("printer"));
    const int printerMakes = int(catalog.makes(QStringLiteral("printer"), true).size());
    const int scanners = modelCount(catalog, QStringLiteral("scanner"));
    QVERIFY2(printers >= 10000, qPrintable(QString::number(printers)));
    QVERIFY2(printerMakes >= 60, qPrintable(QString::number(printerMakes)));
    QVERIFY2(scanners >= 1500, qPrintable(QString::number(scanners)));
    // The curated kinds are still there.
    for (const char *kind : {"computer", "laptop", "monitor", "network", "phone"})
        QVERIFY2(modelCount(catalog, QString::fromLatin1(kind)) >= 10, kind);
}

void TestDeviceCatalog::builtInKeepsSpellingsOthersRelyOn()
{
    // The wizard's, the report's and the README's examples, spelt exactly.
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    const QString printer = QStringLiteral("printer");
    QVERIFY(catalog.models(printer, QStringLiteral("Brother")).contains(QStringLiteral("HL-L2340D")));
    QVERIFY(catalog.models(printer, QStringLiteral("HP")).contains(QStringLiteral("LaserJet Pro M404dn")));
    QVERIFY(catalog.models(printer, QStringLiteral("HP")).contains(QStringLiteral("LaserJet 4050")));
    QVERIFY(catalog.models(printer, QStringLiteral("Epson")).contains(QStringLiteral("ET-2850")));
    QVERIFY(catalog.models(QStringLiteral("computer"), QStringLiteral("HP")).contains(QStringLiteral("EliteDesk 800 G6")));
    // Nothing of another make under Brother (the field rules test "model of another make").
    QVERIFY(!catalog.contains(printer, QStringLiteral("HP"), QStringLiteral("HL-L2340D")));
    // One spelling per make.
    const QStringList makes = catalog.makes(printer, true);
    for (const char *gone : {"Hewlett-Packard", "EPSON", "KONICA MINOLTA", "Kyocera Mita", "Minolta", "RICOH", "Generic"})
        QVERIFY2(!makes.contains(QString::fromLatin1(gone)), gone);
}

void TestDeviceCatalog::canonicalMakeAliases_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("hewlett-packard") << QStringLiteral("hewlett-packard") << QStringLiteral("HP");
    QTest::newRow("HEWLETT PACKARD") << QStringLiteral("HEWLETT PACKARD") << QStringLiteral("HP");
    QTest::newRow("HP Inc.") << QStringLiteral("HP Inc.") << QStringLiteral("HP");
    QTest::newRow("EPSON") << QStringLiteral("EPSON") << QStringLiteral("Epson");
    QTest::newRow("KONICA MINOLTA") << QStringLiteral("KONICA MINOLTA") << QStringLiteral("Konica Minolta");
    QTest::newRow("minolta") << QStringLiteral("minolta") << QStringLiteral("Konica Minolta");
    QTest::newRow("Kyocera Mita") << QStringLiteral("Kyocera Mita") << QStringLiteral("Kyocera");
    QTest::newRow("TOSHIBA TEC Corp.") << QStringLiteral("TOSHIBA TEC Corp.") << QStringLiteral("Toshiba");
    QTest::newRow("hidden rebrand") << QStringLiteral("lanier") << QStringLiteral("Lanier");
    QTest::newRow("Oce without accent") << QStringLiteral("oce") << QStringLiteral("Océ");
    QTest::newRow("not a make") << QStringLiteral("grey") << QString();
}

void TestDeviceCatalog::canonicalMakeAliases()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    QCOMPARE(DeviceCatalog::builtIn().canonicalMake(QStringLiteral("printer"), typed), canonical);
}

void TestDeviceCatalog::formatTwo()
{
    QString error;
    const DeviceCatalog catalog = DeviceCatalog::fromJson(
        R"({"format": 2, "generated": "2026-11-25", "hidden_makes": [],
            "kinds": {"printer": {"HP": ["LaserJet Pro M404dn", "LaserJet 4050"], "Brother": ["HL-L2340D"]},
                      "scanner": {"Fujitsu": ["fi-7160"]}, "other": {}}})",
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(catalog.size(), 4);
    QCOMPARE(catalog.makes(QStringLiteral("printer")), QStringList({QStringLiteral("Brother"), QStringLiteral("HP")}));
    QCOMPARE(catalog.models(QStringLiteral("printer"), QStringLiteral("hewlett-packard")),
             QStringList({QStringLiteral("LaserJet 4050"), QStringLiteral("LaserJet Pro M404dn")}));
    QVERIFY(catalog.contains(QStringLiteral("scanner"), QStringLiteral("FUJITSU"), QStringLiteral("FI-7160")));
    QVERIFY(catalog.makes(QStringLiteral("other")).isEmpty());
    const QList<CatalogEntry> found = catalog.search(QStringLiteral("m404"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst(), (CatalogEntry{QStringLiteral("printer"), QStringLiteral("HP"),
                                               QStringLiteral("LaserJet Pro M404dn")}));
}

void TestDeviceCatalog::formatTwoHiddenMakes()
{
    QString error;
    const DeviceCatalog catalog = DeviceCatalog::fromJson(
        R"({"format": 2, "hidden_makes": ["Savin"],
            "kinds": {"printer": {"Ricoh": ["MP C3003"], "Savin": ["MP C3003"]}}})",
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(catalog.makes(QStringLiteral("printer")), QStringList({QStringLiteral("Ricoh")}));
    QCOMPARE(catalog.makes(QStringLiteral("printer"), true),
             QStringList({QStringLiteral("Ricoh"), QStringLiteral("Savin")}));
    QVERIFY(catalog.isHiddenMake(QStringLiteral("Savin")));
    // Hidden from the list, still a valid answer: the badge on the machine says Savin.
    QCOMPARE(catalog.canonicalMake(QStringLiteral("printer"), QStringLiteral("SAVIN")), QStringLiteral("Savin"));
    QVERIFY(catalog.contains(QStringLiteral("printer"), QStringLiteral("Savin"), QStringLiteral("MP C3003")));
    QCOMPARE(describe(catalog.search(QStringLiteral("c3003"))), QStringLiteral("printer/Ricoh/MP C3003"));
    QCOMPARE(describe(catalog.search(QStringLiteral("savin c3003"))), QStringLiteral("printer/Savin/MP C3003"));
}

void TestDeviceCatalog::unknownFormatIsRefused()
{
    QString error;
    const DeviceCatalog catalog =
        DeviceCatalog::fromJson(R"({"format": 3, "kinds": {"printer": {"HP": ["LaserJet 4050"]}}})", &error);
    QVERIFY(catalog.isEmpty());
    QVERIFY2(error.contains(QLatin1String("3")), qPrintable(error));
}

void TestDeviceCatalog::normalizedMake_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("make");
    auto row = [](const char *raw, const char *make) {
        QTest::newRow(raw) << QString::fromUtf8(raw) << QString::fromUtf8(make);
    };
    row("HP", "HP");
    row("Hewlett-Packard", "HP");
    row("HEWLETT-PACKARD", "HP");
    row("hewlett packard", "HP");
    row("EPSON", "Epson");
    row("Seiko Epson", "Epson");
    row("KONICA MINOLTA", "Konica Minolta");
    row("Minolta-QMS", "Konica Minolta");
    row("Minolta QMS", "Konica Minolta");
    row("Kyocera Mita", "Kyocera");
    row("KYOCERA", "Kyocera");
    row("UTAX_TA", "UTAX");
    row("UTAX/TA", "UTAX");
    row("TOSHIBA", "Toshiba");
    row("TOSHIBA TEC Corp.", "Toshiba");
    row("Lexmark International", "Lexmark");
    row("RICOH", "Ricoh");
    row("LANIER", "Lanier");
    row("SAVIN", "Savin");
    row("infotec", "Infotec");
    row("Oce", "Océ");
    row("DatamaxONeil", "Datamax-O'Neil");
    row("Dymo-CoStar", "Dymo");
    row("Benq", "BenQ");
    row("Medion/Lifetec/Tevion/Cytron", "Medion");
    row("Pantum", "Pantum"); // not in the table: kept as written
    row("  Brother  ", "Brother");
}

void TestDeviceCatalog::normalizedMake()
{
    QFETCH(QString, raw);
    QFETCH(QString, make);
    QCOMPARE(DeviceCatalog::normalizedMake(raw), make);
}

void TestDeviceCatalog::cleanModel_data()
{
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("model");
    auto row = [](const char *name, const char *make, const char *raw, const char *model) {
        QTest::newRow(name) << QString::fromUtf8(make) << QString::fromUtf8(raw) << QString::fromUtf8(model);
    };
    // Driver text after the name, as the real sources write it.
    row("hpcups", "HP", "HP LaserJet Pro M404dn, hpcups 3.22.10", "LaserJet Pro M404dn");
    row("hpcups plugin", "HP", "HP LaserJet Pro MFP M428fdw, hpcups 3.22.10, requires proprietary plugin",
        "LaserJet Pro MFP M428fdw");
    row("gutenprint", "Canon", "Canon BJC-50 - CUPS+Gutenprint v5.3.4", "BJC-50");
    row("foomatic", "HP", "HP LaserJet 4050 Foomatic/ljet4", "LaserJet 4050");
    row("escpr", "Epson", "EPSON ET-2850 Series , Epson Inkjet Printer Driver (ESC/P-R) for Linux", "ET-2850");
    row("series", "Brother", "Brother HL-L2340D series", "HL-L2340D");
    row("two numbers series PS", "Samsung", "Samsung SCX-5835 5935 Series PS", "SCX-5835 5935");
    row("KPDL", "Kyocera", "Kyocera KM-6030 (KPDL)", "KM-6030");
    row("PXL", "Ricoh", "Ricoh Aficio MP 6001 PXL", "Aficio MP 6001");
    row("PS", "Gestetner", "Gestetner MP C2011 PS", "MP C2011");
    row("PDF", "Lanier", "Lanier MP C6502 PDF", "MP C6502");
    row("PCL5", "Ricoh", "RICOH SP 2300L PCL5", "SP 2300L");
    row("JPN", "Ricoh", "Ricoh Pro C5300S JPN", "Pro C5300S");
    row("PS3 version recommended", "HP", "HP DesignJet 1050C PS3   v3010.106 (recommended)", "DesignJet 1050C");
    row("series PS version Postscript", "HP", "HP Officejet 9100 series PS v3010.107 Postscript (recommended)",
        "Officejet 9100");
    row("PS3 version", "Epson", "EPSON AL-C4000 PS3 v3011.106", "AL-C4000");
    row("PS comma version", "Sharp", "Sharp AR-M700U PS, 1.2", "AR-M700U");
    row("glued PS", "OKI", "OKI C5700(PS)", "C5700");
    row("PS(P)", "Konica Minolta", "KONICA MINOLTA C450 PS(P)", "C450");
    row("BR-Script3J", "Brother", "Brother HL-5070DN BR-Script3J", "HL-5070DN");
    row("PPD", "Canon", "Canon iR-ADV C5045/5051 PPD", "iR-ADV C5045/5051");
    row("slash PS", "HP", "HP Deskjet 1200c/PS", "Deskjet 1200c");
    row("pxlcolor", "HP", "HP Color LaserJet 4700 pxlcolor", "Color LaserJet 4700");
    // The make in front, under another name or twice.
    row("make alias", "Kyocera Mita", "Kyocera Mita KM-1810", "KM-1810");
    row("long make name", "HP", "Hewlett-Packard ScanJet 4100C", "ScanJet 4100C");
    row("make twice", "Dell", "Dell Dell 1235cn", "1235cn");
    row("company form", "Portable Peripheral", "Portable Peripheral Co., Ltd. Q-Scan USB001 (A4 portable scanner)",
        "Q-Scan USB001 (A4 portable scanner)");
    // HPLIP's marketing words.
    row("all-in-one", "HP", "HP Photosmart C4175 All-in-One Printer", "Photosmart C4175");
    row("colour printer", "HP", "HP LaserJet Pro M251nw Color Printer", "LaserJet Pro M251nw");
    row("dashed sku", "HP", "HP Officejet 6500 Wireless All-in-One Printer - E709n", "Officejet 6500 Wireless E709n");
    row("multifunction", "HP", "HP LaserJet 4100 Multifunction Printer", "LaserJet 4100 MFP");
    row("misspelt all-in-one", "HP", "HP DeskJet Ink Advantage 2130 All-in_One", "DeskJet Ink Advantage 2130");
    // Names that must survive untouched.
    row("PS is the model", "HP", "Designjet 800PS", "Designjet 800PS");
    row("MFP in the middle", "HP", "LaserJet Pro MFP M428fdw", "LaserJet Pro MFP M428fdw");
    row("series with a number", "HP", "Officejet Series 300", "Officejet Series 300");
    row("plain", "Xerox", "VersaLink C405", "VersaLink C405");
    row("make inside a word", "Star", "Starjet 48", "Starjet 48");
    row("only the make", "HP", "HP", "HP");
}

void TestDeviceCatalog::cleanModel()
{
    QFETCH(QString, make);
    QFETCH(QString, raw);
    QFETCH(QString, model);
    QCOMPARE(DeviceCatalog::cleanModel(make, raw), model);
}

void TestDeviceCatalog::fromMakeAndModel_data()
{
    QTest::addColumn<QString>("makeAndModel");
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("model");
    auto row = [](const char *text, const char *make, const char *model) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(make) << QString::fromUtf8(model);
    };
    // As QPrinterInfo::makeAndModel() returns them from real CUPS queues.
    row("HP LaserJet Pro M404dn, hpcups 3.22.10", "HP", "LaserJet Pro M404dn");
    row("Brother HL-L2340D series", "Brother", "HL-L2340D");
    row("EPSON ET-2850 Series, Epson Inkjet Printer Driver (ESC/P-R) for Linux", "Epson", "ET-2850");
    row("Canon MAXIFY MB2340 - CUPS+Gutenprint v5.3.4", "Canon", "MAXIFY MB2340");
    row("KONICA MINOLTA C450 PS(P)", "Konica Minolta", "C450");
    row("Kyocera Mita KM-1810", "Kyocera", "KM-1810");
    row("Hewlett-Packard HP LaserJet 4050 Foomatic/ljet4", "HP", "LaserJet 4050");
    row("Pantum P2500W Series", "Pantum", "P2500W");
    row("Lexmark International Lexmark MS421dn", "Lexmark", "MS421dn");
    row("Xerox", "Xerox", "");
    row("", "", "");
}

void TestDeviceCatalog::fromMakeAndModel()
{
    QFETCH(QString, makeAndModel);
    QFETCH(QString, make);
    QFETCH(QString, model);
    const CatalogEntry entry = DeviceCatalog::fromMakeAndModel(makeAndModel);
    QCOMPARE(entry.kind, QStringLiteral("printer"));
    QCOMPARE(entry.make, make);
    QCOMPARE(entry.model, model);
    QCOMPARE(DeviceCatalog::fromMakeAndModel(makeAndModel, QStringLiteral("scanner")).kind, QStringLiteral("scanner"));
}

void TestDeviceCatalog::matchCupsPrinters_data()
{
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("catalogMake");
    QTest::addColumn<QString>("catalogModel");
    auto row = [](const char *name, const char *make, const char *model, const char *catalogMake,
                  const char *catalogModel) {
        QTest::newRow(name) << QString::fromUtf8(make) << QString::fromUtf8(model) << QString::fromUtf8(catalogMake)
                            << QString::fromUtf8(catalogModel);
    };
    row("hpcups queue", "", "HP LaserJet Pro M404dn, hpcups 3.22.10", "HP", "LaserJet Pro M404dn");
    row("brlaser queue", "", "Brother HL-L2340D series", "Brother", "HL-L2340D");
    row("escpr queue", "", "EPSON ET-2850 Series, Epson Inkjet Printer Driver (ESC/P-R) for Linux", "Epson", "ET-2850");
    row("foomatic queue", "", "HP LaserJet 4050 Foomatic/ljet4 (recommended)", "HP", "LaserJet 4050");
    row("split, other spelling", "hewlett-packard", "laserjet pro m404dn", "HP", "LaserJet Pro M404dn");
    row("split, raw model", "Brother", "Brother HL-L2340D series", "Brother", "HL-L2340D");
    row("punctuation differs", "brother", "HL L2340D", "Brother", "HL-L2340D");
}

void TestDeviceCatalog::matchCupsPrinters()
{
    QFETCH(QString, make);
    QFETCH(QString, model);
    QFETCH(QString, catalogMake);
    QFETCH(QString, catalogModel);
    const CatalogEntry entry = make.isEmpty() ? DeviceCatalog::fromMakeAndModel(model)
                                              : CatalogEntry{QStringLiteral("printer"), make, model};
    const std::optional<CatalogEntry> found = DeviceCatalog::builtIn().match(entry);
    QVERIFY2(found, qPrintable(entry.make + QLatin1Char('/') + entry.model));
    QCOMPARE(found->kind, QStringLiteral("printer"));
    QCOMPARE(found->make, catalogMake);
    QCOMPARE(found->model, catalogModel);
}

void TestDeviceCatalog::matchMisses()
{
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    QVERIFY(!catalog.match(DeviceCatalog::fromMakeAndModel(QStringLiteral("Grey Printer 3000"))));
    QVERIFY(!catalog.match({QStringLiteral("printer"), QStringLiteral("HP"), QStringLiteral("the grey one")}));
    // A printer's model is not a monitor.
    QVERIFY(!catalog.match({QStringLiteral("monitor"), QStringLiteral("HP"), QStringLiteral("LaserJet Pro M404dn")}));
    QVERIFY(!catalog.match({}));
}

void TestDeviceCatalog::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("model");
    auto row = [](const char *text, const char *make, const char *model) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(make) << QString::fromUtf8(model);
    };
    // What people type, and what must come first.
    row("m404dn", "HP", "LaserJet Pro M404dn");
    row("hl l2340", "Brother", "HL-L2340D");
    row("hl-l2340d", "Brother", "HL-L2340D");
    row("HLL2340D", "Brother", "HL-L2340D");
    row("Hewlett-Packard LaserJet 4050", "HP", "LaserJet 4050");
    row("4050 laserjet hp", "HP", "LaserJet 4050");
    row("EPSON et-2850", "Epson", "ET-2850");
    row("et 2850", "Epson", "ET-2850");
    row("  Brother   HL-L2340D  ", "Brother", "HL-L2340D");
    row("konica minolta bizhub c300i", "Konica Minolta", "bizhub C300i");
}

void TestDeviceCatalog::search()
{
    QFETCH(QString, text);
    QFETCH(QString, make);
    QFETCH(QString, model);
    const QList<CatalogEntry> found = DeviceCatalog::builtIn().search(text, QStringLiteral("printer"));
    QVERIFY2(!found.isEmpty(), qPrintable(text));
    QVERIFY2(found.size() <= 50, qPrintable(QString::number(found.size())));
    QCOMPARE(found.constFirst(), (CatalogEntry{QStringLiteral("printer"), make, model}));
}

void TestDeviceCatalog::searchMisses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::newRow("the grey printer") << QStringLiteral("grey printer") << QString();
    QTest::newRow("the grey one") << QStringLiteral("the grey one") << QStringLiteral("printer");
    QTest::newRow("made up") << QStringLiteral("xq-9z9z") << QString();
    QTest::newRow("every word must match") << QStringLiteral("hl-l2340d brokenword") << QStringLiteral("printer");
    QTest::newRow("wrong kind") << QStringLiteral("hl-l2340d") << QStringLiteral("monitor");
    QTest::newRow("unknown kind") << QStringLiteral("hl-l2340d") << QStringLiteral("toaster");
    QTest::newRow("punctuation only") << QStringLiteral("-- ..") << QStringLiteral("toaster");
}

void TestDeviceCatalog::searchMisses()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    const QList<CatalogEntry> found = DeviceCatalog::builtIn().search(text, kind);
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
}

void TestDeviceCatalog::searchRanksWholeNamesFirst()
{
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    // The whole name, then longer names that start with it, shortest first.
    const QList<CatalogEntry> found = catalog.search(QStringLiteral("laserjet 4050"), QStringLiteral("printer"));
    QVERIFY2(found.size() >= 3, qPrintable(describe(found)));
    QCOMPARE(found.at(0).model, QStringLiteral("LaserJet 4050"));
    for (int i = 1; i < 3; ++i) {
        QVERIFY2(found.at(i).model.startsWith(QLatin1String("LaserJet 4050")), qPrintable(describe(found)));
        QVERIFY(found.at(i).model.size() >= found.at(i - 1).model.size());
    }
    // A name that starts with what was typed beats one that merely contains it.
    const QList<CatalogEntry> prefix = catalog.search(QStringLiteral("ET-28"), QStringLiteral("printer"), 0);
    QVERIFY(!prefix.isEmpty());
    QVERIFY2(prefix.constFirst().model.startsWith(QLatin1String("ET-28")), qPrintable(describe(prefix)));
    bool seenInside = false;
    for (const CatalogEntry &entry : prefix) {
        const bool starts = entry.model.startsWith(QLatin1String("ET-28"), Qt::CaseInsensitive);
        QVERIFY2(!(starts && seenInside), qPrintable(describe(prefix)));
        seenInside = seenInside || !starts;
    }
    // Every result of a multi-word query has every word.
    for (const CatalogEntry &entry : catalog.search(QStringLiteral("laserjet m404"), QStringLiteral("printer"))) {
        QCOMPARE(entry.make, QStringLiteral("HP"));
        QVERIFY2(entry.model.contains(QLatin1String("M404"), Qt::CaseInsensitive), qPrintable(entry.model));
    }
}

void TestDeviceCatalog::searchAllKinds()
{
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    const QList<CatalogEntry> laptops = catalog.search(QStringLiteral("latitude 5420"));
    QVERIFY(!laptops.isEmpty());
    QCOMPARE(laptops.constFirst(), (CatalogEntry{QStringLiteral("laptop"), QStringLiteral("Dell"),
                                                 QStringLiteral("Latitude 5420")}));
    // HP makes printers and scanners: both kinds answer when no kind is given.
    QSet<QString> kinds;
    for (const CatalogEntry &entry : catalog.search(QStringLiteral("officejet pro 9010"), QString(), 0))
        kinds.insert(entry.kind);
    QVERIFY2(kinds.contains(QStringLiteral("printer")) && kinds.contains(QStringLiteral("scanner")),
             qPrintable(QStringList(kinds.values()).join(QLatin1Char(','))));
    for (const CatalogEntry &entry : catalog.search(QStringLiteral("officejet"), QStringLiteral("scanner"), 0))
        QCOMPARE(entry.kind, QStringLiteral("scanner"));
}

void TestDeviceCatalog::searchHidesRebrandsUnlessNamed()
{
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    const QList<CatalogEntry> ricoh = catalog.search(QStringLiteral("mp c2011"), QStringLiteral("printer"), 0);
    QVERIFY(!ricoh.isEmpty());
    for (const CatalogEntry &entry : ricoh)
        QVERIFY2(!catalog.isHiddenMake(entry.make), qPrintable(describe(ricoh)));
    const QList<CatalogEntry> gestetner = catalog.search(QStringLiteral("gestetner mp c2011"), QStringLiteral("printer"));
    QVERIFY(!gestetner.isEmpty());
    QCOMPARE(gestetner.constFirst().make, QStringLiteral("Gestetner"));
}

void TestDeviceCatalog::searchEmptyListsEverything()
{
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    QCOMPARE(catalog.search(QString(), QString(), 0).size(), catalog.size());
    QCOMPARE(catalog.search(QStringLiteral("  "), QStringLiteral("printer"), 0).size(),
             modelCount(catalog, QStringLiteral("printer")));
}

void TestDeviceCatalog::searchLimit()
{
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    QCOMPARE(catalog.search(QStringLiteral("hp")).size(), 50);
    QCOMPARE(catalog.search(QStringLiteral("hp"), QStringLiteral("printer"), 7).size(), 7);
    QVERIFY(catalog.search(QStringLiteral("hp"), QStringLiteral("printer"), 0).size() > 1000);
}

QTEST_GUILESS_MAIN(TestDeviceCatalog)
#include "tst_devicecatalog.moc"
