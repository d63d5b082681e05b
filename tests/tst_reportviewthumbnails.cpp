// The console's attachment thumbnails are bounded: a normal image gets a
// thumbnail no larger than the list's icons, an image whose header claims
// 30000 × 30000 pixels is never decoded (a file icon and a tooltip say why)
// and can still be opened and saved, going back to a report shows its
// thumbnails at once, and the attachment bytes kept across reports never
// exceed their budget.

#include "attachmentcache.h"
#include "reportview.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "store/reviewstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QtEndian>

using namespace Helpdesk;

class tst_ReportViewThumbnails : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void imageGetsAThumbnailWithinTheIconSize();
    void hugeImageIsNotDecodedButOpensAndSaves();
    void goingBackShowsTheThumbnailAtOnce();
    void keptBytesStayWithinTheirBudget();

public slots:
    // Stands in for the desktop's file opener (QDesktopServices::setUrlHandler).
    void openFile(const QUrl &url) { m_opened.append(url); }

private:
    qint64 file(const QList<Attachment> &attachments);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ReviewStore> m_store;
    std::unique_ptr<ReportView> m_view; // shown, with no report until a test picks one
    QListWidget *m_list = nullptr; // its attachments
    QList<QUrl> m_opened;
};

namespace {

const QString setup = QStringLiteral("setup");

QByteArray png(const QSize &size, Qt::GlobalColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// PNG's CRC-32 (ISO 3309), over a chunk's type and data.
quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A valid PNG of one pixel whose header says 30000 × 30000: a few bytes
// that would decode to 3.6 GB.
QByteArray hugePng()
{
    QByteArray bytes = png(QSize(1, 1), Qt::blue);
    // After the 8-byte signature: IHDR's length (4), "IHDR" (4), width (4), height (4), 5 more bytes, its CRC.
    qToBigEndian<quint32>(30000, bytes.data() + 16);
    qToBigEndian<quint32>(30000, bytes.data() + 20);
    qToBigEndian<quint32>(crc32(bytes.mid(12, 17)), bytes.data() + 29);
    return bytes;
}

QColor centre(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(96, 96)).toImage();
    return image.isNull() ? QColor() : QColor(image.pixel(image.width() / 2, image.height() / 2));
}

} // namespace

void tst_ReportViewThumbnails::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    QString error;
    QVERIFY2(Database::open(m_database->url(), setup, &error), qPrintable(error));
    m_store = std::make_unique<ReviewStore>(setup, QStringLiteral("anna"));
    m_view = std::make_unique<ReportView>(*m_store);
    m_view->show();
    m_list = m_view->findChild<QListWidget *>(QStringLiteral("attachmentsList"));
    QVERIFY(m_list);
}

void tst_ReportViewThumbnails::cleanup()
{
    m_view.reset();
    m_store.reset();
    Database::close(setup);
    m_database.reset();
}

qint64 tst_ReportViewThumbnails::file(const QList<Attachment> &attachments)
{
    Report report = validTestReport();
    report.attachments = attachments;
    const auto filed = ReportStore(setup).submit(report);
    if (!filed.ok())
        qWarning("%s", qPrintable(filed.error));
    return filed.id;
}

void tst_ReportViewThumbnails::imageGetsAThumbnailWithinTheIconSize()
{
    const qint64 id = file({Attachment::fromData(QStringLiteral("wide.png"), png(QSize(800, 400), Qt::red))});
    QVERIFY(id > 0);
    m_view->showReport(id);
    QCOMPARE(m_list->count(), 1);
    QTRY_COMPARE(centre(m_list->item(0)->icon()), QColor(Qt::red));
    // Decoded to the icon size, its aspect ratio kept: never the 800 × 400 image itself.
    const QList<QSize> sizes = m_list->item(0)->icon().availableSizes();
    QCOMPARE(sizes, QList<QSize>({QSize(96, 48)}));
    QVERIFY(m_list->iconSize().width() >= 96 && m_list->iconSize().height() >= 48);
    QVERIFY(!m_list->item(0)->toolTip().contains(QStringLiteral("preview")));
}

