#pragma once

// AgentAccounts: the agents of the embedded SQLite database and their
// passwords (helpdesk-admin add-agent). Passwords are kept only as
// PBKDF2-SHA256 with a random 16-byte salt and at least 100,000 iterations,
// compared in constant time. Three wrong passwords in a row lock the account
// for 5 seconds, and each further one doubles that (up to 15 minutes), stored
// in the table so restarting the program does not reset it.
//
// On PostgreSQL agents are database logins and the server checks passwords;
// AgentSignIn covers both.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace Helpdesk {

struct DatabaseUrl;

class AgentAccounts final
{
    Q_DECLARE_TR_FUNCTIONS(AgentAccounts)
public:
    static constexpr int Iterations = 120000;
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;
    static constexpr int PasswordMin = 8;
    static constexpr int FreeAttempts = 2; // wrong passwords before the first delay

    enum class Status { Ok, UnknownLogin, WrongPassword, LockedOut, Error };
    struct Verdict
    {
        Status status = Status::Error;
        QString displayName;
        qint64 retryAfterSeconds = 0; // LockedOut, or WrongPassword that started a delay
        QString error;                // Error
    };

    explicit AgentAccounts(const QString &connectionName);

    // Creates the agent, or sets a new password (and name) for an existing
    // one, which also lifts a lock. Returns false with a message.
    bool setAgent(const QString &login, const QString &displayName, const QString &password, bool *created,
                  QString *errorMessage);
    // Whether the embedded database has an agent account of this login;
    // nothing, with a message, when the database cannot say.
    std::optional<bool> hasAgent(const QString &login, QString *errorMessage) const;
    Verdict verify(const QString &login, const QString &password);

    // True on the embedded database, which keeps its own agent accounts
    // (setAgent()); on PostgreSQL agents are logins with a role (grantRole()).
    bool keepsAccounts() const;

    enum class GrantResult { Granted, NoRoles, NoSuchLogin, Failed };
    // PostgreSQL: gives the existing `login` the `role` (helpdesk_reporter or
    // helpdesk_agent). NoRoles on the embedded database, which has none;
    // Failed comes with a message.
    GrantResult grantRole(const QString &login, const QString &role, QString *errorMessage);

    // Tests move time forward instead of waiting for a lock to pass.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static QString passwordError(const QString &password);
    static QByteArray derive(const QString &password, const QByteArray &salt, int iterations);
    static bool equalInConstantTime(const QByteArray &a, const QByteArray &b);
    // The wait after `failures` wrong passwords in a row, in seconds.
    static qint64 lockoutSeconds(int failures);

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    QString m_connectionName;
    std::function<QDateTime()> m_clock;
};

// Signing in to the console, on either backend. SQLite: the database is opened
// (and migrated) under `connectionName` and the login checked against
// AgentAccounts. PostgreSQL: the connection itself is opened as that login
// with that password, and the login must be a member of helpdesk_agent;
// otherwise no connection is left behind.
class AgentSignIn final
{
    Q_DECLARE_TR_FUNCTIONS(AgentSignIn)
public:
    enum class Field { None, Login, Password };
    struct Result
    {
        bool ok = false;
        Field field = Field::None; // where the message belongs
        QString message;
        QString login;
        QString displayName;
    };
    static Result signIn(const QString &databaseUrl, const QString &login, const QString &password,
                         const QString &connectionName, AgentAccounts *accounts = nullptr);

private:
    static Result signedIn(const QString &login, const QString &displayName);
    static Result refused(const QString &login, Field field, const QString &message);
    // SQLite: opens the database unless it is open, then asks AgentAccounts.
    static Result signInEmbedded(const QString &databaseUrl, const QString &login, const QString &password,
                                 const QString &connectionName, AgentAccounts *accounts);
    static Result fromVerdict(const QString &login, const AgentAccounts::Verdict &verdict);
    // PostgreSQL: connects as the agent, migrates, then checks the role;
    // closes the connection again on any refusal.
    static Result signInToServer(DatabaseUrl url, const QString &login, const QString &password,
                                 const QString &connectionName);
    static bool migrate(const QString &connectionName, const DatabaseUrl &url, QString *error);
    // Whether the connection's login is a member of helpdesk_agent; false
    // with *error set when the server would not say.
    static bool isAgent(const QString &connectionName, QString *error);
};

} // namespace Helpdesk
