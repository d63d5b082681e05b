#include "triage/summarysimilarity.h"

#include "triage/textsearch.h"

namespace Helpdesk {

namespace {

constexpr int StemLength = 5;

} // namespace

// Negations stay out of this list on purpose: "не печатает" and "печатает"
// are different reports.
const QSet<QString> &SummarySimilarity::fillerWords()
{
    static const QSet<QString> words = {
        QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("with"), QStringLiteral("for"),
        QStringLiteral("from"), QStringLiteral("again"), QStringLiteral("please"), QStringLiteral("does"),
        QStringLiteral("is"), QStringLiteral("my"), QStringLiteral("our"), QStringLiteral("this"),
        QStringLiteral("that"), QStringLiteral("when"), QStringLiteral("there"),
        QStringLiteral("на"), QStringLiteral("в"), QStringLiteral("во"), QStringLiteral("с"), QStringLiteral("со"),
        QStringLiteral("и"), QStringLiteral("у"), QStringLiteral("по"), QStringLiteral("при"), QStringLiteral("для"),
        QStringLiteral("опять"), QStringLiteral("снова"), QStringLiteral("очень"), QStringLiteral("меня"),
        QStringLiteral("мой"), QStringLiteral("моя"), QStringLiteral("моё"), QStringLiteral("мое"),
        QStringLiteral("наш"), QStringLiteral("наша"), QStringLiteral("это"), QStringLiteral("пожалуйста"),
        QStringLiteral("когда"), QStringLiteral("уже"), QStringLiteral("тоже"),
    };
    return words;
}

QSet<QString> SummarySimilarity::stems(const QString &text)
{
    QSet<QString> result;
    for (const QString &word : TextSearch::words(text)) {
        const QString folded = word.toCaseFolded();
        if (fillerWords().contains(folded))
            continue;
        // Numbers count whole ("3", "305"): a room or floor tells reports apart.
        bool digitsOnly = true;
        for (const QChar c : folded)
            digitsOnly = digitsOnly && c.isDigit();
        if (!digitsOnly && folded.size() < 3 && folded != u"не" && folded != u"no")
            continue;
        result.insert(digitsOnly ? folded : folded.left(StemLength));
    }
    return result;
}

double SummarySimilarity::score(const QString &a, const QString &b)
{
    const QSet<QString> left = stems(a);
    const QSet<QString> right = stems(b);
    const qsizetype shorter = std::min(left.size(), right.size());
    if (shorter == 0)
        return 0;
    const QSet<QString> shared = QSet<QString>(left).intersect(right);
    return double(shared.size()) / double(shorter);
}

bool SummarySimilarity::similar(const QString &a, const QString &b)
{
    const QSet<QString> left = stems(a);
    const QSet<QString> right = stems(b);
    const qsizetype shorter = std::min(left.size(), right.size());
    if (shorter == 0)
        return false;
    const qsizetype shared = QSet<QString>(left).intersect(right).size();
    if (shorter == 1)
        return shared == 1 && std::max(left.size(), right.size()) <= 2;
    return shared >= 2 && double(shared) / double(shorter) >= 0.6;
}

} // namespace Helpdesk
