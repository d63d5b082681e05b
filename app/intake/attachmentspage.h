#pragma once

// AttachmentsPage: "Screenshot and files" — optional. Takes a screenshot of
// every screen in one click (the wizard steps aside while it does), attaches
// files from a dialog, by drag-and-drop or as an image pasted from the
// clipboard, and lists them with thumbnails. A screenshot goes through
// ScreenshotEditor first, so private parts are blacked out in the pixels
// before anything is attached. Limits come from FieldRules; a refused file is
// named with the reason beside the list. It never touches the database.

#include "intakepage.h"
#include "model/report.h"

#include <QHash>
#include <QIcon>
#include <QImage>
#include <QPointer>

#include <memory>

namespace Ui { class AttachmentsPage; }

class QWindow;

namespace Helpdesk {

class ScreenshotEditor;

class AttachmentsPage final : public IntakePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsPage)
public:
    explicit AttachmentsPage(QWidget *parent = nullptr);
    ~AttachmentsPage() override;

    void writeTo(Report &report) const override;
    void readFrom(const Report &report) override;
    void reset() override;
    QList<Attachment> attachments() const { return m_attachments; }

    // What the buttons, the drop and Ctrl+V do; false (with the reason shown
    // beside the list) when something was refused.
    bool addFiles(const QStringList &paths);
    bool addAttachment(const Attachment &attachment);
    bool pasteImage();
    void takeScreenshot();

    // Every screen, each at its place on the desktop, as one picture. Null
    // when the platform lets no program read the screen.
    static QImage grabScreens();

    // The editor of the screenshot just taken, while it is open (tests).
    ScreenshotEditor *screenshotEditor() const;

signals:
    // The screenshot was taken and the wizard is back; the editor is open.
    void screenshotTaken();

protected:
    void initializePage() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The form is built the first time the page is needed, not when the wizard
    // starts: the first page must show at once (see bench/).
    void ensureUi();
    void chooseFiles();
    void removeSelected();
    void refreshList();
    void showError(const QString &message);
    void grabWhenHidden();
    void finishScreenshot();

    std::unique_ptr<Ui::AttachmentsPage> m_ui;
    QList<Attachment> m_attachments;
    QHash<QString, QIcon> m_thumbnails; // by SHA-256
    QPointer<QWindow> m_hiddenWindow; // the wizard's window while a screenshot is taken
    QPointer<ScreenshotEditor> m_editor;
    bool m_taking = false;        // between the click and the wizard's return
    bool m_grabScheduled = false;
    int m_screenshotGeneration = 0;
};

} // namespace Helpdesk
