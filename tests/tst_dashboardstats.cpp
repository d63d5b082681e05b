// The dashboard's numbers on SQLite and PostgreSQL from reports of known
// categories, makes and times: the last 30 local days only, per category, the
// most frequent makes, and every day (empty ones with 0) — counted by the
// local calendar, so a report filed at 01:30 in Moscow counts for that day,
// not for the UTC day before.

#include "model/storagetime.h"
#include "store/dashboardstats.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "store/reviewstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Helpdesk;

class tst_DashboardStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void countsTheLastThirtyLocalDays();
    void emptyDatabaseGivesZeros();
    void countsRatingsAndReopenings();

private:
    qint64 file(const QString &category, const QString &make, const QDateTime &created);
    std::unique_ptr<TestDatabase> m_database;
};

namespace {
const QString connection = QStringLiteral("stats");
}

void tst_DashboardStats::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    QString error;
    QVERIFY2(Database::open(m_database->url(), connection, &error), qPrintable(error));
}

void tst_DashboardStats::cleanupTestCase()
{
    Database::close(connection);
    m_database.reset();
}

qint64 tst_DashboardStats::file(const QString &category, const QString &make, const QDateTime &created)
{
    Report report = validTestReport(QStringLiteral("Something broke in %1").arg(category));
    report.category = category;
    report.symptom = category == QLatin1String("printing") ? QStringLiteral("paper_jam") : QStringLiteral("other");
    report.device.make = make;
    report.device.customModel = make != QLatin1String("HP");
    if (make.isEmpty()) {
        report.device.kind = QStringLiteral("network");
        report.device.model.clear();
    }
    const auto result = ReportStore(connection).submit(report);
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.error));
        return 0;
    }
    QSqlQuery query(QSqlDatabase::database(connection));
    query.prepare(QStringLiteral("UPDATE reports SET created_at = ? WHERE id = ?"));
    query.addBindValue(StorageTime::text(created));
    query.addBindValue(result.id);
    if (!query.exec()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return 0;
    }
    return result.id;
}

void tst_DashboardStats::countsTheLastThirtyLocalDays()
{
    // Local times (TZ=Europe/Moscow, UTC+3 all year: see main()).
    auto local = [](int month, int day, int hour, int minute) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute));
    };
    const QDateTime now = local(3, 15, 12, 0); // the last day shown; the first is 14 February
    QVERIFY(file(QStringLiteral("printing"), QStringLiteral("HP"), local(3, 15, 10, 0)));
    QVERIFY(file(QStringLiteral("printing"), QStringLiteral("HP"), local(3, 15, 1, 30))); // 14 March 22:30 UTC
    QVERIFY(file(QStringLiteral("printing"), QStringLiteral("Canon"), local(3, 10, 9, 0)));
    QVERIFY(file(QStringLiteral("printing"), QStringLiteral("Brother"), local(3, 1, 16, 45)));
    QVERIFY(file(QStringLiteral("network"), QString(), local(2, 14, 0, 30))); // first day, 13 Feb UTC
    QVERIFY(file(QStringLiteral("network"), QString(), local(2, 13, 23, 0))); // the day before: not counted
    QVERIFY(file(QStringLiteral("printing"), QStringLiteral("HP"), local(1, 2, 9, 0)));   // long ago

    QString error;
    const auto stats = DashboardStatsReader(connection).read(now, &error);
    QVERIFY2(stats, qPrintable(error));
    QCOMPARE(stats->firstDay, QDate(2026, 2, 14));
    QCOMPARE(stats->lastDay, QDate(2026, 3, 15));
    QCOMPARE(stats->total, qint64(5));
    using Counts = QList<QPair<QString, qint64>>;
    QCOMPARE(stats->perCategory, Counts({{QStringLiteral("printing"), 4}, {QStringLiteral("network"), 1}}));
    // Most first, ties by name; reports without a make are not a make.
    QCOMPARE(stats->perMake,
             Counts({{QStringLiteral("HP"), 2}, {QStringLiteral("Brother"), 1}, {QStringLiteral("Canon"), 1}}));

    QCOMPARE(stats->perDay.size(), 30);
    QCOMPARE(stats->perDay.constFirst(), qMakePair(QDate(2026, 2, 14), qint64(1)));
    QCOMPARE(stats->perDay.constLast(), qMakePair(QDate(2026, 3, 15), qint64(2)));
    qint64 sum = 0;
    for (int i = 0; i < stats->perDay.size(); ++i) {
        QCOMPARE(stats->perDay.at(i).first, QDate(2026, 2, 14).addDays(i)); // every day, in order
        sum += stats->perDay.at(i).second;
    }
    QCOMPARE(sum, stats->total);
    QCOMPARE(stats->perDay.at(QDate(2026, 2, 14).daysTo(QDate(2026, 3, 10))).second, qint64(1));
    QCOMPARE(stats->perDay.at(QDate(2026, 2, 14).daysTo(QDate(2026, 3, 14))).second, qint64(0));

    // Fewer makes when asked for fewer; a shorter period.
    const auto top = DashboardStatsReader(connection).read(now, &error, 7, 1);
    QVERIFY2(top, qPrintable(error));
    QCOMPARE(top->perMake, Counts({{QStringLiteral("HP"), 2}}));
    QCOMPARE(top->perDay.size(), 7);
    QCOMPARE(top->total, qint64(3));
}

