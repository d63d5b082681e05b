// tst_admintool: helpdesk-admin as an administrator uses it — reports filed
// through ReportStore or piped in as JSON to `submit`, then read back with
// list / show / export, checking what is printed rather than how it is computed.

#include "admintool.h"
#include "devices/devicecatalog.h"
#include "devices/devicecatalog.h"
#include "model/report.h"
#include "model/taxonomy.h"
#include "model/taxonomy.h"
#include "runtime/application.h"
#include "runtime/config.h"
#include "runtime/databasechoice.h"
#include "runtime/selftest.h"
#include "store/agentaccounts.h"
#include "store/database.h"
#include "store/deviceinventory.h"
#include "store/migrator.h"
#include "store/reportstore.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlError>
#include <QTest>
#include <QTextStream>
#include <QSettings>
#include <QProcess>

#include <unistd.h>

using namespace Helpdesk;

namespace {

// What `init` must report: the newest schema this program knows.
QString latestSchemaVersion()
{
    return QString::number(Helpdesk::Migrator(QSqlDatabase(), QStringLiteral("sqlite")).latestVersion());
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A CSV reader just big enough for RFC 4180: quoted fields with commas,
// doubled quotes and line breaks. Written independently of the exporter so a
// quoting mistake in one is not mirrored in the other.
QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted && !field.isEmpty()) {
                *error = QStringLiteral("quote inside an unquoted field at offset %1").arg(i);
                return {};
            }
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = QStringLiteral("unterminated quoted field");
        return {};
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

// The value printed after "Label:" on its own line of `show` output.
QString fieldValue(const QString &output, const QString &label)
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(label))
            return line.mid(label.size()).trimmed();
    }
    return QStringLiteral("<no line %1>").arg(label);
}

const QString connection = QStringLiteral("tst_admintool");

} // namespace

class tst_AdminTool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addReporterAndAgentGrantRoles();

    void initCreatesDatabase();
    void initUsesEnvironment();
    void initNeverShowsPassword();
    void listNewestFirst();
    void listRespectsLimit();
    void listRejectsBadLimit_data();
    void listRejectsBadLimit();
    void listEmptyDatabase();
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
    void usageErrors_data();
    void usageErrors();
    void submitFilesWhatShowPrints();
    void submitRefuses_data();
    void submitRefuses();
    void submitRefusedCreatesNoDatabase_data();
    void submitRefusedCreatesNoDatabase();
    void submitSameClientIdTwice();
    void submitToReadOnlyDatabaseChangesNothing();
    void submitToDamagedDatabaseChangesNothing();
    void submitCarriesAttachmentsAsBase64();
    void importDevicesPrintsCountsAndBadRows();
    void addAgentOnSqliteSetsAPasswordFromStandardInput();
    void seedDemoFillsRealisticReports();
    void importDevicesRefusesBadFiles();
    void exportDevicesImportsBack();
    void deviceCommandUsageErrors_data();
    void deviceCommandUsageErrors();
    void catalogSearchPrintsMakeTabModel();
    void configSetGetShowForTheUser();
    void configSystemSettingAndLock();
    void configRefusesPasswordsAndBadValues_data();
    void configRefusesPasswordsAndBadValues();
    void configSystemFileNotWritable();
    void selfTestPassesOnCurrentDatabase();
    void selfTestNamesRoleOfEachLogin();
    void selfTestOlderSchemaFailsAndChangesNothing();
    void selfTestNewerSchemaFails();
    void selfTestMissingFileIsNotCreated();
    void selfTestUnreachableServer();
    void selfTestOfInstalledPrograms();
    void selfTestAsksForThePasswordOnlyWhenTheServerDoes();
    void catalogSearchKindAndMisses();
    void catalogSearchEmptyListsAllAndOpensNoDatabase();
    void triagePrintsOneJsonObjectPerLine();
    void triageOpensNoDatabaseAndTakesNoArguments();
    void incidentAddListShowResolve();
    void incidentUsageErrors_data();
    void incidentUsageErrors();
    void priorityShowSetAndFile();
    void showListsPeopleAffectedToo();

private:
    Run admin(const QStringList &arguments, bool withDatabase = true);
    // As a script pipes it: `input` is what the tool reads as its standard input.
    Run adminWithInput(const QStringList &arguments, const QByteArray &input, bool withDatabase = true);
    qint64 reportCount();
    Report fullReport(int n) const;
    qint64 submit(const Report &report);

    std::unique_ptr<QTemporaryDir> m_dir;   // files the test writes (exports, SQLite-only cases)
    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
};

void tst_AdminTool::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Plural forms ("1 hour", "2 hours") come from the English translation.
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    // As the programs have (setApplicationIdentity), but of the tests: the
    // settings files are laid out <folder>/<organisation>/<application>.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("helpdesk-intake-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_admintool"));
}

void tst_AdminTool::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Settings of this test only: never the real ~/.config or /etc/xdg.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("user-config")));
    qputenv("HELPDESK_SYSTEM_CONFIG_DIR", m_dir->filePath(QStringLiteral("etc-xdg")).toUtf8());
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_url = m_database->url();
    QString error;
    QVERIFY2(Database::open(m_url, connection, &error), qPrintable(error));
}

void tst_AdminTool::cleanup()
{
    Database::close(connection);
    m_database.reset();
    m_dir.reset();
}

Run tst_AdminTool::admin(const QStringList &arguments, bool withDatabase)
{
    // Never the real standard input: a test must not wait on a terminal.
    return adminWithInput(arguments, QByteArray(), withDatabase);
}

Run tst_AdminTool::adminWithInput(const QStringList &arguments, const QByteArray &input, bool withDatabase)
{
    QByteArray inputBytes = input;
    QBuffer in(&inputBytes);
    in.open(QIODevice::ReadOnly);
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QStringList all = {QStringLiteral("helpdesk-admin")};
    if (withDatabase)
        all << QStringLiteral("--database") << m_url;
    all += arguments;
    AdminTool tool;
    run.exitCode = tool.run(all, in, out, err);
    out.flush();
    err.flush();
    return run;
}

// Every field filled, with values that would trip a careless formatter: a
// comma, quotes and line breaks in the description, Cyrillic in the name.
Report tst_AdminTool::fullReport(int n) const
{
    Report r;
    r.category = QStringLiteral("printing");
    r.symptom = QStringLiteral("paper_jam");
    r.summary = QStringLiteral("Printer jams on every page, report %1").arg(n);
    r.description = QStringLiteral("Tray 2, \"thick\" paper, since Monday.\nSecond line, with a comma\n"
                                   "Third line: \"quoted\", done #%1")
                        .arg(n);
    r.startedAt = QDateTime::currentDateTime().addSecs(-3600 * (n + 1));
    r.impact = QStringLiteral("team");
    r.urgency = QStringLiteral("blocked");
    r.device.kind = QStringLiteral("printer");
    r.device.make = QStringLiteral("HP");
    r.device.model = QStringLiteral("LaserJet Pro M404dn");
    r.device.assetTag = QStringLiteral("INV-%1").arg(4400 + n);
    r.device.building = QStringLiteral("Main building");
    r.device.room = QStringLiteral("2-%1").arg(10 + n);
    r.contact.name = QStringLiteral("Иван Петров %1").arg(n);
    r.contact.login = QStringLiteral("ipetrov%1").arg(n);
    r.contact.email = QStringLiteral("ipetrov%1@example.org").arg(n);
    r.contact.phone = QStringLiteral("+7 495 123-45-%1").arg(10 + n);
    r.contact.department = QStringLiteral("Accounting");
    r.contact.location = QStringLiteral("Floor 2, east wing");
    r.contact.preferredContact = QStringLiteral("phone");
    return r;
}

qint64 tst_AdminTool::reportCount()
{
    QString error;
    const qint64 count = ReportStore(connection).count(&error);
    if (count < 0)
        qWarning() << "count failed:" << error;
    return count;
}

qint64 tst_AdminTool::submit(const Report &report)
{
    ReportStore store(connection);
    const auto result = store.submit(report);
    if (!result.ok())
        qWarning() << "submit failed:" << result.error;
    return result.id;
}

void tst_AdminTool::initCreatesDatabase()
{
    // A database that does not exist yet: init must create and migrate it.
    const QString path = m_dir->filePath(QStringLiteral("fresh/new.sqlite"));
    const QString url = QStringLiteral("sqlite:") + path;
    Run run;
    {
        QTextStream out(&run.out), err(&run.err);
        run.exitCode = AdminTool().run({QStringLiteral("helpdesk-admin"), QStringLiteral("init"),
                                        QStringLiteral("--database"), url},
                                       out, err);
    }
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(QFile::exists(path));
    QVERIFY2(run.out.contains(url), qPrintable(run.out));
    QCOMPARE(fieldValue(run.out, QStringLiteral("Schema version:")), latestSchemaVersion());
    QCOMPARE(fieldValue(run.out, QStringLiteral("Reports:")), QStringLiteral("0"));

    // A second init is harmless and sees the same version.
    Run again;
    {
        QTextStream out(&again.out), err(&again.err);
        again.exitCode = AdminTool().run({QStringLiteral("helpdesk-admin"), QStringLiteral("--database"), url,
                                          QStringLiteral("init")},
                                         out, err);
    }
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(fieldValue(again.out, QStringLiteral("Schema version:")), latestSchemaVersion());
}

void tst_AdminTool::initUsesEnvironment()
{
    const QString path = m_dir->filePath(QStringLiteral("from-env.sqlite"));
    qputenv("HELPDESK_DATABASE", (QStringLiteral("sqlite:") + path).toUtf8());
    const Run run = admin({QStringLiteral("init")}, false);
    qunsetenv("HELPDESK_DATABASE");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(path));
    QVERIFY2(run.out.contains(QStringLiteral("HELPDESK_DATABASE")), qPrintable(run.out));
}

