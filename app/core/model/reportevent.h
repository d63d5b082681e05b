#pragma once

// ReportEvent: one row of a report's history — who changed what and when.
// Pure data; ReviewStore writes them, ReviewStore and ReportStore read them.

#include <QDateTime>
#include <QString>

namespace Helpdesk {

struct ReportEvent
{
    // Stored ids of `kind`.
    static constexpr const char *Status = "status"; // old_value -> new_value
    static constexpr const char *Assign = "assign"; // old_value -> new_value (agent logins, '' = nobody)
    static constexpr const char *Note = "note";     // internal: agents only
    static constexpr const char *Reply = "reply";   // to the reporter, who reads it
    // Written by the reporter on their own report (schema 15).
    static constexpr const char *Answer = "answer";      // text for the helpdesk
    static constexpr const char *Fixed = "fixed";        // a resolved report is fixed: closed; new_value "1"-"5" rates it
    static constexpr const char *NotFixed = "not_fixed"; // ... is not, with the reason: reopened

    qint64 id = 0;
    qint64 reportId = 0;
    QDateTime at;
    QString actor;
    QString kind;
    QString oldValue;
    QString newValue;
    QString text;
    int version = 0; // the report's version this change produced
};

} // namespace Helpdesk
