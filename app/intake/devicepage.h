#pragma once

// DevicePage: "Which device?" — kind, make and model from the catalogue with
// type-to-search, or typed in under "Other"; asset tag and location. Fills the
// device part of a Report.

#include "report.h"

#include <QWizardPage>

#include <memory>

namespace Ui { class DevicePage; }

namespace Helpdesk {

class DevicePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicePage)
public:
    explicit DevicePage(QWidget *parent = nullptr);
    ~DevicePage() override;

    // The problem category decides the preset kind and whether a device must
    // be named. Changing the category presets the kind again.
    void setCategory(const QString &categoryId);
    void writeTo(Report &report) const;
    void reset();

    bool isComplete() const override;
    // Keeps what was typed when the wizard restarts or goes back; QWizard's
    // default would reset the registered fields. reset() clears explicitly.
    void cleanupPage() override {}

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
    DeviceInfo device() const;

    std::unique_ptr<Ui::DevicePage> m_ui;
    QString m_category;
};

} // namespace Helpdesk