void tst_AdminTool::initNeverShowsPassword()
{
    // Port 1: nothing listens, so this fails fast; the message must still not leak the password.
    const Run run = admin({QStringLiteral("--database"), QStringLiteral("postgresql://agent:s3cr3t@127.0.0.1:1/helpdesk"),
                           QStringLiteral("init")},
                          false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("s3cr3t")), qPrintable(run.err));
    QVERIFY(!run.out.contains(QStringLiteral("s3cr3t")));
}

void tst_AdminTool::listNewestFirst()
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

void tst_AdminTool::listRespectsLimit()
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

void tst_AdminTool::listRejectsBadLimit_data()
{
    QTest::addColumn<QString>("limit");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("negative") << QStringLiteral("-3");
    QTest::newRow("fraction") << QStringLiteral("2.5");
    QTest::newRow("empty") << QString();
}

void tst_AdminTool::listRejectsBadLimit()
{
    QFETCH(QString, limit);
    submit(fullReport(0));
    const Run run = admin({QStringLiteral("list"), QStringLiteral("--limit=") + limit});
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("--limit")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("“") + limit + QStringLiteral("”")), qPrintable(run.err));
}

void tst_AdminTool::listEmptyDatabase()
{
    const Run run = admin({QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(QLatin1String("HD-")));
    QVERIFY(!run.out.trimmed().isEmpty()); // says so rather than printing nothing
}

void tst_AdminTool::showPrintsEveryField()
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

void tst_AdminTool::showMarksTypedInModel()
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

void tst_AdminTool::showSparseReport()
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

void tst_AdminTool::showUnknownTicket()
{
    submit(fullReport(0));
    const Run run = admin({QStringLiteral("show"), QStringLiteral("HD-999999")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("HD-999999")), qPrintable(run.err));
}

void tst_AdminTool::showNotATicket()
{
    const Run run = admin({QStringLiteral("show"), QStringLiteral("the-grey-printer")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("the-grey-printer")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("HD-")), qPrintable(run.err)); // says what a ticket looks like
}

void tst_AdminTool::exportCsvParsesBack()
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

void tst_AdminTool::exportCsvToFileIsUtf8()
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

void tst_AdminTool::exportCsvQuotesOffFormulas()
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

void tst_AdminTool::exportJsonHasEveryField()
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

void tst_AdminTool::showListsAttachments()
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

void tst_AdminTool::attachmentSavesTheBytesAsAttached()
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

void tst_AdminTool::attachmentRefusesDamagedOrMissing()
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

void tst_AdminTool::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList() << QStringLiteral("command");
    QTest::newRow("unknown command") << QStringList({QStringLiteral("frobnicate")}) << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList({QStringLiteral("list"), QStringLiteral("--colour")})
                                    << QStringLiteral("colour");
    QTest::newRow("show without ticket") << QStringList({QStringLiteral("show")}) << QStringLiteral("HD-");
    QTest::newRow("export without format") << QStringList({QStringLiteral("export")}) << QStringLiteral("--format");
    QTest::newRow("export xml") << QStringList({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")})
                                << QStringLiteral("xml");
    QTest::newRow("limit on show") << QStringList({QStringLiteral("show"), QStringLiteral("1"),
                                                   QStringLiteral("--limit"), QStringLiteral("3")})
                                   << QStringLiteral("--limit");
    QTest::newRow("extra argument") << QStringList({QStringLiteral("list"), QStringLiteral("everything")})
                                    << QStringLiteral("everything");
    QTest::newRow("submit reads no file") << QStringList({QStringLiteral("submit"), QStringLiteral("report.json")})
                                          << QStringLiteral("report.json");
    QTest::newRow("attachment without number") << QStringList({QStringLiteral("attachment"), QStringLiteral("HD-000001")})
                                               << QStringLiteral("number of the attachment");
    QTest::newRow("attachment number zero") << QStringList({QStringLiteral("attachment"), QStringLiteral("1"),
                                                            QStringLiteral("0"), QStringLiteral("--output"),
                                                            QStringLiteral("x.png")})
                                            << QStringLiteral("“0” is not the number of an attachment");
    QTest::newRow("attachment without output") << QStringList({QStringLiteral("attachment"), QStringLiteral("1"),
                                                               QStringLiteral("1")})
                                               << QStringLiteral("--output FILE");
    QTest::newRow("output on show") << QStringList({QStringLiteral("show"), QStringLiteral("1"),
                                                    QStringLiteral("--output"), QStringLiteral("x")})
                                    << QStringLiteral("export / export-devices / attachment");
    QTest::newRow("unknown language") << QStringList({QStringLiteral("--lang"), QStringLiteral("tlh"), QStringLiteral("list")})
                                      << QStringLiteral("tlh");
}

void tst_AdminTool::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = admin(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Usage:")), qPrintable(run.err));
}

namespace {

// A report as a monitoring system or mail gateway would pipe it in: the
// building as free text ("location"), no device kind and no preferred contact.
QJsonObject scriptedReport()
{
    return QJsonObject{
        {QStringLiteral("category"), QStringLiteral("printing")},
        {QStringLiteral("symptom"), QStringLiteral("paper_jam")},
        {QStringLiteral("summary"), QStringLiteral("Принтер на 2 этаже зажёвывает каждый лист")},
        {QStringLiteral("description"), QStringLiteral("Tray 2, \"thick\" paper.\nReported by the mail gateway.")},
        {QStringLiteral("impact"), QStringLiteral("team")},
        {QStringLiteral("urgency"), QStringLiteral("blocked")},
        {QStringLiteral("started_at"), QStringLiteral("2024-03-05T09:41:00+03:00")},
        {QStringLiteral("device"),
         QJsonObject{{QStringLiteral("make"), QStringLiteral("HP")},
                     {QStringLiteral("model"), QStringLiteral("LaserJet Pro M404dn")},
                     {QStringLiteral("asset_tag"), QStringLiteral("INV-00417")},
                     {QStringLiteral("location"), QStringLiteral("Склад, 3 этаж")},
                     {QStringLiteral("room"), QStringLiteral("2-14")}}},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Анна Смирнова 🌻")},
                     {QStringLiteral("email"), QStringLiteral("a.smirnova@example.org")},
                     {QStringLiteral("phone"), QStringLiteral("+7 495 123-45-67")}}},
    };
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

} // namespace

void tst_AdminTool::submitFilesWhatShowPrints()
{
    const qint64 before = reportCount();
    const Run run = adminWithInput({QStringLiteral("submit")}, jsonBytes(scriptedReport()));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    // Only the ticket, so `ticket=$(helpdesk-admin submit < report.json)` works.
    QVERIFY2(QRegularExpression(QStringLiteral("\\AHD-\\d{6}\\n\\z")).match(run.out).hasMatch(), qPrintable(run.out));
    QCOMPARE(reportCount(), before + 1);

    const QString ticket = run.out.trimmed();
    const Run show = admin({QStringLiteral("show"), ticket});
    QCOMPARE(show.exitCode, 0);
    const QString &o = show.out;
    QCOMPARE(fieldValue(o, QStringLiteral("Ticket:")), ticket);
    QVERIFY(fieldValue(o, QStringLiteral("Category:")).endsWith(QLatin1String("[printing]")));
    QVERIFY(fieldValue(o, QStringLiteral("Symptom:")).endsWith(QLatin1String("[paper_jam]")));
    QCOMPARE(fieldValue(o, QStringLiteral("Summary:")), QStringLiteral("Принтер на 2 этаже зажёвывает каждый лист"));
    QVERIFY2(o.contains(QStringLiteral("Description:\n    Tray 2, \"thick\" paper.\n    Reported by the mail gateway.\n")),
             qPrintable(o));
    QCOMPARE(fieldValue(o, QStringLiteral("Started:")),
             QDateTime(QDate(2024, 3, 5), QTime(6, 41), Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(fieldValue(o, QStringLiteral("Impact:")), Taxonomy::impactName(QStringLiteral("team")) + QStringLiteral(" [team]"));
    QCOMPARE(fieldValue(o, QStringLiteral("Urgency:")),
             Taxonomy::urgencyName(QStringLiteral("blocked")) + QStringLiteral(" [blocked]"));
    QCOMPARE(fieldValue(o, QStringLiteral("Priority:")), Taxonomy::priorityName(2)); // team × blocked, as in the wizard
    // The kind the wizard would have preset for a printing problem.
    QCOMPARE(fieldValue(o, QStringLiteral("Device kind:")),
             Taxonomy::deviceKindName(QStringLiteral("printer")) + QStringLiteral(" [printer]"));
    QCOMPARE(fieldValue(o, QStringLiteral("Make:")), QStringLiteral("HP"));
    QCOMPARE(fieldValue(o, QStringLiteral("Model:")), QStringLiteral("LaserJet Pro M404dn"));
    QCOMPARE(fieldValue(o, QStringLiteral("Asset tag:")), QStringLiteral("INV-00417"));
    QCOMPARE(fieldValue(o, QStringLiteral("Building:")), QStringLiteral("Склад, 3 этаж")); // from "location"
    QCOMPARE(fieldValue(o, QStringLiteral("Room:")), QStringLiteral("2-14"));
    QCOMPARE(fieldValue(o, QStringLiteral("Name:")), QStringLiteral("Анна Смирнова 🌻"));
    QCOMPARE(fieldValue(o, QStringLiteral("Email:")), QStringLiteral("a.smirnova@example.org"));
    QCOMPARE(fieldValue(o, QStringLiteral("Phone:")), QStringLiteral("+7 495 123-45-67"));
    QCOMPARE(fieldValue(o, QStringLiteral("Preferred contact:")),
             Taxonomy::contactMethodName(QStringLiteral("email")) + QStringLiteral(" [email]"));
}

void tst_AdminTool::submitRefuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("lines"); // each starts a line of standard error

    QJsonObject typo = scriptedReport();
    typo.insert(QStringLiteral("sumary"), typo.take(QStringLiteral("summary")));
    QTest::newRow("typo in a key") << jsonBytes(typo)
                                   << QStringList{QStringLiteral("sumary: Unknown key “sumary”; did you mean “summary”?"),
                                                  QStringLiteral("problem.summary: ") + FieldRules::summaryError(QString())};

    QJsonObject badEmail = scriptedReport();
    QJsonObject contact = badEmail.value(QStringLiteral("contact")).toObject();
    contact.insert(QStringLiteral("email"), QStringLiteral("anna at example"));
    badEmail.insert(QStringLiteral("contact"), contact);
    QTest::newRow("not an email") << jsonBytes(badEmail)
                                  << QStringList{QStringLiteral("contact.email: ")
                                                 + FieldRules::emailError(QStringLiteral("anna at example"))};

    QJsonObject vague = scriptedReport();
    vague.insert(QStringLiteral("summary"), QStringLiteral("broken"));
    vague.insert(QStringLiteral("device"), QJsonObject());
    QTest::newRow("the grey printer, vaguely")
        << jsonBytes(vague)
        << QStringList{QStringLiteral("problem.summary: ") + FieldRules::summaryError(QStringLiteral("broken")),
                       QStringLiteral("device.make: ") + FieldRules::deviceMakeError(QStringLiteral("printing"), DeviceInfo()),
                       QStringLiteral("device.model: ") + FieldRules::deviceModelError(QStringLiteral("printing"), DeviceInfo())};

    QJsonObject number = scriptedReport();
    contact = number.value(QStringLiteral("contact")).toObject();
    contact.insert(QStringLiteral("phone"), 74951234567.0);
    number.insert(QStringLiteral("contact"), contact);
    QTest::newRow("a number for text") << jsonBytes(number)
                                       << QStringList{QStringLiteral("contact.phone: “contact.phone” must be text, not a number.")};

    QTest::newRow("trailing comma") << QByteArray("{\n  \"summary\": \"Принтер\",\n}\n")
                                    << QStringList{QStringLiteral("json: Not valid JSON at line 3, column 2: ")};
    QTest::newRow("truncated") << jsonBytes(scriptedReport()).left(100)
                               << QStringList{QStringLiteral("json: Not valid JSON at line ")};
    QByteArray invalidUtf8 = jsonBytes(scriptedReport());
    const int summaryAt = int(invalidUtf8.indexOf(QStringLiteral("Принтер").toUtf8()));
    QVERIFY(summaryAt > 0);
    invalidUtf8.insert(summaryAt, "\xff\xc3"); // a paste from a Windows-1251 mail, say
    QTest::newRow("invalid UTF-8") << invalidUtf8 << QStringList{QStringLiteral("json: Not valid JSON at line ")};
    QTest::newRow("empty") << QByteArray() << QStringList{QStringLiteral("helpdesk-admin: Nothing to submit")};
    QTest::newRow("blank lines") << QByteArray("\n  \n") << QStringList{QStringLiteral("helpdesk-admin: Nothing to submit")};
}

void tst_AdminTool::submitRefuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, lines);

    QVERIFY(submit(fullReport(0)) > 0); // refusing must not disturb what is there
    const qint64 before = reportCount();
    const Run run = adminWithInput({QStringLiteral("submit")}, input);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    const QStringList errLines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &expected : lines) {
        const bool found = std::any_of(errLines.cbegin(), errLines.cend(),
                                       [&expected](const QString &line) { return line.startsWith(expected); });
        QVERIFY2(found, qPrintable(QStringLiteral("expected a line starting “%1” in:\n%2").arg(expected, run.err)));
    }
    // Every line names its field first, so a script can pick them apart.
    const QRegularExpression fieldLine(QStringLiteral("^[A-Za-z_][A-Za-z_.-]*: \\S"));
    for (const QString &line : errLines)
        QVERIFY2(fieldLine.match(line).hasMatch(), qPrintable(line));
    QCOMPARE(reportCount(), before);
}

