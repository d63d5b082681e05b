#pragma once

// SummarySimilarity: do two one-line summaries describe the same problem?
// "Принтер на 3 этаже не печатает" and "не печатает принтер, 3 этаж" do; "Не
// печатает принтер" and "Не открывается почта" do not. Words are compared
// case-folded, without short filler words, by their first letters (a crude
// stem that lets "принтер" meet "принтера" and "printing" meet "printer").
// Pure and cheap: it runs over a few hundred open reports before Submit.

#include <QSet>
#include <QString>

namespace Helpdesk {

class SummarySimilarity final
{
public:
    // The stems of the words that carry meaning.
    static QSet<QString> stems(const QString &text);
    // The short words that say nothing about which problem it is, case-
    // folded. PostgreSQL's helpdesk_summary_stems() (migration 0012) has the
    // same list.
    static const QSet<QString> &fillerWords();
    // Shared stems over the stems of the shorter summary: 0 … 1.
    static double score(const QString &a, const QString &b);
    // Similar enough to ask the reporter: at least two shared stems covering
    // at least 60% of the shorter summary (or all of a one-word one).
    static bool similar(const QString &a, const QString &b);
};

} // namespace Helpdesk
