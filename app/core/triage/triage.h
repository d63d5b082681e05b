#pragma once

// Triage: pure checks of what an employee wrote, before it is sent. Is the
// report vague ("всё сломалось", "HELP!!!", a summary that only repeats the
// category)? Does the text carry secrets (passwords, PINs, one-time codes,
// card numbers passing Luhn, CVV, IBAN)? Rules and word lists are data
// (:/triage/rules.json) an organisation can extend; nothing here touches the
// network, the database or widgets.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QJsonObject;

namespace Helpdesk {

struct SecretMatch
{
    QString kind; // "password", "pin", "otp", "card", "cvv", "iban"
    int start = 0; // character offsets into the text, end exclusive
    int end = 0;
    bool operator==(const SecretMatch &other) const
    {
        return kind == other.kind && start == other.start && end == other.end;
    }
};

struct VaguenessResult
{
    bool vague = false;
    // What a specific report would add, as translated sentences for the
    // person: what you were doing, what you expected, what happened, the
    // exact error text. Empty when not vague.
    QStringList missing;
};

class Triage final
{
    Q_DECLARE_TR_FUNCTIONS(Triage)
public:
    static const Triage &builtIn();
    // Rules from JSON (the format of resources/triage/rules.json); an invalid
    // file gives an empty rule set and a message.
    static Triage fromJson(const QByteArray &json, QString *errorMessage = nullptr);

    Triage();
    ~Triage();
    Triage(const Triage &);
    Triage &operator=(const Triage &);

    VaguenessResult checkVagueness(const QString &summary, const QString &description,
                                   const QString &categoryId = QString()) const;
    // One text (a single line for `helpdesk-admin triage`).
    bool isVague(const QString &text) const { return checkVagueness(text, QString()).vague; }

    QList<SecretMatch> findSecrets(const QString &text) const;

    // One problem per report: the topics (category ids: printing, email, ...)
    // of separate problems when the text clearly names at least two unrelated
    // ones ("принтер не печатает, и ещё почта не открывается"); empty
    // otherwise, including for one problem touching two things ("Outlook
    // does not print").
    QStringList separateProblems(const QString &summary, const QString &description) const;
    // Each match replaced by "[removed]", later matches first so offsets hold.
    static QString removeSecrets(const QString &text, const QList<SecretMatch> &matches);
    static QString secretKindName(const QString &kind); // translated, for the wizard's warning

    static bool passesLuhn(const QString &digits);

private:
    struct Rules;
    // fromJson() by section of the rules file; false with *error set.
    static bool readVagueness(const QJsonObject &vagueness, Rules *rules, QString *error);
    static bool readSecretRules(const QJsonObject &secrets, Rules *rules, QString *error);
    static bool readSeveralProblems(const QJsonObject &several, Rules *rules, QString *error);
    // checkVagueness() in steps.
    struct WordCount;
    static WordCount countWords(const Rules &rules, const QString &text, const QString &categoryId);
    static QStringList missingDetails(const Rules &rules, const QString &text, const QString &normalizedText);
    std::shared_ptr<const Rules> m_rules;
};

} // namespace Helpdesk
