#include "attachmentspage.h"

#include "ui_attachmentspage.h"

#include "fieldfeedback.h"
#include "screenshoteditor.h"

#include <QBuffer>
#include <QClipboard>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScreen>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QWindow>

namespace Helpdesk {

namespace {

// After the window is gone on this program's side, a compositor may still
// be fading it out; one short pause for that, never a guess at the hide itself.
constexpr int CompositorSettleMs = 250;
// A window manager that never confirms the hide must not hang the button.
constexpr int HideConfirmTimeoutMs = 2000;

QString timestamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

AttachmentsPage::AttachmentsPage(QWidget *parent)
    : IntakePage(parent)
{
    setAcceptDrops(true);
}

AttachmentsPage::~AttachmentsPage() = default;

ScreenshotEditor *AttachmentsPage::screenshotEditor() const
{
    return m_editor.data();
}

void AttachmentsPage::ensureUi()
{
    if (!buildForm(m_ui))
        return;
    m_ui->hintLabel->setText(tr("You can also drop files here or paste a picture with Ctrl+V. Up to %n file(s), "
                                "%1 each.", nullptr, FieldRules::AttachmentsMax)
                                 .arg(Attachment::formatSize(FieldRules::AttachmentSizeMax)));
    m_ui->attachmentsError->hide();

    connect(m_ui->screenshotButton, &QPushButton::clicked, this, &AttachmentsPage::takeScreenshot);
    connect(m_ui->attachButton, &QPushButton::clicked, this, &AttachmentsPage::chooseFiles);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &AttachmentsPage::pasteImage);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AttachmentsPage::removeSelected);
    connect(m_ui->attachmentsList, &QListWidget::itemSelectionChanged, this,
            [this] { m_ui->removeButton->setEnabled(!m_ui->attachmentsList->selectedItems().isEmpty()); });
    m_ui->attachmentsList->installEventFilter(this);
    auto *paste = new QShortcut(QKeySequence::Paste, this);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &AttachmentsPage::pasteImage);
    refreshList();
}

void AttachmentsPage::initializePage()
{
    ensureUi();
}

void AttachmentsPage::writeTo(Report &report) const
{
    report.attachments = m_attachments;
}

void AttachmentsPage::readFrom(const Report &report)
{
    ensureUi();
    m_attachments.clear();
    for (const Attachment &attachment : report.attachments) {
        if (FieldRules::attachmentError(attachment).isEmpty() && m_attachments.size() < FieldRules::AttachmentsMax)
            m_attachments.append(attachment);
    }
    refreshList();
    showError(QString());
}

void AttachmentsPage::reset()
{
    m_attachments.clear();
    m_thumbnails.clear();
    if (!m_ui)
        return;
    refreshList();
    showError(QString());
}

void AttachmentsPage::showError(const QString &message)
{
    ensureUi();
    showFieldError(m_ui->attachmentsList, m_ui->attachmentsError, message);
}

bool AttachmentsPage::addAttachment(const Attachment &attachment)
{
    ensureUi();
    QString error = FieldRules::attachmentError(attachment);
    if (error.isEmpty() && m_attachments.size() >= FieldRules::AttachmentsMax)
        error = FieldRules::attachmentCountError(int(m_attachments.size()) + 1);
    if (error.isEmpty()) {
        for (const Attachment &existing : std::as_const(m_attachments)) {
            if (existing.sha256 == attachment.sha256) {
                error = tr("“%1” is attached already (as “%2”).").arg(attachment.fileName, existing.fileName);
                break;
            }
        }
    }
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    m_attachments.append(attachment);
    refreshList();
    showError(QString());
    return true;
}

bool AttachmentsPage::addFiles(const QStringList &paths)
{
    ensureUi();
    QStringList errors;
    for (const QString &path : paths) {
        QString error;
        const std::optional<Attachment> attachment = Attachment::fromFile(path, &error);
        if (!attachment) {
            errors.append(error);
            continue;
        }
        if (!addAttachment(*attachment))
            errors.append(m_ui->attachmentsError->text());
    }
    showError(errors.join(QLatin1Char('\n')));
    return errors.isEmpty();
}

void AttachmentsPage::chooseFiles()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"), folder);
    if (!paths.isEmpty())
        addFiles(paths);
}

bool AttachmentsPage::pasteImage()
{
    ensureUi();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    // Files copied in a file manager arrive as their paths.
    const QStringList files = localFiles(data);
    if (!files.isEmpty())
        return addFiles(files);
    if (data && data->hasImage()) {
        const QImage image = qvariant_cast<QImage>(data->imageData());
        if (!image.isNull())
            return addAttachment(
                Attachment::fromData(QStringLiteral("pasted-image-%1.png").arg(timestamp()), pngBytes(image)));
    }
    showError(tr("The clipboard holds no picture. Copy one first (PrtScn, or Copy in your screenshot tool), "
                 "then paste it here."));
    return false;
}

void AttachmentsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void AttachmentsPage::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (!files.isEmpty()) {
        addFiles(files);
    } else if (event->mimeData()->hasImage()) {
        const QImage image = qvariant_cast<QImage>(event->mimeData()->imageData());
        addAttachment(Attachment::fromData(QStringLiteral("dropped-image-%1.png").arg(timestamp()), pngBytes(image)));
    } else {
        return;
    }
    event->acceptProposedAction();
}

