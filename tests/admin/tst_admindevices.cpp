// tst_admindevices: helpdesk-admin as an administrator uses it — the device inventory and catalogue: `import-devices`, `export-devices` and `catalog-search`.
// The tool runs in-process on a fresh database (admintestfixture.h).

#include "admintestfixture.h"

using namespace Helpdesk;

class tst_AdminDevices final : public AdminTestFixture
{
    Q_OBJECT

private slots:
    void importDevicesPrintsCountsAndBadRows();
    void importDevicesRefusesBadFiles();
    void deviceCommandUsageErrors_data();
    void deviceCommandUsageErrors();
    void catalogSearchPrintsMakeTabModel();
    void catalogSearchKindAndMisses();
    void catalogSearchEmptyListsAllAndOpensNoDatabase();
};

void tst_AdminDevices::importDevicesPrintsCountsAndBadRows()
{
    const QString path = m_dir->filePath(QStringLiteral("devices.csv"));
    QVERIFY(writeFile(path, deviceHeader
                                + "INV-00417,printer,HP,LaserJet Pro M404dn,,\"Main office, room 305\",\"Tray 2,\nsticks\"\r\n"
                                  ",printer,HP,LaserJet Pro M404dn,,,\r\n"        // line 4
                                  "INV-00419,prnter,,,,,\r\n"                     // line 5
                                  "INV-00418,printer,HP,LaserJet Pro M404dn,,Room 306,\r\n"));
    const Run run = admin({QStringLiteral("import-devices"), path});
    QCOMPARE(run.exitCode, 1); // a bad row is a failure a script must notice...
    QCOMPARE(run.out, QStringLiteral("Imported 2 new, updated 0 devices.\n")); // ...but the good rows are in
    const QStringList errLines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(errLines.size(), 2);
    QCOMPARE(errLines.at(0), QStringLiteral("line 4: asset tag missing"));
    QVERIFY2(errLines.at(1).startsWith(QStringLiteral("line 5: unknown kind “prnter”")), qPrintable(errLines.at(1)));
    QCOMPARE(DeviceInventory(connection).count(), qint64(2));

    // Fixed and imported again: the moved printer is updated, the new one added.
    QVERIFY(writeFile(path, deviceHeader
                                + "inv-00417,printer,HP,LaserJet Pro M404dn,,\"Main office, room 410\",\"Tray 2,\nsticks\"\r\n"
                                  "INV-00419,printer,,,,,\r\n"
                                  "INV-00418,printer,HP,LaserJet Pro M404dn,,Room 306,\r\n"));
    const Run again = admin({QStringLiteral("import-devices"), path});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.isEmpty(), qPrintable(again.err));
    QCOMPARE(again.out, QStringLiteral("Imported 1 new, updated 1 devices.\n"));
    QCOMPARE(DeviceInventory(connection).byAssetTag(QStringLiteral("INV-00417"))->location,
             QStringLiteral("Main office, room 410"));
}

void tst_AdminDevices::importDevicesRefusesBadFiles()
{
    // A mistyped file name: a message, and no database made for nothing.
    const QString folder = m_dir->filePath(QStringLiteral("never"));
    const QString url = QStringLiteral("sqlite:") + folder + QStringLiteral("/helpdesk.sqlite");
    const QString missing = m_dir->filePath(QStringLiteral("devcies.csv"));
    const Run typo = admin({QStringLiteral("--database"), url, QStringLiteral("import-devices"), missing}, false);
    QCOMPARE(typo.exitCode, 1);
    QVERIFY(typo.out.isEmpty());
    QVERIFY2(typo.err.contains(missing), qPrintable(typo.err));
    QVERIFY2(!QDir(folder).exists(), "a missing file left a database behind");

    const QString path = m_dir->filePath(QStringLiteral("devices.csv"));
    QVERIFY(writeFile(path, "asset_tag,kind,serial\r\nINV-1,printer,X1\r\n"));
    const Run unknown = admin({QStringLiteral("import-devices"), path});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY2(unknown.err.startsWith(QStringLiteral("helpdesk-admin: ") + path), qPrintable(unknown.err));
    QVERIFY2(unknown.err.contains(QStringLiteral("“serial”")), qPrintable(unknown.err));

    QVERIFY(writeFile(path, deviceHeader + "INV-1,printer,,,,\xCA\xE0\xE1. 214,\r\n")); // Windows-1251
    const Run notUtf8 = admin({QStringLiteral("import-devices"), path});
    QCOMPARE(notUtf8.exitCode, 1);
    QVERIFY2(notUtf8.err.contains(QStringLiteral("UTF-8")) && notUtf8.err.contains(QStringLiteral("line 2")),
             qPrintable(notUtf8.err));
    QCOMPARE(DeviceInventory(connection).count(), qint64(0));

    // "-" reads standard input, for a pipe from another program.
    const Run piped = adminWithInput({QStringLiteral("import-devices"), QStringLiteral("-")},
                                     deviceHeader + "INV-1,printer,,,,Room 1,\r\n");
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.out, QStringLiteral("Imported 1 new, updated 0 devices.\n"));
}