void tst_ReportViewThumbnails::hugeImageIsNotDecodedButOpensAndSaves()
{
    const QByteArray huge = hugePng();
    QBuffer header;
    header.setData(huge);
    QCOMPARE(QImageReader(&header).size(), QSize(30000, 30000)); // the header really says so
    const QByteArray log = "spooler: paper jam\n";
    const qint64 id = file({Attachment::fromData(QStringLiteral("huge.png"), huge),
                            Attachment::fromData(QStringLiteral("spooler.log"), log)});
    QVERIFY(id > 0);
    m_view->showReport(id);
    QCOMPARE(m_list->count(), 2);
    QListWidgetItem *item = m_list->item(0);
    const QString why = QStringLiteral("Too large to preview (30000 × 30000 pixels)");
    QTRY_VERIFY2(item->toolTip().contains(why), qPrintable(item->toolTip()));
    QVERIFY2(item->toolTip().startsWith(QStringLiteral("huge.png\n")), qPrintable(item->toolTip()));
    QCOMPARE(item->data(Qt::AccessibleDescriptionRole).toString(), why);
    // The generic file icon, the same as the log's.
    QCOMPARE(item->icon().cacheKey(), m_list->item(1)->icon().cacheKey());

    // The console stays usable: the image opens and saves unchanged.
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const QString path = target.filePath(QStringLiteral("huge.png"));
    QVERIFY2(m_view->saveAttachment(0, path), qPrintable(m_view->message()));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), huge);
    m_opened.clear();
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openFile");
    const bool opened = m_view->openAttachment(0);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QVERIFY2(opened, qPrintable(m_view->message()));
    QCOMPARE(m_opened.size(), 1);
    QFile openedFile(m_opened.constFirst().toLocalFile());
    QVERIFY(openedFile.open(QIODevice::ReadOnly));
    QCOMPARE(openedFile.readAll(), huge);

    // And the next report's image still gets its thumbnail.
    const qint64 next = file({Attachment::fromData(QStringLiteral("screen.png"), png(QSize(64, 48), Qt::green))});
    QVERIFY(next > 0);
    m_view->showReport(next);
    QTRY_COMPARE(centre(m_list->item(0)->icon()), QColor(Qt::green));
}

void tst_ReportViewThumbnails::goingBackShowsTheThumbnailAtOnce()
{
    const qint64 first = file({Attachment::fromData(QStringLiteral("red.png"), png(QSize(64, 48), Qt::red))});
    const qint64 second = file({Attachment::fromData(QStringLiteral("huge.png"), hugePng())});
    QVERIFY(first > 0 && second > 0);
    m_view->showReport(first);
    QTRY_COMPARE(centre(m_list->item(0)->icon()), QColor(Qt::red));
    m_view->showReport(second);
    QTRY_VERIFY(m_list->item(0)->toolTip().contains(QStringLiteral("Too large to preview")));

    // Back again: kept from before, so shown before the event loop runs again (nothing is read or decoded).
    m_view->showReport(first);
    QCOMPARE(centre(m_list->item(0)->icon()), QColor(Qt::red));
    m_view->showReport(second);
    QVERIFY(m_list->item(0)->toolTip().contains(QStringLiteral("Too large to preview")));
}

void tst_ReportViewThumbnails::keptBytesStayWithinTheirBudget()
{
    // Three reports of three 8 MB files: 72 MB read in all, more than the budget.
    constexpr qsizetype FileSize = 8 * 1024 * 1024;
    QList<qint64> ids;
    char fill = 'a';
    for (int report = 0; report < 3; ++report) {
        QList<Attachment> attachments;
        for (int n = 0; n < 3; ++n, ++fill)
            attachments.append(Attachment::fromData(QStringLiteral("dump%1.bin").arg(n), QByteArray(FileSize, fill)));
        ids.append(file(attachments));
        QVERIFY(ids.constLast() > 0);
    }
    QVERIFY(3 * 3 * FileSize > AttachmentCache::ByteBudget);
    QTemporaryDir target;
    QVERIFY(target.isValid());
    for (const qint64 id : ids) {
        m_view->showReport(id);
        QCOMPARE(m_view->attachments().size(), 3);
        for (int row = 0; row < 3; ++row) {
            const QString path = target.filePath(QStringLiteral("%1-%2.bin").arg(id).arg(row));
            QVERIFY2(m_view->saveAttachment(row, path), qPrintable(m_view->message()));
            QCOMPARE(QFileInfo(path).size(), FileSize);
            QVERIFY(m_view->cachedAttachmentBytes() > 0);
            QVERIFY2(m_view->cachedAttachmentBytes() <= AttachmentCache::ByteBudget,
                     qPrintable(QString::number(m_view->cachedAttachmentBytes())));
        }
    }
    // What was dropped is read again: the first report's files still save whole.
    m_view->showReport(ids.constFirst());
    const QString again = target.filePath(QStringLiteral("again.bin"));
    QVERIFY2(m_view->saveAttachment(0, again), qPrintable(m_view->message()));
    QFile saved(again);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray(FileSize, 'a'));
}

QTEST_MAIN(tst_ReportViewThumbnails)
#include "tst_reportviewthumbnails.moc"
