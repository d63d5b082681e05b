// Report: validate() names the fields the wizard must mark, in page order, and
// ticket numbers survive being dictated over the phone and typed back.

#include "model/report.h"
#include "model/taxonomy.h"

#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace Helpdesk;

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void completeReportIsValid();
    void completeReportWithOnlyPhoneIsValid();
    void emptyReportListsEveryMissingFieldInPageOrder();
    void everyErrorHasAMessage();
    void brokenField_data();
    void brokenField();

    void ticket();
    void formatTicket_data();
    void formatTicket();
    void parseTicket_data();
    void parseTicket();
    void ticketRoundTrip();
};

namespace {

Report completeReport()
{
    Report r;
    r.category = QStringLiteral("printing");
    r.symptom = QStringLiteral("paper_jam");
    r.summary = QStringLiteral("Принтер на 2 этаже зажёвывает каждый лист");
    r.description = QStringLiteral("Since Monday. Tray 2 only.");
    r.startedAt = QDateTime::currentDateTime().addSecs(-2 * 3600);
    r.impact = QStringLiteral("team");
    r.urgency = QStringLiteral("slowed");
    r.device.kind = QStringLiteral("printer");
    r.device.make = QStringLiteral("Brother");
    r.device.model = QStringLiteral("HL-L2340D");
    r.device.assetTag = QStringLiteral("INV-00421");
    r.device.building = QStringLiteral("Main");
    r.device.room = QStringLiteral("214");
    r.contact.name = QStringLiteral("Иван Петров");
    r.contact.login = QStringLiteral("ipetrov");
    r.contact.email = QStringLiteral("ivan.petrov@example.com");
    r.contact.phone = QStringLiteral("+7 495 123-45-67 доб. 214");
    r.contact.department = QStringLiteral("Бухгалтерия");
    r.contact.location = QStringLiteral("Room 214");
    r.contact.preferredContact = QStringLiteral("email");
    return r;
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields.append(e.field);
    return fields;
}

QString describe(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines.append(e.field + QStringLiteral(": ") + e.message);
    return lines.join(QLatin1Char('\n'));
}

using Breakage = std::function<void(Report &)>;

QHash<QString, Breakage> &breakages()
{
    static QHash<QString, Breakage> table;
    return table;
}

} // namespace

void TestReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReport::completeReportIsValid()
{
    const Report report = completeReport();
    const auto errors = report.validate();
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestReport::completeReportWithOnlyPhoneIsValid()
{
    Report report = completeReport();
    report.contact.email.clear();
    report.contact.preferredContact = QStringLiteral("phone");
    const auto errors = report.validate();
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestReport::emptyReportListsEveryMissingFieldInPageOrder()
{
    const Report empty;
    const QStringList expected = {
        QStringLiteral("problem.category"), QStringLiteral("problem.summary"),
        QStringLiteral("problem.startedAt"), QStringLiteral("problem.impact"),
        QStringLiteral("problem.urgency"), QStringLiteral("device.kind"),
        QStringLiteral("contact.name"), QStringLiteral("contact.email"),
    };
    QCOMPARE(fieldsOf(empty.validate()), expected);
}

void TestReport::everyErrorHasAMessage()
{
    Report report;
    report.contact.preferredContact = QStringLiteral("phone");
    report.device.make = QString(201, QLatin1Char('m'));
    const auto errors = report.validate();
    QVERIFY(!errors.isEmpty());
    for (const FieldError &e : errors) {
        QVERIFY2(!e.message.trimmed().isEmpty(), qPrintable(e.field));
        QVERIFY2(e.field.contains(QLatin1Char('.')), qPrintable(e.field));
    }
}

void TestReport::brokenField_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QStringList>("fields");

    auto add = [](const char *tag, const QStringList &fields, Breakage breakage) {
        breakages().insert(QString::fromLatin1(tag), std::move(breakage));
        QTest::newRow(tag) << QString::fromLatin1(tag) << fields;
    };
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList l;
        for (const char *n : names)
            l.append(QString::fromLatin1(n));
        return l;
    };

    add("no category", list({"problem.category"}), [](Report &r) { r.category.clear(); });
    add("unknown category", list({"problem.category"}), [](Report &r) { r.category = QStringLiteral("coffee"); });
    add("no symptom", list({"problem.symptom"}), [](Report &r) { r.symptom.clear(); });
    add("symptom of another category", list({"problem.symptom"}),
        [](Report &r) { r.symptom = QStringLiteral("vpn"); });
    add("vague summary", list({"problem.summary"}),
        [](Report &r) { r.summary = QStringLiteral("  сломалось "); });
    add("summary too long", list({"problem.summary"}), [](Report &r) { r.summary = QString(121, QLatin1Char('a')); });
    add("description too long", list({"problem.description"}),
        [](Report &r) { r.description = QString(4001, QLatin1Char('d')); });
    add("start not given", list({"problem.startedAt"}), [](Report &r) { r.startedAt = QDateTime(); });
    add("start tomorrow", list({"problem.startedAt"}),
        [](Report &r) { r.startedAt = QDateTime::currentDateTime().addDays(1); });
    add("no impact", list({"problem.impact"}), [](Report &r) { r.impact.clear(); });
    add("unknown impact", list({"problem.impact"}), [](Report &r) { r.impact = QStringLiteral("VIP"); });
    add("no urgency", list({"problem.urgency"}), [](Report &r) { r.urgency.clear(); });
    add("unknown urgency", list({"problem.urgency"}), [](Report &r) { r.urgency = QStringLiteral("asap!!!"); });
    add("no device kind", list({"device.kind"}), [](Report &r) { r.device.kind.clear(); });
    add("unknown device kind", list({"device.kind"}), [](Report &r) { r.device.kind = QStringLiteral("toaster"); });
    add("the grey printer", list({"device.make", "device.model"}), [](Report &r) {
        r.device.make.clear();
        r.device.model.clear();
        r.device.assetTag.clear();
    });
    add("asset tag instead of make and model", {}, [](Report &r) {
        r.device.make.clear();
        r.device.model.clear();
        r.device.assetTag = QStringLiteral("INV-00421");
    });
    add("make without model", list({"device.model"}), [](Report &r) {
        r.device.model.clear();
        r.device.assetTag.clear();
    });
    add("make not in catalogue", list({"device.make", "device.model"}),
        [](Report &r) { r.device.make = QStringLiteral("Grey"); });
    add("model of another make", list({"device.model"}),
        [](Report &r) { r.device.model = QStringLiteral("LaserJet Pro M404dn"); });
    add("catalogue spelling ignores case", {}, [](Report &r) {
        r.device.make = QStringLiteral("brother");
        r.device.model = QStringLiteral(" hl-l2340d ");
    });
    add("typed-in model", {}, [](Report &r) {
        r.device.make = QStringLiteral("Xerox");
        r.device.model = QStringLiteral("VersaLink C405 (не из списка)");
        r.device.customModel = true;
    });
    add("no device for a password problem", {}, [](Report &r) {
        r.category = QStringLiteral("account");
        r.symptom = QStringLiteral("locked_out");
        r.device = DeviceInfo();
        r.device.kind = QStringLiteral("computer");
    });
    add("make too long", list({"device.make"}), [](Report &r) {
        r.device.customModel = true;
        r.device.make = QString(201, QLatin1Char('m'));
    });
    add("model too long", list({"device.model"}), [](Report &r) {
        r.device.customModel = true;
        r.device.model = QString(201, QLatin1Char('m'));
    });
    add("asset tag too long", list({"device.assetTag"}),
        [](Report &r) { r.device.assetTag = QString(201, QLatin1Char('1')); });
    add("room too long", list({"device.room"}), [](Report &r) { r.device.room = QString(201, QLatin1Char('r')); });
    add("no name", list({"contact.name"}), [](Report &r) { r.contact.name = QStringLiteral("   "); });
    add("bad email", list({"contact.email"}), [](Report &r) { r.contact.email = QStringLiteral("ivan.petrov"); });
    add("bad phone", list({"contact.phone"}), [](Report &r) { r.contact.phone = QStringLiteral("call me"); });
    add("no way to reach", list({"contact.email", "contact.preferred"}), [](Report &r) {
        r.contact.email.clear();
        r.contact.phone = QStringLiteral("  ");
    });
    add("prefers email without one", list({"contact.preferred"}), [](Report &r) {
        r.contact.email.clear();
        r.contact.preferredContact = QStringLiteral("email");
    });
    add("prefers phone without one", list({"contact.preferred"}), [](Report &r) {
        r.contact.phone.clear();
        r.contact.preferredContact = QStringLiteral("phone");
    });
    add("department too long", list({"contact.department"}),
        [](Report &r) { r.contact.department = QString(201, QLatin1Char('x')); });
    add("everything on the contact page", list({"contact.name", "contact.email", "contact.phone"}), [](Report &r) {
        r.contact.name = QStringLiteral("I");
        r.contact.email = QStringLiteral("me at work");
        r.contact.phone = QStringLiteral("ask reception");
    });
}

