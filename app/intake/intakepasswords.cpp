#include "intakepasswords.h"

#include "passworddialog.h"

namespace Helpdesk {

IntakePasswords::IntakePasswords(QWidget *dialogParent)
    : m_dialogParent(dialogParent)
    , m_store(std::make_unique<KeychainPasswordStore>())
{
}

std::optional<QString> IntakePasswords::kept(PasswordRequest *request)
{
    if (!m_store)
        return std::nullopt;
    QString password;
    switch (m_store->read(request->account, &password, &request->keyringProblem)) {
    case PasswordStore::Result::Found: return password;
    case PasswordStore::Result::NotFound: break;
    case PasswordStore::Result::Unavailable: request->keyringAvailable = false; break;
    }
    return std::nullopt;
}

std::optional<QString> IntakePasswords::ask(const PasswordRequest &request)
{
    if (m_prompt)
        return m_prompt(request);
    PasswordDialog dialog(request.server, request.login, m_dialogParent);
    dialog.setRefused(request.refused);
    dialog.setKeyringAvailable(request.keyringAvailable, request.keyringProblem);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

void IntakePasswords::keep(const PasswordRequest &request, const QString &password)
{
    if (m_store)
        m_store->write(request.account, password, nullptr);
}

void IntakePasswords::forget(const PasswordRequest &request)
{
    if (m_store)
        m_store->remove(request.account);
}

} // namespace Helpdesk
