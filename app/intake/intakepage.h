#pragma once

// IntakePage: what every page of IntakeWizard has in common. A page writes
// its part of the Report, fills itself again from a draft and empties itself
// for the next report; a page that holds nothing of the report keeps the
// defaults, which do nothing. The wizard registers each page once and
// assembles, fills and resets the report by going through them in page order.
// A page never reaches back into the wizard: what it must ask is IntakeFlow,
// handed to it by the wizard.

#include "model/report.h"

#include <QWizardPage>

#include <memory>

namespace Helpdesk {

// What a page may ask of the report under way; IntakeWizard answers it.
class IntakeFlow
{
public:
    // The person joined an open report or a known incident instead of filing
    // one: nothing more to describe, the next page is the done page.
    virtual bool hasJoined() const = 0;
    // Files the report, or keeps it in the outbox when the database cannot
    // be reached; false (and why, in *errorMessage) when neither happened.
    virtual bool submitReport(QString *errorMessage) = 0;

protected:
    ~IntakeFlow() = default;
};

class IntakePage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakePage)
public:
    explicit IntakePage(QWidget *parent = nullptr);
    ~IntakePage() override;

    // This page's part of the report.
    virtual void writeTo(Report &report) const;
    // Fills the page from a saved draft (what writeTo() wrote).
    virtual void readFrom(const Report &report);
    // Empties the page for the next report.
    virtual void reset();

    // Keeps what was typed when the wizard restarts or goes back; QWizard's
    // default would reset the registered fields. reset() clears explicitly.
    void cleanupPage() override {}

protected:
    // Builds the Designer form into this page once; true when it was built
    // now, false when it already was. Forms are built the first time a page
    // is needed, not when the wizard starts: the first page must show at
    // once (see bench/).
    template <typename Form>
    bool buildForm(std::unique_ptr<Form> &form)
    {
        if (form)
            return false;
        form = std::make_unique<Form>();
        form->setupUi(this);
        return true;
    }
};

} // namespace Helpdesk
