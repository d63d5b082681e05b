#include "reportview.h"

#include "deviceinventory.h"
#include "taxonomy.h"
#include "ui_reportview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QUrl>

namespace Helpdesk {

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
        m_ui->messageLabel->setText(tr("Copied “%1”.").arg(text));
    });
    connect(m_ui->takeButton, &QPushButton::clicked, this, &ReportView::take);
    connect(m_ui->statusButton, &QPushButton::clicked, this, &ReportView::changeStatus);
    connect(m_ui->noteButton, &QPushButton::clicked, this, &ReportView::addNote);
    connect(m_ui->replyButton, &QPushButton::clicked, this, &ReportView::reply);
    showReport(0);
}

ReportView::~ReportView() = default;

QString ReportView::message() const
{
    return m_ui->messageLabel->text();
}

void ReportView::showReport(qint64 id)
{
    m_id = id;
    m_ui->messageLabel->clear();
    m_ui->textEdit->clear();
    reload();
}

void ReportView::reload()
{
    m_ui->historyList->clear();
    m_ui->nextStatusCombo->clear();
    QString error;
    const auto reviewed = m_id > 0 ? m_store.load(m_id, &error) : std::nullopt;
    const bool shown = reviewed.has_value();
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->takeButton), static_cast<QWidget *>(m_ui->nextStatusCombo),
                            static_cast<QWidget *>(m_ui->statusButton), static_cast<QWidget *>(m_ui->textEdit),
                            static_cast<QWidget *>(m_ui->noteButton), static_cast<QWidget *>(m_ui->replyButton)})
        widget->setEnabled(shown);
    if (!shown) {
        m_version = 0;
        m_ui->titleLabel->setText(m_id > 0 ? error : tr("Select a report in the queue."));
        m_ui->detailsBrowser->clear();
        return;
    }
    const Report &r = reviewed->report;
    m_version = reviewed->version;
    m_ui->titleLabel->setText(QStringLiteral("%1 — %2").arg(r.ticket(), r.summary));

    const Taxonomy &taxonomy = Taxonomy::instance();
    const Category *category = taxonomy.category(r.category);
    const Symptom *symptom = taxonomy.symptom(r.category, r.symptom);
    auto time = [](const QDateTime &t) { return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : QString(); };
    // The organisation's own record of the device, when the reporter gave its asset tag.
    std::optional<InventoryDevice> inventory;
    if (!r.device.assetTag.trimmed().isEmpty())
        inventory = DeviceInventory(m_store.connectionName()).byAssetTag(r.device.assetTag);
    const QList<QPair<QString, QString>> fields = {
        {tr("Status"), Taxonomy::statusName(r.status)},
        {tr("Assigned to"), reviewed->assignee.isEmpty() ? tr("nobody") : reviewed->assignee},
        {tr("Priority"), Taxonomy::priorityName(r.priority)},
        {tr("Filed"), time(r.createdAt)},
        {tr("Last changed"), time(reviewed->updatedAt)},
        {tr("Resolved"), time(reviewed->resolvedAt)},
        {tr("Category"), category ? category->displayName() : r.category},
        {tr("Symptom"), symptom ? symptom->displayName() : r.symptom},
        {tr("Summary"), r.summary},
        {tr("Description"), r.description},
        {tr("Started"), time(r.startedAt)},
        {tr("Impact"), Taxonomy::impactName(r.impact)},
        {tr("Urgency"), Taxonomy::urgencyName(r.urgency)},
        {tr("Flagged as vague"), r.vague ? tr("yes") : QString()},
        {tr("Device"), QStringList({Taxonomy::deviceKindName(r.device.kind), r.device.make, r.device.model})
                           .join(QLatin1Char(' ')).trimmed()},
        {tr("Asset tag"), r.device.assetTag},
        {tr("In the inventory"), inventory ? QStringList({inventory->make, inventory->model, inventory->name})
                                                 .join(QLatin1Char(' ')).simplified()
                                           : QString()},
        {tr("Inventory location"), inventory ? inventory->location : QString()},
        {tr("Inventory notes"), inventory ? inventory->notes : QString()},
        {tr("Building"), r.device.building},
        {tr("Room"), r.device.room},
        {tr("Reporter"), r.contact.name},
        {tr("Login"), r.contact.login},
        {tr("Email"), r.contact.email},
        {tr("Phone"), r.contact.phone},
        {tr("Department"), r.contact.department},
        {tr("Location"), r.contact.location},
        {tr("Preferred contact"), Taxonomy::contactMethodName(r.contact.preferredContact)},
        {tr("Computer"), r.computerName},
        {tr("Operating system"), r.operatingSystem},
    };
    const QStringList copyable = {r.contact.login, r.contact.email, r.contact.phone};
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    for (const auto &[label, value] : fields) {
        if (value.trimmed().isEmpty())
            continue;
        QString shown = value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (copyable.contains(value)) {
            QUrl link;
            link.setScheme(QStringLiteral("copy"));
            link.setPath(value);
            shown = QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(QString::fromUtf8(link.toEncoded()).toHtmlEscaped(), shown);
        }
        html += QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), shown);
    }
    html += QStringLiteral("</table>");
    m_ui->detailsBrowser->setHtml(html);

    const QList<ReportEvent> history = m_store.history(m_id, &error);
    for (const ReportEvent &event : history)
        m_ui->historyList->addItem(time(event.at) + QStringLiteral("  ") + ReviewStore::describe(event));
    if (history.isEmpty())
        m_ui->historyList->addItem(tr("No changes yet."));

    for (const QString &status : ReviewStore::nextStatuses(r.status))
        m_ui->nextStatusCombo->addItem(Taxonomy::statusName(status), status);
    m_ui->statusButton->setEnabled(m_ui->nextStatusCombo->count() > 0);
    m_ui->takeButton->setEnabled(reviewed->assignee != m_store.agentLogin());
}

void ReportView::finish(const ActionResult &result, bool clearText)
{
    if (result.ok && clearText)
        m_ui->textEdit->clear();
    // The refusal stays visible after the reload: it says what changed.
    reload();
    m_ui->messageLabel->setText(result.ok ? QString() : result.error);
    if (result.ok || result.conflict)
        emit reportChanged(m_id);
}

void ReportView::take()
{
    finish(m_store.take(m_id, m_version), false);
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
