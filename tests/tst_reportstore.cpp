// ReportStore: what the employee sends is what the agent reads, every field;
// a bad report is refused without a trace; ticket numbers are unique and look
// the same every time; a retried submission is filed once. Before Submit, the
// reports a new one may repeat are found, and "I'm affected too" counts.

#include "model/prioritymatrix.h"
#include "model/report.h"
#include "model/storagetime.h"
#include "model/taxonomy.h"
#include "runtime/application.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/prioritymatrixstore.h"
#include "store/reportstore.h"
#include "store/sqldialect.h"
#include "triage/summarysimilarity.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Helpdesk;

class TestReportStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripEveryField();
    void optionalFieldsMayBeLeftEmpty();
    void survivesReopening();
    void invalidReportWritesNothing();
    void controlCharactersAndNulAreRemovedBeforeFiling();
    void megabyteDescriptionIsRefusedWithTheLimitAndWritesNothing();
    void attachmentsRoundTripByteForByte();
    void invalidAttachmentWritesNothing();
    void failedAttachmentTakesTheReportBack();
    void retriedReportWithAttachmentsIsFiledOnce();
    void thousandSubmitsGiveDistinctTickets();
    void sameClientIdIsFiledOnce();
    void withoutClientIdEverySubmitIsNew();
    void twoConnectionsNeverShareATicket();
    void listNewestFirst();
    void searchFindsWordsAndTicketNumbers();
    void searchCoversReportsFiledBeforeItExisted();
    void findMissing();
    void closedDatabaseGivesMessage();

    void priorityComesFromTheDatabaseMatrix();
    void duplicateCandidatesOwnDeviceAndSimilar();
    void duplicateCandidatesSkipClosedOldAndUnrelated();
    void similarSummariesAreFoundAsTheWizardComparesThem_data();
    void similarSummariesAreFoundAsTheWizardComparesThem();
    void affectedTooIsCountedOnce();
    void reporterSeesOthersOpenReportsWithoutContacts();

private:
    QString openConnection();

    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
    QStringList m_connections;
    std::vector<std::unique_ptr<ReportStore>> m_stores; // destroyed before their connections
    ReportStore *m_store = nullptr;
};

namespace {

const QString printerEmoji = QStringLiteral("\U0001F5A8");
const QString angryEmoji = QStringLiteral("\U0001F621");

Report validReport(const QString &summary = QStringLiteral("Printer on floor 2 jams on every page"))
{
    return validTestReport(summary);
}

// Every field set, with the stray spaces, Cyrillic and emoji people type.
Report everyFieldReport()
{
    Report r;
    r.category = QStringLiteral("printing");
    r.symptom = QStringLiteral("shows_error");
    r.summary = QStringLiteral("  Принтер ") + printerEmoji + QStringLiteral(" пишет «Замятие бумаги», а бумаги нет  ");
    r.description = QStringLiteral("С утра понедельника.\nЛоток 2 пустой, открывал — ничего нет ") + angryEmoji
        + QStringLiteral("\n\tError 0x41: paper jam (tray 2)");
    r.startedAt = QDateTime::currentDateTime().addSecs(-3 * 3600 - 17).addMSecs(-345);
    r.impact = QStringLiteral("team");
    r.urgency = QStringLiteral("slowed");
    r.device.kind = QStringLiteral("printer");
    r.device.make = QStringLiteral(" Brother ");
    r.device.model = QStringLiteral("HL-L2340D ");
    r.device.customModel = true;
    r.device.assetTag = QStringLiteral("  ИНВ-000421");
    r.device.building = QStringLiteral("Главный корпус");
    r.device.room = QStringLiteral(" 214 ");
    r.contact.name = QStringLiteral("  Иван Петрович Сидоров ");
    r.contact.login = QStringLiteral(" isidorov ");
    r.contact.email = QStringLiteral(" i.sidorov@example.com ");
    r.contact.phone = QStringLiteral(" +7 (495) 123-45-67 доб. 214 ");
    r.contact.department = QStringLiteral(" Бухгалтерия ") + QStringLiteral("\U0001F4CA");
    r.contact.location = QStringLiteral("3 этаж, у окна ");
    r.contact.preferredContact = QStringLiteral("phone");
    r.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return r;
}

// Every byte value, NULs included, in a pattern that does not repeat soon.
QByteArray binaryBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(i < 256 ? i : int(x & 0xff));
    }
    return bytes;
}

qint64 attachmentRows(const QString &connection)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM attachments")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString describe(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines.append(e.field + QStringLiteral(": ") + e.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TestReportStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestReportStore::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_url = m_database->url();
    const QString name = openConnection();
    QVERIFY(!name.isEmpty());
    m_stores.push_back(std::make_unique<ReportStore>(name));
    m_store = m_stores.back().get();
}

void TestReportStore::cleanup()
{
    m_store = nullptr;
    m_stores.clear();
    for (const QString &name : std::as_const(m_connections))
        Database::close(name);
    m_connections.clear();
    m_database.reset();
}

