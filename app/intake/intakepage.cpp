#include "intakepage.h"

namespace Helpdesk {

IntakePage::IntakePage(QWidget *parent)
    : QWizardPage(parent)
{
}

IntakePage::~IntakePage() = default;

void IntakePage::writeTo(Report &) const {}

void IntakePage::readFrom(const Report &) {}

void IntakePage::reset() {}

} // namespace Helpdesk
