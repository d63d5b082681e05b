#pragma once

// Who helpdesk-review is: the names its main.cpp starts it with, here so the
// tests check the names a user and a screen reader meet.

#include "common/programstart.h"

namespace Helpdesk {

inline ProgramIdentity reviewProgram()
{
    return {QT_TRANSLATE_NOOP("main", "Helpdesk Console"), QT_TRANSLATE_NOOP("main", "Review and answer helpdesk reports."),
            QStringLiteral("helpdesk-review")};
}

} // namespace Helpdesk
