#include "donepage.h"
#include "ui_donepage.h"

#include "intakewizard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace Helpdesk {

DonePage::DonePage(QWidget *parent)
    : QWizardPage(parent)
{
    setFinalPage(true);
}

DonePage::~DonePage() = default;

void DonePage::ensureUi()
{
    if (m_ui)
        return;
    m_ui = std::make_unique<Ui::DonePage>();
    m_ui->setupUi(this);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &DonePage::copyTicket);
    connect(m_ui->anotherButton, &QPushButton::clicked, this, &DonePage::anotherReportRequested);
}

void DonePage::initializePage()
{
    ensureUi();
    if (auto *intake = qobject_cast<IntakeWizard *>(wizard()))
        m_ui->ticketLabel->setText(intake->lastTicket());
    m_ui->ticketLabel->setAccessibleName(tr("Ticket number %1").arg(m_ui->ticketLabel->text()));
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
