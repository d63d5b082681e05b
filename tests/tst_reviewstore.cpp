// The agents' side of the store as agents meet it, on SQLite and PostgreSQL:
// the queue filters, searches and pages newest first without losing or
// repeating a row; every action leaves a history row; two consoles editing
// one report never overwrite each other; agents sign in (accounts on SQLite,
// database logins on PostgreSQL); and the reporter reads the replies to their
// report but never the agents' internal notes.

#include "model/csv.h"
#include "model/storagetime.h"
#include "store/agentaccounts.h"
#include "store/database.h"
#include "store/demoseeder.h"
#include "store/reportstore.h"
#include "store/reviewstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QBuffer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Helpdesk;

class tst_ReviewStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void keysetPagingReturnsEveryRowOnceInOrder();
    void filtersNarrowTheQueue();
    void searchJumpsToTicketOrFindsWords();
    void everyActionLeavesAHistoryRow();
    void statusChangesFollowTheWorkflow();
    void secondConsoleIsRefusedWithAnExplanation();
    void agentSignIn();
    void reporterSeesRepliesButNotNotes();
    void reporterAnswersAndSaysWhetherItIsFixed();
    void exportCsvWritesTheFilteredQueuePageByPage();
    void markDuplicateMovesPeopleToTheOriginal();
    void markDuplicateIsRefusedWhenItMakesNoSense();

private:
    QString open(const QString &name, const QString &url = {});
    QString createLogin(const QString &who, const QString &role);
    qint64 file(const QString &summary, const QString &category = QStringLiteral("printing"),
                const QString &make = QStringLiteral("HP"), const QString &impact = QStringLiteral("me"));
    void setCreatedAt(qint64 id, const QDateTime &time);
    QList<qint64> allIds(ReviewStore &store, const QueueFilter &filter, int pageSize);

    std::unique_ptr<TestDatabase> m_database;
    QStringList m_connections;
    QStringList m_roles;
};

namespace {
const QString password = QStringLiteral("s3cret-Pa55");
}

QString tst_ReviewStore::open(const QString &name, const QString &url)
{
    QString error;
    if (!Database::open(url.isEmpty() ? m_database->url() : url, name, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    m_connections.append(name);
    return name;
}

QString tst_ReviewStore::createLogin(const QString &who, const QString &role)
{
    const QString login = m_database->name() + QLatin1Char('_') + who;
    const QString error = m_database->execAsSuperuser(
        {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password)});
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    m_roles.append(login);
    if (!role.isEmpty()) {
        QSqlQuery grant(QSqlDatabase::database(QStringLiteral("a")));
        grant.prepare(QStringLiteral("SELECT helpdesk_grant_role(?, ?)"));
        grant.addBindValue(login);
        grant.addBindValue(role);
        if (!grant.exec())
            qWarning("%s", qPrintable(grant.lastError().text()));
    }
    return login;
}

qint64 tst_ReviewStore::file(const QString &summary, const QString &category, const QString &make,
                             const QString &impact)
{
    Report report = validTestReport(summary);
    report.category = category;
    report.symptom = category == QLatin1String("printing") ? QStringLiteral("paper_jam") : QStringLiteral("other");
    report.device.make = make;
    report.device.customModel = make != QLatin1String("HP");
    if (make.isEmpty()) {
        report.device.kind = QStringLiteral("network");
        report.device.model.clear();
    }
    report.impact = impact;
    const auto result = ReportStore(QStringLiteral("a")).submit(report);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error));
    return result.id;
}

void tst_ReviewStore::setCreatedAt(qint64 id, const QDateTime &time)
{
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("a")));
    query.prepare(QStringLiteral("UPDATE reports SET created_at = ? WHERE id = ?"));
    query.addBindValue(StorageTime::text(time));
    query.addBindValue(id);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

QList<qint64> tst_ReviewStore::allIds(ReviewStore &store, const QueueFilter &filter, int pageSize)
{
    QList<qint64> ids;
    QueueKey key;
    for (int guard = 0; guard < 1000; ++guard) {
        const QueuePage page = store.page(filter, key, pageSize);
        if (!page.error.isEmpty()) {
            qWarning("%s", qPrintable(page.error));
            return {};
        }
        if (page.rows.size() > pageSize)
            return {};
        for (const QueueRow &row : page.rows)
            ids.append(row.id);
        if (page.atEnd)
            break;
        key = page.rows.constLast().key;
    }
    return ids;
}

void tst_ReviewStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
}

void tst_ReviewStore::init()
{
    // A fresh, empty queue per test: the reports table of the last one is emptied.
    QVERIFY(!open(QStringLiteral("a")).isEmpty());
    QVERIFY(!open(QStringLiteral("b")).isEmpty());
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("a")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM report_events")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM reports")));
}

void tst_ReviewStore::cleanup()
{
    for (const QString &name : std::as_const(m_connections))
        Database::close(name);
    m_connections.clear();
}

void tst_ReviewStore::cleanupTestCase()
{
    if (m_database && !m_roles.isEmpty()) {
        QStringList drops;
        for (const QString &role : std::as_const(m_roles))
            drops << QStringLiteral("DROP OWNED BY %1").arg(role);
        m_database->execAsSuperuser(drops);
    }
    m_database.reset();
    TestDatabase::dropRoles(m_roles);
}

