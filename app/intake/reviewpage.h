#pragma once

// ReviewPage: everything the helpdesk will see, section by section, each with
// a way back to change it. Submit is this page's commit button; when the
// database refuses, the message stays here and nothing typed is lost.

#include "intakepage.h"
#include "model/prioritymatrix.h"
#include "model/report.h"

#include <memory>

namespace Ui { class ReviewPage; }

namespace Helpdesk {

struct Report;

class ReviewPage final : public IntakePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)
public:
    explicit ReviewPage(IntakeFlow &flow, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void showReport(const Report &report, const PriorityMatrix &priorities);
    void showSubmitError(const QString &message);

signals:
    void changeRequested(int pageId);

protected:
    void initializePage() override;
    bool validatePage() override;

private:
    // The form is built the first time the page is needed, not when the wizard
    // starts: the first page must show at once (see bench/).
    void ensureUi();

    IntakeFlow &m_flow;
    std::unique_ptr<Ui::ReviewPage> m_ui;
};

} // namespace Helpdesk
