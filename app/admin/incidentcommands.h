#pragma once

// IncidentCommands: the handlers of incident, triage and priority: known
// incidents the wizard shows (IncidentStore), the text checks of the triage
// rules (no database) and the priority matrix (PriorityMatrix). They never
// touch a report.

#include "command.h"

#include <QCoreApplication>

namespace Helpdesk {

struct ContactInfo;
struct Incident;
class PriorityMatrix;
class Triage;

class IncidentCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AdminTool)
public:
    static int incident(CommandContext &c);
    static int triage(CommandContext &c);
    static int priority(CommandContext &c);

private:
    static int incidentList(CommandContext &c);
    static int incidentAdd(CommandContext &c);
    static int incidentShow(CommandContext &c, const QString &sub);
    static void printIncident(CommandContext &c, const Incident &incident, const QList<ContactInfo> &people);
    static QString incidentState(const Incident &incident);
    static QString triageLine(const Triage &triage, QByteArray line);
    static QString changePriorities(const QStringList &arguments, PriorityMatrix *matrix);
    static void printMatrix(CommandContext &c, const PriorityMatrix &matrix);
};

} // namespace Helpdesk
