// tst_intakedelivery: the real intake wizard driven as an employee does, with keys and clicks on the real widgets —
// delivery: the outbox and its receipts, locked, unreachable, silent and broken databases, always with a responsive
// window.
// The wizard, its database and folders are the fixture's (intaketestfixture.h).

#include "intaketestfixture.h"

using namespace Helpdesk;

class tst_IntakeDelivery final : public IntakeTestFixture
{
    Q_OBJECT

private slots:
    void unreachableServerKeepsReportWithReceiptAndNextStartSendsIt();
    void lockedDatabaseIsRetriedAndReceiptBecomesTicket();
    void databaseToFixIsNotQueued();
    void damagedOutboxEntryIsShownNotDropped();
    void outboxThatCannotBeSentIsSaidOnce();
    void deliveryToSilentServerLeavesWindowResponsive();
    void silentServerAtStartIsTriedOnceInTheBackground();
    void unreachableDatabaseIsLookedForAgainInTheBackground();

private:
    // A database that waiting will not cure, on the backend of this run: a
    // refused password (PostgreSQL) or a damaged file (SQLite). `expected`:
    // what its message says. Empty when it cannot be made.
    QString databaseToFix(QString *expected);
    qint64 reportsWithClientId(const QString &clientId);
};

qint64 tst_IntakeDelivery::reportsWithClientId(const QString &clientId)
{
    const QString connection = QStringLiteral("count-client-id");
    QString error;
    if (!Database::open(databaseUrl(), connection, &error)) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    qint64 count = -1;
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM reports WHERE client_id = ?"));
        query.addBindValue(clientId);
        if (query.exec() && query.next())
            count = query.value(0).toLongLong();
    }
    Database::close(connection);
    return count;
}

void tst_IntakeDelivery::unreachableServerKeepsReportWithReceiptAndNextStartSendsIt()
{
    // Nothing listens on port 1: the server is down.
    restartWizard(QStringLiteral("postgresql://x@127.0.0.1:1/db"));
    walkToContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    const QString clientId = m_wizard->report().clientId;
    press(m_wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));

    // A receipt, not an error: saved here, with a reference to quote.
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Saved on this computer — it will be sent automatically"));
    const QString reference = child<QLabel>("ticketLabel")->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^LOCAL-[0-9A-F]{8}$")).match(reference).hasMatch(), qPrintable(reference));
    QCOMPARE(reference, Outbox::localReference(clientId));
    QCOMPARE(child<QLabel>("ticketCaption")->text(), QStringLiteral("Your &local reference:"));
    QCOMPARE(m_wizard->outbox().count(), 1);
    QVERIFY(draftFiles().isEmpty()); // the outbox has it now
    QVERIFY(m_wizard->isRetryScheduled());
    QCOMPARE(m_wizard->retryDelayMs(), int(IntakeWizard::RetryFirstMs));
    // A retry while the server is still down waits twice as long next time.
    QSignalSpy checked(m_wizard.get(), &IntakeWizard::outboxChecked);
    m_wizard->deliverOutbox();
    QVERIFY(checked.wait());
    QCOMPARE(checked.at(0).at(0).toInt(), 1);
    QCOMPARE(m_wizard->outbox().count(), 1);
    QVERIFY(m_wizard->isRetryScheduled());
    QCOMPARE(m_wizard->retryDelayMs(), 2 * IntakeWizard::RetryFirstMs);

    // The program is closed; the next start, with the database back, sends it.
    restartWizard();
    QSignalSpy delivered(m_wizard.get(), &IntakeWizard::reportDelivered);
    m_wizard->checkDatabase();
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.at(0).at(0).toString(), clientId);
    QCOMPARE(m_wizard->outbox().count(), 0);
    QCOMPARE(reportsWithClientId(clientId), qint64(1));
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId)); // the first page was never blocked
}

QString tst_IntakeDelivery::databaseToFix(QString *expected)
{
    QString url;
    if (TestDatabase::isPostgres()) {
        url = TestDatabase::serverUrlFor(QStringLiteral("postgres"), QStringLiteral("not-the-password"),
                                         m_database->name());
        *expected = QStringLiteral("refused the password");
    } else {
        const QString path = m_dir->filePath(QStringLiteral("damaged.sqlite"));
        QString error;
        if (!Database::open(QStringLiteral("sqlite:") + path, QStringLiteral("setup"), &error))
            return QString();
        Database::close(QStringLiteral("setup"));
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || file.write(QByteArray(100, 'x')) != 100) // the header is gone
            return QString();
        file.close();
        url = QStringLiteral("sqlite:") + path;
        *expected = QStringLiteral("is damaged or is not a helpdesk database");
    }
    return url;
}

void tst_IntakeDelivery::databaseToFixIsNotQueued()
{
    // Waiting does not cure a refused password or a damaged file: the person
    // is told what is wrong and keeps the form, instead of a receipt for a
    // report that would wait on this computer for ever.
    QString expected;
    const QString url = databaseToFix(&expected);
    QVERIFY(!url.isEmpty());
    restartWizard(url);
    walkToContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);

    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::ReviewPageId));
    auto *error = child<QLabel>("submitError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QCOMPARE(m_wizard->outbox().count(), 0);
    QVERIFY(!m_wizard->isRetryScheduled());
    QCOMPARE(m_wizard->report().summary, QStringLiteral("Printer on floor 2 jams on every page"));
}

