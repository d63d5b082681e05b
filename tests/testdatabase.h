#pragma once

// TestDatabase: a fresh, empty database for one test, on the backend the test
// run asks for (HELPDESK_TEST_BACKEND=sqlite|postgresql). The same test code
// then runs on both backends. On PostgreSQL it creates a database on the
// server named by HELPDESK_TEST_POSTGRES (which .ci/quickstart test starts)
// and drops it again; without that server it reports an error, so the test
// fails instead of silently testing nothing.

#include <QString>
#include <QTemporaryDir>

#include <memory>

class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static QString backend();          // "sqlite" or "postgresql"
    static bool isPostgres() { return backend() == QLatin1String("postgresql"); }
    // postgresql://postgres:…@127.0.0.1:PORT/postgres, or empty.
    static QString serverUrl();
    // serverUrl() with another login, password and database.
    static QString serverUrlFor(const QString &user, const QString &password, const QString &database);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    QString name() const { return m_name; } // the PostgreSQL database name

    // Runs statements as the server's superuser on this test's database
    // (PostgreSQL only): creating logins and the like, which the programs
    // themselves never do. Returns an error message, empty on success.
    QString execAsSuperuser(const QStringList &statements) const;
    // Drops the logins a test made. Roles belong to the whole server, so they
    // outlive the test's database; this needs none (it runs on the server's
    // own "postgres" database). Returns an error message, empty on success.
    static QString dropRoles(const QStringList &roles);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    QString m_name;
    QString m_error;
};
