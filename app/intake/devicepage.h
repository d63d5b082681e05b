#pragma once

// DevicePage: "Which device?" — one search box over this computer's printers,
// the organisation's inventory (asset tag, room) and the make/model catalogue;
// picking a match fills kind, make, model and location. Make and model can also
// be picked from lists with type-to-search, or typed in under "Other". Fills
// the device part of a Report; it never queries the database itself (the
// wizard hands it a lookup), and never loads the catalogue: the wizard loads
// it on a worker thread and hands it over with setCatalogue(). Until then what is typed
// is taken and kept, this computer's devices and the inventory are offered,
// and Next waits while a typed make or model is still to be checked.

#include "intakepage.h"
#include "model/report.h"

#include <functional>
#include <memory>

namespace Ui { class DevicePage; }

class QListWidgetItem;

namespace Helpdesk {

class DeviceCatalog;

// One device a person can pick with a single keystroke.
struct DeviceChoice
{
    enum class Source { ThisComputer, Inventory, Catalogue };
    Source source = Source::Catalogue;
    DeviceInfo device;  // what picking it fills in
    QString detail;     // shown after the name: "default printer", the inventory location
    bool isDefault = false;

    // A choice from `source` that fills in kind, make and model.
    static DeviceChoice of(Source source, const QString &kind, const QString &make, const QString &model)
    {
        DeviceChoice choice;
        choice.source = source;
        choice.device.kind = kind;
        choice.device.make = make;
        choice.device.model = model;
        return choice;
    }
};
using DeviceLookup = std::function<QList<DeviceChoice>(const QString &text)>;

class DevicePage final : public IntakePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicePage)
public:
    explicit DevicePage(QWidget *parent = nullptr);
    ~DevicePage() override;

    // The problem category decides the preset kind and whether a device must
    // be named. Changing the category presets the kind again.
    void setCategory(const QString &categoryId);
    void writeTo(Report &report) const override;
    // Its category is the draft's.
    void readFrom(const Report &report) override;
    void reset() override;

    // Printers installed on this computer, offered first; the default one is
    // filled in when a printing problem has no device yet.
    void setLocalDevices(const QList<DeviceChoice> &choices);
    // The organisation's inventory, searched as the person types.
    void setInventoryLookup(DeviceLookup lookup);
    // The catalogue has arrived (DeviceCatalog::builtIn(), which FieldRules
    // checks against, loaded): fill the make and model lists and the
    // matches, keeping what was typed meanwhile.
    void setCatalogue(const DeviceCatalog *catalogue);
    bool hasCatalogue() const { return m_catalog != nullptr; }

    bool isComplete() const override;

protected:
    void initializePage() override;

private:
    // The form is built the first time the page is needed, not when the wizard
    // starts: the first page must show at once (see bench/).
    void ensureUi();
    void setKind(const QString &kind);
    void fillMakes();
    void fillModels();
    void refreshFeedback();
    void updateMatches();
    void pick(const DeviceChoice &choice);
    void pickItem(QListWidgetItem *item);
    bool eventFilter(QObject *watched, QEvent *event) override;
    DeviceInfo device() const;
    // The make or model must be checked against the catalogue (FieldRules).
    static bool needsCatalogue(const DeviceInfo &device);

    std::unique_ptr<Ui::DevicePage> m_ui;
    const DeviceCatalog *m_catalog = nullptr; // builtIn(), once it is loaded
    QString m_category;
    QList<DeviceChoice> m_localDevices;
    DeviceLookup m_inventoryLookup;
    QList<DeviceChoice> m_matches; // what the list shows, row by row
};

} // namespace Helpdesk