void tst_DashboardStats::emptyDatabaseGivesZeros()
{
    QString error;
    // Years before any report in the database.
    const auto stats = DashboardStatsReader(connection).read(QDateTime(QDate(2001, 5, 1), QTime(9, 0)), &error);
    QVERIFY2(stats, qPrintable(error));
    QCOMPARE(stats->total, qint64(0)); // the reports filed later are not in these days
    QVERIFY(stats->perCategory.isEmpty());
    QVERIFY(stats->perMake.isEmpty());
    QCOMPARE(stats->perDay.size(), 30);
    for (const auto &day : stats->perDay)
        QCOMPARE(day.second, qint64(0));
}

// Moscow has kept UTC+3 all year since 2014: local days differ from UTC days
// by three hours, whatever the machine running the test is set to.
// Today's verdicts: A resolved, reopened as not fixed, resolved again and
// rated 4; B resolved and rated 2. Three resolutions, one reopening, two
// ratings with a mean of 3.
void tst_DashboardStats::countsRatingsAndReopenings()
{
    ReviewStore agent(connection, QStringLiteral("anna"));
    ReportStore reporter(connection);
    auto fileAndResolve = [&](const QString &summary) {
        Report report = validTestReport(summary);
        report.contact.login = QStringLiteral("jdoe");
        const auto filed = reporter.submit(report);
        if (!filed.ok())
            return qint64(0);
        if (!agent.setStatus(filed.id, 1, QStringLiteral("in_progress")).ok
            || !agent.setStatus(filed.id, 2, QStringLiteral("resolved")).ok)
            return qint64(0);
        return filed.id;
    };
    const qint64 a = fileAndResolve(QStringLiteral("Printer on floor 2 jams"));
    const qint64 b = fileAndResolve(QStringLiteral("Scanner sends blank pages"));
    QVERIFY(a > 0 && b > 0);
    QVERIFY(reporter.reopen(a, QStringLiteral("jdoe"), QStringLiteral("Still jams")).ok);
    QVERIFY(agent.setStatus(a, agent.load(a)->version, QStringLiteral("resolved")).ok);
    QVERIFY(reporter.confirmFixed(a, QStringLiteral("jdoe"), 4).ok);
    QVERIFY(reporter.confirmFixed(b, QStringLiteral("jdoe"), 2).ok);

    QString error;
    const auto stats = DashboardStatsReader(connection).read(QDateTime::currentDateTime(), &error);
    QVERIFY2(stats, qPrintable(error));
    QCOMPARE(stats->resolved, qint64(3));
    QCOMPARE(stats->reopened, qint64(1));
    QCOMPARE(stats->ratings, qint64(2));
    QCOMPARE(stats->averageRating, 3.0);
    // Long ago nobody said anything.
    const auto before = DashboardStatsReader(connection).read(QDateTime(QDate(2001, 5, 1), QTime(9, 0)), &error);
    QVERIFY2(before, qPrintable(error));
    QCOMPARE(before->resolved + before->reopened + before->ratings, qint64(0));
}

int main(int argc, char *argv[])
{
    qputenv("TZ", "Europe/Moscow");
    QCoreApplication app(argc, argv);
    tst_DashboardStats test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dashboardstats.moc"
