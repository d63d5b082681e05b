// CSV as spreadsheets and people write it: RFC 4180 quoting (commas, doubled
// quotes and line breaks inside quotes), the physical line every record starts
// on (what an import names when a row is bad), broken quoting named rather than
// guessed at, UTF-8 with or without a byte-order mark, and a writer whose
// output reads back as what went in.

#include "model/csv.h"

#include <QTest>

using Helpdesk::CsvReader;
using Helpdesk::csvField;
using Helpdesk::csvRecord;

class tst_Csv : public QObject
{
    Q_OBJECT

private slots:
    void reader_data();
    void reader();
    void semicolonSeparator();
    void decodeUtf8_data();
    void decodeUtf8();
    void field_data();
    void field();
    void recordEndsWithCrLf();
    void writtenRecordsReadBack();
    void spreadsheetSafe_data();
    void spreadsheetSafe();
};

namespace {

struct Read
{
    QList<QStringList> fields;
    QList<int> lines;
    QStringList errors; // one per record, empty when the record is fine
};

Read readAll(const QString &text, QChar separator = QLatin1Char(','))
{
    Read read;
    CsvReader reader(text, separator);
    CsvReader::Record record;
    while (reader.next(&record)) {
        read.fields.append(record.fields);
        read.lines.append(record.line);
        read.errors.append(record.error);
        if (read.fields.size() > 100)
            break; // a reader that never ends must fail here, not hang
    }
    return read;
}

} // namespace

void tst_Csv::reader_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("fields");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("errors"); // a part of each record's error, empty for none

    const QStringList noErrors2 = {QString(), QString()};
    QTest::newRow("CRLF") << QStringLiteral("a,b\r\nc,d\r\n") << QList<QStringList>{{"a", "b"}, {"c", "d"}}
                          << QList<int>{1, 2} << noErrors2;
    QTest::newRow("LF, no final line break") << QStringLiteral("a,b\nc,d") << QList<QStringList>{{"a", "b"}, {"c", "d"}}
                                             << QList<int>{1, 2} << noErrors2;
    QTest::newRow("lone CR") << QStringLiteral("a,b\rc,d\r") << QList<QStringList>{{"a", "b"}, {"c", "d"}}
                             << QList<int>{1, 2} << noErrors2;
    QTest::newRow("comma in quotes") << QStringLiteral("\"Main office, room 305\",x\n")
                                     << QList<QStringList>{{"Main office, room 305", "x"}} << QList<int>{1}
                                     << QStringList{QString()};
    QTest::newRow("doubled quotes") << QStringLiteral("\"24\"\" monitor, \"\"Dell\"\"\",\"\"\"\"\n")
                                    << QList<QStringList>{{"24\" monitor, \"Dell\"", "\""}} << QList<int>{1}
                                    << QStringList{QString()};
    QTest::newRow("line break in quotes counts as a line")
        << QStringLiteral("a,\"one\ntwo\nthree\"\nb,c\n")
        << QList<QStringList>{{"a", "one\ntwo\nthree"}, {"b", "c"}} << QList<int>{1, 4} << noErrors2;
    QTest::newRow("CRLF in quotes kept, counted once")
        << QStringLiteral("\"one\r\ntwo\",x\r\nb,c\r\n")
        << QList<QStringList>{{"one\r\ntwo", "x"}, {"b", "c"}} << QList<int>{1, 3} << noErrors2;
    QTest::newRow("empty fields") << QStringLiteral(",,\n") << QList<QStringList>{{"", "", ""}} << QList<int>{1}
                                  << QStringList{QString()};
    QTest::newRow("trailing comma at the end") << QStringLiteral("a,") << QList<QStringList>{{"a", ""}}
                                               << QList<int>{1} << QStringList{QString()};
    QTest::newRow("empty lines are no records") << QStringLiteral("a\n\n\r\n\nb\n\n")
                                                << QList<QStringList>{{"a"}, {"b"}} << QList<int>{1, 5} << noErrors2;
    QTest::newRow("an empty quoted value is a record") << QStringLiteral("\"\"\n") << QList<QStringList>{{""}}
                                                       << QList<int>{1} << QStringList{QString()};
    QTest::newRow("spaces kept") << QStringLiteral(" a , b ") << QList<QStringList>{{" a ", " b "}} << QList<int>{1}
                                 << QStringList{QString()};
    QTest::newRow("quote inside an unquoted field is text")
        << QStringLiteral("Dell 24\" monitor,x\n") << QList<QStringList>{{"Dell 24\" monitor", "x"}} << QList<int>{1}
        << QStringList{QString()};
    QTest::newRow("Cyrillic and emoji") << QStringLiteral("ИНВ-000421,Главный корпус, каб. 214,🖨\n")
                                        << QList<QStringList>{{"ИНВ-000421", "Главный корпус", " каб. 214", "🖨"}}
                                        << QList<int>{1} << QStringList{QString()};
    QTest::newRow("text after a closing quote: that line is bad, the next is read")
        << QStringLiteral("a,b\n\"24\" monitor\",x\nc,d\n")
        << QList<QStringList>{{"a", "b"}, {"24"}, {"c", "d"}} << QList<int>{1, 2, 3}
        << QStringList{QString(), QStringLiteral("must be doubled"), QString()};
    QTest::newRow("quote never closed: named with the line it opens on")
        << QStringLiteral("a,b\nc,\"open,\nmore\nlines\n")
        << QList<QStringList>{{"a", "b"}, {"c", "open,\nmore\nlines\n"}} << QList<int>{1, 2}
        << QStringList{QString(), QStringLiteral("starts on line 2 is never closed")};
    QTest::newRow("quote opened in a later line of the record")
        << QStringLiteral("\"x\ny\",\"z\n")
        << QList<QStringList>{{"x\ny", "z\n"}} << QList<int>{1}
        << QStringList{QStringLiteral("starts on line 2 is never closed")};
    QTest::newRow("empty text") << QString() << QList<QStringList>() << QList<int>() << QStringList();
    QTest::newRow("only line breaks") << QStringLiteral("\r\n\n\r") << QList<QStringList>() << QList<int>()
                                      << QStringList();
}

