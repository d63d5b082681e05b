#pragma once

// DuplicatesPage: before a report is filed, the open reports it may repeat —
// the person's own, those on the same device, those with a similar summary —
// with "I'm affected too" to join one instead of filing the same problem
// again. The wizard shows the page only when there is something to show; the
// page itself never touches the database.

#include "intakepage.h"
#include "store/reportstore.h"

#include <memory>

namespace Ui { class DuplicatesPage; }

namespace Helpdesk {

class DuplicatesPage final : public IntakePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesPage)
public:
    explicit DuplicatesPage(const IntakeFlow &flow, QWidget *parent = nullptr);
    ~DuplicatesPage() override;

    void showCandidates(const QList<ReportStore::OpenReport> &candidates);
    void showJoinError(const QString &message);
    int nextId() const override;

signals:
    // The person picked this report as theirs (own = true: they filed it).
    void joinRequested(qint64 reportId, bool own);

private:
    void ensureUi();
    void onCurrentChanged();
    void requestJoin();

    const IntakeFlow &m_flow;
    std::unique_ptr<Ui::DuplicatesPage> m_ui;
    QList<ReportStore::OpenReport> m_candidates;
};

} // namespace Helpdesk
