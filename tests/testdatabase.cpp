#include "testdatabase.h"

#include "store/database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {
QAtomicInt counter;

// Runs statements on `database` of the test server as its superuser, on a
// private connection that is gone again when this returns.
QString runOnServer(const QString &database, const QStringList &statements)
{
    const QString connection = QStringLiteral("testdatabase-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    QString error;
    const auto url = Helpdesk::DatabaseUrl::parse(TestDatabase::serverUrlFor({}, {}, database), &error);
    if (!url)
        return error;
    if (!Helpdesk::Database::openWithoutMigrating(*url, connection, &error))
        return error;
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                error = statement + QStringLiteral(": ") + query.lastError().text();
                break;
            }
        }
    }
    Helpdesk::Database::close(connection);
    return error;
}
} // namespace

QString TestDatabase::backend()
{
    const QString value = qEnvironmentVariable("HELPDESK_TEST_BACKEND", QStringLiteral("sqlite")).trimmed();
    return value.isEmpty() ? QStringLiteral("sqlite") : value;
}

QString TestDatabase::serverUrl()
{
    return qEnvironmentVariable("HELPDESK_TEST_POSTGRES");
}

QString TestDatabase::serverUrlFor(const QString &user, const QString &password, const QString &database)
{
    QUrl url(serverUrl());
    if (!user.isEmpty()) {
        url.setUserName(user);
        url.setPassword(password);
    }
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

TestDatabase::TestDatabase()
{
    if (!isPostgres()) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("helpdesk.sqlite"));
        return;
    }
    if (serverUrl().isEmpty()) {
        m_error = QStringLiteral("HELPDESK_TEST_BACKEND=postgresql but HELPDESK_TEST_POSTGRES is not set: "
                                 "run the tests with .ci/quickstart test, which starts a PostgreSQL server");
        return;
    }
    // Generated, never user data: safe to put into the statement text.
    m_name = QStringLiteral("hd_test_%1_%2_%3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1))
                 .arg(QString::number(QDateTime::currentMSecsSinceEpoch() % 100000));
    m_error = runOnServer(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE %1").arg(m_name)});
    m_url = serverUrlFor({}, {}, m_name);
}

TestDatabase::~TestDatabase()
{
    if (!m_name.isEmpty() && m_error.isEmpty())
        runOnServer(QStringLiteral("postgres"), {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)});
}

QString TestDatabase::execAsSuperuser(const QStringList &statements) const
{
    if (m_name.isEmpty())
        return QStringLiteral("not a PostgreSQL test database");
    return runOnServer(m_name, statements);
}

QString TestDatabase::dropRoles(const QStringList &roles)
{
    if (roles.isEmpty())
        return QString();
    QStringList drops;
    for (const QString &role : roles)
        drops << QStringLiteral("DROP ROLE IF EXISTS %1").arg(role);
    return runOnServer(QStringLiteral("postgres"), drops);
}
