#include "model/report.h"

#include "devices/devicecatalog.h"
#include "model/taxonomy.h"
#include "triage/triage.h"

#include <QRegularExpression>

namespace Helpdesk {

QString formatTicket(qint64 id)
{
    return QStringLiteral("HD-%1").arg(id, 6, 10, QLatin1Char('0'));
}

qint64 parseTicket(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:HD[-\\s]?)?0*(\\d{1,15})\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return 0;
    return match.captured(1).toLongLong();
}

Report Report::cleaned() const
{
    Report r = *this;
    for (QString *field : {&r.category, &r.symptom, &r.summary, &r.impact, &r.urgency, &r.device.kind,
                           &r.device.make, &r.device.model, &r.device.assetTag, &r.device.building, &r.device.room,
                           &r.contact.name, &r.contact.login, &r.contact.email, &r.contact.phone,
                           &r.contact.department, &r.contact.location, &r.contact.preferredContact, &r.clientId})
        *field = FieldRules::cleanText(*field);
    r.description = FieldRules::cleanText(r.description, true);
    return r;
}

QString Report::ticket() const
{
    return id > 0 ? formatTicket(id) : QString();
}

int FieldRules::characterCount(const QString &text)
{
    return int(text.toUcs4().size());
}

QString FieldRules::cleanText(const QString &text, bool multiline, bool keepCarriageReturns)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (!QChar::isNonCharacter(code)) {
                out.append(c);
                out.append(text.at(i + 1));
            }
            ++i;
            continue;
        }
        if (c.isSurrogate() || c.isNonCharacter())
            continue;
        if (c == QLatin1Char('\r')) {
            if (multiline && keepCarriageReturns)
                out.append(c);
            else if (multiline && !(i + 1 < size && text.at(i + 1) == QLatin1Char('\n')))
                out.append(QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            if (multiline)
                out.append(c);
            else if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
                out.append(QLatin1Char(' ')); // a pasted line break is a space on one line
            continue;
        }
        if (c.category() == QChar::Other_Control)
            continue;
        out.append(c);
    }
    return out;
}

QString FieldRules::summaryError(const QString &summary)
{
    const int length = characterCount(summary.trimmed());
    if (length == 0)
        return tr("Write one line that says what is wrong.");
    if (length < SummaryMin)
        return tr("Too short: %n more character(s) needed, e.g. “Printer on floor 2 jams on every page”.",
                  nullptr, SummaryMin - length);
    if (length > SummaryMax)
        return tr("Too long: at most %n character(s); put the details in the description.", nullptr, SummaryMax);
    return {};
}

QString FieldRules::descriptionError(const QString &description)
{
    const int length = characterCount(description);
    if (length > DescriptionMax)
        return tr("The description is %n character(s) long; the limit is %1.", nullptr, length).arg(DescriptionMax);
    return {};
}

QString FieldRules::nameError(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter your name so the helpdesk knows who to answer.");
    if (characterCount(trimmed) < 2)
        return tr("Enter your full name.");
    return shortTextError(trimmed);
}

QString FieldRules::emailError(const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Deliberately simple: one @, something before it, a dotted domain after it.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!pattern.match(trimmed).hasMatch())
        return tr("This is not an email address; it should look like name@example.com.");
    return shortTextError(trimmed);
}

