// DeviceInventory: the organisation's devices as an administrator imports
// them from a spreadsheet and an employee finds them again. Good rows go in,
// each bad row is named by the line a person sees in their editor (quoted
// values spanning lines included), a broken or unreadable file writes nothing,
// re-importing updates by asset tag in any case, lookups find a device by tag,
// tag prefix, room or make and model, and an export imports back as the same
// inventory. Runs on SQLite and on PostgreSQL.

#include "model/taxonomy.h"
#include "store/database.h"
#include "store/deviceinventory.h"
#include "store/migrator.h"
#include "store/reportstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QBuffer>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Helpdesk;

namespace {

const QByteArray header = "asset_tag,kind,make,model,name,location,notes\r\n";

// Three printers and a monitor, as an inventory spreadsheet holds them.
const QByteArray office =
    header
    + "INV-00417,printer,HP,LaserJet Pro M404dn,print-305.example.org,\"Main office, room 305\",Tray 2 sticks\r\n"
      "INV-00418,printer,HP,LaserJet Pro M404dn,PRN-306,\"Main office, room 306\",\r\n"
      "INV-0042,printer,Brother,HL-L2340D,,Warehouse,\r\n"
      "MON-7,monitor,Dell,P2419H,,\"Main office, room 305\",\"24\"\" screen\"\r\n";

QStringList tags(const QList<InventoryDevice> &devices)
{
    QStringList list;
    for (const InventoryDevice &d : devices)
        list.append(d.assetTag);
    return list;
}

QString describe(const DeviceInventory::ImportResult &result)
{
    QStringList lines;
    if (!result.error.isEmpty())
        lines.append(QStringLiteral("error: ") + result.error);
    for (const auto &[line, reason] : result.rowErrors)
        lines.append(QStringLiteral("line %1: %2").arg(line).arg(reason));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_DeviceInventory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importsGoodRows();
    void badRowsAreNamedByTheirLine();
    void quoteNeverClosedAtTheEnd();
    void textAfterClosingQuoteSpoilsOnlyThatRow();
    void fileLevelErrorsWriteNothing_data();
    void fileLevelErrorsWriteNothing();
    void unreadableFileWritesNothing();
    void cyrillicIsKeptAndMatchedInAnyCase();
    void controlCharactersAndNulAreRemoved();
    void byteOrderMarkAndSemicolonsAreAccepted();
    void reimportUpdatesByAssetTagInAnyCase();
    void reimportKeepsColumnsTheFileLeavesOut();
    void databaseErrorWritesNothing();
    void byAssetTag();
    void findsByAssetTagPrefixFirst();
    void findsByRoomMakeAndModelWords();
    void findIsSafeAndLimited();
    void exportImportsBackAsTheSameInventory();
    void upgradeFromVersion2KeepsReports();
    void reportersReadAgentsChange();
    void missingConnectionGivesMessages();

private:
    QString openConnection(const QString &url);
    DeviceInventory::ImportResult import(const QByteArray &csv);

    std::unique_ptr<TestDatabase> m_database;
    QStringList m_connections;
    std::unique_ptr<DeviceInventory> m_inventory;
};

void tst_DeviceInventory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DeviceInventory::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    const QString name = openConnection(m_database->url());
    QVERIFY(!name.isEmpty());
    m_inventory = std::make_unique<DeviceInventory>(name);
}

void tst_DeviceInventory::cleanup()
{
    m_inventory.reset();
    for (const QString &name : std::as_const(m_connections))
        Database::close(name);
    m_connections.clear();
    m_database.reset();
}

