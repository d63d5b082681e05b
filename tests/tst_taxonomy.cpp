// Taxonomy: the ids stored in the database and the ITIL priority matrix.
// Ids must never change under the wizard's feet, and priority must come from
// impact × urgency alone.

#include "taxonomy.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using Helpdesk::Category;
using Helpdesk::Symptom;
using Helpdesk::Taxonomy;

class TestTaxonomy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void categories();
    void everyCategoryIsComplete();
    void everyCategoryEndsWithOther();
    void printingSymptoms();
    void lookup();
    void hardwareNeedsADevice();

    void priority_data();
    void priority();
    void priorityIsSymmetric();
    void priorityNeverDropsWhenImpactOrUrgencyRises();
    void priorityCoversOneToFive();
    void priorityNames();

    void namesForEveryId();
};

void TestTaxonomy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTaxonomy::categories()
{
    QStringList ids;
    for (const Category &c : Taxonomy::instance().categories())
        ids.append(c.id);
    const QStringList expected = {
        QStringLiteral("printing"), QStringLiteral("computer"), QStringLiteral("monitor"),
        QStringLiteral("network"),  QStringLiteral("email"),    QStringLiteral("phone"),
        QStringLiteral("account"),  QStringLiteral("software"), QStringLiteral("other"),
    };
    QCOMPARE(ids.size(), 9);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), QSet<QString>(expected.cbegin(), expected.cend()));
    // "Something else" is the last resort, so it is offered last.
    QCOMPARE(ids.constLast(), QStringLiteral("other"));
}

void TestTaxonomy::everyCategoryIsComplete()
{
    const QStringList kinds = Taxonomy::deviceKinds();
    for (const Category &c : Taxonomy::instance().categories()) {
        QVERIFY2(!c.displayName().isEmpty(), qPrintable(c.id));
        QVERIFY2(!c.iconName.isEmpty(), qPrintable(c.id));
        QVERIFY2(kinds.contains(c.deviceKind), qPrintable(c.id + QStringLiteral(" -> ") + c.deviceKind));
        QVERIFY2(c.symptoms.size() >= 2, qPrintable(c.id));
        QSet<QString> seen;
        for (const Symptom &s : c.symptoms) {
            QVERIFY2(!seen.contains(s.id), qPrintable(c.id + QLatin1Char('/') + s.id + QStringLiteral(" twice")));
            seen.insert(s.id);
            QVERIFY2(!s.displayName().isEmpty(), qPrintable(c.id + QLatin1Char('/') + s.id));
            // Ids are stored in the database: plain lower-case ASCII.
            for (const QChar ch : s.id)
                QVERIFY2(ch.isLower() || ch.isDigit() || ch == QLatin1Char('_'), qPrintable(s.id));
        }
    }
}

void TestTaxonomy::everyCategoryEndsWithOther()
{
    for (const Category &c : Taxonomy::instance().categories()) {
        QVERIFY2(!c.symptoms.isEmpty(), qPrintable(c.id));
        QCOMPARE(c.symptoms.constLast().id, QStringLiteral("other"));
    }
}

void TestTaxonomy::printingSymptoms()
{
    const Category *printing = Taxonomy::instance().category(QStringLiteral("printing"));
    QVERIFY(printing);
    QCOMPARE(printing->deviceKind, QStringLiteral("printer"));
    QStringList ids;
    for (const Symptom &s : printing->symptoms)
        ids.append(s.id);
    for (const char *expected : {"wont_print", "paper_jam", "poor_quality", "shows_error", "offline", "out_of_toner"})
        QVERIFY2(ids.contains(QLatin1String(expected)), expected);
}

void TestTaxonomy::lookup()
{
    const Taxonomy &t = Taxonomy::instance();
    QVERIFY(t.category(QStringLiteral("network")));
    QCOMPARE(t.category(QStringLiteral("network"))->id, QStringLiteral("network"));
    QVERIFY(!t.category(QStringLiteral("Network"))); // ids are exact
    QVERIFY(!t.category(QString()));
    QVERIFY(!t.category(QStringLiteral("coffee_machine")));

    const Symptom *jam = t.symptom(QStringLiteral("printing"), QStringLiteral("paper_jam"));
    QVERIFY(jam);
    QCOMPARE(jam->id, QStringLiteral("paper_jam"));
    // A symptom belongs to its category only.
    QVERIFY(!t.symptom(QStringLiteral("network"), QStringLiteral("paper_jam")));
    QVERIFY(!t.symptom(QStringLiteral("coffee_machine"), QStringLiteral("other")));
    QVERIFY(t.symptom(QStringLiteral("phone"), QStringLiteral("other")));
}

void TestTaxonomy::hardwareNeedsADevice()
{
    // Hardware problems must name the device; problems with an account or an
    // application need not.
    QSet<QString> required;
    for (const Category &c : Taxonomy::instance().categories()) {
        if (c.deviceRequired)
            required.insert(c.id);
    }
    QCOMPARE(required, QSet<QString>({QStringLiteral("printing"), QStringLiteral("computer"),
                                      QStringLiteral("monitor"), QStringLiteral("phone")}));
}