QString FieldRules::phoneError(const QString &phone)
{
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return {};
    // An extension may follow the number: "+7 495 123-45-67, ext. 214", "доб. 214", "x214".
    static const QRegularExpression extension(QStringLiteral("[,;]?\\s*(ext\\.?|x|доб\\.?)\\s*\\d{1,6}$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("^\\+?[0-9 ()\\-./]+$"));
    QString main = trimmed;
    main.remove(extension);
    if (!number.match(main.trimmed()).hasMatch())
        return tr("A phone number may contain only digits, spaces, brackets, dashes, a leading + and an extension (“ext. 214”).");
    int digits = 0;
    for (const QChar c : trimmed)
        digits += c.isDigit() ? 1 : 0;
    if (digits < 3)
        return tr("A phone number needs at least 3 digits (an internal extension).");
    if (digits > 20)
        return tr("A phone number has at most 20 digits.");
    return {};
}

QString FieldRules::reachError(const QString &email, const QString &phone)
{
    if (email.trimmed().isEmpty() && phone.trimmed().isEmpty())
        return tr("Give an email address or a phone number so the helpdesk can reach you.");
    return {};
}

QString FieldRules::shortTextError(const QString &text)
{
    if (characterCount(text) > ShortTextMax)
        return tr("At most %n character(s).", nullptr, ShortTextMax);
    return {};
}

QString FieldRules::startedAtError(const QDateTime &startedAt, const QDateTime &now)
{
    if (!startedAt.isValid())
        return tr("Enter when the problem started.");
    // A few minutes of clock skew between the picker and now are fine.
    if (startedAt > now.addSecs(5 * 60))
        return tr("The start time is in the future.");
    return {};
}

namespace {
// A kind without a catalogue ("other") can only be typed in.
bool mustComeFromCatalogue(const DeviceCatalog &catalog, const DeviceInfo &device)
{
    return !device.customModel && catalog.hasMakes(device.kind);
}
} // namespace

QString FieldRules::deviceMakeError(const QString &categoryId, const DeviceInfo &device)
{
    return deviceMakeError(categoryId, device, DeviceCatalog::builtIn());
}

QString FieldRules::deviceMakeError(const QString &categoryId, const DeviceInfo &device, const DeviceCatalog &catalog)
{
    const Category *category = Taxonomy::instance().category(categoryId);
    const QString make = device.make.trimmed();
    if (make.isEmpty()) {
        if (category && category->deviceRequired && device.assetTag.trimmed().isEmpty())
            return tr("Pick the make of the device, or enter its asset tag.");
        return {};
    }
    if (mustComeFromCatalogue(catalog, device) && catalog.canonicalMake(device.kind, make).isEmpty())
        return tr("“%1” is not in the list. Pick a make from the list, or tick “Other” to type it in.").arg(make);
    return shortTextError(make);
}

QString FieldRules::deviceModelError(const QString &categoryId, const DeviceInfo &device)
{
    return deviceModelError(categoryId, device, DeviceCatalog::builtIn());
}

QString FieldRules::deviceModelError(const QString &categoryId, const DeviceInfo &device, const DeviceCatalog &catalog)
{
    const Category *category = Taxonomy::instance().category(categoryId);
    const QString model = device.model.trimmed();
    if (model.isEmpty()) {
        if (category && category->deviceRequired && device.assetTag.trimmed().isEmpty())
            return tr("Pick the model of the device, or enter its asset tag.");
        return {};
    }
    if (mustComeFromCatalogue(catalog, device) && !catalog.contains(device.kind, device.make, model))
        return tr("“%1” is not a model of this make in the list. Pick one from the list, or tick “Other” to type it in.")
            .arg(model);
    return shortTextError(model);
}

QString FieldRules::attachmentCountError(int count)
{
    if (count > AttachmentsMax)
        return tr("At most %n file(s) can be attached; remove %1.", nullptr, AttachmentsMax)
            .arg(tr("%n file(s)", nullptr, count - AttachmentsMax));
    return {};
}

QString FieldRules::attachmentSizeError(const QString &fileName, qint64 size)
{
    if (size <= 0)
        return tr("“%1” is empty; there is nothing to attach.").arg(fileName);
    if (size > AttachmentSizeMax)
        return tr("“%1” is too big (%2); a file may be at most %3.")
            .arg(fileName, Attachment::formatSize(size), Attachment::formatSize(AttachmentSizeMax));
    return {};
}

QString FieldRules::attachmentError(const Attachment &attachment)
{
    const QString &name = attachment.fileName;
    if (name.trimmed().isEmpty())
        return tr("A file to attach needs a name.");
    if (characterCount(name) > ShortTextMax)
        return tr("The file name “%1…” is too long: at most %n character(s).", nullptr, ShortTextMax)
            .arg(name.left(40));
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            return tr("The file name “%1” may not contain a folder (/ or \\) or control characters.")
                .arg(QString(name).replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")),
                                           QStringLiteral("?")));
    }
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return tr("“%1” is not a file name.").arg(name);
    const QString sizeError = attachmentSizeError(name, qMax(attachment.size, qint64(attachment.data.size())));
    if (!sizeError.isEmpty())
        return sizeError;
    if (attachment.mimeType.trimmed().isEmpty() || characterCount(attachment.mimeType) > ShortTextMax)
        return tr("The type of “%1” is missing or not a MIME type.").arg(name);
    if (!attachment.dataMatches())
        return tr("“%1” changed while it was being attached (its size or checksum no longer match); attach it again.")
            .arg(name);
    return {};
}