QString TestReportStore::openConnection()
{
    const QString name = QStringLiteral("tst_reportstore_%1_%2")
                             .arg(QString::fromLatin1(QTest::currentTestFunction()))
                             .arg(m_connections.size());
    QString error;
    if (!Database::open(m_url, name, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    m_connections.append(name);
    return name;
}

void TestReportStore::roundTripEveryField()
{
    const Report input = everyFieldReport();
    const QDateTime before = QDateTime::currentDateTime();
    const auto result = m_store->submit(input);
    QVERIFY2(result.ok(), qPrintable(result.error + QLatin1Char('\n') + describe(result.fieldErrors)));
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.fieldErrors.isEmpty());
    QCOMPARE(result.ticket, formatTicket(result.id));

    QString error;
    const auto found = m_store->find(result.id, &error);
    QVERIFY2(found.has_value(), qPrintable(error));
    const Report &r = *found;

    QCOMPARE(r.id, result.id);
    QCOMPARE(r.ticket(), result.ticket);
    QCOMPARE(r.clientId, input.clientId);
    QCOMPARE(r.category, input.category);
    QCOMPARE(r.symptom, input.symptom);
    QCOMPARE(r.summary, input.summary.trimmed());
    QVERIFY(r.summary.contains(printerEmoji));
    QCOMPARE(r.description, input.description);
    QCOMPARE(r.startedAt, input.startedAt); // to the millisecond
    QCOMPARE(r.impact, input.impact);
    QCOMPARE(r.urgency, input.urgency);

    QCOMPARE(r.device.kind, input.device.kind);
    QCOMPARE(r.device.make, QStringLiteral("Brother"));
    QCOMPARE(r.device.model, QStringLiteral("HL-L2340D"));
    QCOMPARE(r.device.customModel, true);
    QCOMPARE(r.device.assetTag, QStringLiteral("ИНВ-000421"));
    QCOMPARE(r.device.building, QStringLiteral("Главный корпус"));
    QCOMPARE(r.device.room, QStringLiteral("214"));

    QCOMPARE(r.contact.name, QStringLiteral("Иван Петрович Сидоров"));
    QCOMPARE(r.contact.login, QStringLiteral("isidorov"));
    QCOMPARE(r.contact.email, QStringLiteral("i.sidorov@example.com"));
    QCOMPARE(r.contact.phone, QStringLiteral("+7 (495) 123-45-67 доб. 214"));
    QCOMPARE(r.contact.department, QStringLiteral("Бухгалтерия ") + QStringLiteral("\U0001F4CA"));
    QCOMPARE(r.contact.location, QStringLiteral("3 этаж, у окна"));
    QCOMPARE(r.contact.preferredContact, input.contact.preferredContact);

    // Filled in by the store, never by the user.
    QCOMPARE(r.status, QStringLiteral("new"));
    QCOMPARE(r.priority, PriorityMatrix::itilDefaults().priority(input.impact, input.urgency));
    QCOMPARE(r.priority, 3); // team × slowed
    QCOMPARE(r.computerName, QSysInfo::machineHostName());
    QVERIFY(!r.operatingSystem.isEmpty());
    QVERIFY(r.createdAt.isValid());
    const QDateTime after = QDateTime::currentDateTime();
    QVERIFY2(r.createdAt >= before.addSecs(-1) && r.createdAt <= after.addSecs(1),
             qPrintable(r.createdAt.toString(Qt::ISODateWithMs)));

    // A report with other values set comes back with those, not the first's.
    Report other = validReport();
    other.device.make.clear();
    other.device.model.clear();
    other.device.assetTag = QStringLiteral("INV-7");
    other.impact = QStringLiteral("office");
    other.urgency = QStringLiteral("blocked");
    const auto second = m_store->submit(other);
    QVERIFY2(second.ok(), qPrintable(second.error));
    const auto secondFound = m_store->find(second.id, &error);
    QVERIFY2(secondFound, qPrintable(error));
    QCOMPARE(secondFound->device.customModel, false);
    QCOMPARE(secondFound->priority, 1);
    QVERIFY(secondFound->description.isEmpty());
    QVERIFY(secondFound->device.make.isEmpty());
    QCOMPARE(secondFound->device.assetTag, QStringLiteral("INV-7"));
}

void TestReportStore::optionalFieldsMayBeLeftEmpty()
{
    // Only what the wizard requires; every optional field never touched.
    Report minimal;
    minimal.category = QStringLiteral("account");
    minimal.symptom = QStringLiteral("locked_out");
    minimal.summary = QStringLiteral("Password expired, cannot sign in");
    minimal.startedAt = QDateTime::currentDateTime();
    minimal.impact = QStringLiteral("me");
    minimal.urgency = QStringLiteral("blocked");
    minimal.device.kind = QStringLiteral("computer");
    minimal.contact.name = QStringLiteral("Jane Doe");
    minimal.contact.phone = QStringLiteral("214");
    QVERIFY2(minimal.validate().isEmpty(), qPrintable(describe(minimal.validate())));

    const auto result = m_store->submit(minimal);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QString error;
    const auto found = m_store->find(result.id, &error);
    QVERIFY2(found, qPrintable(error));
    QVERIFY(found->description.isEmpty());
    QVERIFY(found->device.make.isEmpty());
    QVERIFY(found->device.model.isEmpty());
    QVERIFY(found->device.room.isEmpty());
    QVERIFY(found->contact.email.isEmpty());
    QVERIFY(found->contact.login.isEmpty());
    QVERIFY(found->contact.preferredContact.isEmpty());
    QCOMPARE(found->contact.phone, QStringLiteral("214"));
    QCOMPARE(found->priority, 3); // me × blocked
}

void TestReportStore::survivesReopening()
{
    const auto result = m_store->submit(everyFieldReport());
    QVERIFY2(result.ok(), qPrintable(result.error));

    // Another program (the agents' console) opening the same file later.
    const QString name = openConnection();
    QVERIFY(!name.isEmpty());
    ReportStore other(name);
    QString error;
    const auto found = other.find(result.id, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->contact.name, QStringLiteral("Иван Петрович Сидоров"));
    QCOMPARE(other.count(&error), qint64(1));
}

void TestReportStore::controlCharactersAndNulAreRemovedBeforeFiling()
{
    const QChar nul(0);
    Report report = validReport(QStringLiteral("Printer") + nul + QStringLiteral(" jams\x1b[0m on floor 2 🖨️"));
    report.description = QStringLiteral("Line one\r\nLine two") + nul + QStringLiteral("\x07 — שלום 👩‍💻");
    report.contact.name = QStringLiteral("Ирина\x01 Петрова");
    report.device.room = QStringLiteral("214\n");
    const auto result = m_store->submit(report);
    QVERIFY2(result.ok(), qPrintable(result.error)); // PostgreSQL would refuse a NUL outright
    QString error;
    const auto found = m_store->find(result.id, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->summary, QStringLiteral("Printer jams[0m on floor 2 🖨️"));
    QCOMPARE(found->description, QStringLiteral("Line one\nLine two — שלום 👩‍💻"));
    QCOMPARE(found->contact.name, QStringLiteral("Ирина Петрова"));
    QCOMPARE(found->device.room, QStringLiteral("214"));
}

void TestReportStore::megabyteDescriptionIsRefusedWithTheLimitAndWritesNothing()
{
    Report report = validReport();
    report.description = QString(1024 * 1024, QLatin1Char('x'));
    const auto result = m_store->submit(report);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QString::number(FieldRules::DescriptionMax)), qPrintable(result.error));
    QCOMPARE(result.fieldErrors.constFirst().field, QStringLiteral("problem.description"));
    QString error;
    QCOMPARE(m_store->count(&error), qint64(0));
}

