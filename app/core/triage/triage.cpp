#include "triage/triage.h"

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

bool ibanIsValid(const QString &compact)
{
    if (compact.size() < 15 || compact.size() > 34)
        return false;
    // ISO 13616: move the first four characters to the end, letters become
    // 10..35, and the whole number must be 1 modulo 97.
    const QString rearranged = compact.mid(4) + compact.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (c.isDigit()) {
            remainder = (remainder * 10 + c.digitValue()) % 97;
        } else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            const int v = c.unicode() - 'A' + 10;
            remainder = (remainder * 100 + v) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

// Card numbers start with 2 (Mir, Mastercard), 3 (Amex, JCB), 4 (Visa),
// 5 (Mastercard) or 6 (Discover, UnionPay): a serial or order number that
// happens to pass Luhn usually does not.
bool looksLikeCardNumber(const QString &value)
{
    QString digits = value;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    return digits.size() >= 13 && digits.size() <= 19 && digits.at(0) >= QLatin1Char('2')
        && digits.at(0) <= QLatin1Char('6') && Triage::passesLuhn(digits);
}

// A spaced IBAN's pattern may run into a following group of capitals; drops
// trailing groups until the checksum holds. False when it never does.
bool trimToValidIban(QString *value)
{
    while (!value->isEmpty()) {
        QString compact = *value;
        compact.remove(QLatin1Char(' '));
        if (ibanIsValid(compact))
            return true;
        const int space = int(value->lastIndexOf(QLatin1Char(' ')));
        if (space < 0)
            return false;
        value->truncate(space);
    }
    return false;
}

// Closing punctuation belongs to the sentence, not the password; "!" and "?"
// are kept because passwords use them. Returns how many characters it cut.
int trimSentencePunctuation(QString *value)
{
    int cut = 0;
    while (!value->isEmpty() && QStringLiteral(".,;:)»\"'”").contains(value->back())) {
        value->chop(1);
        ++cut;
    }
    return cut;
}

// separated: the value came after ":" or "is", not right after the word.
bool looksLikePasswordValue(const QString &value, bool separated, const WordList &stopwords)
{
    const bool hasLetterOrDigit =
            std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    if (!hasLetterOrDigit || stopwords.contains(WordList::normalized(value)))
        return false;
    if (separated)
        return value.size() >= 3;
    // "пароль истёк", "password expired": only a word that looks like a
    // password counts without ":" or "is".
    const bool looksLikePassword =
            std::any_of(value.cbegin(), value.cend(), [](QChar c) { return !c.isLetter(); })
            || std::any_of(value.cbegin() + 1, value.cend(), [](QChar c) { return c.isUpper(); });
    return value.size() >= 4 && looksLikePassword;
}

} // namespace

struct Triage::Rules
{
    QList<QRegularExpression> vaguePhrases;
    WordList vagueWords;
    WordList intensifiers;
    WordList fillers;
    QHash<QString, WordList> categoryWords;
    WordList allCategoryWords;
    QList<QRegularExpression> strongSpecifics;
    QList<QRegularExpression> doing;
    QList<QRegularExpression> expected;
    QList<QRegularExpression> happened;
    QList<QRegularExpression> errorText;

    struct SecretRule
    {
        QString kind;
        QString check; // "", "luhn", "iban", "password"
        QRegularExpression pattern;
        // Not a secret when the text just before it matches: the number a
        // serial, IMEI or order number is introduced with.
        QRegularExpression notAfter;
    };
    QList<SecretRule> secrets;
    WordList passwordStopwords;

    // One problem per report (several_problems).
    QList<QRegularExpression> clauseSeparators;
    QList<QRegularExpression> splitMarkers;
    QList<QPair<QString, WordList>> topics;
};

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

