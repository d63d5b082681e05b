#include "incidentspanel.h"

#include "ui_incidentspanel.h"
#include "ui_postincidentdialog.h"

#include "model/taxonomy.h"

#include <QListWidgetItem>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Helpdesk {

namespace {
constexpr int IdRole = Qt::UserRole;
}

PostIncidentDialog::PostIncidentDialog(IncidentStore &store, const QString &agentLogin, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PostIncidentDialog>())
    , m_store(store)
    , m_agent(agentLogin)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Post"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->categoryEdit->addItem(tr("Any category"), QString());
    for (const Category &category : Taxonomy::instance().categories())
        m_ui->categoryEdit->addItem(category.displayName(), category.id);
    m_ui->messageEdit->setTabChangesFocus(true);
    m_ui->messageEdit->setPlaceholderText(tr("What is wrong, what to do meanwhile, when it should be fixed"));
    for (QLabel *error : {m_ui->titleError, m_ui->categoryError, m_ui->locationError, m_ui->messageError})
        error->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PostIncidentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 420);
}

PostIncidentDialog::~PostIncidentDialog() = default;

Incident PostIncidentDialog::incident() const
{
    Incident incident;
    incident.title = m_ui->titleEdit->text().trimmed();
    incident.category = m_ui->categoryEdit->currentData().toString();
    incident.deviceMake = m_ui->makeEdit->text().trimmed();
    incident.deviceModel = m_ui->modelEdit->text().trimmed();
    incident.assetTag = m_ui->assetTagEdit->text().trimmed();
    incident.location = m_ui->locationEdit->text().trimmed();
    incident.message = m_ui->messageEdit->toPlainText().trimmed();
    incident.createdBy = m_agent;
    return incident;
}

void PostIncidentDialog::accept()
{
    const Incident wanted = incident();
    // Each problem beside its field; the first wrong field gets the focus.
    const QList<std::tuple<QLabel *, QWidget *, QString>> checks = {
        {m_ui->titleError, m_ui->titleEdit, IncidentStore::titleError(wanted.title)},
        {m_ui->categoryError, m_ui->categoryEdit, IncidentStore::categoryError(wanted.category)},
        {m_ui->locationError, m_ui->locationEdit, FieldRules::shortTextError(wanted.location)},
        {m_ui->messageError, m_ui->messageEdit, FieldRules::descriptionError(wanted.message)},
    };
    QWidget *firstWrong = nullptr;
    for (const auto &[label, field, error] : checks) {
        label->setText(error);
        label->setVisible(!error.isEmpty());
        if (!error.isEmpty() && !firstWrong)
            firstWrong = field;
    }
    if (firstWrong) {
        firstWrong->setFocus();
        return;
    }
    QString error;
    m_postedId = m_store.add(wanted, &error);
    if (m_postedId <= 0) {
        m_ui->messageError->setText(error);
        m_ui->messageError->show();
        return;
    }
    QDialog::accept();
}

IncidentsPanel::IncidentsPanel(const QString &connectionName, const QString &agentLogin, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IncidentsPanel>())
    , m_store(connectionName)
    , m_agent(agentLogin)
{
    m_ui->setupUi(this);
    connect(m_ui->postIncidentButton, &QPushButton::clicked, this, &IncidentsPanel::post);
    connect(m_ui->resolveIncidentButton, &QPushButton::clicked, this, &IncidentsPanel::resolveSelected);
    connect(m_ui->incidentsList, &QListWidget::currentRowChanged, this, &IncidentsPanel::updateButtons);
    reload();
}

IncidentsPanel::~IncidentsPanel() = default;

QString IncidentsPanel::message() const
{
    return m_ui->incidentMessage->text();
}

qint64 IncidentsPanel::selectedIncident() const
{
    const QListWidgetItem *item = m_ui->incidentsList->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void IncidentsPanel::reload()
{
    m_ui->incidentsList->clear();
    QString error;
    const QList<Incident> incidents = m_store.list(false, &error);
    const Taxonomy &taxonomy = Taxonomy::instance();
    for (const Incident &incident : incidents) {
        QStringList where;
        if (const Category *category = taxonomy.category(incident.category))
            where << category->displayName();
        const QString device = QStringList({incident.deviceMake, incident.deviceModel, incident.assetTag})
                                   .join(QLatin1Char(' ')).simplified();
        if (!device.isEmpty())
            where << device;
        where << (incident.location.isEmpty() ? tr("everyone") : incident.location);
        auto *item = new QListWidgetItem(tr("%1  %2\n%3 · affected: %4")
                                             .arg(incident.reference(), incident.title,
                                                  where.join(QStringLiteral(" · ")))
                                             .arg(incident.affectedCount));
        item->setData(IdRole, incident.id);
        item->setToolTip(tr("Posted by %1 on %2\n%3")
                             .arg(incident.createdBy, QLocale().toString(incident.createdAt, QLocale::ShortFormat),
                                  incident.message));
        m_ui->incidentsList->addItem(item);
    }
    if (!error.isEmpty())
        m_ui->incidentMessage->setText(error);
    else if (incidents.isEmpty())
        m_ui->incidentMessage->setText(tr("No incidents are going on."));
    else
        m_ui->incidentMessage->clear();
    updateButtons();
}

void IncidentsPanel::updateButtons()
{
    m_ui->resolveIncidentButton->setEnabled(selectedIncident() > 0);
}

void IncidentsPanel::post()
{
    PostIncidentDialog dialog(m_store, m_agent, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    for (int row = 0; row < m_ui->incidentsList->count(); ++row) {
        if (m_ui->incidentsList->item(row)->data(IdRole).toLongLong() == dialog.postedId())
            m_ui->incidentsList->setCurrentRow(row);
    }
    m_ui->incidentMessage->setText(tr("Posted %1; employees see it before they report.")
                                       .arg(Incident{dialog.postedId()}.reference()));
}

void IncidentsPanel::resolveSelected()
{
    const qint64 id = selectedIncident();
    if (id <= 0)
        return;
    QString error;
    const bool resolved = m_store.resolve(id, &error);
    reload();
    m_ui->incidentMessage->setText(resolved ? tr("%1 is resolved; employees no longer see it.")
                                                  .arg(Incident{id}.reference())
                                            : error);
}

} // namespace Helpdesk
