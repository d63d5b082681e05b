#pragma once

// Attachment: one file that goes with a report (a screenshot, a log, a photo
// of the error). A value: name, MIME type, size, SHA-256 and the bytes. It
// knows nothing about widgets or SQL; the limits live in FieldRules.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Helpdesk {

struct Attachment
{
    Q_DECLARE_TR_FUNCTIONS(Attachment)
public:
    QString fileName;   // the name only, never a path
    QString mimeType;   // e.g. image/png
    qint64 size = 0;    // bytes
    QString sha256;     // lower-case hex of the bytes
    QByteArray data;    // empty when only the metadata was read (ReportStore::attachments)

    // Filled in by ReportStore when read back.
    qint64 id = 0;
    int position = 0;   // 1, 2, … in the order they were attached

    // Name, type (from the name and the bytes), size and checksum from the
    // bytes. A path in `fileName` is cut down to the name.
    static Attachment fromData(const QString &fileName, const QByteArray &data);
    // Reads a file, refusing (with a translated reason in *errorMessage) one
    // that is missing, unreadable, not a regular file, empty or larger than
    // FieldRules::AttachmentSizeMax — the size is checked before reading.
    static std::optional<Attachment> fromFile(const QString &path, QString *errorMessage);

    static QString sha256Hex(const QByteArray &data);
    // "2.4 MB", "512 bytes", in the user's language.
    static QString formatSize(qint64 bytes);
    // True when `data` is what size and sha256 say it is.
    bool dataMatches() const;
    bool isImage() const { return mimeType.startsWith(QLatin1String("image/")); }
};

} // namespace Helpdesk
