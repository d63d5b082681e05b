#pragma once

// WriteTransaction: the one way a store begins a transaction that writes.
// SQLite takes the write lock at once (BEGIN IMMEDIATE), so a second writer
// waits out the busy timeout instead of failing half-way at its first write;
// PostgreSQL begins an ordinary transaction. Rolls back in its destructor
// unless committed. It runs no statement of the store's own.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Helpdesk {

class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();

    bool begin();
    bool commit();
    // Also when the statement failed for a lost connection: the server has
    // rolled back already, and this fails quietly.
    void rollback();
    // What failed in begin() or commit().
    QSqlError lastError() const;

private:
    QSqlDatabase m_db;
    QSqlQuery m_control;
    QSqlError m_error;
    bool m_open = false;
};

} // namespace Helpdesk
