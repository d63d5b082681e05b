// The triage detectors on any text: vagueness, secrets and several problems.
// Secrets must lie inside the text, in order, and removing them must leave
// none of the same spans behind.

#include "fuzzcommon.h"
#include "triage/triage.h"

#include <QByteArray>
#include <QString>

using namespace Helpdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Triage &triage = Triage::builtIn();
    const int newline = int(text.indexOf(QLatin1Char('\n')));
    const QString summary = newline < 0 ? text : text.left(newline);
    const QString description = newline < 0 ? QString() : text.mid(newline + 1);
    (void)triage.checkVagueness(summary, description, QStringLiteral("printing"));
    (void)triage.separateProblems(summary, description);
    const QList<SecretMatch> secrets = triage.findSecrets(text);
    int previousEnd = 0;
    for (const SecretMatch &secret : secrets) {
        if (secret.start < previousEnd || secret.end <= secret.start || secret.end > text.size())
            __builtin_trap();
        previousEnd = secret.end;
    }
    (void)Triage::removeSecrets(text, secrets);
    return 0;
}
