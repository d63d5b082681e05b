// tst_adminreports: helpdesk-admin as an administrator uses it — reading reports back: `list`, `show`, attachments and `export` as CSV and JSON, checking what is printed rather than how it is computed; and `close-resolved`, which closes the resolved reports nobody answered.
// The tool runs in-process on a fresh database (admintestfixture.h).

#include "admintestfixture.h"
#include "model/storagetime.h"
#include "store/reviewstore.h"
#include "testreports.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Helpdesk;

class tst_AdminReports final : public AdminTestFixture
{
    Q_OBJECT

private slots:
    void listNewestFirst();
    void listRespectsLimit();
    void listRejectsBadLimit_data();
    void listRejectsBadLimit();
    void listEmptyDatabase();
    void closeResolvedClosesOnlyTheStaleOnes();
    void closeResolvedRejectsBadDays();
    void showPrintsEveryField();
    void showMarksTypedInModel();
    void showSparseReport();
    void showUnknownTicket();
    void showListsAttachments();
    void attachmentSavesTheBytesAsAttached();
    void attachmentRefusesDamagedOrMissing();
    void showNotATicket();
    void exportCsvParsesBack();
    void exportCsvToFileIsUtf8();
    void exportCsvQuotesOffFormulas();
    void exportJsonHasEveryField();
    void exportDevicesImportsBack();
};

void tst_AdminReports::listNewestFirst()
{
    QList<qint64> ids;
    for (int n = 0; n < 3; ++n) {
        ids.append(submit(fullReport(n)));
        QVERIFY(ids.constLast() > 0);
    }
    const Run run = admin({QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

    QStringList ticketLines;
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("HD-")))
            ticketLines.append(line);
    }
    QCOMPARE(ticketLines.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const qint64 id = ids.at(2 - i);
        const QString &line = ticketLines.at(i);
        QVERIFY2(line.startsWith(formatTicket(id)), qPrintable(line));
        // The reporter, the summary and the category as a person reads them.
        QVERIFY2(line.contains(QStringLiteral("Иван Петров %1").arg(2 - i)), qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral("report %1").arg(2 - i)), qPrintable(line));
        QVERIFY2(line.contains(Taxonomy::instance().category(QStringLiteral("printing"))->displayName()),
                 qPrintable(line));
        QVERIFY2(line.contains(Taxonomy::statusName(QStringLiteral("new"))), qPrintable(line));
        QVERIFY2(line.contains(Taxonomy::priorityName(2)), qPrintable(line));
    }
    // Created time, local, to the minute.
    const QRegularExpression time(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\b"));
    QVERIFY2(time.match(ticketLines.constFirst()).hasMatch(), qPrintable(ticketLines.constFirst()));
}

