#include "triage/triage.h"

#include "triage/triagerules.h"
#include "triage/wordlist.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Helpdesk {

namespace {

constexpr auto PatternOptions = QRegularExpression::CaseInsensitiveOption
        | QRegularExpression::UseUnicodePropertiesOption;

bool readPatterns(const QJsonValue &value, QList<QRegularExpression> *patterns, QString *error)
{
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        QRegularExpression re(v.toString(), PatternOptions);
        if (!re.isValid()) {
            *error = Triage::tr("Invalid pattern “%1”: %2").arg(v.toString(), re.errorString());
            return false;
        }
        patterns->append(re);
    }
    return true;
}

bool anyMatch(const QList<QRegularExpression> &patterns, const QString &text)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&](const QRegularExpression &re) { return re.match(text).hasMatch(); });
}

int countMatches(const QList<QRegularExpression> &patterns, const QString &text)
{
    int count = 0;
    for (const QRegularExpression &re : patterns) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
    }
    return count;
}

bool isLatinWord(const QString &word)
{
    bool hasLatin = false;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (c.script() != QChar::Script_Latin)
                return false;
            hasLatin = true;
        }
    }
    return hasLatin;
}

// The secrets of a text blanked out with spaces, so that offsets into it hold.
QString blankSecrets(QString text, const QList<SecretMatch> &secrets)
{
    for (const SecretMatch &secret : secrets)
        text.replace(secret.start, secret.end - secret.start, QString(secret.end - secret.start, QLatin1Char(' ')));
    return text;
}

bool isMostlyCyrillic(const QString &text)
{
    int cyrillic = 0;
    int latin = 0;
    for (const QChar c : text) {
        if (c.isLetter())
            ++(c.script() == QChar::Script_Cyrillic ? cyrillic : latin);
    }
    return cyrillic > latin;
}

// A product or app name ("Outlook", "SAP", "LaserJet") names the thing that
// broke: a Latin word in Russian text, or a capitalised word in the middle of
// an English sentence. `m` is the match of the word in `text`.
bool namesProduct(const QString &text, const QRegularExpressionMatch &m, bool russianText)
{
    const QString word = m.captured();
    if (!isLatinWord(word))
        return false;
    int before = m.capturedStart() - 1;
    while (before >= 0 && text.at(before).isSpace() && text.at(before) != QLatin1Char('\n'))
        --before;
    const bool sentenceStart = before < 0 || QStringLiteral(".!?\n:").contains(text.at(before));
    const bool innerUpper = std::any_of(word.cbegin() + 1, word.cend(), [](QChar c) { return c.isUpper(); });
    return russianText || innerUpper || (!sentenceStart && word.at(0).isUpper());
}

} // namespace

Triage::Triage() : m_rules(std::make_shared<const Rules>()) {}
Triage::~Triage() = default;
Triage::Triage(const Triage &) = default;
Triage &Triage::operator=(const Triage &) = default;

const Triage &Triage::builtIn()
{
    // Parsed once, on first use: the wizard asks on every keystroke.
    static const Triage triage = [] {
        QFile file(QStringLiteral(":/triage/rules.json"));
        QString error;
        Triage t;
        if (!file.open(QIODevice::ReadOnly))
            qWarning("Triage: cannot open the built-in rules: %s", qPrintable(file.errorString()));
        else
            t = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qWarning("Triage: the built-in rules are broken: %s", qPrintable(error));
        return t;
    }();
    return triage;
}

bool Triage::readVagueness(const QJsonObject &vagueness, Rules *rules, QString *error)
{
    rules->vagueWords = WordList::fromJson(vagueness.value(QLatin1String("vague_words")));
    rules->intensifiers = WordList::fromJson(vagueness.value(QLatin1String("intensifiers")));
    rules->fillers = WordList::fromJson(vagueness.value(QLatin1String("fillers")));
    const QJsonObject categories = vagueness.value(QLatin1String("category_words")).toObject();
    for (auto it = categories.constBegin(); it != categories.constEnd(); ++it) {
        const WordList words = WordList::fromJson(it.value());
        rules->categoryWords.insert(it.key(), words);
        rules->allCategoryWords.add(words);
    }
    const QJsonObject missing = vagueness.value(QLatin1String("missing")).toObject();
    return readPatterns(vagueness.value(QLatin1String("phrases")), &rules->vaguePhrases, error)
        && readPatterns(vagueness.value(QLatin1String("strong_specifics")), &rules->strongSpecifics, error)
        && readPatterns(missing.value(QLatin1String("doing")), &rules->doing, error)
        && readPatterns(missing.value(QLatin1String("expected")), &rules->expected, error)
        && readPatterns(missing.value(QLatin1String("happened")), &rules->happened, error)
        && readPatterns(missing.value(QLatin1String("error_text")), &rules->errorText, error);
}

bool Triage::readSeveralProblems(const QJsonObject &several, Rules *rules, QString *error)
{
    if (!readPatterns(several.value(QLatin1String("clause_separators")), &rules->clauseSeparators, error)
        || !readPatterns(several.value(QLatin1String("markers")), &rules->splitMarkers, error))
        return false;
    const QJsonObject topics = several.value(QLatin1String("topics")).toObject();
    for (auto it = topics.constBegin(); it != topics.constEnd(); ++it)
        rules->topics.append({it.key(), WordList::fromJson(it.value())});
    return true;
}

