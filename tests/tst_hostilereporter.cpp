// What a login can do with nothing but psql. Every employee has a database
// login on the shared server, so the database itself must refuse whatever
// the wizard or the console would: here a plain reporter login (mallory) and
// a plain agent login (eve) send raw SQL past every check of the programs.
// Each attack is refused, or has no effect on what anyone else sees; after a
// refused attack the reports, their history and attachments are exactly as
// before (row counts and a checksum, read by the owner). PostgreSQL only:
// the embedded SQLite file has no logins to hold to anything (README).

#include "model/report.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "store/reviewstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Helpdesk;

class tst_HostileReporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void reporterCannotTakeTheNextIds();
    void reporterCannotChooseWhatTheServerSets_data();
    void reporterCannotChooseWhatTheServerSets();
    void reportGetsTheServersTimeStatusAndPriority();
    void priorityComesFromTheDatabasesMatrix();
    void reporterCannotChangeOrWriteHistory_data();
    void reporterCannotChangeOrWriteHistory();
    void agentCannotEditWhatTheReporterWrote_data();
    void agentCannotEditWhatTheReporterWrote();
    void agentCannotStepOutsideTheWorkflow();
    void agentCannotForgeHistory();
    void consoleActionsLeaveOneHistoryRowEachInTheAgentsName();

private:
    QString login(const QString &who) const { return m_database->name() + QLatin1Char('_') + who; }
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(QStringLiteral("hostile-") + who); }
    // What everyone else sees: per table, the row count and an md5 of every row.
    QString snapshot() const;
    // `sql` as `who` with `values` bound fails; returns its SQLSTATE.
    QString refusal(const QString &who, const QString &sql, const QVariantList &values = {}) const;
    qint64 fileAs(const QString &who, const QString &summary);
    QVariantList row(const QString &sql, const QVariantList &values = {}) const;

    std::unique_ptr<TestDatabase> m_database;
    QStringList m_connections;
    QStringList m_roles;
    qint64 m_veraReport = 0;
};

namespace {
const QString password = QStringLiteral("s3cret-Pa55");

// Every column but the id of a report, as mallory could type them.
const QString plainInsert = QStringLiteral(
    "INSERT INTO reports (client_id, category, symptom, summary, impact, urgency, reporter_name, reporter_login%1) "
    "VALUES (?, 'printing', 'paper_jam', 'Printer jams on every page', 'office', 'blocked', 'Mallory', ?%2)");
} // namespace

void tst_HostileReporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!TestDatabase::serverUrl().isEmpty(),
             "HELPDESK_TEST_POSTGRES is not set: run the tests with .ci/quickstart test");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));

    QString error;
    QVERIFY2(Database::open(m_database->url(), QStringLiteral("hostile-owner"), &error), qPrintable(error));
    m_connections.append(QStringLiteral("hostile-owner"));
    QStringList statements;
    const QList<QPair<QString, QString>> people = {{QStringLiteral("mallory"), QStringLiteral("helpdesk_reporter")},
                                                   {QStringLiteral("vera"), QStringLiteral("helpdesk_reporter")},
                                                   {QStringLiteral("eve"), QStringLiteral("helpdesk_agent")},
                                                   {QStringLiteral("otto"), QStringLiteral("helpdesk_agent")}};
    for (const auto &[who, role] : people) {
        m_roles.append(login(who));
        statements << QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_roles.last(), password)
                   << QStringLiteral("SELECT helpdesk_grant_role('%1', '%2')").arg(m_roles.last(), role);
    }
    error = m_database->execAsSuperuser(statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const auto &[who, role] : people) {
        const QString name = QStringLiteral("hostile-") + who;
        QVERIFY2(Database::open(TestDatabase::serverUrlFor(login(who), password, m_database->name()), name, &error),
                 qPrintable(error));
        m_connections.append(name);
    }

    // Someone else's report, with a file, for the attacks to leave alone.
    Report report = validTestReport(QStringLiteral("Scanner on floor 3 is offline"));
    report.contact.login = login(QStringLiteral("vera"));
    report.attachments.append(Attachment::fromData(QStringLiteral("scan.txt"), QByteArray("scanner log")));
    const auto filed = ReportStore(QStringLiteral("hostile-vera")).submit(report);
    QVERIFY2(filed.ok(), qPrintable(filed.error));
    m_veraReport = filed.id;
}

