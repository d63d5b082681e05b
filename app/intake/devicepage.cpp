#include "devicepage.h"

#include "ui_devicepage.h"

#include "devices/devicecatalog.h"
#include "fieldfeedback.h"
#include "model/taxonomy.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QListWidget>
#include <QSignalBlocker>

#include <algorithm>

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

// New items for an editable list, keeping what is typed and where the cursor
// is: the lists fill when the catalogue arrives, maybe while someone types.
void replaceItems(QComboBox *combo, const QStringList &items)
{
    QLineEdit *edit = combo->lineEdit();
    const QString typed = edit->text();
    const int cursor = edit->cursorPosition();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(items);
    combo->setEditText(typed);
    edit->setCursorPosition(cursor);
}
} // namespace

DevicePage::DevicePage(QWidget *parent)
    : IntakePage(parent)
{
}

DevicePage::~DevicePage() = default;

void DevicePage::ensureUi()
{
    if (!buildForm(m_ui))
        return;
    for (const QString &kind : Taxonomy::deviceKinds())
        m_ui->kindCombo->addItem(Taxonomy::deviceKindName(kind), kind);
    makeSearchable(m_ui->makeCombo);
    makeSearchable(m_ui->modelCombo);
    m_ui->makeCombo->lineEdit()->setPlaceholderText(tr("Type to search, e.g. Brother"));
    m_ui->modelCombo->lineEdit()->setPlaceholderText(tr("Type to search, e.g. HL-L2340D"));

    registerField(QStringLiteral("device.assetTag"), m_ui->assetTagEdit);

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &DevicePage::fillMakes);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &DevicePage::updateMatches);
    connect(m_ui->makeCombo, &QComboBox::currentTextChanged, this, &DevicePage::fillModels);
    connect(m_ui->modelCombo, &QComboBox::currentTextChanged, this, &DevicePage::refreshFeedback);
    connect(m_ui->otherCheck, &QCheckBox::toggled, this, &DevicePage::refreshFeedback);
    for (QLineEdit *edit : {m_ui->assetTagEdit, m_ui->buildingEdit, m_ui->roomEdit})
        connect(edit, &QLineEdit::textChanged, this, &DevicePage::refreshFeedback);

    connect(m_ui->findEdit, &QLineEdit::textChanged, this, &DevicePage::updateMatches);
    connect(m_ui->resultsList, &QListWidget::itemActivated, this, &DevicePage::pickItem);
    // Enter picks a match; it must not also press the wizard's Next.
    m_ui->findEdit->installEventFilter(this);
    m_ui->resultsList->installEventFilter(this);

    fillMakes();
    updateMatches();
}

void DevicePage::setCatalogue(const DeviceCatalog *catalogue)
{
    if (catalogue == m_catalog)
        return;
    m_catalog = catalogue;
    if (!m_ui)
        return;
    fillMakes(); // and the models, and the field checks
    updateMatches();
}

void DevicePage::setLocalDevices(const QList<DeviceChoice> &choices)
{
    m_localDevices = choices;
    if (!m_ui)
        return;
    updateMatches();
    // The default printer for a printing problem that names no device yet.
    const DeviceInfo current = device();
    if (current.make.isEmpty() && current.model.isEmpty() && current.assetTag.isEmpty()) {
        auto sameKind = [](const QString &a, const QString &b) {
            static const QStringList computers = {QStringLiteral("computer"), QStringLiteral("laptop")};
            return a == b || (computers.contains(a) && computers.contains(b));
        };
        for (const DeviceChoice &choice : choices) {
            if (choice.isDefault && sameKind(choice.device.kind, current.kind)) {
                pick(choice);
                break;
            }
        }
    }
}

void DevicePage::setInventoryLookup(DeviceLookup lookup)
{
    m_inventoryLookup = std::move(lookup);
    if (m_ui)
        updateMatches();
}

void DevicePage::updateMatches()
{
    const QString text = m_ui->findEdit->text().trimmed();
    const QString kind = m_ui->kindCombo->currentData().toString();
    m_matches.clear();
    for (const DeviceChoice &choice : std::as_const(m_localDevices)) {
        const QString name = choice.device.make + QLatin1Char(' ') + choice.device.model;
        if (text.isEmpty() || name.contains(text, Qt::CaseInsensitive))
            m_matches.append(choice);
    }
    if (!text.isEmpty()) {
        if (m_inventoryLookup)
            m_matches += m_inventoryLookup(text);
        const QList<CatalogEntry> entries = m_catalog ? m_catalog->search(text, QString(), 30) : QList<CatalogEntry>();
        for (const CatalogEntry &entry : entries)
            m_matches.append(DeviceChoice::of(DeviceChoice::Source::Catalogue, entry.kind, entry.make, entry.model));
    }
    // This computer's devices, then the inventory, then the catalogue; within
    // each, the kind already chosen first, otherwise in the order found.
    auto rank = [&kind](const DeviceChoice &c) { return std::make_pair(int(c.source), c.device.kind != kind); };
    std::stable_sort(m_matches.begin(), m_matches.end(),
                     [&rank](const DeviceChoice &a, const DeviceChoice &b) { return rank(a) < rank(b); });

    m_ui->resultsList->clear();
    for (const DeviceChoice &choice : std::as_const(m_matches)) {
        QString text;
        switch (choice.source) {
        case DeviceChoice::Source::ThisComputer:
            text = tr("On this computer: %1 %2").arg(choice.device.make, choice.device.model);
            break;
        case DeviceChoice::Source::Inventory:
            text = tr("%1: %2 %3").arg(choice.device.assetTag, choice.device.make, choice.device.model);
            break;
        case DeviceChoice::Source::Catalogue:
            text = choice.device.make + QLatin1Char(' ') + choice.device.model;
            break;
        }
        if (!choice.detail.isEmpty())
            text += QStringLiteral(" — ") + choice.detail;
        if (choice.source == DeviceChoice::Source::Catalogue && choice.device.kind != kind)
            text += QStringLiteral(" (") + Taxonomy::deviceKindName(choice.device.kind) + QLatin1Char(')');
        m_ui->resultsList->addItem(text.simplified());
    }
    // Not "nothing" while the catalogue is on its way: it searches again then.
    if (m_matches.isEmpty() && !text.isEmpty() && m_catalog)
        m_ui->resultsList->addItem(tr("Nothing found. Pick the make and model below, or tick “Other” to type them in."));
}

