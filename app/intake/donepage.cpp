#include "donepage.h"

#include "ui_donepage.h"

#include <QClipboard>
#include <QGuiApplication>

namespace Helpdesk {

DonePage::DonePage(QWidget *parent)
    : IntakePage(parent)
{
    setFinalPage(true);
}

DonePage::~DonePage() = default;

void DonePage::ensureUi()
{
    if (!buildForm(m_ui))
        return;
    connect(m_ui->copyButton, &QPushButton::clicked, this, &DonePage::copyTicket);
    connect(m_ui->anotherButton, &QPushButton::clicked, this, &DonePage::anotherReportRequested);
}

void DonePage::initializePage()
{
    ensureUi();
}

void DonePage::showOutcome(IntakeWizard::Outcome outcome, const QString &ticket)
{
    ensureUi();
    switch (outcome) {
    case IntakeWizard::Outcome::Filed:
        setTitle(tr("Your report has been filed"));
        setSubTitle(tr("The helpdesk has your report and will contact you."));
        m_ui->ticketCaption->setText(tr("Your &ticket number:"));
        break;
    case IntakeWizard::Outcome::JoinedReport:
        setTitle(tr("You were added to an existing report"));
        setSubTitle(tr("The helpdesk already works on this problem and now knows it affects you too; you will "
                       "hear back when it is fixed. No new report was filed."));
        m_ui->ticketCaption->setText(tr("The &ticket number:"));
        break;
    case IntakeWizard::Outcome::AlreadyReported:
        setTitle(tr("You have already reported this"));
        setSubTitle(tr("Your earlier report is still open, so no new one was filed. Keep its number for any "
                       "questions."));
        m_ui->ticketCaption->setText(tr("Your &ticket number:"));
        break;
    case IntakeWizard::Outcome::JoinedIncident:
        setTitle(tr("You were added to a known problem"));
        setSubTitle(tr("The helpdesk is already working on it and now knows it affects you too; you will hear "
                       "back when it is fixed. No new report was filed."));
        m_ui->ticketCaption->setText(tr("The &incident number:"));
        break;
    case IntakeWizard::Outcome::Queued:
        setTitle(tr("Saved on this computer — it will be sent automatically"));
        setSubTitle(tr("The helpdesk database cannot be reached right now. Your report is safe on this computer and "
                       "is sent as soon as the database is back; the ticket number then appears here. If you close "
                       "the program, it is sent the next time you open it."));
        m_ui->ticketCaption->setText(tr("Your &local reference:"));
        break;
    }
    switch (outcome) {
    case IntakeWizard::Outcome::JoinedIncident:
        m_ui->copyButton->setText(tr("C&opy incident number"));
        break;
    case IntakeWizard::Outcome::Queued:
        m_ui->copyButton->setText(tr("C&opy local reference"));
        break;
    default:
        m_ui->copyButton->setText(tr("C&opy ticket number"));
        break;
    }
    m_ui->ticketLabel->setText(ticket);
    m_ui->ticketLabel->setAccessibleName(
        outcome == IntakeWizard::Outcome::JoinedIncident ? tr("Incident number %1").arg(m_ui->ticketLabel->text())
        : outcome == IntakeWizard::Outcome::Queued       ? tr("Local reference %1").arg(m_ui->ticketLabel->text())
                                                         : tr("Ticket number %1").arg(m_ui->ticketLabel->text()));
    m_ui->copiedLabel->clear();
    m_ui->ticketLabel->setFocus();
}

QString DonePage::ticket() const
{
    return m_ui ? m_ui->ticketLabel->text() : QString();
}

void DonePage::copyTicket()
{
    QGuiApplication::clipboard()->setText(ticket());
    m_ui->copiedLabel->setText(tr("Copied %1 to the clipboard.").arg(ticket()));
}

} // namespace Helpdesk