QString tst_DeviceInventory::openConnection(const QString &url)
{
    const QString name = QStringLiteral("tst_deviceinventory_%1_%2")
                             .arg(QString::fromLatin1(QTest::currentTestFunction()))
                             .arg(m_connections.size());
    QString error;
    if (!Database::open(url, name, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    m_connections.append(name);
    return name;
}

DeviceInventory::ImportResult tst_DeviceInventory::import(const QByteArray &csv)
{
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return m_inventory->importCsv(buffer);
}

void tst_DeviceInventory::importsGoodRows()
{
    const auto result = import(office);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.inserted, 4);
    QCOMPARE(result.updated, 0);
    QString error;
    QCOMPARE(m_inventory->count(&error), qint64(4));

    const auto printer = m_inventory->byAssetTag(QStringLiteral("INV-00417"), &error);
    QVERIFY2(printer, qPrintable(error));
    QCOMPARE(printer->assetTag, QStringLiteral("INV-00417"));
    QCOMPARE(printer->kind, QStringLiteral("printer"));
    QCOMPARE(printer->make, QStringLiteral("HP"));
    QCOMPARE(printer->model, QStringLiteral("LaserJet Pro M404dn"));
    QCOMPARE(printer->name, QStringLiteral("print-305.example.org"));
    QCOMPARE(printer->location, QStringLiteral("Main office, room 305")); // the comma was inside quotes
    QCOMPARE(printer->notes, QStringLiteral("Tray 2 sticks"));
    const auto monitor = m_inventory->byAssetTag(QStringLiteral("MON-7"));
    QVERIFY(monitor);
    QCOMPARE(monitor->notes, QStringLiteral("24\" screen"));
    QVERIFY(m_inventory->byAssetTag(QStringLiteral("INV-0042"))->name.isEmpty());
}

void tst_DeviceInventory::badRowsAreNamedByTheirLine()
{
    const QString tooLong(FieldRules::ShortTextMax + 1, QLatin1Char('x'));
    const QByteArray csv = header
        // line 2, with notes over three lines (2-4): later rows must count physical lines
        + "INV-00417,printer,HP,LaserJet Pro M404dn,PRN-305,\"Main office, room 305\",\"Tray 2 sticks.\r\n"
          "Call ext. 214 first,\r\nthen \"\"reset\"\" it\"\r\n"
          "INV-00418,Printer,HP,LaserJet Pro M404dn,,Main office room 306,\r\n"        // 5: kind in any case
          ",printer,HP,LaserJet Pro M404dn,,,\r\n"                                        // 6
          "INV-00419,prnter,,,,,\r\n"                                                     // 7
          "inv-00417,printer,,,,,\r\n"                                                    // 8
          "INV-00420,monitor,Dell," + tooLong.toUtf8() + ",,,\r\n"                        // 9
          "INV-00421,monitor,Dell,P2419H,,Main office, room 305,\r\n"                     // 10: comma not in quotes
          "\r\n"                                                                          // 11: empty line
          ",,,,,,\r\n"                                                                    // 12: a spreadsheet's blank row
          "INV-00422,phone,Yealink,T46U,,\"Каб. \"\"305\"\"\",\r\n"                       // 13
          "   ,,,,,,note without a tag\r\n";                                              // 14
    const auto result = import(csv);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.inserted, 3);

    QList<int> lines;
    for (const auto &rowError : result.rowErrors)
        lines.append(rowError.first);
    QCOMPARE(lines, (QList<int>{6, 7, 8, 9, 10, 14}));
    auto reason = [&](int line) {
        for (const auto &[l, r] : result.rowErrors) {
            if (l == line)
                return r;
        }
        return QString();
    };
    QCOMPARE(reason(6), QStringLiteral("asset tag missing"));
    QVERIFY2(reason(7).startsWith(QStringLiteral("unknown kind “prnter”")), qPrintable(reason(7)));
    QVERIFY2(reason(7).contains(QStringLiteral("printer")), qPrintable(reason(7))); // lists the kinds
    QCOMPARE(reason(8), QStringLiteral("asset tag inv-00417 appears again (first on line 2)"));
    QVERIFY2(reason(9).contains(QStringLiteral("model")) && reason(9).contains(QStringLiteral("201"))
                 && reason(9).contains(QStringLiteral("200")),
             qPrintable(reason(9)));
    QVERIFY2(reason(10).contains(QStringLiteral("8")) && reason(10).contains(QStringLiteral("7")),
             qPrintable(reason(10)));
    QCOMPARE(reason(14), QStringLiteral("asset tag missing; kind missing")); // every reason, in one line

    // The good rows are in, exactly as written.
    QString error;
    QCOMPARE(m_inventory->count(&error), qint64(3));
    const auto first = m_inventory->byAssetTag(QStringLiteral("INV-00417"));
    QVERIFY(first);
    QCOMPARE(first->notes, QStringLiteral("Tray 2 sticks.\r\nCall ext. 214 first,\r\nthen \"reset\" it"));
    QCOMPARE(m_inventory->byAssetTag(QStringLiteral("INV-00418"))->kind, QStringLiteral("printer"));
    QCOMPARE(m_inventory->byAssetTag(QStringLiteral("INV-00422"))->location, QStringLiteral("Каб. \"305\""));
    for (const char *bad : {"INV-00419", "INV-00420", "INV-00421"})
        QVERIFY2(!m_inventory->byAssetTag(QLatin1String(bad)), bad);
}

