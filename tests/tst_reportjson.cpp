// ReportJson: a report a script writes as JSON becomes the Report the wizard
// would have produced, and anything wrong with it is named by field — a typo
// in a key, a number where text belongs, a broken document by line and column —
// so the person who wrote the script can fix it from the message alone.

#include "delivery/reportjson.h"
#include "model/attachment.h"
#include "model/report.h"
#include "model/taxonomy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Helpdesk;

namespace {

// Every key of the format, each with a value that passes Report::validate().
QJsonObject completeJson()
{
    return QJsonObject{
        {QStringLiteral("category"), QStringLiteral("printing")},
        {QStringLiteral("symptom"), QStringLiteral("paper_jam")},
        {QStringLiteral("summary"), QStringLiteral("Printer on floor 2 jams on every page")},
        {QStringLiteral("description"), QStringLiteral("Tray 2, \"thick\" paper.\nSince Monday.")},
        {QStringLiteral("impact"), QStringLiteral("team")},
        {QStringLiteral("urgency"), QStringLiteral("blocked")},
        {QStringLiteral("started_at"), QStringLiteral("2024-03-05T09:41:00+03:00")},
        {QStringLiteral("client_id"), QStringLiteral("mail-gateway-4711")},
        {QStringLiteral("device"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("printer")},
                     {QStringLiteral("make"), QStringLiteral("HP")},
                     {QStringLiteral("model"), QStringLiteral("LaserJet Pro M404dn")},
                     {QStringLiteral("custom_model"), false},
                     {QStringLiteral("asset_tag"), QStringLiteral("INV-00417")},
                     {QStringLiteral("building"), QStringLiteral("Main building")},
                     {QStringLiteral("room"), QStringLiteral("2-14")}}},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Иван Петров")},
                     {QStringLiteral("login"), QStringLiteral("ipetrov")},
                     {QStringLiteral("email"), QStringLiteral("ivan.petrov@example.org")},
                     {QStringLiteral("phone"), QStringLiteral("+7 495 123-45-67")},
                     {QStringLiteral("department"), QStringLiteral("Accounting")},
                     {QStringLiteral("location"), QStringLiteral("Floor 2, east wing")},
                     {QStringLiteral("preferred"), QStringLiteral("phone")}}},
    };
}

// Sets "key" or "device.key" / "contact.key"; an undefined value removes it.
QJsonObject with(QJsonObject json, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        if (value.isUndefined())
            json.remove(path);
        else
            json.insert(path, value);
        return json;
    }
    QJsonObject inner = json.value(parts.at(0)).toObject();
    if (value.isUndefined())
        inner.remove(parts.at(1));
    else
        inner.insert(parts.at(1), value);
    json.insert(parts.at(0), inner);
    return json;
}

QJsonObject without(const QJsonObject &json, const QStringList &paths)
{
    QJsonObject result = json;
    for (const QString &path : paths)
        result = with(result, path, QJsonValue(QJsonValue::Undefined));
    return result;
}

QByteArray bytes(const QJsonObject &json)
{
    return QJsonDocument(json).toJson();
}

QString describe(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines.append(e.field + QStringLiteral(": ") + e.message);
    return lines.join(QLatin1Char('\n'));
}

QStringList messagesFor(const QList<FieldError> &errors, const QString &field)
{
    QStringList messages;
    for (const FieldError &e : errors) {
        if (e.field == field)
            messages.append(e.message);
    }
    return messages;
}

} // namespace

class tst_ReportJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void completeReportMapsEveryField();
    void missingField_data();
    void missingField();
    void unknownKey_data();
    void unknownKey();
    void wrongType_data();
    void wrongType();
    void brokenJson_data();
    void brokenJson();
    void deviceKindDefault_data();
    void deviceKindDefault();
    void preferredContactDefault_data();
    void preferredContactDefault();
    void startedAt_data();
    void startedAt();
    void locationIsStoredAsBuilding();
    void locationAndBuildingTogetherRefused();
    void nullIsAbsent();
    void textKeptAsGiven_data();
    void textKeptAsGiven();
    void byteOrderMarkIgnored();
    void attachmentsAreDecodedFromBase64();
    void badAttachmentsAreNamedByTheirPath_data();
    void badAttachmentsAreNamedByTheirPath();
};