void tst_AdminTool::submitRefusedCreatesNoDatabase_data()
{
    QTest::addColumn<QByteArray>("input");
    QJsonObject invalid = scriptedReport();
    invalid.remove(QStringLiteral("contact"));
    QTest::newRow("invalid report") << jsonBytes(invalid);
    QTest::newRow("broken JSON") << QByteArray("{\"summary\": ");
    QTest::newRow("empty") << QByteArray();
}

void tst_AdminTool::submitRefusedCreatesNoDatabase()
{
    QFETCH(QByteArray, input);
    const QString folder = m_dir->filePath(QStringLiteral("never"));
    const QString url = QStringLiteral("sqlite:") + folder + QStringLiteral("/helpdesk.sqlite");
    const Run run = adminWithInput({QStringLiteral("--database"), url, QStringLiteral("submit")}, input, false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY2(!QDir(folder).exists(), "a refused report left a database behind");

    // The same URL with a valid report does create it: the check above can fail.
    const Run valid = adminWithInput({QStringLiteral("--database"), url, QStringLiteral("submit")},
                                     jsonBytes(scriptedReport()), false);
    QCOMPARE(valid.exitCode, 0);
    QVERIFY(QFile::exists(folder + QStringLiteral("/helpdesk.sqlite")));
}

void tst_AdminTool::submitSameClientIdTwice()
{
    // A mail gateway that lost the answer sends the same message again.
    QJsonObject report = scriptedReport();
    report.insert(QStringLiteral("client_id"), QStringLiteral("mail-gateway:<20261125093000.4711@example.org>"));
    const qint64 before = reportCount();

    const Run first = adminWithInput({QStringLiteral("submit")}, jsonBytes(report));
    QCOMPARE(first.exitCode, 0);
    const Run second = adminWithInput({QStringLiteral("submit")}, jsonBytes(report));
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.isEmpty(), qPrintable(second.err));
    QCOMPARE(second.out, first.out);
    QCOMPARE(reportCount(), before + 1);

    // It is the id that makes it a retry, not the content: without one, the same report is filed anew.
    report.remove(QStringLiteral("client_id"));
    const Run third = adminWithInput({QStringLiteral("submit")}, jsonBytes(report));
    QCOMPARE(third.exitCode, 0);
    QVERIFY(third.out != first.out);
    QCOMPARE(reportCount(), before + 2);
}

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// An SQLite file with one report, closed again (its write-ahead log folded in).
QString sqliteWithOneReport(const QString &folder, const QByteArray &report)
{
    const QString path = folder + QStringLiteral("/helpdesk.sqlite");
    QByteArray input = report;
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    AdminTool tool;
    if (tool.run({QStringLiteral("helpdesk-admin"), QStringLiteral("--database"), QStringLiteral("sqlite:") + path,
                  QStringLiteral("submit")},
                 in, outStream, errStream)
        != 0)
        return QString();
    return path;
}

} // namespace

void tst_AdminTool::submitToReadOnlyDatabaseChangesNothing()
{
    // A database file this user may read but not write (IT's copy, a file
    // owned by another account). For root, whom file modes do not stop, the
    // real program runs as the unprivileged user "nobody".
    const QString folder = m_dir->filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = sqliteWithOneReport(folder, jsonBytes(scriptedReport()));
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileBytes(path);

    const bool root = ::geteuid() == 0;
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(path, readable));
    if (root) {
        // "nobody" must reach the file: the temporary folders are private.
        for (QString dir = folder; dir.startsWith(m_dir->path()); dir = QFileInfo(dir).absolutePath())
            QVERIFY(QFile::setPermissions(dir, readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                                   | QFileDevice::ExeOther | QFileDevice::WriteOwner));
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), folder); // no settings of this user to read
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder);
    process.setProcessEnvironment(environment);
    QStringList arguments = {QStringLiteral(HELPDESK_BINARY_DIR "/bin/helpdesk-admin"), QStringLiteral("--database"),
                             QStringLiteral("sqlite:") + path, QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("submit")};
    if (root)
        arguments = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} + arguments;
    process.start(root ? QStringLiteral("runuser") : arguments.takeFirst(), arguments);
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QJsonObject second = scriptedReport();
    second.insert(QStringLiteral("summary"), QStringLiteral("Second printer jams as well"));
    process.write(jsonBytes(second));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("is read-only for this user")), qPrintable(err));
    QVERIFY2(err.contains(path), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty()); // no ticket printed
    QCOMPARE(fileBytes(path), before);
}

