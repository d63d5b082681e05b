#pragma once

// PasswordDialog: asks an employee once for their database password when the
// server wants one and the URL (rightly) carries none. It says where the
// password will be kept (the desktop's keyring) or, where there is no
// keyring, that it is not kept and will be asked for again. It only asks:
// connecting and keeping the password are the wizard's job.

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace Helpdesk {

class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)
public:
    // `server` as "db.example.org:5432", `login` the database login.
    PasswordDialog(const QString &server, const QString &login, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    // Shown under the field: the server refused the last password.
    void setRefused(bool refused);
    // True: "kept in your keyring"; false: "no keyring (reason): asked each time".
    void setKeyringAvailable(bool available, const QString &reason = QString());

    QString password() const;

private:
    void updateOkButton();

    std::unique_ptr<Ui::PasswordDialog> m_ui;
};

} // namespace Helpdesk
