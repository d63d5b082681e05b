#pragma once

// ReportView: one report as an agent works it — every field the reporter
// entered, its review state and history — with the actions: take, change
// status, internal note, reply to the reporter. Each action goes through
// ReviewStore with the version shown; when another agent was faster, the
// refusal and what they changed are shown, and the view reloads the report
// as it is now. It never edits what the reporter entered. The device's entry
// in the organisation's inventory is shown beside it; contact details copy
// themselves when clicked.

#include "reviewstore.h"

#include <QWidget>

#include <memory>

namespace Ui { class ReportView; }

namespace Helpdesk {

class ReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportView)
public:
    explicit ReportView(ReviewStore &store, QWidget *parent = nullptr);
    ~ReportView() override;

    void showReport(qint64 id); // 0: nothing selected
    qint64 reportId() const { return m_id; }
    int version() const { return m_version; }
    QString message() const;

signals:
    void reportChanged(qint64 id);

private:
    void reload();
    void take();
    void changeStatus();
    void addNote();
    void reply();
    void finish(const ActionResult &result, bool clearText);

    std::unique_ptr<Ui::ReportView> m_ui;
    ReviewStore &m_store;
    qint64 m_id = 0;
    int m_version = 0;
};

} // namespace Helpdesk
