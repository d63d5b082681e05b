#include "delivery/reportjson.h"

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

enum class Type { Text, Boolean, Object, Array };

struct Key
{
    const char *name;  // as written in the JSON
    const char *field; // as Report::validate() names it; the JSON path where it has no such name
    Type type;
};

// One JSON object of the format: the top level, "device", "contact" or one
// of "attachments".
struct Level
{
    QString prefix; // "" or "device." / "contact."
    QList<Key> keys;

    const Key *key(const QString &name) const
    {
        for (const Key &k : keys) {
            if (name == QLatin1String(k.name))
                return &k;
        }
        return nullptr;
    }
};

const QList<Level> &levels()
{
    static const QList<Level> all = {
        {QString(),
         {{"category", "problem.category", Type::Text},
          {"symptom", "problem.symptom", Type::Text},
          {"summary", "problem.summary", Type::Text},
          {"description", "problem.description", Type::Text},
          {"impact", "problem.impact", Type::Text},
          {"urgency", "problem.urgency", Type::Text},
          {"started_at", "problem.startedAt", Type::Text},
          {"client_id", "client_id", Type::Text},
          {"device", "device", Type::Object},
          {"contact", "contact", Type::Object},
          {"attachments", "attachments", Type::Array}}},
        {QStringLiteral("device."),
         {{"kind", "device.kind", Type::Text},
          {"make", "device.make", Type::Text},
          {"model", "device.model", Type::Text},
          {"custom_model", "device.customModel", Type::Boolean},
          {"asset_tag", "device.assetTag", Type::Text},
          {"building", "device.building", Type::Text},
          {"room", "device.room", Type::Text},
          {"location", "device.location", Type::Text}}},
        {QStringLiteral("contact."),
         {{"name", "contact.name", Type::Text},
          {"login", "contact.login", Type::Text},
          {"email", "contact.email", Type::Text},
          {"phone", "contact.phone", Type::Text},
          {"department", "contact.department", Type::Text},
          {"location", "contact.location", Type::Text},
          {"preferred", "contact.preferred", Type::Text}}},
    };
    return all;
}

// One element of "attachments"; its prefix names the element ("attachments[2].").
Level attachmentLevel(int index)
{
    return {QStringLiteral("attachments[%1].").arg(index),
            {{"file_name", "file_name", Type::Text},
             {"mime_type", "mime_type", Type::Text},
             {"data", "data", Type::Text}}};
}

const Level &topLevel() { return levels().at(0); }
const Level &deviceLevel() { return levels().at(1); }
const Level &contactLevel() { return levels().at(2); }

// What a value is, to complete "must be text, not …".
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return ReportJson::tr("true or false", "JSON type; completes “must be text, not …”");
    case QJsonValue::Double:
        return ReportJson::tr("a number", "JSON type; completes “must be text, not …”");
    case QJsonValue::String:
        return ReportJson::tr("text", "JSON type; completes “must be an object, not …”");
    case QJsonValue::Array:
        return ReportJson::tr("a list […]", "JSON type; completes “must be text, not …”");
    case QJsonValue::Object:
        return ReportJson::tr("an object {…}", "JSON type; completes “must be text, not …”");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