void tst_IntakeDelivery::outboxThatCannotBeSentIsSaidOnce()
{
    // Reports already waiting (the server was down) meet a database that
    // waiting will not cure: the person is told once, the reports stay.
    QString expected;
    const QString url = databaseToFix(&expected);
    QVERIFY(!url.isEmpty());
    restartWizard(url);
    QString error;
    QVERIFY2(m_wizard->outbox().add(validTestReport(), &error), qPrintable(error));
    QSignalSpy checked(m_wizard.get(), &IntakeWizard::outboxChecked);
    m_wizard->deliverOutbox();
    QVERIFY(checked.wait(30000));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_wizard->findChild<QMessageBox *>(QStringLiteral("deliveryProblem"))) && box->isVisible());
    QVERIFY2(box->text().startsWith(QStringLiteral("1 report waiting on this computer cannot be sent")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(expected), qPrintable(box->text()));
    box->accept();
    QTRY_VERIFY(!m_wizard->findChild<QMessageBox *>(QStringLiteral("deliveryProblem")));
    QCOMPARE(m_wizard->outbox().count(), 1);
    QVERIFY(m_wizard->isRetryScheduled());

    // The next try meets the same cause: not said again.
    m_wizard->deliverOutbox();
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.size(), 2);
    QVERIFY(!m_wizard->findChild<QMessageBox *>(QStringLiteral("deliveryProblem")));
    QCOMPARE(m_wizard->outbox().count(), 1);
}

void tst_IntakeDelivery::damagedOutboxEntryIsShownNotDropped()
{
    // A report kept on this computer whose file was cut short (a full disk,
    // a crash of the machine): set aside where the helpdesk can find it, and
    // the person is told, not only a log.
    QVERIFY(QDir().mkpath(outboxDirectory()));
    const QString name = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.json");
    {
        QFile file(outboxDirectory() + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 1, \"queued_at\": \"2026-11-25T08:00:00.000Z\", \"report\": {\"summary\": \"Printer");
    }
    QSignalSpy checked(m_wizard.get(), &IntakeWizard::outboxChecked);
    m_wizard->deliverOutbox();
    QVERIFY(checked.wait());
    auto *box = m_wizard->findChild<QMessageBox *>(QStringLiteral("storedProblems"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("damaged")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("damaged/") + name), qPrintable(box->text()));
    QVERIFY(QFile::exists(outboxDirectory() + QStringLiteral("/damaged/") + name));
    QCOMPARE(m_wizard->outbox().count(), 0);
    box->accept();
}

void tst_IntakeDelivery::deliveryToSilentServerLeavesWindowResponsive()
{
    // Retrying the outbox waits out the connect timeout in the background;
    // the person can go on typing meanwhile.
    SilentServer server;
    QVERIFY(server.isValid());
    restartWizard(server.url() + QStringLiteral("?connect_timeout=3"));
    QString error;
    QVERIFY2(m_wizard->outbox().add(validTestReport(), &error), qPrintable(error));

    QSignalSpy checked(m_wizard.get(), &IntakeWizard::outboxChecked);
    bool timerRan = false;
    QTimer::singleShot(50, m_wizard.get(), [&] { timerRan = true; });
    m_wizard->deliverOutbox();
    QCOMPARE(checked.size(), 0); // not waited for here
    auto *summary = child<QLineEdit>("summaryEdit");
    summary->setFocus();
    type(summary, QStringLiteral("Scanner"));
    QCOMPARE(summary->text(), QStringLiteral("Scanner"));
    QTRY_VERIFY(timerRan);
    QCOMPARE(checked.size(), 0); // the event loop ran while the server stayed silent

    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.at(0).at(0).toInt(), 1);
    QCOMPARE(m_wizard->outbox().count(), 1); // kept for the next try
    QVERIFY(m_wizard->isRetryScheduled());
}

void tst_IntakeDelivery::silentServerAtStartIsTriedOnceInTheBackground()
{
    // The start-up check does not hold the first page up for the connect
    // timeout, and once the server is known not to answer, Submit keeps the
    // report here at once instead of trying (and freezing) again.
    SilentServer server;
    QVERIFY(server.isValid());
    restartWizard(server.url() + QStringLiteral("?connect_timeout=3"));

    QSignalSpy checked(m_wizard.get(), &IntakeWizard::databaseChecked);
    QSignalSpy unavailable(m_wizard.get(), &IntakeWizard::databaseUnavailable);
    m_wizard->checkDatabase();
    QCOMPARE(checked.size(), 0); // not waited for here
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    QCOMPARE(unavailable.size(), 1);
    QVERIFY2(unavailable.at(0).at(0).toString().contains(QStringLiteral("Cannot reach the database server")),
             qPrintable(unavailable.at(0).at(0).toString()));
    QVERIFY(server.takeConnections() >= 1); // the background try reached the port
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_wizard->findChild<QMessageBox *>()) && box->isVisible());
    box->accept();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));

    walkToContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    const QString clientId = m_wizard->report().clientId;
    press(m_wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    QCOMPARE(child<QLabel>("ticketLabel")->text(), Outbox::localReference(clientId));
    QCOMPARE(server.takeConnections(), 0); // Submit did not knock again
}

