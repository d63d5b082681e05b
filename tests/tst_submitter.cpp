// Submitter: the delivery policy the wizard and the test worker share, as a
// person would notice it. A report filed while the database is reachable is
// stored and `delivered` carries its ticket; while it cannot be reached the
// report waits in the outbox and nothing is lost; when it is back the outbox
// is delivered once; a password is asked for once and reused; a wrong one is
// said to be wrong, not "unreachable". Both backends, on real databases: the
// outage is a SQLite file another program keeps locked, or a PostgreSQL
// server of the test's own that is stopped the hard way and started again.

#include "delivery/outbox.h"
#include "delivery/submitter.h"
#include "ownserver.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Helpdesk;

namespace {
const QString closedPortUrl = QStringLiteral("postgresql://x@127.0.0.1:1/db"); // nothing listens on port 1

Report newReport(const QString &summary)
{
    Report report = validTestReport(summary);
    report.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return report;
}

// Answers with the passwords given, one per question, and counts them.
class ListedPasswords final : public Submitter::PasswordSource
{
public:
    explicit ListedPasswords(QStringList answers) : m_answers(std::move(answers)) {}
    std::optional<QString> kept(Submitter::PasswordRequest *) override { return std::nullopt; }
    std::optional<QString> ask(const Submitter::PasswordRequest &request) override
    {
        requests.append(request);
        if (m_answers.isEmpty())
            return std::nullopt;
        return m_answers.size() == 1 ? m_answers.constFirst() : m_answers.takeFirst();
    }
    void keep(const Submitter::PasswordRequest &, const QString &) override {}
    void forget(const Submitter::PasswordRequest &) override {}

    QList<Submitter::PasswordRequest> requests;

private:
    QStringList m_answers;
};
} // namespace

class tst_Submitter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reachableReportIsStoredAndDeliveredCarriesItsTicket();
    void unreachableReportWaitsInTheOutboxAndNothingIsLost();
    void whenTheDatabaseIsBackTheOutboxIsDeliveredOnce();
    void passwordIsAskedOnceAndReused();
    void wrongPasswordIsSaidToBeWrongNotUnreachable();

private:
    // Rows with this client id in the database at `url`.
    static qint64 rowsWithClientId(const QString &url, const QString &clientId);
    // A login that needs a password the URL does not carry (PostgreSQL).
    QString urlWithoutPassword(const QString &login, const QString &password);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    QStringList m_roles;
};

void tst_Submitter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
}

void tst_Submitter::cleanup()
{
    m_database.reset();
    if (!m_roles.isEmpty())
        TestDatabase::dropRoles(m_roles);
    m_roles.clear();
    m_dir.reset();
}

qint64 tst_Submitter::rowsWithClientId(const QString &url, const QString &clientId)
{
    const QString connection = QStringLiteral("submitter-count");
    QString error;
    qint64 count = -1;
    if (!Database::open(url, connection, &error)) {
        qWarning("%s", qPrintable(error));
        return count;
    }
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        query.prepare(QStringLiteral("SELECT count(*) FROM reports WHERE client_id = ?"));
        query.addBindValue(clientId);
        if (query.exec() && query.next())
            count = query.value(0).toLongLong();
        else
            qWarning("%s", qPrintable(query.lastError().text()));
    }
    Database::close(connection);
    return count;
}

QString tst_Submitter::urlWithoutPassword(const QString &login, const QString &password)
{
    // The schema (and its roles) first, as IT's `helpdesk-admin init` makes them.
    QString error;
    if (!Database::open(m_database->url(), QStringLiteral("submitter-setup"), &error))
        qWarning("%s", qPrintable(error));
    Database::close(QStringLiteral("submitter-setup"));
    error = m_database->execAsSuperuser({QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password),
                                         QStringLiteral("GRANT helpdesk_reporter TO %1").arg(login)});
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    m_roles.append(login);
    return TestDatabase::serverUrlFor(login, QString(), m_database->name());
}

