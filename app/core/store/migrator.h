#pragma once

// Migrator: brings a database's schema up to the version this program knows,
// from numbered SQL files in resources (:/migrations/<dialect>/0001_name.sql).
// Each file runs in its own transaction together with its schema_version row,
// so a failure leaves the database at the last complete version. A database
// newer than the program is refused, never touched.

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Helpdesk {

class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString path;
    };

    Migrator(QSqlDatabase db, const QString &dialect,
             const QString &folder = QString()); // folder: default :/migrations/<dialect>

    QList<Migration> migrations() const { return m_migrations; }
    int latestVersion() const;
    // -1 on error; 0 for an empty database.
    int currentVersion(QString *errorMessage) const;
    bool migrate(QString *errorMessage);
    // Applies migrations up to and including `version` only (tests of upgrades).
    bool migrateTo(int version, QString *errorMessage);
    // The database's error behind the last failure (invalid when there was
    // none or it was not the database's): a lock may pass, a damaged file not.
    QSqlError lastError() const { return m_lastError; }

    // Splits a migration file into statements: on ';' outside quotes, comments
    // and BEGIN … END blocks (trigger bodies).
    static QStringList splitStatements(const QString &sql);

private:
    // One migration in its own transaction, unless another program applied
    // it first; `current` is the version the database was at before any.
    bool apply(const Migration &migration, int current, const QString &schemaLock, QString *errorMessage);
    // The schema_version row of `migration`.
    static bool recordVersion(QSqlQuery &query, const Migration &migration);
    // What to tell the person when `migration` failed at `what`.
    QString failureMessage(const Migration &migration, int current, const QString &what, const QSqlError &error) const;

    QSqlDatabase m_db;
    QString m_dialect;
    QList<Migration> m_migrations;
    mutable QSqlError m_lastError;
};

} // namespace Helpdesk
