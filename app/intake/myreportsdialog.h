#pragma once

// MyReportsDialog: "My reports" — the tickets the person filed, newest first,
// with their status; the selected one shows the conversation with the
// helpdesk (its replies and the person's answers, never the agents' internal
// notes). Below it the person writes to the helpdesk: Send answer on an open
// report (one Waiting for reporter goes back to the helpdesk), It is fixed
// or It is not fixed (with what is still wrong) on a resolved one. A refusal
// is shown beside the text, which stays. "Find ticket" looks up one of their
// own tickets by number (HD-000042 or 42) and says plainly when they have no
// such ticket.

#include "model/report.h"
#include "store/reportstore.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui { class MyReportsDialog; }

namespace Helpdesk {

class MyReportsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyReportsDialog)
public:
    static constexpr int ListLimit = 500;

    // `connectionName` is open (empty: the database cannot be reached, and
    // `unavailable` says why); `reporterLogin` is whose reports to show.
    MyReportsDialog(const QString &connectionName, const QString &reporterLogin, QWidget *parent = nullptr,
                    const QString &unavailable = QString());
    ~MyReportsDialog() override;

    // Reports still waiting in this computer's outbox: listed first, under
    // their local reference, until they are delivered.
    void setWaiting(const QList<Report> &reports);
    void reload();
    qint64 selectedReport() const;

private:
    void showSelected();
    // Which of answering, "fixed" and "not fixed" the selected report offers.
    void showAnswerChoices(const QString &status);
    // Sends the text of the answer box through `write` (ReportStore::answer,
    // confirmFixed or reopen) for the selected report; a refusal is shown
    // under the box, which keeps the text.
    using Write = std::function<ReportStore::AnswerResult(ReportStore &store, qint64 id, const QString &text)>;
    void sendAnswer(const Write &write);
    void find();
    void select(qint64 id);
    // A row for a report in the database, at the end of the list.
    void addFiled(const Report &report);

    std::unique_ptr<Ui::MyReportsDialog> m_ui;
    QString m_connectionName;
    QString m_login;
    QString m_unavailable;
    QList<Report> m_waiting;
};

} // namespace Helpdesk
