#include "duplicatespage.h"

#include "ui_duplicatespage.h"

#include "intakewizard.h"
#include "model/taxonomy.h"

#include <QListWidgetItem>
#include <QLocale>

namespace Helpdesk {

DuplicatesPage::DuplicatesPage(const IntakeFlow &flow, QWidget *parent)
    : IntakePage(parent)
    , m_flow(flow)
{
}

DuplicatesPage::~DuplicatesPage() = default;

void DuplicatesPage::ensureUi()
{
    if (!buildForm(m_ui))
        return;
    connect(m_ui->candidateList, &QListWidget::currentRowChanged, this, &DuplicatesPage::onCurrentChanged);
    connect(m_ui->candidateList, &QListWidget::itemActivated, this, &DuplicatesPage::requestJoin);
    connect(m_ui->joinButton, &QPushButton::clicked, this, &DuplicatesPage::requestJoin);
}

void DuplicatesPage::showCandidates(const QList<ReportStore::OpenReport> &candidates)
{
    ensureUi();
    m_candidates = candidates;
    m_ui->candidateList->clear();
    m_ui->joinError->clear();
    const QLocale locale;
    for (const ReportStore::OpenReport &r : candidates) {
        QString why;
        switch (r.reason) {
        case ReportStore::OpenReport::Reason::OwnReport:
            why = tr("Your own report");
            break;
        case ReportStore::OpenReport::Reason::SameDevice:
            why = tr("Same device");
            break;
        case ReportStore::OpenReport::Reason::SimilarSummary:
            why = tr("Similar problem");
            break;
        }
        QStringList device;
        for (const QString &part : {r.device.make, r.device.model, r.device.assetTag, r.device.building, r.device.room}) {
            if (!part.isEmpty())
                device.append(part);
        }
        QString text = QStringLiteral("%1 — %2").arg(r.ticket(), r.summary);
        if (!device.isEmpty())
            text += QStringLiteral(" (") + device.join(QStringLiteral(", ")) + QLatin1Char(')');
        text += QLatin1Char('\n')
            + tr("%1 · %2 · filed %3")
                  .arg(why, Taxonomy::statusName(r.status), locale.toString(r.createdAt, QLocale::ShortFormat));
        if (r.affectedCount > 0)
            text += QStringLiteral(" · ") + tr("%n more person(s) affected", nullptr, r.affectedCount);
        auto *item = new QListWidgetItem(text, m_ui->candidateList);
        item->setData(Qt::UserRole, r.id);
    }
    m_ui->candidateList->setCurrentRow(candidates.isEmpty() ? -1 : 0);
    onCurrentChanged();
}

void DuplicatesPage::showJoinError(const QString &message)
{
    ensureUi();
    m_ui->joinError->setText(message);
    m_ui->joinButton->setAccessibleDescription(message);
}

int DuplicatesPage::nextId() const
{
    if (m_flow.hasJoined())
        return IntakeWizard::DonePageId;
    return IntakeWizard::ReviewPageId;
}

void DuplicatesPage::onCurrentChanged()
{
    const int row = m_ui->candidateList->currentRow();
    const bool own = row >= 0 && m_candidates.at(row).reason == ReportStore::OpenReport::Reason::OwnReport;
    // One's own report needs no second name on it: it is simply the ticket.
    m_ui->joinButton->setText(own ? tr("This is &my report") : tr("&I'm affected too"));
    m_ui->joinButton->setEnabled(row >= 0);
}

void DuplicatesPage::requestJoin()
{
    const int row = m_ui->candidateList->currentRow();
    if (row < 0)
        return;
    const ReportStore::OpenReport &r = m_candidates.at(row);
    emit joinRequested(r.id, r.reason == ReportStore::OpenReport::Reason::OwnReport);
}

} // namespace Helpdesk