void tst_DeviceInventory::quoteNeverClosedAtTheEnd()
{
    const QByteArray csv = header
        + "INV-1,printer,HP,M404dn,,Room 305,\n"
          "INV-2,printer,HP,M404dn,,\"Room 306,\n"   // line 3: never closed
          "INV-3,printer,HP,M404dn,,Room 307,\n";
    const auto result = import(csv);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.inserted, 1);
    QCOMPARE(result.rowErrors.size(), 1);
    QCOMPARE(result.rowErrors.constFirst().first, 3);
    QVERIFY2(result.rowErrors.constFirst().second.contains(QStringLiteral("never closed")),
             qPrintable(result.rowErrors.constFirst().second));
    QVERIFY(m_inventory->byAssetTag(QStringLiteral("INV-1")));
    QVERIFY(!m_inventory->byAssetTag(QStringLiteral("INV-2")));
    QVERIFY(!m_inventory->byAssetTag(QStringLiteral("INV-3"))); // swallowed by the open quote
}

void tst_DeviceInventory::textAfterClosingQuoteSpoilsOnlyThatRow()
{
    const QByteArray csv = header
        + "MON-1,monitor,Dell,\"P2419H 24\" screen\",,Room 305,\n"   // line 2: the quote should be doubled
          "MON-2,monitor,Dell,P2419H,,Room 306,\n";
    const auto result = import(csv);
    QCOMPARE(result.inserted, 1);
    QCOMPARE(result.rowErrors.size(), 1);
    QCOMPARE(result.rowErrors.constFirst().first, 2);
    QVERIFY2(result.rowErrors.constFirst().second.contains(QStringLiteral("\"\"")),
             qPrintable(result.rowErrors.constFirst().second));
    QVERIFY(m_inventory->byAssetTag(QStringLiteral("MON-2")));
}

void tst_DeviceInventory::fileLevelErrorsWriteNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("unknown columns")
        << QByteArray("asset_tag,kind,serial,Owner\nINV-9,printer,X1,Ivan\n")
        << QStringList{QStringLiteral("“serial”"), QStringLiteral("“Owner”"), QStringLiteral("location")};
    QTest::newRow("unnamed column") << QByteArray("asset_tag,kind,\nINV-9,printer,\n")
                                    << QStringList{QStringLiteral("3")};
    QTest::newRow("no kind column") << QByteArray("asset_tag,make\nINV-9,HP\n") << QStringList{QStringLiteral("“kind”")};
    QTest::newRow("column twice") << QByteArray("asset_tag,kind,Kind\nINV-9,printer,printer\n")
                                  << QStringList{QStringLiteral("“kind”")};
    QTest::newRow("empty file") << QByteArray() << QStringList{QStringLiteral("asset_tag,kind")};
    QTest::newRow("only a byte-order mark") << QByteArray("\xEF\xBB\xBF\r\n") << QStringList{QStringLiteral("empty")};
    QTest::newRow("Windows-1251")
        << QByteArray("asset_tag,kind,location\nINV-9,printer,Room 1\nINV-10,printer,\xCA\xE0\xE1. 214\n")
        << QStringList{QStringLiteral("UTF-8"), QStringLiteral("line 3")};
    QTest::newRow("broken header") << QByteArray("asset_tag,\"kind\nINV-9,printer\n")
                                   << QStringList{QStringLiteral("first line")};
}

void tst_DeviceInventory::fileLevelErrorsWriteNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, mentions);
    QVERIFY(import(office).ok());
    const auto before = m_inventory->byAssetTag(QStringLiteral("INV-00417"));

    const auto result = import(csv);
    QVERIFY(!result.error.isEmpty());
    for (const QString &part : mentions)
        QVERIFY2(result.error.contains(part), qPrintable(result.error));
    QCOMPARE(result.inserted, 0);
    QCOMPARE(result.updated, 0);
    QVERIFY(result.rowErrors.isEmpty());
    QString error;
    QCOMPARE(m_inventory->count(&error), qint64(4));
    QCOMPARE(*m_inventory->byAssetTag(QStringLiteral("INV-00417")), *before);
}

void tst_DeviceInventory::unreadableFileWritesNothing()
{
    QTemporaryDir dir;
    QFile missing(dir.filePath(QStringLiteral("no-such-file.csv")));
    auto result = m_inventory->importCsv(missing);
    QVERIFY(!result.error.isEmpty());
    QFile folder(dir.path()); // a folder is not a file to read
    result = m_inventory->importCsv(folder);
    QVERIFY2(!result.error.isEmpty(), "a folder was read as a file");
    QCOMPARE(m_inventory->count(), qint64(0));
}