void tst_ReportJson::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ReportJson::completeReportMapsEveryField()
{
    QList<FieldError> errors{{QStringLiteral("stale"), QStringLiteral("from an earlier call")}};
    const std::optional<Report> parsed = ReportJson::parse(bytes(completeJson()), &errors);
    QVERIFY2(parsed, qPrintable(describe(errors)));
    QVERIFY(errors.isEmpty());
    const Report &r = *parsed;

    QCOMPARE(r.category, QStringLiteral("printing"));
    QCOMPARE(r.symptom, QStringLiteral("paper_jam"));
    QCOMPARE(r.summary, QStringLiteral("Printer on floor 2 jams on every page"));
    QCOMPARE(r.description, QStringLiteral("Tray 2, \"thick\" paper.\nSince Monday."));
    QCOMPARE(r.impact, QStringLiteral("team"));
    QCOMPARE(r.urgency, QStringLiteral("blocked"));
    QCOMPARE(r.startedAt.toUTC(), QDateTime(QDate(2024, 3, 5), QTime(6, 41), Qt::UTC));
    QCOMPARE(r.clientId, QStringLiteral("mail-gateway-4711"));
    QCOMPARE(r.device.kind, QStringLiteral("printer"));
    QCOMPARE(r.device.make, QStringLiteral("HP"));
    QCOMPARE(r.device.model, QStringLiteral("LaserJet Pro M404dn"));
    QCOMPARE(r.device.customModel, false);
    QCOMPARE(r.device.assetTag, QStringLiteral("INV-00417"));
    QCOMPARE(r.device.building, QStringLiteral("Main building"));
    QCOMPARE(r.device.room, QStringLiteral("2-14"));
    QCOMPARE(r.contact.name, QStringLiteral("Иван Петров"));
    QCOMPARE(r.contact.login, QStringLiteral("ipetrov"));
    QCOMPARE(r.contact.email, QStringLiteral("ivan.petrov@example.org"));
    QCOMPARE(r.contact.phone, QStringLiteral("+7 495 123-45-67"));
    QCOMPARE(r.contact.department, QStringLiteral("Accounting"));
    QCOMPARE(r.contact.location, QStringLiteral("Floor 2, east wing"));
    QCOMPARE(r.contact.preferredContact, QStringLiteral("phone"));
    // What the store stamps is left for the store.
    QCOMPARE(r.id, 0);
    QVERIFY(r.status.isEmpty());
    QCOMPARE(r.priority, 0);

    // custom_model true: a make and model typed in, not from the catalogue.
    const QJsonObject typedIn = with(with(with(completeJson(), QStringLiteral("device.custom_model"), true),
                                          QStringLiteral("device.make"), QStringLiteral("Acme")),
                                     QStringLiteral("device.model"), QStringLiteral("Jam-o-matic 3000"));
    const std::optional<Report> custom = ReportJson::parse(bytes(typedIn), &errors);
    QVERIFY2(custom, qPrintable(describe(errors)));
    QCOMPARE(custom->device.customModel, true);
    QCOMPARE(custom->device.make, QStringLiteral("Acme"));
}

