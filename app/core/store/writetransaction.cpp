#include "store/writetransaction.h"

#include "store/sqldialect.h"

namespace Helpdesk {

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
    , m_control(db)
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        rollback();
}

bool WriteTransaction::begin()
{
    const bool postgres = SqlDialect(m_db).isPostgres();
    m_open = postgres ? m_db.transaction() : m_control.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_open)
        m_error = postgres ? m_db.lastError() : m_control.lastError();
    return m_open;
}

bool WriteTransaction::commit()
{
    const bool postgres = SqlDialect(m_db).isPostgres();
    const bool committed = postgres ? m_db.commit() : m_control.exec(QStringLiteral("COMMIT"));
    if (!committed) {
        m_error = postgres ? m_db.lastError() : m_control.lastError();
        return false;
    }
    m_open = false;
    return true;
}

void WriteTransaction::rollback()
{
    m_open = false;
    if (SqlDialect(m_db).isPostgres())
        m_db.rollback();
    else
        m_control.exec(QStringLiteral("ROLLBACK"));
}

QSqlError WriteTransaction::lastError() const
{
    return m_error;
}

} // namespace Helpdesk
