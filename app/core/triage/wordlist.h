#pragma once

// WordList: one word list of the triage rules (vague words, fillers, a
// category's words, password stopwords), read from a JSON array. It holds
// whole words plus "prefix*" entries, so one line covers a Russian word's
// endings (сломался, сломано, сломалось). It only answers whether a word is
// listed; what a listed word means is the caller's.

#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

class QJsonValue;

namespace Helpdesk {

struct WordList
{
    QSet<QString> exact;
    QStringList prefixes;

    // Word lists compare lower-cased words with ё folded to е and the typographic
    // apostrophe folded to ', so "Всё" and "все", "doesn’t" and "doesn't" agree.
    static QString normalized(const QString &text);
    // A JSON array of words and "prefix*" entries, as the rules file lists them.
    static WordList fromJson(const QJsonValue &value);

    bool contains(const QString &normalizedWord) const
    {
        if (exact.contains(normalizedWord))
            return true;
        return std::any_of(prefixes.cbegin(), prefixes.cend(),
                           [&](const QString &p) { return normalizedWord.startsWith(p); });
    }
    void add(const WordList &other)
    {
        exact.unite(other.exact);
        prefixes += other.prefixes;
    }
};

} // namespace Helpdesk
