// Taxonomy: the ids stored in the database and the names of priorities.
// Ids must never change under the wizard's feet, and priority must come from
// impact × urgency alone.

#include "model/taxonomy.h"

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

void TestTaxonomy::priorityNames()
{
    QSet<QString> names;
    for (int p = 1; p <= 4; ++p) {
        const QString name = Taxonomy::priorityName(p);
        QVERIFY(name.startsWith(QStringLiteral("P") + QString::number(p)));
        names.insert(name);
    }
    QCOMPARE(names.size(), 4);
    QCOMPARE(Taxonomy::priorityName(5), Taxonomy::priorityName(0)); // ITIL's four, no fifth
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