void tst_ReviewStore::keysetPagingReturnsEveryRowOnceInOrder()
{
    // 23 reports, three to a minute: equal times must be ordered by id and
    // never skipped or repeated at a page boundary.
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
    QList<QPair<QDateTime, qint64>> expected;
    for (int i = 0; i < 23; ++i) {
        const qint64 id = file(QStringLiteral("Printer number %1 jams").arg(i));
        QVERIFY(id > 0);
        const QDateTime created = base.addSecs(-60 * (i / 3));
        setCreatedAt(id, created);
        expected.append({created, id});
    }
    std::sort(expected.begin(), expected.end(), [](const auto &x, const auto &y) {
        return x.first != y.first ? x.first > y.first : x.second > y.second;
    });
    QList<qint64> expectedIds;
    for (const auto &entry : expected)
        expectedIds.append(entry.second);

    ReviewStore store(QStringLiteral("a"), QStringLiteral("anna"));
    for (int pageSize : {1, 4, 5, 23, 50})
        QCOMPARE(allIds(store, {}, pageSize), expectedIds);
    QCOMPARE(store.count({}), qint64(23));

    // Words found page newest first by ticket number, each exactly once.
    QueueFilter words;
    words.search = QStringLiteral("printer NUMBER");
    QList<qint64> byId = expectedIds;
    std::sort(byId.begin(), byId.end(), std::greater<>());
    for (int pageSize : {1, 4, 23})
        QCOMPARE(allIds(store, words, pageSize), byId);
    words.oldestFirst = true;
    std::reverse(byId.begin(), byId.end());
    QCOMPARE(allIds(store, words, 4), byId);

    // Oldest first: the same rows the other way round, whatever the page size.
    QueueFilter oldest;
    oldest.oldestFirst = true;
    QList<qint64> reversed = expectedIds;
    std::reverse(reversed.begin(), reversed.end());
    for (int pageSize : {1, 5, 50})
        QCOMPARE(allIds(store, oldest, pageSize), reversed);

    words = {};
    words.search = QStringLiteral("number 7");
    QCOMPARE(allIds(store, words, 4).size(), 1);

    const QueuePage first = store.page({}, {}, 5);
    QCOMPARE(first.rows.size(), 5);
    QVERIFY(!first.atEnd);
    QCOMPARE(first.rows.constFirst().ticket(), formatTicket(expectedIds.constFirst()));
    QCOMPARE(first.rows.constFirst().summary.left(15), QStringLiteral("Printer number "));
}

void tst_ReviewStore::filtersNarrowTheQueue()
{
    const qint64 printer = file(QStringLiteral("Printer on floor 2 jams"));
    const qint64 canon = file(QStringLiteral("Canon printer streaks"), QStringLiteral("printing"), QStringLiteral("Canon"));
    const qint64 office = file(QStringLiteral("Whole office printer down"), QStringLiteral("printing"),
                               QStringLiteral("HP"), QStringLiteral("office"));
    const qint64 network = file(QStringLiteral("No network in room 305"), QStringLiteral("network"), QString());
    QVERIFY(printer > 0 && canon > 0 && office > 0 && network > 0);

    ReviewStore anna(QStringLiteral("a"), QStringLiteral("anna"));
    ReviewStore boris(QStringLiteral("b"), QStringLiteral("boris"));
    QVERIFY(anna.take(printer, 1).ok);
    QVERIFY(anna.setStatus(printer, 2, QStringLiteral("in_progress")).ok);
    QVERIFY(boris.take(network, 1).ok);

    auto ids = [&](const QueueFilter &filter) {
        QList<qint64> list = allIds(anna, filter, 2);
        std::sort(list.begin(), list.end());
        return list;
    };
    QueueFilter filter;
    filter.statuses = {QStringLiteral("in_progress")};
    QCOMPARE(ids(filter), QList<qint64>({printer}));
    filter.statuses = {QStringLiteral("new"), QStringLiteral("waiting")};
    QCOMPARE(ids(filter), QList<qint64>({canon, office, network}));

    filter = {};
    filter.category = QStringLiteral("network");
    QCOMPARE(ids(filter), QList<qint64>({network}));

    filter = {};
    filter.make = QStringLiteral("Canon");
    QCOMPARE(ids(filter), QList<qint64>({canon}));

    filter = {};
    filter.priority = ReportStore(QStringLiteral("a")).find(office)->priority;
    QVERIFY(filter.priority != ReportStore(QStringLiteral("a")).find(printer)->priority);
    QCOMPARE(ids(filter), QList<qint64>({office}));

    filter = {};
    filter.assignee = QueueFilter::Assignee::Me;
    QCOMPARE(ids(filter), QList<qint64>({printer}));
    filter.assignee = QueueFilter::Assignee::Unassigned;
    QCOMPARE(ids(filter), QList<qint64>({canon, office}));
    QCOMPARE(anna.count(filter), qint64(2));

    // Filters combine.
    filter.make = QStringLiteral("HP");
    QCOMPARE(ids(filter), QList<qint64>({office}));
}

void tst_ReviewStore::searchJumpsToTicketOrFindsWords()
{
    const qint64 jam = file(QStringLiteral("Printer on floor 2 jams"));
    const qint64 toner = file(QStringLiteral("Принтер пачкает листы тонером"));
    const qint64 other = file(QStringLiteral("Scanner makes a loud noise"));
    QVERIFY(jam > 0 && toner > 0 && other > 0);
    ReviewStore store(QStringLiteral("a"), QStringLiteral("anna"));

    QueueFilter filter;
    filter.search = formatTicket(toner);
    QueuePage page = store.page(filter, {}, 50);
    QVERIFY(page.ticketJump);
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.constFirst().id, toner);
    // The jump ignores the other filters: the agent asked for that ticket.
    filter.statuses = {QStringLiteral("closed")};
    filter.search = QString::number(toner);
    QCOMPARE(store.page(filter, {}, 50).rows.size(), 1);
    QCOMPARE(store.count(filter), qint64(1));

    filter = {};
    filter.search = QStringLiteral("ТОНЕРОМ");
    page = store.page(filter, {}, 50);
    QVERIFY(!page.ticketJump);
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.constFirst().id, toner);

    filter.search = QStringLiteral("floor jams");
    page = store.page(filter, {}, 50);
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.constFirst().id, jam);

    filter.search = QStringLiteral("jane"); // the reporter's name: every report here
    QCOMPARE(store.count(filter), qint64(3));
    filter.search = QStringLiteral("nothing-like-this");
    QCOMPARE(store.page(filter, {}, 50).rows.size(), 0);
    filter.search = formatTicket(other + 1000);
    QCOMPARE(store.page(filter, {}, 50).rows.size(), 0);
}