void AttachmentsPage::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_ui->attachmentsList->selectedItems();
    QList<int> rows;
    for (QListWidgetItem *item : selected)
        rows.append(m_ui->attachmentsList->row(item));
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_thumbnails.remove(m_attachments.takeAt(row).sha256);
    refreshList();
    showError(QString());
    m_ui->attachmentsList->setFocus();
}

void AttachmentsPage::refreshList()
{
    QListWidget *list = m_ui->attachmentsList;
    list->clear();
    const QSize iconSize = list->iconSize();
    for (const Attachment &attachment : std::as_const(m_attachments)) {
        auto *item = new QListWidgetItem(
            tr("%1\n%2", "attachment list: file name, then its size").arg(attachment.fileName,
                                                                           Attachment::formatSize(attachment.size)),
            list);
        // Decoding a 4K screenshot takes a while: once per picture, not per refresh.
        QIcon icon = m_thumbnails.value(attachment.sha256);
        if (icon.isNull()) {
            QImage image;
            if (attachment.isImage() && image.loadFromData(attachment.data))
                icon = QIcon(QPixmap::fromImage(image.scaled(iconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            else
                icon = style()->standardIcon(QStyle::SP_FileIcon);
            m_thumbnails.insert(attachment.sha256, icon);
        }
        item->setIcon(icon);
        item->setToolTip(attachment.mimeType);
    }
    m_ui->removeButton->setEnabled(false);
    m_ui->listLabel->setText(m_attachments.isEmpty()
                                 ? tr("Attac&hed: nothing yet")
                                 : tr("Attac&hed (%1 of %2):").arg(m_attachments.size()).arg(FieldRules::AttachmentsMax));
    emit completeChanged();
}

bool AttachmentsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_ui && watched == m_ui->attachmentsList && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && !m_ui->attachmentsList->selectedItems().isEmpty()) {
            removeSelected();
            return true;
        }
    }
    // The wizard's window reports that it is really off the screen.
    if (watched == m_hiddenWindow && event->type() == QEvent::Expose && !m_hiddenWindow->isExposed())
        QTimer::singleShot(0, this, &AttachmentsPage::grabWhenHidden);
    return QWizardPage::eventFilter(watched, event);
}

void AttachmentsPage::takeScreenshot()
{
    ensureUi();
    if (m_taking)
        return; // one at a time
    m_taking = true;
    m_grabScheduled = false;
    const int generation = ++m_screenshotGeneration;
    QWidget *top = window();
    QWindow *handle = top->windowHandle();
    m_ui->screenshotButton->setEnabled(false);
    m_hiddenWindow = handle;
    if (handle)
        handle->installEventFilter(this);
    top->hide();
    if (!handle || !handle->isExposed()) {
        grabWhenHidden();
        return;
    }
    // Otherwise grab only once the platform confirms the window is off the
    // screen (an Expose event with nothing exposed), not after a guessed delay.
    QTimer::singleShot(HideConfirmTimeoutMs, this, [this, generation] {
        if (generation == m_screenshotGeneration)
            grabWhenHidden();
    });
}

void AttachmentsPage::grabWhenHidden()
{
    if (!m_taking || m_grabScheduled)
        return;
    m_grabScheduled = true;
    if (m_hiddenWindow)
        m_hiddenWindow->removeEventFilter(this);
    QTimer::singleShot(CompositorSettleMs, this, &AttachmentsPage::finishScreenshot);
}

void AttachmentsPage::finishScreenshot()
{
    const QImage image = grabScreens();
    m_hiddenWindow = nullptr;
    m_taking = false;
    QWidget *top = window();
    top->show();
    top->raise();
    top->activateWindow();
    m_ui->screenshotButton->setEnabled(true);
    if (image.isNull()) {
        showError(tr("No screenshot could be taken: this desktop does not let programs read the screen. "
                     "Take one with your desktop's screenshot tool, then press Paste image."));
        return;
    }
    auto *editor = new ScreenshotEditor(image, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const QByteArray png = editor->pngData();
        if (png.isEmpty()) {
            showError(tr("The screenshot could not be saved as a picture."));
            return;
        }
        if (addAttachment(Attachment::fromData(QStringLiteral("screenshot-%1.png").arg(timestamp()), png)))
            m_ui->attachmentsList->setCurrentRow(int(m_attachments.size()) - 1);
    });
    m_editor = editor;
    editor->open();
    emit screenshotTaken();
}

QImage AttachmentsPage::grabScreens()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QRect desktop;
    qreal ratio = 1.0;
    for (QScreen *screen : screens) {
        desktop |= screen->geometry();
        ratio = std::max(ratio, screen->devicePixelRatio());
    }
    if (desktop.isEmpty())
        return {};
    // One picture of the whole desk, each screen where it stands; gaps between
    // screens of different sizes stay black.
    QImage image(desktop.size() * ratio, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    painter.scale(ratio, ratio);
    bool grabbed = false;
    for (QScreen *screen : screens) {
        const QPixmap shot = screen->grabWindow(0);
        if (shot.isNull())
            continue;
        grabbed = true;
        painter.drawPixmap(QRect(screen->geometry().topLeft() - desktop.topLeft(), screen->geometry().size()), shot);
    }
    painter.end();
    return grabbed ? image : QImage();
}

} // namespace Helpdesk
