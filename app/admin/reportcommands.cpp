#include "reportcommands.h"

#include "admintool.h"

#include "delivery/reportjson.h"
#include "model/report.h"
#include "model/reportfields.h"
#include "model/taxonomy.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "store/reviewstore.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

namespace Helpdesk {

namespace {

// One report is a few kilobytes (the description stops at 4,000 characters);
// its attachments travel as base64, a third bigger than the files. Anything
// bigger is a script piping the wrong thing, not a report.
constexpr qint64 MaxReportBytes = 1024 * 1024;
constexpr qint64 MaxSubmitBytes = MaxReportBytes + FieldRules::AttachmentsMax * (FieldRules::AttachmentSizeMax / 3 + 1) * 4;

} // namespace

// close-resolved [--days N]: what a daily timer runs.
int ReportCommands::closeResolved(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    int days = ReviewStore::DefaultCloseResolvedDays;
    const QString daysOption = QStringLiteral("days");
    if (c.parser.isSet(daysOption)) {
        bool ok = false;
        days = c.parser.value(daysOption).trimmed().toInt(&ok);
        if (!ok || days < 1)
            return c.usageError(tr("--days needs a whole number of days, 1 or more; “%1” is not one.")
                                    .arg(c.parser.value(daysOption)));
    }
    if (!c.openDatabase())
        return AdminTool::Failure;
    QString error;
    const int closed = ReviewStore(c.connectionName(), QStringLiteral("helpdesk")).closeResolvedOlderThan(days, &error);
    if (closed < 0)
        return c.fail(error);
    c.out << tr("Closed %n report(s) resolved more than %1 ago that nobody answered.", nullptr, closed)
                 .arg(tr("%n day(s)", nullptr, days))
          << '\n';
    return AdminTool::Success;
}

int ReportCommands::list(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    int limit = DefaultListLimit;
    const QString limitOption = QStringLiteral("limit");
    if (c.parser.isSet(limitOption)) {
        bool ok = false;
        limit = c.parser.value(limitOption).trimmed().toInt(&ok);
        if (!ok || limit < 0)
            return c.usageError(tr("--limit needs a whole number of reports, 0 for all; “%1” is not one.")
                                    .arg(c.parser.value(limitOption)));
    }
    if (!c.openDatabase())
        return AdminTool::Failure;
    QString error;
    const QList<Report> reports = ReportStore(c.connectionName()).list(limit, &error);
    if (!error.isEmpty())
        return c.fail(error);
    if (reports.isEmpty()) {
        c.out << tr("No reports yet.") << '\n';
        return AdminTool::Success;
    }

    QList<QStringList> rows;
    rows.append({tr("Ticket"), tr("Created"), tr("Status"), tr("Priority"), tr("Category"), tr("Reporter"),
                 tr("Summary")});
    const Taxonomy &taxonomy = Taxonomy::instance();
    for (const Report &report : reports) {
        const Category *category = taxonomy.category(report.category);
        rows.append({report.ticket(), adminTime(report.createdAt), Taxonomy::statusName(report.status),
                     Taxonomy::priorityName(report.priority),
                     category ? category->displayName() : report.category, report.contact.name,
                     report.summary});
    }
    // Pad every column but the last to its widest cell, so the table reads down.
    const int columns = int(rows.constFirst().size());
    QList<int> widths(columns, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int i = 0; i < columns - 1; ++i)
            widths[i] = std::max(widths.at(i), int(row.at(i).size()));
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int i = 0; i < columns - 1; ++i)
            line += row.at(i).leftJustified(widths.at(i)) + QStringLiteral("  ");
        c.out << line << row.constLast() << '\n';
    }
    return AdminTool::Success;
}

int ReportCommands::show(CommandContext &c)
{
    if (const int refused = c.expectArguments(1, tr("The %1 command needs a ticket number, e.g. %1 HD-000042.")
                                                     .arg(c.command)))
        return refused;
    const QString ticket = c.arguments.constFirst();
    const qint64 id = parseTicket(ticket);
    if (id <= 0)
        return c.fail(tr("“%1” is not a ticket number; write it like HD-000042.").arg(ticket));
    if (!c.openDatabase())
        return AdminTool::Failure;
    QString error;
    const std::optional<Report> found = ReportStore(c.connectionName()).find(id, &error);
    if (!found)
        return c.fail(error);
    const QString affected = affectedText(c, id, &error);
    if (!error.isEmpty())
        return c.fail(error);
    int width = 0;
    printReport(c, *found, affected, &width);
    return printAttachments(c, id, width);
}

