#include "delivery/outbox.h"

#include "delivery/reportfile.h"
#include "delivery/reportjson.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <atomic>

namespace Helpdesk {

namespace {
constexpr int formatVersion = 1;

// Reports come back out in the order they were kept, sorted by this stamp.
// Two kept within the same millisecond (the second one is queued at once
// while the server is known to be down) would otherwise tie and come out in
// file-name order, so within a process each stamp is later than the last.
QDateTime nextQueueStamp()
{
    static std::atomic<qint64> last{0};
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 previous = last.load();
    while (!last.compare_exchange_weak(previous, std::max(now, previous + 1))) {
    }
    return QDateTime::fromMSecsSinceEpoch(std::max(now, previous + 1), Qt::UTC);
}
} // namespace

Outbox::Outbox(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

QString Outbox::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox");
}

QString Outbox::localReference(const QString &clientId)
{
    QString plain = clientId;
    plain.remove(QLatin1Char('-'));
    return QStringLiteral("LOCAL-") + plain.left(8).toUpper();
}

QString Outbox::filePath(const QString &clientId) const
{
    return ReportFile::path(m_directory, clientId);
}

bool Outbox::add(const Report &input, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    Report report = input;
    if (report.clientId.isEmpty())
        report.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString path = filePath(report.clientId);
    if (path.isEmpty())
        return fail(tr("The report cannot be kept on this computer: its id “%1” is not a plain name.")
                        .arg(report.clientId));
    if (!QDir().mkpath(m_directory))
        return fail(tr("The report cannot be kept on this computer: the folder %1 cannot be created.")
                        .arg(QDir::toNativeSeparators(m_directory)));
    const QJsonObject object{
        {QStringLiteral("format"), formatVersion},
        {QStringLiteral("queued_at"), nextQueueStamp().toString(Qt::ISODateWithMs)},
        {QStringLiteral("report"), ReportJson::toSavedObject(report)},
    };
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QSaveFile file(path);
    // Names, phone numbers and screenshots: for this user's eyes only.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(tr("The report cannot be kept on this computer (%1): %2")
                        .arg(QDir::toNativeSeparators(path), reason));
    }
    return true;
}

void Outbox::setAside(const QString &path, const QString &folder) const
{
    const QString target = m_directory + QLatin1Char('/') + folder;
    QDir().mkpath(target);
    const QString destination = target + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(destination);
    QFile::rename(path, destination);
}

QList<Report> Outbox::pending(QStringList *problems) const
{
    QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("*") + ReportFile::Suffix}, QDir::Files);
    struct Entry
    {
        QDateTime queuedAt;
        Report report;
    };
    QList<Entry> entries;
    for (const QFileInfo &info : files) {
        QString reason;
        QFile file(info.filePath());
        QJsonObject object;
        if (!file.open(QIODevice::ReadOnly)) {
            reason = file.errorString();
        } else {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
            if (parseError.error != QJsonParseError::NoError)
                reason = tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
            else if ((object = document.object()).value(QStringLiteral("format")).toInt() != formatVersion)
                reason = tr("it is not an outbox entry of this program's format");
        }
        std::optional<Report> report;
        if (reason.isEmpty())
            report = ReportJson::fromSavedObject(object.value(QStringLiteral("report")).toObject(), &reason);
        if (!report) {
            file.close();
            setAside(info.filePath(), QStringLiteral("damaged"));
            if (problems)
                problems->append(tr("A report waiting on this computer is damaged and was moved to %1: %2")
                                     .arg(QDir::toNativeSeparators(m_directory + QStringLiteral("/damaged/")
                                                                   + info.fileName()),
                                          reason));
            continue;
        }
        entries.append({QDateTime::fromString(object.value(QStringLiteral("queued_at")).toString(), Qt::ISODateWithMs),
                        *report});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.queuedAt < b.queuedAt; });
    QList<Report> reports;
    for (const Entry &entry : std::as_const(entries))
        reports.append(entry.report);
    return reports;
}

int Outbox::count() const
{
    return int(QDir(m_directory).entryList({QStringLiteral("*") + ReportFile::Suffix}, QDir::Files).size());
}

bool Outbox::contains(const QString &clientId) const
{
    const QString path = filePath(clientId);
    return !path.isEmpty() && QFileInfo::exists(path);
}

bool Outbox::remove(const QString &clientId, QString *errorMessage)
{
    const QString path = filePath(clientId);
    QString reason;
    if (ReportFile::remove(path, &reason))
        return true;
    if (errorMessage)
        *errorMessage = tr("The delivered report %1 cannot be removed from this computer: %2")
                            .arg(QDir::toNativeSeparators(path), reason);
    return false;
}

Outbox::DeliveryResult Outbox::deliver(ReportStore &store)
{
    DeliveryResult result;
    const QList<Report> reports = pending(&result.problems);
    for (const Report &report : reports) {
        const ReportStore::SubmitResult submitted = store.submit(report);
        if (submitted.ok()) {
            // Removed only now: a crash before this line delivers it again,
            // and the client id turns that into the same ticket.
            QString error;
            if (!remove(report.clientId, &error))
                result.problems.append(error);
            result.delivered.append({report.clientId, submitted.ticket});
            continue;
        }
        if (!submitted.fieldErrors.isEmpty()) {
            setAside(filePath(report.clientId), QStringLiteral("refused"));
            result.problems.append(tr("The report %1 waiting on this computer was refused and moved to %2: %3")
                                       .arg(localReference(report.clientId),
                                            QDir::toNativeSeparators(m_directory + QStringLiteral("/refused")),
                                            submitted.error));
            continue;
        }
        result.error = submitted.error;
        if (submitted.unreachable) {
            result.unreachable = true;
            break;
        }
    }
    result.remaining = count();
    return result;
}

Outbox::DeliveryResult Outbox::deliver(const QString &databaseUrl, const QString &password)
{
    if (count() == 0)
        return {};
    const QString connection = QStringLiteral("outbox-") + QUuid::createUuid().toString(QUuid::Id128);
    DeliveryResult result;
    QString error;
    Database::PasswordProblem passwordProblem = Database::PasswordProblem::None;
    if (!Database::open(databaseUrl, connection, &error, password, &passwordProblem, &result.unreachable)) {
        result.error = error;
        result.needsPassword = passwordProblem != Database::PasswordProblem::None;
        result.remaining = count();
        return result;
    }
    {
        ReportStore store(connection);
        result = deliver(store);
    }
    Database::close(connection);
    return result;
}

} // namespace Helpdesk