QList<FieldError> Report::validate() const
{
    return validate(DeviceCatalog::builtIn());
}

QList<FieldError> Report::validate(const DeviceCatalog &catalog) const
{
    QList<FieldError> errors;
    auto check = [&errors](const char *field, const QString &message) {
        if (!message.isEmpty())
            errors.append({QString::fromLatin1(field), message});
    };

    const Taxonomy &taxonomy = Taxonomy::instance();
    if (!taxonomy.category(category))
        check("problem.category", FieldRules::tr("Choose what kind of problem it is."));
    else if (!taxonomy.symptom(category, symptom))
        check("problem.symptom", FieldRules::tr("Choose what exactly happens."));
    check("problem.summary", FieldRules::summaryError(summary));
    check("problem.description", FieldRules::descriptionError(description));
    // Whatever the path (wizard, scripted submit), a password or PIN never
    // reaches the database.
    if (!Triage::builtIn().findSecrets(summary).isEmpty())
        check("problem.summary", FieldRules::tr("Remove the password, PIN or card number: the helpdesk never needs it."));
    if (!Triage::builtIn().findSecrets(description).isEmpty())
        check("problem.description", FieldRules::tr("Remove the password, PIN or card number: the helpdesk never needs it."));
    check("problem.startedAt", FieldRules::startedAtError(startedAt, QDateTime::currentDateTimeUtc()));
    if (!Taxonomy::impacts().contains(impact))
        check("problem.impact", FieldRules::tr("Choose who is affected."));
    if (!Taxonomy::urgencies().contains(urgency))
        check("problem.urgency", FieldRules::tr("Choose how urgent it is."));

    if (device.kind.isEmpty())
        check("device.kind", FieldRules::tr("Choose the kind of device."));
    else if (!Taxonomy::deviceKinds().contains(device.kind))
        check("device.kind", FieldRules::tr("Unknown kind of device “%1”.").arg(device.kind));
    check("device.make", FieldRules::deviceMakeError(category, device, catalog));
    check("device.model", FieldRules::deviceModelError(category, device, catalog));
    check("device.assetTag", FieldRules::shortTextError(device.assetTag));
    check("device.building", FieldRules::shortTextError(device.building));
    check("device.room", FieldRules::shortTextError(device.room));

    errors += validateContact(contact);

    check("attachments", FieldRules::attachmentCountError(int(attachments.size())));
    for (const Attachment &attachment : attachments)
        check("attachments", FieldRules::attachmentError(attachment));
    return errors;
}

QString FieldRules::preferredContactError(const ContactInfo &contact)
{
    if (!contact.preferredContact.isEmpty() && !Taxonomy::contactMethods().contains(contact.preferredContact))
        return tr("Unknown way to be contacted “%1”.").arg(contact.preferredContact);
    if (contact.preferredContact == QLatin1String("email") && contact.email.trimmed().isEmpty())
        return tr("You prefer email but gave no email address.");
    if (contact.preferredContact == QLatin1String("phone") && contact.phone.trimmed().isEmpty())
        return tr("You prefer the phone but gave no phone number.");
    return {};
}

QList<FieldError> validateContact(const ContactInfo &contact)
{
    QList<FieldError> errors;
    auto check = [&errors](const char *field, const QString &message) {
        if (!message.isEmpty())
            errors.append({QString::fromLatin1(field), message});
    };
    check("contact.name", FieldRules::nameError(contact.name));
    check("contact.email", FieldRules::emailError(contact.email));
    check("contact.phone", FieldRules::phoneError(contact.phone));
    if (contact.email.trimmed().isEmpty() && contact.phone.trimmed().isEmpty())
        check("contact.email", FieldRules::reachError(contact.email, contact.phone));
    check("contact.login", FieldRules::shortTextError(contact.login));
    check("contact.department", FieldRules::shortTextError(contact.department));
    check("contact.location", FieldRules::shortTextError(contact.location));
    check("contact.preferred", FieldRules::preferredContactError(contact));
    return errors;
}

} // namespace Helpdesk
