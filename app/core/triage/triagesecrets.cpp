#include "triage/triage.h"

#include "triage/triagerules.h"
#include "triage/wordlist.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

// The secret checks of Triage: what of a text must not be sent (passwords,
// PINs, one-time codes, card numbers, CVV, IBAN), and the section of the rules
// file that says how to find it. The rest of Triage is in triage.cpp.

namespace Helpdesk {

namespace {

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
