#include "delivery/reportjson.h"

#include "delivery/reportjsonreader.h"
#include "model/taxonomy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Helpdesk {

namespace {

// The walk over the document, with the format's keys.
using Reader = ReportJsonReader;

// Line and column of a byte offset, both from 1, the column in characters
// (code points) as an editor shows it, not in UTF-8 bytes.
QString syntaxErrorMessage(const QByteArray &json, const QJsonParseError &error)
{
    const int offset = std::clamp(int(error.offset), 0, int(json.size()));
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte: a new character
            ++column;
        }
    }
    return ReportJson::tr("Not valid JSON at line %1, column %2: %3.")
        .arg(line)
        .arg(column)
        .arg(error.errorString());
}

// The document itself: JSON syntax and one object. A byte-order mark
// (PowerShell and Notepad write one) is not part of the report, and must not
// shift the columns of an error message.
std::optional<QJsonObject> readDocument(const QByteArray &input, QList<FieldError> &errors)
{
    QByteArray json = input;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append({QStringLiteral("json"), syntaxErrorMessage(json, parseError)});
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.append({QStringLiteral("json"), ReportJson::tr("A report must be one JSON object {…}, not %1.")
                                                   .arg(Reader::typeName(document.array()))});
        return std::nullopt;
    }
    return document.object();
}

void readProblem(Reader &reader, const QJsonObject &top, Report &report)
{
    reader.read(top, Reader::topLevel(), "category", &report.category);
    reader.read(top, Reader::topLevel(), "symptom", &report.symptom);
    reader.read(top, Reader::topLevel(), "summary", &report.summary);
    reader.read(top, Reader::topLevel(), "description", &report.description);
    reader.read(top, Reader::topLevel(), "impact", &report.impact);
    reader.read(top, Reader::topLevel(), "urgency", &report.urgency);
    reader.read(top, Reader::topLevel(), "client_id", &report.clientId);

    QString startedAt;
    report.startedAt = QDateTime::currentDateTime();
    if (reader.read(top, Reader::topLevel(), "started_at", &startedAt)) {
        // Qt::ISODate takes "…T09:30:00+03:00", "…Z", fractions of a second,
        // and no offset at all (then it is this computer's local time).
        const QDateTime parsed = QDateTime::fromString(startedAt.trimmed(), Qt::ISODate);
        if (parsed.isValid())
            report.startedAt = parsed;
        else
            reader.refuse(Reader::topLevel(), "started_at",
                          ReportJson::tr("“started_at” is not a date and time in ISO 8601 form, e.g. "
                                         "2026-11-25T09:30:00+03:00."));
    }
}

// Returns whether "device.location" was kept as the building, so that the
// rules' messages name the key the script wrote.
bool readDevice(Reader &reader, const QJsonObject &top, Report &report)
{
    QJsonObject device;
    reader.read(top, Reader::topLevel(), "device", &device);
    reader.refuseUnknownKeys(device, Reader::deviceLevel());
    const bool kindGiven = reader.read(device, Reader::deviceLevel(), "kind", &report.device.kind);
    reader.read(device, Reader::deviceLevel(), "make", &report.device.make);
    reader.read(device, Reader::deviceLevel(), "model", &report.device.model);
    reader.read(device, Reader::deviceLevel(), "custom_model", &report.device.customModel);
    reader.read(device, Reader::deviceLevel(), "asset_tag", &report.device.assetTag);
    reader.read(device, Reader::deviceLevel(), "building", &report.device.building);
    reader.read(device, Reader::deviceLevel(), "room", &report.device.room);
    // Scripts rarely know the building and room apart ("3rd floor, by the
    // kitchen"); their free text is kept as the building. Both at once would
    // leave one of them nowhere to go, so that is refused rather than dropped.
    QString location;
    bool locationIsBuilding = false;
    if (reader.read(device, Reader::deviceLevel(), "location", &location)) {
        if (report.device.building.trimmed().isEmpty()) {
            report.device.building = location;
            locationIsBuilding = true;
        } else if (!location.trimmed().isEmpty()) {
            reader.refuse(Reader::deviceLevel(), "location",
                          ReportJson::tr("“device.location” is stored as the building; give it or "
                                         "“device.building”, not both."));
        }
    }
    // As the wizard presets it: a printing problem is about a printer.
    if (!kindGiven) {
        if (const Category *category = Taxonomy::instance().category(report.category))
            report.device.kind = category->deviceKind;
    }
    return locationIsBuilding;
}

void readContact(Reader &reader, const QJsonObject &top, Report &report)
{
    QJsonObject contact;
    reader.read(top, Reader::topLevel(), "contact", &contact);
    reader.refuseUnknownKeys(contact, Reader::contactLevel());
    reader.read(contact, Reader::contactLevel(), "name", &report.contact.name);
    reader.read(contact, Reader::contactLevel(), "login", &report.contact.login);
    reader.read(contact, Reader::contactLevel(), "email", &report.contact.email);
    reader.read(contact, Reader::contactLevel(), "phone", &report.contact.phone);
    reader.read(contact, Reader::contactLevel(), "department", &report.contact.department);
    reader.read(contact, Reader::contactLevel(), "location", &report.contact.location);
    if (!reader.read(contact, Reader::contactLevel(), "preferred", &report.contact.preferredContact)) {
        // With neither an email nor a phone there is nothing to prefer; a
        // default would only add a second message to the one that matters.
        if (!report.contact.email.trimmed().isEmpty())
            report.contact.preferredContact = QStringLiteral("email");
        else if (!report.contact.phone.trimmed().isEmpty())
            report.contact.preferredContact = QStringLiteral("phone");
    }
}

