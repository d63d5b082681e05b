#include "passworddialog.h"

#include "ui_passworddialog.h"

#include <QPushButton>

namespace Helpdesk {

PasswordDialog::PasswordDialog(const QString &server, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
{
    m_ui->setupUi(this);
    m_ui->promptLabel->setText(tr("The helpdesk database on %1 asks for the password of your database login "
                                  "“%2”.")
                                   .arg(server, login));
    m_ui->errorLabel->hide();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Sign in"));
    ok->setAccessibleName(tr("Sign in"));
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("&Cancel"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &PasswordDialog::updateOkButton);
    setKeyringAvailable(true);
    updateOkButton();
    m_ui->passwordEdit->setFocus();
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::setRefused(bool refused)
{
    m_ui->errorLabel->setText(refused ? tr("The server did not accept that password. Try again, or ask IT to "
                                           "reset it.")
                                      : QString());
    m_ui->errorLabel->setVisible(refused);
    m_ui->passwordEdit->setAccessibleDescription(m_ui->errorLabel->text());
}

void PasswordDialog::setKeyringAvailable(bool available, const QString &reason)
{
    m_ui->keyringLabel->setText(
        available ? tr("It will be kept in your desktop's keyring, so you are asked only once.")
        : reason.isEmpty()
            ? tr("This computer has no keyring to keep it in, so you will be asked again next time.")
            : tr("This computer has no keyring to keep it in (%1), so you will be asked again next time.")
                  .arg(reason));
}

QString PasswordDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void PasswordDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->passwordEdit->text().isEmpty());
}

} // namespace Helpdesk
