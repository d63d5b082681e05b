#pragma once

// SystemAccount: who is signed in to this computer, to prefill the contact
// page. The user confirms or corrects it; nothing here is trusted blindly.

#include <QString>

namespace Helpdesk {

struct SystemAccount
{
    QString login;
    QString fullName; // from the GECOS field where the administrator set it

    static SystemAccount current();
    // "Ivan Petrov,Room 214,+7 495 123,," -> "Ivan Petrov"
    static QString fullNameFromGecos(const QString &gecos);
};

} // namespace Helpdesk