void tst_IntakeDelivery::unreachableDatabaseIsLookedForAgainInTheBackground()
{
    // A database file another program keeps locked while the wizard starts:
    // remembered as unreachable, so the pages and Submit do not wait on it
    // again; once it is free, a look in the background finds it back and the
    // wizard opens it.
    // A file the other program made (not yet in WAL mode, which would let a
    // reader in): the wizard must write to it to start using it.
    const QString path = m_dir->filePath(QStringLiteral("busy.sqlite"));
    const QString url = QStringLiteral("sqlite:") + path;
    QString error;
    restartWizard(url);
    m_wizard->setUnreachableRecheckMs(300);
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY2(lock.exec(QStringLiteral("CREATE TABLE other_program (x INTEGER)")), qPrintable(lock.lastError().text()));
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));
        QSignalSpy checked(m_wizard.get(), &IntakeWizard::databaseChecked);
        m_wizard->checkDatabase(); // waits out the busy timeout once
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.at(0).at(0).toBool(), false);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_wizard->findChild<QMessageBox *>()) && box->isVisible());
        box->accept();

        bool unreachable = false;
        QVERIFY(!m_wizard->ensureDatabase(&error, &unreachable)); // from memory, no second wait
        QVERIFY(unreachable);
        QVERIFY2(error.contains(QStringLiteral("is busy")), qPrintable(error));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    // Past the recheck time the wizard still answers at once (it cannot
    // know the file is free without trying, and trying may take the whole
    // timeout): a probe looks in the background, and then it opens.
    QElapsedTimer sinceRelease;
    sinceRelease.start();
    QVERIFY(QTest::qWaitFor([&] { return sinceRelease.hasExpired(400); }));
    bool unreachable = false;
    QVERIFY(!m_wizard->ensureDatabase(&error, &unreachable));
    QVERIFY(unreachable);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->ensureDatabase(&error), 20000);
}

void tst_IntakeDelivery::lockedDatabaseIsRetriedAndReceiptBecomesTicket()
{
    // A SQLite file another program holds locked past the busy timeout.
    const QString path = m_dir->filePath(QStringLiteral("locked.sqlite"));
    const QString url = QStringLiteral("sqlite:") + path;
    QString error;
    QVERIFY2(Database::open(url, QStringLiteral("setup"), &error), qPrintable(error));
    Database::close(QStringLiteral("setup"));
    restartWizard(url);
    walkToContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    const QString clientId = m_wizard->report().clientId;
    QString secondClientId;

    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));

        m_wizard->next(); // Submit: waits out the busy timeout, then keeps the report here
        QCOMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
        QCOMPARE(child<QLabel>("ticketLabel")->text(), Outbox::localReference(clientId));
        QVERIFY(m_wizard->isRetryScheduled());

        // A second report meanwhile: kept here too (without waiting on the
        // lock again), under a reference of its own.
        QTest::mouseClick(child<QPushButton>("anotherButton"), Qt::LeftButton);
        QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId));
        fillProblemPage(QStringLiteral("Scanner on floor 2 leaves a black stripe"));
        passAttachmentsPage();
        fillDevicePage();
        pressNext(IntakeWizard::ContactPageId);
        child<QCheckBox>("confirmCheck")->setChecked(true);
        pressNext(IntakeWizard::ReviewPageId);
        secondClientId = m_wizard->report().clientId;
        QVERIFY(secondClientId != clientId);
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
        QCOMPARE(child<QLabel>("ticketLabel")->text(), Outbox::localReference(secondClientId));
        QCOMPARE(m_wizard->outbox().count(), 2);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));

    // The running program retries by itself and the receipt becomes the ticket.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("ticketLabel")->text().startsWith(QStringLiteral("HD-")),
                             IntakeWizard::RetryFirstMs + 10000);
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Your report has been filed"));
    QCOMPARE(m_wizard->outbox().count(), 0);
    QVERIFY(!m_wizard->isRetryScheduled());
    const QString connection = QStringLiteral("locked-readback");
    QVERIFY2(Database::open(url, connection, &error), qPrintable(error));
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        query.prepare(QStringLiteral("SELECT id FROM reports WHERE client_id = ?"));
        query.addBindValue(secondClientId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(formatTicket(query.value(0).toLongLong()), child<QLabel>("ticketLabel")->text());
        QVERIFY(!query.next()); // once
        query.addBindValue(clientId);
        QVERIFY(query.exec() && query.next()); // the first one too
        QVERIFY(!query.next());
    }
    Database::close(connection);
}

QTEST_MAIN(tst_IntakeDelivery)
#include "tst_intakedelivery.moc"