void tst_ReportJson::missingField_data()
{
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // exactly what the wizard says beside the field

    const Report empty;
    QTest::newRow("category") << QStringList{QStringLiteral("category")} << QStringLiteral("problem.category")
                              << FieldRules::tr("Choose what kind of problem it is.");
    QTest::newRow("symptom") << QStringList{QStringLiteral("symptom")} << QStringLiteral("problem.symptom")
                             << FieldRules::tr("Choose what exactly happens.");
    QTest::newRow("summary") << QStringList{QStringLiteral("summary")} << QStringLiteral("problem.summary")
                             << FieldRules::summaryError(QString());
    QTest::newRow("impact") << QStringList{QStringLiteral("impact")} << QStringLiteral("problem.impact")
                            << FieldRules::tr("Choose who is affected.");
    QTest::newRow("urgency") << QStringList{QStringLiteral("urgency")} << QStringLiteral("problem.urgency")
                             << FieldRules::tr("Choose how urgent it is.");
    QTest::newRow("the grey printer")
        << QStringList{QStringLiteral("device.make"), QStringLiteral("device.model"), QStringLiteral("device.asset_tag")}
        << QStringLiteral("device.make") << FieldRules::deviceMakeError(QStringLiteral("printing"), DeviceInfo());
    QTest::newRow("whole device")
        << QStringList{QStringLiteral("device")} << QStringLiteral("device.model")
        << FieldRules::deviceModelError(QStringLiteral("printing"), DeviceInfo());
    QTest::newRow("name") << QStringList{QStringLiteral("contact.name")} << QStringLiteral("contact.name")
                          << FieldRules::nameError(QString());
    QTest::newRow("no way to reach")
        << QStringList{QStringLiteral("contact.email"), QStringLiteral("contact.phone"),
                       QStringLiteral("contact.preferred")}
        << QStringLiteral("contact.email") << FieldRules::reachError(QString(), QString());
    QTest::newRow("whole contact") << QStringList{QStringLiteral("contact")} << QStringLiteral("contact.name")
                                   << FieldRules::nameError(QString());
}

void tst_ReportJson::missingField()
{
    QFETCH(QStringList, removed);
    QFETCH(QString, field);
    QFETCH(QString, message);

    QList<FieldError> errors;
    const std::optional<Report> parsed = ReportJson::parse(bytes(without(completeJson(), removed)), &errors);
    QVERIFY(!parsed);
    QVERIFY2(messagesFor(errors, field).contains(message), qPrintable(describe(errors)));
    // Missing is not malformed: the rules speak, not the JSON reader.
    for (const FieldError &e : std::as_const(errors))
        QVERIFY2(e.field.contains(QLatin1Char('.')), qPrintable(describe(errors)));
}

void tst_ReportJson::unknownKey_data()
{
    QTest::addColumn<QString>("path");    // where the stray key goes
    QTest::addColumn<QString>("field");   // the field named in the error
    QTest::addColumn<QString>("mention"); // what the message suggests or lists

    QTest::newRow("typo in summary") << QStringLiteral("sumary") << QStringLiteral("sumary")
                                     << QStringLiteral("“summary”");
    QTest::newRow("capitalised") << QStringLiteral("Urgency") << QStringLiteral("Urgency")
                                 << QStringLiteral("“urgency”");
    QTest::newRow("swapped letters") << QStringLiteral("contact.nmae") << QStringLiteral("contact.nmae")
                                     << QStringLiteral("“contact.name”");
    QTest::newRow("in the wrong object") << QStringLiteral("email") << QStringLiteral("email")
                                         << QStringLiteral("“contact.email”");
    QTest::newRow("nothing like it") << QStringLiteral("device.colour") << QStringLiteral("device.colour")
                                     << QStringLiteral("asset_tag");
    QTest::newRow("priority is not the caller's") << QStringLiteral("priority") << QStringLiteral("priority")
                                                  << QStringLiteral("urgency");
}

void tst_ReportJson::unknownKey()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    QFETCH(QString, mention);

    // Everything else is complete: the stray key alone must refuse the report.
    const QJsonObject json = with(completeJson(), path, QStringLiteral("grey"));
    QList<FieldError> errors;
    QVERIFY(!ReportJson::parse(bytes(json), &errors));
    const QStringList messages = messagesFor(errors, field);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().contains(QStringLiteral("“") + field + QStringLiteral("”")),
             qPrintable(messages.constFirst()));
    QVERIFY2(messages.constFirst().contains(mention), qPrintable(messages.constFirst()));
    QCOMPARE(errors.size(), 1);
}

