#pragma once

// DashboardDialog: the office's view of the last 30 days — reports per
// category and per device make (top 10) as bars, per day as a line
// (DashboardStatsReader: one GROUP BY each). Every chart has an accessible name
// and a description with its numbers, each bar and point a tooltip, and the
// same numbers stand in a table under the chart, so a screen reader reads
// them all. Refresh reads them again; nothing here writes.

#include "dashboardstats.h"

#include <QDialog>

#include <memory>

class QChartView;

namespace Ui { class DashboardDialog; }

namespace Helpdesk {

class DashboardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardDialog)
public:
    explicit DashboardDialog(const QString &connectionName, QWidget *parent = nullptr);
    ~DashboardDialog() override;

    // Reads the days up to `now` again and redraws; false with the error shown.
    bool reload(const QDateTime &now = QDateTime::currentDateTime());
    const DashboardStats &stats() const { return m_stats; }

private:
    void showCategories();
    void showMakes();
    void showDays();

    std::unique_ptr<Ui::DashboardDialog> m_ui;
    QString m_connectionName;
    DashboardStats m_stats;
    QChartView *m_categoryView = nullptr;
    QChartView *m_makeView = nullptr;
    QChartView *m_dayView = nullptr;
};

} // namespace Helpdesk