void tst_AdminTool::submitToDamagedDatabaseChangesNothing()
{
    // A file damaged in the middle (a disk fault, a half-copied backup):
    // refused with a message naming it, and not one byte of it changed.
    const QString folder = m_dir->filePath(QStringLiteral("damaged"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = sqliteWithOneReport(folder, jsonBytes(scriptedReport()));
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8 * 4096);
    // Pages 2 to 8 (the schema's tables and indexes) overwritten with noise.
    QByteArray noise(7 * 4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QVERIFY(file.seek(4096));
    QCOMPARE(file.write(noise), qint64(noise.size()));
    file.close();
    const QByteArray before = fileBytes(path);

    const Run run = adminWithInput({QStringLiteral("--database"), QStringLiteral("sqlite:") + path,
                                    QStringLiteral("submit")},
                                   jsonBytes(scriptedReport()), false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is damaged or is not a helpdesk database")), qPrintable(run.err));
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileBytes(path), before);
}

void tst_AdminTool::addReporterAndAgentGrantRoles()
{
    if (!TestDatabase::isPostgres()) {
        // The embedded database has no roles: say so, do not pretend.
        const Run run = admin({QStringLiteral("add-reporter"), QStringLiteral("ivanov")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("only on a shared PostgreSQL database")), qPrintable(run.err));
        return;
    }
    const QString reporter = m_database->name() + QStringLiteral("_ivanov");
    const QString agent = m_database->name() + QStringLiteral("_petrova");
    QString error = m_database->execAsSuperuser({QStringLiteral("CREATE ROLE %1 LOGIN").arg(reporter),
                                                 QStringLiteral("CREATE ROLE %1 LOGIN").arg(agent)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto dropRoles = qScopeGuard([&] {
        m_database->execAsSuperuser({QStringLiteral("DROP ROLE IF EXISTS %1").arg(reporter),
                                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(agent)});
    });

    const Run addReporter = admin({QStringLiteral("add-reporter"), reporter});
    QVERIFY2(addReporter.exitCode == 0, qPrintable(addReporter.err));
    QVERIFY(addReporter.out.contains(QStringLiteral("helpdesk_reporter")));
    const Run addAgent = admin({QStringLiteral("add-agent"), agent});
    QVERIFY2(addAgent.exitCode == 0, qPrintable(addAgent.err));

    QSqlQuery query(QSqlDatabase::database(connection));
    QVERIFY(query.prepare(QStringLiteral("SELECT pg_has_role(?, 'helpdesk_reporter', 'member'), "
                                         "pg_has_role(?, 'helpdesk_agent', 'member'), "
                                         "pg_has_role(?, 'helpdesk_agent', 'member')")));
    query.addBindValue(reporter);
    query.addBindValue(agent);
    query.addBindValue(reporter);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QVERIFY(query.value(0).toBool());
    QVERIFY(query.value(1).toBool());
    QVERIFY(!query.value(2).toBool()); // a reporter is not an agent

    // A login that does not exist, and one built to break out of quoting.
    const Run missing = admin({QStringLiteral("add-agent"), QStringLiteral("nobody_here_at_all")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("There is no login “nobody_here_at_all”")), qPrintable(missing.err));
    const Run hostile = admin({QStringLiteral("add-agent"), QStringLiteral("x\"; DROP TABLE reports; --")});
    QCOMPARE(hostile.exitCode, 1);
    QCOMPARE(ReportStore(connection).count(), 0);
    const Run noLogin = admin({QStringLiteral("add-reporter")});
    QCOMPARE(noLogin.exitCode, 2);
}

namespace {

const QByteArray deviceHeader = "asset_tag,kind,make,model,name,location,notes\r\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void tst_AdminTool::submitCarriesAttachmentsAsBase64()
{
    // Bigger than the 1 MiB a report alone may be: the attachments make room.
    QByteArray dump(3 * 1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < dump.size(); ++i)
        dump[i] = char((i * 2654435761u) >> 24);
    QJsonObject json = scriptedReport();
    json.insert(QStringLiteral("attachments"),
                QJsonArray{QJsonObject{{QStringLiteral("file_name"), QStringLiteral("spool.bin")},
                                       {QStringLiteral("data"), QString::fromLatin1(dump.toBase64())}}});
    const Run run = adminWithInput({QStringLiteral("submit")}, QJsonDocument(json).toJson());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString ticket = run.out.trimmed();

    const Run shown = admin({QStringLiteral("show"), ticket});
    QVERIFY2(shown.out.contains(QStringLiteral("spool.bin")), qPrintable(shown.out));
    const QString path = m_dir->filePath(QStringLiteral("spool.bin"));
    const Run saved = admin({QStringLiteral("attachment"), ticket, QStringLiteral("1"), QStringLiteral("--output"), path});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == dump);

    // A refused attachment files nothing.
    const qint64 before = reportCount();
    json.insert(QStringLiteral("attachments"),
                QJsonArray{QJsonObject{{QStringLiteral("file_name"), QStringLiteral("x.txt")},
                                       {QStringLiteral("data"), QStringLiteral("***")}}});
    json.remove(QStringLiteral("client_id"));
    const Run refused = adminWithInput({QStringLiteral("submit")}, QJsonDocument(json).toJson());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral("attachments[1].data: ")), qPrintable(refused.err));
    QCOMPARE(reportCount(), before);
}

void tst_AdminTool::importDevicesPrintsCountsAndBadRows()
{
    const QString path = m_dir->filePath(QStringLiteral("devices.csv"));
    QVERIFY(writeFile(path, deviceHeader
                                + "INV-00417,printer,HP,LaserJet Pro M404dn,,\"Main office, room 305\",\"Tray 2,\nsticks\"\r\n"
                                  ",printer,HP,LaserJet Pro M404dn,,,\r\n"        // line 4
                                  "INV-00419,prnter,,,,,\r\n"                     // line 5
                                  "INV-00418,printer,HP,LaserJet Pro M404dn,,Room 306,\r\n"));
    const Run run = admin({QStringLiteral("import-devices"), path});
    QCOMPARE(run.exitCode, 1); // a bad row is a failure a script must notice...
    QCOMPARE(run.out, QStringLiteral("Imported 2 new, updated 0 devices.\n")); // ...but the good rows are in
    const QStringList errLines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(errLines.size(), 2);
    QCOMPARE(errLines.at(0), QStringLiteral("line 4: asset tag missing"));
    QVERIFY2(errLines.at(1).startsWith(QStringLiteral("line 5: unknown kind “prnter”")), qPrintable(errLines.at(1)));
    QCOMPARE(DeviceInventory(connection).count(), qint64(2));

    // Fixed and imported again: the moved printer is updated, the new one added.
    QVERIFY(writeFile(path, deviceHeader
                                + "inv-00417,printer,HP,LaserJet Pro M404dn,,\"Main office, room 410\",\"Tray 2,\nsticks\"\r\n"
                                  "INV-00419,printer,,,,,\r\n"
                                  "INV-00418,printer,HP,LaserJet Pro M404dn,,Room 306,\r\n"));
    const Run again = admin({QStringLiteral("import-devices"), path});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.isEmpty(), qPrintable(again.err));
    QCOMPARE(again.out, QStringLiteral("Imported 1 new, updated 1 devices.\n"));
    QCOMPARE(DeviceInventory(connection).byAssetTag(QStringLiteral("INV-00417"))->location,
             QStringLiteral("Main office, room 410"));
}

void tst_AdminTool::importDevicesRefusesBadFiles()
{
    // A mistyped file name: a message, and no database made for nothing.
    const QString folder = m_dir->filePath(QStringLiteral("never"));
    const QString url = QStringLiteral("sqlite:") + folder + QStringLiteral("/helpdesk.sqlite");
    const QString missing = m_dir->filePath(QStringLiteral("devcies.csv"));
    const Run typo = admin({QStringLiteral("--database"), url, QStringLiteral("import-devices"), missing}, false);
    QCOMPARE(typo.exitCode, 1);
    QVERIFY(typo.out.isEmpty());
    QVERIFY2(typo.err.contains(missing), qPrintable(typo.err));
    QVERIFY2(!QDir(folder).exists(), "a missing file left a database behind");

    const QString path = m_dir->filePath(QStringLiteral("devices.csv"));
    QVERIFY(writeFile(path, "asset_tag,kind,serial\r\nINV-1,printer,X1\r\n"));
    const Run unknown = admin({QStringLiteral("import-devices"), path});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY2(unknown.err.startsWith(QStringLiteral("helpdesk-admin: ") + path), qPrintable(unknown.err));
    QVERIFY2(unknown.err.contains(QStringLiteral("“serial”")), qPrintable(unknown.err));

    QVERIFY(writeFile(path, deviceHeader + "INV-1,printer,,,,\xCA\xE0\xE1. 214,\r\n")); // Windows-1251
    const Run notUtf8 = admin({QStringLiteral("import-devices"), path});
    QCOMPARE(notUtf8.exitCode, 1);
    QVERIFY2(notUtf8.err.contains(QStringLiteral("UTF-8")) && notUtf8.err.contains(QStringLiteral("line 2")),
             qPrintable(notUtf8.err));
    QCOMPARE(DeviceInventory(connection).count(), qint64(0));

    // "-" reads standard input, for a pipe from another program.
    const Run piped = adminWithInput({QStringLiteral("import-devices"), QStringLiteral("-")},
                                     deviceHeader + "INV-1,printer,,,,Room 1,\r\n");
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.out, QStringLiteral("Imported 1 new, updated 0 devices.\n"));
}

void tst_AdminTool::exportDevicesImportsBack()
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

void tst_AdminTool::deviceCommandUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("import without a file") << QStringList{QStringLiteral("import-devices")} << QStringLiteral("CSV");
    QTest::newRow("import two files") << QStringList{QStringLiteral("import-devices"), QStringLiteral("a.csv"),
                                                     QStringLiteral("b.csv")}
                                      << QStringLiteral("b.csv");
    QTest::newRow("output on import") << QStringList{QStringLiteral("import-devices"), QStringLiteral("a.csv"),
                                                     QStringLiteral("--output"), QStringLiteral("b.csv")}
                                      << QStringLiteral("--output");
    QTest::newRow("format on export-devices") << QStringList{QStringLiteral("export-devices"), QStringLiteral("--format"),
                                                             QStringLiteral("csv")}
                                              << QStringLiteral("--format");
    QTest::newRow("export-devices with a file argument") << QStringList{QStringLiteral("export-devices"),
                                                                        QStringLiteral("devices.csv")}
                                                         << QStringLiteral("devices.csv");
    QTest::newRow("output on list names both owners") << QStringList{QStringLiteral("list"), QStringLiteral("--output"),
                                                                     QStringLiteral("x")}
                                                      << QStringLiteral("export / export-devices");
}

