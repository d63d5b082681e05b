// What a login can do with nothing but psql. Every employee has a database
// login on the shared server, so the database itself must refuse whatever
// the wizard or the console would: here a plain reporter login (mallory) and
// a plain agent login (eve) send raw SQL past every check of the programs.
// Each attack is refused, or has no effect on what anyone else sees; after a
// refused attack the reports, their history and attachments are exactly as
// before (row counts and a checksum, read by the owner). PostgreSQL only:
// the embedded SQLite file has no logins to hold to anything (README).

#include "model/report.h"
#include "model/taxonomy.h"
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
#include <QUuid>

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
    void reportMeetsTheWizardsLimits_data();
    void reportMeetsTheWizardsLimits();
    void attachmentMeetsTheWizardsLimits_data();
    void attachmentMeetsTheWizardsLimits();
    void databaseKnowsEveryCategoryAndSymptom();
    void floodOfReportsIsStoppedPerLogin();
    void nobodyHoldsAnotherLoginsTurnToFile();
    void temporaryTablesDoNotShadowTheSchema();
    void reporterReadsOthersOpenReportsOnlyAsTheDuplicateCheckAsks();
    void reporterCannotChangeAnyTableSequenceOrRole();

private:
    QString login(const QString &who) const { return m_database->name() + QLatin1Char('_') + who; }
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(QStringLiteral("hostile-") + who); }
    // What everyone else sees: per table, the row count and an md5 of every row.
    QString snapshot() const;
    // `sql` as `who` with `values` bound fails; returns its SQLSTATE.
    QString refusal(const QString &who, const QString &sql, const QVariantList &values = {}) const;
    qint64 fileAs(const QString &who, const QString &summary);
    QVariantList row(const QString &sql, const QVariantList &values = {}) const;
    // A report as mallory would type it into psql, `changed` replacing the
    // plausible values; the query that ran (failed or with the new id).
    QSqlQuery insertAsMallory(const QVariantMap &changed);

    std::unique_ptr<TestDatabase> m_database;
    QStringList m_connections;
    QStringList m_roles;
    qint64 m_veraReport = 0;
};

namespace {
const QString password = QStringLiteral("s3cret-Pa55");

// Every column but the id of a report, as mallory could type them.
const QString plainInsert = QStringLiteral(
    "INSERT INTO reports (client_id, category, symptom, summary, started_at, impact, urgency, device_kind, "
    "reporter_name, reporter_email, reporter_login%1) VALUES (?, 'printing', 'paper_jam', 'Printer jams on every "
    "page', now(), 'office', 'blocked', 'printer', 'Mallory', 'mallory@example.com', ?%2)");
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
    // Without values as it is: PostgreSQL prepares no TRUNCATE, GRANT or CREATE.
    if (values.isEmpty())
        return query.exec(sql) ? QString() : query.lastError().nativeErrorCode();
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
    // %1: Vera's report.
    QTest::addColumn<QString>("sql");
    QTest::newRow("summary") << QStringLiteral("UPDATE reports SET summary = 'Nothing to see' WHERE id = %1");
    QTest::newRow("reporter") << QStringLiteral("UPDATE reports SET reporter_login = 'someone' WHERE id = %1");
    QTest::newRow("priority") << QStringLiteral("UPDATE reports SET priority = 4 WHERE id = %1");
    QTest::newRow("time filed") << QStringLiteral("UPDATE reports SET created_at = now() - interval '1 year' WHERE id = %1");
    QTest::newRow("who changed it") << QStringLiteral("UPDATE reports SET updated_by = 'otto' WHERE id = %1");
    // Another file in its place, with a size and checksum that match.
    QTest::newRow("a file's bytes")
        << QStringLiteral("UPDATE attachments SET data = 'x'::bytea, size = 1, sha256 = encode(sha256('x'::bytea), 'hex') "
                          "WHERE report_id = %1");
    QTest::newRow("a file's name") << QStringLiteral("UPDATE attachments SET file_name = 'other.txt' WHERE report_id = %1");
    QTest::newRow("a file taken away") << QStringLiteral("DELETE FROM attachments WHERE report_id = %1");
}

