#include "reportview.h"

#include "ui_reportview.h"

#include "model/reportfields.h"
#include "model/taxonomy.h"
#include "store/deviceinventory.h"
#include "store/reportstore.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidgetItem>
#include <QLocale>
#include <QScrollBar>
#include <QUrl>

namespace Helpdesk {

namespace {

// A contact detail as a link that copies it (see the constructor).
QString copyLink(const QString &value)
{
    QUrl link;
    link.setScheme(QStringLiteral("copy"));
    link.setPath(value);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromUtf8(link.toEncoded()).toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

ReportView::ReportView(ReviewStore &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportView>())
    , m_store(store)
{
    m_ui->setupUi(this);
    // Contact details are links that copy themselves: an agent pastes the
    // address into a mail or the number into a phone, never retypes it.
    m_ui->detailsBrowser->setOpenLinks(false);
    connect(m_ui->detailsBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("copy"))
            return;
        const QString text = url.path();
        QGuiApplication::clipboard()->setText(text);
        showMessage(tr("Copied “%1”.").arg(text));
    });
    connect(m_ui->takeButton, &QPushButton::clicked, this, &ReportView::take);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &ReportView::assign);
    connect(m_ui->statusButton, &QPushButton::clicked, this, &ReportView::changeStatus);
    connect(m_ui->noteButton, &QPushButton::clicked, this, &ReportView::addNote);
    connect(m_ui->replyButton, &QPushButton::clicked, this, &ReportView::reply);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ReportView::markDuplicate);
    connect(m_ui->attachmentsList, &QListWidget::currentRowChanged, this, &ReportView::updateAttachmentButtons);
    connect(m_ui->attachmentsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openAttachment(m_ui->attachmentsList->row(item)); });
    connect(m_ui->openAttachmentButton, &QPushButton::clicked, this,
            [this] { openAttachment(m_ui->attachmentsList->currentRow()); });
    connect(m_ui->saveAttachmentButton, &QPushButton::clicked, this, &ReportView::askAndSaveAttachment);
    // Queued: the loader emits on its worker thread; the result is handled here, on the GUI thread.
    connect(&m_thumbnails, &ThumbnailLoader::decoded, this, &ReportView::thumbnailDecoded, Qt::QueuedConnection);
    m_ui->vagueLabel->setText(
        tr("⚠ Vague report: triage found no specifics and the reporter sent it anyway. Ask what they were doing, "
           "what they expected, what happened instead and the exact error text."));
    showReport(0);
}

ReportView::~ReportView() = default;

QString ReportView::message() const
{
    return m_ui->messageLabel->text();
}

void ReportView::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void ReportView::showReport(qint64 id)
{
    m_id = id;
    showMessage(QString());
    m_ui->textEdit->clear();
    reload();
    showAttachments();
}

void ReportView::reloadIfChanged()
{
    if (m_id <= 0)
        return;
    const auto current = m_store.load(m_id);
    if (current && current->version == m_version)
        return;
    QScrollBar *scroll = m_ui->detailsBrowser->verticalScrollBar();
    const int position = scroll->value();
    reload();
    scroll->setValue(position);
}

void ReportView::reload()
{
    m_ui->historyList->clear();
    m_ui->nextStatusCombo->clear();
    QString error;
    const auto reviewed = m_id > 0 ? m_store.load(m_id, &error) : std::nullopt;
    setActionsEnabled(reviewed.has_value());
    if (!reviewed) {
        m_version = 0;
        m_ui->vagueLabel->hide();
        m_ui->titleLabel->setText(m_id > 0 ? error : tr("Select a report in the queue."));
        m_ui->detailsBrowser->clear();
        return;
    }
    const Report &r = reviewed->report;
    m_version = reviewed->version;
    m_ui->titleLabel->setText(QStringLiteral("%1 — %2").arg(r.ticket(), r.summary));
    m_ui->vagueLabel->setVisible(r.vague);
    QString html = fieldsHtml(*reviewed);
    html += affectedHtml();
    m_ui->detailsBrowser->setHtml(html);
    showHistory();
    updateActions(*reviewed);
}

void ReportView::setActionsEnabled(bool enabled)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->takeButton), static_cast<QWidget *>(m_ui->assignButton),
                            static_cast<QWidget *>(m_ui->nextStatusCombo),
                            static_cast<QWidget *>(m_ui->statusButton), static_cast<QWidget *>(m_ui->textEdit),
                            static_cast<QWidget *>(m_ui->noteButton), static_cast<QWidget *>(m_ui->replyButton),
                            static_cast<QWidget *>(m_ui->duplicateButton)})
        widget->setEnabled(enabled);
}