bool Triage::readSecretRules(const QJsonObject &secrets, Rules *rules, QString *error)
{
    rules->passwordStopwords = WordList::fromJson(secrets.value(QLatin1String("password_value_stopwords")));
    static const QStringList knownChecks = {QString(), QStringLiteral("luhn"), QStringLiteral("iban"),
                                            QStringLiteral("password")};
    const QJsonArray secretRules = secrets.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &v : secretRules) {
        const QJsonObject o = v.toObject();
        Rules::SecretRule rule;
        rule.kind = o.value(QLatin1String("kind")).toString();
        rule.check = o.value(QLatin1String("check")).toString();
        auto options = QRegularExpression::PatternOptions(QRegularExpression::UseUnicodePropertiesOption);
        if (!o.value(QLatin1String("case_sensitive")).toBool())
            options |= QRegularExpression::CaseInsensitiveOption;
        rule.pattern = QRegularExpression(o.value(QLatin1String("pattern")).toString(), options);
        const QString notAfter = o.value(QLatin1String("not_after")).toString();
        if (!notAfter.isEmpty()) {
            // Anchored at the secret: only the words right before it count.
            rule.notAfter = QRegularExpression(QStringLiteral("(?:%1)$").arg(notAfter), options);
            if (!rule.notAfter.isValid()) {
                *error = tr("Invalid pattern “%1”: %2").arg(notAfter, rule.notAfter.errorString());
                return false;
            }
        }
        if (rule.kind.isEmpty())
            *error = tr("A secret rule has no kind.");
        else if (!knownChecks.contains(rule.check))
            *error = tr("Unknown check “%1” in the secret rule “%2”.").arg(rule.check, rule.kind);
        else if (!rule.pattern.isValid())
            *error = tr("Invalid pattern “%1”: %2").arg(rule.pattern.pattern(), rule.pattern.errorString());
        if (!error->isEmpty())
            return false;
        rules->secrets.append(rule);
    }
    return true;
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
    const QList<SecretMatch> secrets = findSecrets(text);
    for (const SecretMatch &secret : secrets)
        text.replace(secret.start, secret.end - secret.start, QString(secret.end - secret.start, QLatin1Char(' ')));
    if (text.trimmed().isEmpty())
        return result; // nothing written yet is a required-field error, not vagueness
    const QString norm = WordList::normalized(text);

    bool vagueHit = anyMatch(rules.vaguePhrases, norm);
    // Quoted error text, error codes, model numbers, versions: one of them
    // alone makes a report something an agent can act on.
    const int strong = countMatches(rules.strongSpecifics, text);

    // Words that only repeat the category ("Printer problem" under Printing)
    // say nothing new. Without a category every category's words count so.
    const WordList *categoryWords = &rules.allCategoryWords;
    const auto category = rules.categoryWords.constFind(categoryId);
    if (!categoryId.isEmpty() && category != rules.categoryWords.constEnd())
        categoryWords = &category.value();

    int cyrillic = 0;
    int latin = 0;
    for (const QChar c : text) {
        if (c.isLetter())
            ++(c.script() == QChar::Script_Cyrillic ? cyrillic : latin);
    }
    const bool russianText = cyrillic > latin;

    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    int content = 0;
    int named = 0;
    auto it = wordPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString word = m.captured();
        const QString w = WordList::normalized(word);
        if (rules.vagueWords.contains(w)) {
            vagueHit = true;
            continue;
        }
        if (rules.intensifiers.contains(w) || rules.fillers.contains(w) || categoryWords->contains(w))
            continue;
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); })) {
            ++content;
            continue;
        }
        if (word.size() < 2)
            continue;
        ++content;
        // A product or app name ("Outlook", "SAP", "LaserJet") names the
        // thing that broke: a Latin word in Russian text, or a capitalised
        // word in the middle of an English sentence.
        if (isLatinWord(word)) {
            int before = m.capturedStart() - 1;
            while (before >= 0 && text.at(before).isSpace() && text.at(before) != QLatin1Char('\n'))
                --before;
            const bool sentenceStart = before < 0 || QStringLiteral(".!?\n:").contains(text.at(before));
            const bool innerUpper = std::any_of(word.cbegin() + 1, word.cend(), [](QChar c) { return c.isUpper(); });
            if (russianText || innerUpper || (!sentenceStart && word.at(0).isUpper()))
                ++named;
        }
    }

    // A named product adds weight but is not enough on its own: "Проблема с
    // Outlook" still does not say what happened.
    const int score = content + named + 3 * strong;
    result.vague = score == 0 || (vagueHit && score < 3);
    if (!result.vague)
        return result;

    // Only what is not evidently there already: nobody should be asked for
    // the error text they have just quoted.
    if (!anyMatch(rules.doing, norm))
        result.missing << tr("What you were doing when it happened (for example, printing a PDF from Outlook).");
    if (!anyMatch(rules.expected, norm))
        result.missing << tr("What you expected to happen.");
    if (!anyMatch(rules.happened, norm))
        result.missing << tr("What happened instead.");
    if (!anyMatch(rules.errorText, text))
        result.missing << tr("The exact text of the error message, if one appeared (copy it or write it down "
                             "word for word).");
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

