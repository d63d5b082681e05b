#pragma once

// The printers installed on this computer (through CUPS), as device choices
// named the catalogue's way: "HP LaserJet Pro M404dn, hpcups 3.22.10" becomes
// make "HP", model "LaserJet Pro M404dn". No CUPS or no printers: an empty
// list, at once.

#include "devicepage.h"

namespace Helpdesk {

QList<DeviceChoice> localPrinters();

} // namespace Helpdesk