void tst_AdminTool::deviceCommandUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = admin(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("import-devices")), qPrintable(run.err)); // the help lists them
}


void tst_AdminTool::catalogSearchPrintsMakeTabModel()
{
    const Run run = admin({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("hl-l2340d")}, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.constFirst(), QStringLiteral("Brother\tHL-L2340D"));
    // Unquoted words are one search, in any order.
    const Run words = admin({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("4050"),
                             QStringLiteral("Hewlett-Packard"), QStringLiteral("laserjet")},
                            false);
    QCOMPARE(words.exitCode, 0);
    QCOMPARE(words.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("HP\tLaserJet 4050"));
}

void tst_AdminTool::catalogSearchKindAndMisses()
{
    const Run scanners = admin({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("--kind"),
                                QStringLiteral("scanner"), QStringLiteral("officejet pro 9010")},
                               false);
    QCOMPARE(scanners.exitCode, 0);
    QVERIFY2(scanners.out.startsWith(QLatin1String("HP\tOfficeJet Pro 9010")), qPrintable(scanners.out));
    const Run monitors = admin({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("hl-l2340d"),
                                QStringLiteral("--kind"), QStringLiteral("monitor")},
                               false);
    QCOMPARE(monitors.exitCode, 1);
    QVERIFY(monitors.out.isEmpty());
    QVERIFY2(monitors.err.contains(QLatin1String("hl-l2340d")), qPrintable(monitors.err));

    const Run grey = admin({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("grey printer")}, false);
    QCOMPARE(grey.exitCode, 1);
    QVERIFY(grey.out.isEmpty());

    const Run badKind = admin({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("x"),
                               QStringLiteral("--kind"), QStringLiteral("toaster")},
                              false);
    QCOMPARE(badKind.exitCode, 2);
    QVERIFY2(badKind.err.contains(QLatin1String("toaster")), qPrintable(badKind.err));
    QCOMPARE(admin({QStringLiteral("catalog")}, false).exitCode, 2);
    QCOMPARE(admin({QStringLiteral("catalog"), QStringLiteral("frob")}, false).exitCode, 2);
    // --kind belongs to catalog only.
    QCOMPARE(admin({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("printer")}).exitCode, 2);
}

void tst_AdminTool::catalogSearchEmptyListsAllAndOpensNoDatabase()
{
    const QString folder = m_dir->filePath(QStringLiteral("never"));
    const QString url = QStringLiteral("sqlite:") + folder + QStringLiteral("/helpdesk.sqlite");
    const Run run = admin({QStringLiteral("--database"), url, QStringLiteral("catalog"), QStringLiteral("search"),
                           QString()},
                          false);
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), int(Helpdesk::DeviceCatalog::builtIn().size()));
    QVERIFY(lines.contains(QStringLiteral("Brother\tHL-L2340D")));
    QVERIFY(lines.contains(QStringLiteral("Dell\tLatitude 5420")));
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), 1);
    QVERIFY(!QFileInfo::exists(folder));
}

void tst_AdminTool::triagePrintsOneJsonObjectPerLine()
{
    // Offsets count characters, so the emoji before the PIN counts once; an
    // empty line and a last line without a newline still get their answer.
    const QByteArray input = QStringLiteral("всё совсем сломано\n"
                                            "Карта 4276 3800 1234 5679, CVV 123\r\n"
                                            "\n"
                                            "😀 PIN 4821\n"
                                            "Windows Update fails with error 0x80070005")
                                     .toUtf8();
    const Run run = adminWithInput({QStringLiteral("triage")}, input, false);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);

    struct Expected
    {
        bool vague;
        QList<std::tuple<QString, int, int>> secrets;
    };
    const QList<Expected> expected = {
        {true, {}},
        {false, {{QStringLiteral("card"), 6, 25}, {QStringLiteral("cvv"), 31, 34}}},
        {false, {}},
        {false, {{QStringLiteral("pin"), 6, 10}}},
        {false, {}},
    };
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i).toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(lines.at(i)));
        const QJsonObject object = doc.object();
        QCOMPARE(object.keys(), (QStringList{QStringLiteral("secrets"), QStringLiteral("vague")}));
        QVERIFY(object.value(QLatin1String("vague")).isBool());
        QCOMPARE(object.value(QLatin1String("vague")).toBool(), expected.at(i).vague);
        const QJsonArray secrets = object.value(QLatin1String("secrets")).toArray();
        QCOMPARE(secrets.size(), expected.at(i).secrets.size());
        for (int j = 0; j < secrets.size(); ++j) {
            const QJsonObject secret = secrets.at(j).toObject();
            const auto &[kind, start, end] = expected.at(i).secrets.at(j);
            QCOMPARE(secret.value(QLatin1String("kind")).toString(), kind);
            QCOMPARE(secret.value(QLatin1String("start")).toInt(-1), start);
            QCOMPARE(secret.value(QLatin1String("end")).toInt(-1), end);
        }
    }
}

void tst_AdminTool::triageOpensNoDatabaseAndTakesNoArguments()
{
    const QString folder = m_dir->filePath(QStringLiteral("never"));
    const QString url = QStringLiteral("sqlite:") + folder + QStringLiteral("/helpdesk.sqlite");
    const Run run = adminWithInput({QStringLiteral("--database"), url, QStringLiteral("triage")},
                                   QByteArrayLiteral("HELP!!!\n"), false);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("{\"vague\": true, \"secrets\": []}\n"));
    QVERIFY(!QFileInfo::exists(folder));

    QCOMPARE(admin({QStringLiteral("triage"), QStringLiteral("extra")}, false).exitCode, 2);
    QVERIFY(admin({QStringLiteral("help")}, false).out.contains(QLatin1String("  triage ")));
}