void TestReportStore::invalidReportWritesNothing()
{
    QVERIFY(m_store->submit(validReport()).ok());
    QString error;
    const qint64 before = m_store->count(&error);
    QCOMPARE(before, qint64(1));

    Report vague = validReport(QStringLiteral("  сломалось  ")); // 9 characters
    vague.contact.email.clear();
    vague.contact.phone.clear();
    const auto result = m_store->submit(vague);
    QVERIFY(!result.ok());
    QCOMPARE(result.id, qint64(0));
    QVERIFY(result.ticket.isEmpty());
    QVERIFY(!result.error.isEmpty());
    QStringList fields;
    for (const FieldError &e : result.fieldErrors)
        fields.append(e.field);
    QVERIFY2(fields.contains(QLatin1String("problem.summary")), qPrintable(fields.join(QLatin1Char(','))));
    QVERIFY2(fields.contains(QLatin1String("contact.email")), qPrintable(fields.join(QLatin1Char(','))));

    Report empty;
    QVERIFY(!m_store->submit(empty).ok());

    QCOMPARE(m_store->count(&error), before);
    QCOMPARE(m_store->list(0).size(), 1);
    // Its client id was not used up: fixed and sent again, it is filed.
    vague.summary = QStringLiteral("Outlook shows error 0x800CCC0E on send");
    vague.contact.phone = QStringLiteral("214");
    const auto fixed = m_store->submit(vague);
    QVERIFY2(fixed.ok(), qPrintable(fixed.error));
    QCOMPARE(m_store->count(&error), before + 1);
}

void TestReportStore::attachmentsRoundTripByteForByte()
{
    const QByteArray log = binaryBytes(3 * 1024 * 1024 + 17);
    const QByteArray text = QStringLiteral("Ошибка 0x800CCC0E \U0001F621\n").toUtf8();
    Report input = validReport();
    input.attachments.append(Attachment::fromData(QStringLiteral("дамп памяти.bin"), log));
    input.attachments.append(Attachment::fromData(QStringLiteral("error.txt"), text));
    const auto result = m_store->submit(input);
    QVERIFY2(result.ok(), qPrintable(result.error + QLatin1Char('\n') + describe(result.fieldErrors)));

    // The list carries what an agent needs to choose, never the bytes.
    QString error;
    const QList<Attachment> listed = m_store->attachments(result.id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).position, 1);
    QCOMPARE(listed.at(0).fileName, QStringLiteral("дамп памяти.bin"));
    QCOMPARE(listed.at(0).mimeType, input.attachments.at(0).mimeType);
    QCOMPARE(listed.at(0).size, qint64(log.size()));
    QCOMPARE(listed.at(0).sha256, Attachment::sha256Hex(log));
    QVERIFY(listed.at(0).data.isEmpty());
    QCOMPARE(listed.at(1).position, 2);
    QCOMPARE(listed.at(1).fileName, QStringLiteral("error.txt"));
    QCOMPARE(listed.at(1).mimeType, QStringLiteral("text/plain"));

    // Loaded on demand, from another connection: the same bytes.
    const QString name = openConnection();
    QVERIFY(!name.isEmpty());
    ReportStore other(name);
    const auto first = other.attachment(result.id, 1, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->data.size(), log.size());
    QVERIFY(first->data == log);
    QCOMPARE(Attachment::sha256Hex(first->data), first->sha256);
    QVERIFY(first->dataMatches());
    const auto second = other.attachment(result.id, 2, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->data, text);

    QVERIFY(!other.attachment(result.id, 3, &error));
    QCOMPARE(error, QStringLiteral("Report %1 has no attachment 3.").arg(result.ticket));

    // A report without attachments has none, and still takes the one-statement path.
    const auto plain = m_store->submit(validReport());
    QVERIFY2(plain.ok(), qPrintable(plain.error));
    QVERIFY(m_store->attachments(plain.id, &error).isEmpty());
    QCOMPARE(attachmentRows(m_connections.constFirst()), qint64(2));
}

