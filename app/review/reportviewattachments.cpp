#include "reportview.h"

// ReportView's attachments (see reportview.h): the list, thumbnails (bytes
// read one per event-loop turn, decoded by ThumbnailLoader's worker), and
// opening or saving one once its bytes match their SHA-256. Apart from the report and its actions in reportview.cpp:
// the only part of the view that reads attachment bytes or touches files.

#include "ui_reportview.h"

#include "store/reportstore.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidgetItem>
#include <QPixmap>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QUrl>

namespace Helpdesk {

void ReportView::showAttachments()
{
    m_ui->attachmentsList->clear();
    m_attachments.clear();
    m_thumbnailsToLoad.clear();
    m_thumbnails.cancelPending();
    QString error;
    if (m_id > 0)
        m_attachments = ReportStore(m_store.connectionName()).attachments(m_id, &error);
    const bool any = !m_attachments.isEmpty();
    m_ui->attachmentsLabel->setVisible(any || !error.isEmpty());
    m_ui->attachmentsList->setVisible(any);
    m_ui->openAttachmentButton->setVisible(any);
    m_ui->saveAttachmentButton->setVisible(any);
    if (!error.isEmpty())
        showMessage(error);
    const QIcon fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
    const QSize iconSize = m_ui->attachmentsList->iconSize();
    for (int row = 0; row < m_attachments.size(); ++row) {
        const Attachment &attachment = m_attachments.at(row);
        auto *item = new QListWidgetItem(fileIcon, attachment.fileName + QLatin1Char('\n')
                                                       + Attachment::formatSize(attachment.size));
        item->setToolTip(attachmentToolTip(attachment));
        m_ui->attachmentsList->addItem(item);
        // Images get a thumbnail once the report is on screen (at once when one is kept from
        // before); other files are read only when opened or saved.
        if (!attachment.isImage())
            continue;
        if (const std::optional<Thumbnail> kept = m_cache.thumbnail(m_id, attachment, iconSize))
            showThumbnail(row, *kept);
        else
            m_thumbnailsToLoad.append(row);
    }
    if (any)
        m_ui->attachmentsList->setCurrentRow(0);
    updateAttachmentButtons();
    if (!m_thumbnailsToLoad.isEmpty())
        QTimer::singleShot(0, this, &ReportView::loadNextThumbnail);
}

QString ReportView::attachmentToolTip(const Attachment &attachment)
{
    return tr("%1\nType: %2\nSize: %3\nSHA-256: %4")
        .arg(attachment.fileName, attachment.mimeType, Attachment::formatSize(attachment.size), attachment.sha256);
}

void ReportView::loadNextThumbnail()
{
    // The bytes are read here, one image per turn of the event loop, on this thread's connection;
    // the decoding is the worker's, so the report and the list stay responsive meanwhile.
    if (m_thumbnailsToLoad.isEmpty())
        return;
    const int row = m_thumbnailsToLoad.takeFirst();
    if (const std::optional<QByteArray> data = attachmentData(row))
        m_thumbnails.request(m_id, row, *data, m_ui->attachmentsList->iconSize());
    if (!m_thumbnailsToLoad.isEmpty())
        QTimer::singleShot(0, this, &ReportView::loadNextThumbnail);
}

void ReportView::thumbnailDecoded(qint64 reportId, int row, const Thumbnail &thumbnail)
{
    if (reportId != m_id || row < 0 || row >= m_attachments.size())
        return; // another report is shown now
    m_cache.keepThumbnail(m_id, m_attachments.at(row), m_ui->attachmentsList->iconSize(), thumbnail);
    showThumbnail(row, thumbnail);
}

void ReportView::showThumbnail(int row, const Thumbnail &thumbnail)
{
    QListWidgetItem *item = m_ui->attachmentsList->item(row);
    if (!item)
        return;
    if (thumbnail.outcome == Thumbnail::Outcome::Scaled) {
        item->setIcon(QPixmap::fromImage(thumbnail.image));
        return;
    }
    // No preview: the file icon stays, and the tooltip and a screen reader say why.
    QString why = tr("No preview: the image cannot be read");
    if (thumbnail.outcome == Thumbnail::Outcome::TooLarge)
        why = tr("Too large to preview (%1 × %2 pixels)", "attachment list: an image's width and height")
                  .arg(thumbnail.fullSize.width())
                  .arg(thumbnail.fullSize.height());
    item->setToolTip(attachmentToolTip(m_attachments.at(row)) + QLatin1Char('\n') + why);
    item->setData(Qt::AccessibleDescriptionRole, why);
}

void ReportView::updateAttachmentButtons()
{
    const bool selected = m_ui->attachmentsList->currentRow() >= 0;
    m_ui->openAttachmentButton->setEnabled(selected);
    m_ui->saveAttachmentButton->setEnabled(selected);
}

std::optional<QByteArray> ReportView::attachmentData(int row)
{
    if (row < 0 || row >= m_attachments.size())
        return std::nullopt;
    const Attachment &listed = m_attachments.at(row);
    if (std::optional<QByteArray> kept = m_cache.bytes(m_id, listed))
        return kept;
    QString error;
    const std::optional<Attachment> loaded =
        ReportStore(m_store.connectionName()).attachment(m_id, listed.position, &error);
    if (!loaded) {
        showMessage(error);
        return std::nullopt;
    }
    if (!loaded->dataMatches()) {
        showMessage(tr("“%1” is damaged: its bytes do not match the checksum stored with it, "
                                       "so it is neither opened nor saved.")
                                        .arg(listed.fileName));
        return std::nullopt;
    }
    m_cache.keepBytes(m_id, listed, loaded->data);
    return loaded->data;
}

bool ReportView::openAttachment(int row)
{
    const std::optional<QByteArray> data = attachmentData(row);
    if (!data)
        return false;
    const Attachment &attachment = m_attachments.at(row);
    if (!m_openedFiles) {
        m_openedFiles = std::make_unique<QTemporaryDir>();
        if (!m_openedFiles->isValid()) {
            showMessage(
                tr("Cannot make a temporary folder to open “%1” from: %2").arg(attachment.fileName,
                                                                              m_openedFiles->errorString()));
            m_openedFiles.reset();
            return false;
        }
    }
    // Its own folder per attachment keeps the reporter's file name (and so its type) intact.
    const QString folder = m_openedFiles->filePath(QStringLiteral("%1-%2").arg(m_id).arg(attachment.position));
    QString name = QFileInfo(attachment.fileName).fileName();
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("attachment");
    const QString path = QDir(folder).filePath(name);
    if (!QDir().mkpath(folder)) {
        showMessage(tr("Cannot write “%1” to open it: %2").arg(path, tr("cannot make the folder")));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        showMessage(tr("Cannot write “%1” to open it: %2").arg(path, file.errorString()));
        return false;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        showMessage(tr("No application could open “%1”. Save it and open it yourself.")
                                        .arg(attachment.fileName));
        return false;
    }
    showMessage(tr("Opened “%1”.").arg(attachment.fileName));
    return true;
}

bool ReportView::saveAttachment(int row, const QString &path)
{
    const std::optional<QByteArray> data = attachmentData(row);
    if (!data)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        showMessage(tr("Cannot save “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    showMessage(tr("Saved “%1” (%2).").arg(QDir::toNativeSeparators(path),
                                                          Attachment::formatSize(data->size())));
    return true;
}

void ReportView::askAndSaveAttachment()
{
    const int row = m_ui->attachmentsList->currentRow();
    if (row < 0 || row >= m_attachments.size())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save attachment"), QDir(folder).filePath(QFileInfo(m_attachments.at(row).fileName).fileName()));
    if (!path.isEmpty())
        saveAttachment(row, path);
}

} // namespace Helpdesk
