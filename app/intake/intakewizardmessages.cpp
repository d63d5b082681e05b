#include "intakewizard.h"

// What the wizard asks and tells outside its pages: "My reports", the
// question before a started report is thrown away, the offer of an unsent
// draft, and warnings about the database and about reports kept on this
// computer. Members of IntakeWizard (intakewizard.h).

#include "myreportsdialog.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Helpdesk {

void IntakeWizard::showMyReports()
{
    QString error;
    const bool open = ensureDatabase(&error);
    QStringList problems;
    const QList<Report> waiting = m_submitter.outbox().pending(&problems);
    showStoredProblems(problems);
    if (!open && waiting.isEmpty()) {
        QMessageBox::warning(this, tr("My reports"), tr("Your reports cannot be shown: %1").arg(error));
        return;
    }
    // Offline, the reports waiting on this computer are still worth seeing.
    MyReportsDialog dialog(open ? m_submitter.connectionName() : QString(), reporterLogin(), this,
                           open ? QString() : tr("The helpdesk database cannot be reached right now, so only the "
                                                 "reports waiting on this computer are shown: %1").arg(error));
    dialog.setWaiting(waiting);
    dialog.exec();
}

void IntakeWizard::onDatabaseChecked(bool usable, const QString &error)
{
    emit databaseChecked(usable);
    if (usable)
        return;
    emit databaseUnavailable(error);
    showWarning(tr("Helpdesk database unavailable"),
                tr("The helpdesk database cannot be used right now:\n%1\n\n"
                   "You can still describe the problem; Submit will try again.")
                    .arg(error));
}

void IntakeWizard::reject()
{
    if (hasUnsentInput()) {
        QMessageBox box(QMessageBox::Question, tr("Discard this report?"),
                        tr("You have started a report that has not been sent. If you close now, what you typed is lost."),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.button(QMessageBox::Discard)->setText(tr("&Discard report"));
        box.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    // Thrown away on purpose: nothing to bring back at the next start.
    m_drafts.discard(m_clientId);
    QWizard::reject();
}

bool IntakeWizard::offerDraft()
{
    QStringList problems;
    const std::optional<DraftStore::Draft> draft = m_drafts.store().latest(&problems);
    showStoredProblems(problems);
    if (!draft)
        return false;
    const QString summary = draft->report.summary.isEmpty() ? tr("(no summary yet)") : draft->report.summary;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Continue the unsent report?"),
                                tr("A report you started on %1 was not sent:\n\n“%2”\n\n"
                                   "Restore it to continue where you left off, or discard it.")
                                    .arg(QLocale().toString(draft->savedAt, QLocale::ShortFormat), summary),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("draftQuestion"));
    QPushButton *restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    restore->setObjectName(QStringLiteral("restoreDraftButton"));
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    box->setDefaultButton(restore);
    box->setEscapeButton(restore); // Escape must never throw a report away
    box->setAttribute(Qt::WA_DeleteOnClose);
    const DraftStore::Draft offered = *draft;
    connect(box, &QMessageBox::buttonClicked, this, [this, offered, restore](QAbstractButton *clicked) {
        if (clicked == restore)
            restoreDraft(offered);
        else
            m_drafts.discard(offered.report.clientId);
    });
    box->open();
    return true;
}

void IntakeWizard::showStoredProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    // Kept on stderr too, for IT reading a log; the person sees it here,
    // because a damaged draft or a refused report is something they typed.
    for (const QString &problem : problems)
        qWarning("%s", qPrintable(problem));
    showWarning(tr("Saved reports on this computer"),
                tr("Something kept on this computer could not be used. Nothing was deleted; "
                   "please tell the helpdesk:\n\n%1")
                    .arg(problems.join(QStringLiteral("\n\n"))),
                QStringLiteral("storedProblems"));
}

void IntakeWizard::showDeliveryError(const QString &error, int remaining)
{
    // Waiting does not cure this one, and the reports would wait unseen; the
    // Submitter says it once per cause.
    qWarning("%s", qPrintable(error));
    showWarning(tr("Saved reports on this computer"),
                tr("%n report(s) waiting on this computer cannot be sent:\n%1\n\n"
                   "They stay here and are tried again later; please tell the helpdesk.",
                   nullptr, remaining)
                    .arg(error),
                QStringLiteral("deliveryProblem"));
}

void IntakeWizard::showWarning(const QString &title, const QString &text, const QString &objectName)
{
    // Window-modal and not waited for: what called it goes on.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Helpdesk
