#include "reportexport.h"

#include "admintool.h"

#include "model/csv.h"
#include "model/report.h"
#include "store/reportstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>
#include <QTextStream>

namespace Helpdesk {

namespace {

QJsonValue jsonValue(const QVariant &value)
{
    // The driver hands back NULL columns as typed null variants; JSON wants null,
    // not "" or 0, so "never entered" stays distinguishable from "empty".
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue::fromVariant(value);
}

QString csvRecord(const QString &ticket, const QVariantList &values)
{
    QStringList fields = {ticket};
    for (const QVariant &value : values) {
        // Text a spreadsheet would run as a formula (=, +, -, @) is quoted off.
        fields.append(value.isNull() ? QString()
                      : value.metaType().id() == QMetaType::QString ? csvField(spreadsheetSafe(value.toString()))
                                                                   : csvField(value.toString()));
    }
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n"); // RFC 4180 record separator
}

QString jsonRecord(const QString &ticket, const QStringList &columns, const QVariantList &values)
{
    QJsonObject object;
    object.insert(QStringLiteral("ticket"), ticket);
    for (int i = 0; i < columns.size(); ++i)
        object.insert(columns.at(i), jsonValue(values.at(i)));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int ReportExport::exportReports(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    const QString formatOption = QStringLiteral("format");
    const QString outputOption = QStringLiteral("output");
    if (!c.parser.isSet(formatOption))
        return c.usageError(tr("The export command needs --format csv or --format json."));
    const QString format = c.parser.value(formatOption).trimmed().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return c.usageError(tr("Unknown export format “%1”; use csv or json.").arg(c.parser.value(formatOption)));
    if (c.parser.isSet(outputOption) && c.parser.value(outputOption).isEmpty())
        return c.usageError(tr("--output needs a file name."));
    if (!c.openDatabase())
        return AdminTool::Failure;
    return writeExport(c, format, c.parser.value(outputOption));
}

int ReportExport::writeExport(CommandContext &c, const QString &format, const QString &outputPath)
{
    const bool toFile = !outputPath.isEmpty() && outputPath != QLatin1String("-");
    const bool csv = format == QLatin1String("csv");
    // QSaveFile: a failed export never leaves a half-written file that looks complete.
    QSaveFile file(outputPath);
    QTextStream fileStream;
    QTextStream *sink = &c.out;
    QStringList columns;
    int idColumn = -1;
    auto begin = [&](const QStringList &names) {
        if (toFile && !file.open(QIODevice::WriteOnly)) {
            c.fail(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
            return false;
        }
        if (toFile) {
            fileStream.setDevice(&file);
            fileStream.setEncoding(QStringConverter::Utf8);
            sink = &fileStream;
        }
        columns = names;
        idColumn = int(columns.indexOf(QStringLiteral("id")));
        if (csv)
            *sink << (QStringList{QStringLiteral("ticket")} + columns).join(QLatin1Char(',')) << "\r\n";
        else
            *sink << "[";
        return true;
    };
    qint64 rows = 0;
    auto row = [&](const QVariantList &values) {
        const QString ticket = formatTicket(values.at(idColumn).toLongLong());
        if (csv)
            *sink << csvRecord(ticket, values);
        else // One object per line: greppable, and still one JSON document.
            *sink << (rows == 0 ? "\n" : ",\n") << jsonRecord(ticket, columns, values);
        ++rows;
    };
    QString error;
    switch (ReportStore(c.connectionName()).exportAll(begin, row, &error)) {
    case ReportStore::ExportResult::Done:
        break;
    case ReportStore::ExportResult::QueryFailed:
        return c.fail(tr("Cannot read the reports: %1").arg(error));
    case ReportStore::ExportResult::Aborted:
        return AdminTool::Failure;
    case ReportStore::ExportResult::ReadingStopped:
        return c.fail(tr("Reading the reports stopped: %1").arg(error));
    }
    if (!csv)
        *sink << (rows == 0 ? "]\n" : "\n]\n");
    if (toFile) {
        fileStream.flush();
        if (fileStream.status() != QTextStream::Ok || !file.commit())
            return c.fail(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
        c.out << tr("Exported %n report(s) to %1.", nullptr, int(rows)).arg(outputPath) << '\n';
    }
    return AdminTool::Success;
}

} // namespace Helpdesk