void tst_ReviewStore::everyActionLeavesAHistoryRow()
{
    const qint64 id = file(QStringLiteral("Printer on floor 2 jams"));
    ReviewStore store(QStringLiteral("a"), QStringLiteral("anna"));
    int version = store.load(id)->version;
    QCOMPARE(version, 1);

    auto step = [&](const ActionResult &result) {
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.version, version + 1);
        version = result.version;
    };
    step(store.take(id, version));
    step(store.setStatus(id, version, QStringLiteral("in_progress")));
    step(store.addNote(id, version, QStringLiteral("Drum unit worn; ordered a new one")));
    step(store.reply(id, version, QStringLiteral("A new drum is on its way.")));
    step(store.setStatus(id, version, QStringLiteral("waiting")));
    step(store.assign(id, version, QStringLiteral("boris")));
    step(store.setStatus(id, version, QStringLiteral("resolved")));

    const ReviewedReport report = *store.load(id);
    QCOMPARE(report.version, version);
    QCOMPARE(report.report.status, QStringLiteral("resolved"));
    QCOMPARE(report.assignee, QStringLiteral("boris"));
    QVERIFY(report.resolvedAt.isValid());
    QVERIFY(report.updatedAt.isValid());

    const QList<ReportEvent> history = store.history(id);
    QCOMPARE(history.size(), 7);
    QStringList kinds;
    for (const ReportEvent &event : history) {
        kinds.append(event.kind);
        QCOMPARE(event.actor, QStringLiteral("anna"));
        QVERIFY(event.at.isValid());
        QVERIFY(qAbs(event.at.secsTo(QDateTime::currentDateTime())) < 120);
    }
    QCOMPARE(kinds, QStringList({QStringLiteral("assign"), QStringLiteral("status"), QStringLiteral("note"),
                                 QStringLiteral("reply"), QStringLiteral("status"), QStringLiteral("assign"),
                                 QStringLiteral("status")}));
    QCOMPARE(history.at(0).newValue, QStringLiteral("anna"));
    QCOMPARE(history.at(0).oldValue, QString());
    QCOMPARE(history.at(1).oldValue, QStringLiteral("new"));
    QCOMPARE(history.at(1).newValue, QStringLiteral("in_progress"));
    QCOMPARE(history.at(2).text, QStringLiteral("Drum unit worn; ordered a new one"));
    QCOMPARE(history.at(5).oldValue, QStringLiteral("anna"));
    QCOMPARE(history.at(5).newValue, QStringLiteral("boris"));
    QCOMPARE(history.constLast().version, version);
    QVERIFY(ReviewStore::describe(history.at(1)).contains(QStringLiteral("In progress")));

    // Reopening clears the resolution time; an empty note is refused and changes nothing.
    step(store.setStatus(id, version, QStringLiteral("in_progress")));
    QVERIFY(!store.load(id)->resolvedAt.isValid());
    const ActionResult empty = store.addNote(id, version, QStringLiteral("   "));
    QVERIFY(!empty.ok);
    QVERIFY(!empty.error.isEmpty());
    QCOMPARE(store.history(id).size(), 8);
    QCOMPARE(store.load(id)->version, version);
}

void tst_ReviewStore::statusChangesFollowTheWorkflow()
{
    QCOMPARE(ReviewStore::nextStatuses(QStringLiteral("new")), QStringList({QStringLiteral("in_progress")}));
    QVERIFY(ReviewStore::canChangeStatus(QStringLiteral("closed"), QStringLiteral("in_progress")));
    QVERIFY(!ReviewStore::canChangeStatus(QStringLiteral("new"), QStringLiteral("closed")));

    const qint64 id = file(QStringLiteral("Printer on floor 2 jams"));
    ReviewStore store(QStringLiteral("a"), QStringLiteral("anna"));
    const ActionResult skip = store.setStatus(id, 1, QStringLiteral("closed"));
    QVERIFY(!skip.ok);
    QVERIFY(!skip.conflict);
    QVERIFY2(skip.error.contains(QStringLiteral("cannot become")), qPrintable(skip.error));
    QCOMPARE(store.load(id)->report.status, QStringLiteral("new"));
    QCOMPARE(store.load(id)->version, 1);
    QVERIFY(store.history(id).isEmpty());

    int version = 1;
    for (const char *status : {"in_progress", "waiting", "resolved", "closed", "in_progress"}) {
        const ActionResult result = store.setStatus(id, version, QString::fromLatin1(status));
        QVERIFY2(result.ok, qPrintable(result.error));
        version = result.version;
    }
    QCOMPARE(store.load(id)->report.status, QStringLiteral("in_progress"));
}

void tst_ReviewStore::secondConsoleIsRefusedWithAnExplanation()
{
    const qint64 id = file(QStringLiteral("Printer on floor 2 jams"));
    ReviewStore anna(QStringLiteral("a"), QStringLiteral("anna"));
    ReviewStore boris(QStringLiteral("b"), QStringLiteral("boris")); // another console, another connection
    const int seenByBoth = anna.load(id)->version;
    QCOMPARE(boris.load(id)->version, seenByBoth);

    QVERIFY(anna.take(id, seenByBoth).ok);
    const ActionResult refused = boris.take(id, seenByBoth);
    QVERIFY(!refused.ok);
    QVERIFY(refused.conflict);
    QCOMPARE(refused.version, seenByBoth + 1);
    QCOMPARE(refused.changesSince.size(), 1);
    QCOMPARE(refused.changesSince.constFirst().actor, QStringLiteral("anna"));
    QVERIFY2(refused.error.contains(formatTicket(id)), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QStringLiteral("nothing was saved")), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QStringLiteral("anna took the report")), qPrintable(refused.error));

    // Nothing of Boris's reached the report or its history.
    QCOMPARE(boris.load(id)->assignee, QStringLiteral("anna"));
    QCOMPARE(boris.history(id).size(), 1);

    // A note and a status change on the stale version are refused just the same.
    QVERIFY(anna.setStatus(id, seenByBoth + 1, QStringLiteral("in_progress")).ok);
    const ActionResult staleNote = boris.addNote(id, seenByBoth, QStringLiteral("I will look at it"));
    QVERIFY(staleNote.conflict);
    QCOMPARE(staleNote.changesSince.size(), 2);
    QVERIFY2(staleNote.error.contains(QStringLiteral("In progress")), qPrintable(staleNote.error));
    const ActionResult staleStatus = boris.setStatus(id, seenByBoth + 1, QStringLiteral("in_progress"));
    QVERIFY(staleStatus.conflict);
    QCOMPARE(anna.history(id).size(), 2);

    // With the current version Boris's change goes through.
    QVERIFY(boris.addNote(id, staleNote.version, QStringLiteral("I will look at it")).ok);
    QCOMPARE(anna.history(id).size(), 3);
}