QString ReportView::fieldsHtml(const ReviewedReport &reviewed) const
{
    const Report &r = reviewed.report;
    ReportFields::Context context;
    context.assignee = reviewed.assignee;
    context.updatedAt = reviewed.updatedAt;
    context.resolvedAt = reviewed.resolvedAt;
    // The organisation's own record of the device, when the reporter gave its asset tag.
    if (!r.device.assetTag.trimmed().isEmpty()) {
        if (const auto inventory = DeviceInventory(m_store.connectionName()).byAssetTag(r.device.assetTag)) {
            context.inventory =
                QStringList({inventory->make, inventory->model, inventory->name}).join(QLatin1Char(' ')).simplified();
            context.inventoryLocation = inventory->location;
            context.inventoryNotes = inventory->notes;
        }
    }
    const QStringList copyable = {r.contact.login, r.contact.email, r.contact.phone};
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    for (const ReportField &field : ReportFields::fields(r, ReportFields::Reader::Agent, context)) {
        const QString &value = field.value;
        if (value.trimmed().isEmpty())
            continue;
        QString shown = value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (copyable.contains(value))
            shown = copyLink(value);
        html += QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
                    .arg(field.label.toHtmlEscaped(), shown);
    }
    html += QStringLiteral("</table>");
    return html;
}

QString ReportView::affectedHtml() const
{
    // "I'm affected too": how many, and how to reach each of them.
    QString affectedError;
    const QList<ReportStore::AffectedPerson> affected =
        ReportStore(m_store.connectionName()).affectedPeople(m_id, &affectedError);
    if (!affectedError.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(affectedError.toHtmlEscaped());
    if (affected.isEmpty())
        return QString();
    QString html = QStringLiteral("<h4>%1</h4><table cellspacing=\"2\"><tr><th align=\"left\">%2</th>"
                                  "<th align=\"left\">%3</th><th align=\"left\">%4</th>"
                                  "<th align=\"left\">%5</th></tr>")
                       .arg(tr("People also affected: %1").arg(affected.size()).toHtmlEscaped(),
                            tr("Name").toHtmlEscaped(), tr("Login").toHtmlEscaped(), tr("Email").toHtmlEscaped(),
                            tr("Phone").toHtmlEscaped());
    for (const ReportStore::AffectedPerson &person : affected) {
        auto cell = [](const QString &value) {
            return value.trimmed().isEmpty() ? QString() : copyLink(value.trimmed());
        };
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(person.contact.name.toHtmlEscaped(), cell(person.contact.login), cell(person.contact.email),
                         cell(person.contact.phone));
    }
    html += QStringLiteral("</table>");
    return html;
}

void ReportView::showHistory()
{
    auto time = [](const QDateTime &t) { return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : QString(); };
    QString error;
    const QList<ReportEvent> history = m_store.history(m_id, &error);
    for (const ReportEvent &event : history)
        m_ui->historyList->addItem(time(event.at) + QStringLiteral("  ") + ReviewStore::describe(event));
    if (history.isEmpty())
        m_ui->historyList->addItem(tr("No changes yet."));
}

void ReportView::updateActions(const ReviewedReport &reviewed)
{
    const Report &r = reviewed.report;
    for (const QString &status : ReviewStore::nextStatuses(r.status))
        m_ui->nextStatusCombo->addItem(Taxonomy::statusName(status), status);
    m_ui->statusButton->setEnabled(m_ui->nextStatusCombo->count() > 0);
    m_ui->takeButton->setEnabled(reviewed.assignee != m_store.agentLogin());
    m_ui->duplicateButton->setEnabled(r.status != QLatin1String("closed"));
}

void ReportView::finish(const ActionResult &result, bool clearText)
{
    if (result.ok && clearText)
        m_ui->textEdit->clear();
    // The refusal stays visible after the reload: it says what changed.
    reload();
    showMessage(result.ok ? QString() : result.error);
    if (result.ok || result.conflict)
        emit reportChanged(m_id);
}

void ReportView::markDuplicate()
{
    if (m_id <= 0)
        return;
    bool ok = false;
    const QString answer = QInputDialog::getText(
        this, tr("Mark as duplicate"),
        tr("%1 repeats an earlier report. &Original ticket (e.g. HD-000042):").arg(formatTicket(m_id)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || answer.trimmed().isEmpty())
        return;
    const qint64 original = parseTicket(answer);
    if (original <= 0) {
        showMessage(tr("“%1” is not a ticket number; type it as HD-000042 or 42.").arg(answer.trimmed()));
        return;
    }
    const ActionResult result = m_store.markDuplicate(m_id, m_version, original);
    finish(result, false);
    if (result.ok) {
        showMessage(tr("%1 is closed as a duplicate of %2; its reporter is affected by %2 now.")
                                        .arg(formatTicket(m_id), formatTicket(original)));
        emit reportChanged(original);
    }
}

void ReportView::take()
{
    finish(m_store.take(m_id, m_version), false);
}

void ReportView::assign()
{
    if (m_id <= 0)
        return;
    bool ok = false;
    const QString login = QInputDialog::getText(this, tr("Assign the report"),
                                                tr("Give %1 to the agent with the &login:").arg(formatTicket(m_id)),
                                                QLineEdit::Normal, QString(), &ok)
                              .trimmed();
    if (!ok || login.isEmpty())
        return;
    finish(m_store.assign(m_id, m_version, login), false);
}

void ReportView::changeStatus()
{
    finish(m_store.setStatus(m_id, m_version, m_ui->nextStatusCombo->currentData().toString()), false);
}

void ReportView::addNote()
{
    finish(m_store.addNote(m_id, m_version, m_ui->textEdit->toPlainText()), true);
}

void ReportView::reply()
{
    finish(m_store.reply(m_id, m_version, m_ui->textEdit->toPlainText()), true);
}

} // namespace Helpdesk
