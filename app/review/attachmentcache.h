#pragma once

// AttachmentCache: what ReportView keeps of the attachments it has shown,
// least recently used first out: their verified bytes within ByteBudget (an
// attachment larger than that is never kept, it is read again when opened or
// saved) and their thumbnails, so going back to a report neither reads nor
// decodes its images again. An entry counts only while the listed checksum is
// still the one its bytes were verified against. It never reads the database.

#include "model/attachment.h"
#include "thumbnailloader.h"

#include <QByteArray>
#include <QCache>
#include <QPair>

#include <optional>

namespace Helpdesk {

class AttachmentCache final
{
public:
    // 64 MB: a few reports' worth of attachments (at most 10 MB each), so
    // going back and forth between reports reads nothing again, while one
    // agent's console stays small.
    static constexpr qsizetype ByteBudget = 64 * 1024 * 1024;
    // 8 MB of thumbnails: about 200 icons of 96 × 96 pixels.
    static constexpr qsizetype ThumbnailBudget = 8 * 1024 * 1024;

    AttachmentCache();

    // `listed` is the attachment as listed for report `reportId` (its
    // position and checksum).
    std::optional<QByteArray> bytes(qint64 reportId, const Attachment &listed);
    void keepBytes(qint64 reportId, const Attachment &listed, const QByteArray &data);
    std::optional<Thumbnail> thumbnail(qint64 reportId, const Attachment &listed, const QSize &iconSize);
    void keepThumbnail(qint64 reportId, const Attachment &listed, const QSize &iconSize, const Thumbnail &thumbnail);

    // The bytes kept now (never more than ByteBudget).
    qsizetype byteCount() const { return m_bytes.totalCost(); }

private:
    using Key = QPair<qint64, int>; // report id, position
    struct Bytes
    {
        QByteArray data;
        QString sha256;
    };
    struct Preview
    {
        Thumbnail thumbnail;
        QString sha256;
        QSize iconSize;
    };

    QCache<Key, Bytes> m_bytes;
    QCache<Key, Preview> m_thumbnails;
};

} // namespace Helpdesk