void tst_ReviewStore::agentSignIn()
{
    const QString connection = QStringLiteral("signin");
    m_connections.append(connection);
    if (!TestDatabase::isPostgres()) {
        AgentAccounts accounts(QStringLiteral("a"));
        QDateTime now = QDateTime::currentDateTimeUtc();
        accounts.setClock([&now] { return now; });
        bool created = false;
        QString error;
        QVERIFY(!accounts.setAgent(QStringLiteral("anna"), {}, QStringLiteral("short"), &created, &error));
        QVERIFY2(error.contains(QStringLiteral("at least")), qPrintable(error));
        QVERIFY2(accounts.setAgent(QStringLiteral("anna"), QStringLiteral("Anna Petrova"),
                                   QStringLiteral("correct horse"), &created, &error), qPrintable(error));
        QVERIFY(created);

        // Stored as a salted slow hash, never as the password.
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("a")));
        QVERIFY(query.exec(QStringLiteral("SELECT password_hash, salt, iterations FROM agents WHERE login = 'anna'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toByteArray().size(), 32);
        QVERIFY(!query.value(0).toByteArray().contains("correct horse"));
        QCOMPARE(query.value(1).toByteArray().size(), 16);
        QVERIFY(query.value(2).toInt() >= 100000);
        query.finish();

        auto signIn = [&](const QString &login, const QString &pw) {
            return AgentSignIn::signIn(m_database->url(), login, pw, connection, &accounts);
        };
        AgentSignIn::Result result = signIn(QStringLiteral("anna"), QStringLiteral("correct horse"));
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.displayName, QStringLiteral("Anna Petrova"));

        result = signIn(QStringLiteral("nobody"), QStringLiteral("correct horse"));
        QVERIFY(!result.ok);
        QCOMPARE(result.field, AgentSignIn::Field::Login);
        QVERIFY2(result.message.contains(QStringLiteral("no agent")), qPrintable(result.message));

        // Two free mistakes, then a wait that doubles with every further one.
        for (int i = 0; i < 2; ++i) {
            result = signIn(QStringLiteral("anna"), QStringLiteral("wrong horse"));
            QCOMPARE(result.field, AgentSignIn::Field::Password);
            QCOMPARE(result.message, QStringLiteral("Wrong password."));
        }
        result = signIn(QStringLiteral("anna"), QStringLiteral("wrong horse"));
        QVERIFY2(result.message.contains(QStringLiteral("wait 5 second")), qPrintable(result.message));
        // While locked even the right password is not checked.
        result = signIn(QStringLiteral("anna"), QStringLiteral("correct horse"));
        QVERIFY(!result.ok);
        QCOMPARE(result.field, AgentSignIn::Field::Password);
        QVERIFY2(result.message.contains(QStringLiteral("Too many wrong passwords")), qPrintable(result.message));
        now = now.addSecs(6);
        result = signIn(QStringLiteral("anna"), QStringLiteral("wrong horse"));
        QVERIFY2(result.message.contains(QStringLiteral("wait 10 second")), qPrintable(result.message));
        now = now.addSecs(5);
        QVERIFY(!signIn(QStringLiteral("anna"), QStringLiteral("correct horse")).ok); // still 5 s to go
        now = now.addSecs(6);
        result = signIn(QStringLiteral("anna"), QStringLiteral("correct horse"));
        QVERIFY2(result.ok, qPrintable(result.message));
        // Success starts the count again.
        QCOMPARE(signIn(QStringLiteral("anna"), QStringLiteral("wrong horse")).message, QStringLiteral("Wrong password."));

        // A new password replaces the old one.
        QVERIFY(accounts.setAgent(QStringLiteral("anna"), {}, QStringLiteral("battery staple"), &created, &error));
        QVERIFY(!created);
        QVERIFY(!signIn(QStringLiteral("anna"), QStringLiteral("correct horse")).ok);
        QVERIFY(signIn(QStringLiteral("anna"), QStringLiteral("battery staple")).ok);
        return;
    }

    // PostgreSQL: an agent signs in with their own database login.
    const QString agent = createLogin(QStringLiteral("agent"), QStringLiteral("helpdesk_agent"));
    const QString reporter = createLogin(QStringLiteral("reporter"), QStringLiteral("helpdesk_reporter"));
    QVERIFY(!agent.isEmpty() && !reporter.isEmpty());

    AgentSignIn::Result result = AgentSignIn::signIn(m_database->url(), agent, password, connection);
    QVERIFY2(result.ok, qPrintable(result.message));
    QSqlQuery query(QSqlDatabase::database(connection));
    QVERIFY(query.exec(QStringLiteral("SELECT current_user")) && query.next());
    QCOMPARE(query.value(0).toString(), agent);
    query = QSqlQuery();
    Database::close(connection);

    result = AgentSignIn::signIn(m_database->url(), agent, QStringLiteral("wrong-password"), connection);
    QVERIFY(!result.ok);
    QCOMPARE(result.field, AgentSignIn::Field::Password);
    QVERIFY(!QSqlDatabase::contains(connection));

    result = AgentSignIn::signIn(m_database->url(), reporter, password, connection);
    QVERIFY(!result.ok);
    QCOMPARE(result.field, AgentSignIn::Field::Login);
    QVERIFY2(result.message.contains(QStringLiteral("not a helpdesk agent")), qPrintable(result.message));
    QVERIFY(!QSqlDatabase::contains(connection));
}