void tst_HostileReporter::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections))
        Database::close(name);
    m_database.reset();
    const QString error = TestDatabase::dropRoles(m_roles);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
}

QVariantList tst_HostileReporter::row(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(as(QStringLiteral("owner")));
    QVariantList result;
    if (!query.prepare(sql)) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return result;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return result;
    }
    for (int i = 0; i < query.record().count(); ++i)
        result.append(query.value(i));
    return result;
}

QString tst_HostileReporter::snapshot() const
{
    QStringList parts;
    for (const char *table : {"reports", "report_events", "attachments", "report_affected"}) {
        const QVariantList counted = row(QStringLiteral("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY "
                                                        "t::text), '')) FROM %1 t")
                                             .arg(QLatin1String(table)));
        parts << QStringLiteral("%1: %2 rows, %3")
                     .arg(QLatin1String(table), counted.value(0).toString(), counted.value(1).toString());
    }
    return parts.join(QStringLiteral("; "));
}

QString tst_HostileReporter::refusal(const QString &who, const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(as(who));
    if (!query.prepare(sql))
        return query.lastError().nativeErrorCode().isEmpty() ? QStringLiteral("prepare") : query.lastError().nativeErrorCode();
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return QString();
    return query.lastError().nativeErrorCode();
}

qint64 tst_HostileReporter::fileAs(const QString &who, const QString &summary)
{
    Report report = validTestReport(summary);
    report.contact.login = login(who);
    const auto filed = ReportStore(QStringLiteral("hostile-") + who).submit(report);
    if (!filed.ok())
        qWarning("%s", qPrintable(filed.error));
    return filed.id;
}

void tst_HostileReporter::reporterCannotTakeTheNextIds()
{
    // Taking the ids after the current one would make every later report
    // collide on the primary key, for everyone.
    const qint64 next = row(QStringLiteral("SELECT max(id) FROM reports")).value(0).toLongLong() + 1;
    const QString before = snapshot();
    const QString mallory = login(QStringLiteral("mallory"));
    for (const QString &overriding : {QString(), QStringLiteral(" OVERRIDING SYSTEM VALUE")}) {
        const QString sql = QStringLiteral("INSERT INTO reports (id, client_id, category, symptom, summary, impact, "
                                           "urgency, reporter_name, reporter_login)%1 VALUES (?, ?, 'printing', "
                                           "'paper_jam', 'x', 'me', 'slowed', 'Mallory', ?)")
                                .arg(overriding);
        for (qint64 id = next; id < next + 3; ++id) {
            const QString code = refusal(QStringLiteral("mallory"), sql,
                                         {id, QStringLiteral("grab-%1%2").arg(id).arg(overriding.size()), mallory});
            QVERIFY2(code == QLatin1String("42501") || code == QLatin1String("428C9"), qPrintable(code));
        }
    }
    const QString attachmentSql = QStringLiteral("INSERT INTO attachments (id, report_id, position, file_name, "
                                                 "mime_type, size, sha256, data) OVERRIDING SYSTEM VALUE VALUES "
                                                 "(?, ?, 9, 'x', 'text/plain', 1, '', 'x')");
    QCOMPARE(refusal(QStringLiteral("mallory"), attachmentSql, {next + 1000, m_veraReport}), QStringLiteral("42501"));
    QCOMPARE(snapshot(), before);

    // Everyone still files, under the ids that come next.
    const qint64 filed = fileAs(QStringLiteral("vera"), QStringLiteral("Monitor flickers after lunch"));
    QVERIFY(filed >= next);
}

void tst_HostileReporter::reporterCannotChooseWhatTheServerSets_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("P1 for myself") << QStringLiteral("priority") << QVariant(1);
    QTest::newRow("a status no workflow knows") << QStringLiteral("status") << QVariant(QStringLiteral("vip"));
    QTest::newRow("closed from the start") << QStringLiteral("status") << QVariant(QStringLiteral("closed"));
    QTest::newRow("the largest version") << QStringLiteral("version") << QVariant(2147483647);
    QTest::newRow("top of the queue until 2999") << QStringLiteral("created_at")
                                                 << QVariant(QStringLiteral("2999-01-01T00:00:00Z"));
    QTest::newRow("assigned to a friend") << QStringLiteral("assignee") << QVariant(QStringLiteral("friend"));
    QTest::newRow("resolved already") << QStringLiteral("resolved_at") << QVariant(QStringLiteral("2026-01-01T00:00:00Z"));
    QTest::newRow("changed by an agent") << QStringLiteral("updated_by") << QVariant(QStringLiteral("otto"));
}

