#pragma once

// ReportJson: reads one report written as JSON by a script (a monitoring
// system, a mail gateway) into a Report, and says precisely what is wrong with
// it: JSON syntax by line and column, unknown keys and wrong types by their
// path, then every rule of Report::validate(). It is pure: it never touches
// the database, fills nothing the store stamps itself (time filed, priority,
// computer) and does not trim or otherwise tidy the text it is given.

#include "model/report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Helpdesk {

class ReportJson final
{
    Q_DECLARE_TR_FUNCTIONS(ReportJson)
public:
    // The report, or nullopt when anything is wrong; then `errors` (if given)
    // lists every problem found. Fields are named like Report::validate()
    // ("problem.summary", "device.assetTag", "contact.email"); a key with no
    // such name is named by its JSON path ("client_id", "device.location",
    // "sumary"), and a document that is not JSON at all by "json".
    //
    // Defaults: started_at is now; device.kind is the category's device kind;
    // contact.preferred is "email" when an email address is given, else
    // "phone" when a phone number is. A null value counts as absent.
    static std::optional<Report> parse(const QByteArray &json, QList<FieldError> *errors);

    // A report as this program keeps it on the local disk (a draft, an outbox
    // entry): every field, including an unfinished one, the client id, the
    // vague flag and the attachments with their bytes as base64. The keys are
    // those parse() reads, plus "vague" and each attachment's "size" and
    // "sha256".
    static QJsonObject toSavedObject(const Report &report);
    // Reads what toSavedObject() wrote back exactly, without validating the
    // report (a draft may be unfinished). Refuses, with the reason in
    // *errorMessage, what is not such an object, and an attachment whose
    // bytes do not match its size and checksum.
    static std::optional<Report> fromSavedObject(const QJsonObject &object, QString *errorMessage);
};

} // namespace Helpdesk