void tst_Csv::reader()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, fields);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, errors);

    const Read read = readAll(text);
    QCOMPARE(read.fields, fields);
    QCOMPARE(read.lines, lines);
    QCOMPARE(read.errors.size(), errors.size());
    for (int i = 0; i < errors.size(); ++i) {
        if (errors.at(i).isEmpty())
            QVERIFY2(read.errors.at(i).isEmpty(), qPrintable(read.errors.at(i)));
        else
            QVERIFY2(read.errors.at(i).contains(errors.at(i)), qPrintable(read.errors.at(i)));
    }
}

void tst_Csv::semicolonSeparator()
{
    // Excel in a Russian locale: semicolons, commas inside values unquoted.
    const Read read = readAll(QStringLiteral("asset_tag;location\nINV-1;Главный корпус, каб. 214\n\"a;b\";c\n"),
                              QLatin1Char(';'));
    QCOMPARE(read.fields, (QList<QStringList>{{"asset_tag", "location"},
                                              {"INV-1", "Главный корпус, каб. 214"},
                                              {"a;b", "c"}}));
}

void tst_Csv::decodeUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");        // what comes out; null when refused
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("plain") << QByteArray("a,b\n") << QStringLiteral("a,b\n") << QString();
    QTest::newRow("byte-order mark dropped") << QByteArray("\xEF\xBB\xBF" "asset_tag\n") << QStringLiteral("asset_tag\n")
                                             << QString();
    QTest::newRow("Cyrillic") << QStringLiteral("Принтер\n").toUtf8() << QStringLiteral("Принтер\n") << QString();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("") << QString();
    // "Принтер" in Windows-1251 on the third line.
    QTest::newRow("Windows-1251") << QByteArray("a\nb\n\xCF\xF0\xE8\xED\xF2\xE5\xF0\nc\n") << QString()
                                  << QStringLiteral("line 3");
    QTest::newRow("cut off in the middle of a character") << QByteArray("a\n\xD0") << QString()
                                                          << QStringLiteral("line 2");
}

void tst_Csv::decodeUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, errorPart);

    QString error;
    const std::optional<QString> decoded = CsvReader::decodeUtf8(bytes, &error);
    if (text.isNull()) {
        QVERIFY(!decoded);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("UTF-8")), qPrintable(error)); // says what to save it as
    } else {
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(*decoded, text);
    }
}

void tst_Csv::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain") << QStringLiteral("INV-00417") << QStringLiteral("INV-00417");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Main office, room 305") << QStringLiteral("\"Main office, room 305\"");
    QTest::newRow("quote") << QStringLiteral("24\" monitor") << QStringLiteral("\"24\"\" monitor\"");
    QTest::newRow("line break") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("carriage return") << QStringLiteral("one\rtwo") << QStringLiteral("\"one\rtwo\"");
    QTest::newRow("spaces need no quotes") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
    QTest::newRow("Cyrillic") << QStringLiteral("Бухгалтерия") << QStringLiteral("Бухгалтерия");
}

void tst_Csv::field()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(csvField(value), written);
}

void tst_Csv::recordEndsWithCrLf()
{
    QCOMPARE(csvRecord({QStringLiteral("a"), QStringLiteral("b,c"), QString()}), QStringLiteral("a,\"b,c\",\r\n"));
    QCOMPARE(csvRecord({}), QStringLiteral("\r\n"));
}

void tst_Csv::writtenRecordsReadBack()
{
    const QList<QStringList> records = {
        {"asset_tag", "kind", "notes"},
        {"INV-1", "printer", "Tray 2 sticks.\nCall \"Ivan\", ext. 214, first."},
        {"ИНВ-2", "", "\r\nstarts with a line break"},
        {"", "\"", ","},
        {"last", "line", "🖨"},
    };
    QString text;
    for (const QStringList &record : records)
        text += csvRecord(record);
    const Read read = readAll(text);
    QCOMPARE(read.fields, records);
    // Lines counted as an editor shows them: record 3 starts after the two
    // line breaks inside record 2's notes.
    QCOMPARE(read.lines, (QList<int>{1, 2, 4, 6, 7}));
}

void tst_Csv::spreadsheetSafe_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("safe");
    QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("plus") << QStringLiteral("+7 495 123-45-67") << QStringLiteral("'+7 495 123-45-67");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("plain") << QStringLiteral("Printer jams") << QStringLiteral("Printer jams");
    QTest::newRow("inner sign") << QStringLiteral("a=b, c-d") << QStringLiteral("a=b, c-d");
    QTest::newRow("cyrillic") << QStringLiteral("Принтер") << QStringLiteral("Принтер");
    QTest::newRow("empty") << QString() << QString();
}

void tst_Csv::spreadsheetSafe()
{
    QFETCH(QString, value);
    QFETCH(QString, safe);
    QCOMPARE(Helpdesk::spreadsheetSafe(value), safe);
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