void tst_AdminReports::listRespectsLimit()
{
    QList<qint64> ids;
    for (int n = 0; n < 5; ++n)
        ids.append(submit(fullReport(n)));

    auto tickets = [](const Run &run) {
        QStringList found;
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("HD-")))
                found.append(line.section(QLatin1Char(' '), 0, 0));
        }
        return found;
    };

    const Run two = admin({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(two.exitCode, 0);
    QCOMPARE(tickets(two), QStringList({formatTicket(ids.at(4)), formatTicket(ids.at(3))}));

    const Run all = admin({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(tickets(all).size(), 5);

    const Run byDefault = admin({QStringLiteral("list")});
    QCOMPARE(tickets(byDefault).size(), 5);
}

void tst_AdminReports::listRejectsBadLimit_data()
{
    QTest::addColumn<QString>("limit");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("negative") << QStringLiteral("-3");
    QTest::newRow("fraction") << QStringLiteral("2.5");
    QTest::newRow("empty") << QString();
}

void tst_AdminReports::listRejectsBadLimit()
{
    QFETCH(QString, limit);
    submit(fullReport(0));
    const Run run = admin({QStringLiteral("list"), QStringLiteral("--limit=") + limit});
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("--limit")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("“") + limit + QStringLiteral("”")), qPrintable(run.err));
}

void tst_AdminReports::listEmptyDatabase()
{
    const Run run = admin({QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(QLatin1String("HD-")));
    QVERIFY(!run.out.trimmed().isEmpty()); // says so rather than printing nothing
}

void tst_AdminReports::closeResolvedClosesOnlyTheStaleOnes()
{
    const qint64 stale = submit(fullReport(0));
    const qint64 recent = submit(fullReport(1));
    const qint64 open = submit(fullReport(2));
    ReviewStore anna(connection, QStringLiteral("anna"));
    for (qint64 id : {stale, recent}) {
        QVERIFY(anna.setStatus(id, 1, QStringLiteral("in_progress")).ok);
        QVERIFY(anna.setStatus(id, 2, QStringLiteral("resolved")).ok);
    }
    // Resolved eight days ago, and nobody said anything since.
    QSqlQuery backdate(QSqlDatabase::database(connection));
    QVERIFY(backdate.prepare(QStringLiteral("UPDATE reports SET resolved_at = ? WHERE id = ?")));
    backdate.addBindValue(StorageTime::text(QDateTime::currentDateTimeUtc().addDays(-8)));
    backdate.addBindValue(stale);
    QVERIFY2(backdate.exec(), qPrintable(backdate.lastError().text()));

    const Run month = admin({QStringLiteral("close-resolved"), QStringLiteral("--days"), QStringLiteral("30")});
    QCOMPARE(month.exitCode, 0);
    QVERIFY2(month.out.contains(QStringLiteral("Closed 0 reports")), qPrintable(month.out));

    const Run run = admin({QStringLiteral("close-resolved")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Closed 1 report resolved more than 7 days ago")), qPrintable(run.out));
    QCOMPARE(anna.load(stale)->report.status, QStringLiteral("closed"));
    QCOMPARE(anna.load(recent)->report.status, QStringLiteral("resolved"));
    QCOMPARE(anna.load(open)->report.status, QStringLiteral("new"));
    const ReportEvent last = anna.history(stale).constLast();
    QCOMPARE(ReviewStore::describe(last), QStringLiteral("helpdesk changed the status from Resolved to Closed"));
    // Run again: nothing more to close.
    QVERIFY(admin({QStringLiteral("close-resolved")}).out.contains(QStringLiteral("Closed 0 reports")));
}

void tst_AdminReports::closeResolvedRejectsBadDays()
{
    for (const QString &days : {QStringLiteral("0"), QStringLiteral("seven"), QStringLiteral("-1")}) {
        const Run run = admin({QStringLiteral("close-resolved"), QStringLiteral("--days=") + days});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("“") + days + QStringLiteral("”")), qPrintable(run.err));
    }
}

void tst_AdminReports::showPrintsEveryField()
{
    Report r = fullReport(7);
    r.startedAt = QDateTime(QDate(2024, 3, 5), QTime(9, 41));
    const qint64 id = submit(r);
    QVERIFY(id > 0);
    const Run run = admin({QStringLiteral("show"), formatTicket(id)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QString &o = run.out;
    const Taxonomy &taxonomy = Taxonomy::instance();

    QCOMPARE(fieldValue(o, QStringLiteral("Ticket:")), formatTicket(id));
    QVERIFY(fieldValue(o, QStringLiteral("Status:")).contains(QLatin1String("[new]")));
    QCOMPARE(fieldValue(o, QStringLiteral("Category:")),
             taxonomy.category(r.category)->displayName() + QStringLiteral(" [printing]"));
    QCOMPARE(fieldValue(o, QStringLiteral("Symptom:")),
             taxonomy.symptom(r.category, r.symptom)->displayName() + QStringLiteral(" [paper_jam]"));
    QCOMPARE(fieldValue(o, QStringLiteral("Summary:")), r.summary);
    QCOMPARE(fieldValue(o, QStringLiteral("Started:")), QStringLiteral("2024-03-05 09:41"));
    QCOMPARE(fieldValue(o, QStringLiteral("Impact:")), Taxonomy::impactName(r.impact) + QStringLiteral(" [team]"));
    QCOMPARE(fieldValue(o, QStringLiteral("Urgency:")),
             Taxonomy::urgencyName(r.urgency) + QStringLiteral(" [blocked]"));
    QCOMPARE(fieldValue(o, QStringLiteral("Priority:")), Taxonomy::priorityName(2));
    QCOMPARE(fieldValue(o, QStringLiteral("Device kind:")),
             Taxonomy::deviceKindName(r.device.kind) + QStringLiteral(" [printer]"));
    QCOMPARE(fieldValue(o, QStringLiteral("Make:")), r.device.make);
    QCOMPARE(fieldValue(o, QStringLiteral("Model:")), r.device.model);
    QCOMPARE(fieldValue(o, QStringLiteral("Asset tag:")), r.device.assetTag);
    QCOMPARE(fieldValue(o, QStringLiteral("Building:")), r.device.building);
    QCOMPARE(fieldValue(o, QStringLiteral("Room:")), r.device.room);
    QCOMPARE(fieldValue(o, QStringLiteral("Name:")), r.contact.name);
    QCOMPARE(fieldValue(o, QStringLiteral("Login:")), r.contact.login);
    QCOMPARE(fieldValue(o, QStringLiteral("Email:")), r.contact.email);
    QCOMPARE(fieldValue(o, QStringLiteral("Phone:")), r.contact.phone);
    QCOMPARE(fieldValue(o, QStringLiteral("Department:")), r.contact.department);
    QCOMPARE(fieldValue(o, QStringLiteral("Location:")), r.contact.location);
    QCOMPARE(fieldValue(o, QStringLiteral("Preferred contact:")),
             Taxonomy::contactMethodName(QStringLiteral("phone")) + QStringLiteral(" [phone]"));
    QCOMPARE(fieldValue(o, QStringLiteral("Computer:")), QSysInfo::machineHostName());
    QCOMPARE(fieldValue(o, QStringLiteral("Operating system:")), QSysInfo::prettyProductName());
    QVERIFY(QDateTime::fromString(fieldValue(o, QStringLiteral("Filed:")), QStringLiteral("yyyy-MM-dd HH:mm"))
                .isValid());

    // The description keeps its lines, each indented under its label.
    const QStringList descriptionLines = r.description.split(QLatin1Char('\n'));
    const QString block = QStringLiteral("Description:\n    ") + descriptionLines.join(QStringLiteral("\n    "))
                          + QLatin1Char('\n');
    QVERIFY2(o.contains(block), qPrintable(o));
}

void tst_AdminReports::showMarksTypedInModel()
{
    Report r = fullReport(1);
    r.device.make = QStringLiteral("Océ");
    r.device.model = QStringLiteral("VarioPrint 135");
    r.device.customModel = true;
    const qint64 id = submit(r);
    QVERIFY(id > 0);
    const Run run = admin({QStringLiteral("show"), QString::number(id)}); // "42" is a ticket number too
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(fieldValue(run.out, QStringLiteral("Make:")), QStringLiteral("Océ"));
    QCOMPARE(fieldValue(run.out, QStringLiteral("Model:")), QStringLiteral("VarioPrint 135 (typed in)"));
}

void tst_AdminReports::showSparseReport()
{
    // Only what is required, the rest left as default-constructed strings, as
    // a caller that never touched the optional fields would hand them over.
    Report r;
    r.category = QStringLiteral("network");
    r.symptom = QStringLiteral("wifi");
    r.summary = QStringLiteral("Wi-Fi drops every ten minutes");
    r.startedAt = QDateTime::currentDateTime().addSecs(-600);
    r.impact = QStringLiteral("me");
    r.urgency = QStringLiteral("slowed");
    r.device.kind = QStringLiteral("network");
    r.contact.name = QStringLiteral("Ivan Petrov");
    r.contact.email = QStringLiteral("ivan@example.org");
    const qint64 id = submit(r);
    QVERIFY(id > 0);

    const Run run = admin({QStringLiteral("show"), formatTicket(id)});
    QCOMPARE(run.exitCode, 0);
    const QString notGiven = QStringLiteral("(not given)");
    for (const char *label : {"Make:", "Model:", "Asset tag:", "Building:", "Room:", "Login:", "Phone:",
                              "Department:", "Location:", "Preferred contact:", "Description:"}) {
        QVERIFY2(fieldValue(run.out, QLatin1String(label)) == notGiven,
                 qPrintable(QLatin1String(label) + QLatin1Char(' ') + fieldValue(run.out, QLatin1String(label))));
    }
    QCOMPARE(fieldValue(run.out, QStringLiteral("Email:")), r.contact.email);
}

void tst_AdminReports::showUnknownTicket()
{
    submit(fullReport(0));
    const Run run = admin({QStringLiteral("show"), QStringLiteral("HD-999999")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("HD-999999")), qPrintable(run.err));
}

void tst_AdminReports::showNotATicket()
{
    const Run run = admin({QStringLiteral("show"), QStringLiteral("the-grey-printer")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("the-grey-printer")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("HD-")), qPrintable(run.err)); // says what a ticket looks like
}

void tst_AdminReports::exportCsvParsesBack()
{
    QList<Report> reports;
    QList<qint64> ids;
    for (int n = 0; n < 3; ++n) {
        reports.append(fullReport(n));
        ids.append(submit(reports.constLast()));
    }
    const Run run = admin({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

    QString error;
    const QList<QStringList> records = parseCsv(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 1 + 3); // header + one row per report, the newlines inside quotes notwithstanding
    const QStringList header = records.constFirst();
    for (const QStringList &record : records)
        QCOMPARE(record.size(), header.size());
    auto column = [&header](const char *name) { return int(header.indexOf(QLatin1String(name))); };
    QVERIFY(column("ticket") >= 0);

    for (int n = 0; n < 3; ++n) {
        const QStringList &row = records.at(1 + n); // oldest first
        const Report &r = reports.at(n);
        QCOMPARE(row.at(column("ticket")), formatTicket(ids.at(n)));
        QCOMPARE(row.at(column("id")), QString::number(ids.at(n)));
        QCOMPARE(row.at(column("description")), r.description); // commas, quotes, line breaks intact
        QCOMPARE(row.at(column("summary")), r.summary);
        QCOMPARE(row.at(column("category")), r.category);
        QCOMPARE(row.at(column("symptom")), r.symptom);
        QCOMPARE(row.at(column("impact")), r.impact);
        QCOMPARE(row.at(column("urgency")), r.urgency);
        QCOMPARE(row.at(column("priority")), QStringLiteral("2"));
        QCOMPARE(row.at(column("status")), QStringLiteral("new"));
        QCOMPARE(row.at(column("device_make")), r.device.make);
        QCOMPARE(row.at(column("device_model")), r.device.model);
        QCOMPARE(row.at(column("asset_tag")), r.device.assetTag);
        QCOMPARE(row.at(column("room")), r.device.room);
        QCOMPARE(row.at(column("reporter_name")), r.contact.name);
        QCOMPARE(row.at(column("reporter_email")), r.contact.email);
        // "+7 …" starts like a formula: a spreadsheet shows it as text after the quote.
        QCOMPARE(row.at(column("reporter_phone")), QLatin1Char('\'') + r.contact.phone);
        QCOMPARE(row.at(column("reporter_location")), r.contact.location);
        const QDateTime started = QDateTime::fromString(row.at(column("started_at")), Qt::ISODateWithMs);
        QCOMPARE(started.toSecsSinceEpoch(), r.startedAt.toSecsSinceEpoch());
    }
}

void tst_AdminReports::exportCsvToFileIsUtf8()
{
    submit(fullReport(0));
    const QString path = m_dir->filePath(QStringLiteral("reports.csv"));
    const Run run = admin({QStringLiteral("export"), QStringLiteral("--format=csv"), QStringLiteral("--output"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(path), qPrintable(run.out)); // says where the export went
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte-order mark for other programs to trip on
    QVERIFY(bytes.startsWith("ticket,"));
    QVERIFY(bytes.contains(QStringLiteral("Иван Петров 0").toUtf8()));
}

void tst_AdminReports::exportCsvQuotesOffFormulas()
{
    Report r = fullReport(0);
    r.summary = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    r.description = QStringLiteral("@SUM(A1:A9)");
    r.device.room = QStringLiteral("-12");
    const qint64 id = submit(r);
    const Run run = admin({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    QString error;
    const QList<QStringList> records = parseCsv(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 2);
    const QStringList &header = records.constFirst();
    const QStringList &row = records.at(1);
    QCOMPARE(row.at(int(header.indexOf(QStringLiteral("summary")))), QLatin1Char('\'') + r.summary);
    QCOMPARE(row.at(int(header.indexOf(QStringLiteral("description")))), QStringLiteral("'@SUM(A1:A9)"));
    QCOMPARE(row.at(int(header.indexOf(QStringLiteral("room")))), QStringLiteral("'-12"));
    // Numbers stay numbers: the id is not text.
    QCOMPARE(row.at(int(header.indexOf(QStringLiteral("id")))), QString::number(id));
}

void tst_AdminReports::exportJsonHasEveryField()
{
    QList<Report> reports;
    QList<qint64> ids;
    for (int n = 0; n < 2; ++n) {
        reports.append(fullReport(n));
        ids.append(submit(reports.constLast()));
    }
    const Run run = admin({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 2);

    for (int n = 0; n < 2; ++n) {
        const QJsonObject o = array.at(n).toObject(); // oldest first
        const Report &r = reports.at(n);
        QCOMPARE(o.value(QLatin1String("ticket")).toString(), formatTicket(ids.at(n)));
        QCOMPARE(o.value(QLatin1String("id")).toInteger(), ids.at(n));
        QVERIFY(!o.value(QLatin1String("client_id")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(o.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("new"));
        QCOMPARE(o.value(QLatin1String("priority")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("category")).toString(), r.category);
        QCOMPARE(o.value(QLatin1String("symptom")).toString(), r.symptom);
        QCOMPARE(o.value(QLatin1String("summary")).toString(), r.summary);
        QCOMPARE(o.value(QLatin1String("description")).toString(), r.description);
        QCOMPARE(QDateTime::fromString(o.value(QLatin1String("started_at")).toString(), Qt::ISODateWithMs)
                     .toSecsSinceEpoch(),
                 r.startedAt.toSecsSinceEpoch());
        QCOMPARE(o.value(QLatin1String("impact")).toString(), r.impact);
        QCOMPARE(o.value(QLatin1String("urgency")).toString(), r.urgency);
        QCOMPARE(o.value(QLatin1String("device_kind")).toString(), r.device.kind);
        QCOMPARE(o.value(QLatin1String("device_make")).toString(), r.device.make);
        QCOMPARE(o.value(QLatin1String("device_model")).toString(), r.device.model);
        QCOMPARE(o.value(QLatin1String("device_custom")).toInt(-1), 0);
        QCOMPARE(o.value(QLatin1String("asset_tag")).toString(), r.device.assetTag);
        QCOMPARE(o.value(QLatin1String("building")).toString(), r.device.building);
        QCOMPARE(o.value(QLatin1String("room")).toString(), r.device.room);
        QCOMPARE(o.value(QLatin1String("reporter_name")).toString(), r.contact.name);
        QCOMPARE(o.value(QLatin1String("reporter_login")).toString(), r.contact.login);
        QCOMPARE(o.value(QLatin1String("reporter_email")).toString(), r.contact.email);
        QCOMPARE(o.value(QLatin1String("reporter_phone")).toString(), r.contact.phone);
        QCOMPARE(o.value(QLatin1String("reporter_department")).toString(), r.contact.department);
        QCOMPARE(o.value(QLatin1String("reporter_location")).toString(), r.contact.location);
        QCOMPARE(o.value(QLatin1String("preferred_contact")).toString(), r.contact.preferredContact);
        QCOMPARE(o.value(QLatin1String("computer_name")).toString(), QSysInfo::machineHostName());
        QCOMPARE(o.value(QLatin1String("operating_system")).toString(), QSysInfo::prettyProductName());
        QCOMPARE(o.value(QLatin1String("version")).toInt(), 1);
    }

    // Every column of the table is a key, plus the ticket.
    QSqlDatabase db = QSqlDatabase::database(connection);
    const QSqlRecord columns = db.record(QStringLiteral("reports"));
    QVERIFY(columns.count() > 20);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.size(), columns.count() + 1);
    for (int i = 0; i < columns.count(); ++i)
        QVERIFY2(first.contains(columns.fieldName(i)), qPrintable(columns.fieldName(i)));
}

void tst_AdminReports::showListsAttachments()
{
    Report r = fullReport(3);
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")
        + QByteArray(2 * 1024 * 1024 - 29, '\0');
    r.attachments.append(Attachment::fromData(QStringLiteral("экран.png"), png));
    r.attachments.append(Attachment::fromData(QStringLiteral("error.txt"), "0x800CCC0E\n"));
    const qint64 id = submit(r);
    QVERIFY(id > 0);
    const Run run = admin({QStringLiteral("show"), formatTicket(id)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    const int at = int(lines.indexOf(QStringLiteral("Attachments:")));
    QVERIFY2(at > 0, qPrintable(run.out));
    const QStringList first = lines.value(at + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(first, QStringList({QStringLiteral("1"), QStringLiteral("экран.png"), QStringLiteral("image/png"),
                                 QStringLiteral("2"), QStringLiteral("MB")}));
    const QStringList second = lines.value(at + 2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(second, QStringList({QStringLiteral("2"), QStringLiteral("error.txt"), QStringLiteral("text/plain"),
                                  QStringLiteral("11"), QStringLiteral("bytes")}));
    QVERIFY(lines.value(at + 3).isEmpty());

    // A report without any says so.
    const qint64 plain = submit(fullReport(4));
    const Run none = admin({QStringLiteral("show"), formatTicket(plain)});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(fieldValue(none.out, QStringLiteral("Attachments:")), QStringLiteral("none"));
}

void tst_AdminReports::attachmentSavesTheBytesAsAttached()
{
    QByteArray bytes(700 * 1024, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 131) ^ (i >> 8));
    Report r = fullReport(5);
    r.attachments.append(Attachment::fromData(QStringLiteral("notes.txt"), "first"));
    r.attachments.append(Attachment::fromData(QStringLiteral("dump.bin"), bytes));
    const qint64 id = submit(r);
    QVERIFY(id > 0);

    const QString path = m_dir->filePath(QStringLiteral("saved.bin"));
    const Run run = admin({QStringLiteral("attachment"), QStringLiteral("hd-%1").arg(id), QStringLiteral("2"),
                           QStringLiteral("--output"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Saved “dump.bin”")), qPrintable(run.out));
    QVERIFY2(run.out.contains(Attachment::sha256Hex(bytes)), qPrintable(run.out));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll() == bytes);
}

void tst_AdminReports::attachmentRefusesDamagedOrMissing()
{
    Report r = fullReport(6);
    r.attachments.append(Attachment::fromData(QStringLiteral("error.txt"), "0x800CCC0E"));
    const qint64 id = submit(r);
    QVERIFY(id > 0);
    const QString path = m_dir->filePath(QStringLiteral("out.txt"));

    Run run = admin({QStringLiteral("attachment"), formatTicket(id), QStringLiteral("2"), QStringLiteral("--output"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Report %1 has no attachment 2.").arg(formatTicket(id))), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));

    run = admin({QStringLiteral("attachment"), QStringLiteral("HD-999999"), QStringLiteral("1"), QStringLiteral("--output"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("There is no report HD-999999")), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));

    // Bytes changed behind the program's back (a bad restore, a disk error).
    QVERIFY(allowDamagedAttachments(QSqlDatabase::database(connection)));
    QSqlQuery damage(QSqlDatabase::database(connection));
    QVERIFY(damage.prepare(QStringLiteral("UPDATE attachments SET data = ? WHERE report_id = ?")));
    damage.addBindValue(QByteArray("0x00000000"));
    damage.addBindValue(id);
    QVERIFY2(damage.exec(), qPrintable(damage.lastError().text()));
    run = admin({QStringLiteral("attachment"), formatTicket(id), QStringLiteral("1"), QStringLiteral("--output"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is damaged")), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

void tst_AdminReports::exportDevicesImportsBack()
{
    const QString source = m_dir->filePath(QStringLiteral("devices.csv"));
    QVERIFY(writeFile(source, deviceHeader
                                  + QStringLiteral("MON-7,monitor,Dell,P2419H,,\"Main office, room 305\",\"24\"\" screen\"\r\n"
                                                   "INV-00417,printer,HP,LaserJet Pro M404dn,PRN-305,Каб. 305,\"two\nlines\"\r\n"
                                                   "inv-00418,printer,HP,LaserJet Pro M404dn,,Room 306,\r\n")
                                        .toUtf8()));
    QCOMPARE(admin({QStringLiteral("import-devices"), source}).exitCode, 0);

    const Run run = admin({QStringLiteral("export-devices")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QString error;
    const QList<QStringList> records = parseCsv(run.out, &error); // the test's own reader, not the program's
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0), DeviceInventory::csvColumns());
    // By asset tag, in any case.
    QCOMPARE(records.at(1).constFirst(), QStringLiteral("INV-00417"));
    QCOMPARE(records.at(2).constFirst(), QStringLiteral("inv-00418"));
    QCOMPARE(records.at(3), (QStringList{QStringLiteral("MON-7"), QStringLiteral("monitor"), QStringLiteral("Dell"),
                                         QStringLiteral("P2419H"), QString(), QStringLiteral("Main office, room 305"),
                                         QStringLiteral("24\" screen")}));
    QCOMPARE(records.at(1).at(5), QStringLiteral("Каб. 305"));
    QCOMPARE(records.at(1).at(6), QStringLiteral("two\nlines"));

    // To a file: the same bytes, and a line saying where they went.
    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    const Run toFile = admin({QStringLiteral("export-devices"), QStringLiteral("--output"), path});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY2(toFile.out.contains(path) && toFile.out.contains(QStringLiteral("Exported 3 device")), qPrintable(toFile.out));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), run.out.toUtf8());

    // Imported into another database, it exports the same again.
    const QString other = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("other.sqlite"));
    const Run copy = admin({QStringLiteral("--database"), other, QStringLiteral("import-devices"), path}, false);
    QCOMPARE(copy.exitCode, 0);
    QCOMPARE(copy.out, QStringLiteral("Imported 3 new, updated 0 devices.\n"));
    const Run copyExport = admin({QStringLiteral("--database"), other, QStringLiteral("export-devices")}, false);
    QCOMPARE(copyExport.out, run.out);

    const Run unwritable = admin({QStringLiteral("export-devices"), QStringLiteral("--output"),
                                  m_dir->filePath(QStringLiteral("no/such/folder/export.csv"))});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains(QStringLiteral("no/such/folder")), qPrintable(unwritable.err));
}

QTEST_GUILESS_MAIN(tst_AdminReports)
#include "tst_adminreports.moc"
