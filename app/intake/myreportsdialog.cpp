#include "myreportsdialog.h"

#include "ui_myreportsdialog.h"

#include "delivery/outbox.h"
#include "model/taxonomy.h"
#include "store/reportstore.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidgetItem>

namespace Helpdesk {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int WaitingRole = Qt::UserRole + 1; // a report still in this computer's outbox
constexpr int StatusRole = Qt::UserRole + 2;  // the stored status id

enum Column { TicketColumn, FiledColumn, StatusColumn, SummaryColumn };

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time, QLocale::ShortFormat) : QString();
}
} // namespace

MyReportsDialog::MyReportsDialog(const QString &connectionName, const QString &reporterLogin, QWidget *parent,
                                 const QString &unavailable)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MyReportsDialog>())
    , m_connectionName(connectionName)
    , m_login(reporterLogin)
    , m_unavailable(unavailable)
{
    m_ui->setupUi(this);
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setText(tr("&Close"));
    // Enter in "Find ticket" looks up; it must not close the dialog.
    close->setAutoDefault(false);
    m_ui->findError->hide();
    m_ui->reportsTree->header()->setStretchLastSection(true);
    m_ui->repliesBrowser->setOpenLinks(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->findButton, &QPushButton::clicked, this, &MyReportsDialog::find);
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, &MyReportsDialog::find);
    connect(m_ui->findEdit, &QLineEdit::textEdited, m_ui->findError, &QWidget::hide);
    connect(m_ui->reportsTree, &QTreeWidget::currentItemChanged, this, &MyReportsDialog::showSelected);
    m_ui->answerError->hide();
    m_ui->ratingCombo->addItem(tr("No rating"), 0);
    m_ui->ratingCombo->addItem(tr("5 — very good"), 5);
    m_ui->ratingCombo->addItem(tr("4 — good"), 4);
    m_ui->ratingCombo->addItem(tr("3 — all right"), 3);
    m_ui->ratingCombo->addItem(tr("2 — poor"), 2);
    m_ui->ratingCombo->addItem(tr("1 — very poor"), 1);
    connect(m_ui->answerEdit, &QPlainTextEdit::textChanged, m_ui->answerError, &QWidget::hide);
    connect(m_ui->sendAnswerButton, &QPushButton::clicked, this, [this] {
        sendAnswer([this](ReportStore &store, qint64 id, const QString &text) { return store.answer(id, m_login, text); });
    });
    connect(m_ui->fixedButton, &QPushButton::clicked, this, [this] {
        sendAnswer([this](ReportStore &store, qint64 id, const QString &text) {
            return store.confirmFixed(id, m_login, m_ui->ratingCombo->currentData().toInt(), text);
        });
    });
    connect(m_ui->notFixedButton, &QPushButton::clicked, this, [this] {
        sendAnswer([this](ReportStore &store, qint64 id, const QString &text) { return store.reopen(id, m_login, text); });
    });
    resize(720, 560);
    reload();
}

MyReportsDialog::~MyReportsDialog() = default;

void MyReportsDialog::setWaiting(const QList<Report> &reports)
{
    m_waiting = reports;
    reload();
}

void MyReportsDialog::reload()
{
    const qint64 selected = selectedReport();
    m_ui->reportsTree->clear();
    for (const Report &report : std::as_const(m_waiting)) {
        auto *item = new QTreeWidgetItem({Outbox::localReference(report.clientId), QString(),
                                          tr("Waiting on this computer"), report.summary});
        item->setData(TicketColumn, IdRole, qint64(0));
        item->setData(TicketColumn, WaitingRole, true);
        m_ui->reportsTree->addTopLevelItem(item);
    }
    QString error = m_unavailable;
    QList<Report> reports;
    if (!m_connectionName.isEmpty())
        reports = ReportStore(m_connectionName).listByReporter(m_login, ListLimit, &error);
    for (const Report &report : std::as_const(reports)) {
        addFiled(report);
    }
    for (int column = TicketColumn; column < SummaryColumn; ++column)
        m_ui->reportsTree->resizeColumnToContents(column);
    if (!error.isEmpty())
        m_ui->selectedLabel->setText(error);
    else if (reports.isEmpty() && m_waiting.isEmpty())
        m_ui->selectedLabel->setText(tr("You have not filed any reports yet."));
    if (selected > 0)
        select(selected);
    else if (m_ui->reportsTree->topLevelItemCount() > 0)
        m_ui->reportsTree->setCurrentItem(m_ui->reportsTree->topLevelItem(0));
    else
        showSelected();
}