void tst_ReportJson::wrongType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mention"); // the expected type and the one given

    QTest::newRow("summary as a number") << QStringLiteral("summary") << QJsonValue(42)
                                         << QStringLiteral("problem.summary") << QStringLiteral("text, not a number");
    QTest::newRow("phone as a number") << QStringLiteral("contact.phone") << QJsonValue(74951234567.0)
                                       << QStringLiteral("contact.phone") << QStringLiteral("text, not a number");
    QTest::newRow("make as a list") << QStringLiteral("device.make") << QJsonValue(QJsonArray{QStringLiteral("HP")})
                                    << QStringLiteral("device.make") << QStringLiteral("text, not a list");
    QTest::newRow("custom_model as text") << QStringLiteral("device.custom_model") << QJsonValue(QStringLiteral("yes"))
                                          << QStringLiteral("device.customModel")
                                          << QStringLiteral("true or false, not text");
    QTest::newRow("device as text") << QStringLiteral("device") << QJsonValue(QStringLiteral("the grey printer"))
                                    << QStringLiteral("device") << QStringLiteral("an object {…}, not text");
    QTest::newRow("started_at as a number") << QStringLiteral("started_at") << QJsonValue(1732527000)
                                            << QStringLiteral("problem.startedAt")
                                            << QStringLiteral("text, not a number");
    QTest::newRow("client_id as an object") << QStringLiteral("client_id") << QJsonValue(QJsonObject())
                                            << QStringLiteral("client_id") << QStringLiteral("text, not an object");
}

void tst_ReportJson::wrongType()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QFETCH(QString, mention);

    QList<FieldError> errors;
    QVERIFY(!ReportJson::parse(bytes(with(completeJson(), path, value)), &errors));
    // One message for the field, naming the key as written: not a second one
    // from the rules complaining that the summary is empty.
    const QStringList messages = messagesFor(errors, field);
    QVERIFY2(messages.size() == 1, qPrintable(describe(errors)));
    QVERIFY2(messages.constFirst().contains(QStringLiteral("“") + path + QStringLiteral("”")),
             qPrintable(messages.constFirst()));
    QVERIFY2(messages.constFirst().contains(mention), qPrintable(messages.constFirst()));
}

void tst_ReportJson::brokenJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("position"); // empty: no position to check

    QTest::newRow("truncated") << QByteArray("{\"summary\": \"Printer jams") << QStringLiteral("line 1, column 26");
    QTest::newRow("trailing comma") << QByteArray("{\"summary\": \"Printer jams\",}")
                                    << QStringLiteral("line 1, column 29");
    // The column is the character at QJsonParseError::offset, which Qt puts
    // just past the token it choked on: here the brace after the comma.
    QTest::newRow("trailing comma, several lines")
        << QByteArray("{\n  \"category\": \"printing\",\n  \"urgency\": \"blocked\",\n}\n")
        << QStringLiteral("line 4, column 2");
    // Columns count characters: "б" is two bytes but one column, "😀" four bytes (two UTF-16 units) but one.
    QTest::newRow("Cyrillic before the error") << QStringLiteral("{\"summary\": \"бб\",}").toUtf8()
                                               << QStringLiteral("line 1, column 19");
    QTest::newRow("emoji before the error") << QStringLiteral("{\"summary\": \"😀\",}").toUtf8()
                                            << QStringLiteral("line 1, column 18");
    QTest::newRow("single quotes") << QByteArray("{'summary': 'x'}") << QStringLiteral("line 1, column 3");
    QTest::newRow("two documents") << QByteArray("{}\n{}") << QStringLiteral("line 2, column 1");
    QTest::newRow("a list of reports") << QByteArray("[{}]") << QString();
    QTest::newRow("not JSON at all") << QByteArray("the grey printer is broken again") << QString();
}

