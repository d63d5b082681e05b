#include "store/incidentstore.h"

#include "model/storagetime.h"
#include "model/taxonomy.h"
#include "store/affectedpeople.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Helpdesk {

namespace {

const char *const incidentColumns =
    "i.id, i.title, i.category, i.device_make, i.device_model, i.asset_tag, i.location, i.message, "
    "i.created_at, i.created_by, i.resolved_at, "
    "(SELECT count(*) FROM incident_affected a WHERE a.incident_id = i.id)";

Incident incidentFromQuery(const QSqlQuery &q)
{
    Incident incident;
    int i = 0;
    incident.id = q.value(i++).toLongLong();
    incident.title = q.value(i++).toString();
    incident.category = q.value(i++).toString();
    incident.deviceMake = q.value(i++).toString();
    incident.deviceModel = q.value(i++).toString();
    incident.assetTag = q.value(i++).toString();
    incident.location = q.value(i++).toString();
    incident.message = q.value(i++).toString();
    incident.createdAt = StorageTime::read(q.value(i++));
    incident.createdBy = q.value(i++).toString();
    incident.resolvedAt = StorageTime::read(q.value(i++));
    incident.affectedCount = q.value(i++).toInt();
    return incident;
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value.trimmed();
}

} // namespace

QString Incident::reference() const
{
    return QStringLiteral("INC-%1").arg(id, 4, 10, QLatin1Char('0'));
}

bool Incident::concerns(const QString &personLocation) const
{
    const QString where = location.trimmed();
    if (where.isEmpty())
        return true;
    const QString mine = personLocation.trimmed();
    if (mine.isEmpty())
        return false;
    return mine.contains(where, Qt::CaseInsensitive) || where.contains(mine, Qt::CaseInsensitive);
}

IncidentStore::IncidentStore(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

bool IncidentStore::run(QSqlQuery &query, const QString &sql, const QVariantList &values) const
{
    return Database::runWithReconnect(m_connectionName, query, sql, values);
}

QString IncidentStore::explain(const QSqlQuery &query) const
{
    return Database::explain(query.lastError(), QSqlDatabase::database(m_connectionName, false));
}

QString IncidentStore::titleError(const QString &title)
{
    const int length = FieldRules::characterCount(title.trimmed());
    if (length == 0)
        return tr("An incident needs a title that says what is down.");
    if (length > FieldRules::SummaryMax)
        return tr("The title is %1 characters long; at most %2 fit.").arg(length).arg(FieldRules::SummaryMax);
    return {};
}

QString IncidentStore::categoryError(const QString &category)
{
    if (category.isEmpty() || Taxonomy::instance().category(category))
        return {};
    QStringList ids;
    for (const Category &c : Taxonomy::instance().categories())
        ids.append(c.id);
    return tr("Unknown category “%1”; use one of: %2.").arg(category, ids.join(QStringLiteral(", ")));
}

qint64 IncidentStore::add(const Incident &incident, QString *errorMessage)
{
    for (const QString &error : {titleError(incident.title), categoryError(incident.category),
                                 FieldRules::descriptionError(incident.message),
                                 FieldRules::shortTextError(incident.location)}) {
        if (!error.isEmpty()) {
            if (errorMessage)
                *errorMessage = error;
            return 0;
        }
    }
    QSqlQuery query;
    const QVariantList values = {
        text(incident.title),      text(incident.category),
        text(incident.deviceMake), text(incident.deviceModel),
        text(incident.assetTag),   text(incident.location),
        text(incident.message),    StorageTime::text(QDateTime::currentDateTimeUtc()),
        text(incident.createdBy),
    };
    if (!run(query,
             QStringLiteral("INSERT INTO incidents (title, category, device_make, device_model, asset_tag, location, "
                            "message, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             values)
        || !query.next()) {
        if (errorMessage)
            *errorMessage = tr("Cannot post the incident: %1").arg(explain(query));
        return 0;
    }
    return query.value(0).toLongLong();
}

bool IncidentStore::resolve(qint64 id, QString *errorMessage)
{
    QSqlQuery query;
    if (!run(query, QStringLiteral("UPDATE incidents SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"),
             {StorageTime::text(QDateTime::currentDateTimeUtc()), id})) {
        if (errorMessage)
            *errorMessage = tr("Cannot resolve the incident: %1").arg(explain(query));
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (errorMessage)
            *errorMessage = tr("There is no active incident %1.").arg(Incident{id}.reference());
        return false;
    }
    return true;
}

QList<Incident> IncidentStore::list(bool includeResolved, QString *errorMessage) const
{
    QList<Incident> incidents;
    QSqlQuery query;
    if (!run(query, QStringLiteral("SELECT %1 FROM incidents i %2 ORDER BY i.created_at DESC, i.id DESC")
                        .arg(QLatin1String(incidentColumns),
                             includeResolved ? QString() : QStringLiteral("WHERE i.resolved_at IS NULL")))) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the known incidents: %1").arg(explain(query));
        return incidents;
    }
    while (query.next())
        incidents.append(incidentFromQuery(query));
    return incidents;
}

std::optional<Incident> IncidentStore::find(qint64 id, QString *errorMessage) const
{
    QSqlQuery query;
    const bool ok =
        run(query, QStringLiteral("SELECT %1 FROM incidents i WHERE i.id = ?").arg(QLatin1String(incidentColumns)), {id});
    if (!ok || !query.next()) {
        if (errorMessage)
            *errorMessage = ok ? tr("There is no incident %1.").arg(Incident{id}.reference())
                               : tr("Cannot read the incident: %1").arg(explain(query));
        return std::nullopt;
    }
    return incidentFromQuery(query);
}

bool IncidentStore::join(qint64 id, const ContactInfo &contact, QString *errorMessage)
{
    QSqlQuery query;
    if (!run(query, AffectedPeople::insertStatement("incident_affected", "incident_id"),
             AffectedPeople::insertValues(id, contact))) {
        if (errorMessage)
            *errorMessage = tr("Cannot add you to incident %1: %2").arg(Incident{id}.reference(), explain(query));
        return false;
    }
    return true;
}

QList<ContactInfo> IncidentStore::affectedPeople(qint64 id, QString *errorMessage) const
{
    QList<ContactInfo> people;
    QSqlQuery query;
    if (!run(query, AffectedPeople::selectStatement("incident_affected", "incident_id"), {id})) {
        if (errorMessage)
            *errorMessage = tr("Cannot read who is affected by %1: %2").arg(Incident{id}.reference(), explain(query));
        return people;
    }
    while (query.next())
        people.append(AffectedPeople::contactFromQuery(query));
    return people;
}

qint64 IncidentStore::parseReference(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:INC-?)?0*(\\d{1,15})\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

} // namespace Helpdesk