void MyReportsDialog::addFiled(const Report &report)
{
    auto *item = new QTreeWidgetItem(
        {report.ticket(), shortTime(report.createdAt), Taxonomy::statusName(report.status), report.summary});
    item->setData(TicketColumn, IdRole, report.id);
    item->setData(TicketColumn, StatusRole, report.status);
    m_ui->reportsTree->addTopLevelItem(item);
}

qint64 MyReportsDialog::selectedReport() const
{
    const QTreeWidgetItem *item = m_ui->reportsTree->currentItem();
    return item ? item->data(TicketColumn, IdRole).toLongLong() : 0;
}

void MyReportsDialog::select(qint64 id)
{
    for (int row = 0; row < m_ui->reportsTree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_ui->reportsTree->topLevelItem(row);
        if (item->data(TicketColumn, IdRole).toLongLong() == id) {
            m_ui->reportsTree->setCurrentItem(item);
            m_ui->reportsTree->scrollToItem(item);
            return;
        }
    }
}

void MyReportsDialog::showSelected()
{
    m_ui->repliesBrowser->clear();
    const QTreeWidgetItem *current = m_ui->reportsTree->currentItem();
    if (current && current->data(TicketColumn, WaitingRole).toBool()) {
        QString text = tr("%1 — %2\nSaved on this computer: it is sent automatically as soon as the helpdesk "
                          "database can be reached, and then gets its ticket number.")
                           .arg(current->text(TicketColumn), current->text(SummaryColumn));
        if (!m_unavailable.isEmpty())
            text += QStringLiteral("\n\n") + m_unavailable;
        m_ui->selectedLabel->setText(text);
        m_ui->repliesBrowser->setEnabled(false);
        showAnswerChoices(QString());
        return;
    }
    const qint64 id = selectedReport();
    if (id <= 0) {
        m_ui->repliesBrowser->setEnabled(false);
        showAnswerChoices(QString());
        return;
    }
    m_ui->repliesBrowser->setEnabled(true);
    const QTreeWidgetItem *item = m_ui->reportsTree->currentItem();
    showAnswerChoices(item->data(TicketColumn, StatusRole).toString());
    m_ui->selectedLabel->setText(tr("%1 — %2\nStatus: %3")
                                     .arg(item->text(TicketColumn), item->text(SummaryColumn),
                                          item->text(StatusColumn)));
    QString error;
    const QList<ReportEvent> replies = ReportStore(m_connectionName).conversation(id, &error);
    if (!error.isEmpty()) {
        m_ui->repliesBrowser->setPlainText(error);
        return;
    }
    if (replies.isEmpty()) {
        m_ui->repliesBrowser->setPlainText(tr("No reply from the helpdesk yet."));
        return;
    }
    QString html;
    for (const ReportEvent &reply : replies) {
        const QString when = shortTime(reply.at);
        QString who = tr("%1 wrote on %2:").arg(reply.actor, when);
        if (reply.kind == QLatin1String(ReportEvent::Answer))
            who = tr("You wrote on %1:").arg(when);
        else if (reply.kind == QLatin1String(ReportEvent::Fixed) && !reply.newValue.isEmpty())
            who = tr("You said it is fixed on %1 and rated the help %2 of 5.").arg(when, reply.newValue);
        else if (reply.kind == QLatin1String(ReportEvent::Fixed))
            who = tr("You said it is fixed on %1.").arg(when);
        else if (reply.kind == QLatin1String(ReportEvent::NotFixed))
            who = tr("You said it is not fixed on %1:").arg(when);
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(who.toHtmlEscaped(),
                         reply.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_ui->repliesBrowser->setHtml(html);
}

void MyReportsDialog::showAnswerChoices(const QString &status)
{
    const bool open = Taxonomy::isOpenStatus(status);
    const bool resolved = status == QLatin1String("resolved");
    m_ui->answerLabel->setEnabled(open || resolved);
    m_ui->answerEdit->setEnabled(open || resolved);
    m_ui->sendAnswerButton->setVisible(!resolved);
    m_ui->sendAnswerButton->setEnabled(open);
    m_ui->fixedButton->setVisible(resolved);
    m_ui->notFixedButton->setVisible(resolved);
    m_ui->ratingLabel->setVisible(resolved);
    m_ui->ratingCombo->setVisible(resolved);
    m_ui->ratingCombo->setCurrentIndex(0);
    if (resolved)
        m_ui->answerEdit->setPlaceholderText(tr("If it is not fixed: what is still wrong?"));
    else if (status == QLatin1String("closed"))
        m_ui->answerEdit->setPlaceholderText(tr("This report is closed. If the problem is back, report it again."));
    else if (status == QLatin1String("waiting"))
        m_ui->answerEdit->setPlaceholderText(tr("The helpdesk is waiting for your answer."));
    else
        m_ui->answerEdit->setPlaceholderText(QString());
}

void MyReportsDialog::sendAnswer(const Write &write)
{
    const qint64 id = selectedReport();
    if (id <= 0 || m_connectionName.isEmpty())
        return;
    ReportStore store(m_connectionName);
    const ReportStore::AnswerResult result = write(store, id, m_ui->answerEdit->toPlainText());
    if (!result.ok) {
        // The text stays, so nothing typed is lost.
        m_ui->answerError->setText(result.error);
        m_ui->answerError->show();
        m_ui->answerEdit->setFocus();
        return;
    }
    m_ui->answerEdit->clear();
    if (QTreeWidgetItem *item = m_ui->reportsTree->currentItem()) {
        item->setData(TicketColumn, StatusRole, result.status);
        item->setText(StatusColumn, Taxonomy::statusName(result.status));
    }
    showSelected();
    m_ui->answerEdit->setFocus();
}

void MyReportsDialog::find()
{
    const QString text = m_ui->findEdit->text().trimmed();
    auto showError = [this](const QString &message) {
        m_ui->findError->setText(message);
        m_ui->findError->show();
        m_ui->findEdit->setFocus();
        m_ui->findEdit->selectAll();
    };
    if (text.isEmpty()) {
        showError(tr("Type the number of one of your tickets, e.g. HD-000042 or 42."));
        return;
    }
    const qint64 id = parseTicket(text);
    if (id <= 0) {
        showError(tr("“%1” is not a ticket number. Type it as HD-000042 or 42.").arg(text));
        return;
    }
    if (m_connectionName.isEmpty()) {
        showError(m_unavailable);
        return;
    }
    QString error;
    const std::optional<Report> report = ReportStore(m_connectionName).findByReporter(id, m_login, &error);
    if (!report) {
        showError(error.isEmpty() ? tr("You have no ticket %1. Check the number in the e-mail or on the "
                                       "screen you got when you sent the report.")
                                        .arg(formatTicket(id))
                                  : error);
        return;
    }
    m_ui->findError->hide();
    if (selectedReport() != id)
        select(id);
    if (selectedReport() != id) {
        // Older than the list shows: add it at the end.
        addFiled(*report);
        select(id);
    }
}

} // namespace Helpdesk
