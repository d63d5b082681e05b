#pragma once

// "I'm affected too" rows: a person added to a report (report_affected) or to
// an incident (incident_affected). Both tables keep the same columns after
// their owner's id, so both stores write and read them the same way.

#include "model/report.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Helpdesk::AffectedPeople {

// INSERT of one person into `table`, keyed by `ownerColumn`; adding the same
// login twice is not an error (ON CONFLICT DO NOTHING). Both are constants of
// the code, never user data.
QString insertStatement(const char *table, const char *ownerColumn);
// The values insertStatement() binds, in its order: trimmed, '' for a null
// text (the columns are NOT NULL), stamped now.
QVariantList insertValues(qint64 ownerId, const ContactInfo &contact);
// SELECT of login, name, email, phone, created_at of one owner's people, in
// the order they were added.
QString selectStatement(const char *table, const char *ownerColumn);
// The contact of the current row of a selectStatement() query.
ContactInfo contactFromQuery(const QSqlQuery &query);
constexpr int AddedAtColumn = 4;

} // namespace Helpdesk::AffectedPeople
