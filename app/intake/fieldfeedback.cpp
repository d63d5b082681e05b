#include "fieldfeedback.h"

#include <QAccessible>
#include <QLabel>
#include <QWidget>

namespace Helpdesk {

void showFieldError(QWidget *field, QLabel *errorLabel, const QString &message)
{
    if (errorLabel->text() == message && errorLabel->isVisibleTo(errorLabel->parentWidget()) == !message.isEmpty())
        return;
    errorLabel->setText(message);
    errorLabel->setVisible(!message.isEmpty());
    if (field) {
        field->setAccessibleDescription(message);
        QAccessibleEvent event(field, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace Helpdesk