void tst_HostileReporter::reporterCannotChooseWhatTheServerSets()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    const QString before = snapshot();
    const QString sql = plainInsert.arg(QStringLiteral(", ") + column, QStringLiteral(", ?"));
    QCOMPARE(refusal(QStringLiteral("mallory"), sql,
                     QVariantList{QString(QStringLiteral("choose-") + column), login(QStringLiteral("mallory")), value}),
             QStringLiteral("42501"));
    QCOMPARE(snapshot(), before);
}

void tst_HostileReporter::reportGetsTheServersTimeStatusAndPriority()
{
    // What mallory may write is what the wizard asks; the rest is the server's.
    QSqlQuery query(as(QStringLiteral("mallory")));
    QVERIFY(query.prepare(plainInsert.arg(QString(), QString()) + QStringLiteral(" RETURNING id")));
    query.addBindValue(QStringLiteral("plain-mallory"));
    query.addBindValue(login(QStringLiteral("mallory")));
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    const qint64 id = query.value(0).toLongLong();
    const QVariantList stored = row(QStringLiteral("SELECT priority, status, version, assignee, resolved_at IS NULL, "
                                                   "abs(extract(epoch FROM now() - created_at)) < 60 FROM reports "
                                                   "WHERE id = ?"),
                                    {id});
    QCOMPARE(stored.value(0).toInt(), 1); // office, blocked: P1 by the matrix
    QCOMPARE(stored.value(1).toString(), QStringLiteral("new"));
    QCOMPARE(stored.value(2).toInt(), 1);
    QCOMPARE(stored.value(3).toString(), QString());
    QVERIFY(stored.value(4).toBool());
    QVERIFY(stored.value(5).toBool());
}