void TestTaxonomy::priority_data()
{
    QTest::addColumn<QString>("impact");
    QTest::addColumn<QString>("urgency");
    QTest::addColumn<int>("priority");

    QTest::newRow("office blocked") << QStringLiteral("office") << QStringLiteral("blocked") << 1;
    QTest::newRow("me can wait") << QStringLiteral("me") << QStringLiteral("can_wait") << 5;
    QTest::newRow("team slowed") << QStringLiteral("team") << QStringLiteral("slowed") << 3;
    QTest::newRow("me blocked") << QStringLiteral("me") << QStringLiteral("blocked") << 3;
    QTest::newRow("office can wait") << QStringLiteral("office") << QStringLiteral("can_wait") << 3;
    QTest::newRow("unknown impact") << QStringLiteral("ceo") << QStringLiteral("blocked") << 0;
    QTest::newRow("unknown urgency") << QStringLiteral("office") << QStringLiteral("yesterday") << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("swapped") << QStringLiteral("blocked") << QStringLiteral("office") << 0;
    QTest::newRow("wrong case") << QStringLiteral("Office") << QStringLiteral("Blocked") << 0;
}

void TestTaxonomy::priority()
{
    QFETCH(QString, impact);
    QFETCH(QString, urgency);
    QFETCH(int, priority);
    QCOMPARE(Taxonomy::priority(impact, urgency), priority);
}

void TestTaxonomy::priorityIsSymmetric()
{
    const QStringList impacts = Taxonomy::impacts();
    const QStringList urgencies = Taxonomy::urgencies();
    QCOMPARE(impacts.size(), urgencies.size());
    for (int i = 0; i < impacts.size(); ++i) {
        for (int u = 0; u < urgencies.size(); ++u)
            QCOMPARE(Taxonomy::priority(impacts.at(i), urgencies.at(u)),
                     Taxonomy::priority(impacts.at(u), urgencies.at(i)));
    }
}

void TestTaxonomy::priorityNeverDropsWhenImpactOrUrgencyRises()
{
    // Lists run from least to most: raising either may only make the
    // priority number smaller (more urgent) or keep it, never larger.
    const QStringList impacts = Taxonomy::impacts();
    const QStringList urgencies = Taxonomy::urgencies();
    QCOMPARE(impacts, QStringList({QStringLiteral("me"), QStringLiteral("team"), QStringLiteral("office")}));
    QCOMPARE(urgencies,
             QStringList({QStringLiteral("can_wait"), QStringLiteral("slowed"), QStringLiteral("blocked")}));
    for (int i = 0; i < impacts.size(); ++i) {
        for (int u = 0; u < urgencies.size(); ++u) {
            const int p = Taxonomy::priority(impacts.at(i), urgencies.at(u));
            QVERIFY(p >= 1 && p <= 5);
            if (i + 1 < impacts.size())
                QVERIFY2(Taxonomy::priority(impacts.at(i + 1), urgencies.at(u)) < p,
                         qPrintable(impacts.at(i + 1) + QLatin1Char('/') + urgencies.at(u)));
            if (u + 1 < urgencies.size())
                QVERIFY2(Taxonomy::priority(impacts.at(i), urgencies.at(u + 1)) < p,
                         qPrintable(impacts.at(i) + QLatin1Char('/') + urgencies.at(u + 1)));
        }
    }
}

void TestTaxonomy::priorityCoversOneToFive()
{
    QSet<int> seen;
    for (const QString &i : Taxonomy::impacts()) {
        for (const QString &u : Taxonomy::urgencies())
            seen.insert(Taxonomy::priority(i, u));
    }
    QCOMPARE(seen, QSet<int>({1, 2, 3, 4, 5}));
}

void TestTaxonomy::priorityNames()
{
    QSet<QString> names;
    for (int p = 1; p <= 5; ++p) {
        const QString name = Taxonomy::priorityName(p);
        QVERIFY(name.contains(QString::number(p)));
        names.insert(name);
    }
    QCOMPARE(names.size(), 5);
    QVERIFY(!names.contains(Taxonomy::priorityName(0)));
    QVERIFY(!Taxonomy::priorityName(0).isEmpty());
}

void TestTaxonomy::namesForEveryId()
{
    // A raw id in the UI ("can_wait") means a name is missing.
    for (const QString &kind : Taxonomy::deviceKinds())
        QVERIFY2(Taxonomy::deviceKindName(kind) != kind, qPrintable(kind));
    for (const QString &impact : Taxonomy::impacts())
        QVERIFY2(Taxonomy::impactName(impact) != impact, qPrintable(impact));
    for (const QString &urgency : Taxonomy::urgencies())
        QVERIFY2(Taxonomy::urgencyName(urgency) != urgency, qPrintable(urgency));
    for (const QString &method : Taxonomy::contactMethods())
        QVERIFY2(Taxonomy::contactMethodName(method) != method, qPrintable(method));
    for (const char *status : {"new", "in_progress", "waiting", "resolved", "closed"})
        QVERIFY2(Taxonomy::statusName(QLatin1String(status)) != QLatin1String(status), status);
    QCOMPARE(Taxonomy::contactMethods(), QStringList({QStringLiteral("email"), QStringLiteral("phone")}));
}

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
