#include "signindialog.h"

#include "ui_signindialog.h"

#include "store/agentaccounts.h"
#include "store/database.h"

#include <QGuiApplication>
#include <QPushButton>

namespace Helpdesk {

namespace {
void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}
} // namespace

SignInDialog::SignInDialog(const QString &databaseUrl, const QString &connectionName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_databaseUrl(databaseUrl)
    , m_connectionName(connectionName)
{
    m_ui->setupUi(this);
    QString error;
    const auto url = DatabaseUrl::parse(databaseUrl, &error);
    m_ui->databaseLabel->setText(url ? tr("Database: %1").arg(url->toDisplayString()) : error);
    if (url && !url->user.isEmpty())
        m_ui->loginEdit->setText(url->user);
    for (QLabel *label : {m_ui->loginError, m_ui->passwordError, m_ui->generalError}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        label->setPalette(palette);
    }
    clearMessages();
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::clearMessages()
{
    showError(m_ui->loginError, {});
    showError(m_ui->passwordError, {});
    showError(m_ui->generalError, {});
}

void SignInDialog::signIn()
{
    clearMessages();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const AgentSignIn::Result result = AgentSignIn::signIn(m_databaseUrl, m_ui->loginEdit->text(),
                                                           m_ui->passwordEdit->text(), m_connectionName);
    QGuiApplication::restoreOverrideCursor();
    if (result.ok) {
        m_login = result.login;
        m_displayName = result.displayName;
        accept();
        return;
    }
    switch (result.field) {
    case AgentSignIn::Field::Login:
        showError(m_ui->loginError, result.message);
        m_ui->loginEdit->setFocus();
        m_ui->loginEdit->selectAll();
        break;
    case AgentSignIn::Field::Password:
        showError(m_ui->passwordError, result.message);
        m_ui->passwordEdit->setFocus();
        m_ui->passwordEdit->selectAll();
        break;
    case AgentSignIn::Field::None:
        showError(m_ui->generalError, result.message);
        break;
    }
}

} // namespace Helpdesk
