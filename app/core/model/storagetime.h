#pragma once

// How times are stored, on both backends: ISO 8601 UTC text with
// milliseconds, which sorts as text; empty for an invalid time. Read back in
// local time: SQLite gives back the text it was given, PostgreSQL a
// timestamptz; NULL is an invalid time.

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Helpdesk::StorageTime {

QString text(const QDateTime &time);
QDateTime read(const QVariant &value);

} // namespace Helpdesk::StorageTime
