#pragma once

// SignInDialog: login and password of an agent, checked by AgentSignIn — on
// SQLite against the agent accounts, on PostgreSQL by opening the connection
// as that login (which must be a helpdesk agent). A refusal is shown beside
// the field it is about. On success the connection `connectionName` is open.

#include <QDialog>

#include <memory>

namespace Ui { class SignInDialog; }

namespace Helpdesk {

class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)
public:
    SignInDialog(const QString &databaseUrl, const QString &connectionName, QWidget *parent = nullptr);
    ~SignInDialog() override;

    QString login() const { return m_login; }
    QString displayName() const { return m_displayName; }

private:
    void signIn();
    void clearMessages();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    QString m_databaseUrl;
    QString m_connectionName;
    QString m_login;
    QString m_displayName;
};

} // namespace Helpdesk
