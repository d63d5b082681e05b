#include "triage/textsearch.h"

#include <QRegularExpression>

namespace Helpdesk {

QStringList TextSearch::words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    // \w also lets "_" through, which neither query language treats as syntax.
    return text.split(separators, Qt::SkipEmptyParts);
}

QString TextSearch::sqliteQuery(const QStringList &words)
{
    QStringList terms;
    for (const QString &word : words)
        terms.append(QLatin1Char('"') + word + QLatin1Char('"'));
    return terms.join(QLatin1Char(' '));
}

QString TextSearch::postgresQuery(const QStringList &words)
{
    return words.join(QStringLiteral(" & "));
}

} // namespace Helpdesk