void TestReportStore::invalidAttachmentWritesNothing()
{
    Report tooMany = validReport();
    for (int i = 0; i < FieldRules::AttachmentsMax + 1; ++i)
        tooMany.attachments.append(Attachment::fromData(QStringLiteral("log%1.txt").arg(i), "line\n"));
    auto result = m_store->submit(tooMany);
    QVERIFY(!result.ok());
    QCOMPARE(result.fieldErrors.size(), 1);
    QCOMPARE(result.fieldErrors.constFirst().field, QStringLiteral("attachments"));

    Report tooBig = validReport();
    tooBig.attachments.append(Attachment::fromData(QStringLiteral("fine.txt"), "fine"));
    tooBig.attachments.append(Attachment::fromData(QStringLiteral("video.mp4"),
                                                   QByteArray(int(FieldRules::AttachmentSizeMax) + 1, 'v')));
    result = m_store->submit(tooBig);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("“video.mp4” is too big")), qPrintable(result.error));

    Report tampered = validReport();
    tampered.attachments.append(Attachment::fromData(QStringLiteral("error.txt"), "0x800CCC0E"));
    tampered.attachments[0].data = "0x00000000";
    QVERIFY(!m_store->submit(tampered).ok());

    QString error;
    QCOMPARE(m_store->count(&error), qint64(0));
    QCOMPARE(attachmentRows(m_connections.constFirst()), qint64(0));
}

void TestReportStore::failedAttachmentTakesTheReportBack()
{
    // The database refuses the attachment (here: its table is gone), after
    // the report's own INSERT worked: the report must go too.
    {
        QSqlQuery drop(QSqlDatabase::database(m_connections.constFirst()));
        QVERIFY2(drop.exec(QStringLiteral("DROP TABLE attachments")), qPrintable(drop.lastError().text()));
    }
    Report report = validReport();
    report.attachments.append(Attachment::fromData(QStringLiteral("error.txt"), "0x800CCC0E"));
    const auto result = m_store->submit(report);
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    QString error;
    QCOMPARE(m_store->count(&error), qint64(0));

    // The connection is usable afterwards (no transaction left open), and the
    // client id was not used up.
    report.attachments.clear();
    const auto retried = m_store->submit(report);
    QVERIFY2(retried.ok(), qPrintable(retried.error));
    QCOMPARE(m_store->count(&error), qint64(1));
}

void TestReportStore::retriedReportWithAttachmentsIsFiledOnce()
{
    Report report = validReport();
    report.attachments.append(Attachment::fromData(QStringLiteral("a.txt"), "first"));
    report.attachments.append(Attachment::fromData(QStringLiteral("b.txt"), "second"));
    const auto first = m_store->submit(report);
    QVERIFY2(first.ok(), qPrintable(first.error));
    // The answer was lost; the wizard sends the same report again.
    const auto again = m_store->submit(report);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.id, first.id);
    QString error;
    QCOMPARE(m_store->count(&error), qint64(1));
    QCOMPARE(m_store->attachments(first.id).size(), 2);
    QCOMPARE(attachmentRows(m_connections.constFirst()), qint64(2));
    // And the store goes on filing new reports on the same connection.
    Report next = validReport();
    next.attachments.append(Attachment::fromData(QStringLiteral("c.txt"), "third"));
    const auto third = m_store->submit(next);
    QVERIFY2(third.ok(), qPrintable(third.error));
    QCOMPARE(m_store->attachment(third.id, 1)->data, QByteArray("third"));
}

void TestReportStore::thousandSubmitsGiveDistinctTickets()
{
    static const QRegularExpression ticketPattern(QStringLiteral("^HD-\\d{6}$"));
    QSet<QString> tickets;
    QSet<qint64> ids;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 1000; ++i) {
        const auto result = m_store->submit(validReport(QStringLiteral("Report number %1 from the load test").arg(i)));
        QVERIFY2(result.ok(), qPrintable(QStringLiteral("#%1: %2").arg(i).arg(result.error)));
        QVERIFY2(ticketPattern.match(result.ticket).hasMatch(), qPrintable(result.ticket));
        QCOMPARE(parseTicket(result.ticket), result.id);
        tickets.insert(result.ticket);
        ids.insert(result.id);
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("1000 submits took %lld ms", elapsed);
    QCOMPARE(tickets.size(), 1000);
    QCOMPARE(ids.size(), 1000);
    QString error;
    QCOMPARE(m_store->count(&error), qint64(1000));
    // Generous: a form that takes seconds to file a report is broken.
    QVERIFY2(elapsed < 30000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

void TestReportStore::sameClientIdIsFiledOnce()
{
    const Report report = validReport();
    const auto first = m_store->submit(report);
    QVERIFY2(first.ok(), qPrintable(first.error));

    // The answer got lost and the wizard sends again, perhaps after an edit.
    Report retry = report;
    retry.summary = QStringLiteral("Printer on floor 2 jams on every page (again)");
    const auto second = m_store->submit(retry);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.id, first.id);
    QCOMPARE(second.ticket, first.ticket);
    QVERIFY(second.error.isEmpty());

    QString error;
    QCOMPARE(m_store->count(&error), qint64(1));
    const auto found = m_store->find(first.id, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->summary, report.summary); // the filed report is not overwritten

    // The store still files new reports afterwards.
    const auto third = m_store->submit(validReport());
    QVERIFY2(third.ok(), qPrintable(third.error));
    QVERIFY(third.id != first.id);
    QCOMPARE(m_store->count(&error), qint64(2));
}

void TestReportStore::withoutClientIdEverySubmitIsNew()
{
    Report report = validReport();
    report.clientId.clear();
    const auto first = m_store->submit(report);
    const auto second = m_store->submit(report);
    QVERIFY2(first.ok() && second.ok(), qPrintable(first.error + second.error));
    QVERIFY(first.id != second.id);
    const auto found = m_store->find(first.id);
    QVERIFY(found);
    QVERIFY(!found->clientId.isEmpty()); // the store made one up
}

void TestReportStore::twoConnectionsNeverShareATicket()
{
    // The wizard on two computers filing into the same database.
    const QString name = openConnection();
    QVERIFY(!name.isEmpty());
    m_stores.push_back(std::make_unique<ReportStore>(name));
    ReportStore *other = m_stores.back().get();

    QSet<qint64> ids;
    for (int i = 0; i < 50; ++i) {
        const auto a = m_store->submit(validReport());
        const auto b = other->submit(validReport());
        QVERIFY2(a.ok(), qPrintable(a.error));
        QVERIFY2(b.ok(), qPrintable(b.error));
        ids.insert(a.id);
        ids.insert(b.id);
    }
    QCOMPARE(ids.size(), 100);
    QString error;
    QCOMPARE(other->count(&error), qint64(100));
}

void TestReportStore::listNewestFirst()
{
    QList<qint64> filed;
    for (int i = 0; i < 5; ++i) {
        const auto result = m_store->submit(validReport(QStringLiteral("Numbered report %1 here").arg(i)));
        QVERIFY2(result.ok(), qPrintable(result.error));
        filed.append(result.id);
    }
    QString error;
    const QList<Report> three = m_store->list(3, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(three.size(), 3);
    QCOMPARE(three.at(0).id, filed.at(4));
    QCOMPARE(three.at(1).id, filed.at(3));
    QCOMPARE(three.at(2).id, filed.at(2));
    QCOMPARE(three.at(0).summary, QStringLiteral("Numbered report 4 here"));

    const QList<Report> all = m_store->list(0, &error);
    QCOMPARE(all.size(), 5);
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).id > all.at(i).id);
    QCOMPARE(all.constLast().id, filed.constFirst());
    QCOMPARE(m_store->list(-1, &error).size(), 5);
    QCOMPARE(m_store->list(100, &error).size(), 5);
}