// Who said "I'm affected too", with how to reach them.
QString ReportCommands::affectedText(CommandContext &c, qint64 id, QString *error)
{
    QStringList affected;
    for (const ReportStore::AffectedPerson &person : ReportStore(c.connectionName()).affectedPeople(id, error)) {
        QStringList reach;
        for (const QString &value : {person.contact.login, person.contact.email, person.contact.phone}) {
            if (!value.isEmpty())
                reach.append(value);
        }
        affected.append(reach.isEmpty() ? person.contact.name
                                        : person.contact.name + QStringLiteral(" (") + reach.join(QStringLiteral(", "))
                                              + QLatin1Char(')'));
    }
    return affected.isEmpty() ? tr("nobody else") : affected.join(QStringLiteral("; "));
}

void ReportCommands::printReport(CommandContext &c, const Report &r, const QString &affected, int *labelWidth)
{
    ReportFields::Context context;
    context.formatTime = adminTime;
    context.affected = affected;
    const QList<ReportField> fields = ReportFields::fields(r, ReportFields::Reader::Administrator, context);
    int width = 0;
    for (const ReportField &field : fields)
        width = std::max(width, int(field.label.size()));
    *labelWidth = width;

    for (int i = 0; i < fields.size(); ++i) {
        const ReportField &field = fields.at(i);
        // A blank line between groups.
        if (i > 0 && field.group != fields.at(i - 1).group)
            c.out << '\n';
        if (field.id != ReportField::Id::Description) {
            c.out << field.label.leftJustified(width + 1) << field.value << '\n';
            continue;
        }
        QString description = field.value;
        description.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        if (description.trimmed().isEmpty()) {
            c.out << field.label.leftJustified(width + 1) << ReportFields::notGiven() << '\n';
            continue;
        }
        // On lines of its own, indented, so it cannot be mistaken for a field.
        c.out << field.label << '\n';
        const QStringList lines = description.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            c.out << QString(DescriptionIndent, QLatin1Char(' ')) << line << '\n';
    }
}

// Attachments: the number `attachment TICKET N` takes, name, type, size.
int ReportCommands::printAttachments(CommandContext &c, qint64 id, int labelWidth)
{
    QString error;
    const QList<Attachment> attachments = ReportStore(c.connectionName()).attachments(id, &error);
    if (!error.isEmpty())
        return c.fail(error);
    c.out << '\n';
    const QString attachmentsLabel = tr("Attachments:");
    if (attachments.isEmpty()) {
        c.out << attachmentsLabel.leftJustified(labelWidth + 1) << tr("none") << '\n';
        return AdminTool::Success;
    }
    c.out << attachmentsLabel << '\n';
    int nameWidth = 0;
    int typeWidth = 0;
    for (const Attachment &attachment : attachments) {
        nameWidth = std::max(nameWidth, int(attachment.fileName.size()));
        typeWidth = std::max(typeWidth, int(attachment.mimeType.size()));
    }
    for (const Attachment &attachment : attachments) {
        c.out << QString(DescriptionIndent, QLatin1Char(' ')) << attachment.position << "  "
              << attachment.fileName.leftJustified(nameWidth) << "  " << attachment.mimeType.leftJustified(typeWidth)
              << "  " << Attachment::formatSize(attachment.size) << '\n';
    }
    return AdminTool::Success;
}

int ReportCommands::attachment(CommandContext &c)
{
    if (const int refused = c.expectArguments(2, tr("The %1 command needs a ticket number and the number of the "
                                                    "attachment, e.g. %1 HD-000042 1 --output screenshot.png.")
                                                     .arg(c.command)))
        return refused;
    const QString ticket = c.arguments.constFirst();
    const qint64 id = parseTicket(ticket);
    bool numberOk = false;
    const int position = c.arguments.at(1).trimmed().toInt(&numberOk);
    if (!numberOk || position < 1)
        return c.usageError(tr("“%1” is not the number of an attachment; “%2 show %3” lists them as 1, 2, …")
                                .arg(c.arguments.at(1), AdminTool::programName(), ticket));
    const QString outputPath = c.parser.value(QStringLiteral("output"));
    if (outputPath.isEmpty())
        return c.usageError(tr("The %1 command needs --output FILE: where to save the attachment.").arg(c.command));
    if (id <= 0)
        return c.fail(tr("“%1” is not a ticket number; write it like HD-000042.").arg(ticket));
    if (!c.openDatabase())
        return AdminTool::Failure;

    QString error;
    const ReportStore store(c.connectionName());
    // "No report HD-…" rather than "HD-… has no attachment 1" when the ticket is wrong.
    if (!store.find(id, &error))
        return c.fail(error);
    const std::optional<Attachment> attachment = store.attachment(id, position, &error);
    if (!attachment)
        return c.fail(error);
    // What was stored is what the reporter attached, or nothing is written.
    if (!attachment->dataMatches())
        return c.fail(tr("Attachment %1 of %2 (“%3”) is damaged: its bytes do not match the SHA-256 checksum "
                         "stored with it. Nothing was saved.")
                          .arg(QString::number(position), formatTicket(id), attachment->fileName));
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment->data) != attachment->data.size() || !file.commit())
        return c.fail(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
    c.out << tr("Saved “%1” (%2, %3, SHA-256 %4) to %5.")
                 .arg(attachment->fileName, attachment->mimeType, Attachment::formatSize(attachment->size),
                      attachment->sha256, outputPath)
          << '\n';
    return AdminTool::Success;
}

