#include "contactpage.h"

#include "ui_contactpage.h"

#include "fieldfeedback.h"
#include "model/taxonomy.h"
#include "runtime/systemaccount.h"

#include <QSettings>

namespace Helpdesk {

namespace {
const QLatin1String settingsGroup("contact");
} // namespace

ContactPage::ContactPage(QWidget *parent)
    : IntakePage(parent)
{
}

ContactPage::~ContactPage() = default;

void ContactPage::ensureUi()
{
    if (!buildForm(m_ui))
        return;
    for (const QString &method : Taxonomy::contactMethods())
        m_ui->preferredCombo->addItem(Taxonomy::contactMethodName(method), method);

    registerField(QStringLiteral("contact.name*"), m_ui->nameEdit);
    registerField(QStringLiteral("contact.email"), m_ui->emailEdit);
    registerField(QStringLiteral("contact.phone"), m_ui->phoneEdit);
    registerField(QStringLiteral("contact.confirmed*"), m_ui->confirmCheck);

    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->loginEdit, m_ui->emailEdit, m_ui->phoneEdit,
                            m_ui->departmentEdit, m_ui->locationEdit})
        connect(edit, &QLineEdit::textChanged, this, &ContactPage::refreshFeedback);
    connect(m_ui->preferredCombo, &QComboBox::currentIndexChanged, this, &ContactPage::refreshFeedback);
    connect(m_ui->confirmCheck, &QCheckBox::toggled, this, &ContactPage::refreshFeedback);
    prefill();
    setDatabaseLogin(m_databaseLogin);
}

void ContactPage::initializePage()
{
    ensureUi();
    refreshFeedback();
}

ContactInfo ContactPage::savedContact()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const SystemAccount account = SystemAccount::current();
    ContactInfo info;
    info.name = settings.value(QStringLiteral("name"), account.fullName).toString().trimmed();
    info.login = account.login;
    info.email = settings.value(QStringLiteral("email")).toString().trimmed();
    info.phone = settings.value(QStringLiteral("phone")).toString().trimmed();
    info.department = settings.value(QStringLiteral("department")).toString().trimmed();
    info.location = settings.value(QStringLiteral("location")).toString().trimmed();
    info.preferredContact = settings.value(QStringLiteral("preferred")).toString();
    return info;
}

void ContactPage::showContact(const ContactInfo &info, bool withLogin)
{
    m_ui->nameEdit->setText(info.name);
    if (withLogin)
        m_ui->loginEdit->setText(info.login);
    m_ui->emailEdit->setText(info.email);
    m_ui->phoneEdit->setText(info.phone);
    m_ui->departmentEdit->setText(info.department);
    m_ui->locationEdit->setText(info.location);
}

void ContactPage::prefill()
{
    const ContactInfo saved = savedContact();
    showContact(saved, true);
    const int preferred = m_ui->preferredCombo->findData(saved.preferredContact);
    m_ui->preferredCombo->setCurrentIndex(preferred >= 0 ? preferred : 0);
    // Prefilled details are a suggestion until the person confirms them.
    m_ui->confirmCheck->setChecked(false);
}

void ContactPage::setDatabaseLogin(const QString &login)
{
    m_databaseLogin = login;
    if (!m_ui || login.isEmpty())
        return;
    m_ui->loginEdit->setText(login);
    m_ui->loginEdit->setReadOnly(true);
    m_ui->loginEdit->setToolTip(tr("On the shared database your report is filed under your database login."));
}

ContactInfo ContactPage::knownContact() const
{
    if (m_ui)
        return contact();
    ContactInfo info = savedContact();
    if (!m_databaseLogin.isEmpty())
        info.login = m_databaseLogin;
    if (info.name.isEmpty())
        info.name = info.login;
    return info;
}

void ContactPage::rememberDetails() const
{
    if (!m_ui)
        return;
    const ContactInfo info = contact();
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("name"), info.name);
    settings.setValue(QStringLiteral("email"), info.email);
    settings.setValue(QStringLiteral("phone"), info.phone);
    settings.setValue(QStringLiteral("department"), info.department);
    settings.setValue(QStringLiteral("location"), info.location);
    settings.setValue(QStringLiteral("preferred"), info.preferredContact);
}

ContactInfo ContactPage::contact() const
{
    ContactInfo info;
    if (!m_ui)
        return info;
    info.name = m_ui->nameEdit->text().trimmed();
    info.login = m_ui->loginEdit->text().trimmed();
    info.email = m_ui->emailEdit->text().trimmed();
    info.phone = m_ui->phoneEdit->text().trimmed();
    info.department = m_ui->departmentEdit->text().trimmed();
    info.location = m_ui->locationEdit->text().trimmed();
    info.preferredContact = m_ui->preferredCombo->currentData().toString();
    return info;
}

void ContactPage::writeTo(Report &report) const
{
    report.contact = contact();
}

void ContactPage::readFrom(const Report &report)
{
    const ContactInfo &info = report.contact;
    if (info.name.isEmpty() && info.email.isEmpty() && info.phone.isEmpty())
        return; // the draft never reached this page: keep the usual prefill
    ensureUi();
    // A login fixed by the database stays; an empty one in the draft says nothing.
    showContact(info, !m_ui->loginEdit->isReadOnly() && !info.login.isEmpty());
    const int preferred = m_ui->preferredCombo->findData(info.preferredContact);
    if (preferred >= 0)
        m_ui->preferredCombo->setCurrentIndex(preferred);
    m_ui->confirmCheck->setChecked(false);
    refreshFeedback();
}

void ContactPage::refreshFeedback()
{
    const ContactInfo info = contact();

    showFieldError(m_ui->nameEdit, m_ui->nameError, FieldRules::nameError(info.name));
    const QString reach = FieldRules::reachError(info.email, info.phone);
    const QString emailError = FieldRules::emailError(info.email);
    showFieldError(m_ui->emailEdit, m_ui->emailError, emailError.isEmpty() ? reach : emailError);
    showFieldError(m_ui->phoneEdit, m_ui->phoneError, FieldRules::phoneError(info.phone));

    // The preferred way must be one that was given.
    showFieldError(m_ui->preferredCombo, m_ui->preferredError, FieldRules::preferredContactError(info));

    m_ui->missingLabel->setText(m_ui->confirmCheck->isChecked()
                                    ? QString()
                                    : tr("To continue: check the details above and tick “These details are correct”."));
    m_ui->missingLabel->setVisible(!m_ui->confirmCheck->isChecked());
    emit completeChanged();
}

bool ContactPage::isComplete() const
{
    if (!m_ui || !QWizardPage::isComplete() || !m_ui->confirmCheck->isChecked())
        return false;
    return validateContact(contact()).isEmpty();
}

} // namespace Helpdesk
