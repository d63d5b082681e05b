// tst_intakeduplicates: the real intake wizard driven as an employee does, with keys and clicks on the real widgets —
// known incidents and open reports offered and joined instead of filing again.
// The wizard, its database and folders are the fixture's (intaketestfixture.h).

#include "intaketestfixture.h"

using namespace Helpdesk;

class tst_IntakeDuplicates final : public IntakeTestFixture
{
    Q_OBJECT

private slots:
    void knownIncidentIsJoinedInOneClick();
    void openReportOnTheSameDeviceIsJoinedInsteadOfFiled();
    void ownOpenReportIsOfferedBeforeFilingAgain();
};

void tst_IntakeDuplicates::knownIncidentIsJoinedInOneClick()
{
    QSettings().setValue(QStringLiteral("contact/location"), QStringLiteral("Main office, room 214"));
    QSettings().setValue(QStringLiteral("contact/name"), QStringLiteral("Ирина Петрова"));
    const QString connection = QStringLiteral("incidents");
    QString error;
    QVERIFY2(Database::open(databaseUrl(), connection, &error), qPrintable(error));
    const auto closeConnection = qScopeGuard([&] { Database::close(connection); });
    IncidentStore incidents(connection);
    Incident here;
    here.title = QStringLiteral("Printers in the main office do not print");
    here.location = QStringLiteral("Main office");
    here.message = QStringLiteral("The print server restarts; back by 11:00.");
    const qint64 hereId = incidents.add(here, &error);
    QVERIFY2(hereId > 0, qPrintable(error));
    Incident elsewhere;
    elsewhere.title = QStringLiteral("Warehouse scanners are offline");
    elsewhere.location = QStringLiteral("Warehouse");
    QVERIFY(incidents.add(elsewhere, &error) > 0);

    auto *box = child<QGroupBox>("incidentsBox");
    QVERIFY(!box->isVisible()); // nothing known before the database is read
    checkDatabase();
    QVERIFY(box->isVisible());
    auto *list = child<QListWidget>("incidentList");
    QCOMPARE(list->count(), 1); // the warehouse is not this person's concern
    QVERIFY2(list->item(0)->text().contains(here.title), qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("INC-")), qPrintable(list->item(0)->text()));

    list->setFocus();
    press(m_wizard.get(), Qt::Key_I, Qt::AltModifier); // "This is my problem too"
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    QCOMPARE(m_wizard->outcome(), IntakeWizard::Outcome::JoinedIncident);
    QCOMPARE(child<QLabel>("ticketLabel")->text(), Incident{hereId}.reference());
    QVERIFY(m_wizard->currentPage()->title().contains(QStringLiteral("known problem")));

    const QList<ContactInfo> people = incidents.affectedPeople(hereId, &error);
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.constFirst().name, QStringLiteral("Ирина Петрова"));
    QVERIFY(!people.constFirst().login.isEmpty());
    QCOMPARE(ReportStore(connection).count(), qint64(0)); // no report filed

    // Report another problem starts a fresh report.
    child<QPushButton>("anotherButton")->click();
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId));
    QVERIFY(!m_wizard->hasJoined());
}

void tst_IntakeDuplicates::openReportOnTheSameDeviceIsJoinedInsteadOfFiled()
{
    const QString connection = QStringLiteral("duplicates");
    QString error;
    QVERIFY2(Database::open(databaseUrl(), connection, &error), qPrintable(error));
    const auto closeConnection = qScopeGuard([&] { Database::close(connection); });
    ReportStore store(connection);
    Report earlier;
    earlier.category = QStringLiteral("printing");
    earlier.symptom = QStringLiteral("paper_jam");
    earlier.summary = QStringLiteral("Paper jam on every page in tray 2");
    earlier.startedAt = QDateTime::currentDateTime().addSecs(-3600);
    earlier.impact = QStringLiteral("team");
    earlier.urgency = QStringLiteral("slowed");
    earlier.device.kind = QStringLiteral("printer");
    earlier.device.make = QStringLiteral("Brother");
    earlier.device.model = QStringLiteral("HL-L2340D");
    earlier.device.assetTag = QStringLiteral("inv-00417"); // the same label, typed in lower case
    earlier.contact.name = QStringLiteral("Boris Someone");
    earlier.contact.login = QStringLiteral("boris_elsewhere");
    earlier.contact.email = QStringLiteral("boris@example.com");
    const auto filed = store.submit(earlier);
    QVERIFY2(filed.ok(), qPrintable(filed.error));

    walkToContactPage(QStringLiteral("irina@example.com"));
    auto *confirm = child<QCheckBox>("confirmCheck");
    confirm->setFocus();
    press(confirm, Qt::Key_Space);
    pressNext(IntakeWizard::DuplicatesPageId);
    auto *list = child<QListWidget>("candidateList");
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(filed.ticket), qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("Same device")), qPrintable(list->item(0)->text()));
    QVERIFY(!list->item(0)->text().contains(QStringLiteral("boris"))); // nobody else's contact details

    // Back and Next again: the page is still there and nothing was joined.
    press(m_wizard.get(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::ContactPageId));
    pressNext(IntakeWizard::DuplicatesPageId);

    QCOMPARE(child<QPushButton>("joinButton")->text(), QStringLiteral("&I'm affected too"));
    list->setFocus();
    press(m_wizard.get(), Qt::Key_I, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    QCOMPARE(m_wizard->outcome(), IntakeWizard::Outcome::JoinedReport);
    QCOMPARE(child<QLabel>("ticketLabel")->text(), filed.ticket);
    QCOMPARE(store.count(), qint64(1)); // no second report
    const auto people = store.affectedPeople(filed.id, &error);
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.constFirst().contact.name, QStringLiteral("Ирина Петрова"));
    QCOMPARE(people.constFirst().contact.email, QStringLiteral("irina@example.com"));
}

void tst_IntakeDuplicates::ownOpenReportIsOfferedBeforeFilingAgain()
{
    // File once through the wizard, then start again with the same problem.
    walkToContactPage(QStringLiteral("irina@example.com"));
    auto *confirm = child<QCheckBox>("confirmCheck");
    confirm->setFocus();
    press(confirm, Qt::Key_Space);
    pressNext(IntakeWizard::ReviewPageId);
    press(m_wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    const QString first = child<QLabel>("ticketLabel")->text();
    child<QPushButton>("anotherButton")->click();
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::ProblemPageId));

    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    passAttachmentsPage();
    fillDevicePage();
    pressNext(IntakeWizard::ContactPageId);
    confirm->setFocus();
    if (!confirm->isChecked())
        press(confirm, Qt::Key_Space);
    pressNext(IntakeWizard::DuplicatesPageId);
    auto *list = child<QListWidget>("candidateList");
    QVERIFY(list->count() >= 1);
    QVERIFY2(list->item(0)->text().contains(first) && list->item(0)->text().contains(QStringLiteral("Your own report")),
             qPrintable(list->item(0)->text()));
    QCOMPARE(child<QPushButton>("joinButton")->text(), QStringLiteral("This is &my report"));

    // "No, mine is different": Next files a new one.
    pressNext(IntakeWizard::ReviewPageId);
    press(m_wizard.get(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DuplicatesPageId));
    list->setFocus();
    press(m_wizard.get(), Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    QCOMPARE(m_wizard->outcome(), IntakeWizard::Outcome::AlreadyReported);
    QCOMPARE(child<QLabel>("ticketLabel")->text(), first);
}

QTEST_MAIN(tst_IntakeDuplicates)
#include "tst_intakeduplicates.moc"