// Read to the end, but never more than a report can be: a runaway pipe
// must not eat the server's memory.
bool ReportCommands::readSubmission(CommandContext &c, QByteArray *input)
{
    if (!c.in.isReadable()) {
        c.fail(tr("Cannot read standard input: %1").arg(c.in.errorString()));
        return false;
    }
    while (input->size() <= MaxSubmitBytes) {
        QByteArray chunk(qsizetype(std::min<qint64>(64 * 1024, MaxSubmitBytes + 1 - input->size())), Qt::Uninitialized);
        const qint64 read = c.in.read(chunk.data(), chunk.size());
        if (read < 0) {
            c.fail(tr("Cannot read standard input: %1").arg(c.in.errorString()));
            return false;
        }
        if (read > 0) {
            input->append(chunk.constData(), qsizetype(read));
            continue;
        }
        // Nothing yet: a file or a pipe is at its end; a process or socket may still be writing.
        if (!c.in.waitForReadyRead(-1))
            break;
    }
    if (input->size() > MaxSubmitBytes) {
        c.fail(tr("Standard input holds more than %1; one report with its largest attachments is less.")
                   .arg(Attachment::formatSize(MaxSubmitBytes)));
        return false;
    }
    if (input->trimmed().isEmpty()) {
        c.fail(tr("Nothing to submit: standard input is empty. Pipe one report as JSON into “%1 submit”.")
                   .arg(AdminTool::programName()));
        return false;
    }
    return true;
}

// On PostgreSQL a report is filed under a database login: one that names
// none gets the connection's own. One that names another is refused here,
// before anything is written, when the server would refuse it as well (a
// reporter files only in its own name); the server still decides.
bool ReportCommands::fileUnderDatabaseLogin(CommandContext &c, Report *report)
{
    const std::optional<QString> login = Database::serverLogin(c.connectionName());
    if (!login || login->isEmpty())
        return true; // the embedded database has no logins; or the server would not say
    const QString named = report->contact.login.trimmed();
    if (named.isEmpty()) {
        report->contact.login = *login;
        return true;
    }
    if (named == *login)
        return true;
    QString error;
    const std::optional<bool> ownOnly = Database::filesOnlyOwnReports(c.connectionName(), &error);
    if (!ownOnly) {
        c.fail(error);
        return false;
    }
    if (*ownOnly) {
        c.err << "contact.login: "
              << tr("The report names the login “%1”, but you are connected to the database as “%2”; a report can "
                    "only be filed under your own login. Leave contact.login out, or ask IT to make “%2” a "
                    "helpdesk agent (helpdesk-admin add-agent) to file for others.")
                     .arg(named, *login)
              << '\n';
        return false;
    }
    return true;
}

int ReportCommands::submit(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    QByteArray input;
    if (!readSubmission(c, &input))
        return AdminTool::Failure;
    // Checked before the database is opened, so a refused report leaves no
    // trace at all, not even an empty database file.
    QList<FieldError> errors;
    std::optional<Report> report = ReportJson::parse(input, &errors);
    auto printFieldErrors = [&c](const QList<FieldError> &fieldErrors) {
        // "field: message", one per line: a script greps for the field, a person reads the message.
        for (const FieldError &error : fieldErrors)
            c.err << error.field << ": " << error.message << '\n';
    };
    if (!report) {
        printFieldErrors(errors);
        return AdminTool::Failure;
    }
    if (!c.openDatabase() || !fileUnderDatabaseLogin(c, &*report))
        return AdminTool::Failure;
    const ReportStore::SubmitResult result = ReportStore(c.connectionName()).submit(*report);
    if (!result.ok()) {
        if (!result.fieldErrors.isEmpty()) {
            printFieldErrors(result.fieldErrors); // a rule that depends on the time (started_at) changed its mind
            return AdminTool::Failure;
        }
        return c.fail(result.error);
    }
    // Only the ticket: `ticket=$(helpdesk-admin submit < report.json)`.
    c.out << result.ticket << '\n';
    return AdminTool::Success;
}

} // namespace Helpdesk