void tst_HostileReporter::priorityComesFromTheDatabasesMatrix()
{
    // IT makes "only me, can wait" urgent; a program that read the old matrix
    // (or one that never read it) files at the new priority all the same.
    ReportStore store(QStringLiteral("hostile-vera"));
    QVERIFY(store.priorityMatrix());
    QCOMPARE(store.priorityMatrix()->priority(QStringLiteral("me"), QStringLiteral("can_wait")), 4);
    QString error = m_database->execAsSuperuser(
        {QStringLiteral("UPDATE priority_matrix SET priority = 2 WHERE impact = 'me' AND urgency = 'can_wait'")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto restore = qScopeGuard([this] {
        m_database->execAsSuperuser(
            {QStringLiteral("UPDATE priority_matrix SET priority = 4 WHERE impact = 'me' AND urgency = 'can_wait'")});
    });
    Report report = validTestReport(QStringLiteral("Keyboard misses a key"));
    report.contact.login = login(QStringLiteral("vera"));
    const auto filed = store.submit(report);
    QVERIFY2(filed.ok(), qPrintable(filed.error));
    QCOMPARE(row(QStringLiteral("SELECT priority FROM reports WHERE id = ?"), {filed.id}).value(0).toInt(), 2);
}

void tst_HostileReporter::reporterCannotChangeOrWriteHistory_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("close someone's report") << QStringLiteral("UPDATE reports SET status = 'closed' WHERE id = %1");
    QTest::newRow("rewrite a summary") << QStringLiteral("UPDATE reports SET summary = 'x' WHERE id = %1");
    QTest::newRow("delete a report") << QStringLiteral("DELETE FROM reports WHERE id = %1");
    QTest::newRow("forge a reply") << QStringLiteral("INSERT INTO report_events (report_id, kind, text, version) "
                                                     "VALUES (%1, 'reply', 'Fixed, closing', 1)");
    QTest::newRow("remove a file") << QStringLiteral("DELETE FROM attachments WHERE report_id = %1");
    QTest::newRow("change the matrix") << QStringLiteral("UPDATE priority_matrix SET priority = 1 WHERE %1 > 0");
}

void tst_HostileReporter::reporterCannotChangeOrWriteHistory()
{
    QFETCH(QString, sql);
    const QString before = snapshot();
    QCOMPARE(refusal(QStringLiteral("mallory"), sql.arg(m_veraReport)), QStringLiteral("42501"));
    QCOMPARE(snapshot(), before);
}

void tst_HostileReporter::agentCannotEditWhatTheReporterWrote_data()
{
    QTest::addColumn<QString>("set");
    QTest::newRow("summary") << QStringLiteral("summary = 'Nothing to see'");
    QTest::newRow("reporter") << QStringLiteral("reporter_login = 'someone'");
    QTest::newRow("priority") << QStringLiteral("priority = 4");
    QTest::newRow("time filed") << QStringLiteral("created_at = now() - interval '1 year'");
    QTest::newRow("who changed it") << QStringLiteral("updated_by = 'otto'");
}

void tst_HostileReporter::agentCannotEditWhatTheReporterWrote()
{
    QFETCH(QString, set);
    const QString before = snapshot();
    QCOMPARE(refusal(QStringLiteral("eve"), QStringLiteral("UPDATE reports SET %1 WHERE id = %2").arg(set).arg(m_veraReport)),
             QStringLiteral("42501"));
    QCOMPARE(snapshot(), before);
}

void tst_HostileReporter::agentCannotStepOutsideTheWorkflow()
{
    const qint64 id = fileAs(QStringLiteral("vera"), QStringLiteral("Projector in room 5 shows no picture"));
    QVERIFY(id > 0);
    const QString before = snapshot();
    const QString update = QStringLiteral("UPDATE reports SET status = ? WHERE id = ?");
    // Straight from new to resolved, a status nobody knows, closed without a duplicate's original.
    QCOMPARE(refusal(QStringLiteral("eve"), update, {QStringLiteral("resolved"), id}), QStringLiteral("23514"));
    QCOMPARE(refusal(QStringLiteral("eve"), update, {QStringLiteral("vip"), id}), QStringLiteral("23514"));
    QCOMPARE(refusal(QStringLiteral("eve"), update, {QStringLiteral("closed"), id}), QStringLiteral("23514"));
    QCOMPARE(snapshot(), before);

    // A step the workflow allows, with made-up bookkeeping: the server's
    // version, clock and name win, and it writes the history row itself.
    QSqlQuery query(as(QStringLiteral("eve")));
    QVERIFY(query.prepare(QStringLiteral("UPDATE reports SET status = 'in_progress', version = 2147483647, "
                                         "updated_at = '2999-01-01', resolved_at = '2999-01-01' WHERE id = ?")));
    query.addBindValue(id);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    const QVariantList stored = row(QStringLiteral("SELECT version, updated_at < now() + interval '1 minute', "
                                                   "resolved_at IS NULL, updated_by FROM reports WHERE id = ?"),
                                    {id});
    QCOMPARE(stored.value(0).toInt(), 2);
    QVERIFY(stored.value(1).toBool());
    QVERIFY(stored.value(2).toBool());
    QCOMPARE(stored.value(3).toString(), login(QStringLiteral("eve")));
    const QVariantList event = row(QStringLiteral("SELECT count(*), min(actor), min(kind), min(old_value), "
                                                  "min(new_value), min(version) FROM report_events WHERE report_id = ?"),
                                   {id});
    QCOMPARE(event, QVariantList({1, login(QStringLiteral("eve")), QStringLiteral("status"), QStringLiteral("new"),
                                  QStringLiteral("in_progress"), 2}));

    // Resolving is timed by the server; a duplicate must name an open original.
    QVERIFY(query.prepare(QStringLiteral("UPDATE reports SET status = 'resolved' WHERE id = ?")));
    query.addBindValue(id);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(row(QStringLiteral("SELECT abs(extract(epoch FROM now() - resolved_at)) < 60 FROM reports WHERE id = ?"),
                {id})
                .value(0)
                .toBool());
    QSqlDatabase eve = as(QStringLiteral("eve"));
    QVERIFY(eve.transaction());
    const qint64 repeat = fileAs(QStringLiteral("vera"), QStringLiteral("Projector shows nothing"));
    QVERIFY(query.exec(QStringLiteral("SELECT set_config('helpdesk.duplicate_of', '%1', true)").arg(repeat + 1000)));
    QVERIFY(query.prepare(QStringLiteral("UPDATE reports SET status = 'closed' WHERE id = ?")));
    query.addBindValue(repeat);
    QVERIFY(!query.exec()); // there is no such original
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("23514"));
    QVERIFY(eve.rollback());
}