void tst_AdminDevices::deviceCommandUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("import without a file") << QStringList{QStringLiteral("import-devices")} << QStringLiteral("CSV");
    QTest::newRow("import two files") << QStringList{QStringLiteral("import-devices"), QStringLiteral("a.csv"),
                                                     QStringLiteral("b.csv")}
                                      << QStringLiteral("b.csv");
    QTest::newRow("output on import") << QStringList{QStringLiteral("import-devices"), QStringLiteral("a.csv"),
                                                     QStringLiteral("--output"), QStringLiteral("b.csv")}
                                      << QStringLiteral("--output");
    QTest::newRow("format on export-devices") << QStringList{QStringLiteral("export-devices"), QStringLiteral("--format"),
                                                             QStringLiteral("csv")}
                                              << QStringLiteral("--format");
    QTest::newRow("export-devices with a file argument") << QStringList{QStringLiteral("export-devices"),
                                                                        QStringLiteral("devices.csv")}
                                                         << QStringLiteral("devices.csv");
    QTest::newRow("output on list names both owners") << QStringList{QStringLiteral("list"), QStringLiteral("--output"),
                                                                     QStringLiteral("x")}
                                                      << QStringLiteral("export / export-devices");
}

void tst_AdminDevices::deviceCommandUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = admin(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("import-devices")), qPrintable(run.err)); // the help lists them
}

void tst_AdminDevices::catalogSearchPrintsMakeTabModel()
{
    const Run run = admin({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("hl-l2340d")}, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.constFirst(), QStringLiteral("Brother\tHL-L2340D"));
    // Unquoted words are one search, in any order.
    const Run words = admin({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("4050"),
                             QStringLiteral("Hewlett-Packard"), QStringLiteral("laserjet")},
                            false);
    QCOMPARE(words.exitCode, 0);
    QCOMPARE(words.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("HP\tLaserJet 4050"));
}

void tst_AdminDevices::catalogSearchKindAndMisses()
{
    const Run scanners = admin({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--kind"),
                                QStringLiteral("scanner"), QStringLiteral("officejet pro 9010")},
                               false);
    QCOMPARE(scanners.exitCode, 0);
    QVERIFY2(scanners.out.startsWith(QLatin1String("HP\tOfficeJet Pro 9010")), qPrintable(scanners.out));
    const Run monitors = admin({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("hl-l2340d"),
                                QStringLiteral("--kind"), QStringLiteral("monitor")},
                               false);
    QCOMPARE(monitors.exitCode, 1);
    QVERIFY(monitors.out.isEmpty());
    QVERIFY2(monitors.err.contains(QLatin1String("hl-l2340d")), qPrintable(monitors.err));

    const Run grey = admin({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("grey printer")}, false);
    QCOMPARE(grey.exitCode, 1);
    QVERIFY(grey.out.isEmpty());

    const Run badKind = admin({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("x"),
                               QStringLiteral("--kind"), QStringLiteral("toaster")},
                              false);
    QCOMPARE(badKind.exitCode, 2);
    QVERIFY2(badKind.err.contains(QLatin1String("toaster")), qPrintable(badKind.err));
    QCOMPARE(admin({QStringLiteral("catalog")}, false).exitCode, 2);
    QCOMPARE(admin({QStringLiteral("catalog"), QStringLiteral("frob")}, false).exitCode, 2);
    // --kind belongs to catalog only.
    QCOMPARE(admin({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("printer")}).exitCode, 2);
}

void tst_AdminDevices::catalogSearchEmptyListsAllAndOpensNoDatabase()
{
    const QString folder = m_dir->filePath(QStringLiteral("never"));
    const QString url = QStringLiteral("sqlite:") + folder + QStringLiteral("/helpdesk.sqlite");
    const Run run = admin({QStringLiteral("--database"), url, QStringLiteral("catalog"), QStringLiteral("search"),
                           QString()},
                          false);
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), int(Helpdesk::DeviceCatalog::builtIn().size()));
    QVERIFY(lines.contains(QStringLiteral("Brother\tHL-L2340D")));
    QVERIFY(lines.contains(QStringLiteral("Dell\tLatitude 5420")));
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), 1);
    QVERIFY(!QFileInfo::exists(folder));
}

QTEST_GUILESS_MAIN(tst_AdminDevices)
#include "tst_admindevices.moc"
