#pragma once

// PasswordStore: where the wizard keeps a database password between runs:
// the operating system's keyring (Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager) through QtKeychain, and nowhere else: never a
// settings file, never QtKeychain's plain-text fallback. Where no keyring is
// available (no Secret Service on D-Bus, as on a server or in CI) it says so,
// and the wizard asks for the password each time. An interface, so tests can
// stand in for a keyring. Lives on the widgets side: app/core never links it.

#include <QString>

namespace Helpdesk {

class PasswordStore
{
public:
    enum class Result { Found, NotFound, Unavailable };

    virtual ~PasswordStore() = default;
    // `account` names the login and the server ("ivanov@db.example.org:5432/helpdesk").
    virtual Result read(const QString &account, QString *password, QString *error) = 0;
    // False when the keyring cannot keep it; `error` says why.
    virtual bool write(const QString &account, const QString &password, QString *error) = 0;
    virtual void remove(const QString &account) = 0;
};

class KeychainPasswordStore final : public PasswordStore
{
public:
    Result read(const QString &account, QString *password, QString *error) override;
    bool write(const QString &account, const QString &password, QString *error) override;
    void remove(const QString &account) override;

    static QString serviceName(); // "helpdesk-intake": what the keyring shows
};

} // namespace Helpdesk
