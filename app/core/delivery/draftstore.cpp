#include "delivery/draftstore.h"

#include "delivery/reportfile.h"
#include "delivery/reportjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Helpdesk {

namespace {
constexpr int formatVersion = 1;
} // namespace

DraftStore::DraftStore(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::filePath(const QString &clientId) const
{
    return ReportFile::path(m_directory, clientId);
}

bool DraftStore::save(const Draft &draft, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const QString path = filePath(draft.report.clientId);
    if (path.isEmpty())
        return fail(tr("The draft cannot be saved: its id “%1” is not a plain name.").arg(draft.report.clientId));
    if (!QDir().mkpath(m_directory))
        return fail(tr("The draft cannot be saved: the folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_directory)));
    QJsonObject object{
        {QStringLiteral("format"), formatVersion},
        {QStringLiteral("page"), draft.page},
        {QStringLiteral("saved_at"), (draft.savedAt.isValid() ? draft.savedAt : QDateTime::currentDateTime())
                                         .toString(Qt::ISODateWithMs)},
        {QStringLiteral("report"), ReportJson::toSavedObject(draft.report)},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The draft cannot be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Names, phone numbers and screenshots: for this user's eyes only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(tr("The draft cannot be saved to %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    if (!file.commit())
        return fail(tr("The draft cannot be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

std::optional<DraftStore::Draft> DraftStore::read(const QString &path, QString *errorMessage) const
{
    auto fail = [errorMessage, &path](const QString &reason) {
        if (errorMessage)
            *errorMessage = tr("The draft %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), reason);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toInt() != formatVersion)
        return fail(tr("it is not a draft of this program's format"));
    QString reportError;
    const std::optional<Report> report = ReportJson::fromSavedObject(object.value(QStringLiteral("report")).toObject(),
                                                                     &reportError);
    if (!report)
        return fail(reportError);
    Draft draft;
    draft.report = *report;
    draft.page = object.value(QStringLiteral("page")).toInt();
    draft.savedAt = QDateTime::fromString(object.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    return draft;
}

std::optional<DraftStore::Draft> DraftStore::load(const QString &clientId, QString *errorMessage) const
{
    const QString path = filePath(clientId);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        if (errorMessage)
            *errorMessage = tr("There is no draft “%1”.").arg(clientId);
        return std::nullopt;
    }
    return read(path, errorMessage);
}

std::optional<DraftStore::Draft> DraftStore::latest(QStringList *problems) const
{
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("*") + ReportFile::Suffix}, QDir::Files,
                                                                QDir::Time);
    std::optional<Draft> newest;
    for (const QFileInfo &info : files) {
        QString error;
        std::optional<Draft> draft = read(info.filePath(), &error);
        if (!draft) {
            // Kept for whoever wants to look, but out of the way.
            const QString aside = info.filePath() + QStringLiteral(".damaged");
            QFile::remove(aside);
            QFile::rename(info.filePath(), aside);
            if (problems)
                problems->append(error);
            continue;
        }
        if (!newest || draft->savedAt > newest->savedAt)
            newest = std::move(draft);
    }
    return newest;
}

bool DraftStore::remove(const QString &clientId, QString *errorMessage)
{
    const QString path = filePath(clientId);
    QString reason;
    if (ReportFile::remove(path, &reason))
        return true;
    if (errorMessage)
        *errorMessage = tr("The draft %1 cannot be removed: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

} // namespace Helpdesk