void tst_AdminTool::incidentAddListShowResolve()
{
    Run run = admin({QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("Printers on floor 3 are down"),
                     QStringLiteral("--category"), QStringLiteral("printing"), QStringLiteral("--location"),
                     QStringLiteral("Main office, floor 3"), QStringLiteral("--message"),
                     QStringLiteral("The print server restarts; back by 11:00."), QStringLiteral("--make"),
                     QStringLiteral("HP"), QStringLiteral("--model"), QStringLiteral("LaserJet Pro M404dn")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QString reference = run.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^INC-\\d{4}$")).match(reference).hasMatch(), qPrintable(reference));

    run = admin({QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("Почта недоступна")});
    QCOMPARE(run.exitCode, 0);
    const QString mail = run.out.trimmed();

    run = admin({QStringLiteral("incident"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(mail) && lines.at(0).contains(QStringLiteral("Почта недоступна"))
                 && lines.at(0).contains(QStringLiteral("everyone")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(reference) && lines.at(1).contains(QStringLiteral("Main office, floor 3"))
                 && lines.at(1).contains(QStringLiteral("0 affected")),
             qPrintable(lines.at(1)));

    run = admin({QStringLiteral("incident"), QStringLiteral("show"), reference.toLower()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(fieldValue(run.out, QStringLiteral("Title:")), QStringLiteral("Printers on floor 3 are down"));
    QCOMPARE(fieldValue(run.out, QStringLiteral("Device:")), QStringLiteral("HP LaserJet Pro M404dn"));
    QCOMPARE(fieldValue(run.out, QStringLiteral("State:")), QStringLiteral("active"));

    run = admin({QStringLiteral("incident"), QStringLiteral("resolve"), reference});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(reference), qPrintable(run.out));
    run = admin({QStringLiteral("incident"), QStringLiteral("resolve"), reference});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(reference), qPrintable(run.err));

    run = admin({QStringLiteral("incident"), QStringLiteral("list")});
    QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    run = admin({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--all")});
    lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).contains(QStringLiteral("resolved")), qPrintable(lines.at(1)));
}

void tst_AdminTool::incidentUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no subcommand") << QStringList{QStringLiteral("incident")} << 2 << QStringLiteral("add, list, show or resolve");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("incident"), QStringLiteral("delete")} << 2
                                        << QStringLiteral("delete");
    QTest::newRow("add without title") << QStringList{QStringLiteral("incident"), QStringLiteral("add")} << 2
                                       << QStringLiteral("title");
    QTest::newRow("empty title") << QStringList{QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("  ")}
                                 << 1 << QStringLiteral("title");
    QTest::newRow("unknown category") << QStringList{QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("Down"),
                                                     QStringLiteral("--category"), QStringLiteral("coffee")}
                                      << 1 << QStringLiteral("coffee");
    QTest::newRow("make without model") << QStringList{QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("Down"),
                                                       QStringLiteral("--make"), QStringLiteral("HP")}
                                        << 2 << QStringLiteral("--make and --model");
    QTest::newRow("option of add on list") << QStringList{QStringLiteral("incident"), QStringLiteral("list"),
                                                          QStringLiteral("--location"), QStringLiteral("x")}
                                           << 2 << QStringLiteral("incident add");
    QTest::newRow("option of incident elsewhere") << QStringList{QStringLiteral("list"), QStringLiteral("--all")} << 2
                                                  << QStringLiteral("incident");
    QTest::newRow("not a reference") << QStringList{QStringLiteral("incident"), QStringLiteral("resolve"),
                                                    QStringLiteral("printers")}
                                     << 1 << QStringLiteral("INC-0007");
    QTest::newRow("no such incident") << QStringList{QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("INC-0042")}
                                      << 1 << QStringLiteral("INC-0042");
}

void tst_AdminTool::incidentUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = admin(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(admin({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--all")}).out, QString());
}

void tst_AdminTool::priorityShowSetAndFile()
{
    Run run = admin({QStringLiteral("priority")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("P1 – Critical: within 1 hour")), qPrintable(run.out));
    QVERIFY2(QRegularExpression(QStringLiteral("\\nme\\s+P4\\s+P4\\s+P3\\s*\\n")).match(run.out).hasMatch(),
             qPrintable(run.out));

    run = admin({QStringLiteral("priority"), QStringLiteral("set"), QStringLiteral("me"), QStringLiteral("blocked"),
                 QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("\\nme\\s+P4\\s+P4\\s+P2\\s*\\n")).match(run.out).hasMatch(),
             qPrintable(run.out));
    run = admin({QStringLiteral("priority"), QStringLiteral("response"), QStringLiteral("2"), QStringLiteral("120")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("P2 – High: within 2 hours")), qPrintable(run.out));

    // Refused changes change nothing.
    run = admin({QStringLiteral("priority"), QStringLiteral("set"), QStringLiteral("vip"), QStringLiteral("blocked"),
                 QStringLiteral("1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("vip")), qPrintable(run.err));
    run = admin({QStringLiteral("priority"), QStringLiteral("response"), QStringLiteral("1"), QStringLiteral("soon")});
    QCOMPARE(run.exitCode, 1);
    run = admin({QStringLiteral("priority"), QStringLiteral("set"), QStringLiteral("me")});
    QCOMPARE(run.exitCode, 2);

    // Filed reports follow the database's matrix.
    Report r = fullReport(1);
    r.impact = QStringLiteral("me");
    r.urgency = QStringLiteral("blocked");
    const qint64 id = submit(r);
    QVERIFY(id > 0);
    run = admin({QStringLiteral("show"), formatTicket(id)});
    QCOMPARE(fieldValue(run.out, QStringLiteral("Priority:")), Taxonomy::priorityName(2));
}

void tst_AdminTool::showListsPeopleAffectedToo()
{
    const qint64 id = submit(fullReport(3));
    QVERIFY(id > 0);
    Run run = admin({QStringLiteral("show"), formatTicket(id)});
    QCOMPARE(fieldValue(run.out, QStringLiteral("Affected too:")), QStringLiteral("nobody else"));

    ReportStore store(connection);
    ContactInfo jane;
    jane.login = QStringLiteral("jdoe");
    jane.name = QStringLiteral("Jane Doe");
    jane.email = QStringLiteral("jane@example.com");
    QString error;
    QVERIFY2(store.addAffectedPerson(id, jane, &error), qPrintable(error));
    run = admin({QStringLiteral("show"), formatTicket(id)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(fieldValue(run.out, QStringLiteral("Affected too:")), QStringLiteral("Jane Doe (jdoe, jane@example.com)"));
}


namespace {
// The lines of a checklist that start with the given mark.
QStringList checklistLines(const QString &output, const QString &mark)
{
    QStringList found;
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(mark))
            found.append(line);
    }
    return found;
}

const QString passed = QStringLiteral("✓ ");
const QString failed = QStringLiteral("✗ ");
} // namespace

namespace {
QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("<no file %1>").arg(path);
}
} // namespace

void tst_AdminTool::configSetGetShowForTheUser()
{
    const QString url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("mine.sqlite"));
    const Run set = admin({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("database"), url}, false);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QString userFile = Config::fileName(Config::Scope::User);
    QVERIFY2(userFile.startsWith(m_dir->path()), qPrintable(userFile));
    QCOMPARE(set.out, QStringLiteral("database set in %1.\n").arg(userFile));
    QVERIFY(readFile(userFile).contains(QStringLiteral("url=") + url));

    const Run get = admin({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("database")}, false);
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, url + QLatin1Char('\n'));
    // Every program now uses it: init opens that file.
    const Run init = admin({QStringLiteral("init")}, false);
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains(QStringLiteral("from the user setting in ") + userFile), qPrintable(init.out));

    const Run show = admin({QStringLiteral("config"), QStringLiteral("show")}, false);
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.startsWith(QStringLiteral("database = %1  (from the user setting in %2)\n").arg(url, userFile)),
             qPrintable(show.out));
    QVERIFY2(show.out.contains(QStringLiteral("database.sslmode = (not set)\n")), qPrintable(show.out));
    QVERIFY2(show.out.contains(QStringLiteral("System settings: ") + m_dir->filePath(QStringLiteral("etc-xdg"))),
             qPrintable(show.out));
    // The command line still wins, and show says so.
    const Run showWithOption = admin({QStringLiteral("config"), QStringLiteral("show")}, true);
    QVERIFY2(showWithOption.out.contains(QStringLiteral("(from --database)")), qPrintable(showWithOption.out));

    const Run getUnset = admin({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("database.sslmode")}, false);
    QCOMPARE(getUnset.exitCode, 1);
    QVERIFY(getUnset.out.isEmpty());

    // A relative path is kept as the absolute one it means here.
    const QString here = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const Run relative = admin({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("database"),
                                QStringLiteral("sqlite:data/relative.sqlite")},
                               false);
    QDir::setCurrent(here);
    QCOMPARE(relative.exitCode, 0);
    QCOMPARE(admin({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("database")}, false).out,
             QStringLiteral("sqlite:") + QDir(m_dir->path()).filePath(QStringLiteral("data/relative.sqlite"))
                 + QLatin1Char('\n'));

    const Run unset = admin({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("database")}, false);
    QVERIFY2(unset.exitCode == 0, qPrintable(unset.err));
    QCOMPARE(admin({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("database")}, false).out,
             DatabaseChoice::defaultUrl() + QLatin1Char('\n'));
}

void tst_AdminTool::configSystemSettingAndLock()
{
    const QString systemUrl = QStringLiteral("postgresql://db.example.org/helpdesk");
    const QString ca = m_dir->filePath(QStringLiteral("ca.pem"));
    QVERIFY(QFile(ca).open(QIODevice::WriteOnly));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("database"), systemUrl}, {QStringLiteral("database.sslmode"), QStringLiteral("verify-full")},
          {QStringLiteral("database.sslrootcert"), ca}, {QStringLiteral("database.locked"), QStringLiteral("true")}}) {
        const Run run = admin(QStringList{QStringLiteral("config"), QStringLiteral("set")} + arguments
                                  + QStringList{QStringLiteral("--system")},
                              false);
        QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    }
    const QString systemFile = m_dir->filePath(QStringLiteral("etc-xdg/%1/%2.conf")
                                                   .arg(QCoreApplication::organizationName(),
                                                        QCoreApplication::applicationName()));
    QCOMPARE(Config::fileName(Config::Scope::System), systemFile);
    const QString written = readFile(systemFile);
    QVERIFY2(written.contains(QStringLiteral("[database]")) && written.contains(QStringLiteral("locked=true"))
                 && written.contains(QStringLiteral("sslmode=verify-full")),
             qPrintable(written));

    // The user cannot override a locked setting, and is told why.
    const Run refused = admin({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("database"),
                               QStringLiteral("sqlite:/tmp/elsewhere.sqlite")},
                              false);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("IT has locked the database settings in ") + systemFile),
             qPrintable(refused.err));
    QVERIFY(!QFile::exists(Config::fileName(Config::Scope::User)));

    const Run get = admin({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("database")}, false);
    QCOMPARE(get.out, systemUrl + QStringLiteral("?sslmode=verify-full&sslrootcert=") + ca + QLatin1Char('\n'));
    const Run show = admin({QStringLiteral("config"), QStringLiteral("show")}, false);
    QVERIFY2(show.out.contains(QStringLiteral("(from the system setting in %1)").arg(systemFile)), qPrintable(show.out));
    QVERIFY2(show.out.contains(QStringLiteral("database.sslrootcert = %1  (from the system setting)").arg(ca)),
             qPrintable(show.out));
    QVERIFY2(show.out.contains(QStringLiteral("The system setting is locked")), qPrintable(show.out));
}

void tst_AdminTool::configRefusesPasswordsAndBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString set = QStringLiteral("set");
    QTest::newRow("password in URL") << QStringList{set, QStringLiteral("database"),
                                                    QStringLiteral("postgresql://ivan:s3cr3t@db/helpdesk")}
                                     << 1 << QStringLiteral("leave it out of the URL");
    QTest::newRow("password in system URL") << QStringList{set, QStringLiteral("database"),
                                                           QStringLiteral("postgresql://ivan:s3cr3t@db/helpdesk"),
                                                           QStringLiteral("--system")}
                                            << 1 << QStringLiteral("leave it out of the URL");
    QTest::newRow("not a URL") << QStringList{set, QStringLiteral("database"), QStringLiteral("db.example.org")} << 1
                               << QStringLiteral("must start with sqlite: or postgresql://");
    QTest::newRow("sslmode") << QStringList{set, QStringLiteral("database.sslmode"), QStringLiteral("verify")} << 1
                             << QStringLiteral("Unknown sslmode “verify”");
    QTest::newRow("relative CA") << QStringList{set, QStringLiteral("database.sslrootcert"), QStringLiteral("ca.pem")}
                                 << 1 << QStringLiteral("absolute path");
    QTest::newRow("missing CA") << QStringList{set, QStringLiteral("database.sslrootcert"), QStringLiteral("/nonexistent/ca.pem")}
                                << 1 << QStringLiteral("There is no file /nonexistent/ca.pem");
    QTest::newRow("user lock") << QStringList{set, QStringLiteral("database.locked"), QStringLiteral("true")} << 1
                               << QStringLiteral("add --system");
    QTest::newRow("lock value") << QStringList{set, QStringLiteral("database.locked"), QStringLiteral("maybe"),
                                               QStringLiteral("--system")}
                                << 1 << QStringLiteral("true or false");
    QTest::newRow("unknown key") << QStringList{set, QStringLiteral("databse"), QStringLiteral("x")} << 1
                                 << QStringLiteral("Unknown setting “databse”");
    QTest::newRow("no action") << QStringList{} << 2 << QStringLiteral("config show");
    QTest::newRow("no value") << QStringList{set, QStringLiteral("database")} << 2 << QStringLiteral("a key and a value");
    QTest::newRow("system get") << QStringList{QStringLiteral("get"), QStringLiteral("database"), QStringLiteral("--system")}
                                << 2 << QStringLiteral("--system belongs to config set");
    QTest::newRow("system elsewhere") << QStringList{} << 2 << QString(); // filled in below
}

