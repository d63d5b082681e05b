#include "store/agentaccounts.h"

#include "model/report.h"
#include "model/storagetime.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/reportstore.h"
#include "store/sqldialect.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Helpdesk {

AgentAccounts::AgentAccounts(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QString AgentAccounts::passwordError(const QString &password)
{
    if (FieldRules::characterCount(password) < PasswordMin)
        return tr("The password must have at least %1 characters.").arg(PasswordMin);
    return {};
}

QByteArray AgentAccounts::derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              KeyBytes);
}

bool AgentAccounts::equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    // Every byte is looked at whatever the first difference, so the time
    // taken says nothing about how much of a guess was right.
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

qint64 AgentAccounts::lockoutSeconds(int failures)
{
    if (failures <= FreeAttempts)
        return 0;
    const int doublings = std::min(failures - FreeAttempts - 1, 20);
    return std::min<qint64>(qint64(5) << doublings, 15 * 60);
}

bool AgentAccounts::setAgent(const QString &loginText, const QString &displayName, const QString &password,
                             bool *created, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const QString login = loginText.trimmed();
    if (login.isEmpty())
        return fail(tr("The agent needs a login."));
    const QString problem = passwordError(password);
    if (!problem.isEmpty())
        return fail(problem);

    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray hash = derive(password, salt, Iterations);

    QString readError;
    const std::optional<bool> found = hasAgent(login, &readError);
    if (!found)
        return fail(readError);
    const bool exists = *found;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    const QString name = displayName.trimmed().isEmpty() ? login : displayName.trimmed();
    if (exists) {
        query.prepare(QStringLiteral("UPDATE agents SET display_name = ?, password_hash = ?, salt = ?, iterations = ?, "
                                     "failed_attempts = 0, locked_until = NULL WHERE login = ?"));
        query.addBindValue(name);
        query.addBindValue(hash);
        query.addBindValue(salt);
        query.addBindValue(Iterations);
        query.addBindValue(login);
    } else {
        query.prepare(QStringLiteral("INSERT INTO agents (login, display_name, password_hash, salt, iterations, "
                                     "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(login);
        query.addBindValue(name);
        query.addBindValue(hash);
        query.addBindValue(salt);
        query.addBindValue(Iterations);
        query.addBindValue(StorageTime::text(QDateTime::currentDateTimeUtc()));
    }
    if (!query.exec())
        return fail(tr("Cannot save the agent %1: %2").arg(login, Database::explain(query.lastError(), db)));
    if (created)
        *created = !exists;
    return true;
}

std::optional<bool> AgentAccounts::hasAgent(const QString &loginText, QString *errorMessage) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM agents WHERE login = ?"));
    query.addBindValue(loginText.trimmed());
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the agents: %1").arg(Database::explain(query.lastError(), db));
        return std::nullopt;
    }
    return query.next();
}