// `base64 FILE` wraps its output every 76 characters: line breaks and spaces
// are not part of the data. Nullopt for anything else that is not base64.
std::optional<QByteArray> decodeBase64(const QString &data)
{
    QByteArray base64;
    for (const QChar c : data) {
        if (c.unicode() > 0x7f)
            return std::nullopt;
        if (!c.isSpace())
            base64.append(char(c.unicode()));
    }
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

// Element `number` (from 1) of "attachments"; nullopt when it is refused. An
// element refused here is not handed to the rules as well: one message per
// mistake.
std::optional<Attachment> readAttachment(Reader &reader, const QJsonValue &element, int number)
{
    const Reader::Level level = Reader::attachmentLevel(number);
    const QString path = QStringLiteral("attachments[%1]").arg(number);
    if (!element.isObject()) {
        reader.refusePath(path, ReportJson::tr("“%1” must be an object {…} with file_name and data, not %2.")
                                    .arg(path, Reader::typeName(element)));
        return std::nullopt;
    }
    const QJsonObject item = element.toObject();
    const qsizetype errorsBefore = reader.errorCount();
    reader.refuseUnknownKeys(item, level);
    QString fileName;
    QString mimeType;
    QString data;
    const bool named = reader.read(item, level, "file_name", &fileName);
    const bool typed = reader.read(item, level, "mime_type", &mimeType);
    const bool hasData = reader.read(item, level, "data", &data);
    if (!named && !item.contains(QLatin1String("file_name")))
        reader.refuse(level, "file_name",
                      ReportJson::tr("“%1file_name” is missing: every attachment needs its file name.")
                          .arg(level.prefix));
    if (!hasData) {
        if (!item.contains(QLatin1String("data")))
            reader.refuse(level, "data",
                          ReportJson::tr("“%1data” is missing: the file's bytes as base64 text.").arg(level.prefix));
        return std::nullopt;
    }
    const std::optional<QByteArray> decoded = decodeBase64(data);
    if (!decoded) {
        reader.refuse(level, "data",
                      ReportJson::tr("“%1data” is not base64 text (A–Z, a–z, 0–9, +, / and = padding).")
                          .arg(level.prefix));
        return std::nullopt;
    }
    Attachment attachment = Attachment::fromData(fileName, *decoded);
    // fromData() cuts a path down to its name; a script's name is kept as
    // given, so one with a folder in it is refused rather than changed.
    attachment.fileName = fileName;
    if (typed)
        attachment.mimeType = mimeType;
    if (reader.errorCount() != errorsBefore)
        return std::nullopt;
    return attachment;
}

// Files as base64 text: [{"file_name": "error.png", "data": "iVBORw0…"}];
// the type is found from the name and the bytes unless "mime_type" says it.
void readAttachments(Reader &reader, const QJsonObject &top, Report &report)
{
    QJsonArray attachments;
    reader.read(top, Reader::topLevel(), "attachments", &attachments);
    for (int i = 0; i < attachments.size(); ++i) {
        if (std::optional<Attachment> attachment = readAttachment(reader, attachments.at(i), i + 1))
            report.attachments.append(*attachment);
    }
}

// The wizard's rules, for every field that was read. A field already refused
// (a number for the summary) gets no second message about being empty.
void applyRules(const Report &report, bool locationIsBuilding, QList<FieldError> &errors)
{
    QSet<QString> refused;
    for (const FieldError &error : std::as_const(errors))
        refused.insert(error.field);
    const QList<FieldError> ruleErrors = report.validate();
    for (FieldError error : ruleErrors) {
        if (locationIsBuilding && error.field == QLatin1String("device.building"))
            error.field = QStringLiteral("device.location"); // name the key the script wrote
        if (!refused.contains(error.field))
            errors.append(error);
    }
}

} // namespace

std::optional<Report> ReportJson::parse(const QByteArray &input, QList<FieldError> *errorsOut)
{
    QList<FieldError> errors;
    Report report;
    if (const std::optional<QJsonObject> top = readDocument(input, errors)) {
        Reader reader(errors);
        reader.refuseUnknownKeys(*top, Reader::topLevel());
        readProblem(reader, *top, report);
        const bool locationIsBuilding = readDevice(reader, *top, report);
        readContact(reader, *top, report);
        readAttachments(reader, *top, report);
        applyRules(report, locationIsBuilding, errors);
    }
    if (errorsOut)
        *errorsOut = errors;
    if (!errors.isEmpty())
        return std::nullopt;
    return report;
}

} // namespace Helpdesk
