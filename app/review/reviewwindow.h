#pragma once

// ReviewWindow: the agents' console — filters and one search box above the
// queue (QueueModel, paged by keyset as it scrolls), the selected report
// beside it (ReportView). A ticket number typed into the search box jumps to
// that report; words search summary, description, device and reporter.
// Live: reports filed or changed elsewhere appear without a refresh
// (QueueWatcher); the title and the tray count the new ones not yet seen —
// a report is seen once selected, all of them once the window is switched to.

#include "store/reviewstore.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QSystemTrayIcon;

namespace Ui { class ReviewWindow; }

namespace Helpdesk {

class DashboardDialog;
class IncidentsPanel;
class QueueModel;
class QueueWatcher;
class ReportView;

class ReviewWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWindow)
public:
    // `connectionName` is open and signed in as `agentLogin`.
    ReviewWindow(const QString &connectionName, const QString &agentLogin, const QString &displayName,
                 QWidget *parent = nullptr);
    ~ReviewWindow() override;

    QueueModel *model() const { return m_model; }
    ReportView *reportView() const { return m_reportView; }
    IncidentsPanel *incidentsPanel() const { return m_incidentsPanel; }
    QueueWatcher *watcher() const { return m_watcher; }
    // New reports in the queue the agent has not selected yet.
    int unseenCount() const { return int(m_unseen.size()); }
    // Writes the queue as the filters show it to `path` (CSV, all pages);
    // false with the reason in the status bar.
    bool exportTo(const QString &path);
    DashboardDialog *dashboard() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The constructor's steps, in its order.
    void fillFilterChoices();
    void setUpQueueView(); // the model, and the sort indicator kept to what the queue can sort by
    void addIncidentsDock(const QString &connectionName, const QString &agentLogin);
    void connectFilters();
    void startWatching(const QString &connectionName); // QueueWatcher: live updates
    void setUpTray();      // with the count of unseen reports

    void exportQueue();
    void openDashboard();
    void insertNewReports();
    void updateUnseen();
    QueueFilter currentFilter() const;
    void applyFilter();
    void showSelected();
    void showError(const QString &message);

    std::unique_ptr<Ui::ReviewWindow> m_ui;
    ReviewStore m_store;
    QueueModel *m_model = nullptr;
    ReportView *m_reportView = nullptr;
    IncidentsPanel *m_incidentsPanel = nullptr;
    QTimer m_searchDelay;
    QueueWatcher *m_watcher = nullptr;
    QTimer m_liveDelay; // several reports at once: one query for all
    QSet<qint64> m_unseen;
    QString m_title;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<DashboardDialog> m_dashboard;
};

} // namespace Helpdesk
