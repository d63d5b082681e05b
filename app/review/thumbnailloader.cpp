#include "thumbnailloader.h"

#include <QBuffer>
#include <QImageReader>

#include <mutex>

namespace Helpdesk {

namespace {

// QImageReader's own guard, for a reader that decodes more than its header
// said: PixelBudget at 4 bytes a pixel, in whole megabytes, rounded up.
constexpr int AllocationLimitMb = int((ThumbnailLoader::PixelBudget * 4 + (1 << 20) - 1) / (1 << 20));

} // namespace

ThumbnailLoader::ThumbnailLoader(QObject *parent)
    : QObject(parent)
{
    // The limit is process-wide: set once, here on the GUI thread, before any worker reads.
    static std::once_flag limitSet;
    std::call_once(limitSet, [] { QImageReader::setAllocationLimit(AllocationLimitMb); });
    qRegisterMetaType<Helpdesk::Thumbnail>();
    // One decode at a time bounds the memory they take together.
    m_pool.setMaxThreadCount(1);
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailLoader::request(qint64 reportId, int row, const QByteArray &data, const QSize &iconSize)
{
    // The worker sees only its copies of the bytes and the size; the signal is
    // thread-safe to emit and queued to the receiver, which is never touched here.
    m_pool.start([this, reportId, row, data, iconSize] { emit decoded(reportId, row, decode(data, iconSize)); });
}

void ThumbnailLoader::cancelPending()
{
    m_pool.clear();
}

Thumbnail ThumbnailLoader::decode(const QByteArray &data, const QSize &iconSize)
{
    Thumbnail result;
    QBuffer buffer;
    buffer.setData(data);
    if (!buffer.open(QIODevice::ReadOnly))
        return result;
    QImageReader reader(&buffer);
    result.fullSize = reader.size(); // from the header alone
    if (!result.fullSize.isValid() || result.fullSize.isEmpty()) {
        result.fullSize = QSize();
        return result;
    }
    if (qint64(result.fullSize.width()) * result.fullSize.height() > PixelBudget) {
        result.outcome = Thumbnail::Outcome::TooLarge;
        return result;
    }
    QSize scaled = result.fullSize.scaled(iconSize, Qt::KeepAspectRatio);
    scaled = scaled.expandedTo(QSize(1, 1)); // a 30000 × 1 strip is still one pixel high
    reader.setScaledSize(scaled);
    QImage image = reader.read();
    if (image.isNull())
        return result;
    result.outcome = Thumbnail::Outcome::Scaled;
    result.image = std::move(image);
    return result;
}

} // namespace Helpdesk
