#pragma once

// PriorityMatrixStore: the priority matrix in the database (priority_matrix,
// priority_levels), read by every program that files or shows a report and
// written by helpdesk-admin priority.

#include "model/prioritymatrix.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Helpdesk {

class PriorityMatrixStore final
{
    // Its messages keep the context they had when PriorityMatrix read itself.
    Q_DECLARE_TR_FUNCTIONS(PriorityMatrix)
public:
    // Reads the matrix of the database behind the connection; a lost
    // connection is re-opened once. A matrix with a hole is refused.
    static std::optional<PriorityMatrix> load(const QString &connectionName, QString *errorMessage);
    // Writes the whole matrix in one transaction.
    static bool save(const PriorityMatrix &matrix, const QString &connectionName, QString *errorMessage);
};

} // namespace Helpdesk
