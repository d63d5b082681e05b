#pragma once

// This computer's own devices, named the catalogue's way, to be offered before
// anything else on the device page: the printers installed through CUPS
// ("HP LaserJet Pro M404dn, hpcups 3.22.10" becomes HP / LaserJet Pro M404dn),
// the computer itself (DMI) and its screens (QScreen). What cannot be found is
// simply left out, at once: no CUPS, no DMI, no EDID, no error.

#include "devicepage.h"

namespace Helpdesk {

// localPrinters() and thisComputer() may run on a worker thread (the wizard
// runs them there with the catalogue's load: CUPS can be slow to answer);
// connectedScreens() asks QGuiApplication, so only on the GUI thread.
QList<DeviceChoice> localPrinters();
// The computer from /sys/class/dmi/id (vendor, product, chassis type).
// `dmiFolder` is for tests.
QList<DeviceChoice> thisComputer(const QString &dmiFolder = QStringLiteral("/sys/class/dmi/id"));
QList<DeviceChoice> connectedScreens();

} // namespace Helpdesk