void tst_ReportJson::brokenJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, position);

    QList<FieldError> errors;
    QVERIFY(!ReportJson::parse(json, &errors));
    // Nothing else: rules about an unread report would only bury the one line that matters.
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    QCOMPARE(errors.constFirst().field, QStringLiteral("json"));
    QVERIFY(!errors.constFirst().message.isEmpty());
    if (!position.isEmpty())
        QVERIFY2(errors.constFirst().message.contains(position), qPrintable(errors.constFirst().message));
}

void tst_ReportJson::deviceKindDefault_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("symptom");
    QTest::addColumn<QString>("kind");

    for (const Category &category : Taxonomy::instance().categories()) {
        QTest::newRow(qPrintable(category.id)) << category.id << category.symptoms.constFirst().id
                                               << category.deviceKind;
    }
}

void tst_ReportJson::deviceKindDefault()
{
    QFETCH(QString, category);
    QFETCH(QString, symptom);
    QFETCH(QString, kind);

    // An asset tag is enough for any category, so only the kind is in question.
    QJsonObject json = with(completeJson(), QStringLiteral("category"), category);
    json = with(json, QStringLiteral("symptom"), symptom);
    json.insert(QStringLiteral("device"), QJsonObject{{QStringLiteral("asset_tag"), QStringLiteral("INV-00417")}});
    QList<FieldError> errors;
    const std::optional<Report> parsed = ReportJson::parse(bytes(json), &errors);
    QVERIFY2(parsed, qPrintable(describe(errors)));
    QCOMPARE(parsed->device.kind, kind);

    // Given, it wins.
    json = with(json, QStringLiteral("device.kind"), QStringLiteral("laptop"));
    const std::optional<Report> given = ReportJson::parse(bytes(json), &errors);
    QVERIFY2(given, qPrintable(describe(errors)));
    QCOMPARE(given->device.kind, QStringLiteral("laptop"));
}

void tst_ReportJson::preferredContactDefault_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("preferred"); // as given; empty: left out
    QTest::addColumn<QString>("expected");

    const QString email = QStringLiteral("ivan.petrov@example.org");
    const QString phone = QStringLiteral("+7 495 123-45-67");
    QTest::newRow("both given") << email << phone << QString() << QStringLiteral("email");
    QTest::newRow("email only") << email << QString() << QString() << QStringLiteral("email");
    QTest::newRow("phone only") << QString() << phone << QString() << QStringLiteral("phone");
    QTest::newRow("given wins") << email << phone << QStringLiteral("phone") << QStringLiteral("phone");
}

void tst_ReportJson::preferredContactDefault()
{
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, preferred);
    QFETCH(QString, expected);

    QJsonObject contact{{QStringLiteral("name"), QStringLiteral("Иван Петров")}};
    if (!email.isEmpty())
        contact.insert(QStringLiteral("email"), email);
    if (!phone.isEmpty())
        contact.insert(QStringLiteral("phone"), phone);
    if (!preferred.isEmpty())
        contact.insert(QStringLiteral("preferred"), preferred);
    QJsonObject json = completeJson();
    json.insert(QStringLiteral("contact"), contact);

    QList<FieldError> errors;
    const std::optional<Report> parsed = ReportJson::parse(bytes(json), &errors);
    QVERIFY2(parsed, qPrintable(describe(errors)));
    QCOMPARE(parsed->contact.preferredContact, expected);
}