Triage Triage::fromJson(const QByteArray &json, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return Triage();
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The triage rules are not valid JSON: %1 (at character %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("The triage rules must be a JSON object."));

    auto rules = std::make_shared<Rules>();
    QString error;
    const QJsonObject root = doc.object();
    if (!readVagueness(root.value(QLatin1String("vagueness")).toObject(), rules.get(), &error)
        || !readSecretRules(root.value(QLatin1String("secrets")).toObject(), rules.get(), &error)
        || !readSeveralProblems(root.value(QLatin1String("several_problems")).toObject(), rules.get(), &error))
        return fail(error);

    Triage triage;
    triage.m_rules = std::move(rules);
    if (errorMessage)
        errorMessage->clear();
    return triage;
}

// What the words of a text carry, for checkVagueness().
struct Triage::WordCount
{
    int content = 0; // words that say something: not vague, not filler, not the category's own
    int named = 0; // of those, the names of a product or app
    bool vagueWord = false; // a word that is vague by itself ("сломалось")
};

Triage::WordCount Triage::countWords(const Rules &rules, const QString &text, const QString &categoryId)
{
    // Words that only repeat the category ("Printer problem" under Printing)
    // say nothing new. Without a category every category's words count so.
    const WordList *categoryWords = &rules.allCategoryWords;
    const auto category = rules.categoryWords.constFind(categoryId);
    if (!categoryId.isEmpty() && category != rules.categoryWords.constEnd())
        categoryWords = &category.value();
    const bool russianText = isMostlyCyrillic(text);

    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    WordCount count;
    auto it = wordPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString word = m.captured();
        const QString w = WordList::normalized(word);
        if (rules.vagueWords.contains(w)) {
            count.vagueWord = true;
            continue;
        }
        if (rules.intensifiers.contains(w) || rules.fillers.contains(w) || categoryWords->contains(w))
            continue;
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); })) {
            ++count.content;
            continue;
        }
        if (word.size() < 2)
            continue;
        ++count.content;
        if (namesProduct(text, m, russianText))
            ++count.named;
    }
    return count;
}

// Only what is not evidently there already: nobody should be asked for the
// error text they have just quoted.
QStringList Triage::missingDetails(const Rules &rules, const QString &text, const QString &normalizedText)
{
    QStringList missing;
    if (!anyMatch(rules.doing, normalizedText))
        missing << tr("What you were doing when it happened (for example, printing a PDF from Outlook).");
    if (!anyMatch(rules.expected, normalizedText))
        missing << tr("What you expected to happen.");
    if (!anyMatch(rules.happened, normalizedText))
        missing << tr("What happened instead.");
    if (!anyMatch(rules.errorText, text))
        missing << tr("The exact text of the error message, if one appeared (copy it or write it down "
                      "word for word).");
    return missing;
}

VaguenessResult Triage::checkVagueness(const QString &summary, const QString &description,
                                       const QString &categoryId) const
{
    VaguenessResult result;
    const Rules &rules = *m_rules;
    // Summary and description together: a vague summary is fine when the
    // description says what happened.
    QString text = description.trimmed().isEmpty() ? summary : summary + QLatin1Char('\n') + description;
    // A password or card number is no detail of the problem: "всё сломалось,
    // пароль qwerty123" is as vague as without it.
    text = blankSecrets(text, findSecrets(text));
    if (text.trimmed().isEmpty())
        return result; // nothing written yet is a required-field error, not vagueness
    const QString norm = WordList::normalized(text);

    // Quoted error text, error codes, model numbers, versions: one of them
    // alone makes a report something an agent can act on.
    const int strong = countMatches(rules.strongSpecifics, text);
    const WordCount words = countWords(rules, text, categoryId);
    const bool vagueHit = anyMatch(rules.vaguePhrases, norm) || words.vagueWord;

    // A named product adds weight but is not enough on its own: "Проблема с
    // Outlook" still does not say what happened.
    const int score = words.content + words.named + 3 * strong;
    result.vague = score == 0 || (vagueHit && score < 3);
    if (result.vague)
        result.missing = missingDetails(rules, text, norm);
    return result;
}

QStringList Triage::separateProblems(const QString &summary, const QString &description) const
{
    const Rules &rules = *m_rules;
    const QString norm = WordList::normalized(summary + QLatin1Char('\n') + description);
    // Two topics alone are often one problem ("the laptop does not see the
    // printer"); only a text that also says "another thing" is offered a split.
    if (rules.topics.isEmpty() || !anyMatch(rules.splitMarkers, norm))
        return {};
    QString marked = norm;
    const QChar boundary(0x1f);
    for (const QRegularExpression &separator : rules.clauseSeparators)
        marked.replace(separator, QString(boundary));
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}]+(?:['\\-][\\p{L}\\p{N}]+)*"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    const QStringList clauses = marked.split(boundary, Qt::SkipEmptyParts);
    for (const QString &clause : clauses) {
        QStringList clauseTopics;
        auto it = wordPattern.globalMatch(clause);
        while (it.hasNext()) {
            const QString word = it.next().captured();
            for (const auto &[topic, words] : rules.topics) {
                if (!clauseTopics.contains(topic) && words.contains(word))
                    clauseTopics.append(topic);
            }
        }
        // A clause with two topics is one problem seen from two sides.
        if (clauseTopics.size() == 1 && !found.contains(clauseTopics.constFirst()))
            found.append(clauseTopics.constFirst());
    }
    return found.size() >= 2 ? found : QStringList();
}

} // namespace Helpdesk
