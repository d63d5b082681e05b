#pragma once

// WrapLabel: a word-wrapped plain-text QLabel that is height-for-width only
// while its text does not fit on one line. A word-wrapped QLabel always is,
// and one such label puts its whole window on the slow path: every layout
// pass asks every height-for-width item (QWizard's subtitle too) for its
// height at several widths, each a fresh text layout; on the wizard's first
// page that was ~1.5 ms of its start-up. Here a text that fits is measured
// once and behaves as a one-line label; when the label is narrower than its
// text it turns height-for-width, is laid out once per width, and the last
// width is remembered. Rich text, pixmaps, frames and indents fall back to
// QLabel.
//
// ErrorLabel: a WrapLabel in the platform's error colour, read from the
// palette (so it stays readable on a dark one), instead of a style sheet,
// which would put every error label under QStyleSheetStyle.

#include <QLabel>

namespace Helpdesk {

class WrapLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrapLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool measuresItself() const;
    bool wrapsAt(int width) const; // the text needs more than one line in `width`
    int textRoom() const;           // the width the text has now
    void refreshMeasure() const;
    QSize extra() const;
    int textHeight(int textWidth) const;

    mutable QString m_measuredText;
    mutable int m_naturalWidth = -1; // the whole text on one line (widest line)
    mutable bool m_multiLine = false;
    mutable bool m_wraps = false; // narrower than the text: height-for-width
    mutable int m_lastWidth = -1;
    mutable int m_lastHeight = -1;
};

class ErrorLabel : public WrapLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyErrorColour();
    bool m_applying = false;
};

} // namespace Helpdesk
