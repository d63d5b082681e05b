#pragma once

// ThumbnailLoader: turns an image attachment's bytes into a thumbnail on a
// worker thread of its own, so a large or hostile image never stalls the
// console. The header is read first: an image whose header is unreadable or
// claims more than PixelBudget pixels is refused without being decoded (a few
// KB of PNG can claim 30000 × 30000 pixels, gigabytes once decoded); any
// other is decoded straight to the icon size, so the full image is never
// kept. It never touches a widget or the database: it gets bytes and gives
// back a QImage through decoded().

#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QSize>
#include <QThreadPool>

namespace Helpdesk {

// What became of one image: a thumbnail, or why there is none.
struct Thumbnail
{
    enum class Outcome { Scaled, TooLarge, Unreadable };
    Outcome outcome = Outcome::Unreadable;
    QImage image; // Scaled only: fits the icon size, aspect ratio kept
    QSize fullSize; // what the header says (invalid when it could not be read)
};

class ThumbnailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailLoader)
public:
    // 40 megapixels: a 50 MP phone photo's size class at most, or an 8K screen
    // (33 MP). Some readers (PNG) decode the whole image before scaling it, so
    // this also bounds that decode to ~160 MB, and only one runs at a time.
    static constexpr qint64 PixelBudget = 40'000'000;

    explicit ThumbnailLoader(QObject *parent = nullptr);
    // Waits for the decode under way, if any (it is bounded by PixelBudget).
    ~ThumbnailLoader() override;

    // Decodes `data` to fit `iconSize` on the worker; decoded() follows,
    // queued to the receiver's thread, with `reportId` and `row`.
    void request(qint64 reportId, int row, const QByteArray &data, const QSize &iconSize);
    // Forgets the requests not started yet (another report is shown).
    void cancelPending();

    // The decoding itself, on whichever thread calls it.
    static Thumbnail decode(const QByteArray &data, const QSize &iconSize);

signals:
    void decoded(qint64 reportId, int row, const Helpdesk::Thumbnail &thumbnail);

private:
    QThreadPool m_pool;
};

} // namespace Helpdesk

Q_DECLARE_METATYPE(Helpdesk::Thumbnail)
