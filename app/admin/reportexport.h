#pragma once

// ReportExport: the handler of `export`: every report, oldest first, as CSV
// or JSON, to standard output or a file (ReportStore::exportAll). A failed
// export never leaves a half-written file that looks complete.

#include "command.h"

#include <QCoreApplication>

namespace Helpdesk {

class ReportExport final
{
    Q_DECLARE_TR_FUNCTIONS(AdminTool)
public:
    static int exportReports(CommandContext &c);

private:
    static int writeExport(CommandContext &c, const QString &format, const QString &outputPath);
};

} // namespace Helpdesk
