#include "store/reportstore.h"

// ReportStore's export: every column of every report, as SQLite stores it.

#include "model/storagetime.h"

#include <QSqlRecord>

namespace Helpdesk {

namespace {

// The same export from either backend: PostgreSQL hands back booleans and
// timestamps where SQLite stores 0/1 and ISO text, so write both as SQLite does.
QVariant portable(const QVariant &value)
{
    if (value.isNull())
        return value;
    switch (value.metaType().id()) {
    case QMetaType::Bool: return value.toBool() ? 1 : 0;
    case QMetaType::QDateTime: return StorageTime::text(value.toDateTime());
    default: return value;
    }
}

} // namespace

ReportStore::ExportResult ReportStore::exportAll(const std::function<bool(const QStringList &columns)> &begin,
                                                 const std::function<void(const QVariantList &values)> &row,
                                                 QString *errorText) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT * FROM reports ORDER BY id")) || !query.exec()) {
        if (errorText)
            *errorText = query.lastError().text();
        return ExportResult::QueryFailed;
    }
    const QSqlRecord record = query.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    if (!begin(columns))
        return ExportResult::Aborted;
    QVariantList values;
    while (query.next()) {
        values.clear();
        for (int i = 0; i < columns.size(); ++i)
            values.append(portable(query.value(i)));
        row(values);
    }
    if (query.lastError().isValid()) {
        if (errorText)
            *errorText = query.lastError().text();
        return ExportResult::ReadingStopped;
    }
    return ExportResult::Done;
}

} // namespace Helpdesk