void tst_Submitter::reachableReportIsStoredAndDeliveredCarriesItsTicket()
{
    Submitter submitter(m_database->url());
    submitter.setOutboxDirectory(m_dir->filePath(QStringLiteral("outbox")));
    QSignalSpy delivered(&submitter, &Submitter::delivered);
    QSignalSpy queued(&submitter, &Submitter::queued);
    const Report report = newReport(QStringLiteral("Printer on floor 2 jams on every page"));

    const Submitter::SubmitResult result = submitter.submit(report);
    QVERIFY2(result.status == Submitter::SubmitResult::Status::Filed, qPrintable(result.error));
    QVERIFY2(result.ticket.startsWith(QStringLiteral("HD-")), qPrintable(result.ticket + result.error));
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.at(0).at(0).toString(), report.clientId);
    QCOMPARE(delivered.at(0).at(1).toString(), result.ticket);
    QCOMPARE(delivered.at(0).at(2).toBool(), false);
    QCOMPARE(queued.size(), 0);
    QCOMPARE(submitter.outbox().count(), 0);
    QCOMPARE(rowsWithClientId(m_database->url(), report.clientId), qint64(1));
}

void tst_Submitter::unreachableReportWaitsInTheOutboxAndNothingIsLost()
{
    Submitter submitter(closedPortUrl);
    submitter.setOutboxDirectory(m_dir->filePath(QStringLiteral("outbox")));
    QSignalSpy queued(&submitter, &Submitter::queued);
    QSignalSpy unreachable(&submitter, &Submitter::unreachable);
    QSignalSpy delivered(&submitter, &Submitter::delivered);
    const Report first = newReport(QStringLiteral("Printer on floor 2 jams on every page"));
    const Report second = newReport(QStringLiteral("Scanner on floor 2 leaves a black stripe"));

    Submitter::SubmitResult result = submitter.submit(first);
    QVERIFY2(result.status == Submitter::SubmitResult::Status::Queued, qPrintable(result.error));
    QCOMPARE(result.ticket, Outbox::localReference(first.clientId)); // what the person quotes
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(unreachable.size(), 1);
    QVERIFY(submitter.isKnownUnreachable());
    QVERIFY(submitter.isRetryScheduled());
    QCOMPARE(submitter.retryDelayMs(), int(Submitter::RetryFirstMs));
    // The next one is kept at once, from the memory of the outage.
    result = submitter.submit(second);
    QVERIFY2(result.status == Submitter::SubmitResult::Status::Queued, qPrintable(result.error));
    QCOMPARE(queued.size(), 2);
    QCOMPARE(unreachable.size(), 1); // said once, not per report
    QCOMPARE(delivered.size(), 0);

    // Nothing lost: both wait, as they were written.
    const QList<Report> waiting = submitter.outbox().pending();
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.at(0).clientId, first.clientId);
    QCOMPARE(waiting.at(0).summary, first.summary);
    QCOMPARE(waiting.at(0).description, first.description);
    QCOMPARE(waiting.at(1).clientId, second.clientId);
    QCOMPARE(waiting.at(1).summary, second.summary);

    // A retry while it is still down keeps them and waits twice as long.
    QSignalSpy checked(&submitter, &Submitter::outboxChecked);
    submitter.deliverOutbox();
    QVERIFY(checked.wait());
    QCOMPARE(checked.at(0).at(0).toInt(), 2);
    QCOMPARE(submitter.outbox().count(), 2);
    QCOMPARE(submitter.retryDelayMs(), 2 * Submitter::RetryFirstMs);
    QVERIFY(submitter.isRetryScheduled());
}