void tst_DeviceInventory::controlCharactersAndNulAreRemoved()
{
    // A broken export: a NUL, an escape sequence and a bell in the values.
    QByteArray csv = header + QByteArray("INV-9,printer,Kyocera,ECOSYS\x1b[0m P2040dn,Acc");
    csv += '\0';
    csv += QByteArray("ounting\x07,Room 1,\"line 1\r\nline 2\"\n");
    const auto result = import(csv);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QString error;
    const auto found = m_inventory->byAssetTag(QStringLiteral("INV-9"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->model, QStringLiteral("ECOSYS[0m P2040dn"));
    QCOMPARE(found->name, QStringLiteral("Accounting"));
    QCOMPARE(found->notes, QStringLiteral("line 1\r\nline 2")); // exported again as it came
}

void tst_DeviceInventory::cyrillicIsKeptAndMatchedInAnyCase()
{
    const QByteArray csv = header
        + QStringLiteral("ИНВ-000421,printer,Kyocera,ECOSYS P2040dn,Бухгалтерия,\"Главный корпус, каб. 214\","
                         "Картридж TK-1160 🖨\n")
              .toUtf8();
    const auto result = import(csv);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QString error;
    // Typed in lower case on a keyboard with the Russian layout: the same device.
    const auto found = m_inventory->byAssetTag(QStringLiteral("инв-000421"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->assetTag, QStringLiteral("ИНВ-000421"));
    QCOMPARE(found->name, QStringLiteral("Бухгалтерия"));
    QCOMPARE(found->location, QStringLiteral("Главный корпус, каб. 214"));
    QCOMPARE(found->notes, QStringLiteral("Картридж TK-1160 🖨"));
    QCOMPARE(tags(m_inventory->find(QStringLiteral("БУХГАЛТЕРИЯ"))), QStringList{QStringLiteral("ИНВ-000421")});
    QCOMPARE(tags(m_inventory->find(QStringLiteral("инв-0004"))), QStringList{QStringLiteral("ИНВ-000421")});

    // ...and a second row with the tag in lower case is the same tag again.
    const auto again = import(header + QStringLiteral("инв-000421,printer,,,,,\nинв-000422,printer,,,,,\n"
                                                      "ИНВ-000422,printer,,,,,\n").toUtf8());
    QCOMPARE(again.rowErrors.size(), 1);
    QCOMPARE(again.rowErrors.constFirst().first, 4);
    QCOMPARE(again.updated, 1);
    QCOMPARE(again.inserted, 1);
    QCOMPARE(m_inventory->count(&error), qint64(2));
}

void tst_DeviceInventory::byteOrderMarkAndSemicolonsAreAccepted()
{
    // What Excel saves as "CSV UTF-8" in a Russian locale: a byte-order mark,
    // semicolons, a comma inside a value left unquoted, columns in its own order.
    const QByteArray csv = "\xEF\xBB\xBF"
        + QStringLiteral("Kind;Asset_Tag;Location\r\nprinter;INV-7;Главный корпус, каб. 214\r\n").toUtf8();
    const auto result = import(csv);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const auto found = m_inventory->byAssetTag(QStringLiteral("INV-7"));
    QVERIFY(found);
    QCOMPARE(found->kind, QStringLiteral("printer"));
    QCOMPARE(found->location, QStringLiteral("Главный корпус, каб. 214"));
    QVERIFY(found->make.isEmpty());
}

void tst_DeviceInventory::reimportUpdatesByAssetTagInAnyCase()
{
    QVERIFY(import(office).ok());
    // The tag written in lower case, the printer moved; the other row unchanged.
    const QByteArray changed = header
        + "inv-00417,printer,HP,LaserJet Pro M404dn,print-305.example.org,\"Main office, room 410\",Tray 2 sticks\r\n"
          "INV-00418,printer,HP,LaserJet Pro M404dn,PRN-306,\"Main office, room 306\",\r\n"
          "INV-00500,scanner,Canon,imageFORMULA DR-C225,,Reception,\r\n";
    const auto result = import(changed);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.inserted, 1);
    QCOMPARE(result.updated, 1);
    QCOMPARE(result.unchanged, 1);
    QString error;
    QCOMPARE(m_inventory->count(&error), qint64(5));
    const auto moved = m_inventory->byAssetTag(QStringLiteral("INV-00417"));
    QVERIFY(moved);
    QCOMPARE(moved->location, QStringLiteral("Main office, room 410"));
    QCOMPARE(moved->assetTag, QStringLiteral("inv-00417")); // the file is the truth, spelling included
    // Devices left out of the file stay.
    QVERIFY(m_inventory->byAssetTag(QStringLiteral("MON-7")));

    // The same file again changes nothing.
    const auto same = import(changed);
    QCOMPARE(same.inserted, 0);
    QCOMPARE(same.updated, 0);
    QCOMPARE(same.unchanged, 3);
}

void tst_DeviceInventory::reimportKeepsColumnsTheFileLeavesOut()
{
    QVERIFY(import(office).ok());
    const auto result = import("asset_tag,kind,location\nINV-00417,printer,Room 410\n");
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.updated, 1);
    const auto moved = m_inventory->byAssetTag(QStringLiteral("INV-00417"));
    QCOMPARE(moved->location, QStringLiteral("Room 410"));
    QCOMPARE(moved->model, QStringLiteral("LaserJet Pro M404dn"));
    QCOMPARE(moved->name, QStringLiteral("print-305.example.org"));
    QCOMPARE(moved->notes, QStringLiteral("Tray 2 sticks"));
}

