#pragma once

// ScreenshotCanvas: shows a screenshot scaled to fit and lets the person drag
// a rectangle over it. In Hide mode the rectangle is painted black INTO the
// image's pixels (nothing of what was under it survives in the saved file); in
// Crop mode the image is cut down to it. Each change can be undone. It knows
// nothing about files or reports.

#include <QImage>
#include <QList>
#include <QRect>
#include <QWidget>

namespace Helpdesk {

class ScreenshotCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotCanvas)
public:
    enum class Mode { Hide, Crop };

    explicit ScreenshotCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }

    bool canUndo() const { return !m_history.isEmpty(); }
    void undo();

    // Where the image is drawn, in widget coordinates, and the image pixel
    // under a widget point (clamped to the image).
    QRect imageRect() const;
    QPoint mapToImage(const QPoint &widgetPoint) const;

    // The same edits a drag makes, in image pixels.
    void hideArea(const QRect &imageArea);
    void cropTo(const QRect &imageArea);

    QSize sizeHint() const override;

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void remember();

    QImage m_image;
    QList<QImage> m_history; // for Undo; a few full screenshots at most
    Mode m_mode = Mode::Hide;
    bool m_dragging = false;
    QPoint m_dragStart; // widget coordinates
    QPoint m_dragEnd;
};

} // namespace Helpdesk
