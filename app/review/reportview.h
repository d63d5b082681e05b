#pragma once

// ReportView: one report as an agent works it — every field the reporter
// entered, its review state and history — with the actions: take, change
// status, internal note, reply to the reporter. Each action goes through
// ReviewStore with the version shown; when another agent was faster, the
// refusal and what they changed are shown, and the view reloads the report
// as it is now. It never edits what the reporter entered. The device's entry
// in the organisation's inventory is shown beside it; contact details copy
// themselves when clicked. What triage caught is shown too: the "vague"
// flag above everything else, and the people who said "I'm affected too"
// (their contacts copy themselves like the reporter's). Attachments show as
// thumbnails (images) or icons; their bytes are read only for a thumbnail or
// when the agent opens or saves one, and are checked against their SHA-256
// before either (reportviewattachments.cpp). Thumbnails are decoded off the
// GUI thread and bounded (ThumbnailLoader); bytes and thumbnails are kept
// within a budget (AttachmentCache).

#include "attachmentcache.h"
#include "model/attachment.h"
#include "store/reviewstore.h"
#include "thumbnailloader.h"

#include <QTemporaryDir>
#include <QWidget>

#include <memory>

namespace Ui { class ReportView; }

namespace Helpdesk {

class ReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportView)
public:
    explicit ReportView(ReviewStore &store, QWidget *parent = nullptr);
    ~ReportView() override;

    void showReport(qint64 id); // 0: nothing selected
    // Another agent changed the report shown (a newer version in the
    // database): shows it as it is now, keeping the text being typed and
    // the place in the details.
    void reloadIfChanged();
    qint64 reportId() const { return m_id; }
    int version() const { return m_version; }
    QString message() const;

    // The attachments of the report shown, in their order (metadata only).
    const QList<Attachment> &attachments() const { return m_attachments; }
    // Open: writes the attachment to a temporary file that lives as long as
    // this view and opens it with the system's application for its type.
    // Save: writes it to `path` atomically. Both refuse bytes whose checksum
    // does not match and say so in message().
    bool openAttachment(int row);
    bool saveAttachment(int row, const QString &path);
    // The attachment bytes kept for reports shown so far (at most
    // AttachmentCache::ByteBudget).
    qsizetype cachedAttachmentBytes() const { return m_cache.byteCount(); }

signals:
    void reportChanged(qint64 id);

private:
    // Shows the report as the database has it now: reload() and its steps.
    void reload();
    void setActionsEnabled(bool enabled);
    // What the reporter entered and the review state, as a table; contact
    // details are links that copy themselves.
    QString fieldsHtml(const ReviewedReport &reviewed) const;
    // The people who said "I'm affected too", or why they cannot be read.
    QString affectedHtml() const;
    void showHistory();
    // Only the actions that make sense for the report as it is now.
    void updateActions(const ReviewedReport &reviewed);
    void take();
    void assign();
    void changeStatus();
    void addNote();
    void reply();
    void markDuplicate();
    void finish(const ActionResult &result, bool clearText);
    void showAttachments();
    void loadNextThumbnail();
    // A thumbnail from the worker: shown if its report still is, else dropped.
    void thumbnailDecoded(qint64 reportId, int row, const Thumbnail &thumbnail);
    void showThumbnail(int row, const Thumbnail &thumbnail);
    static QString attachmentToolTip(const Attachment &attachment);
    void updateAttachmentButtons();
    void askAndSaveAttachment();
    // The line under the buttons; hidden while empty, so the keyboard (which
    // may select its text) never stops on a blank a screen reader cannot name.
    void showMessage(const QString &message);
    // The bytes of the attachment in `row`, verified (from the cache or read
    // again); nullopt with the reason in message().
    std::optional<QByteArray> attachmentData(int row);

    std::unique_ptr<Ui::ReportView> m_ui;
    ReviewStore &m_store;
    qint64 m_id = 0;
    int m_version = 0;
    QList<Attachment> m_attachments;
    AttachmentCache m_cache;
    std::unique_ptr<QTemporaryDir> m_openedFiles; // made on the first "Open"
    QList<int> m_thumbnailsToLoad; // rows of images, read one per event-loop turn after the report shows
    // Last, so it is destroyed first: it waits for its worker before the widgets go.
    ThumbnailLoader m_thumbnails;
};

} // namespace Helpdesk
