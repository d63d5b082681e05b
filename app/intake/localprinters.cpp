#include "localprinters.h"

#include "devicecatalog.h"

#include <QCoreApplication>
#include <QPrinterInfo>

#include <algorithm>

namespace Helpdesk {

QList<DeviceChoice> localPrinters()
{
    QList<DeviceChoice> choices;
    const QString defaultName = QPrinterInfo::defaultPrinterName();
    const QList<QPrinterInfo> printers = QPrinterInfo::availablePrinters();
    for (const QPrinterInfo &printer : printers) {
        CatalogEntry entry = DeviceCatalog::fromMakeAndModel(printer.makeAndModel());
        if (const auto known = DeviceCatalog::builtIn().match(entry))
            entry = *known;
        if (entry.make.isEmpty() && entry.model.isEmpty())
            continue; // a queue with no model information names nothing useful
        DeviceChoice choice;
        choice.source = DeviceChoice::Source::ThisComputer;
        choice.device.kind = QStringLiteral("printer");
        choice.device.make = entry.make;
        choice.device.model = entry.model;
        choice.isDefault = printer.printerName() == defaultName;
        choice.detail = choice.isDefault
            ? QCoreApplication::translate("DevicePage", "default printer “%1”").arg(printer.description())
            : QCoreApplication::translate("DevicePage", "printer “%1”").arg(printer.description());
        choices.append(choice);
    }
    // The default printer first.
    std::stable_partition(choices.begin(), choices.end(), [](const DeviceChoice &c) { return c.isDefault; });
    return choices;
}

} // namespace Helpdesk
