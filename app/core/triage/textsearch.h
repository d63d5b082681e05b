#pragma once

// TextSearch: what a person typed into a search box, as a full-text query for
// SQLite FTS5 or PostgreSQL tsquery. Words only — quotes and operators are
// text to find, never query syntax — every word required, whole words in any
// case. Pure: it builds the bound value, the callers own their SQL.

#include <QString>
#include <QStringList>

namespace Helpdesk {

class TextSearch final
{
public:
    static QStringList words(const QString &text);
    // FTS5 MATCH value: "w1" "w2" "w3"
    static QString sqliteQuery(const QStringList &words);
    // to_tsquery('simple', …) value: w1 & w2 & w3
    static QString postgresQuery(const QStringList &words);
};

} // namespace Helpdesk