void tst_HostileReporter::agentCannotEditWhatTheReporterWrote()
{
    QFETCH(QString, sql);
    const QString before = snapshot();
    QCOMPARE(refusal(QStringLiteral("eve"), sql.arg(m_veraReport)), QStringLiteral("42501"));
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
    // What a program that let them through would say.
    QSqlQuery said(as(QStringLiteral("eve")));
    QVERIFY(said.prepare(update));
    said.addBindValue(QStringLiteral("resolved"));
    said.addBindValue(id);
    QVERIFY(!said.exec());
    QVERIFY2(Database::explain(said.lastError(), as(QStringLiteral("eve")))
                 .contains(QStringLiteral("the workflow does not let the status change that way")),
             qPrintable(said.lastError().text()));

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

    // Handing a report to someone else leaves its row, in the name of who did it.
    QSqlQuery assign(eve);
    QVERIFY(assign.prepare(QStringLiteral("UPDATE reports SET assignee = ? WHERE id = ?")));
    assign.addBindValue(login(QStringLiteral("otto")));
    assign.addBindValue(repeat);
    QVERIFY2(assign.exec(), qPrintable(assign.lastError().text()));
    QCOMPARE(row(QStringLiteral("SELECT r.assignee, r.version, e.actor, e.new_value FROM reports r JOIN report_events "
                                "e ON e.report_id = r.id WHERE r.id = ?"),
                 {repeat}),
             QVariantList({login(QStringLiteral("otto")), 2, login(QStringLiteral("eve")), login(QStringLiteral("otto"))}));
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

QSqlQuery tst_HostileReporter::insertAsMallory(const QVariantMap &changed)
{
    QVariantMap values = {
        {QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("category"), QStringLiteral("printing")},
        {QStringLiteral("symptom"), QStringLiteral("paper_jam")},
        {QStringLiteral("summary"), QStringLiteral("Printer jams on every page")},
        {QStringLiteral("description"), QStringLiteral("Since Monday.\nTray 2\tonly.")},
        {QStringLiteral("started_at"), QDateTime::currentDateTimeUtc().addSecs(-600)},
        {QStringLiteral("impact"), QStringLiteral("me")},
        {QStringLiteral("urgency"), QStringLiteral("slowed")},
        {QStringLiteral("device_kind"), QStringLiteral("printer")},
        {QStringLiteral("reporter_name"), QStringLiteral("Mallory")},
        {QStringLiteral("reporter_email"), QStringLiteral("mallory@example.com")},
        {QStringLiteral("reporter_login"), login(QStringLiteral("mallory"))},
    };
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        values.insert(it.key(), it.value());
    QStringList marks(values.size(), QStringLiteral("?"));
    QSqlQuery query(as(QStringLiteral("mallory")));
    query.prepare(QStringLiteral("INSERT INTO reports (%1) VALUES (%2) RETURNING id")
                      .arg(values.keys().join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (query.exec())
        query.next();
    return query;
}

void tst_HostileReporter::reportMeetsTheWizardsLimits_data()
{
    QTest::addColumn<QVariantMap>("changed");
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("said");
    const QString state = QStringLiteral("23514");
    auto one = [](const char *column, const QVariant &value) { return QVariantMap{{QLatin1String(column), value}}; };
    QTest::newRow("summary of 9") << one("summary", QStringLiteral("Too short")) << state
                                  << QStringLiteral("the summary must have 10 to 120 characters");
    QTest::newRow("summary of 121") << one("summary", QString(121, QLatin1Char('x'))) << state
                                    << QStringLiteral("the summary must have 10 to 120 characters");
    QTest::newRow("100 KB description") << one("description", QString(100000, QLatin1Char('x'))) << state
                                        << QStringLiteral("the description may have at most 4000 characters");
    QTest::newRow("bell in the summary") << one("summary", QStringLiteral("Printer \a jams again")) << state
                                         << QStringLiteral("a field contains control characters");
    QTest::newRow("escape in the name") << one("reporter_name", QStringLiteral("Mal\x1b[2Jlory")) << state
                                        << QStringLiteral("a field contains control characters");
    QTest::newRow("carriage return in the description")
        << one("description", QStringLiteral("one\rtwo")) << state << QStringLiteral("a field contains control characters");
    QTest::newRow("a symptom of another category") << one("symptom", QStringLiteral("vpn")) << QStringLiteral("23503")
                                                   << QStringLiteral("the category or symptom is not one the helpdesk knows");
    QTest::newRow("an unknown category") << QVariantMap{{QStringLiteral("category"), QStringLiteral("coffee")},
                                                        {QStringLiteral("symptom"), QStringLiteral("other")}}
                                         << QStringLiteral("23503")
                                         << QStringLiteral("the category or symptom is not one the helpdesk knows");
    QTest::newRow("a kind of device nobody has") << one("device_kind", QStringLiteral("toaster")) << state
                                                 << QStringLiteral("the kind of device");
    QTest::newRow("by pigeon") << one("preferred_contact", QStringLiteral("pigeon")) << state
                               << QStringLiteral("the preferred contact");
    QTest::newRow("nobody to answer") << one("reporter_email", QString(QLatin1String(""))) << state
                                      << QStringLiteral("there is neither an email address nor a phone number");
    QTest::newRow("not an email address") << one("reporter_email", QStringLiteral("mallory at home")) << state
                                          << QStringLiteral("the email address is not one");
    QTest::newRow("no name") << one("reporter_name", QStringLiteral(" ")) << state
                             << QStringLiteral("the reporter's name is missing");
    QTest::newRow("a room of 201") << one("room", QString(201, QLatin1Char('9'))) << state
                                   << QStringLiteral("a field has more than 200 characters");
    QTest::newRow("starts tomorrow") << one("started_at", QDateTime::currentDateTimeUtc().addDays(1)) << state
                                     << QStringLiteral("when the problem started is missing or in the future");
    QTest::newRow("never started") << one("started_at", QVariant(QMetaType(QMetaType::QDateTime))) << state
                                   << QStringLiteral("when the problem started is missing or in the future");
}

void tst_HostileReporter::reportMeetsTheWizardsLimits()
{
    QFETCH(QVariantMap, changed);
    QFETCH(QString, sqlState);
    QFETCH(QString, said);
    const QString before = snapshot();
    QSqlQuery refused = insertAsMallory(changed);
    QVERIFY2(refused.lastError().isValid(), "the database took it");
    QCOMPARE(refused.lastError().nativeErrorCode(), sqlState);
    // What a program that let it through would show.
    const QString message = Database::explain(refused.lastError(), as(QStringLiteral("mallory")));
    QVERIFY2(message.startsWith(QStringLiteral("Not saved: the database refused it because")), qPrintable(message));
    QVERIFY2(message.contains(said), qPrintable(message));
    QCOMPARE(snapshot(), before);
}

void tst_HostileReporter::attachmentMeetsTheWizardsLimits_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("sha256");
    QTest::addColumn<QString>("said");
    const QByteArray log("printer log");
    const QString sum = Attachment::sha256Hex(log);
    const QString text = QStringLiteral("text/plain");
    const QString name = QStringLiteral("log.txt");
    QTest::newRow("a sixth file") << 6 << name << text << log << qint64(log.size()) << sum
                                  << QStringLiteral("at most 5 files can be attached");
    const QByteArray big(10 * 1024 * 1024 + 1, 'x');
    QTest::newRow("10 MB and a byte") << 1 << name << text << big << qint64(big.size()) << Attachment::sha256Hex(big)
                                      << QStringLiteral("a file is empty or larger than 10 MB");
    QTest::newRow("a size that lies") << 1 << name << text << log << qint64(5) << sum
                                      << QStringLiteral("a file's size does not match its bytes");
    QTest::newRow("a checksum that lies") << 1 << name << text << log << qint64(log.size()) << QString(64, QLatin1Char('0'))
                                          << QStringLiteral("a file's checksum does not match its bytes");
    QTest::newRow("a folder in the name") << 1 << QStringLiteral("../../etc/passwd") << text << log
                                          << qint64(log.size()) << sum << QStringLiteral("contains a folder");
    QTest::newRow("a control in the name") << 1 << QStringLiteral("log\x7f.txt") << text << log << qint64(log.size())
                                           << sum << QStringLiteral("contains a folder or control characters");
    QTest::newRow("no type") << 1 << name << QStringLiteral(" ") << log << qint64(log.size()) << sum
                             << QStringLiteral("a file has no type");
}

void tst_HostileReporter::attachmentMeetsTheWizardsLimits()
{
    QFETCH(int, position);
    QFETCH(QString, fileName);
    QFETCH(QString, mimeType);
    QFETCH(QByteArray, data);
    QFETCH(qint64, size);
    QFETCH(QString, sha256);
    QFETCH(QString, said);
    QSqlQuery own = insertAsMallory({});
    QVERIFY2(!own.lastError().isValid(), qPrintable(own.lastError().text()));
    const qint64 id = own.value(0).toLongLong();
    const QString before = snapshot();
    QSqlQuery attach(as(QStringLiteral("mallory")));
    QVERIFY(attach.prepare(QStringLiteral("INSERT INTO attachments (report_id, position, file_name, mime_type, size, "
                                          "sha256, data) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    for (const QVariant &value : QVariantList{id, position, fileName, mimeType, size, sha256, data})
        attach.addBindValue(value);
    QVERIFY(!attach.exec());
    QCOMPARE(attach.lastError().nativeErrorCode(), QStringLiteral("23514"));
    const QString message = Database::explain(attach.lastError(), as(QStringLiteral("mallory")));
    QVERIFY2(message.contains(said), qPrintable(message));
    QCOMPARE(snapshot(), before);
}

void tst_HostileReporter::databaseKnowsEveryCategoryAndSymptom()
{
    // The database's list and the wizard's are the same, so neither refuses what the other offers.
    QSet<QString> wizard;
    for (const Category &category : Taxonomy::instance().categories()) {
        for (const Symptom &symptom : category.symptoms)
            wizard.insert(category.id + QLatin1Char('/') + symptom.id);
    }
    QSet<QString> database;
    QSqlQuery query(as(QStringLiteral("mallory")));
    QVERIFY(query.exec(QStringLiteral("SELECT category || '/' || symptom FROM report_symptoms")));
    while (query.next())
        database.insert(query.value(0).toString());
    QCOMPARE(database, wizard);
}

void tst_HostileReporter::floodOfReportsIsStoppedPerLogin()
{
    // A script filing as fast as it can stops at the login's limit; nobody
    // else is stopped, and the owner can raise the limit for this login.
    const QString mallory = login(QStringLiteral("mallory"));
    const int filed = row(QStringLiteral("SELECT count(*) FROM reports WHERE filed_by = ? AND created_at > now() - "
                                         "interval '1 hour'"),
                          {mallory})
                          .value(0)
                          .toInt();
    QString error = m_database->execAsSuperuser(
        {QStringLiteral("INSERT INTO filing_limits (login, reports_per_hour) VALUES ('%1', %2)").arg(mallory).arg(filed + 2)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto restore = qScopeGuard([this, mallory] {
        m_database->execAsSuperuser({QStringLiteral("DELETE FROM filing_limits WHERE login = '%1'").arg(mallory)});
    });
    for (int i = 0; i < 2; ++i) {
        QSqlQuery accepted = insertAsMallory({});
        QVERIFY2(!accepted.lastError().isValid(), qPrintable(accepted.lastError().text()));
    }
    const QString before = snapshot();
    QSqlQuery refused = insertAsMallory({});
    QCOMPARE(refused.lastError().nativeErrorCode(), QStringLiteral("HD429"));
    QCOMPARE(snapshot(), before);

    // Through the program: said plainly, not a lost connection to wait for.
    Report report = validTestReport(QStringLiteral("Printer jams on every page, again"));
    report.contact.login = mallory;
    const auto result = ReportStore(QStringLiteral("hostile-mallory")).submit(report);
    QVERIFY(!result.ok());
    QVERIFY(!result.unreachable);
    QVERIFY2(result.error.contains(QStringLiteral("at most %1 new reports an hour from the login “%2”")
                                       .arg(filed + 2)
                                       .arg(mallory)),
             qPrintable(result.error));
    QCOMPARE(snapshot(), before);
    QVERIFY(fileAs(QStringLiteral("vera"), QStringLiteral("Vera's printer jams too")) > 0);

    error = m_database->execAsSuperuser(
        {QStringLiteral("UPDATE filing_limits SET reports_per_hour = %1 WHERE login = '%2'").arg(filed + 3).arg(mallory)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(ReportStore(QStringLiteral("hostile-mallory")).submit(report).ok());
}

void tst_HostileReporter::nobodyHoldsAnotherLoginsTurnToFile()
{
    // Mallory holds what a filing of Vera's could wait for: the lock schema 10
    // took (its key was public) and Vera's turn through the server's own
    // function, in a transaction left open.
    const QString vera = login(QStringLiteral("vera"));
    QSqlDatabase mallory = as(QStringLiteral("mallory"));
    QSqlQuery hold(mallory);
    QVERIFY2(hold.exec(QStringLiteral("SELECT pg_advisory_lock(hashtext('helpdesk_report_rate'), hashtext('%1'))").arg(vera)),
             qPrintable(hold.lastError().text()));
    QVERIFY(mallory.transaction());
    auto release = qScopeGuard([&mallory] {
        mallory.rollback();
        QSqlQuery(mallory).exec(QStringLiteral("SELECT pg_advisory_unlock_all()"));
    });
    QVERIFY(hold.prepare(QStringLiteral("SELECT helpdesk_filing_turn(?)")));
    hold.addBindValue(vera);
    QVERIFY2(hold.exec(), qPrintable(hold.lastError().text()));

    // Vera files at once; a filing that waited would stop at the timeout.
    QSqlQuery timeout(as(QStringLiteral("vera")));
    QVERIFY(timeout.exec(QStringLiteral("SET statement_timeout = '5s'")));
    auto resetTimeout = qScopeGuard([this] { QSqlQuery(as(QStringLiteral("vera"))).exec(QStringLiteral("RESET statement_timeout")); });
    QVERIFY(fileAs(QStringLiteral("vera"), QStringLiteral("Vera files while Mallory holds locks")) > 0);
    release.dismiss();
    QVERIFY(mallory.rollback());
    QVERIFY(QSqlQuery(mallory).exec(QStringLiteral("SELECT pg_advisory_unlock_all()")));

    // Each login reads its own limit and everyone's, not who else has one.
    QString error = m_database->execAsSuperuser(
        {QStringLiteral("INSERT INTO filing_limits (login, reports_per_hour) VALUES ('%1', 500), ('%2', 40)")
             .arg(login(QStringLiteral("monitoring")), login(QStringLiteral("mallory")))});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto restore = qScopeGuard([this] {
        m_database->execAsSuperuser({QStringLiteral("DELETE FROM filing_limits WHERE login IN ('%1', '%2')")
                                         .arg(login(QStringLiteral("monitoring")), login(QStringLiteral("mallory")))});
    });
    QSqlQuery limits(mallory);
    QVERIFY(limits.exec(QStringLiteral("SELECT login FROM filing_limits ORDER BY login")));
    QStringList seen;
    while (limits.next())
        seen.append(limits.value(0).toString());
    QCOMPARE(seen, (QStringList{QStringLiteral("*"), login(QStringLiteral("mallory"))}));
    QCOMPARE(refusal(QStringLiteral("mallory"), QStringLiteral("SELECT * FROM filing_lock_salt")), QStringLiteral("42501"));
}

void tst_HostileReporter::temporaryTablesDoNotShadowTheSchema()
{
    // PostgreSQL looks in pg_temp first unless told otherwise, and every
    // login may create temporary tables: one named like the schema's must
    // change nothing the server decides.
    QSqlQuery mallory(as(QStringLiteral("mallory")));
    QVERIFY2(mallory.exec(QStringLiteral("CREATE TEMP TABLE priority_matrix (impact text, urgency text, priority int)")),
             qPrintable(mallory.lastError().text()));
    QVERIFY(mallory.exec(QStringLiteral("INSERT INTO priority_matrix VALUES ('me', 'slowed', 1)")));
    QVERIFY(mallory.exec(QStringLiteral("CREATE TEMP TABLE filing_limits (login text, reports_per_hour int)")));
    QVERIFY(mallory.exec(QStringLiteral("CREATE TEMP TABLE reports (id bigint, filed_by text, created_at timestamptz)")));
    QSqlQuery filed(as(QStringLiteral("mallory")));
    QVERIFY(filed.prepare(QStringLiteral("INSERT INTO public.reports (client_id, category, symptom, summary, started_at, "
                                         "impact, urgency, device_kind, reporter_name, reporter_email, reporter_login) "
                                         "VALUES (?, 'printing', 'paper_jam', 'Printer jams on every page', now(), "
                                         "'me', 'slowed', 'printer', 'Mallory', 'm@example.com', ?) RETURNING id")));
    filed.addBindValue(QStringLiteral("shadowed-matrix"));
    filed.addBindValue(login(QStringLiteral("mallory")));
    QVERIFY2(filed.exec() && filed.next(), qPrintable(filed.lastError().text()));
    QCOMPARE(row(QStringLiteral("SELECT priority FROM reports WHERE id = ?"), {filed.value(0)}).value(0).toInt(), 4);
    // Her own table called reports does not make her its owner.
    QVERIFY(mallory.exec(QStringLiteral("SELECT helpdesk_acts_as_owner()")) && mallory.next());
    QVERIFY(!mallory.value(0).toBool());
    QVERIFY(mallory.exec(QStringLiteral("DISCARD TEMP")));

    // An agent's own report_events and reports: the workflow and the history stay the server's.
    const qint64 id = fileAs(QStringLiteral("vera"), QStringLiteral("Laptop battery lasts ten minutes"));
    QSqlQuery eve(as(QStringLiteral("eve")));
    QVERIFY(eve.exec(QStringLiteral("CREATE TEMP TABLE reports (id bigint)")));
    QVERIFY(eve.exec(QStringLiteral("CREATE TEMP TABLE report_events (report_id bigint, at timestamptz, actor text, "
                                    "kind text, old_value text, new_value text, text text, version int)")));
    QCOMPARE(refusal(QStringLiteral("eve"), QStringLiteral("UPDATE public.reports SET status = 'resolved' WHERE id = %1").arg(id)),
             QStringLiteral("23514"));
    QVERIFY(eve.exec(QStringLiteral("UPDATE public.reports SET status = 'in_progress' WHERE id = %1").arg(id)));
    QCOMPARE(row(QStringLiteral("SELECT count(*) FROM report_events WHERE report_id = ? AND kind = 'status'"), {id})
                 .value(0)
                 .toInt(),
             1);
    QVERIFY(eve.exec(QStringLiteral("DISCARD TEMP")));
}

void tst_HostileReporter::reporterReadsOthersOpenReportsOnlyAsTheDuplicateCheckAsks()
{
    // Open reports of other people, on one device, from the owner (who files
    // past the rate limit): more than any lookup answers.
    ReportStore owner(QStringLiteral("hostile-owner"));
    for (int i = 0; i < 55; ++i) {
        Report report = validTestReport(QStringLiteral("Label printer %1 prints blank labels").arg(i));
        report.device.assetTag = QStringLiteral("INV-LABEL");
        report.device.building = QStringLiteral("Warehouse");
        report.contact.login = login(QStringLiteral("vera"));
        QVERIFY2(owner.submit(report).ok(), "filing as the owner failed");
    }
    auto count = [this](const QString &who, const QString &sql, const QVariantList &values = {}) {
        QSqlQuery query(as(who));
        if (!query.prepare(sql))
            return -1;
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toInt();
    };
    const QString mallory = QStringLiteral("mallory");
    const qint64 own = fileAs(mallory, QStringLiteral("Mallory's own printer is out of toner"));
    QVERIFY(own > 0);

    // No list of everyone's open reports any more.
    QCOMPARE(refusal(mallory, QStringLiteral("SELECT * FROM open_reports")), QStringLiteral("42P01"));
    QCOMPARE(count(mallory, QStringLiteral("SELECT count(*) FROM open_reports_readable "
                                           "WHERE reporter_login <> current_user")),
             0);
    QCOMPARE(count(mallory, QStringLiteral("SELECT count(*) FROM open_reports_readable WHERE id = ?"), {own}), 1);
    QVERIFY(count(QStringLiteral("eve"), QStringLiteral("SELECT count(*) FROM open_reports_readable")) >= 56);

    // A lookup answers about one draft, at most 50 rows, and nothing for an
    // empty or wild key.
    const QString forAsset = QStringLiteral("SELECT count(*) FROM open_reports_for_asset(?, ?)");
    QCOMPARE(count(mallory, forAsset, {QStringLiteral("inv-label"), 1000000}), 50);
    QCOMPARE(count(mallory, forAsset, {QStringLiteral("inv-label"), -1}), 0);
    QCOMPARE(count(mallory, forAsset, {QString(), 50}), 0);
    QCOMPARE(count(mallory, forAsset, {QStringLiteral("%"), 50}), 0);
    const QString at = QStringLiteral("SELECT count(*) FROM open_reports_at(?, ?, ?, ?, 50)");
    QCOMPARE(count(mallory, at, {QStringLiteral("HP"), QStringLiteral("LaserJet Pro M404dn"), QStringLiteral("Warehouse"),
                                 QString()}),
             50);
    QCOMPARE(count(mallory, at, {QString(), QString(), QString(), QString()}), 0);
    QCOMPARE(count(mallory, at, {QStringLiteral("HP"), QStringLiteral("LaserJet Pro M404dn"), QString(), QString()}), 0);
    const QString like = QStringLiteral("SELECT count(*) FROM open_reports_like('printing', ?, 50)");
    QCOMPARE(count(mallory, like, {QStringLiteral("label printer prints blank labels")}), 50);
    QCOMPARE(count(mallory, like, {QStringLiteral("printer")}), 0); // one word: no feed of every printer report
    QCOMPARE(count(mallory, like, {QString()}), 0);
    QCOMPARE(count(mallory, like, {QStringLiteral("a e o и а 1 2 3")}), 0);

    // They show no one's name, login or contact details.
    QSqlQuery columns(as(mallory));
    QVERIFY(columns.exec(QStringLiteral("SELECT * FROM open_reports_for_asset('inv-label', 1)")));
    QVERIFY(columns.next());
    for (int i = 0; i < columns.record().count(); ++i)
        QVERIFY2(!columns.record().fieldName(i).startsWith(QLatin1String("reporter")),
                 qPrintable(columns.record().fieldName(i)));
}

void tst_HostileReporter::reporterCannotChangeAnyTableSequenceOrRole()
{
    // Every table, view and sequence of the schema as it is now, so a table
    // added later is tried too: a reporter changes or empties none of them,
    // takes no sequence value, makes nothing new and gives itself no role.
    QStringList tables;
    QStringList sequences;
    QSqlQuery list(as(QStringLiteral("owner")));
    QVERIFY(list.exec(QStringLiteral("SELECT c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = "
                                     "current_schema()::regnamespace AND c.relkind IN ('r', 'v', 'S') ORDER BY 1")));
    while (list.next())
        (list.value(1).toString() == QLatin1String("S") ? sequences : tables).append(list.value(0).toString());
    QVERIFY(tables.contains(QStringLiteral("reports")) && tables.contains(QStringLiteral("open_reports_readable")));
    QVERIFY(!sequences.isEmpty());

    const QString before = snapshot();
    QStringList allowed;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery column(as(QStringLiteral("owner")));
        QVERIFY(column.prepare(QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND "
                                              "attnum > 0 AND NOT attisdropped AND attidentity = '' AND attgenerated = '' "
                                              "ORDER BY attnum LIMIT 1")));
        column.addBindValue(table);
        QVERIFY(column.exec() && column.next());
        const QString first = column.value(0).toString();
        for (const QString &sql : {QStringLiteral("UPDATE %1 SET %2 = %2").arg(table, first),
                                   QStringLiteral("DELETE FROM %1").arg(table), QStringLiteral("TRUNCATE %1").arg(table)}) {
            const QString code = refusal(QStringLiteral("mallory"), sql);
            // 42501 no privilege; 42809 a view that is not updatable, 55000 one without the trigger it needs;
            // 428C9 a view's column that is an identity (only the server gives it).
            static const QStringList refusals = {QStringLiteral("42501"), QStringLiteral("42809"),
                                                 QStringLiteral("55000"), QStringLiteral("428C9")};
            if (!refusals.contains(code))
                allowed << QStringLiteral("%1 (%2)").arg(sql, code.isEmpty() ? QStringLiteral("ran") : code);
        }
    }
    for (const QString &sequence : std::as_const(sequences)) {
        for (const QString &sql : {QStringLiteral("SELECT nextval('%1')").arg(sequence),
                                   QStringLiteral("SELECT setval('%1', 1000000)").arg(sequence)}) {
            if (refusal(QStringLiteral("mallory"), sql) != QLatin1String("42501"))
                allowed << sql;
        }
    }
    for (const QString &sql :
         {QStringLiteral("SELECT helpdesk_grant_role(current_user, 'helpdesk_agent')"),
          QStringLiteral("CREATE TABLE public.mallorys (x int)"),
          QStringLiteral("CREATE FUNCTION public.helpdesk_acts_as_owner(x int) RETURNS boolean LANGUAGE sql AS 'SELECT true'"),
          QStringLiteral("ALTER TABLE reports DISABLE TRIGGER reports_checked"),
          QStringLiteral("GRANT helpdesk_agent TO current_user")}) {
        if (refusal(QStringLiteral("mallory"), sql).isEmpty())
            allowed << sql;
    }
    QVERIFY2(allowed.isEmpty(), qPrintable(allowed.join(QStringLiteral("\n"))));
    QCOMPARE(snapshot(), before);
    QVERIFY(row(QStringLiteral("SELECT NOT pg_has_role(?, 'helpdesk_agent', 'MEMBER')"), {login(QStringLiteral("mallory"))})
                .value(0)
                .toBool());
}

QTEST_GUILESS_MAIN(tst_HostileReporter)
#include "tst_hostilereporter.moc"
