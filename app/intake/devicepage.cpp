#include "devicepage.h"
#include "ui_devicepage.h"

#include "devicecatalog.h"
#include "fieldfeedback.h"
#include "taxonomy.h"

#include <QCompleter>
#include <QSignalBlocker>

namespace Helpdesk {

namespace {
// Type-to-search: "2340" finds "HL-L2340D", in any case, from any position.
void makeSearchable(QComboBox *combo)
{
    QCompleter *completer = combo->completer();
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
}
} // namespace

DevicePage::DevicePage(QWidget *parent)
    : QWizardPage(parent)
{
}

DevicePage::~DevicePage() = default;

void DevicePage::ensureUi()
{
    if (m_ui)
        return;
    m_ui = std::make_unique<Ui::DevicePage>();
    m_ui->setupUi(this);
    for (const QString &kind : Taxonomy::deviceKinds())
        m_ui->kindCombo->addItem(Taxonomy::deviceKindName(kind), kind);
    makeSearchable(m_ui->makeCombo);
    makeSearchable(m_ui->modelCombo);
    m_ui->makeCombo->lineEdit()->setPlaceholderText(tr("Type to search, e.g. Brother"));
    m_ui->modelCombo->lineEdit()->setPlaceholderText(tr("Type to search, e.g. HL-L2340D"));

    registerField(QStringLiteral("device.assetTag"), m_ui->assetTagEdit);

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &DevicePage::fillMakes);
    connect(m_ui->makeCombo, &QComboBox::currentTextChanged, this, &DevicePage::fillModels);
    connect(m_ui->modelCombo, &QComboBox::currentTextChanged, this, &DevicePage::refreshFeedback);
    connect(m_ui->otherCheck, &QCheckBox::toggled, this, &DevicePage::refreshFeedback);
    for (QLineEdit *edit : {m_ui->assetTagEdit, m_ui->buildingEdit, m_ui->roomEdit})
        connect(edit, &QLineEdit::textChanged, this, &DevicePage::refreshFeedback);
    // The catalogue is read here, when the page is first needed.
    fillMakes();
}

void DevicePage::initializePage()
{
    ensureUi();
}

void DevicePage::setCategory(const QString &categoryId)
{
    ensureUi();
    if (categoryId == m_category)
        return;
    m_category = categoryId;
    if (const Category *category = Taxonomy::instance().category(categoryId))
        setKind(category->deviceKind);
    refreshFeedback();
}

void DevicePage::setKind(const QString &kind)
{
    const int index = m_ui->kindCombo->findData(kind);
    if (index >= 0)
        m_ui->kindCombo->setCurrentIndex(index);
}

void DevicePage::reset()
{
    m_category.clear();
    if (!m_ui)
        return;
    m_ui->makeCombo->setEditText(QString());
    m_ui->modelCombo->setEditText(QString());
    m_ui->otherCheck->setChecked(false);
    m_ui->assetTagEdit->clear();
    // Building and room are usually the same for the next report: keep them.
    refreshFeedback();
}

void DevicePage::fillMakes()
{
    const QString kind = m_ui->kindCombo->currentData().toString();
    const QString typed = m_ui->makeCombo->currentText();
    {
        const QSignalBlocker blocker(m_ui->makeCombo);
        m_ui->makeCombo->clear();
        m_ui->makeCombo->addItems(DeviceCatalog::builtIn().makes(kind));
        m_ui->makeCombo->setEditText(typed);
    }
    fillModels();
}

void DevicePage::fillModels()
{
    const QString kind = m_ui->kindCombo->currentData().toString();
    const QString make = m_ui->makeCombo->currentText();
    const QString typed = m_ui->modelCombo->currentText();
    const QStringList models = DeviceCatalog::builtIn().models(kind, make);
    {
        const QSignalBlocker blocker(m_ui->modelCombo);
        m_ui->modelCombo->clear();
        m_ui->modelCombo->addItems(models);
        m_ui->modelCombo->setEditText(typed);
    }
    refreshFeedback();
}

DeviceInfo DevicePage::device() const
{
    DeviceInfo device;
    if (!m_ui)
        return device;
    device.kind = m_ui->kindCombo->currentData().toString();
    device.customModel = m_ui->otherCheck->isChecked();
    device.make = m_ui->makeCombo->currentText().trimmed();
    device.model = m_ui->modelCombo->currentText().trimmed();
    if (!device.customModel) {
        // Store the catalogue's spelling, not "hp" or "hl-l2340d".
        const DeviceCatalog &catalog = DeviceCatalog::builtIn();
        const QString make = catalog.canonicalMake(device.kind, device.make);
        if (!make.isEmpty()) {
            device.make = make;
            for (const QString &model : catalog.models(device.kind, make)) {
                if (model.compare(device.model, Qt::CaseInsensitive) == 0)
                    device.model = model;
            }
        }
    }
    device.assetTag = m_ui->assetTagEdit->text().trimmed();
    device.building = m_ui->buildingEdit->text().trimmed();
    device.room = m_ui->roomEdit->text().trimmed();
    return device;
}

void DevicePage::writeTo(Report &report) const
{
    report.device = device();
}

void DevicePage::refreshFeedback()
{
    const DeviceInfo info = device();
    // Speak up about a name only once something was typed; an empty required
    // field is listed under "To continue" instead of shouting at once.
    const QString makeError = info.make.isEmpty() ? QString() : FieldRules::deviceMakeError(m_category, info);
    const QString modelError = info.model.isEmpty() ? QString() : FieldRules::deviceModelError(m_category, info);
    showFieldError(m_ui->makeCombo, m_ui->makeError, makeError);
    showFieldError(m_ui->modelCombo, m_ui->modelError, modelError);
    showFieldError(m_ui->assetTagEdit, m_ui->assetTagError, FieldRules::shortTextError(info.assetTag));

    QStringList missing;
    const Category *category = Taxonomy::instance().category(m_category);
    if (category && category->deviceRequired && info.assetTag.isEmpty()) {
        if (info.make.isEmpty())
            missing << tr("pick the make");
        if (info.model.isEmpty())
            missing << tr("pick the model");
        if (!missing.isEmpty())
            missing.last() += tr(" (or enter the asset tag)");
    }
    m_ui->missingLabel->setText(missing.isEmpty() ? QString() : tr("To continue: %1.").arg(missing.join(tr(", "))));
    m_ui->missingLabel->setVisible(!missing.isEmpty());
    emit completeChanged();
}

bool DevicePage::isComplete() const
{
    const DeviceInfo info = device();
    return FieldRules::deviceMakeError(m_category, info).isEmpty()
        && FieldRules::deviceModelError(m_category, info).isEmpty()
        && FieldRules::shortTextError(info.assetTag).isEmpty()
        && FieldRules::shortTextError(info.building).isEmpty()
        && FieldRules::shortTextError(info.room).isEmpty();
}

} // namespace Helpdesk