void tst_ReportJson::startedAt_data()
{
    QTest::addColumn<QJsonValue>("value"); // undefined: left out
    QTest::addColumn<QDateTime>("expected"); // invalid: "about now"

    QTest::newRow("offset") << QJsonValue(QStringLiteral("2024-03-05T09:41:00+03:00"))
                            << QDateTime(QDate(2024, 3, 5), QTime(6, 41), Qt::UTC);
    QTest::newRow("UTC") << QJsonValue(QStringLiteral("2024-03-05T06:41:00Z"))
                         << QDateTime(QDate(2024, 3, 5), QTime(6, 41), Qt::UTC);
    QTest::newRow("milliseconds") << QJsonValue(QStringLiteral("2024-03-05T06:41:00.250Z"))
                                  << QDateTime(QDate(2024, 3, 5), QTime(6, 41, 0, 250), Qt::UTC);
    QTest::newRow("no offset is local time") << QJsonValue(QStringLiteral("2024-03-05T09:41:00"))
                                             << QDateTime(QDate(2024, 3, 5), QTime(9, 41), Qt::LocalTime);
    QTest::newRow("left out") << QJsonValue(QJsonValue::Undefined) << QDateTime();
}

void tst_ReportJson::startedAt()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);

    QList<FieldError> errors;
    const QDateTime before = QDateTime::currentDateTime();
    const std::optional<Report> parsed =
        ReportJson::parse(bytes(with(completeJson(), QStringLiteral("started_at"), value)), &errors);
    QVERIFY2(parsed, qPrintable(describe(errors)));
    if (expected.isValid()) {
        QCOMPARE(parsed->startedAt.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    } else {
        QVERIFY(parsed->startedAt >= before);
        QVERIFY(parsed->startedAt <= QDateTime::currentDateTime());
    }
}

void tst_ReportJson::locationIsStoredAsBuilding()
{
    QJsonObject json = without(completeJson(), {QStringLiteral("device.building")});
    json = with(json, QStringLiteral("device.location"), QStringLiteral("Склад, 3 этаж, у лифта"));
    QList<FieldError> errors;
    const std::optional<Report> parsed = ReportJson::parse(bytes(json), &errors);
    QVERIFY2(parsed, qPrintable(describe(errors)));
    QCOMPARE(parsed->device.building, QStringLiteral("Склад, 3 этаж, у лифта"));
    QCOMPARE(parsed->device.room, QStringLiteral("2-14"));
    QCOMPARE(parsed->contact.location, QStringLiteral("Floor 2, east wing")); // a different key, kept apart

    // The building's rules apply, under the key the script wrote.
    json = with(json, QStringLiteral("device.location"), QString(FieldRules::ShortTextMax + 1, QLatin1Char('x')));
    QVERIFY(!ReportJson::parse(bytes(json), &errors));
    QCOMPARE(messagesFor(errors, QStringLiteral("device.location")),
             QStringList{FieldRules::shortTextError(QString(FieldRules::ShortTextMax + 1, QLatin1Char('x')))});
    QVERIFY(messagesFor(errors, QStringLiteral("device.building")).isEmpty());
}

void tst_ReportJson::locationAndBuildingTogetherRefused()
{
    // One of them would have nowhere to go; silently dropping it is what this format refuses to do.
    const QJsonObject json = with(completeJson(), QStringLiteral("device.location"), QStringLiteral("by the kitchen"));
    QList<FieldError> errors;
    QVERIFY(!ReportJson::parse(bytes(json), &errors));
    const QStringList messages = messagesFor(errors, QStringLiteral("device.location"));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().contains(QStringLiteral("device.building")), qPrintable(messages.constFirst()));
}

void tst_ReportJson::nullIsAbsent()
{
    QJsonObject json = with(completeJson(), QStringLiteral("description"), QJsonValue(QJsonValue::Null));
    json = with(json, QStringLiteral("client_id"), QJsonValue(QJsonValue::Null));
    json = with(json, QStringLiteral("device.kind"), QJsonValue(QJsonValue::Null));
    json = with(json, QStringLiteral("contact.preferred"), QJsonValue(QJsonValue::Null));
    QList<FieldError> errors;
    const std::optional<Report> parsed = ReportJson::parse(bytes(json), &errors);
    QVERIFY2(parsed, qPrintable(describe(errors)));
    QVERIFY(parsed->description.isEmpty());
    QVERIFY(parsed->clientId.isEmpty()); // the store generates one
    QCOMPARE(parsed->device.kind, QStringLiteral("printer"));
    QCOMPARE(parsed->contact.preferredContact, QStringLiteral("email"));

    // But a required field set to null is still missing.
    json = with(json, QStringLiteral("summary"), QJsonValue(QJsonValue::Null));
    QVERIFY(!ReportJson::parse(bytes(json), &errors));
    QCOMPARE(messagesFor(errors, QStringLiteral("problem.summary")), QStringList{FieldRules::summaryError(QString())});
}

