#pragma once

// DemoSeeder: fills a database with realistic synthetic reports for demos and
// benchmarks (helpdesk-admin seed-demo): every category and symptom of the
// Taxonomy, real makes and models from the DeviceCatalog, Russian and English
// summaries and descriptions, a spread of statuses, priorities, agents and
// creation times over the last 90 days. Fast enough for a million rows:
// multi-row INSERTs of up to 500 rows through prepared statements with bound
// values, 20 of them per transaction. Seeded reports have no history rows.
// Never run against a production database: the reports are invented.

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Helpdesk {

class DemoSeeder final
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)
public:
    static constexpr int RowsPerStatement = 500;
    static constexpr int StatementsPerTransaction = 20;

    explicit DemoSeeder(const QString &connectionName, quint32 seed = 20261125);

    // Inserts `count` reports; `progress` (may be empty) hears the running total
    // after every transaction. Returns false with a message; what was
    // committed before stays.
    bool seed(qint64 count, QString *errorMessage, const std::function<void(qint64)> &progress = {});

private:
    QString m_connectionName;
    quint32 m_seed;
};

} // namespace Helpdesk
