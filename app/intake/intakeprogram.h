#pragma once

// Who helpdesk-intake is: the names its main.cpp starts it with, here so the
// tests check the names a user and a screen reader meet.

#include "common/programstart.h"

namespace Helpdesk {

inline ProgramIdentity intakeProgram()
{
    return {QT_TRANSLATE_NOOP("main", "Helpdesk Intake"), QT_TRANSLATE_NOOP("main", "Report an IT problem to the helpdesk."),
            QStringLiteral("helpdesk-intake")};
}

} // namespace Helpdesk
