#include "store/threadconnection.h"

#include "store/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace Helpdesk {

ThreadConnection::ThreadConnection(const QString &sourceConnection, const QString &purpose)
    : m_name(sourceConnection + QLatin1Char('-') + purpose + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128))
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(sourceConnection, m_name);
    m_open = db.open();
    if (!m_open)
        m_error = Database::explain(db.lastError(), db);
}

ThreadConnection::~ThreadConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace Helpdesk
