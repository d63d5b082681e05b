// TextSearch: what is typed into a search box never becomes query syntax.

#include "triage/textsearch.h"

#include <QTest>

using namespace Helpdesk;

class tst_TextSearch : public QObject
{
    Q_OBJECT

private slots:
    void queries_data();
    void queries();
};

void tst_TextSearch::queries_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgres");

    QTest::newRow("two words") << "outlook error" << QStringList{"outlook", "error"} << "\"outlook\" \"error\""
                               << "outlook & error";
    QTest::newRow("cyrillic") << "Принтер  ЗАМЯТИЕ" << QStringList{"Принтер", "ЗАМЯТИЕ"}
                              << "\"Принтер\" \"ЗАМЯТИЕ\"" << "Принтер & ЗАМЯТИЕ";
    QTest::newRow("operators are text") << "\"printer AND OR * NEAR( -:" << QStringList{"printer", "AND", "OR", "NEAR"}
                                        << "\"printer\" \"AND\" \"OR\" \"NEAR\"" << "printer & AND & OR & NEAR";
    QTest::newRow("tsquery syntax is text") << "a & !b | c:* <-> 'd'" << QStringList{"a", "b", "c", "d"}
                                            << "\"a\" \"b\" \"c\" \"d\"" << "a & b & c & d";
    QTest::newRow("asset tag") << "INV-00417" << QStringList{"INV", "00417"} << "\"INV\" \"00417\"" << "INV & 00417";
    QTest::newRow("nothing") << "!!! ---" << QStringList{} << "" << "";
}

void tst_TextSearch::queries()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, words);
    QFETCH(QString, sqlite);
    QFETCH(QString, postgres);
    QCOMPARE(TextSearch::words(typed), words);
    QCOMPARE(TextSearch::sqliteQuery(words), sqlite);
    QCOMPARE(TextSearch::postgresQuery(words), postgres);
}

QTEST_GUILESS_MAIN(tst_TextSearch)
#include "tst_textsearch.moc"
