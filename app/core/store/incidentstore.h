#pragma once

// IncidentStore: known incidents that agents post ("Printing on the 3rd floor
// is down, we are on it") and the people who said "this is my problem too".
// The wizard shows the active ones that concern the employee before they
// describe the same problem again; helpdesk-admin posts and resolves them.

#include "model/report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Helpdesk {

struct Incident
{
    qint64 id = 0;
    QString title;
    QString category;    // Taxonomy category id, or empty
    QString deviceMake;  // optional: which device is down
    QString deviceModel;
    QString assetTag;
    QString location;    // optional: where (building, floor, room); empty means everyone
    QString message;
    QDateTime createdAt;
    QString createdBy;
    QDateTime resolvedAt; // invalid while the incident is active
    int affectedCount = 0;

    bool isActive() const { return !resolvedAt.isValid(); }
    QString reference() const; // INC-0007
    // True when the incident is for everyone or its location is part of the
    // person's location (or the other way round), in any case:
    // "Building A" concerns someone in "Building A, room 305".
    bool concerns(const QString &personLocation) const;
};

class IncidentStore final
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)
public:
    explicit IncidentStore(const QString &connectionName);

    static QString titleError(const QString &title);
    static QString categoryError(const QString &category);

    // Returns the new incident's id, or 0 with a message.
    qint64 add(const Incident &incident, QString *errorMessage);
    // Marks an active incident resolved; false with a message when there is
    // no such active incident.
    bool resolve(qint64 id, QString *errorMessage);
    // Newest first; only active ones unless includeResolved.
    QList<Incident> list(bool includeResolved, QString *errorMessage = nullptr) const;
    std::optional<Incident> find(qint64 id, QString *errorMessage = nullptr) const;
    // "This is my problem": adds the person; joining twice is not an error.
    bool join(qint64 id, const ContactInfo &contact, QString *errorMessage);
    QList<ContactInfo> affectedPeople(qint64 id, QString *errorMessage = nullptr) const;

    // Accepts "INC-0007", "inc-7", "7"; 0 when it is not an incident reference.
    static qint64 parseReference(const QString &text);

private:
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {}) const;
    QString explain(const QSqlQuery &query) const;

    QString m_connectionName;
};

} // namespace Helpdesk
