#pragma once

// DashboardDialog: the office's view of the last 30 days — reports per
// category and per device make (top 10) as bars, per day as a line
// (DashboardStatsReader: one GROUP BY each). Every chart has an accessible name
// and a description with its numbers, each bar and point a tooltip, and the
// same numbers stand in a table under the chart, so a screen reader reads
// them all. Refresh reads them again; nothing here writes. The counting runs
// in a thread of its own on a connection of its own (over a million reports
// it takes a second or two on SQLite): the dialog and the queue stay responsive.

#include "store/dashboardstats.h"

#include <QDialog>

#include <memory>

class QChartView;
class QThread;

namespace Ui { class DashboardDialog; }

namespace Helpdesk {

class DashboardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardDialog)
public:
    explicit DashboardDialog(const QString &connectionName, QWidget *parent = nullptr);
    ~DashboardDialog() override;

    // Counts the days up to `now` again in the background and redraws; loaded()
    // tells when. While counting, another reload is ignored.
    void reload(const QDateTime &now = QDateTime::currentDateTime());
    bool isLoading() const { return m_worker != nullptr; }
    const DashboardStats &stats() const { return m_stats; }

signals:
    // The counts are shown (ok), or the reason they are not.
    void loaded(bool ok);

private:
    void showCategories();
    void showMakes();
    void showDays();
    void showStats(const std::optional<DashboardStats> &stats, const QString &error);

    std::unique_ptr<Ui::DashboardDialog> m_ui;
    QString m_connectionName;
    DashboardStats m_stats;
    QChartView *m_categoryView = nullptr;
    QChartView *m_makeView = nullptr;
    QChartView *m_dayView = nullptr;
    QThread *m_worker = nullptr;
};

} // namespace Helpdesk
