// ReportFields: each reader sees the fields of a report with its own labels,
// in its own order, and an empty optional field the way that reader expects:
// "(not given)" for helpdesk-admin, left empty (so left out) for the wizard
// and the console. A model typed in says so.

#include "model/report.h"
#include "model/reportfields.h"

#include <QStandardPaths>
#include <QTest>

using namespace Helpdesk;

class TestReportFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void administratorSeesEveryFieldWithIds();
    void administratorSeesNotGivenForEmptyFields();
    void agentSeesReviewStateAndInventory();
    void agentGetsEmptyValuesForEmptyFields();
    void reporterSeesThreeGroups();
    void reporterGetsEmptyValuesForEmptyFields();
};

namespace {

const QDateTime Started(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
const QDateTime Filed(QDate(2026, 3, 2), QTime(10, 15), Qt::UTC);

Report fullReport()
{
    Report r;
    r.id = 42;
    r.status = QStringLiteral("new");
    r.category = QStringLiteral("printing");
    r.symptom = QStringLiteral("paper_jam");
    r.summary = QStringLiteral("Printer on floor 2 jams on every page");
    r.description = QStringLiteral("Since Monday.\nTray 2 only.");
    r.startedAt = Started;
    r.createdAt = Filed;
    r.impact = QStringLiteral("team");
    r.urgency = QStringLiteral("slowed");
    r.priority = 3;
    r.device.kind = QStringLiteral("printer");
    r.device.make = QStringLiteral("Brother");
    r.device.model = QStringLiteral("HL-9999X");
    r.device.customModel = true;
    r.device.assetTag = QStringLiteral("INV-00421");
    r.device.building = QStringLiteral("Main");
    r.device.room = QStringLiteral("214");
    r.contact.name = QStringLiteral("Ivan Petrov");
    r.contact.login = QStringLiteral("ipetrov");
    r.contact.email = QStringLiteral("ivan.petrov@example.com");
    r.contact.phone = QStringLiteral("+7 495 123-45-67");
    r.contact.department = QStringLiteral("Accounting");
    r.contact.location = QStringLiteral("Room 214");
    r.contact.preferredContact = QStringLiteral("email");
    r.computerName = QStringLiteral("ACC-PC-07");
    r.operatingSystem = QStringLiteral("Debian GNU/Linux 12");
    return r;
}

// The same report with every optional field left empty.
Report sparseReport()
{
    Report r = fullReport();
    r.description.clear();
    r.startedAt = QDateTime();
    r.device.make.clear();
    r.device.model.clear();
    r.device.customModel = false;
    r.device.building.clear();
    r.device.room.clear();
    r.contact.login.clear();
    r.contact.phone.clear();
    r.contact.department.clear();
    r.contact.location.clear();
    r.computerName.clear();
    r.operatingSystem.clear();
    return r;
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// "Label|value", one per field, with a blank entry where the group changes.
QStringList lines(const QList<ReportField> &fields)
{
    QStringList result;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0 && fields.at(i).group != fields.at(i - 1).group)
            result.append(QString());
        result.append(fields.at(i).label + QLatin1Char('|') + fields.at(i).value);
    }
    return result;
}

void compareLines(const QStringList &actual, const QStringList &expected)
{
    if (actual != expected)
        qWarning().noquote() << "actual:\n" + actual.join(QLatin1Char('\n'));
    QCOMPARE(actual, expected);
}

} // namespace