void tst_HostileReporter::agentCannotForgeHistory()
{
    const QString before = snapshot();
    const QString insert = QStringLiteral("INSERT INTO report_events (report_id, actor, kind, old_value, new_value, "
                                          "text, version) VALUES (?, ?, ?, ?, ?, ?, 1)");
    const QString eve = login(QStringLiteral("eve"));
    const QString otto = login(QStringLiteral("otto"));
    // A status change that never happened, a note in a colleague's name.
    QCOMPARE(refusal(QStringLiteral("eve"), insert,
                     {m_veraReport, eve, QStringLiteral("status"), QStringLiteral("new"), QStringLiteral("closed"),
                      QString(QLatin1String(""))}),
             QStringLiteral("42501"));
    QCOMPARE(refusal(QStringLiteral("eve"), insert,
                     {m_veraReport, otto, QStringLiteral("note"), QString(QLatin1String("")),
                      QString(QLatin1String("")), QStringLiteral("Otto says: close it")}),
             QStringLiteral("42501"));
    QCOMPARE(refusal(QStringLiteral("eve"), QStringLiteral("UPDATE report_events SET text = 'x'")), QStringLiteral("42501"));
    QCOMPARE(refusal(QStringLiteral("eve"), QStringLiteral("DELETE FROM report_events")), QStringLiteral("42501"));
    QCOMPARE(snapshot(), before);

    // Her own note lands at the server's time and the report's version.
    QSqlQuery query(as(QStringLiteral("eve")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO report_events (report_id, actor, kind, text, at, version) "
                                         "VALUES (?, ?, 'note', 'Checked the cable', '2999-01-01', 99) RETURNING id")));
    query.addBindValue(m_veraReport);
    query.addBindValue(eve);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    const QVariantList stored = row(QStringLiteral("SELECT e.version = r.version, abs(extract(epoch FROM now() - e.at)) "
                                                   "< 60 FROM report_events e JOIN reports r ON r.id = e.report_id "
                                                   "WHERE e.id = ?"),
                                    {query.value(0)});
    QCOMPARE(stored, QVariantList({true, true}));
}

void tst_HostileReporter::consoleActionsLeaveOneHistoryRowEachInTheAgentsName()
{
    // The console as eve: the history the server writes is the history she sees.
    const qint64 original = fileAs(QStringLiteral("vera"), QStringLiteral("Wi-Fi drops in the meeting room"));
    const qint64 repeat = fileAs(QStringLiteral("vera"), QStringLiteral("No Wi-Fi in meeting room 2"));
    QVERIFY(original > 0 && repeat > 0);
    const QString eve = login(QStringLiteral("eve"));
    ReviewStore console(QStringLiteral("hostile-eve"), eve);
    ActionResult result = console.take(original, 1);
    QVERIFY2(result.ok, qPrintable(result.error));
    result = console.setStatus(original, result.version, QStringLiteral("in_progress"));
    QVERIFY2(result.ok, qPrintable(result.error));
    result = console.addNote(original, result.version, QStringLiteral("Access point 4 reboots"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.version, 4);
    result = console.markDuplicate(repeat, 1, original);
    QVERIFY2(result.ok, qPrintable(result.error));

    QString error;
    const QList<ReportEvent> history = console.history(original, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList described;
    for (const ReportEvent &event : history) {
        QCOMPARE(event.actor, eve);
        described << ReviewStore::describe(event);
    }
    QCOMPARE(described.size(), 4);
    QCOMPARE(described.at(0), QStringLiteral("%1 took the report").arg(eve));
    QVERIFY2(described.at(3).contains(formatTicket(repeat)), qPrintable(described.at(3)));
    const QList<ReportEvent> closed = console.history(repeat, &error);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(ReviewStore::describe(closed.constFirst()),
             QStringLiteral("%1 closed the report as a duplicate of %2").arg(eve, formatTicket(original)));
    QCOMPARE(closed.constFirst().version, 2);
}

QTEST_GUILESS_MAIN(tst_HostileReporter)
#include "tst_hostilereporter.moc"
