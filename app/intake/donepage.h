#pragma once

// DonePage: the ticket number, large, selectable and copyable, and the way to
// report another problem.

#include "intakepage.h"
#include "intakewizard.h"

#include <memory>

namespace Ui { class DonePage; }

namespace Helpdesk {

class DonePage final : public IntakePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DonePage)
public:
    explicit DonePage(QWidget *parent = nullptr);
    ~DonePage() override;

    QString ticket() const;
    // How the wizard ended and its ticket (again when a queued report was
    // delivered).
    void showOutcome(IntakeWizard::Outcome outcome, const QString &ticket);

signals:
    void anotherReportRequested();

protected:
    void initializePage() override;

private:
    // The form is built the first time the page is needed, not when the wizard
    // starts: the first page must show at once (see bench/).
    void ensureUi();
    void copyTicket();

    std::unique_ptr<Ui::DonePage> m_ui;
};

} // namespace Helpdesk
