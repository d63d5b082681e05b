#include "screenshotcanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace Helpdesk {

namespace {
constexpr int MaxUndo = 8;
}

ScreenshotCanvas::ScreenshotCanvas(QWidget *parent)
    : QWidget(parent)
{
    setCursor(Qt::CrossCursor);
    setMinimumSize(320, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ScreenshotCanvas::setImage(const QImage &image)
{
    // RGB32: no alpha channel, so a "hidden" area cannot be made see-through
    // again by a viewer that ignores alpha.
    m_image = image.convertToFormat(QImage::Format_RGB32);
    m_history.clear();
    update();
    emit changed();
}

QSize ScreenshotCanvas::sizeHint() const
{
    return m_image.isNull() ? QSize(640, 400) : m_image.size().scaled(QSize(900, 560), Qt::KeepAspectRatio);
}

QRect ScreenshotCanvas::imageRect() const
{
    if (m_image.isNull())
        return {};
    // Never enlarged: a small crop is shown at its real size.
    QSize size = m_image.size();
    if (size.width() > width() || size.height() > height())
        size.scale(this->size(), Qt::KeepAspectRatio);
    QRect target(QPoint(0, 0), size);
    target.moveCenter(rect().center());
    return target;
}

QPoint ScreenshotCanvas::mapToImage(const QPoint &widgetPoint) const
{
    const QRect target = imageRect();
    if (target.isEmpty())
        return {};
    const double sx = double(m_image.width()) / target.width();
    const double sy = double(m_image.height()) / target.height();
    const int x = int((widgetPoint.x() - target.left()) * sx);
    const int y = int((widgetPoint.y() - target.top()) * sy);
    return {qBound(0, x, m_image.width()), qBound(0, y, m_image.height())};
}

void ScreenshotCanvas::remember()
{
    m_history.append(m_image);
    if (m_history.size() > MaxUndo)
        m_history.removeFirst();
}

void ScreenshotCanvas::hideArea(const QRect &imageArea)
{
    const QRect area = imageArea.normalized() & m_image.rect();
    if (area.isEmpty())
        return;
    remember();
    // Painted into the pixels themselves: the saved PNG has black there, not
    // a layer over the original.
    QPainter painter(&m_image);
    painter.fillRect(area, Qt::black);
    painter.end();
    update();
    emit changed();
}

void ScreenshotCanvas::cropTo(const QRect &imageArea)
{
    const QRect area = imageArea.normalized() & m_image.rect();
    if (area.width() < 2 || area.height() < 2)
        return;
    remember();
    m_image = m_image.copy(area);
    update();
    emit changed();
}

void ScreenshotCanvas::undo()
{
    if (m_history.isEmpty())
        return;
    m_image = m_history.takeLast();
    update();
    emit changed();
}

void ScreenshotCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    const QRect target = imageRect();
    if (m_image.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
    if (m_dragging) {
        const QRect selection = QRect(m_dragStart, m_dragEnd).normalized() & target;
        if (m_mode == Mode::Hide) {
            painter.fillRect(selection, QColor(0, 0, 0, 160));
        } else {
            // Darken what the crop will cut away.
            QRegion outside(target);
            outside -= QRegion(selection);
            for (const QRect &part : outside)
                painter.fillRect(part, QColor(0, 0, 0, 120));
        }
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.drawRect(selection.adjusted(0, 0, -1, -1));
    }
}

void ScreenshotCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_image.isNull())
        return;
    m_dragging = true;
    m_dragStart = m_dragEnd = event->position().toPoint();
    update();
}

void ScreenshotCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_dragEnd = event->position().toPoint();
    update();
}

void ScreenshotCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    m_dragEnd = event->position().toPoint();
    // Widget corners to image pixels; the far corner is exclusive.
    const QRect widgetArea = QRect(m_dragStart, m_dragEnd).normalized();
    const QPoint topLeft = mapToImage(widgetArea.topLeft());
    const QPoint bottomRight = mapToImage(widgetArea.bottomRight() + QPoint(1, 1));
    const QRect area(topLeft, QSize(bottomRight.x() - topLeft.x(), bottomRight.y() - topLeft.y()));
    if (m_mode == Mode::Hide)
        hideArea(area);
    else
        cropTo(area);
    update();
}

} // namespace Helpdesk
