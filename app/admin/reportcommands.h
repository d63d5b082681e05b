#pragma once

// ReportCommands: the handlers of list, show, attachment and submit (export
// is ReportExport).
// They read reports and file new ones through ReportStore, exactly as the
// wizard files them; they never edit or delete a report.

#include "command.h"

#include <QCoreApplication>

namespace Helpdesk {

struct Report;

class ReportCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AdminTool)
public:
    static constexpr int DefaultListLimit = 50;

    static int list(CommandContext &c);
    static int show(CommandContext &c);
    static int attachment(CommandContext &c);
    static int submit(CommandContext &c);
    static int closeResolved(CommandContext &c);

private:
    static QString affectedText(CommandContext &c, qint64 id, QString *error);
    static void printReport(CommandContext &c, const Report &r, const QString &affected, int *labelWidth);
    static int printAttachments(CommandContext &c, qint64 id, int labelWidth);
    static bool readSubmission(CommandContext &c, QByteArray *input);
    static bool fileUnderDatabaseLogin(CommandContext &c, Report *report);
};

} // namespace Helpdesk