void tst_ReportJson::textKeptAsGiven_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");

    QTest::newRow("Cyrillic summary") << QStringLiteral("summary")
                                      << QStringLiteral("Принтер на 2 этаже зажёвывает каждый лист");
    QTest::newRow("emoji summary") << QStringLiteral("summary") << QStringLiteral("Printer 🖨️ jams again 😤 on floor 2");
    QTest::newRow("emoji name") << QStringLiteral("contact.name") << QStringLiteral("Анна 🌻 Смирнова");
    QTest::newRow("line breaks and tabs") << QStringLiteral("description")
                                          << QStringLiteral("Шаги:\n\t1. Открыть лоток\r\n\t2. «Ошибка 13.A»");
    // ReportStore trims what it stores; the reader does not second-guess it.
    QTest::newRow("surrounding spaces") << QStringLiteral("summary") << QStringLiteral("  Printer jams on floor 2  ");
    QTest::newRow("escaped in the JSON") << QStringLiteral("contact.department") << QStringLiteral("R&D \"Север\" \\ 2");
}

void tst_ReportJson::textKeptAsGiven()
{
    QFETCH(QString, path);
    QFETCH(QString, text);

    QList<FieldError> errors;
    const std::optional<Report> parsed = ReportJson::parse(bytes(with(completeJson(), path, text)), &errors);
    QVERIFY2(parsed, qPrintable(describe(errors)));
    const QString read = path == QLatin1String("summary")              ? parsed->summary
                         : path == QLatin1String("description")        ? parsed->description
                         : path == QLatin1String("contact.name")       ? parsed->contact.name
                         : path == QLatin1String("contact.department") ? parsed->contact.department
                                                                       : QString();
    QCOMPARE(read, text);
}

void tst_ReportJson::byteOrderMarkIgnored()
{
    QList<FieldError> errors;
    QVERIFY2(ReportJson::parse("\xEF\xBB\xBF" + bytes(completeJson()), &errors), qPrintable(describe(errors)));
    // And it does not count as a column: "{,}" alone is refused at column 3 too.
    QVERIFY(!ReportJson::parse("\xEF\xBB\xBF{,}", &errors));
    QVERIFY2(errors.constFirst().message.contains(QStringLiteral("line 1, column 3")),
             qPrintable(errors.constFirst().message));
}

void tst_ReportJson::attachmentsAreDecodedFromBase64()
{
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
    QByteArray log;
    for (int i = 0; i < 300; ++i)
        log += "line " + QByteArray::number(i) + " of the print server's log\n";
    // `base64 FILE` wraps its lines at 76 characters.
    QByteArray wrapped;
    const QByteArray encoded = log.toBase64();
    for (int i = 0; i < encoded.size(); i += 76)
        wrapped += encoded.mid(i, 76) + '\n';
    const QJsonArray files = {
        QJsonObject{{QStringLiteral("file_name"), QStringLiteral("status")},
                    {QStringLiteral("data"), QString::fromLatin1(png.toBase64())}},
        QJsonObject{{QStringLiteral("file_name"), QStringLiteral("печать.log")},
                    {QStringLiteral("data"), QString::fromLatin1(wrapped)},
                    {QStringLiteral("mime_type"), QStringLiteral("text/x-log")}},
    };
    QList<FieldError> errors;
    const auto report = ReportJson::parse(bytes(with(completeJson(), QStringLiteral("attachments"), files)), &errors);
    QVERIFY2(report, qPrintable(describe(errors)));
    QCOMPARE(report->attachments.size(), 2);
    const Attachment &first = report->attachments.at(0);
    QCOMPARE(first.fileName, QStringLiteral("status"));
    QCOMPARE(first.data, png);
    QCOMPARE(first.mimeType, QStringLiteral("image/png")); // from the bytes: the name says nothing
    QCOMPARE(first.sha256, Attachment::sha256Hex(png));
    const Attachment &second = report->attachments.at(1);
    QCOMPARE(second.fileName, QStringLiteral("печать.log"));
    QCOMPARE(second.data, log);
    QCOMPARE(second.size, qint64(log.size()));
    QCOMPARE(second.mimeType, QStringLiteral("text/x-log")); // as the script said
}

