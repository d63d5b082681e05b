#include "reviewpage.h"

#include "ui_reviewpage.h"

#include "intakewizard.h"
#include "model/report.h"
#include "model/reportfields.h"

#include <QGuiApplication>

namespace Helpdesk {

namespace {
QString line(const QString &label, const QString &value)
{
    return value.isEmpty() ? QString() : label + QLatin1Char(' ') + value + QLatin1Char('\n');
}
} // namespace

ReviewPage::ReviewPage(IntakeFlow &flow, QWidget *parent)
    : IntakePage(parent)
    , m_flow(flow)
{
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Submit"));
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    ensureUi();
}

void ReviewPage::ensureUi()
{
    if (m_ui)
        return;
    m_ui = std::make_unique<Ui::ReviewPage>();
    m_ui->setupUi(this);
    m_ui->submitError->hide();

    connect(m_ui->problemChangeButton, &QPushButton::clicked, this,
            [this] { emit changeRequested(IntakeWizard::ProblemPageId); });
    connect(m_ui->attachmentsChangeButton, &QPushButton::clicked, this,
            [this] { emit changeRequested(IntakeWizard::AttachmentsPageId); });
    connect(m_ui->deviceChangeButton, &QPushButton::clicked, this,
            [this] { emit changeRequested(IntakeWizard::DevicePageId); });
    connect(m_ui->contactChangeButton, &QPushButton::clicked, this,
            [this] { emit changeRequested(IntakeWizard::ContactPageId); });
}


void ReviewPage::showReport(const Report &report, const PriorityMatrix &priorities)
{
    ensureUi();
    showSubmitError(QString());
    ReportFields::Context context;
    context.responseTime = priorities.expectationText(report.impact, report.urgency);
    QString problem;
    QString device;
    QString contact;
    for (const ReportField &field : ReportFields::fields(report, ReportFields::Reader::Reporter, context)) {
        QString &box = field.group == ReportField::Group::Device  ? device
                     : field.group == ReportField::Group::Contact ? contact
                                                                   : problem;
        box += line(field.label, field.value);
    }
    m_ui->problemText->setText(problem.trimmed());

    QStringList files;
    for (const Attachment &attachment : report.attachments)
        files.append(tr("%1 (%2)", "review: attachment name and size").arg(attachment.fileName,
                                                                             Attachment::formatSize(attachment.size)));
    m_ui->attachmentsText->setText(files.isEmpty() ? tr("None") : files.join(QLatin1Char('\n')));
    m_ui->deviceText->setText(device.trimmed());
    m_ui->contactText->setText(contact.trimmed());
}

void ReviewPage::showSubmitError(const QString &message)
{
    ensureUi();
    m_ui->submitError->setText(message);
    m_ui->submitError->setVisible(!message.isEmpty());
}

bool ReviewPage::validatePage()
{
    QString error;
    // Up to the database's timeout (a silent server, a locked file): show it.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool submitted = m_flow.submitReport(&error);
    QGuiApplication::restoreOverrideCursor();
    if (!submitted) {
        showSubmitError(tr("The report was not sent: %1\nNothing you typed is lost; press Submit to try again.")
                            .arg(error));
        return false;
    }
    return true;
}

} // namespace Helpdesk
