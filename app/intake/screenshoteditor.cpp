#include "screenshoteditor.h"

#include "ui_screenshoteditor.h"

#include "screenshotcanvas.h"

#include <QBuffer>
#include <QImageWriter>

namespace Helpdesk {

ScreenshotEditor::ScreenshotEditor(const QImage &screenshot, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScreenshotEditor>())
{
    m_ui->setupUi(this);
    m_ui->canvas->setImage(screenshot);
    connect(m_ui->hideRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->canvas->setMode(on ? ScreenshotCanvas::Mode::Hide : ScreenshotCanvas::Mode::Crop);
    });
    connect(m_ui->undoButton, &QPushButton::clicked, m_ui->canvas, &ScreenshotCanvas::undo);
    connect(m_ui->canvas, &ScreenshotCanvas::changed, this, &ScreenshotEditor::refresh);
    connect(m_ui->attachScreenshotButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->discardScreenshotButton, &QPushButton::clicked, this, &QDialog::reject);
    refresh();
}

ScreenshotEditor::~ScreenshotEditor() = default;

ScreenshotCanvas *ScreenshotEditor::canvas() const
{
    return m_ui->canvas;
}

QImage ScreenshotEditor::image() const
{
    return m_ui->canvas->image();
}

QByteArray ScreenshotEditor::pngData() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Screenshots are mostly flat colour: the strongest (lossless) compression
    // costs little time and keeps a full-HD screen far under the size limit.
    // For PNG, quality 0 means the smallest file.
    writer.setQuality(0);
    if (!writer.write(image()))
        return {};
    return bytes;
}

void ScreenshotEditor::refresh()
{
    m_ui->undoButton->setEnabled(m_ui->canvas->canUndo());
    const QImage current = m_ui->canvas->image();
    m_ui->sizeLabel->setText(tr("%1 × %2 pixels").arg(current.width()).arg(current.height()));
}

} // namespace Helpdesk