void DevicePage::pickItem(QListWidgetItem *item)
{
    const int row = m_ui->resultsList->row(item);
    if (row >= 0 && row < m_matches.size())
        pick(m_matches.at(row));
}

void DevicePage::pick(const DeviceChoice &choice)
{
    setKind(choice.device.kind);
    m_ui->otherCheck->setChecked(false);
    m_ui->makeCombo->setEditText(choice.device.make);
    fillModels();
    m_ui->modelCombo->setEditText(choice.device.model);
    if (choice.source == DeviceChoice::Source::Inventory) {
        m_ui->assetTagEdit->setText(choice.device.assetTag);
        if (!choice.device.building.isEmpty())
            m_ui->buildingEdit->setText(choice.device.building);
        if (!choice.device.room.isEmpty())
            m_ui->roomEdit->setText(choice.device.room);
    }
    refreshFeedback();
}

bool DevicePage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_ui && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_ui->findEdit && !m_matches.isEmpty()) {
            if (key->key() == Qt::Key_Down) {
                m_ui->resultsList->setFocus();
                m_ui->resultsList->setCurrentRow(0);
                return true;
            }
            if (enter) {
                pick(m_matches.constFirst());
                return true;
            }
        }
        if (watched == m_ui->resultsList && enter) {
            if (QListWidgetItem *item = m_ui->resultsList->currentItem())
                pickItem(item);
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
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
    m_ui->findEdit->clear();
    // Building and room are usually the same for the next report: keep them.
    refreshFeedback();
}

void DevicePage::fillMakes()
{
    const QString kind = m_ui->kindCombo->currentData().toString();
    replaceItems(m_ui->makeCombo, m_catalog ? m_catalog->makes(kind) : QStringList());
    fillModels();
}

void DevicePage::fillModels()
{
    const QString kind = m_ui->kindCombo->currentData().toString();
    const QString make = m_ui->makeCombo->currentText();
    replaceItems(m_ui->modelCombo, m_catalog ? m_catalog->models(kind, make) : QStringList());
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
    if (!device.customModel && m_catalog) {
        // Store the catalogue's spelling, not "hp" or "hl-l2340d".
        const QString make = m_catalog->canonicalMake(device.kind, device.make);
        if (!make.isEmpty()) {
            device.make = make;
            for (const QString &model : m_catalog->models(device.kind, make)) {
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

void DevicePage::readFrom(const Report &report)
{
    ensureUi();
    m_category = report.category;
    if (!report.device.kind.isEmpty())
        setKind(report.device.kind);
    else if (const Category *category = Taxonomy::instance().category(report.category))
        setKind(category->deviceKind);
    m_ui->otherCheck->setChecked(report.device.customModel);
    m_ui->makeCombo->setEditText(report.device.make);
    fillModels();
    m_ui->modelCombo->setEditText(report.device.model);
    m_ui->assetTagEdit->setText(report.device.assetTag);
    m_ui->buildingEdit->setText(report.device.building);
    m_ui->roomEdit->setText(report.device.room);
    refreshFeedback();
}

void DevicePage::refreshFeedback()
{
    const DeviceInfo info = device();
    // Speak up about a name only once something was typed; an empty required
    // field is listed under "To continue" instead of shouting at once. Whether
    // a name is in the catalogue is said once the catalogue is here.
    const bool checkable = m_catalog || !needsCatalogue(info);
    const QString makeError = info.make.isEmpty() || !checkable ? QString() : FieldRules::deviceMakeError(m_category, info);
    const QString modelError = info.model.isEmpty() || !checkable ? QString() : FieldRules::deviceModelError(m_category, info);
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

bool DevicePage::needsCatalogue(const DeviceInfo &device)
{
    // FieldRules looks up a make or model that was not typed in under "Other".
    return !device.customModel && !(device.make.trimmed().isEmpty() && device.model.trimmed().isEmpty());
}

bool DevicePage::isComplete() const
{
    const DeviceInfo info = device();
    // A typed make or model waits for the catalogue (a few tens of
    // milliseconds after the page opens, at worst) rather than for a guess.
    if (!m_catalog && needsCatalogue(info))
        return false;
    return FieldRules::deviceMakeError(m_category, info).isEmpty()
        && FieldRules::deviceModelError(m_category, info).isEmpty()
        && FieldRules::shortTextError(info.assetTag).isEmpty()
        && FieldRules::shortTextError(info.building).isEmpty()
        && FieldRules::shortTextError(info.room).isEmpty();
}

} // namespace Helpdesk
