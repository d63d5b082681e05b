#include "store/affectedpeople.h"

#include "model/storagetime.h"

#include <QDateTime>

namespace Helpdesk::AffectedPeople {

QString insertStatement(const char *table, const char *ownerColumn)
{
    return QStringLiteral("INSERT INTO %1 (%2, login, name, email, phone, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT (%2, login) DO NOTHING")
        .arg(QLatin1String(table), QLatin1String(ownerColumn));
}

QVariantList insertValues(qint64 ownerId, const ContactInfo &contact)
{
    auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value.trimmed(); };
    return {ownerId,
            text(contact.login),
            text(contact.name),
            text(contact.email),
            text(contact.phone),
            StorageTime::text(QDateTime::currentDateTimeUtc())};
}

QString selectStatement(const char *table, const char *ownerColumn)
{
    return QStringLiteral("SELECT login, name, email, phone, created_at FROM %1 WHERE %2 = ? "
                          "ORDER BY created_at, login")
        .arg(QLatin1String(table), QLatin1String(ownerColumn));
}

ContactInfo contactFromQuery(const QSqlQuery &query)
{
    ContactInfo person;
    person.login = query.value(0).toString();
    person.name = query.value(1).toString();
    person.email = query.value(2).toString();
    person.phone = query.value(3).toString();
    return person;
}

} // namespace Helpdesk::AffectedPeople