void tst_Submitter::whenTheDatabaseIsBackTheOutboxIsDeliveredOnce()
{
    // The outage: a PostgreSQL server of the test's own, stopped the hard way
    // and started again; on SQLite the file, locked by another program past
    // the busy timeout and then released.
    OwnServer server;
    QString url = m_database->url();
    if (TestDatabase::isPostgres()) {
        const QString problem = server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        url = server.url();
    }
    Submitter submitter(url);
    submitter.setOutboxDirectory(m_dir->filePath(QStringLiteral("outbox")));
    QString error;
    QVERIFY2(submitter.ensureDatabase(&error), qPrintable(error));
    // Filing worked before the outage (ReportStore reads the priority matrix
    // on its first submit, and does not call that failing "unreachable").
    const Submitter::SubmitResult before = submitter.submit(newReport(QStringLiteral("Monitor flickers")));
    QVERIFY2(before.status == Submitter::SubmitResult::Status::Filed, qPrintable(before.error));
    const Report report = newReport(QStringLiteral("Printer on floor 2 jams on every page"));
    QSignalSpy delivered(&submitter, &Submitter::delivered);
    QSignalSpy back(&submitter, &Submitter::reachableAgain);

    const QString locker = QStringLiteral("submitter-locker");
    if (TestDatabase::isPostgres()) {
        const QString problem = server.halt();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), locker);
        db.setDatabaseName(DatabaseUrl::parse(url, nullptr)->path);
        QVERIFY(db.open());
        QSqlQuery lock(db);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));
    }
    const Submitter::SubmitResult result = submitter.submit(report);
    QVERIFY2(result.status == Submitter::SubmitResult::Status::Queued, qPrintable(result.error));
    QCOMPARE(submitter.outbox().count(), 1);
    QCOMPARE(delivered.size(), 0);

    if (TestDatabase::isPostgres()) {
        const QString problem = server.resume();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        {
            QSqlQuery unlock(QSqlDatabase::database(locker, false));
            QVERIFY(unlock.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::database(locker, false).close();
        QSqlDatabase::removeDatabase(locker);
    }
    // Retried by itself (RetryFirstMs after queueing): delivered, once.
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, Submitter::RetryFirstMs + 20000);
    QCOMPARE(delivered.at(0).at(0).toString(), report.clientId);
    QCOMPARE(delivered.at(0).at(2).toBool(), true);
    const QString ticket = delivered.at(0).at(1).toString();
    QVERIFY2(ticket.startsWith(QStringLiteral("HD-")), qPrintable(ticket));
    QCOMPARE(submitter.outbox().count(), 0);
    QCOMPARE(back.size(), 1);
    QVERIFY(!submitter.isKnownUnreachable());
    QVERIFY(!submitter.isRetryScheduled());
    QCOMPARE(rowsWithClientId(url, report.clientId), qint64(1));

    // Sent again (an answer lost, a retry after all): the client id makes it
    // the same ticket, never a second row.
    const Submitter::SubmitResult again = submitter.submit(report);
    QVERIFY2(again.status == Submitter::SubmitResult::Status::Filed, qPrintable(again.error));
    QCOMPARE(again.ticket, ticket);
    QCOMPARE(rowsWithClientId(url, report.clientId), qint64(1));
}

