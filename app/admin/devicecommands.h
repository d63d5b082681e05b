#pragma once

// DeviceCommands: the handlers of import-devices, export-devices and catalog.
// They update the device inventory but never empty it (a device left out of a
// file stays); `catalog search` reads only the built-in catalogue and opens no
// database.

#include "command.h"

#include <QCoreApplication>

namespace Helpdesk {

class DeviceCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AdminTool)
public:
    static int importDevices(CommandContext &c);
    static int exportDevices(CommandContext &c);
    static int catalog(CommandContext &c);
};

} // namespace Helpdesk
