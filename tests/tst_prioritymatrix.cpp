// PriorityMatrix: priority comes from impact × urgency by the organisation's
// matrix, never from who asks or what the text says; ITIL's defaults are
// P1…P4, each with the response time the reporter is shown.

#include "model/prioritymatrix.h"
#include "model/taxonomy.h"
#include "runtime/application.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Helpdesk;

class TestPriorityMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Plural forms ("1 hour", "4 hours") come from the English translation.
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void itilDefaults_data();
    void itilDefaults();
    void defaultsAreSymmetric();
    void defaultsNeverDropWhenImpactOrUrgencyRises();
    void defaultsUseAllFourPriorities();
    void responseTimes();
    void changesAreChecked();
    void expectationNamesTimeAndPriority();
};

void TestPriorityMatrix::itilDefaults_data()
{
    QTest::addColumn<QString>("impact");
    QTest::addColumn<QString>("urgency");
    QTest::addColumn<int>("priority");

    QTest::newRow("office blocked") << QStringLiteral("office") << QStringLiteral("blocked") << 1;
    QTest::newRow("team blocked") << QStringLiteral("team") << QStringLiteral("blocked") << 2;
    QTest::newRow("office slowed") << QStringLiteral("office") << QStringLiteral("slowed") << 2;
    QTest::newRow("team slowed") << QStringLiteral("team") << QStringLiteral("slowed") << 3;
    QTest::newRow("me blocked") << QStringLiteral("me") << QStringLiteral("blocked") << 3;
    QTest::newRow("office can wait") << QStringLiteral("office") << QStringLiteral("can_wait") << 3;
    QTest::newRow("me slowed") << QStringLiteral("me") << QStringLiteral("slowed") << 4;
    QTest::newRow("me can wait") << QStringLiteral("me") << QStringLiteral("can_wait") << 4;
    QTest::newRow("unknown impact") << QStringLiteral("ceo") << QStringLiteral("blocked") << 0;
    QTest::newRow("unknown urgency") << QStringLiteral("office") << QStringLiteral("yesterday") << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("swapped") << QStringLiteral("blocked") << QStringLiteral("office") << 0;
    QTest::newRow("wrong case") << QStringLiteral("Office") << QStringLiteral("Blocked") << 0;
}

void TestPriorityMatrix::itilDefaults()
{
    QFETCH(QString, impact);
    QFETCH(QString, urgency);
    QFETCH(int, priority);
    QCOMPARE(PriorityMatrix::itilDefaults().priority(impact, urgency), priority);
}

void TestPriorityMatrix::defaultsAreSymmetric()
{
    const PriorityMatrix m = PriorityMatrix::itilDefaults();
    const QStringList impacts = Taxonomy::impacts();
    const QStringList urgencies = Taxonomy::urgencies();
    QCOMPARE(impacts.size(), urgencies.size());
    for (int i = 0; i < impacts.size(); ++i) {
        for (int u = 0; u < urgencies.size(); ++u)
            QCOMPARE(m.priority(impacts.at(i), urgencies.at(u)), m.priority(impacts.at(u), urgencies.at(i)));
    }
}

void TestPriorityMatrix::defaultsNeverDropWhenImpactOrUrgencyRises()
{
    // Lists run from least to most: raising either may only make the
    // priority number smaller (more urgent) or keep it, never larger.
    const PriorityMatrix m = PriorityMatrix::itilDefaults();
    const QStringList impacts = Taxonomy::impacts();
    const QStringList urgencies = Taxonomy::urgencies();
    QCOMPARE(impacts, QStringList({QStringLiteral("me"), QStringLiteral("team"), QStringLiteral("office")}));
    QCOMPARE(urgencies, QStringList({QStringLiteral("can_wait"), QStringLiteral("slowed"), QStringLiteral("blocked")}));
    for (int i = 0; i < impacts.size(); ++i) {
        for (int u = 0; u < urgencies.size(); ++u) {
            const int p = m.priority(impacts.at(i), urgencies.at(u));
            QVERIFY(p >= PriorityMatrix::Highest && p <= PriorityMatrix::Lowest);
            if (i + 1 < impacts.size())
                QVERIFY(m.priority(impacts.at(i + 1), urgencies.at(u)) <= p);
            if (u + 1 < urgencies.size())
                QVERIFY(m.priority(impacts.at(i), urgencies.at(u + 1)) <= p);
        }
    }
}

