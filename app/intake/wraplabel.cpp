#include "wraplabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QTextDocument>

#include <algorithm>

namespace Helpdesk {

namespace {
// A wrapped label asks at least this much room of its layout (QLabel asks
// for its longest word, which costs a layout at width 0).
constexpr int MinimumColumns = 16;
// QLabel's own first guess for a long text: about 80 characters a line.
constexpr int PreferredColumns = 80;
// horizontalAdvance() rounds; leave room so a text measured to fit on one
// line is never wrapped by the paint.
constexpr int RoundingSlack = 2;
} // namespace

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

bool WrapLabel::measuresItself() const
{
    if (!wordWrap() || text().isEmpty() || frameWidth() > 0 || indent() > 0)
        return false;
    if (!pixmap().isNull())
        return false;
    const Qt::TextFormat format = textFormat();
    return format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text()));
}

void WrapLabel::refreshMeasure() const
{
    const QString current = text();
    if (m_naturalWidth >= 0 && current == m_measuredText)
        return;
    m_measuredText = current;
    m_multiLine = current.contains(QLatin1Char('\n'));
    const QFontMetrics metrics(font());
    m_naturalWidth = m_multiLine ? metrics.boundingRect(QRect(0, 0, QWIDGETSIZE_MAX, QWIDGETSIZE_MAX),
                                                        int(alignment()), current).width()
                                 : metrics.horizontalAdvance(current);
    m_lastWidth = -1;
    // Laid out already: does the new text still fit where the old one was?
    m_wraps = isVisible() && wrapsAt(textRoom());
}

bool WrapLabel::wrapsAt(int width) const
{
    return m_multiLine || width < m_naturalWidth + RoundingSlack;
}

int WrapLabel::textRoom() const
{
    return contentsRect().width() - 2 * margin();
}

QSize WrapLabel::extra() const
{
    const QMargins margins = contentsMargins();
    return {margins.left() + margins.right() + 2 * margin(), margins.top() + margins.bottom() + 2 * margin()};
}

int WrapLabel::textHeight(int textWidth) const
{
    const QFontMetrics metrics(font());
    if (!wrapsAt(textWidth))
        return metrics.height();
    if (textWidth == m_lastWidth)
        return m_lastHeight;
    m_lastWidth = textWidth;
    m_lastHeight = metrics.boundingRect(QRect(0, 0, std::max(1, textWidth), QWIDGETSIZE_MAX),
                                        int(alignment()) | Qt::TextWordWrap, m_measuredText)
                       .height();
    return m_lastHeight;
}

QSize WrapLabel::sizeHint() const
{
    if (!measuresItself())
        return QLabel::sizeHint();
    ensurePolished();
    refreshMeasure();
    const QSize more = extra();
    const QFontMetrics metrics(font());
    if (!m_wraps)
        return {m_naturalWidth + RoundingSlack + more.width(), metrics.height() + more.height()};
    const int width = std::min(m_naturalWidth + RoundingSlack, PreferredColumns * metrics.averageCharWidth());
    return {width + more.width(), textHeight(width) + more.height()};
}

QSize WrapLabel::minimumSizeHint() const
{
    if (!measuresItself())
        return QLabel::minimumSizeHint();
    ensurePolished();
    refreshMeasure();
    const QFontMetrics metrics(font());
    const int width = std::min(m_naturalWidth + RoundingSlack, MinimumColumns * metrics.averageCharWidth());
    const QSize more = extra();
    return {width + more.width(), metrics.height() + more.height()};
}

int WrapLabel::heightForWidth(int width) const
{
    if (!measuresItself())
        return QLabel::heightForWidth(width);
    refreshMeasure();
    const QSize more = extra();
    return textHeight(width - more.width()) + more.height();
}

bool WrapLabel::hasHeightForWidth() const
{
    if (!measuresItself())
        return QLabel::hasHeightForWidth();
    refreshMeasure();
    return m_wraps;
}

void WrapLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (!measuresItself())
        return;
    refreshMeasure();
    const bool wraps = wrapsAt(textRoom());
    if (wraps != m_wraps) {
        m_wraps = wraps;
        updateGeometry(); // another pass, now asking the height for this width
    }
}

void WrapLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_naturalWidth = -1;
    QLabel::changeEvent(event);
}

ErrorLabel::ErrorLabel(QWidget *parent)
    : WrapLabel(parent)
{
    applyErrorColour();
}

void ErrorLabel::changeEvent(QEvent *event)
{
    WrapLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyErrorColour();
}

void ErrorLabel::applyErrorColour()
{
    // The red of GNOME's and KDE's error texts, lighter on a dark window.
    QPalette colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    const QColor error = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    if (colours.color(QPalette::WindowText) == error)
        return;
    colours.setColor(QPalette::WindowText, error);
    m_applying = true;
    setPalette(colours);
    m_applying = false;
}

} // namespace Helpdesk
