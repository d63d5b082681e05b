// SummarySimilarity: before Submit, "is this the report someone filed an
// hour ago?" Same problem in other words and word order (either language) is
// similar; a different problem on the same kind of device is not.

#include "triage/summarysimilarity.h"

#include <QTest>

using namespace Helpdesk;

class TestSummarySimilarity : public QObject
{
    Q_OBJECT

private slots:
    void similar_data();
    void similar();
    void isSymmetric();
    void fillerAndShortWordsDoNotCount();
};

void TestSummarySimilarity::similar_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("expected");

    QTest::newRow("word order, inflection") << QStringLiteral("Принтер на 3 этаже не печатает")
                                            << QStringLiteral("Не печатает принтер, 3 этаж") << true;
    QTest::newRow("english inflection") << QStringLiteral("Printer in room 305 does not print")
                                        << QStringLiteral("printing fails on the printer in room 305") << true;
    QTest::newRow("case and punctuation") << QStringLiteral("OUTLOOK: cannot connect to server!!!")
                                          << QStringLiteral("Outlook cannot connect to the server") << true;
    QTest::newRow("wifi down") << QStringLiteral("Wi-Fi на втором этаже пропадает")
                               << QStringLiteral("Пропадает wi-fi на 2 этаже, второй этаж") << true;
    QTest::newRow("different problem same device") << QStringLiteral("Printer in room 305 does not print")
                                                   << QStringLiteral("Printer toner is empty") << false;
    QTest::newRow("different floor") << QStringLiteral("Принтер на 3 этаже не печатает")
                                     << QStringLiteral("Принтер на 5 этаже замял бумагу") << false;
    QTest::newRow("different problem") << QStringLiteral("Не открывается почта в Outlook")
                                       << QStringLiteral("Не печатает принтер") << false;
    QTest::newRow("only filler in common") << QStringLiteral("The scanner is slow again")
                                           << QStringLiteral("The monitor is flickering again") << false;
    QTest::newRow("empty") << QString() << QStringLiteral("Printer does not print") << false;
}

void TestSummarySimilarity::similar()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, expected);
    QCOMPARE(SummarySimilarity::similar(a, b), expected);
}

void TestSummarySimilarity::isSymmetric()
{
    const QString a = QStringLiteral("Принтер на 3 этаже не печатает");
    const QString b = QStringLiteral("Не печатает принтер, 3 этаж, срочно");
    QCOMPARE(SummarySimilarity::similar(a, b), SummarySimilarity::similar(b, a));
    QCOMPARE(SummarySimilarity::score(a, b), SummarySimilarity::score(b, a));
}

void TestSummarySimilarity::fillerAndShortWordsDoNotCount()
{
    QCOMPARE(SummarySimilarity::stems(QStringLiteral("the and на в и")).size(), 0);
    // Numbers count whole; the negation counts: "prints" is not "does not print".
    const auto stems = SummarySimilarity::stems(QStringLiteral("Принтер 305 не печатает"));
    QVERIFY(stems.contains(QStringLiteral("305")));
    QVERIFY(stems.contains(QStringLiteral("не")));
    QVERIFY(stems.contains(QStringLiteral("принт")));
}

QTEST_GUILESS_MAIN(TestSummarySimilarity)
#include "tst_summarysimilarity.moc"