void TestReportFields::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReportFields::administratorSeesEveryFieldWithIds()
{
    ReportFields::Context context;
    context.formatTime = isoTime;
    context.affected = QStringLiteral("nobody else");
    compareLines(lines(ReportFields::fields(fullReport(), ReportFields::Reader::Administrator, context)),
                 {
                     QStringLiteral("Ticket:|HD-000042"),
                     QStringLiteral("Status:|New [new]"),
                     QString(),
                     QStringLiteral("Category:|Printing [printing]"),
                     QStringLiteral("Symptom:|Paper jam [paper_jam]"),
                     QStringLiteral("Summary:|Printer on floor 2 jams on every page"),
                     QStringLiteral("Description:|Since Monday.\nTray 2 only."),
                     QStringLiteral("Started:|2026-03-02T09:30:00Z"),
                     QStringLiteral("Impact:|My team or several people [team]"),
                     QStringLiteral("Urgency:|It slows my work down [slowed]"),
                     QStringLiteral("Priority:|P3 – Medium"),
                     QStringLiteral("Vague:|no"),
                     QString(),
                     QStringLiteral("Device kind:|Printer or multifunction device [printer]"),
                     QStringLiteral("Make:|Brother"),
                     QStringLiteral("Model:|HL-9999X (typed in)"),
                     QStringLiteral("Asset tag:|INV-00421"),
                     QStringLiteral("Building:|Main"),
                     QStringLiteral("Room:|214"),
                     QString(),
                     QStringLiteral("Name:|Ivan Petrov"),
                     QStringLiteral("Login:|ipetrov"),
                     QStringLiteral("Email:|ivan.petrov@example.com"),
                     QStringLiteral("Phone:|+7 495 123-45-67"),
                     QStringLiteral("Department:|Accounting"),
                     QStringLiteral("Location:|Room 214"),
                     QStringLiteral("Preferred contact:|Email [email]"),
                     QStringLiteral("Affected too:|nobody else"),
                     QString(),
                     QStringLiteral("Computer:|ACC-PC-07"),
                     QStringLiteral("Operating system:|Debian GNU/Linux 12"),
                     QStringLiteral("Filed:|2026-03-02T10:15:00Z"),
                 });
}

void TestReportFields::administratorSeesNotGivenForEmptyFields()
{
    Report report = sparseReport();
    report.vague = true;
    ReportFields::Context context;
    context.formatTime = isoTime;
    context.affected = QStringLiteral("Olga (olga)");
    const QList<ReportField> fields = ReportFields::fields(report, ReportFields::Reader::Administrator, context);
    QHash<ReportField::Id, QString> values;
    for (const ReportField &field : fields)
        values.insert(field.id, field.value);
    QCOMPARE(ReportFields::notGiven(), QStringLiteral("(not given)"));
    for (const ReportField::Id id : {ReportField::Id::Started, ReportField::Id::Make, ReportField::Id::Model,
                                     ReportField::Id::Building, ReportField::Id::Room, ReportField::Id::Login,
                                     ReportField::Id::Phone, ReportField::Id::Department, ReportField::Id::Location,
                                     ReportField::Id::Computer, ReportField::Id::OperatingSystem})
        QCOMPARE(values.value(id), QStringLiteral("(not given)"));
    // The description stays as it is: show lays out its lines itself.
    QCOMPARE(values.value(ReportField::Id::Description), QString());
    QCOMPARE(values.value(ReportField::Id::Vague),
             QStringLiteral("yes — the reporter sent it as it is; ask what exactly happens"));
    QCOMPARE(values.value(ReportField::Id::AffectedToo), QStringLiteral("Olga (olga)"));
    QCOMPARE(fields.size(), 28);
}

void TestReportFields::agentSeesReviewStateAndInventory()
{
    Report report = fullReport();
    report.vague = true;
    ReportFields::Context context;
    context.formatTime = isoTime;
    context.updatedAt = Filed.addSecs(60);
    context.inventory = QStringLiteral("Brother HL-L2340D PRN-2");
    context.inventoryLocation = QStringLiteral("Main office, room 214");
    context.inventoryNotes = QStringLiteral("Toner ordered");
    compareLines(lines(ReportFields::fields(report, ReportFields::Reader::Agent, context)),
                 {
                     QStringLiteral("Status|New"),
                     QStringLiteral("Assigned to|nobody"),
                     QStringLiteral("Priority|P3 – Medium"),
                     QStringLiteral("Filed|2026-03-02T10:15:00Z"),
                     QStringLiteral("Last changed|2026-03-02T10:16:00Z"),
                     QStringLiteral("Resolved|"),
                     QString(),
                     QStringLiteral("Category|Printing"),
                     QStringLiteral("Symptom|Paper jam"),
                     QStringLiteral("Summary|Printer on floor 2 jams on every page"),
                     QStringLiteral("Description|Since Monday.\nTray 2 only."),
                     QStringLiteral("Started|2026-03-02T09:30:00Z"),
                     QStringLiteral("Impact|My team or several people"),
                     QStringLiteral("Urgency|It slows my work down"),
                     QStringLiteral("Flagged as vague|yes"),
                     QString(),
                     QStringLiteral("Device|Printer or multifunction device Brother HL-9999X"),
                     QStringLiteral("Asset tag|INV-00421"),
                     QStringLiteral("In the inventory|Brother HL-L2340D PRN-2"),
                     QStringLiteral("Inventory location|Main office, room 214"),
                     QStringLiteral("Inventory notes|Toner ordered"),
                     QStringLiteral("Building|Main"),
                     QStringLiteral("Room|214"),
                     QString(),
                     QStringLiteral("Reporter|Ivan Petrov"),
                     QStringLiteral("Login|ipetrov"),
                     QStringLiteral("Email|ivan.petrov@example.com"),
                     QStringLiteral("Phone|+7 495 123-45-67"),
                     QStringLiteral("Department|Accounting"),
                     QStringLiteral("Location|Room 214"),
                     QStringLiteral("Preferred contact|Email"),
                     QString(),
                     QStringLiteral("Computer|ACC-PC-07"),
                     QStringLiteral("Operating system|Debian GNU/Linux 12"),
                 });
}

