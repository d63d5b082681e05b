#pragma once

// IntakePasswords: where the wizard's Submitter gets a database password —
// the desktop's keyring (a PasswordStore), then the person, in a
// PasswordDialog unless a test set a prompt. It keeps a password the person
// typed in the keyring and forgets one the server refused. It opens no
// database and knows nothing of reports.

#include "delivery/submitter.h"
#include "passwordstore.h"

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace Helpdesk {

class IntakePasswords final : public Submitter::PasswordSource
{
public:
    using PasswordRequest = Submitter::PasswordRequest;
    // Returns the password typed, or nothing when the person cancelled.
    using PasswordPrompt = std::function<std::optional<QString>(const PasswordRequest &)>;

    // The dialog, when there is no prompt, is a child of `dialogParent`.
    explicit IntakePasswords(QWidget *dialogParent);

    void setPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    // No store: nothing is kept, the person is asked each time.
    void setStore(std::unique_ptr<PasswordStore> store) { m_store = std::move(store); }

    std::optional<QString> kept(PasswordRequest *request) override;
    std::optional<QString> ask(const PasswordRequest &request) override;
    void keep(const PasswordRequest &request, const QString &password) override;
    void forget(const PasswordRequest &request) override;

private:
    QWidget *m_dialogParent;
    std::unique_ptr<PasswordStore> m_store;
    PasswordPrompt m_prompt;
};

} // namespace Helpdesk
