#include "triage/wordlist.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Helpdesk {

QString WordList::normalized(const QString &text)
{
    QString s = text.toLower();
    s.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    s.replace(QChar(0x2019), QLatin1Char('\''));
    return s;
}

WordList WordList::fromJson(const QJsonValue &value)
{
    WordList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        const QString word = normalized(v.toString().trimmed());
        if (word.isEmpty())
            continue;
        if (word.endsWith(QLatin1Char('*')))
            list.prefixes.append(word.chopped(1));
        else
            list.exact.insert(word);
    }
    return list;
}

} // namespace Helpdesk