void tst_AdminTool::configRefusesPasswordsAndBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (message.isEmpty()) {
        // --system on another command is a usage error, like every owned option.
        const Run run = admin({QStringLiteral("list"), QStringLiteral("--system")});
        QCOMPARE(run.exitCode, 2);
        return;
    }
    const Run run = admin(QStringList{QStringLiteral("config")} + arguments, false);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("s3cr3t")));
    // Nothing was written anywhere.
    QVERIFY(!QFile::exists(Config::fileName(Config::Scope::User)));
    QVERIFY(!QFile::exists(Config::fileName(Config::Scope::System)));
}

void tst_AdminTool::configSystemFileNotWritable()
{
    // A plain file where the folder should be: even root cannot write there.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QVERIFY(QFile(blocker).open(QIODevice::WriteOnly));
    qputenv("HELPDESK_SYSTEM_CONFIG_DIR", blocker.toUtf8());
    const Run run = admin({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("database"),
                           QStringLiteral("postgresql://db.example.org/helpdesk"), QStringLiteral("--system")},
                          false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Cannot write %1").arg(blocker)), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("administrator")), qPrintable(run.err));
}

void tst_AdminTool::selfTestPassesOnCurrentDatabase()
{
    const Run run = admin({QStringLiteral("--self-test")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(checklistLines(run.out, failed).isEmpty(), qPrintable(run.out));
    const QStringList ok = checklistLines(run.out, passed);
    QCOMPARE(ok.size(), 5);
    QVERIFY2(ok.at(0).startsWith(QStringLiteral("✓ Database reachable: ")), qPrintable(run.out));
    QVERIFY2(ok.at(0).contains(QStringLiteral("from --database")), qPrintable(run.out));
    QCOMPARE(ok.at(1), QStringLiteral("✓ Schema version: %1, current").arg(latestSchemaVersion()));
    QVERIFY2(ok.at(2).startsWith(QStringLiteral("✓ Role and permissions: ")), qPrintable(run.out));
    if (!TestDatabase::isPostgres())
        QVERIFY2(ok.at(2).contains(QStringLiteral("writable")), qPrintable(run.out));
    QVERIFY2(ok.at(3).contains(QRegularExpression(QStringLiteral("^✓ Device catalogue: \\d+ devices$"))),
             qPrintable(ok.at(3)));
    QVERIFY2(run.out.contains(QStringLiteral("All 5 checks passed.")), qPrintable(run.out));
    // The password of a PostgreSQL URL never reaches the terminal.
    const auto url = DatabaseUrl::parse(m_url, nullptr);
    QVERIFY(url);
    if (!url->password.isEmpty())
        QVERIFY(!run.out.contains(url->password));

    // The language asked for is the one checked; Qt's own Russian comes from a Debian package.
    const Run russian = admin({QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("ru")});
    QVERIFY2(russian.exitCode == 0, qPrintable(russian.out));
    QVERIFY2(russian.out.contains(QStringLiteral("✓ Translations: ru, with Qt's own")), qPrintable(russian.out));

    // The URL comes from where a normal start takes it.
    qputenv("HELPDESK_DATABASE", m_url.toUtf8());
    const Run fromEnvironment = admin({QStringLiteral("--self-test")}, false);
    qunsetenv("HELPDESK_DATABASE");
    QCOMPARE(fromEnvironment.exitCode, 0);
    QVERIFY2(fromEnvironment.out.contains(QStringLiteral("(from HELPDESK_DATABASE)")), qPrintable(fromEnvironment.out));

    const Run withCommand = admin({QStringLiteral("--self-test"), QStringLiteral("list")});
    QCOMPARE(withCommand.exitCode, 2);
}

void tst_AdminTool::selfTestNamesRoleOfEachLogin()
{
    if (!TestDatabase::isPostgres()) {
        // The embedded database checks that the file can be written instead.
        const Run run = admin({QStringLiteral("--self-test")});
        QVERIFY2(run.out.contains(QStringLiteral("✓ Role and permissions: the file and its folder are writable")),
                 qPrintable(run.out));
        return;
    }
    const QString reporter = m_database->name() + QStringLiteral("_st_reporter");
    const QString agent = m_database->name() + QStringLiteral("_st_agent");
    const QString stranger = m_database->name() + QStringLiteral("_st_nobody");
    const QString password = QStringLiteral("pw-selftest");
    QString error = m_database->execAsSuperuser(
        {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(reporter, password),
         QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(agent, password),
         QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(stranger, password)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto dropRoles = qScopeGuard([&] {
        m_database->execAsSuperuser({QStringLiteral("DROP ROLE IF EXISTS %1").arg(reporter),
                                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(agent),
                                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(stranger)});
    });
    QCOMPARE(admin({QStringLiteral("add-reporter"), reporter}).exitCode, 0);
    QCOMPARE(admin({QStringLiteral("add-agent"), agent}).exitCode, 0);

    auto selfTestAs = [&](const QString &login) {
        return admin({QStringLiteral("--database"), TestDatabase::serverUrlFor(login, password, m_database->name()),
                      QStringLiteral("--self-test")},
                     false);
    };
    const Run asReporter = selfTestAs(reporter);
    QVERIFY2(asReporter.exitCode == 0, qPrintable(asReporter.out));
    QVERIFY2(asReporter.out.contains(
                 QStringLiteral("✓ Role and permissions: login “%1”, role helpdesk_reporter").arg(reporter)),
             qPrintable(asReporter.out));
    QVERIFY(!asReporter.out.contains(password));

    const Run asAgent = selfTestAs(agent);
    QVERIFY2(asAgent.exitCode == 0, qPrintable(asAgent.out));
    QVERIFY2(asAgent.out.contains(QStringLiteral("✓ Role and permissions: login “%1”, role helpdesk_agent").arg(agent)),
             qPrintable(asAgent.out));

    const Run asStranger = selfTestAs(stranger);
    QCOMPARE(asStranger.exitCode, 1);
    QVERIFY2(asStranger.out.contains(QStringLiteral("✗ Role and permissions: the login “%1” has neither").arg(stranger)),
             qPrintable(asStranger.out));
    QVERIFY2(asStranger.out.contains(QStringLiteral("helpdesk-admin add-reporter %1").arg(stranger)),
             qPrintable(asStranger.out));
    // Without a role it cannot even read the schema version.
    QVERIFY2(asStranger.out.contains(QStringLiteral("✗ Schema version: ")), qPrintable(asStranger.out));
    QVERIFY2(asStranger.out.contains(QStringLiteral("2 of 5 checks failed.")), qPrintable(asStranger.out));
}

void tst_AdminTool::selfTestOlderSchemaFailsAndChangesNothing()
{
    // An empty database (SQLite: a new file; PostgreSQL: the test database
    // emptied) stands for one that was never initialised.
    QString url = m_url;
    if (TestDatabase::isPostgres()) {
        Database::close(connection);
        const QString error = m_database->execAsSuperuser(
            {QStringLiteral("DROP SCHEMA public CASCADE"), QStringLiteral("CREATE SCHEMA public")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        const QString path = m_dir->filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(QFile(path).open(QIODevice::WriteOnly)); // zero bytes: a valid, empty SQLite database
        url = QStringLiteral("sqlite:") + path;
    }
    const Run run = admin({QStringLiteral("--database"), url, QStringLiteral("--self-test")}, false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("✓ Database reachable")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("✗ Schema version: the database is at version 0, this program knows %1. "
                                             "Run “helpdesk-admin init”")
                                  .arg(latestSchemaVersion())),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("✗ Role and permissions: not checked")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("2 of 5 checks failed.")), qPrintable(run.out));

    // Nothing was migrated: a second look still finds version 0, and init then fixes it.
    QCOMPARE(admin({QStringLiteral("--database"), url, QStringLiteral("--self-test")}, false).out, run.out);
    QCOMPARE(admin({QStringLiteral("--database"), url, QStringLiteral("init")}, false).exitCode, 0);
    QCOMPARE(admin({QStringLiteral("--database"), url, QStringLiteral("--self-test")}, false).exitCode, 0);
}

void tst_AdminTool::selfTestNewerSchemaFails()
{
    {
        QSqlQuery query(QSqlDatabase::database(connection));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                           "VALUES (999, 'from_the_future', '2030-01-01T00:00:00.000Z')")),
                 qPrintable(query.lastError().text()));
    }
    const Run run = admin({QStringLiteral("--self-test")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("✗ Schema version: the database is at version 999, this program knows %1. "
                                             "Install the newer version")
                                  .arg(latestSchemaVersion())),
             qPrintable(run.out));
}

void tst_AdminTool::selfTestMissingFileIsNotCreated()
{
    const QString path = m_dir->filePath(QStringLiteral("not-yet/helpdesk.sqlite"));
    const Run run = admin({QStringLiteral("--database"), QStringLiteral("sqlite:") + path, QStringLiteral("--self-test")},
                          false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("the file does not exist yet. Run “helpdesk-admin init”")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("✗ Schema version: not checked")), qPrintable(run.out));
    // The catalogue and translations are still checked: IT sees everything at once.
    QVERIFY2(run.out.contains(QStringLiteral("✓ Device catalogue")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("3 of 5 checks failed.")), qPrintable(run.out));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
}

void tst_AdminTool::selfTestUnreachableServer()
{
    // Port 1: nothing listens there.
    const Run run = admin({QStringLiteral("--database"), QStringLiteral("postgresql://agent:s3cr3t@127.0.0.1:1/helpdesk"),
                           QStringLiteral("--self-test")},
                          false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("✗ Database reachable: postgresql://agent@127.0.0.1:1/helpdesk (from "
                                             "--database): Cannot reach the database server 127.0.0.1:1")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("s3cr3t")));
}