// A key as it can be printed on one line of a terminal: a control character in
// a key (a script's bug) would otherwise split "FIELD: MESSAGE" in two.
QString printable(const QString &key)
{
    QString out;
    for (const QChar c : key) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// Edit distance counting a swap of two neighbours as one edit: "nmae" is one
// slip away from "name", as a person types it.
int editDistance(const QString &a, const QString &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (int i = 0; i <= n; ++i)
        d[i][0] = i;
    for (int j = 0; j <= m; ++j)
        d[0][j] = j;
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// The key that was probably meant, as a full path, or empty when no guess is good.
QString likelyKey(const QString &name, const Level &level)
{
    // The right key in the wrong object: "email" beside "summary" rather than in "contact".
    QStringList elsewhere;
    for (const Level &other : levels()) {
        if (other.prefix != level.prefix && other.key(name))
            elsewhere.append(other.prefix + name);
    }
    if (elsewhere.size() == 1)
        return elsewhere.constFirst();

    // A typo. Short keys ("kind", "room") allow one slip, longer ones two.
    const QString lower = name.toLower();
    const int allowed = name.size() <= 4 ? 1 : 2;
    QString best;
    int bestDistance = allowed + 1;
    bool tie = false;
    for (const Key &key : level.keys) {
        const int distance = editDistance(lower, QLatin1String(key.name));
        if (distance < bestDistance) {
            best = level.prefix + QLatin1String(key.name);
            bestDistance = distance;
            tie = false;
        } else if (distance == bestDistance) {
            tie = true;
        }
    }
    return tie ? QString() : best;
}

// Walks the document, mapping what it can into the report and noting every key
// it cannot: unknown, or of the wrong type.
class Reader final
{
public:
    explicit Reader(QList<FieldError> &errors)
        : m_errors(errors)
    {
    }

    // A misspelt key must never silently drop what it holds ("sumary" would
    // otherwise file a report without its summary, or refuse it for the wrong reason).
    void refuseUnknownKeys(const QJsonObject &object, const Level &level)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (level.key(it.key()))
                continue;
            const QString path = level.prefix + printable(it.key());
            const QString guess = likelyKey(it.key(), level);
            QString message;
            if (!guess.isEmpty()) {
                message = ReportJson::tr("Unknown key “%1”; did you mean “%2”?").arg(path, guess);
            } else {
                QStringList known;
                for (const Key &key : level.keys)
                    known.append(QLatin1String(key.name));
                message = ReportJson::tr("Unknown key “%1”; the keys here are: %2.")
                              .arg(path, known.join(QStringLiteral(", ")));
            }
            m_errors.append({path, message});
        }
    }

    // Each returns true and sets `target` when the key is there with the
    // right type; absent and null leave `target` alone; a wrong type is an error.
    bool read(const QJsonObject &object, const Level &level, const char *name, QString *target)
    {
        const QJsonValue value = present(object, level, name);
        if (value.isUndefined())
            return false;
        if (!value.isString()) {
            refuseType(level, name, ReportJson::tr("“%1” must be text, not %2."), value);
            return false;
        }
        *target = value.toString();
        return true;
    }

    bool read(const QJsonObject &object, const Level &level, const char *name, bool *target)
    {
        const QJsonValue value = present(object, level, name);
        if (value.isUndefined())
            return false;
        if (!value.isBool()) {
            refuseType(level, name, ReportJson::tr("“%1” must be true or false, not %2."), value);
            return false;
        }
        *target = value.toBool();
        return true;
    }

    bool read(const QJsonObject &object, const Level &level, const char *name, QJsonObject *target)
    {
        const QJsonValue value = present(object, level, name);
        if (value.isUndefined())
            return false;
        if (!value.isObject()) {
            refuseType(level, name, ReportJson::tr("“%1” must be an object {…}, not %2."), value);
            return false;
        }
        *target = value.toObject();
        return true;
    }

    bool read(const QJsonObject &object, const Level &level, const char *name, QJsonArray *target)
    {
        const QJsonValue value = present(object, level, name);
        if (value.isUndefined())
            return false;
        if (!value.isArray()) {
            refuseType(level, name, ReportJson::tr("“%1” must be a list […], not %2."), value);
            return false;
        }
        *target = value.toArray();
        return true;
    }

    // Keys of a list's elements are named by their path ("attachments[1].data"),
    // keys of the fixed objects as Report::validate() names them.
    void refuse(const Level &level, const char *name, const QString &message)
    {
        const QString field = level.prefix.startsWith(QLatin1String("attachments["))
            ? QString(level.prefix + QLatin1String(name))
            : QString(QLatin1String(level.key(QLatin1String(name))->field));
        m_errors.append({field, message});
    }

    void refusePath(const QString &path, const QString &message) { m_errors.append({path, message}); }

    qsizetype errorCount() const { return m_errors.size(); }

private:
    // Undefined for absent and null: a script that writes "room": null means
    // "no room", exactly as if it had left the key out.
    static QJsonValue present(const QJsonObject &object, const Level &level, const char *name)
    {
        Q_ASSERT(level.key(QLatin1String(name)));
        const QJsonValue value = object.value(QLatin1String(name));
        return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    }

    void refuseType(const Level &level, const char *name, const QString &pattern, const QJsonValue &value)
    {
        refuse(level, name, pattern.arg(level.prefix + QLatin1String(name), typeName(value)));
    }

    QList<FieldError> &m_errors;
};

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
                                                   .arg(typeName(document.array()))});
        return std::nullopt;
    }
    return document.object();
}

