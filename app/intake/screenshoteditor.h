#pragma once

// ScreenshotEditor: the screenshot just taken, before it goes anywhere. The
// person blacks out what is private and crops to what matters; Attach hands
// back the edited picture as PNG bytes, with the black boxes burned into the
// pixels. Discard throws it away. It never writes a file.

#include <QDialog>
#include <QImage>

#include <memory>

namespace Ui { class ScreenshotEditor; }

namespace Helpdesk {

class ScreenshotCanvas;

class ScreenshotEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotEditor)
public:
    explicit ScreenshotEditor(const QImage &screenshot, QWidget *parent = nullptr);
    ~ScreenshotEditor() override;

    QImage image() const;
    // The edited picture as a PNG file's bytes.
    QByteArray pngData() const;
    ScreenshotCanvas *canvas() const;

private:
    void refresh();

    std::unique_ptr<Ui::ScreenshotEditor> m_ui;
};

} // namespace Helpdesk
