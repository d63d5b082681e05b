#pragma once

// ReviewWindow: the agents' console — filters and one search box above the
// queue (QueueModel, paged by keyset as it scrolls), the selected report
// beside it (ReportView). A ticket number typed into the search box jumps to
// that report; words search summary, description, device and reporter.

#include "reviewstore.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

namespace Ui { class ReviewWindow; }

namespace Helpdesk {

class IncidentsPanel;
class QueueModel;
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

private:
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
};

} // namespace Helpdesk