AgentAccounts::Verdict AgentAccounts::verify(const QString &loginText, const QString &password)
{
    Verdict verdict;
    const QString login = loginText.trimmed();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, display_name, password_hash, salt, iterations, failed_attempts, "
                                 "locked_until FROM agents WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec()) {
        verdict.error = tr("Cannot read the agents: %1").arg(Database::explain(query.lastError(), db));
        return verdict;
    }
    if (!query.next()) {
        // As slow as a real check, so timing does not tell which logins exist.
        derive(password, QByteArray(SaltBytes, '\0'), Iterations);
        verdict.status = Status::UnknownLogin;
        return verdict;
    }
    const qint64 id = query.value(0).toLongLong();
    const QString displayName = query.value(1).toString();
    const QByteArray hash = query.value(2).toByteArray();
    const QByteArray salt = query.value(3).toByteArray();
    const int iterations = query.value(4).toInt();
    const int failures = query.value(5).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    query.finish();

    const QDateTime time = now();
    if (lockedUntil.isValid() && lockedUntil > time) {
        // Not even checked: while locked, guessing costs a wait whatever the guess.
        verdict.status = Status::LockedOut;
        verdict.retryAfterSeconds = std::max<qint64>(1, (time.msecsTo(lockedUntil) + 999) / 1000);
        return verdict;
    }

    if (equalInConstantTime(derive(password, salt, iterations), hash)) {
        if (failures > 0 || lockedUntil.isValid()) {
            query.prepare(QStringLiteral("UPDATE agents SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
            query.addBindValue(id);
            if (!query.exec()) {
                verdict.error = tr("Cannot update the agent %1: %2").arg(login, Database::explain(query.lastError(), db));
                return verdict;
            }
        }
        verdict.status = Status::Ok;
        verdict.displayName = displayName;
        return verdict;
    }

    const qint64 delay = lockoutSeconds(failures + 1);
    query.prepare(QStringLiteral("UPDATE agents SET failed_attempts = failed_attempts + 1, locked_until = ? WHERE id = ?"));
    query.addBindValue(delay > 0 ? QVariant(StorageTime::text(time.addSecs(delay)))
                                 : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(id);
    if (!query.exec()) {
        verdict.error = tr("Cannot update the agent %1: %2").arg(login, Database::explain(query.lastError(), db));
        return verdict;
    }
    verdict.status = Status::WrongPassword;
    verdict.retryAfterSeconds = delay;
    return verdict;
}

AgentSignIn::Result AgentSignIn::signIn(const QString &databaseUrl, const QString &loginText, const QString &password,
                                        const QString &connectionName, AgentAccounts *accounts)
{
    const QString login = loginText.trimmed();
    if (login.isEmpty())
        return refused(login, Field::Login, tr("Enter your login."));
    if (password.isEmpty())
        return refused(login, Field::Password, tr("Enter your password."));

    QString error;
    auto url = DatabaseUrl::parse(databaseUrl, &error);
    if (!url)
        return refused(login, Field::None, error);
    if (SqlDialect(*url).isEmbedded())
        return signInEmbedded(databaseUrl, login, password, connectionName, accounts);
    return signInToServer(*url, login, password, connectionName);
}

AgentSignIn::Result AgentSignIn::signedIn(const QString &login, const QString &displayName)
{
    Result result;
    result.ok = true;
    result.login = login;
    result.displayName = displayName;
    return result;
}

AgentSignIn::Result AgentSignIn::refused(const QString &login, Field field, const QString &message)
{
    Result result;
    result.login = login;
    result.field = field;
    result.message = message;
    return result;
}

AgentSignIn::Result AgentSignIn::signInEmbedded(const QString &databaseUrl, const QString &login, const QString &password,
                                                const QString &connectionName, AgentAccounts *accounts)
{
    QString error;
    if (!QSqlDatabase::database(connectionName, false).isOpen() && !Database::open(databaseUrl, connectionName, &error))
        return refused(login, Field::None, error);
    AgentAccounts own(connectionName);
    AgentAccounts &agents = accounts ? *accounts : own;
    return fromVerdict(login, agents.verify(login, password));
}

AgentSignIn::Result AgentSignIn::fromVerdict(const QString &login, const AgentAccounts::Verdict &verdict)
{
    switch (verdict.status) {
    case AgentAccounts::Status::Ok:
        return signedIn(login, verdict.displayName);
    case AgentAccounts::Status::UnknownLogin:
        return refused(login, Field::Login,
                       tr("There is no agent “%1” in this database. An administrator adds agents "
                          "with “helpdesk-admin add-agent %1”.")
                           .arg(login));
    case AgentAccounts::Status::WrongPassword:
        return refused(login, Field::Password,
                       verdict.retryAfterSeconds > 0
                           ? tr("Wrong password. Too many wrong passwords: wait %n second(s) before the next try.",
                                nullptr, int(verdict.retryAfterSeconds))
                           : tr("Wrong password."));
    case AgentAccounts::Status::LockedOut:
        return refused(login, Field::Password,
                       tr("Too many wrong passwords: wait %n second(s) before the next try.", nullptr,
                          int(verdict.retryAfterSeconds)));
    case AgentAccounts::Status::Error:
        return refused(login, Field::None, verdict.error);
    }
    return refused(login, Field::None, QString());
}

AgentSignIn::Result AgentSignIn::signInToServer(DatabaseUrl url, const QString &login, const QString &password,
                                                const QString &connectionName)
{
    // PostgreSQL: the server checks the password; the connection is the agent's.
    Database::close(connectionName);
    url.user = login;
    url.password = password;
    QString error;
    if (!Database::openWithoutMigrating(url, connectionName, &error)) {
        // Database::explain() words a refused password (or an unknown login,
        // which the server does not tell apart) this way; said beside the field.
        const bool passwordRefused =
            error
            == Database::tr("The database server %1 refused the password for the login “%2”. Check the "
                            "password in the database URL, or ask IT to reset it.")
                   .arg(url.host + (url.port > 0 ? QLatin1Char(':') + QString::number(url.port) : QString()), login);
        if (passwordRefused)
            return refused(login, Field::Password, tr("The database server refused this login and password."));
        return refused(login, Field::None, error);
    }
    if (!migrate(connectionName, url, &error)) {
        Database::close(connectionName);
        return refused(login, Field::None, error);
    }
    if (!isAgent(connectionName, &error)) {
        Database::close(connectionName);
        if (!error.isEmpty())
            return refused(login, Field::None, error);
        return refused(login, Field::Login,
                       tr("“%1” may use the database but is not a helpdesk agent. An administrator "
                          "makes it one with “helpdesk-admin add-agent %1”.")
                           .arg(login));
    }
    return signedIn(login, login);
}

bool AgentSignIn::migrate(const QString &connectionName, const DatabaseUrl &url, QString *error)
{
    // The handles are gone when this returns, before any close() that would
    // otherwise warn that the connection is still in use.
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    Migrator migrator(db, url.dialect());
    return migrator.migrate(error);
}

bool AgentSignIn::isAgent(const QString &connectionName, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT pg_has_role(current_user, 'helpdesk_agent', 'MEMBER')")) || !query.next()) {
        *error = Database::explain(query.lastError(), db);
        return false;
    }
    return query.value(0).toBool();
}

bool AgentAccounts::keepsAccounts() const
{
    return SqlDialect(QSqlDatabase::database(m_connectionName, false)).isEmbedded();
}

AgentAccounts::GrantResult AgentAccounts::grantRole(const QString &login, const QString &role,
                                                    QString *errorMessage)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (SqlDialect(db).isEmbedded())
        return GrantResult::NoRoles;
    // GRANT takes no parameters; the schema's helpdesk_grant_role() quotes the
    // names itself, so the login travels as a bound value.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT helpdesk_grant_role(?, ?)"));
    query.addBindValue(login);
    query.addBindValue(role);
    if (query.exec())
        return GrantResult::Granted;
    const QSqlError error = query.lastError();
    if (error.nativeErrorCode() == QLatin1String("42704")) // undefined_object: no such role
        return GrantResult::NoSuchLogin;
    if (errorMessage)
        *errorMessage = Database::explain(error, db);
    return GrantResult::Failed;
}

} // namespace Helpdesk