void tst_AdminTool::selfTestOfInstalledPrograms()
{
    // The real programs, as IT runs them after a rollout: the URL from the
    // environment, the checklist on standard output, the exit status.
    for (const char *program : {"helpdesk-admin", "helpdesk-intake"}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HELPDESK_DATABASE"), m_url);
        // Neither this user's settings nor the machine's /etc/xdg (init() moved that already).
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("user-config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HELPDESK_BINARY_DIR "/bin/") + QLatin1String(program),
                      {QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(process.waitForFinished(60000), program);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(out.startsWith(QLatin1String(program) + QStringLiteral(" ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("(from HELPDESK_DATABASE)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("All 5 checks passed.")), qPrintable(out));

        // A database that cannot be reached: non-zero, with the reason.
        environment.insert(QStringLiteral("HELPDESK_DATABASE"), QStringLiteral("postgresql://nobody@127.0.0.1:1/helpdesk"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HELPDESK_BINARY_DIR "/bin/") + QLatin1String(program),
                      {QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(process.waitForFinished(60000), program);
        const QString failure = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(failure.contains(QStringLiteral("✗ Database reachable: postgresql://nobody@127.0.0.1:1/helpdesk")),
                 qPrintable(failure));
    }
}

void tst_AdminTool::selfTestAsksForThePasswordOnlyWhenTheServerDoes()
{
    int asked = 0;
    SelfTest::Options options;
    options.url = m_url;
    options.passwordProvider = [&asked] {
        ++asked;
        return QString();
    };
    // The URL signs in by itself (SQLite; the test server's URL has its password).
    QVERIFY(SelfTest::allPassed(SelfTest::run(options)));
    QCOMPARE(asked, 0);
    if (!TestDatabase::isPostgres())
        return;

    const QString login = m_database->name() + QStringLiteral("_st_kept");
    const QString password = QStringLiteral("kept-in-keyring");
    QString error = m_database->execAsSuperuser({QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password),
                                                 QStringLiteral("GRANT helpdesk_reporter TO %1").arg(login)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto dropRole = qScopeGuard([&] { m_database->execAsSuperuser({QStringLiteral("DROP ROLE IF EXISTS %1").arg(login)}); });
    options.url = TestDatabase::serverUrlFor(login, QString(), m_database->name());
    options.passwordProvider = [&] {
        ++asked;
        return password; // what the wizard kept in the keyring
    };
    const QList<SelfTestCheck> checks = SelfTest::run(options);
    QVERIFY2(SelfTest::allPassed(checks), qPrintable(SelfTest::format(QStringLiteral("test"), checks)));
    QCOMPARE(asked, 1);
    // Without a kept password the check fails and says what the server wanted.
    options.passwordProvider = {};
    const QString text = SelfTest::format(QStringLiteral("test"), SelfTest::run(options));
    QVERIFY2(text.contains(QStringLiteral("✗ Database reachable")) && text.contains(QStringLiteral("asks for a password")),
             qPrintable(text));
}


void tst_AdminTool::addAgentOnSqliteSetsAPasswordFromStandardInput()
{
    if (TestDatabase::isPostgres()) {
        // On a shared server the login is the agent; there is no name or password to set.
        const Run run = adminWithInput({QStringLiteral("add-agent"), QStringLiteral("petrova"), QStringLiteral("--name"),
                                        QStringLiteral("Olga Petrova")}, "correct horse\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--name is for agents of the embedded database")), qPrintable(run.err));
        return;
    }
    // A script pipes the password; it never appears in the output.
    Run run = adminWithInput({QStringLiteral("add-agent"), QStringLiteral("petrova"), QStringLiteral("--name"),
                              QStringLiteral("Olga Petrova")}, "correct horse\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Agent petrova added")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("correct horse")) && !run.err.contains(QStringLiteral("correct horse")));
    AgentAccounts accounts(connection);
    AgentAccounts::Verdict verdict = accounts.verify(QStringLiteral("petrova"), QStringLiteral("correct horse"));
    QCOMPARE(verdict.status, AgentAccounts::Status::Ok);
    QCOMPARE(verdict.displayName, QStringLiteral("Olga Petrova"));

    // Again: a new password (Windows line end and all), the old one no longer works.
    run = adminWithInput({QStringLiteral("add-agent"), QStringLiteral("petrova")}, "battery staple\r\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("new password")), qPrintable(run.out));
    QCOMPARE(accounts.verify(QStringLiteral("petrova"), QStringLiteral("correct horse")).status,
             AgentAccounts::Status::WrongPassword);
    QCOMPARE(accounts.verify(QStringLiteral("petrova"), QStringLiteral("battery staple")).status,
             AgentAccounts::Status::Ok);

    // No password, or one too short: refused, nothing saved.
    run = adminWithInput({QStringLiteral("add-agent"), QStringLiteral("ivanov")}, QByteArray());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("No password on standard input")), qPrintable(run.err));
    run = adminWithInput({QStringLiteral("add-agent"), QStringLiteral("ivanov")}, "short\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("at least 8 characters")), qPrintable(run.err));
    QCOMPARE(accounts.verify(QStringLiteral("ivanov"), QStringLiteral("short")).status,
             AgentAccounts::Status::UnknownLogin);
}

void tst_AdminTool::seedDemoFillsRealisticReports()
{
    // More than one multi-row statement, and a last one that is not full.
    const Run run = admin({QStringLiteral("seed-demo"), QStringLiteral("--reports"), QStringLiteral("1234")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Added 1234 demo reports")), qPrintable(run.out));
    QCOMPARE(reportCount(), qint64(1234));

    QSqlQuery query(QSqlDatabase::database(connection));
    auto distinct = [&](const char *column) {
        QStringList values;
        if (!query.exec(QStringLiteral("SELECT DISTINCT %1 FROM reports ORDER BY 1").arg(QLatin1String(column))))
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    };
    QStringList categories;
    for (const Category &category : Taxonomy::instance().categories())
        categories.append(category.id);
    categories.sort();
    QCOMPARE(distinct("category"), categories);
    QCOMPARE(distinct("status"), QStringList({QStringLiteral("closed"), QStringLiteral("in_progress"),
                                              QStringLiteral("new"), QStringLiteral("resolved"),
                                              QStringLiteral("waiting")}));
    QVERIFY(distinct("priority").size() >= 4);

    // Real devices from the catalogue, and both languages in the text.
    QVERIFY(query.exec(QStringLiteral("SELECT device_kind, device_make, device_model, summary, created_at, category, "
                                      "symptom FROM reports")));
    int withDevice = 0;
    int russian = 0;
    QDateTime oldest = QDateTime::currentDateTimeUtc();
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    while (query.next()) {
        if (!query.value(1).toString().isEmpty()) {
            ++withDevice;
            QVERIFY2(catalog.contains(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()),
                     qPrintable(query.value(1).toString() + QLatin1Char(' ') + query.value(2).toString()));
        }
        if (query.value(3).toString().contains(QRegularExpression(QStringLiteral("[А-Яа-я]"))))
            ++russian;
        const QVariant created = query.value(4);
        const QDateTime time = created.metaType().id() == QMetaType::QDateTime
            ? created.toDateTime()
            : QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
        QVERIFY(time.isValid());
        oldest = std::min(oldest, time);
        QVERIFY(Taxonomy::instance().symptom(query.value(5).toString(), query.value(6).toString()));
    }
    QVERIFY(withDevice > 600);
    QVERIFY(russian > 200 && russian < 1000);
    QVERIFY(oldest < QDateTime::currentDateTimeUtc().addDays(-60));
    QVERIFY(oldest > QDateTime::currentDateTimeUtc().addDays(-91));

    // Asset tags carry the key the wizard's same-device duplicate check looks
    // up, exactly as a filed report does.
    QVERIFY(query.exec(QStringLiteral("SELECT asset_tag, asset_key FROM reports")));
    int tagged = 0;
    while (query.next()) {
        const QString tag = query.value(0).toString();
        QCOMPARE(query.value(1).toString(), tag.isEmpty() ? QString() : DeviceInfo::assetKey(tag));
        tagged += tag.isEmpty() ? 0 : 1;
    }
    QVERIFY(tagged > 100);

    const Run bad = admin({QStringLiteral("seed-demo"), QStringLiteral("--reports"), QStringLiteral("many")});
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_AdminTool)
#include "tst_admintool.moc"
