#include "model/attachment.h"

#include "model/report.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace Helpdesk {

QString Attachment::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString Attachment::formatSize(qint64 bytes)
{
    // Traditional units (1 MB = 1,048,576 bytes), as the limits are stated;
    // a whole number of units without decimals ("10 MB", not "10.0 MB").
    const qint64 unit = bytes >= 1024 * 1024 ? 1024 * 1024 : 1024;
    const int precision = bytes < 1024 || bytes % unit == 0 ? 0 : 1;
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
}

Attachment Attachment::fromData(const QString &fileName, const QByteArray &data)
{
    Attachment attachment;
    // "C:\Users\me\error.png" from a script on Windows as well as "/tmp/x.png".
    QString name = fileName;
    name = name.mid(qMax(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))) + 1);
    attachment.fileName = name.trimmed();
    attachment.data = data;
    attachment.size = data.size();
    attachment.sha256 = sha256Hex(data);
    static const QMimeDatabase mimeDatabase;
    attachment.mimeType = mimeDatabase.mimeTypeForFileNameAndData(attachment.fileName, data).name();
    return attachment;
}

std::optional<Attachment> Attachment::fromFile(const QString &path, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return fail(tr("“%1” does not exist (any more).").arg(name));
    if (info.isDir())
        return fail(tr("“%1” is a folder; attach the files in it one by one.").arg(name));
    if (!info.isFile())
        return fail(tr("“%1” is not a regular file.").arg(name));
    // Refused before reading: a 4 GB video must not be read into memory first.
    const QString sizeError = FieldRules::attachmentSizeError(name, info.size());
    if (!sizeError.isEmpty())
        return fail(sizeError);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("“%1” cannot be read: %2").arg(name, file.errorString()));
    // The file may have grown since it was looked at: never read past the limit.
    const QByteArray data = file.read(FieldRules::AttachmentSizeMax + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("“%1” cannot be read: %2").arg(name, file.errorString()));
    const QString readError = FieldRules::attachmentSizeError(name, data.size());
    if (!readError.isEmpty())
        return fail(readError);
    return fromData(name, data);
}

bool Attachment::dataMatches() const
{
    return data.size() == size && sha256Hex(data) == sha256;
}

} // namespace Helpdesk
