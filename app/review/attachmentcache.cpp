#include "attachmentcache.h"

namespace Helpdesk {

AttachmentCache::AttachmentCache()
    : m_bytes(ByteBudget)
    , m_thumbnails(ThumbnailBudget)
{
}

std::optional<QByteArray> AttachmentCache::bytes(qint64 reportId, const Attachment &listed)
{
    const Bytes *kept = m_bytes.object(Key(reportId, listed.position));
    if (!kept || kept->sha256 != listed.sha256)
        return std::nullopt;
    return kept->data;
}

void AttachmentCache::keepBytes(qint64 reportId, const Attachment &listed, const QByteArray &data)
{
    // QCache refuses (and deletes) an entry costing more than the whole budget.
    m_bytes.insert(Key(reportId, listed.position), new Bytes {data, listed.sha256}, qMax<qsizetype>(1, data.size()));
}

std::optional<Thumbnail> AttachmentCache::thumbnail(qint64 reportId, const Attachment &listed, const QSize &iconSize)
{
    const Preview *kept = m_thumbnails.object(Key(reportId, listed.position));
    if (!kept || kept->sha256 != listed.sha256 || kept->iconSize != iconSize)
        return std::nullopt;
    return kept->thumbnail;
}

void AttachmentCache::keepThumbnail(qint64 reportId, const Attachment &listed, const QSize &iconSize,
                                    const Thumbnail &thumbnail)
{
    // A refusal is kept too (a small cost), so its header is not read again either.
    const qsizetype cost = qMax<qsizetype>(sizeof(Preview), thumbnail.image.sizeInBytes());
    m_thumbnails.insert(Key(reportId, listed.position), new Preview {thumbnail, listed.sha256, iconSize}, cost);
}

} // namespace Helpdesk