void TestReport::brokenField()
{
    QFETCH(QString, breakage);
    QFETCH(QStringList, fields);
    Report report = completeReport();
    breakages().value(breakage)(report);
    const auto errors = report.validate();
    QCOMPARE(fieldsOf(errors), fields);
}

void TestReport::ticket()
{
    Report report = completeReport();
    QVERIFY(report.ticket().isEmpty()); // not filed yet: no number to show
    report.id = 42;
    QCOMPARE(report.ticket(), QStringLiteral("HD-000042"));
}

void TestReport::formatTicket_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("ticket");

    QTest::newRow("1") << qint64(1) << QStringLiteral("HD-000001");
    QTest::newRow("42") << qint64(42) << QStringLiteral("HD-000042");
    QTest::newRow("999999") << qint64(999999) << QStringLiteral("HD-999999");
    QTest::newRow("beyond six digits") << qint64(1234567) << QStringLiteral("HD-1234567");
}

void TestReport::formatTicket()
{
    QFETCH(qint64, id);
    QFETCH(QString, ticket);
    QCOMPARE(Helpdesk::formatTicket(id), ticket);
}

void TestReport::parseTicket_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("id");

    QTest::newRow("as shown") << QStringLiteral("HD-000042") << qint64(42);
    QTest::newRow("lower case short") << QStringLiteral("hd-42") << qint64(42);
    QTest::newRow("number with spaces") << QStringLiteral(" 42 ") << qint64(42);
    QTest::newRow("number only") << QStringLiteral("42") << qint64(42);
    QTest::newRow("leading zeros") << QStringLiteral("000042") << qint64(42);
    QTest::newRow("space instead of dash") << QStringLiteral("HD 42") << qint64(42);
    QTest::newRow("no dash") << QStringLiteral("HD42") << qint64(42);
    QTest::newRow("pasted with newline") << QStringLiteral("HD-000042\n") << qint64(42);
    QTest::newRow("seven digits") << QStringLiteral("HD-1234567") << qint64(1234567);

    QTest::newRow("prefix only") << QStringLiteral("HD-") << qint64(0);
    QTest::newRow("letters") << QStringLiteral("abc") << qint64(0);
    QTest::newRow("trailing garbage") << QStringLiteral("HD-12x") << qint64(0);
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("spaces") << QStringLiteral("   ") << qint64(0);
    QTest::newRow("zero") << QStringLiteral("HD-000000") << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-42") << qint64(0);
    QTest::newRow("double dash") << QStringLiteral("HD--42") << qint64(0);
    QTest::newRow("other prefix") << QStringLiteral("INC-42") << qint64(0);
    QTest::newRow("two numbers") << QStringLiteral("42 43") << qint64(0);
    QTest::newRow("decimal") << QStringLiteral("4.2") << qint64(0);
    QTest::newRow("sentence") << QStringLiteral("my ticket is HD-000042") << qint64(0);
}

void TestReport::parseTicket()
{
    QFETCH(QString, text);
    QFETCH(qint64, id);
    QCOMPARE(Helpdesk::parseTicket(text), id);
}

void TestReport::ticketRoundTrip()
{
    for (const qint64 id : {qint64(1), qint64(7), qint64(100), qint64(65536), qint64(999999), qint64(1000000)})
        QCOMPARE(Helpdesk::parseTicket(Helpdesk::formatTicket(id)), id);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
