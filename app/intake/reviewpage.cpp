#include "reviewpage.h"

#include "ui_reviewpage.h"

#include "intakewizard.h"
#include "model/report.h"
#include "model/taxonomy.h"

#include <QGuiApplication>
#include <QLocale>

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
    const QLocale locale;
    const Taxonomy &taxonomy = Taxonomy::instance();
    const Category *category = taxonomy.category(report.category);
    const Symptom *symptom = taxonomy.symptom(report.category, report.symptom);

    QString problem;
    problem += line(tr("Category:"), category ? category->displayName() : report.category);
    problem += line(tr("What happens:"), symptom ? symptom->displayName() : report.symptom);
    problem += line(tr("Summary:"), report.summary);
    problem += line(tr("Description:"), report.description.trimmed());
    problem += line(tr("Started:"), locale.toString(report.startedAt, QLocale::ShortFormat));
    problem += line(tr("Affected:"), Taxonomy::impactName(report.impact));
    problem += line(tr("Urgency:"), Taxonomy::urgencyName(report.urgency));
    problem += line(tr("Response time:"), priorities.expectationText(report.impact, report.urgency));
    m_ui->problemText->setText(problem.trimmed());

    QStringList files;
    for (const Attachment &attachment : report.attachments)
        files.append(tr("%1 (%2)", "review: attachment name and size").arg(attachment.fileName,
                                                                             Attachment::formatSize(attachment.size)));
    m_ui->attachmentsText->setText(files.isEmpty() ? tr("None") : files.join(QLatin1Char('\n')));

    QString device;
    device += line(tr("Kind:"), Taxonomy::deviceKindName(report.device.kind));
    device += line(tr("Make:"), report.device.make);
    device += line(tr("Model:"), report.device.customModel && !report.device.model.isEmpty()
                                     ? tr("%1 (typed in)").arg(report.device.model)
                                     : report.device.model);
    device += line(tr("Asset tag:"), report.device.assetTag);
    device += line(tr("Building:"), report.device.building);
    device += line(tr("Room:"), report.device.room);
    m_ui->deviceText->setText(device.trimmed());

    QString contact;
    contact += line(tr("Name:"), report.contact.name);
    contact += line(tr("Login:"), report.contact.login);
    contact += line(tr("Email:"), report.contact.email);
    contact += line(tr("Phone:"), report.contact.phone);
    contact += line(tr("Department:"), report.contact.department);
    contact += line(tr("Location:"), report.contact.location);
    contact += line(tr("Preferred way to reach you:"), Taxonomy::contactMethodName(report.contact.preferredContact));
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