void TestPriorityMatrix::defaultsUseAllFourPriorities()
{
    const PriorityMatrix m = PriorityMatrix::itilDefaults();
    QSet<int> seen;
    for (const QString &i : Taxonomy::impacts()) {
        for (const QString &u : Taxonomy::urgencies())
            seen.insert(m.priority(i, u));
    }
    QCOMPARE(seen, QSet<int>({1, 2, 3, 4}));
}

void TestPriorityMatrix::responseTimes()
{
    const PriorityMatrix m = PriorityMatrix::itilDefaults();
    // A higher priority is answered sooner.
    for (int p = PriorityMatrix::Highest; p < PriorityMatrix::Lowest; ++p)
        QVERIFY(m.responseMinutes(p) < m.responseMinutes(p + 1));
    QCOMPARE(m.responseMinutes(0), 0);
    QCOMPARE(m.responseMinutes(5), 0);
    QCOMPARE(PriorityMatrix::responseTimeText(60), QStringLiteral("within 1 hour"));
    QCOMPARE(PriorityMatrix::responseTimeText(240), QStringLiteral("within 4 hours"));
    QCOMPARE(PriorityMatrix::responseTimeText(1440), QStringLiteral("within 1 day"));
    QCOMPARE(PriorityMatrix::responseTimeText(3 * 1440), QStringLiteral("within 3 days"));
    QCOMPARE(PriorityMatrix::responseTimeText(90), QStringLiteral("within 90 minutes"));
    QVERIFY(PriorityMatrix::responseTimeText(0).isEmpty());
}

void TestPriorityMatrix::changesAreChecked()
{
    PriorityMatrix m = PriorityMatrix::itilDefaults();
    QVERIFY(m.setPriority(QStringLiteral("me"), QStringLiteral("blocked"), 2).isEmpty());
    QCOMPARE(m.priority(QStringLiteral("me"), QStringLiteral("blocked")), 2);
    QVERIFY(!(m == PriorityMatrix::itilDefaults()));

    const QString badImpact = m.setPriority(QStringLiteral("vip"), QStringLiteral("blocked"), 1);
    QVERIFY2(badImpact.contains(QStringLiteral("vip")) && badImpact.contains(QStringLiteral("office")),
             qPrintable(badImpact));
    QVERIFY(!m.setPriority(QStringLiteral("me"), QStringLiteral("now"), 1).isEmpty());
    QVERIFY(!m.setPriority(QStringLiteral("me"), QStringLiteral("blocked"), 0).isEmpty());
    QVERIFY(!m.setPriority(QStringLiteral("me"), QStringLiteral("blocked"), 5).isEmpty());
    QVERIFY(!m.setResponseMinutes(1, 0).isEmpty());
    QVERIFY(!m.setResponseMinutes(7, 30).isEmpty());
    QCOMPARE(m.priority(QStringLiteral("me"), QStringLiteral("blocked")), 2); // refused changes change nothing
    QVERIFY(m.setResponseMinutes(1, 30).isEmpty());
    QCOMPARE(m.responseMinutes(1), 30);
}

void TestPriorityMatrix::expectationNamesTimeAndPriority()
{
    const PriorityMatrix m = PriorityMatrix::itilDefaults();
    const QString text = m.expectationText(QStringLiteral("team"), QStringLiteral("blocked"));
    QVERIFY2(text.contains(QStringLiteral("within 4 hours")), qPrintable(text));
    QVERIFY2(text.contains(Taxonomy::priorityName(2)), qPrintable(text));
    QVERIFY(m.expectationText(QStringLiteral("team"), QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestPriorityMatrix)
#include "tst_prioritymatrix.moc"