void TestReportStore::searchFindsWordsAndTicketNumbers()
{
    const auto cyrillic = m_store->submit(everyFieldReport());
    QVERIFY2(cyrillic.ok(), qPrintable(cyrillic.error));
    Report other = validReport(QStringLiteral("Outlook says the server is unavailable"));
    other.category = QStringLiteral("email");
    other.symptom = QStringLiteral("cant_send");
    other.device = {};
    other.device.kind = QStringLiteral("computer");
    other.contact.name = QStringLiteral("Jane Doe");
    const auto english = m_store->submit(other);
    QVERIFY2(english.ok(), qPrintable(english.error));
    const auto newer = m_store->submit(validReport(QStringLiteral("Second printer on floor 3 jams too")));
    QVERIFY(newer.ok());

    auto ids = [this](const QString &text) {
        QString error;
        QList<qint64> found;
        for (const Report &r : m_store->search(text, 50, &error))
            found.append(r.id);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return found;
    };
    // Words in any case, Cyrillic included, from summary, description, device and reporter.
    QCOMPARE(ids(QStringLiteral("ПРИНТЕР")), QList<qint64>{cyrillic.id});
    QCOMPARE(ids(QStringLiteral("лоток")), QList<qint64>{cyrillic.id});
    QCOMPARE(ids(QStringLiteral("brother")), QList<qint64>{cyrillic.id});
    QCOMPARE(ids(QStringLiteral("Сидоров")), QList<qint64>{cyrillic.id});
    QCOMPARE(ids(QStringLiteral("outlook unavailable")), QList<qint64>{english.id});
    // Every word must match; newest first.
    QCOMPARE(ids(QStringLiteral("jams floor")), QList<qint64>{newer.id});
    const auto newest = m_store->submit(validReport(QStringLiteral("Printer in the lobby jams as well")));
    QVERIFY(newest.ok());
    QCOMPARE(ids(QStringLiteral("printer jams")), (QList<qint64>{newest.id, newer.id}));
    QVERIFY(ids(QStringLiteral("outlook brother")).isEmpty());
    QVERIFY(ids(QStringLiteral("nothing-like-this")).isEmpty());
    // A ticket number jumps to its report, first.
    QCOMPARE(ids(english.ticket).value(0), english.id);
    QCOMPARE(ids(QString::number(english.id)).value(0), english.id);
    // Search syntax typed by a person is just text: no error, no surprise.
    QString error;
    m_store->search(QStringLiteral("\"printer AND OR * NEAR( -:"), 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestReportStore::searchCoversReportsFiledBeforeItExisted()
{
    // A database at schema version 1 (before search) with a report in it...
    const QString name = QStringLiteral("tst_reportstore_v1");
    QString error;
    TestDatabase old;
    QVERIFY2(old.isValid(), qPrintable(old.error()));
    const auto url = DatabaseUrl::parse(old.url(), &error);
    QVERIFY2(url, qPrintable(error));
    QVERIFY2(Database::openWithoutMigrating(*url, name, &error), qPrintable(error));
    m_connections.append(name);
    {
        Migrator migrator(QSqlDatabase::database(name), url->dialect());
        QVERIFY2(migrator.migrateTo(1, &error), qPrintable(error));
        QCOMPARE(migrator.currentVersion(&error), 1);
        ReportStore store(name);
        QVERIFY(insertVersion1Report(QSqlDatabase::database(name),
                                     QStringLiteral("Scanner in room 101 makes a grinding noise")) > 0);
        // ...is upgraded, and the old report is found.
        QVERIFY2(migrator.migrate(&error), qPrintable(error));
        QCOMPARE(migrator.currentVersion(&error), migrator.latestVersion());
        const QList<Report> found = store.search(QStringLiteral("grinding"), 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().summary, QStringLiteral("Scanner in room 101 makes a grinding noise"));
    }
}

void TestReportStore::findMissing()
{
    const auto result = m_store->submit(validReport());
    QVERIFY(result.ok());

    QString error;
    const auto missing = m_store->find(result.id + 41, &error);
    QVERIFY(!missing.has_value());
    QVERIFY2(error.contains(formatTicket(result.id + 41)), qPrintable(error));

    error.clear();
    QVERIFY(!m_store->find(0, &error).has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_store->find(-5).has_value()); // message pointer is optional
}

void TestReportStore::closedDatabaseGivesMessage()
{
    ReportStore nowhere(QStringLiteral("tst_reportstore_no_such_connection"));
    const auto result = nowhere.submit(validReport());
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.fieldErrors.isEmpty());

    QString error;
    QVERIFY(!nowhere.find(1, &error).has_value());
    QVERIFY(!error.isEmpty());
    error.clear();
    QCOMPARE(nowhere.count(&error), qint64(-1));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(nowhere.list(10, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}


namespace {

QStringList tickets(const QList<ReportStore::OpenReport> &reports)
{
    QStringList list;
    for (const auto &r : reports)
        list.append(r.ticket());
    return list;
}

bool setStatus(const QString &connection, qint64 id, const QString &status)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.prepare(QStringLiteral("UPDATE reports SET status = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool backdate(const QString &connection, qint64 id, int days)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.prepare(QStringLiteral("UPDATE reports SET created_at = ? WHERE id = ?"));
    query.addBindValue(StorageTime::text(QDateTime::currentDateTimeUtc().addDays(-days)));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace

void TestReportStore::priorityComesFromTheDatabaseMatrix()
{
    // The organisation decided: one person blocked is P2 here, and P2 is
    // answered within 2 hours.
    QString error;
    std::optional<PriorityMatrix> matrix = m_store->priorityMatrix(&error);
    QVERIFY2(matrix, qPrintable(error));
    QCOMPARE(*matrix, PriorityMatrix::itilDefaults());
    QVERIFY(matrix->setPriority(QStringLiteral("me"), QStringLiteral("blocked"), 2).isEmpty());
    QVERIFY(matrix->setResponseMinutes(2, 120).isEmpty());
    QVERIFY2(PriorityMatrixStore::save(*matrix, m_connections.constFirst(), &error), qPrintable(error));

    // A new store (a wizard started later) files with the new matrix.
    const QString name = openConnection();
    ReportStore later(name);
    Report report = validReport();
    report.impact = QStringLiteral("me");
    report.urgency = QStringLiteral("blocked");
    // Shouting in the text changes nothing.
    report.summary = QStringLiteral("URGENT!!! CEO printer, priority 1 please");
    const auto result = later.submit(report);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(later.find(result.id)->priority, 2);
    const auto reread = later.priorityMatrix(&error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->responseMinutes(2), 120);
    QVERIFY(reread->expectationText(QStringLiteral("me"), QStringLiteral("blocked")).contains(QStringLiteral("2 hours")));
}

void TestReportStore::duplicateCandidatesOwnDeviceAndSimilar()
{
    QString error;
    // Jane's own open report about something else.
    Report own = validReport(QStringLiteral("Outlook asks for my password every hour"));
    own.category = QStringLiteral("email");
    own.symptom = QStringLiteral("other");
    own.device = {};
    own.device.kind = QStringLiteral("computer");
    own.contact.login = QStringLiteral("jdoe");
    const auto ownResult = m_store->submit(own);
    QVERIFY2(ownResult.ok(), qPrintable(ownResult.error));

    // Someone else's report on the same printer by asset tag, in other case.
    Report sameTag = validReport(QStringLiteral("Paper jam again in tray 2, every page"));
    sameTag.device.assetTag = QStringLiteral("inv-00417");
    sameTag.contact.login = QStringLiteral("bob");
    const auto tagResult = m_store->submit(sameTag);
    QVERIFY2(tagResult.ok(), qPrintable(tagResult.error));

    // Same make and model in the same room, no tag.
    Report sameRoom = validReport(QStringLiteral("Toner light is on and prints are faint"));
    sameRoom.device.building = QStringLiteral("Main office");
    sameRoom.device.room = QStringLiteral("305");
    sameRoom.contact.login = QStringLiteral("carol");
    const auto roomResult = m_store->submit(sameRoom);
    QVERIFY2(roomResult.ok(), qPrintable(roomResult.error));

    // A similar summary in Russian from someone on another printer.
    Report similar = validReport(QStringLiteral("Принтер на 3 этаже не печатает"));
    similar.device.make = QStringLiteral("Brother");
    similar.device.model = QStringLiteral("HL-L2340D");
    similar.contact.login = QStringLiteral("dave");
    const auto similarResult = m_store->submit(similar);
    QVERIFY2(similarResult.ok(), qPrintable(similarResult.error));

    Report draft = validReport(QStringLiteral("Не печатает принтер, 3 этаж"));
    draft.device.assetTag = QStringLiteral("INV-00417");
    draft.device.building = QStringLiteral("Main office");
    draft.device.room = QStringLiteral("305");
    draft.contact.login = QStringLiteral("jdoe");
    const auto found = m_store->findDuplicateCandidates(draft, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tickets(found), (QStringList{ownResult.ticket, tagResult.ticket, roomResult.ticket, similarResult.ticket}));
    QCOMPARE(found.at(0).reason, ReportStore::OpenReport::Reason::OwnReport);
    QCOMPARE(found.at(1).reason, ReportStore::OpenReport::Reason::SameDevice);
    QCOMPARE(found.at(2).reason, ReportStore::OpenReport::Reason::SameDevice);
    QCOMPARE(found.at(3).reason, ReportStore::OpenReport::Reason::SimilarSummary);
    QCOMPARE(found.at(1).summary, sameTag.summary);
    QCOMPARE(found.at(1).device.assetTag, QStringLiteral("inv-00417"));
    QCOMPARE(found.at(1).status, QStringLiteral("new"));
}

void TestReportStore::duplicateCandidatesSkipClosedOldAndUnrelated()
{
    const QString connection = m_connections.constFirst();
    auto file = [&](const QString &summary, const QString &tag) {
        Report r = validReport(summary);
        r.device.assetTag = tag;
        r.contact.login = QStringLiteral("bob");
        return m_store->submit(r).id;
    };
    const qint64 resolved = file(QStringLiteral("Printer in room 305 does not print"), QStringLiteral("INV-1"));
    const qint64 closed = file(QStringLiteral("Printer in room 305 does not print at all"), QString());
    const qint64 old = file(QStringLiteral("Printer in room 305 does not print since Monday"), QString());
    const qint64 unrelated = file(QStringLiteral("Scanner button sends mail to nobody"), QString());
    const qint64 open = file(QStringLiteral("The printer in room 305 does not print"), QString());
    QVERIFY(resolved > 0 && closed > 0 && old > 0 && unrelated > 0 && open > 0);
    QVERIFY(setStatus(connection, resolved, QStringLiteral("resolved")));
    QVERIFY(setStatus(connection, closed, QStringLiteral("closed")));
    QVERIFY(backdate(connection, old, ReportStore::DuplicateWindowDays + 1));

    Report draft = validReport(QStringLiteral("printer room 305 does not print"));
    draft.device.assetTag = QStringLiteral("INV-1"); // the resolved one's device: not offered
    draft.contact.login = QStringLiteral("jdoe");
    QString error;
    const auto found = m_store->findDuplicateCandidates(draft, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tickets(found), QStringList{formatTicket(open)});

    // A report about something else in the same category finds nothing.
    draft.summary = QStringLiteral("Toner cartridge is empty on the colour copier");
    draft.device.assetTag.clear();
    QVERIFY(m_store->findDuplicateCandidates(draft, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestReportStore::similarSummariesAreFoundAsTheWizardComparesThem_data()
{
    QTest::addColumn<QString>("filed");
    QTest::addColumn<QString>("draft");
    QTest::addColumn<bool>("similar");
    QTest::newRow("word order, punctuation, endings")
        << QStringLiteral("Принтер на 3 этаже не печатает") << QStringLiteral("Не печатает принтер, 3 этаж") << true;
    QTest::newRow("Cyrillic capitals") << QStringLiteral("ПРИНТЕР НЕ ПЕЧАТАЕТ СОВСЕМ")
                                       << QStringLiteral("принтер совсем не печатает") << true;
    QTest::newRow("quotes and dashes that are not ASCII")
        << QStringLiteral("Printer «jams» — every page") << QStringLiteral("printer jams on every page") << true;
    QTest::newRow("filler words do not count")
        << QStringLiteral("The printer is jammed again, please") << QStringLiteral("printer jammed") << true;
    QTest::newRow("one shared word of many") << QStringLiteral("Scanner on floor 3 is offline")
                                             << QStringLiteral("Scanner button") << false;
    QTest::newRow("only a negation shared") << QStringLiteral("Почта не открывается утром")
                                            << QStringLiteral("Не печатает принтер") << false;
    QTest::newRow("numbers count whole") << QStringLiteral("Room 305 printer offline")
                                         << QStringLiteral("Room 3051 scanner offline") << false;
}

// The duplicate check finds an open report of the category exactly when the
// wizard's rule (SummarySimilarity) calls the summaries similar. On
// PostgreSQL the server compares them (open_reports_like, migration 0012), so
// its words must be the wizard's words.
void TestReportStore::similarSummariesAreFoundAsTheWizardComparesThem()
{
    QFETCH(QString, filed);
    QFETCH(QString, draft);
    QFETCH(bool, similar);
    QCOMPARE(SummarySimilarity::similar(filed, draft), similar);

    Report other = validReport(filed);
    other.contact.login = QStringLiteral("bob");
    const auto result = m_store->submit(other);
    QVERIFY2(result.ok(), qPrintable(result.error));
    Report mine = validReport(draft);
    mine.contact.login = QStringLiteral("jdoe");
    QString error;
    const auto found = m_store->findDuplicateCandidates(mine, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tickets(found), similar ? QStringList{result.ticket} : QStringList{});

    if (!SqlDialect(QSqlDatabase::database(m_connections.constFirst(), false)).looksUpOpenReportsByDraft())
        return;
    // The server's own answer, not narrowed by the client's second look.
    QSqlQuery query(QSqlDatabase::database(m_connections.constFirst(), false));
    QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM open_reports_like(?, ?, 50)")));
    query.addBindValue(mine.category);
    query.addBindValue(draft);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toInt(), similar ? 1 : 0);
    // Its words, one by one, and the filler words it leaves out.
    for (const QString &text : {filed, draft}) {
        QVERIFY(query.prepare(QStringLiteral("SELECT array_to_string(helpdesk_summary_stems(?), ' ')")));
        query.addBindValue(text);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        const QStringList words = query.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(QSet<QString>(words.cbegin(), words.cend()), SummarySimilarity::stems(text));
    }
    const QSet<QString> &fillers = SummarySimilarity::fillerWords();
    QVERIFY(query.prepare(QStringLiteral("SELECT array_to_string(helpdesk_summary_stems(?), ' ')")));
    query.addBindValue(QStringList(fillers.cbegin(), fillers.cend()).join(QLatin1Char(' ')).toUpper());
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toString(), QString());
}

void TestReportStore::affectedTooIsCountedOnce()
{
    Report r = validReport();
    r.device.assetTag = QStringLiteral("INV-9");
    r.contact.login = QStringLiteral("bob");
    const auto filed = m_store->submit(r);
    QVERIFY2(filed.ok(), qPrintable(filed.error));

    ContactInfo jane;
    jane.login = QStringLiteral("jdoe");
    jane.name = QStringLiteral("Jane Doe");
    jane.email = QStringLiteral("jane@example.com");
    QString error;
    QVERIFY2(m_store->addAffectedPerson(filed.id, jane, &error), qPrintable(error));
    QVERIFY2(m_store->addAffectedPerson(filed.id, jane, &error), qPrintable(error)); // clicked twice
    ContactInfo ivan;
    ivan.login = QStringLiteral("ivanov");
    ivan.name = QStringLiteral("Иван Иванов");
    ivan.phone = QStringLiteral("+7 495 123-45-67");
    QVERIFY2(m_store->addAffectedPerson(filed.id, ivan, &error), qPrintable(error));

    const auto people = m_store->affectedPeople(filed.id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(people.size(), 2);
    QStringList names;
    for (const auto &p : people)
        names.append(p.contact.name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Jane Doe"), QStringLiteral("Иван Иванов")}));

    Report draft = validReport();
    draft.device.assetTag = QStringLiteral("inv-9");
    const auto found = m_store->findDuplicateCandidates(draft, &error);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().affectedCount, 2);

    // No such report: a clear message, nothing added.
    QVERIFY(!m_store->addAffectedPerson(filed.id + 1000, jane, &error));
    QVERIFY2(error.contains(formatTicket(filed.id + 1000)), qPrintable(error));
}

void TestReportStore::reporterSeesOthersOpenReportsWithoutContacts()
{
    if (!TestDatabase::isPostgres()) {
        // One user on the embedded database: the same query as everywhere.
        Report other = validReport(QStringLiteral("Printer in room 305 does not print"));
        other.device.assetTag = QStringLiteral("INV-5");
        QVERIFY(m_store->submit(other).ok());
        Report draft = validReport();
        draft.device.assetTag = QStringLiteral("INV-5");
        QCOMPARE(m_store->findDuplicateCandidates(draft).size(), 1);
        return;
    }
    const QString password = QStringLiteral("s3cret-Pa55");
    const QString alice = m_database->name() + QStringLiteral("_alice");
    const QString bob = m_database->name() + QStringLiteral("_bob");
    QString error = m_database->execAsSuperuser(
        {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(alice, password),
         QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(bob, password),
         QStringLiteral("GRANT helpdesk_reporter TO %1, %2").arg(alice, bob)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int ownConnections = int(m_connections.size());
    const auto dropRoles = qScopeGuard([&] {
        m_stores.resize(1);
        for (const QString &connection : m_connections.mid(ownConnections))
            Database::close(connection);
        m_connections = m_connections.mid(0, ownConnections);
        m_database->execAsSuperuser({QStringLiteral("DROP OWNED BY %1").arg(alice),
                                     QStringLiteral("DROP OWNED BY %1").arg(bob),
                                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(alice),
                                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(bob)});
    });

    m_url = TestDatabase::serverUrlFor(alice, password, m_database->name());
    ReportStore asAlice(openConnection());
    Report aliceReport = validReport(QStringLiteral("Printer in room 305 does not print"));
    aliceReport.device.assetTag = QStringLiteral("INV-5");
    aliceReport.contact.login = alice;
    const auto filed = asAlice.submit(aliceReport);
    QVERIFY2(filed.ok(), qPrintable(filed.error));

    m_url = TestDatabase::serverUrlFor(bob, password, m_database->name());
    ReportStore asBob(openConnection());
    QVERIFY(!asBob.find(filed.id)); // row-level security: not Bob's report
    Report draft = validReport(QStringLiteral("Room 305 printer does not print"));
    draft.device.assetTag = QStringLiteral("INV-5");
    draft.contact.login = bob;
    const auto found = asBob.findDuplicateCandidates(draft, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tickets(found), QStringList{filed.ticket});
    QCOMPARE(found.constFirst().reason, ReportStore::OpenReport::Reason::SameDevice);

    // Bob may add himself, but not Alice, and sees only himself.
    ContactInfo bobContact;
    bobContact.login = bob;
    bobContact.name = QStringLiteral("Bob");
    QVERIFY2(asBob.addAffectedPerson(filed.id, bobContact, &error), qPrintable(error));
    ContactInfo impostor;
    impostor.login = QStringLiteral("someone_else");
    impostor.name = QStringLiteral("Someone Else");
    QVERIFY(!asBob.addAffectedPerson(filed.id, impostor, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(asBob.affectedPeople(filed.id).size(), 1);
    QCOMPARE(asAlice.findDuplicateCandidates(draft).constFirst().affectedCount, 1);

    // The view shows no contact details, and reporters cannot read them.
    QSqlQuery query(QSqlDatabase::database(m_connections.constLast(), false));
    QVERIFY(!query.exec(QStringLiteral("SELECT reporter_email FROM open_reports")));
}

QTEST_GUILESS_MAIN(TestReportStore)
#include "tst_reportstore.moc"