void tst_DeviceInventory::databaseErrorWritesNothing()
{
    QVERIFY(import(office).ok());
    // The database refuses one row in the middle of the file: the rows before
    // it must not stay behind, nor the update to an existing device.
    QSqlQuery query(QSqlDatabase::database(m_connections.constFirst()));
    if (TestDatabase::isPostgres()) {
        QVERIFY2(query.exec(QStringLiteral("CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                           "BEGIN RAISE EXCEPTION 'the database refuses %', NEW.asset_tag; END $$")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER refuse_boom BEFORE INSERT ON devices FOR EACH ROW "
                                           "WHEN (NEW.asset_tag = 'BOOM') EXECUTE FUNCTION refuse_boom()")),
                 qPrintable(query.lastError().text()));
    } else {
        QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER refuse_boom BEFORE INSERT ON devices "
                                           "WHEN NEW.asset_tag = 'BOOM' BEGIN "
                                           "SELECT RAISE(ABORT, 'the database refuses BOOM'); END")),
                 qPrintable(query.lastError().text()));
    }
    const auto result = import(header
                               + "INV-00417,printer,HP,LaserJet Pro M404dn,,Moved away,\n"
                                 "NEW-1,printer,,,,,\n"
                                 "BOOM,printer,,,,,\n"
                                 "NEW-2,printer,,,,,\n");
    QVERIFY2(result.error.contains(QStringLiteral("refuses")), qPrintable(result.error));
    QCOMPARE(result.inserted, 0);
    QCOMPARE(result.updated, 0);
    QString error;
    QCOMPARE(m_inventory->count(&error), qint64(4));
    QVERIFY(!m_inventory->byAssetTag(QStringLiteral("NEW-1")));
    QCOMPARE(m_inventory->byAssetTag(QStringLiteral("INV-00417"))->location, QStringLiteral("Main office, room 305"));
    // The connection is usable afterwards: no transaction was left open.
    QVERIFY2(import(header + "NEW-3,printer,,,,,\n").ok(), "import after a refused one");
    QCOMPARE(m_inventory->count(&error), qint64(5));
}

void tst_DeviceInventory::byAssetTag()
{
    QVERIFY(import(office).ok());
    QString error;
    QCOMPARE(m_inventory->byAssetTag(QStringLiteral("  inv-00418 "), &error)->name, QStringLiteral("PRN-306"));
    QVERIFY(!m_inventory->byAssetTag(QStringLiteral("INV-004"), &error)); // a prefix is not the tag
    QVERIFY(!m_inventory->byAssetTag(QStringLiteral("INV-99999"), &error));
    QVERIFY(!m_inventory->byAssetTag(QString(), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error)); // not there is not an error
}

