#pragma once

// SqlDialect: the one place that knows how SQLite (QSQLITE) and PostgreSQL
// (QPSQL) differ, so a store asks a question ("is there a server with logins
// of its own?", "which condition finds these words?") instead of testing the
// driver name. It never runs a statement and never opens a connection.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Helpdesk {

struct DatabaseUrl;

class SqlDialect final
{
public:
    // By the connection's driver name; a driver that is neither reads as
    // neither (isSqlite() and isPostgres() both false).
    explicit SqlDialect(const QSqlDatabase &db);
    explicit SqlDialect(const DatabaseUrl &url);

    bool isSqlite() const;
    bool isPostgres() const;
    // A file on this computer: no server, no logins, roles or passwords of
    // its own, nothing to reach over a network.
    bool isEmbedded() const;
    // "sqlite" or "postgresql": the folder of resources/migrations.
    QString migrationsFolder() const;
    // The Debian package that ships the Qt driver.
    QString driverPackage() const;

    // The condition that keeps the rows of `table` whose words contain all
    // of one bound value, textSearchValue(words); `idColumn` names the
    // table's id as the statement sees it ("id", "reports.id"). PostgreSQL:
    // the table's tsvector column `search`; SQLite: the FTS5 table
    // `<table>_search`, whose rowid is the id.
    QString textSearchCondition(const QString &table, const QString &idColumn) const;
    QString textSearchValue(const QStringList &words) const;
    // SQLite's word index is a table of its own that a statement may join
    // and read backwards (newest first, one page only); PostgreSQL's is a
    // column of the table.
    bool hasWordIndexTable() const;

    // A bound value compared with a time column, as the column stores it
    // (SQLite: UTC ISO text; PostgreSQL: timestamptz).
    QString timeParameter() const;
    // A time column as text that sorts and compares like the column, with
    // every digit it stores (QDateTime would drop PostgreSQL's microseconds).
    QString timeAsText(const QString &column) const;
    // A time column's local day as 'YYYY-MM-DD' text, and the values to bind
    // before any other of the statement's (PostgreSQL: this computer's zone,
    // an IANA name such as Europe/Moscow; SQLite's 'localtime' is this
    // process's zone already).
    QString localDay(const QString &column) const;
    QVariantList localDayValues() const;
    // Appended to a SELECT that reads a row it will change: locks it on
    // PostgreSQL; SQLite's write transaction holds the whole file already.
    QString lockRowsSuffix() const;
    // Run after the write transaction has begun before a schema change, so
    // two programs never migrate at once; empty when begin() holds such a
    // lock already (SQLite).
    QString schemaLockStatement() const;

    // The server sets what no client may choose (schema 9 on PostgreSQL): a
    // report's time, status and priority when it is filed, its version,
    // times and the history row of a status or assignee change. SQLite has
    // no logins to hold to that, so the program writes them itself.
    bool serverSetsReportFields() const;
    // A SELECT expression, true when the server writes this login's history
    // rows itself (PostgreSQL, for every login but the tables' owner), so a
    // store asks it in the same round trip as the row it reads; always false
    // on SQLite.
    QString serverWritesHistoryExpression() const;

    // Other connections' changes can be announced (LISTEN/NOTIFY); SQLite
    // notifies a connection only of its own changes.
    bool announcesChanges() const;

    // A reporter reads other people's open reports only through the lookups
    // the duplicate check needs (schema 12 on PostgreSQL: by asset key, by
    // device and place, by a similar summary, each a function of the server;
    // their own in the view open_reports_readable). SQLite has one user, who
    // reads the view open_reports and compares summaries here.
    bool looksUpOpenReportsByDraft() const;

private:
    enum class Kind { Other, Sqlite, PostgreSql };
    Kind m_kind = Kind::Other;
};

} // namespace Helpdesk
