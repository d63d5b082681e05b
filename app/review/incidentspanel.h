#pragma once

// IncidentsPanel: the console's side panel of known incidents — the active
// ones, newest first, with how many people said "this is my problem too".
// Agents post a new one (PostIncidentDialog) and resolve the selected one;
// the employees' wizard shows the active ones before they report the same
// problem again. PostIncidentDialog: title, category, optional device and
// location, and the message employees read, each error beside its field.

#include "store/incidentstore.h"

#include <QDialog>
#include <QWidget>

#include <memory>

namespace Ui {
class IncidentsPanel;
class PostIncidentDialog;
}

namespace Helpdesk {

class PostIncidentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostIncidentDialog)
public:
    // Posts as `agentLogin` through `store` when the agent presses Post.
    PostIncidentDialog(IncidentStore &store, const QString &agentLogin, QWidget *parent = nullptr);
    ~PostIncidentDialog() override;

    qint64 postedId() const { return m_postedId; }
    void accept() override;

private:
    Incident incident() const;

    std::unique_ptr<Ui::PostIncidentDialog> m_ui;
    IncidentStore &m_store;
    QString m_agent;
    qint64 m_postedId = 0;
};

class IncidentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsPanel)
public:
    IncidentsPanel(const QString &connectionName, const QString &agentLogin, QWidget *parent = nullptr);
    ~IncidentsPanel() override;

    void reload();
    QString message() const;
    qint64 selectedIncident() const;

private:
    void post();
    void resolveSelected();
    void updateButtons();

    std::unique_ptr<Ui::IncidentsPanel> m_ui;
    IncidentStore m_store;
    QString m_agent;
};

} // namespace Helpdesk