void readProblem(Reader &reader, const QJsonObject &top, Report &report)
{
    reader.read(top, topLevel(), "category", &report.category);
    reader.read(top, topLevel(), "symptom", &report.symptom);
    reader.read(top, topLevel(), "summary", &report.summary);
    reader.read(top, topLevel(), "description", &report.description);
    reader.read(top, topLevel(), "impact", &report.impact);
    reader.read(top, topLevel(), "urgency", &report.urgency);
    reader.read(top, topLevel(), "client_id", &report.clientId);

    QString startedAt;
    report.startedAt = QDateTime::currentDateTime();
    if (reader.read(top, topLevel(), "started_at", &startedAt)) {
        // Qt::ISODate takes "…T09:30:00+03:00", "…Z", fractions of a second,
        // and no offset at all (then it is this computer's local time).
        const QDateTime parsed = QDateTime::fromString(startedAt.trimmed(), Qt::ISODate);
        if (parsed.isValid())
            report.startedAt = parsed;
        else
            reader.refuse(topLevel(), "started_at",
                          ReportJson::tr("“started_at” is not a date and time in ISO 8601 form, e.g. "
                                         "2026-11-25T09:30:00+03:00."));
    }
}

// Returns whether "device.location" was kept as the building, so that the
// rules' messages name the key the script wrote.
bool readDevice(Reader &reader, const QJsonObject &top, Report &report)
{
    QJsonObject device;
    reader.read(top, topLevel(), "device", &device);
    reader.refuseUnknownKeys(device, deviceLevel());
    const bool kindGiven = reader.read(device, deviceLevel(), "kind", &report.device.kind);
    reader.read(device, deviceLevel(), "make", &report.device.make);
    reader.read(device, deviceLevel(), "model", &report.device.model);
    reader.read(device, deviceLevel(), "custom_model", &report.device.customModel);
    reader.read(device, deviceLevel(), "asset_tag", &report.device.assetTag);
    reader.read(device, deviceLevel(), "building", &report.device.building);
    reader.read(device, deviceLevel(), "room", &report.device.room);
    // Scripts rarely know the building and room apart ("3rd floor, by the
    // kitchen"); their free text is kept as the building. Both at once would
    // leave one of them nowhere to go, so that is refused rather than dropped.
    QString location;
    bool locationIsBuilding = false;
    if (reader.read(device, deviceLevel(), "location", &location)) {
        if (report.device.building.trimmed().isEmpty()) {
            report.device.building = location;
            locationIsBuilding = true;
        } else if (!location.trimmed().isEmpty()) {
            reader.refuse(deviceLevel(), "location",
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
    reader.read(top, topLevel(), "contact", &contact);
    reader.refuseUnknownKeys(contact, contactLevel());
    reader.read(contact, contactLevel(), "name", &report.contact.name);
    reader.read(contact, contactLevel(), "login", &report.contact.login);
    reader.read(contact, contactLevel(), "email", &report.contact.email);
    reader.read(contact, contactLevel(), "phone", &report.contact.phone);
    reader.read(contact, contactLevel(), "department", &report.contact.department);
    reader.read(contact, contactLevel(), "location", &report.contact.location);
    if (!reader.read(contact, contactLevel(), "preferred", &report.contact.preferredContact)) {
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
    const Level level = attachmentLevel(number);
    const QString path = QStringLiteral("attachments[%1]").arg(number);
    if (!element.isObject()) {
        reader.refusePath(path, ReportJson::tr("“%1” must be an object {…} with file_name and data, not %2.")
                                    .arg(path, typeName(element)));
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
    reader.read(top, topLevel(), "attachments", &attachments);
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
        reader.refuseUnknownKeys(*top, topLevel());
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