void tst_DeviceInventory::findsByAssetTagPrefixFirst()
{
    // Imported so that neither the order of the file nor "newest first" can
    // pass for the right order.
    const QByteArray csv = header
        + "INV-100,printer,HP,M404dn,,Room 12,\n"
          "INV-00418,printer,HP,M404dn,,Room 13,\n"
          "INV-10,printer,HP,M404dn,,Room 14,\n"
          "INV-00417,printer,HP,M404dn,,Room 15,\n"
          "INV-1,printer,HP,M404dn,,Room 16,\n"
          "X-9,printer,HP,M404dn,,Room 10,\n";
    QVERIFY(import(csv).ok());
    QString error;
    QCOMPARE(tags(m_inventory->find(QStringLiteral("INV-004"), 20, &error)),
             (QStringList{QStringLiteral("INV-00417"), QStringLiteral("INV-00418")}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The exact tag first, then the tags it begins, in tag order.
    QCOMPARE(tags(m_inventory->find(QStringLiteral("inv-10"))), (QStringList{QStringLiteral("INV-10"),
                                                                             QStringLiteral("INV-100")}));
    QCOMPARE(tags(m_inventory->find(QStringLiteral("INV-1"))),
             (QStringList{QStringLiteral("INV-1"), QStringLiteral("INV-10"), QStringLiteral("INV-100")}));
    QCOMPARE(tags(m_inventory->find(QStringLiteral("INV-00417"))), QStringList{QStringLiteral("INV-00417")});
    // A word of a tag finds it too, after the tag matches: "10" is the whole
    // second part of INV-10 and the room of X-9, but no tag begins with it.
    QCOMPARE(tags(m_inventory->find(QStringLiteral("10"))), (QStringList{QStringLiteral("INV-10"),
                                                                         QStringLiteral("X-9")}));
    QCOMPARE(tags(m_inventory->find(QStringLiteral("00417"))), QStringList{QStringLiteral("INV-00417")});
}

void tst_DeviceInventory::findsByRoomMakeAndModelWords()
{
    QVERIFY(import(office).ok());
    // Imported last, and still first: its tag begins with what was typed.
    QVERIFY(import(header + "305-A,phone,Yealink,T46U,,Reception,\n").ok());
    QVERIFY(import(header + "INV-3051,printer,Canon,i-SENSYS MF443dw,,\"Main office, room 3051\",\n").ok());

    QString error;
    // The tag that begins with 305, then whole words "305", in tag order:
    // never room 3051.
    QCOMPARE(tags(m_inventory->find(QStringLiteral("305"), 20, &error)),
             (QStringList{QStringLiteral("305-A"), QStringLiteral("INV-00417"), QStringLiteral("MON-7")}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tags(m_inventory->find(QStringLiteral("room 306"))), QStringList{QStringLiteral("INV-00418")});
    QCOMPARE(tags(m_inventory->find(QStringLiteral("hp m404dn"))),
             (QStringList{QStringLiteral("INV-00417"), QStringLiteral("INV-00418")}));
    QCOMPARE(tags(m_inventory->find(QStringLiteral("LASERJET"))),
             (QStringList{QStringLiteral("INV-00417"), QStringLiteral("INV-00418")}));
    QCOMPARE(tags(m_inventory->find(QStringLiteral("l2340d"))), QStringList{QStringLiteral("INV-0042")});
    QCOMPARE(tags(m_inventory->find(QStringLiteral("Dell P2419H"))), QStringList{QStringLiteral("MON-7")});
    QCOMPARE(tags(m_inventory->find(QStringLiteral("warehouse"))), QStringList{QStringLiteral("INV-0042")});
    // Parts of a host name, as "print-305" is said aloud.
    QCOMPARE(tags(m_inventory->find(QStringLiteral("print 305"))), QStringList{QStringLiteral("INV-00417")});
    // Every word must match.
    QVERIFY(m_inventory->find(QStringLiteral("dell warehouse")).isEmpty());
    // Notes are not searched: they are for agents, not for picking a device.
    QVERIFY(m_inventory->find(QStringLiteral("sticks")).isEmpty());
}

void tst_DeviceInventory::findIsSafeAndLimited()
{
    QVERIFY(import(office).ok());
    QString error;
    QCOMPARE(m_inventory->find(QStringLiteral("main office"), 2, &error).size(), 2);
    QCOMPARE(m_inventory->find(QStringLiteral("main office"), 0, &error).size(), 3); // 0: all
    // Tag order is code point order of the case-folded tag: "inv-00417" < "inv-0042".
    QCOMPARE(tags(m_inventory->find(QStringLiteral("INV"), 1, &error)), QStringList{QStringLiteral("INV-00417")});
    QCOMPARE(tags(m_inventory->find(QStringLiteral("INV"), 20, &error)),
             (QStringList{QStringLiteral("INV-00417"), QStringLiteral("INV-00418"), QStringLiteral("INV-0042")}));
    QVERIFY(m_inventory->find(QStringLiteral("   "), 20, &error).isEmpty());
    for (const char *typed : {"\"printer AND OR * NEAR( -:", "%", "_", "INV-%", "'; DROP TABLE devices; --"}) {
        m_inventory->find(QString::fromUtf8(typed), 20, &error);
        QVERIFY2(error.isEmpty(), qPrintable(QString::fromUtf8(typed) + QStringLiteral(": ") + error));
    }
    QVERIFY(m_inventory->find(QStringLiteral("IN%")).isEmpty()); // not a wildcard
    QVERIFY(m_inventory->find(QStringLiteral("IN_-00417")).isEmpty());
    QCOMPARE(m_inventory->count(&error), qint64(4));
}

void tst_DeviceInventory::exportImportsBackAsTheSameInventory()
{
    const QByteArray tricky = header
        + QStringLiteral("b-2,printer,HP,\"LaserJet, Pro\",,\"Room \"\"305\"\"\",\"two\nlines\"\n"
                         "ИНВ-1,phone,Yealink,T46U,Бухгалтерия,Каб. 214,🖨\n"
                         "A-10,monitor,Dell,P2419H,,,\n")
              .toUtf8();
    QVERIFY(import(office).ok());
    QVERIFY(import(tricky).ok());

    QBuffer exported;
    exported.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(m_inventory->exportCsv(exported, &error), qPrintable(error));
    const QByteArray bytes = exported.data();
    QVERIFY(bytes.startsWith(header)); // the same columns, no byte-order mark
    // Sorted by asset tag in any case.
    const QList<int> positions = {int(bytes.indexOf("\r\nA-10,")), int(bytes.indexOf("\r\nb-2,")),
                                  int(bytes.indexOf("\r\nINV-00417,")), int(bytes.indexOf("\r\nINV-00418,")),
                                  int(bytes.indexOf("\r\nINV-0042,")), int(bytes.indexOf("\r\nMON-7,")),
                                  int(bytes.indexOf(QStringLiteral("\r\nИНВ-1,").toUtf8()))};
    for (int i = 0; i < positions.size(); ++i) {
        QVERIFY2(positions.at(i) >= 0, qPrintable(QString::number(i)));
        if (i > 0)
            QVERIFY2(positions.at(i - 1) < positions.at(i), qPrintable(QString::fromUtf8(bytes)));
    }

    // Into a fresh database: the same devices, field for field.
    TestDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    const QString name = openConnection(fresh.url());
    QVERIFY(!name.isEmpty());
    DeviceInventory copy(name);
    QBuffer input;
    input.setData(bytes);
    const auto result = copy.importCsv(input);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.inserted, 7);
    for (const char *tag : {"INV-00417", "INV-00418", "INV-0042", "MON-7", "b-2", "A-10"}) {
        const auto a = m_inventory->byAssetTag(QLatin1String(tag));
        const auto b = copy.byAssetTag(QLatin1String(tag));
        QVERIFY2(a && b, tag);
        QCOMPARE(*b, *a);
    }
    QCOMPARE(*copy.byAssetTag(QStringLiteral("ИНВ-1")), *m_inventory->byAssetTag(QStringLiteral("ИНВ-1")));
    QCOMPARE(copy.byAssetTag(QStringLiteral("b-2"))->notes, QStringLiteral("two\nlines"));
    // And it exports byte for byte the same.
    QBuffer again;
    again.open(QIODevice::WriteOnly);
    QVERIFY2(copy.exportCsv(again, &error), qPrintable(error));
    QCOMPARE(again.data(), bytes);
}

void tst_DeviceInventory::upgradeFromVersion2KeepsReports()
{
    // A database at schema version 2 (before the inventory) with a report in it...
    TestDatabase old;
    QVERIFY2(old.isValid(), qPrintable(old.error()));
    QString error;
    const auto url = DatabaseUrl::parse(old.url(), &error);
    QVERIFY2(url, qPrintable(error));
    const QString name = QStringLiteral("tst_deviceinventory_v2");
    QVERIFY2(Database::openWithoutMigrating(*url, name, &error), qPrintable(error));
    m_connections.append(name);
    Migrator migrator(QSqlDatabase::database(name), url->dialect());
    QVERIFY2(migrator.migrateTo(2, &error), qPrintable(error));
    QCOMPARE(migrator.currentVersion(&error), 2);
    QVERIFY(!QSqlDatabase::database(name).tables().contains(QStringLiteral("devices")));
    ReportStore store(name);
    // Filed the way a version-2 program did (the newest store writes newer columns).
    const qint64 filedId = insertVersion1Report(QSqlDatabase::database(name),
                                    QStringLiteral("Scanner in room 101 makes a grinding noise"));
    QVERIFY(filedId > 0);

    // ...is upgraded the way every program does on start, and keeps it.
    QVERIFY2(migrator.migrate(&error), qPrintable(error));
    QCOMPARE(migrator.currentVersion(&error), migrator.latestVersion());
    QVERIFY(migrator.latestVersion() >= 3);
    QCOMPARE(store.count(&error), qint64(1));
    const auto report = store.find(filedId, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->summary, QStringLiteral("Scanner in room 101 makes a grinding noise"));
    QCOMPARE(store.search(QStringLiteral("grinding"), 10, &error).size(), 1);

    DeviceInventory inventory(name);
    QCOMPARE(inventory.count(&error), qint64(0));
    QBuffer input;
    input.setData(header + "INV-1,scanner,Canon,DR-C225,,Room 101,\n");
    QVERIFY(inventory.importCsv(input).ok());
    QCOMPARE(tags(inventory.find(QStringLiteral("101"))), QStringList{QStringLiteral("INV-1")});
    QCOMPARE(store.count(&error), qint64(1));
}

void tst_DeviceInventory::reportersReadAgentsChange()
{
    if (!TestDatabase::isPostgres()) {
        // The embedded database has one user, who both reads and changes it.
        QVERIFY(import(office).ok());
        QVERIFY(!DeviceInventory(m_connections.constFirst()).find(QStringLiteral("305")).isEmpty());
        return;
    }

    QVERIFY(import(office).ok());
    const QString password = QStringLiteral("s3cret-Pa55");
    const QString reporter = m_database->name() + QStringLiteral("_reporter");
    const QString agent = m_database->name() + QStringLiteral("_agent");
    QString error = m_database->execAsSuperuser(
        {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(reporter, password),
         QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(agent, password),
         QStringLiteral("GRANT helpdesk_reporter TO %1").arg(reporter),
         QStringLiteral("GRANT helpdesk_agent TO %1").arg(agent)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto dropRoles = qScopeGuard([&] {
        for (const QString &connection : m_connections.mid(1))
            Database::close(connection);
        m_connections = m_connections.mid(0, 1);
        m_database->execAsSuperuser({QStringLiteral("DROP OWNED BY %1").arg(reporter),
                                     QStringLiteral("DROP OWNED BY %1").arg(agent),
                                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(reporter),
                                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(agent)});
    });

    const QString asReporter = openConnection(TestDatabase::serverUrlFor(reporter, password, m_database->name()));
    QVERIFY(!asReporter.isEmpty());
    DeviceInventory reporterView(asReporter);
    const std::optional<InventoryDevice> seen = reporterView.byAssetTag(QStringLiteral("INV-00417"), &error);
    QVERIFY2(seen, qPrintable(error));
    QCOMPARE(seen->model, QStringLiteral("LaserJet Pro M404dn"));
    QCOMPARE(tags(reporterView.find(QStringLiteral("305"), 20, &error)),
             (QStringList{QStringLiteral("INV-00417"), QStringLiteral("MON-7")}));
    // The agents' notes are theirs: a reporter sees every other field, and
    // the database itself refuses the column to a reporter's own SQL.
    QCOMPARE(seen->notes, QString());
    QCOMPARE(reporterView.find(QStringLiteral("305"), 20, &error).constFirst().notes, QString());
    QCOMPARE(m_inventory->byAssetTag(QStringLiteral("INV-00417"))->notes, QStringLiteral("Tray 2 sticks"));
    {
        QSqlQuery raw(QSqlDatabase::database(asReporter, false));
        QVERIFY(!raw.exec(QStringLiteral("SELECT notes FROM devices")));
        QCOMPARE(raw.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(raw.exec(QStringLiteral("SELECT asset_tag, location FROM devices")));
    }
    QBuffer change;
    change.setData(header + "INV-00417,printer,HP,LaserJet Pro M404dn,,Stolen,\nNEW-1,printer,,,,,\n");
    const auto refused = reporterView.importCsv(change);
    QVERIFY2(refused.error.contains(QStringLiteral("may not change the device inventory")), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(reporter), qPrintable(refused.error));
    QCOMPARE(m_inventory->count(&error), qint64(4));

    const QString asAgent = openConnection(TestDatabase::serverUrlFor(agent, password, m_database->name()));
    QVERIFY(!asAgent.isEmpty());
    DeviceInventory agentView(asAgent);
    QCOMPARE(agentView.byAssetTag(QStringLiteral("INV-00417"))->notes, QStringLiteral("Tray 2 sticks"));
    change.close();
    const auto accepted = agentView.importCsv(change);
    QVERIFY2(accepted.ok(), qPrintable(describe(accepted)));
    QCOMPARE(accepted.inserted, 1);
    QCOMPARE(accepted.updated, 1);
    QCOMPARE(m_inventory->byAssetTag(QStringLiteral("INV-00417"))->location, QStringLiteral("Stolen"));
}

void tst_DeviceInventory::missingConnectionGivesMessages()
{
    DeviceInventory nowhere(QStringLiteral("tst_deviceinventory_no_such_connection"));
    QString error;
    QCOMPARE(nowhere.count(&error), qint64(-1));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(nowhere.find(QStringLiteral("INV"), 20, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!nowhere.byAssetTag(QStringLiteral("INV-1"), &error));
    QVERIFY(!error.isEmpty());
    QBuffer input;
    input.setData(header + "INV-1,printer,,,,,\n");
    const auto result = nowhere.importCsv(input);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.inserted, 0);
    QBuffer output;
    output.open(QIODevice::WriteOnly);
    error.clear();
    QVERIFY(!nowhere.exportCsv(output, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DeviceInventory)
#include "tst_deviceinventory.moc"