void tst_ReviewStore::reporterSeesRepliesButNotNotes()
{
    QString agentConnection = QStringLiteral("a");
    QString reporterConnection = QStringLiteral("a");
    QString agentLogin = QStringLiteral("anna");
    QString reporterLogin = QStringLiteral("jdoe");
    QString otherConnection;
    if (TestDatabase::isPostgres()) {
        agentLogin = createLogin(QStringLiteral("replier"), QStringLiteral("helpdesk_agent"));
        reporterLogin = createLogin(QStringLiteral("jdoe"), QStringLiteral("helpdesk_reporter"));
        const QString other = createLogin(QStringLiteral("other"), QStringLiteral("helpdesk_reporter"));
        agentConnection = open(QStringLiteral("agent"), TestDatabase::serverUrlFor(agentLogin, password, m_database->name()));
        reporterConnection = open(QStringLiteral("reporter"), TestDatabase::serverUrlFor(reporterLogin, password, m_database->name()));
        otherConnection = open(QStringLiteral("other"), TestDatabase::serverUrlFor(other, password, m_database->name()));
        QVERIFY(!agentConnection.isEmpty() && !reporterConnection.isEmpty() && !otherConnection.isEmpty());
    }
    Report report = validTestReport();
    report.contact.login = reporterLogin;
    const auto filed = ReportStore(reporterConnection).submit(report);
    QVERIFY2(filed.ok(), qPrintable(filed.error));

    ReviewStore agent(agentConnection, agentLogin);
    ActionResult result = agent.addNote(filed.id, 1, QStringLiteral("Reporter is rude, beware"));
    QVERIFY2(result.ok, qPrintable(result.error));
    result = agent.reply(filed.id, result.version, QStringLiteral("We have ordered a new drum unit."));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(agent.history(filed.id).size(), 2);

    QString error;
    const QList<ReportEvent> replies = ReportStore(reporterConnection).conversation(filed.id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.constFirst().text, QStringLiteral("We have ordered a new drum unit."));
    QCOMPARE(replies.constFirst().actor, agentLogin);

    if (TestDatabase::isPostgres()) {
        // The database itself keeps notes from the reporter, whatever they ask for...
        QSqlQuery query(QSqlDatabase::database(reporterConnection));
        QVERIFY(query.exec(QStringLiteral("SELECT kind FROM report_events")));
        QStringList kinds;
        while (query.next())
            kinds.append(query.value(0).toString());
        QCOMPARE(kinds, QStringList({QStringLiteral("reply")}));
        // ...another reporter sees nothing of it...
        QCOMPARE(ReportStore(otherConnection).conversation(filed.id, &error).size(), 0);
        // ...the server dropping the agent's connection costs nothing but a reconnect...
        QSqlQuery pid(QSqlDatabase::database(agentConnection));
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        const QString error2 = m_database->execAsSuperuser(
            {QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toLongLong())});
        QVERIFY2(error2.isEmpty(), qPrintable(error2));
        pid = QSqlQuery();
        result = agent.reply(filed.id, result.version, QStringLiteral("The drum arrives on Monday."));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(ReportStore(reporterConnection).conversation(filed.id).size(), 2);
        // ...and an agent cannot write history in someone else's name.
        ReviewStore impostor(agentConnection, QStringLiteral("someone_else"));
        const ActionResult forged = impostor.addNote(filed.id, result.version, QStringLiteral("forged"));
        QVERIFY(!forged.ok);
        QCOMPARE(agent.history(filed.id).size(), 3);
        QCOMPARE(agent.load(filed.id)->version, result.version);
    }
}

