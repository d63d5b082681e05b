#pragma once

// DraftStore: the unfinished report of the wizard, kept on this computer so a
// crash, a power cut or `kill -9` loses nothing typed. One JSON file per
// client id under AppDataLocation/drafts, written atomically (QSaveFile): a
// failed or interrupted write leaves the previous draft whole. A damaged file
// is reported and set aside, never trusted and never a crash. Pure Core: it
// knows neither widgets nor the database.

#include "model/report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Helpdesk {

class DraftStore final
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)
public:
    struct Draft
    {
        Report report;        // with its client id, so a restored draft keeps its identity
        int page = 0;         // the wizard page that was shown
        QDateTime savedAt;
    };

    // `directory` empty: AppDataLocation/drafts.
    explicit DraftStore(const QString &directory = QString());

    QString directory() const { return m_directory; }
    static QString defaultDirectory();
    // Where the draft of this client id lives; empty for an id that is not a
    // plain file name (letters, digits, '-', '_').
    QString filePath(const QString &clientId) const;

    // Replaces the draft of report.clientId, all or nothing.
    bool save(const Draft &draft, QString *errorMessage);
    // The draft of one client id; nullopt with the reason when it is missing
    // or damaged.
    std::optional<Draft> load(const QString &clientId, QString *errorMessage) const;
    // The most recently saved draft that can be read. A damaged file is
    // renamed to *.damaged (so it is reported once, not at every start) and
    // named in `problems`.
    std::optional<Draft> latest(QStringList *problems = nullptr) const;
    // True when there is no draft of this client id afterwards.
    bool remove(const QString &clientId, QString *errorMessage = nullptr);

private:
    std::optional<Draft> read(const QString &path, QString *errorMessage) const;

    QString m_directory;
};

} // namespace Helpdesk
