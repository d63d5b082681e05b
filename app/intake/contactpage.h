#pragma once

// ContactPage: "How can we reach you?" — prefilled from the details this
// person confirmed last time, else from the operating-system account; the
// person must confirm them. Name plus one valid way to reach them is required.

#include "intakepage.h"
#include "model/report.h"

#include <memory>

namespace Ui { class ContactPage; }

namespace Helpdesk {

class ContactPage final : public IntakePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPage)
public:
    explicit ContactPage(QWidget *parent = nullptr);
    ~ContactPage() override;

    void writeTo(Report &report) const override;
    // Only from a draft that reached this page; the person confirms the
    // details again. reset() keeps them: they are the same next time.
    void readFrom(const Report &report) override;
    // On a shared PostgreSQL database a report is filed under the database
    // login (row-level security checks it), so that login is shown and fixed.
    void setDatabaseLogin(const QString &login);
    // Remembers confirmed details for the next report on this computer.
    void rememberDetails() const;
    // What is on the page, or, before the page was shown, what it would be
    // prefilled with (saved details, else the operating-system account):
    // who joins a known incident from the first page.
    ContactInfo knownContact() const;

    bool isComplete() const override;

protected:
    void initializePage() override;

private:
    // The form is built the first time the page is needed, not when the wizard
    // starts: the first page must show at once (see bench/).
    void ensureUi();
    // Details confirmed last time on this computer, else the account's.
    static ContactInfo savedContact();
    void prefill();
    // Fills the fields from `info`, the login only `withLogin`; the
    // preferred way and the confirmation are the caller's.
    void showContact(const ContactInfo &info, bool withLogin);
    void refreshFeedback();
    ContactInfo contact() const;

    std::unique_ptr<Ui::ContactPage> m_ui;
    QString m_databaseLogin;
};

} // namespace Helpdesk