// The whole conversation: asked, answered, resolved, not fixed, resolved,
// fixed. Each step of the reporter's changes the report as the helpdesk sees
// it, in the reporter's name; what does not fit the report is refused.
void tst_ReviewStore::reporterAnswersAndSaysWhetherItIsFixed()
{
    QString agentConnection = QStringLiteral("a");
    QString reporterConnection = QStringLiteral("a");
    QString otherConnection = QStringLiteral("a");
    QString agentLogin = QStringLiteral("anna");
    QString reporterLogin = QStringLiteral("jdoe");
    QString otherLogin = QStringLiteral("mallory");
    if (TestDatabase::isPostgres()) {
        agentLogin = createLogin(QStringLiteral("asker"), QStringLiteral("helpdesk_agent"));
        reporterLogin = createLogin(QStringLiteral("answerer"), QStringLiteral("helpdesk_reporter"));
        otherLogin = createLogin(QStringLiteral("intruder"), QStringLiteral("helpdesk_reporter"));
        agentConnection = open(QStringLiteral("agent"), TestDatabase::serverUrlFor(agentLogin, password, m_database->name()));
        reporterConnection = open(QStringLiteral("reporter"), TestDatabase::serverUrlFor(reporterLogin, password, m_database->name()));
        otherConnection = open(QStringLiteral("other"), TestDatabase::serverUrlFor(otherLogin, password, m_database->name()));
        QVERIFY(!agentConnection.isEmpty() && !reporterConnection.isEmpty() && !otherConnection.isEmpty());
    }
    Report report = validTestReport();
    report.contact.login = reporterLogin;
    ReportStore reporter(reporterConnection);
    const auto filed = reporter.submit(report);
    QVERIFY2(filed.ok(), qPrintable(filed.error));
    ReviewStore agent(agentConnection, agentLogin);
    auto current = [&agent, &filed] { return agent.load(filed.id).value_or(ReviewedReport()); };
    auto lastEvents = [&agent, &filed](int count) {
        QStringList described;
        const QList<ReportEvent> events = agent.history(filed.id);
        for (const ReportEvent &event : events.mid(std::max<qsizetype>(0, events.size() - count)))
            described << QStringLiteral("%1 %2 %3>%4 v%5 %6")
                             .arg(event.actor, event.kind, event.oldValue, event.newValue)
                             .arg(event.version)
                             .arg(event.text);
        return described;
    };

    // Asked.
    ActionResult step = agent.setStatus(filed.id, 1, QStringLiteral("in_progress"));
    QVERIFY2(step.ok, qPrintable(step.error));
    step = agent.reply(filed.id, step.version, QStringLiteral("Which tray jams, 1 or 2?"));
    QVERIFY2(step.ok, qPrintable(step.error));
    step = agent.setStatus(filed.id, step.version, QStringLiteral("waiting"));
    QVERIFY2(step.ok, qPrintable(step.error));
    const int asked = step.version;

    // Answered: back to In progress, one version up, both rows in the reporter's name.
    QVERIFY(!reporter.answer(filed.id, reporterLogin, QStringLiteral("   ")).ok);
    ReportStore::AnswerResult answered = reporter.answer(filed.id, reporterLogin, QStringLiteral("Tray 2, every time."));
    QVERIFY2(answered.ok, qPrintable(answered.error));
    QCOMPARE(answered.status, QStringLiteral("in_progress"));
    QCOMPARE(current().report.status, QStringLiteral("in_progress"));
    QCOMPARE(current().version, asked + 1);
    QCOMPARE(lastEvents(2),
             (QStringList{QStringLiteral("%1 answer > v%2 Tray 2, every time.").arg(reporterLogin).arg(asked + 1),
                          QStringLiteral("%1 status waiting>in_progress v%2 ").arg(reporterLogin).arg(asked + 1)}));
    // It waits for an agent: marked, and found by the console's filter.
    QueueFilter answeredOnly;
    answeredOnly.answeredOnly = true;
    auto answeredInQueue = [&agent, &answeredOnly] {
        QStringList tickets;
        for (const QueueRow &row : agent.page(answeredOnly, {}, 50).rows)
            tickets << row.ticket() + (row.answered ? QStringLiteral(" answered") : QString());
        return tickets;
    };
    QVERIFY(current().answered);
    QCOMPARE(answeredInQueue(), QStringList{filed.ticket + QStringLiteral(" answered")});
    QCOMPARE(agent.count(answeredOnly), 1);
    // The agent's console was on the old version: told, nothing overwritten.
    const ActionResult stale = agent.setStatus(filed.id, asked, QStringLiteral("resolved"));
    QVERIFY(stale.conflict);
    QVERIFY(current().answered);
    // An answer to a report in progress changes nothing but the version.
    answered = reporter.answer(filed.id, reporterLogin, QStringLiteral("It also smells of toner."));
    QVERIFY2(answered.ok, qPrintable(answered.error));
    QCOMPARE(current().report.status, QStringLiteral("in_progress"));
    QCOMPARE(current().version, asked + 2);

    // Not what an answer may carry, not the reporter's report, not yet resolved.
    answered = reporter.answer(filed.id, reporterLogin, QStringLiteral("My password is Secr3t!Pass, log in and see"));
    QVERIFY(!answered.ok);
    QVERIFY2(answered.error.contains(QStringLiteral("password")), qPrintable(answered.error));
    QVERIFY(!reporter.answer(filed.id, reporterLogin, QString(ReportStore::AnswerMax + 1, QLatin1Char('x'))).ok);
    answered = ReportStore(otherConnection).answer(filed.id, otherLogin, QStringLiteral("Not my report, but hi"));
    QVERIFY(!answered.ok);
    QVERIFY2(answered.error.contains(QStringLiteral("not one of your reports")), qPrintable(answered.error));
    answered = reporter.confirmFixed(filed.id, reporterLogin);
    QVERIFY(!answered.ok);
    QVERIFY2(answered.error.contains(QStringLiteral("only a resolved report")), qPrintable(answered.error));
    QCOMPARE(current().version, asked + 2);

    // Resolved, not fixed: reopened with the reason, no longer resolved.
    step = agent.setStatus(filed.id, asked + 2, QStringLiteral("resolved"));
    QVERIFY2(step.ok, qPrintable(step.error));
    QVERIFY(!current().answered); // the agent acted on it
    QCOMPARE(answeredInQueue(), QStringList{});
    QVERIFY(!reporter.reopen(filed.id, reporterLogin, QString()).ok);
    QVERIFY(!reporter.answer(filed.id, reporterLogin, QStringLiteral("Thanks!")).ok); // resolved: fixed or not
    answered = reporter.reopen(filed.id, reporterLogin, QStringLiteral("Tray 2 still jams"));
    QVERIFY2(answered.ok, qPrintable(answered.error));
    QCOMPARE(answered.status, QStringLiteral("in_progress"));
    QCOMPARE(current().report.status, QStringLiteral("in_progress"));
    QVERIFY(!current().resolvedAt.isValid());
    QVERIFY(current().answered);
    QCOMPARE(lastEvents(2).constLast(),
             QStringLiteral("%1 status resolved>in_progress v%2 ").arg(reporterLogin).arg(step.version + 1));

    // Resolved again, fixed: closed, and stays closed to answers.
    step = agent.setStatus(filed.id, step.version + 1, QStringLiteral("resolved"));
    QVERIFY2(step.ok, qPrintable(step.error));
    QVERIFY(!reporter.confirmFixed(filed.id, reporterLogin, 6).ok); // stars are 1 to 5
    answered = reporter.confirmFixed(filed.id, reporterLogin, 4, QStringLiteral("Quick, thank you"));
    QVERIFY2(answered.ok, qPrintable(answered.error));
    QCOMPARE(answered.status, QStringLiteral("closed"));
    QCOMPARE(current().report.status, QStringLiteral("closed"));
    QVERIFY(current().resolvedAt.isValid());
    QVERIFY(!current().answered); // closed: nothing waits
    QVERIFY(!reporter.answer(filed.id, reporterLogin, QStringLiteral("One more thing")).ok);

    // The reporter reads the conversation, never the history around it.
    QString error;
    QStringList kinds;
    for (const ReportEvent &event : reporter.conversation(filed.id, &error))
        kinds << event.kind;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(kinds, (QStringList{QStringLiteral("reply"), QStringLiteral("answer"), QStringLiteral("answer"),
                                 QStringLiteral("not_fixed"), QStringLiteral("fixed")}));
    // The agent reads each in words.
    QStringList said;
    for (const ReportEvent &event : agent.history(filed.id))
        said << ReviewStore::describe(event);
    QVERIFY2(said.contains(QStringLiteral("%1 (the reporter) answered: Tray 2, every time.").arg(reporterLogin)),
             qPrintable(said.join(QLatin1Char('\n'))));
    QVERIFY(said.contains(QStringLiteral("%1 (the reporter) said it is not fixed: Tray 2 still jams").arg(reporterLogin)));
    QVERIFY2(said.contains(QStringLiteral("%1 (the reporter) said it is fixed: Quick, thank you (rated the help 4 of 5)")
                               .arg(reporterLogin)),
             qPrintable(said.join(QLatin1Char('\n'))));
    QCOMPARE(reporter.conversation(filed.id).constLast().newValue, QStringLiteral("4"));
    QVERIFY(said.contains(QStringLiteral("%1 changed the status from Resolved to In progress").arg(reporterLogin)));

    if (!TestDatabase::isPostgres())
        return;
    // Past the program, the database refuses the same and more.
    auto refused = [](const QString &connection, const QString &sql) {
        QSqlQuery query(QSqlDatabase::database(connection));
        return !query.exec(sql);
    };
    const QString id = QString::number(filed.id);
    const int before = int(agent.history(filed.id).size());
    QVERIFY(refused(otherConnection, QStringLiteral("INSERT INTO report_events (report_id, kind, text) VALUES (%1, "
                                                    "'answer', 'hi')").arg(id)));
    QVERIFY(refused(reporterConnection, QStringLiteral("INSERT INTO report_events (report_id, kind, text) VALUES (%1, "
                                                       "'answer', 'closed, but still')").arg(id)));
    QVERIFY(refused(reporterConnection, QStringLiteral("INSERT INTO report_events (report_id, kind, text) VALUES (%1, "
                                                       "'status', 'reopened by me')").arg(id)));
    QVERIFY(refused(reporterConnection, QStringLiteral("INSERT INTO report_events (report_id, kind, actor, text) VALUES "
                                                       "(%1, 'answer', '%2', 'as the agent')").arg(id, agentLogin)));
    QVERIFY(refused(agentConnection, QStringLiteral("INSERT INTO report_events (report_id, kind, text) VALUES (%1, "
                                                    "'fixed', 'the agent says so')").arg(id)));
    // A rating only with "fixed", 1 to 5: here on a report of the reporter's that is resolved.
    Report second = validTestReport(QStringLiteral("Scanner sends blank pages"));
    second.contact.login = reporterLogin;
    const auto secondFiled = reporter.submit(second);
    QVERIFY2(secondFiled.ok(), qPrintable(secondFiled.error));
    QVERIFY(agent.setStatus(secondFiled.id, 1, QStringLiteral("in_progress")).ok);
    QVERIFY(agent.setStatus(secondFiled.id, 2, QStringLiteral("resolved")).ok);
    const QString secondId = QString::number(secondFiled.id);
    QVERIFY(refused(reporterConnection, QStringLiteral("INSERT INTO report_events (report_id, kind, text, new_value) "
                                                       "VALUES (%1, 'fixed', '', '10')").arg(secondId)));
    QVERIFY(refused(reporterConnection, QStringLiteral("INSERT INTO report_events (report_id, kind, text, new_value) "
                                                       "VALUES (%1, 'not_fixed', 'still broken', '1')").arg(secondId)));
    QCOMPARE(agent.load(secondFiled.id)->report.status, QStringLiteral("resolved"));
    QCOMPARE(int(agent.history(filed.id).size()), before);
    QCOMPARE(current().report.status, QStringLiteral("closed"));
}

