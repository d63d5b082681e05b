#pragma once

// Triage::Rules: the rules file as Triage holds it once read. Shared by the
// two files that define Triage, triage.cpp (vagueness, several problems) and
// triagesecrets.cpp (secrets); private to Triage, nothing else includes it.

#include "triage/triage.h"
#include "triage/wordlist.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>

namespace Helpdesk {

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

} // namespace Helpdesk
