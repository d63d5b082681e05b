// DeviceCatalog: the makes and models the device page offers, so a report says
// "Brother HL-L2340D" and not "the grey printer".

#include "devicecatalog.h"
#include "taxonomy.h"

#include <QStandardPaths>
#include <QTest>

using Helpdesk::DeviceCatalog;

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
    QTest::newRow("partial model") << QStringLiteral("printer") << QStringLiteral("HP") << QStringLiteral("LaserJet") << false;
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

QTEST_GUILESS_MAIN(TestDeviceCatalog)
#include "tst_devicecatalog.moc"
