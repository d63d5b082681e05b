#pragma once

// Shows a field's problem right beside it and tells assistive technology too:
// the message becomes the field's accessible description, so a screen reader
// reads it when the field gets focus.

#include <QString>

class QLabel;
class QWidget;

namespace Helpdesk {

void showFieldError(QWidget *field, QLabel *errorLabel, const QString &message);

} // namespace Helpdesk