void tst_ReportJson::badAttachmentsAreNamedByTheirPath_data()
{
    QTest::addColumn<QJsonValue>("attachments");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<int>("count");
    const QString ok = QString::fromLatin1(QByteArray("0x800CCC0E").toBase64());
    QTest::newRow("not a list") << QJsonValue(QStringLiteral("error.txt")) << QStringLiteral("attachments")
                                << QStringLiteral("must be a list") << 1;
    QTest::newRow("not an object") << QJsonValue(QJsonArray{QStringLiteral("error.txt")})
                                   << QStringLiteral("attachments[1]") << QStringLiteral("file_name and data") << 1;
    QTest::newRow("no data") << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("file_name"), QStringLiteral("a.txt")}}})
                             << QStringLiteral("attachments[1].data") << QStringLiteral("base64") << 1;
    QTest::newRow("no name") << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("data"), ok}}})
                             << QStringLiteral("attachments[1].file_name") << QStringLiteral("needs its file name") << 1;
    QTest::newRow("not base64")
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("file_name"), QStringLiteral("a.txt")},
                                             {QStringLiteral("data"), QStringLiteral("not base64!")}}})
        << QStringLiteral("attachments[1].data") << QStringLiteral("not base64") << 1;
    QTest::newRow("typo in the second")
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("file_name"), QStringLiteral("a.txt")},
                                             {QStringLiteral("data"), ok}},
                                 QJsonObject{{QStringLiteral("file_nmae"), QStringLiteral("b.txt")},
                                             {QStringLiteral("data"), ok}}})
        << QStringLiteral("attachments[2].file_nmae") << QStringLiteral("did you mean “attachments[2].file_name”") << 2; // and the name is missing
    QTest::newRow("a folder in the name")
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("file_name"), QStringLiteral("../etc/passwd")},
                                             {QStringLiteral("data"), ok}}})
        << QStringLiteral("attachments") << QStringLiteral("may not contain a folder") << 1;
    QJsonArray six;
    for (int i = 0; i < 6; ++i)
        six.append(QJsonObject{{QStringLiteral("file_name"), QStringLiteral("log%1.txt").arg(i)},
                               {QStringLiteral("data"), QString::fromLatin1(QByteArray::number(i).toBase64())}});
    QTest::newRow("six files") << QJsonValue(six) << QStringLiteral("attachments") << QStringLiteral("At most 5 file") << 1;
}

void tst_ReportJson::badAttachmentsAreNamedByTheirPath()
{
    QFETCH(QJsonValue, attachments);
    QFETCH(QString, field);
    QFETCH(QString, mention);
    QFETCH(int, count);
    QList<FieldError> errors;
    QVERIFY(!ReportJson::parse(bytes(with(completeJson(), QStringLiteral("attachments"), attachments)), &errors));
    const QStringList messages = messagesFor(errors, field);
    QVERIFY2(messages.size() == 1, qPrintable(describe(errors)));
    QVERIFY2(messages.constFirst().contains(mention), qPrintable(messages.constFirst()));
    QVERIFY2(errors.size() == count, qPrintable(describe(errors)));
}

QTEST_GUILESS_MAIN(tst_ReportJson)
#include "tst_reportjson.moc"
