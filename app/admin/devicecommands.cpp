#include "devicecommands.h"

#include "admintool.h"

#include "devices/devicecatalog.h"
#include "model/taxonomy.h"
#include "store/deviceinventory.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

namespace Helpdesk {

int DeviceCommands::importDevices(CommandContext &c)
{
    if (const int refused = c.expectArguments(1, tr("The %1 command needs a CSV file, e.g. %1 devices.csv.")
                                                     .arg(c.command)))
        return refused;
    // The file is opened before the database, so a mistyped name leaves no
    // empty database behind. "-" is standard input, for pipes.
    const QString path = c.arguments.constFirst();
    QFile file(path);
    QIODevice *input = &c.in;
    if (path != QLatin1String("-")) {
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
        input = &file;
    }
    if (!c.openDatabase())
        return AdminTool::Failure;
    const DeviceInventory::ImportResult result = DeviceInventory(c.connectionName()).importCsv(*input);
    if (!result.error.isEmpty())
        return c.fail(path + QStringLiteral(": ") + result.error);
    c.out << tr("Imported %1 new, updated %2 devices.").arg(result.inserted).arg(result.updated) << '\n';
    // "line 8: asset tag missing": the line a person finds in their editor.
    for (const auto &[line, reason] : result.rowErrors)
        c.err << tr("line %1: %2", "import-devices: a bad row of the CSV file").arg(line).arg(reason) << '\n';
    return result.rowErrors.isEmpty() ? AdminTool::Success : AdminTool::Failure;
}

int DeviceCommands::exportDevices(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    const QString outputPath = c.parser.value(QStringLiteral("output"));
    if (c.parser.isSet(QStringLiteral("output")) && outputPath.isEmpty())
        return c.usageError(tr("--output needs a file name."));
    if (!c.openDatabase())
        return AdminTool::Failure;
    const DeviceInventory inventory(c.connectionName());
    QString error;
    const bool toFile = !outputPath.isEmpty() && outputPath != QLatin1String("-");
    if (!toFile) {
        // Through the text stream the tool was given, so tests read what a
        // terminal would show; an inventory fits in memory many times over.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!inventory.exportCsv(buffer, &error))
            return c.fail(error);
        c.out << QString::fromUtf8(buffer.data());
        return AdminTool::Success;
    }
    // QSaveFile: a failed export never leaves a half-written file that looks complete.
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return c.fail(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
    if (!inventory.exportCsv(file, &error))
        return c.fail(error);
    const qint64 devices = inventory.count(&error);
    if (!file.commit())
        return c.fail(tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
    c.out << tr("Exported %n device(s) to %1.", nullptr, int(std::max<qint64>(devices, 0))).arg(outputPath) << '\n';
    return AdminTool::Success;
}

// The catalogue is built in: no database is opened, none is created.
int DeviceCommands::catalog(CommandContext &c)
{
    const QStringList &arguments = c.arguments;
    const bool kindGiven = c.parser.isSet(QStringLiteral("kind"));
    const QString kind = c.parser.value(QStringLiteral("kind"));
    if (arguments.isEmpty() || arguments.constFirst() != QLatin1String("search"))
        return c.usageError(arguments.isEmpty()
                                ? tr("The catalog command needs what to do, e.g. catalog search HL-L2340D.")
                                : tr("Unknown catalog command “%1”; use catalog search TEXT.")
                                      .arg(arguments.constFirst()));
    if (kindGiven && !Taxonomy::deviceKinds().contains(kind))
        return c.usageError(tr("Unknown kind of device “%1”; choose one of: %2.")
                                .arg(kind, Taxonomy::deviceKinds().join(QStringLiteral(", "))));
    // Unquoted words are one search: catalog search hl l2340.
    const QString text = arguments.mid(1).join(QLatin1Char(' '));
    const QList<CatalogEntry> found = DeviceCatalog::builtIn().search(text, kindGiven ? kind : QString(), 0);
    if (found.isEmpty())
        return c.fail(tr("Nothing in the device catalogue matches “%1”.").arg(text));
    // Tab-separated: models have spaces, and scripts cut -f2.
    for (const CatalogEntry &entry : found)
        c.out << entry.make << '\t' << entry.model << '\n';
    return AdminTool::Success;
}

} // namespace Helpdesk
