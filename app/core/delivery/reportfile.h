#pragma once

// ReportFile: the one file per report that DraftStore and Outbox keep in a
// folder, named by the report's client id. It names and removes such a file;
// it never reads or writes what the file says (each store has its format).

#include <QString>

namespace Helpdesk {

class ReportFile final
{
public:
    static constexpr QLatin1String Suffix{".json"};

    // `directory`/`clientId` + Suffix, or empty when the client id is not a plain
    // name (letters, digits, '_' and '-', at most 100): a file name made of it
    // can never leave the folder.
    static QString path(const QString &directory, const QString &clientId);

    // Removes the file at `path`; an empty path or one that names no file is
    // gone already. On failure returns false with the file's reason in
    // *reason, for the caller's own message.
    static bool remove(const QString &path, QString *reason);
};

} // namespace Helpdesk