QList<SecretMatch> Triage::findSecrets(const QString &text) const
{
    QList<SecretMatch> found;
    const Rules &rules = *m_rules;
    auto overlaps = [&found](int start, int end) {
        return std::any_of(found.cbegin(), found.cend(),
                           [&](const SecretMatch &s) { return start < s.end && s.start < end; });
    };
    for (const Rules::SecretRule &rule : rules.secrets) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            int start = m.capturedStart(QStringLiteral("value"));
            int end = m.capturedEnd(QStringLiteral("value"));
            if (start < 0) {
                start = int(m.capturedStart());
                end = int(m.capturedEnd());
            }
            QString value = text.mid(start, end - start);
            if (!rule.notAfter.pattern().isEmpty()) {
                constexpr int lookBehind = 40;
                const int from = std::max(0, start - lookBehind);
                if (rule.notAfter.match(text.mid(from, start - from)).hasMatch())
                    continue;
            }

            if (rule.check == QLatin1String("luhn")) {
                if (!looksLikeCardNumber(value))
                    continue;
            } else if (rule.check == QLatin1String("iban")) {
                if (!trimToValidIban(&value))
                    continue;
                end = start + int(value.size());
            } else if (rule.check == QLatin1String("password")) {
                end -= trimSentencePunctuation(&value);
                const bool separated = !m.captured(QStringLiteral("sep")).trimmed().isEmpty();
                if (!looksLikePasswordValue(value, separated, rules.passwordStopwords))
                    continue;
            }
            if (end <= start || overlaps(start, end))
                continue;
            found.append(SecretMatch{rule.kind, start, end});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const SecretMatch &a, const SecretMatch &b) { return a.start < b.start; });
    return found;
}

QString Triage::removeSecrets(const QString &text, const QList<SecretMatch> &matches)
{
    QList<SecretMatch> sorted = matches;
    std::sort(sorted.begin(), sorted.end(),
              [](const SecretMatch &a, const SecretMatch &b) { return a.start > b.start; });
    QString result = text;
    int limit = int(text.size());
    for (const SecretMatch &m : sorted) {
        // Overlapping or out-of-range matches are skipped rather than
        // corrupting the text around them.
        if (m.start < 0 || m.end > limit || m.start >= m.end)
            continue;
        result.replace(m.start, m.end - m.start, QStringLiteral("[removed]"));
        limit = m.start;
    }
    return result;
}

QString Triage::secretKindName(const QString &kind)
{
    if (kind == QLatin1String("password"))
        return tr("password");
    if (kind == QLatin1String("pin"))
        return tr("PIN code");
    if (kind == QLatin1String("otp"))
        return tr("one-time code", "a code sent by SMS to confirm a sign-in or payment");
    if (kind == QLatin1String("card"))
        return tr("bank card number");
    if (kind == QLatin1String("cvv"))
        return tr("card security code (CVV/CVC)");
    if (kind == QLatin1String("iban"))
        return tr("bank account number (IBAN)");
    return kind;
}

bool Triage::passesLuhn(const QString &digits)
{
    int sum = 0;
    int count = 0;
    bool doubleIt = false;
    for (auto it = digits.crbegin(); it != digits.crend(); ++it) {
        const QChar c = *it;
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue; // grouping as printed on a card
        if (!c.isDigit() || c.unicode() > 0x7f)
            return false;
        int d = c.digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
        ++count;
    }
    return count >= 2 && sum % 10 == 0;
}

} // namespace Helpdesk