void tst_ReviewStore::markDuplicateMovesPeopleToTheOriginal()
{
    // On PostgreSQL as a real agent login, so the grants and row-level security are part of the test.
    QString connection = QStringLiteral("a");
    QString agentLogin = QStringLiteral("anna");
    if (TestDatabase::isPostgres()) {
        agentLogin = createLogin(QStringLiteral("dupagent"), QStringLiteral("helpdesk_agent"));
        connection = open(QStringLiteral("dupagent"), TestDatabase::serverUrlFor(agentLogin, password, m_database->name()));
        QVERIFY(!connection.isEmpty());
    }
    ReportStore reports(QStringLiteral("a"));
    Report original = validTestReport(QStringLiteral("Printer on floor 2 jams"));
    original.contact.login = QStringLiteral("ivan");
    const auto filedOriginal = reports.submit(original);
    QVERIFY2(filedOriginal.ok(), qPrintable(filedOriginal.error));
    Report repeat = validTestReport(QStringLiteral("Floor 2 printer eats paper"));
    repeat.contact.login = QStringLiteral("maria");
    repeat.contact.name = QStringLiteral("Maria Ivanova");
    repeat.contact.email = QStringLiteral("maria@example.com");
    const auto filedRepeat = reports.submit(repeat);
    QVERIFY2(filedRepeat.ok(), qPrintable(filedRepeat.error));
    QString error;
    // Olga said "I'm affected too" on the repeat; Petr on both; Ivan (the original's reporter) on the repeat.
    for (const QString &login : {QStringLiteral("olga"), QStringLiteral("petr"), QStringLiteral("ivan")}) {
        ContactInfo person;
        person.login = login;
        person.name = login.toUpper();
        QVERIFY2(reports.addAffectedPerson(filedRepeat.id, person, &error), qPrintable(error));
    }
    ContactInfo petr;
    petr.login = QStringLiteral("petr");
    petr.name = QStringLiteral("PETR");
    QVERIFY2(reports.addAffectedPerson(filedOriginal.id, petr, &error), qPrintable(error));

    ReviewStore agent(connection, agentLogin);
    const int originalVersion = agent.load(filedOriginal.id)->version;
    ActionResult taken = agent.take(filedRepeat.id, agent.load(filedRepeat.id)->version);
    QVERIFY2(taken.ok, qPrintable(taken.error));
    // A stale version is refused like every other action.
    const ActionResult stale = agent.markDuplicate(filedRepeat.id, taken.version - 1, filedOriginal.id);
    QVERIFY(stale.conflict);
    QCOMPARE(agent.load(filedRepeat.id)->report.status, QStringLiteral("new"));

    const ActionResult marked = agent.markDuplicate(filedRepeat.id, taken.version, filedOriginal.id);
    QVERIFY2(marked.ok, qPrintable(marked.error));
    QCOMPARE(marked.version, taken.version + 1);

    const ReviewedReport closed = *agent.load(filedRepeat.id);
    QCOMPARE(closed.report.status, QStringLiteral("closed"));
    QVERIFY(closed.resolvedAt.isValid());
    const ReportEvent last = agent.history(filedRepeat.id).constLast();
    QVERIFY(ReviewStore::isDuplicateEvent(last));
    QCOMPARE(last.actor, agentLogin);
    QCOMPARE(ReviewStore::describe(last),
             agentLogin + QStringLiteral(" closed the report as a duplicate of ") + filedOriginal.ticket);

    // The repeat's reporter and its affected people are affected by the original now, each once.
    QStringList logins;
    const QList<ReportStore::AffectedPerson> affected = ReportStore(connection).affectedPeople(filedOriginal.id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const ReportStore::AffectedPerson &person : affected)
        logins.append(person.contact.login);
    logins.sort();
    QCOMPARE(logins, QStringList({QStringLiteral("maria"), QStringLiteral("olga"), QStringLiteral("petr")}));
    const auto maria = std::find_if(affected.cbegin(), affected.cend(), [](const ReportStore::AffectedPerson &p) {
        return p.contact.login == QLatin1String("maria");
    });
    QCOMPARE(maria->contact.email, QStringLiteral("maria@example.com"));

    // The original changed too: a new version and a history row naming the duplicate.
    QCOMPARE(agent.load(filedOriginal.id)->version, originalVersion + 1);
    const QList<ReportEvent> originalHistory = agent.history(filedOriginal.id);
    QCOMPARE(originalHistory.size(), 1);
    QVERIFY2(ReviewStore::describe(originalHistory.constFirst()).contains(filedRepeat.ticket + QStringLiteral(" as a duplicate")),
             qPrintable(ReviewStore::describe(originalHistory.constFirst())));
    // An agent who had the original open is told it changed.
    const ActionResult staleOriginal = agent.addNote(filedOriginal.id, originalVersion, QStringLiteral("Looking"));
    QVERIFY(staleOriginal.conflict);
    QVERIFY2(staleOriginal.error.contains(filedRepeat.ticket), qPrintable(staleOriginal.error));
}

