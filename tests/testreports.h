#pragma once

// A valid report for tests that need one to file: a printer paper jam with
// every required field set and a fresh client id. Tests change what they test.

#include "report.h"

Helpdesk::Report validTestReport(const QString &summary = QStringLiteral("Printer on floor 2 jams on every page"));