void TestReportFields::agentGetsEmptyValuesForEmptyFields()
{
    ReportFields::Context context;
    context.assignee = QStringLiteral("olga");
    const QList<ReportField> fields = ReportFields::fields(sparseReport(), ReportFields::Reader::Agent, context);
    QStringList empty;
    for (const ReportField &field : fields) {
        if (field.value.isEmpty())
            empty.append(field.label);
        if (field.id == ReportField::Id::Assignee)
            QCOMPARE(field.value, QStringLiteral("olga"));
        if (field.id == ReportField::Id::Device)
            QCOMPARE(field.value, QStringLiteral("Printer or multifunction device"));
    }
    QCOMPARE(empty, QStringList({QStringLiteral("Last changed"), QStringLiteral("Resolved"),
                                 QStringLiteral("Description"), QStringLiteral("Started"),
                                 QStringLiteral("Flagged as vague"), QStringLiteral("In the inventory"),
                                 QStringLiteral("Inventory location"), QStringLiteral("Inventory notes"),
                                 QStringLiteral("Building"), QStringLiteral("Room"), QStringLiteral("Login"),
                                 QStringLiteral("Phone"), QStringLiteral("Department"), QStringLiteral("Location"),
                                 QStringLiteral("Computer"), QStringLiteral("Operating system")}));
}

void TestReportFields::reporterSeesThreeGroups()
{
    Report report = fullReport();
    report.description = QStringLiteral("  Since Monday.\n");
    ReportFields::Context context;
    context.formatTime = isoTime;
    context.responseTime = QStringLiteral("within 4 hours");
    compareLines(lines(ReportFields::fields(report, ReportFields::Reader::Reporter, context)),
                 {
                     QStringLiteral("Category:|Printing"),
                     QStringLiteral("What happens:|Paper jam"),
                     QStringLiteral("Summary:|Printer on floor 2 jams on every page"),
                     QStringLiteral("Description:|Since Monday."),
                     QStringLiteral("Started:|2026-03-02T09:30:00Z"),
                     QStringLiteral("Affected:|My team or several people"),
                     QStringLiteral("Urgency:|It slows my work down"),
                     QStringLiteral("Response time:|within 4 hours"),
                     QString(),
                     QStringLiteral("Kind:|Printer or multifunction device"),
                     QStringLiteral("Make:|Brother"),
                     QStringLiteral("Model:|HL-9999X (typed in)"),
                     QStringLiteral("Asset tag:|INV-00421"),
                     QStringLiteral("Building:|Main"),
                     QStringLiteral("Room:|214"),
                     QString(),
                     QStringLiteral("Name:|Ivan Petrov"),
                     QStringLiteral("Login:|ipetrov"),
                     QStringLiteral("Email:|ivan.petrov@example.com"),
                     QStringLiteral("Phone:|+7 495 123-45-67"),
                     QStringLiteral("Department:|Accounting"),
                     QStringLiteral("Location:|Room 214"),
                     QStringLiteral("Preferred way to reach you:|Email"),
                 });
}

void TestReportFields::reporterGetsEmptyValuesForEmptyFields()
{
    QStringList empty;
    for (const ReportField &field : ReportFields::fields(sparseReport(), ReportFields::Reader::Reporter)) {
        if (field.value.isEmpty())
            empty.append(field.label);
    }
    QCOMPARE(empty, QStringList({QStringLiteral("Description:"), QStringLiteral("Started:"),
                                 QStringLiteral("Response time:"), QStringLiteral("Make:"), QStringLiteral("Model:"),
                                 QStringLiteral("Building:"), QStringLiteral("Room:"), QStringLiteral("Login:"),
                                 QStringLiteral("Phone:"), QStringLiteral("Department:"),
                                 QStringLiteral("Location:")}));
}

QTEST_GUILESS_MAIN(TestReportFields)
#include "tst_reportfields.moc"
