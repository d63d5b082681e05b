#include "localdevices.h"

#include "devices/devicecatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QScreen>
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

namespace {
QString readLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

// Firmware fills these with placeholders when it knows nothing.
bool isPlaceholder(const QString &value)
{
    static const QStringList placeholders = {
        QStringLiteral("to be filled by o.e.m."), QStringLiteral("system product name"),
        QStringLiteral("system manufacturer"), QStringLiteral("default string"), QStringLiteral("not specified"),
        QStringLiteral("none"), QStringLiteral("o.e.m."), QStringLiteral("unknown")};
    return value.isEmpty() || placeholders.contains(value.toLower());
}
} // namespace

QList<DeviceChoice> thisComputer(const QString &dmiFolder)
{
    const QString vendor = readLine(dmiFolder + QStringLiteral("/sys_vendor"));
    QString product = readLine(dmiFolder + QStringLiteral("/product_name"));
    // Lenovo puts the machine type ("20XW004GRT") in product_name and the name
    // people know ("ThinkPad T14 Gen 3") in product_version.
    const QString version = readLine(dmiFolder + QStringLiteral("/product_version"));
    if (vendor.compare(QLatin1String("LENOVO"), Qt::CaseInsensitive) == 0 && !isPlaceholder(version))
        product = version;
    if (isPlaceholder(vendor) || isPlaceholder(product))
        return {};
    // SMBIOS chassis types: portable, laptop, notebook, sub-notebook,
    // convertible, detachable, tablet.
    static const QList<int> portable = {8, 9, 10, 14, 30, 31, 32};
    const bool laptop = portable.contains(readLine(dmiFolder + QStringLiteral("/chassis_type")).toInt());

    DeviceChoice choice;
    choice.source = DeviceChoice::Source::ThisComputer;
    choice.device.kind = laptop ? QStringLiteral("laptop") : QStringLiteral("computer");
    choice.device.make = DeviceCatalog::normalizedMake(vendor);
    choice.device.model = DeviceCatalog::cleanModel(choice.device.make, product);
    choice.detail = QCoreApplication::translate("DevicePage", "this computer");
    choice.isDefault = true; // a computer problem is most often about this one
    if (const auto known = DeviceCatalog::builtIn().match({choice.device.kind, choice.device.make, choice.device.model})) {
        choice.device.make = known->make;
        choice.device.model = known->model;
    }
    return {choice};
}

QList<DeviceChoice> connectedScreens()
{
    QList<DeviceChoice> choices;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens) {
        const QString make = screen->manufacturer().trimmed();
        const QString model = screen->model().trimmed();
        if (isPlaceholder(make) || isPlaceholder(model))
            continue; // no EDID (virtual screens, the offscreen platform)
        DeviceChoice choice;
        choice.source = DeviceChoice::Source::ThisComputer;
        choice.device.kind = QStringLiteral("monitor");
        choice.device.make = DeviceCatalog::normalizedMake(make);
        choice.device.model = DeviceCatalog::cleanModel(choice.device.make, model);
        choice.detail = QCoreApplication::translate("DevicePage", "screen %1").arg(screen->name());
        choices.append(choice);
    }
    return choices;
}

} // namespace Helpdesk