void tst_ReviewStore::markDuplicateIsRefusedWhenItMakesNoSense()
{
    const qint64 original = file(QStringLiteral("Printer on floor 2 jams"));
    const qint64 repeat = file(QStringLiteral("Floor 2 printer eats paper"));
    ReviewStore agent(QStringLiteral("a"), QStringLiteral("anna"));
    const int version = agent.load(repeat)->version;

    ActionResult refused = agent.markDuplicate(repeat, version, repeat);
    QVERIFY(!refused.ok && !refused.conflict);
    QVERIFY2(refused.error.contains(QStringLiteral("itself")), qPrintable(refused.error));

    refused = agent.markDuplicate(repeat, version, original + 1000);
    QVERIFY(!refused.ok && !refused.conflict);
    QVERIFY2(refused.error.contains(QStringLiteral("there is no report ") + formatTicket(original + 1000)),
             qPrintable(refused.error));

    // A closed original: resolve and close it first.
    int originalVersion = agent.load(original)->version;
    for (const char *status : {"in_progress", "resolved", "closed"}) {
        const ActionResult step = agent.setStatus(original, originalVersion, QString::fromLatin1(status));
        QVERIFY2(step.ok, qPrintable(step.error));
        originalVersion = step.version;
    }
    refused = agent.markDuplicate(repeat, version, original);
    QVERIFY(!refused.ok && !refused.conflict);
    QVERIFY2(refused.error.contains(formatTicket(original) + QStringLiteral(" is closed")), qPrintable(refused.error));

    // Nothing was written by any of them.
    QCOMPARE(agent.load(repeat)->version, version);
    QCOMPARE(agent.load(repeat)->report.status, QStringLiteral("new"));
    QVERIFY(agent.history(repeat).isEmpty());
    QCOMPARE(ReportStore(QStringLiteral("a")).affectedPeople(original).size(), 0);
    QCOMPARE(agent.load(original)->version, originalVersion);

    // A report that is closed already cannot become a duplicate either.
    const qint64 other = file(QStringLiteral("Another printer jam"));
    int otherVersion = agent.load(other)->version;
    for (const char *status : {"in_progress", "resolved", "closed"})
        otherVersion = agent.setStatus(other, otherVersion, QString::fromLatin1(status)).version;
    refused = agent.markDuplicate(other, otherVersion, repeat);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QStringLiteral("closed already")), qPrintable(refused.error));
}

void tst_ReviewStore::exportCsvWritesTheFilteredQueuePageByPage()
{
    // More than two export pages, so the keyset has to carry over twice.
    QString error;
    QVERIFY2(DemoSeeder(QStringLiteral("a")).seed(2 * ReviewStore::ExportPageSize + 345, &error), qPrintable(error));
    const qint64 formula = file(QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Printer\")"));
    ReviewStore store(QStringLiteral("a"), QStringLiteral("anna"));

    QueueFilter filter; // everything, newest first
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<qint64> progress;
    const qint64 written = store.exportCsv(filter, &buffer, &error, [&progress](qint64 done) {
        progress.append(done);
        return true;
    });
    QVERIFY2(written >= 0, qPrintable(error));
    QCOMPARE(written, store.count(filter));
    QCOMPARE(written, qint64(2 * ReviewStore::ExportPageSize + 346));
    QCOMPARE(progress, QList<qint64>({1000, 2000, 2346}));

    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets read UTF-8 Cyrillic only with it
    const auto text = CsvReader::decodeUtf8(bytes, &error);
    QVERIFY2(text, qPrintable(error));
    CsvReader reader(*text);
    CsvReader::Record record;
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields.value(0), QStringLiteral("Ticket"));
    QCOMPARE(record.fields.constLast(), QStringLiteral("Summary"));
    const int columns = int(record.fields.size());
    QList<qint64> ids;
    QString formulaSummary;
    while (reader.next(&record)) {
        QVERIFY2(record.error.isEmpty(), qPrintable(record.error));
        QCOMPARE(record.fields.size(), columns);
        ids.append(parseTicket(record.fields.constFirst()));
        if (ids.constLast() == formula)
            formulaSummary = record.fields.constLast();
    }
    // Every report once, in the queue's order: the one filed just now first.
    QCOMPARE(qint64(ids.size()), written);
    QCOMPARE(qint64(QSet<qint64>(ids.cbegin(), ids.cend()).size()), written);
    QCOMPARE(ids.constFirst(), formula);
    QCOMPARE(ids, allIds(store, filter, 500));
    // A formula is text in the spreadsheet, not a link.
    QCOMPARE(formulaSummary, QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"Printer\")"));

    // A filter exports only what it shows.
    QueueFilter printing;
    printing.category = QStringLiteral("printing");
    printing.statuses = {QStringLiteral("new")};
    QBuffer narrow;
    narrow.open(QIODevice::WriteOnly);
    const qint64 narrowed = store.exportCsv(printing, &narrow, &error);
    QVERIFY2(narrowed > 0, qPrintable(error));
    QCOMPARE(narrowed, store.count(printing));
    QVERIFY(narrowed < written);

    // Stopped from the progress callback: an error, not a short file passed off as whole.
    QBuffer stopped;
    stopped.open(QIODevice::WriteOnly);
    QCOMPARE(store.exportCsv(filter, &stopped, &error, [](qint64) { return false; }), qint64(-1));
    QVERIFY2(error.contains(QStringLiteral("stopped")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ReviewStore)
#include "tst_reviewstore.moc"
