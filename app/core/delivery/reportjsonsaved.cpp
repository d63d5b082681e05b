#include "delivery/reportjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// The saved-object format of ReportJson: a report as this program keeps it on
// the local disk (the outbox, drafts), read back exactly and unvalidated. The
// submit format, which scripts write and which is checked key by key, is
// parse() in reportjson.cpp.

namespace Helpdesk {

namespace {
// Local time with its offset and milliseconds, so a saved report reads back
// to the same instant.
QString savedTime(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODateWithMs) : QString();
}

// A saved object is never refused for a missing text: a draft may be unfinished.
QString text(const QJsonObject &from, const char *key)
{
    return from.value(QLatin1String(key)).toString();
}

DeviceInfo savedDevice(const QJsonObject &device)
{
    DeviceInfo info;
    info.kind = text(device, "kind");
    info.make = text(device, "make");
    info.model = text(device, "model");
    info.customModel = device.value(QStringLiteral("custom_model")).toBool();
    info.assetTag = text(device, "asset_tag");
    info.building = text(device, "building");
    info.room = text(device, "room");
    return info;
}

ContactInfo savedContact(const QJsonObject &contact)
{
    ContactInfo info;
    info.name = text(contact, "name");
    info.login = text(contact, "login");
    info.email = text(contact, "email");
    info.phone = text(contact, "phone");
    info.department = text(contact, "department");
    info.location = text(contact, "location");
    info.preferredContact = text(contact, "preferred");
    return info;
}

// Nullopt for a damaged attachment: no name, or bytes that are not base64 or
// do not match the size and checksum saved with them.
std::optional<Attachment> savedAttachment(const QJsonObject &saved)
{
    Attachment attachment;
    attachment.fileName = text(saved, "file_name");
    attachment.mimeType = text(saved, "mime_type");
    attachment.size = text(saved, "size").toLongLong();
    attachment.sha256 = text(saved, "sha256");
    const auto decoded = QByteArray::fromBase64Encoding(text(saved, "data").toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    attachment.data = decoded.decoded;
    if (!decoded || attachment.fileName.isEmpty() || !attachment.dataMatches())
        return std::nullopt;
    return attachment;
}

} // namespace

QJsonObject ReportJson::toSavedObject(const Report &report)
{
    QJsonArray attachments;
    for (const Attachment &attachment : report.attachments) {
        attachments.append(QJsonObject{
            {QStringLiteral("file_name"), attachment.fileName},
            {QStringLiteral("mime_type"), attachment.mimeType},
            {QStringLiteral("size"), QString::number(attachment.size)},
            {QStringLiteral("sha256"), attachment.sha256},
            {QStringLiteral("data"), QString::fromLatin1(attachment.data.toBase64())},
        });
    }
    return {
        {QStringLiteral("client_id"), report.clientId},
        {QStringLiteral("category"), report.category},
        {QStringLiteral("symptom"), report.symptom},
        {QStringLiteral("summary"), report.summary},
        {QStringLiteral("description"), report.description},
        {QStringLiteral("started_at"), savedTime(report.startedAt)},
        {QStringLiteral("impact"), report.impact},
        {QStringLiteral("urgency"), report.urgency},
        {QStringLiteral("vague"), report.vague},
        {QStringLiteral("device"),
         QJsonObject{{QStringLiteral("kind"), report.device.kind},
                     {QStringLiteral("make"), report.device.make},
                     {QStringLiteral("model"), report.device.model},
                     {QStringLiteral("custom_model"), report.device.customModel},
                     {QStringLiteral("asset_tag"), report.device.assetTag},
                     {QStringLiteral("building"), report.device.building},
                     {QStringLiteral("room"), report.device.room}}},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), report.contact.name},
                     {QStringLiteral("login"), report.contact.login},
                     {QStringLiteral("email"), report.contact.email},
                     {QStringLiteral("phone"), report.contact.phone},
                     {QStringLiteral("department"), report.contact.department},
                     {QStringLiteral("location"), report.contact.location},
                     {QStringLiteral("preferred"), report.contact.preferredContact}}},
        {QStringLiteral("attachments"), attachments},
    };
}

std::optional<Report> ReportJson::fromSavedObject(const QJsonObject &object, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    const QString clientId = object.value(QStringLiteral("client_id")).toString();
    if (clientId.isEmpty())
        return fail(tr("The saved report has no client id."));
    const QJsonValue deviceValue = object.value(QStringLiteral("device"));
    const QJsonValue contactValue = object.value(QStringLiteral("contact"));
    const QJsonValue attachmentsValue = object.value(QStringLiteral("attachments"));
    if (!deviceValue.isObject() || !contactValue.isObject() || !attachmentsValue.isArray())
        return fail(tr("The saved report lacks its device, contact or attachments part."));

    Report report;
    report.clientId = clientId;
    report.category = text(object, "category");
    report.symptom = text(object, "symptom");
    report.summary = text(object, "summary");
    report.description = text(object, "description");
    const QString started = text(object, "started_at");
    if (!started.isEmpty())
        report.startedAt = QDateTime::fromString(started, Qt::ISODateWithMs);
    report.impact = text(object, "impact");
    report.urgency = text(object, "urgency");
    report.vague = object.value(QStringLiteral("vague")).toBool();
    report.device = savedDevice(deviceValue.toObject());
    report.contact = savedContact(contactValue.toObject());

    const QJsonArray attachments = attachmentsValue.toArray();
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const std::optional<Attachment> attachment = savedAttachment(attachments.at(i).toObject());
        if (!attachment)
            return fail(tr("Attachment %1 of the saved report is damaged.").arg(i + 1));
        report.attachments.append(*attachment);
    }
    return report;
}

} // namespace Helpdesk