void tst_Submitter::passwordIsAskedOnceAndReused()
{
    if (!TestDatabase::isPostgres()) {
        // SQLite has no login: nothing is ever asked.
        ListedPasswords passwords{QStringList()};
        Submitter submitter(m_database->url());
        submitter.setPasswordSource(&passwords);
        const Submitter::SubmitResult result = submitter.submit(newReport(QStringLiteral("Printer jams")));
        QVERIFY2(result.status == Submitter::SubmitResult::Status::Filed, qPrintable(result.error));
        QVERIFY(passwords.requests.isEmpty());
        return;
    }
    const QString password = QStringLiteral("Corr3ct-h0rse");
    const QString login = m_database->name() + QStringLiteral("_sub");
    const QString url = urlWithoutPassword(login, password);
    QVERIFY2(!url.contains(password), qPrintable(url));
    // A report left waiting by an earlier run: its delivery needs the
    // password too, on a connection of its own.
    const QString outboxDir = m_dir->filePath(QStringLiteral("outbox"));
    // Filed under that login (row-level security checks the reporter).
    Report waiting = newReport(QStringLiteral("Scanner on floor 2 leaves a black stripe"));
    waiting.contact.login = login;
    QString error;
    QVERIFY2(Outbox(outboxDir).add(waiting, &error), qPrintable(error));

    ListedPasswords passwords({password});
    Submitter submitter(url);
    submitter.setOutboxDirectory(outboxDir);
    submitter.setPasswordSource(&passwords);
    QSignalSpy delivered(&submitter, &Submitter::delivered);
    QSignalSpy checked(&submitter, &Submitter::checked);
    submitter.check();
    QTRY_COMPARE(checked.size(), 1);
    QVERIFY2(checked.at(0).at(0).toBool(), qPrintable(checked.at(0).at(1).toString()));
    QCOMPARE(passwords.requests.size(), 1);
    QCOMPARE(passwords.requests.at(0).login, login);
    QCOMPARE(passwords.requests.at(0).refused, false);
    QCOMPARE(submitter.databaseLogin(), login);

    Report report = newReport(QStringLiteral("Printer jams"));
    report.contact.login = login;
    const Submitter::SubmitResult result = submitter.submit(report);
    QVERIFY2(result.status == Submitter::SubmitResult::Status::Filed, qPrintable(result.error));
    // The earlier run's report too, delivered with the same password.
    QTRY_COMPARE(delivered.size(), 2);
    QCOMPARE(submitter.outbox().count(), 0);
    QCOMPARE(rowsWithClientId(m_database->url(), waiting.clientId), qint64(1));
    QCOMPARE(passwords.requests.size(), 1);
}

void tst_Submitter::wrongPasswordIsSaidToBeWrongNotUnreachable()
{
    if (!TestDatabase::isPostgres()) {
        // SQLite: a file it may not write is said as such, not queued.
        const QString folder = m_dir->filePath(QStringLiteral("no-such-folder/and-none-here"));
        QFile blocker(m_dir->filePath(QStringLiteral("no-such-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder would be
        blocker.close();
        Submitter submitter(QStringLiteral("sqlite:") + folder + QStringLiteral("/db.sqlite"));
        submitter.setOutboxDirectory(m_dir->filePath(QStringLiteral("outbox")));
        const Submitter::SubmitResult result = submitter.submit(newReport(QStringLiteral("Printer jams")));
        QVERIFY2(result.status == Submitter::SubmitResult::Status::Failed, qPrintable(result.error));
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!submitter.isKnownUnreachable());
        QCOMPARE(submitter.outbox().count(), 0);
        return;
    }
    const QString login = m_database->name() + QStringLiteral("_wrong");
    const QString url = urlWithoutPassword(login, QStringLiteral("R1ght-one"));
    ListedPasswords passwords({QStringLiteral("wr0ng")});
    Submitter submitter(url);
    submitter.setOutboxDirectory(m_dir->filePath(QStringLiteral("outbox")));
    submitter.setPasswordSource(&passwords);
    QSignalSpy unreachable(&submitter, &Submitter::unreachable);

    QString error;
    bool isUnreachable = true;
    QVERIFY(!submitter.ensureDatabase(&error, &isUnreachable));
    QVERIFY(!isUnreachable);
    QVERIFY2(error.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(int(passwords.requests.size()), Submitter::MaxPasswordQuestions);
    QCOMPARE(passwords.requests.at(1).refused, true);

    // Submit says so too and keeps nothing: waiting would not help.
    const Submitter::SubmitResult result = submitter.submit(newReport(QStringLiteral("Printer jams")));
    QVERIFY2(result.status == Submitter::SubmitResult::Status::Failed, qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(result.error));
    QCOMPARE(submitter.outbox().count(), 0);
    QCOMPARE(unreachable.size(), 0);
    QVERIFY(!submitter.isKnownUnreachable());
}

QTEST_GUILESS_MAIN(tst_Submitter)
#include "tst_submitter.moc"
