// tst_intakepasswords: the real intake wizard driven as an employee does, with keys and clicks on the real widgets —
// signing in to PostgreSQL: the password asked once and kept in the keyring, or asked each time without one.
// The wizard, its database and folders are the fixture's (intaketestfixture.h).

#include "intaketestfixture.h"

using namespace Helpdesk;

class tst_IntakePasswords final : public IntakeTestFixture
{
    Q_OBJECT

private slots:
    void asksForThePasswordOnceAndKeepsItInTheKeyring();
    void withoutKeyringAsksEachTimeAndSaysSo();
    void passwordDialogSignsIn();

private:
    // A PostgreSQL login with a password and the reporter role; its URL carries no password.
    QString reporterUrlWithoutPassword(const QString &suffix, const QString &password);
};

namespace {

// Stands in for the desktop's keyring: CI has none. Several stores may share
// one "keyring", as several runs of the wizard share the real one.
class FakeKeyring final : public Helpdesk::PasswordStore
{
public:
    FakeKeyring(std::shared_ptr<QHash<QString, QString>> entries, bool available, int *reads = nullptr)
        : m_entries(std::move(entries)), m_available(available), m_reads(reads)
    {
    }
    Result read(const QString &account, QString *password, QString *error) override
    {
        if (m_reads)
            ++*m_reads;
        if (!m_available) {
            *error = QStringLiteral("no Secret Service on D-Bus");
            return Result::Unavailable;
        }
        if (!m_entries->contains(account))
            return Result::NotFound;
        *password = m_entries->value(account);
        return Result::Found;
    }
    bool write(const QString &account, const QString &password, QString *) override
    {
        if (m_available)
            m_entries->insert(account, password);
        return m_available;
    }
    void remove(const QString &account) override { m_entries->remove(account); }

private:
    std::shared_ptr<QHash<QString, QString>> m_entries;
    bool m_available;
    int *m_reads;
};

// True when any file under `folder` contains `text`.
bool anyFileContains(const QString &folder, const QByteArray &text)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
    }
    return false;
}

} // namespace

QString tst_IntakePasswords::reporterUrlWithoutPassword(const QString &suffix, const QString &password)
{
    const QString login = m_database->name() + suffix;
    // The schema (and its roles) first, as IT's `helpdesk-admin init` makes them.
    {
        QString error;
        if (!Database::open(databaseUrl(), QStringLiteral("password-setup"), &error))
            qWarning() << error;
        Database::close(QStringLiteral("password-setup"));
    }
    const QString error = m_database->execAsSuperuser(
        {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password),
         QStringLiteral("GRANT helpdesk_reporter TO %1").arg(login)});
    if (!error.isEmpty())
        qWarning() << error;
    return TestDatabase::serverUrlFor(login, QString(), m_database->name());
}

void tst_IntakePasswords::asksForThePasswordOnceAndKeepsItInTheKeyring()
{
    auto keyring = std::make_shared<QHash<QString, QString>>();
    int asked = 0;
    QList<IntakeWizard::PasswordRequest> requests;
    const QString password = QStringLiteral("Corr3ct-h0rse");
    auto prompt = [&](const IntakeWizard::PasswordRequest &request) -> std::optional<QString> {
        ++asked;
        requests.append(request);
        return asked == 1 ? QStringLiteral("typo") : password; // the first one mistyped
    };
    {
        // A URL that signs in by itself (SQLite has no login; the test's
        // PostgreSQL URL carries its password, as Kerberos needs none):
        // nothing is asked, and the keyring is not even opened.
        int reads = 0;
        IntakeWizard wizard(databaseUrl());
        wizard.setPasswordStore(std::make_unique<FakeKeyring>(keyring, true, &reads));
        wizard.setPasswordPrompt(prompt);
        QString error;
        QVERIFY2(wizard.ensureDatabase(&error), qPrintable(error));
        QCOMPARE(asked, 0);
        QCOMPARE(reads, 0);
    }
    if (!TestDatabase::isPostgres())
        return;
    const QString url = reporterUrlWithoutPassword(QStringLiteral("_pw"), password);
    const auto dropRole = qScopeGuard([&] {
        m_database->execAsSuperuser({QStringLiteral("DROP ROLE IF EXISTS %1_pw").arg(m_database->name())});
    });
    QVERIFY2(!url.contains(password), qPrintable(url));
    {
        IntakeWizard wizard(url);
        wizard.setPasswordStore(std::make_unique<FakeKeyring>(keyring, true));
        wizard.setPasswordPrompt(prompt);
        QString error;
        QVERIFY2(wizard.ensureDatabase(&error), qPrintable(error));
        QCOMPARE(asked, 2);
        QCOMPARE(requests.at(0).refused, false); // the server asked for one
        QCOMPARE(requests.at(1).refused, true);  // "typo" was turned away
        QCOMPARE(requests.at(0).login, m_database->name() + QStringLiteral("_pw"));
        QVERIFY(requests.at(0).keyringAvailable);
        // Filing works under that login.
        QVERIFY(wizard.ensureDatabase(&error));
        QCOMPARE(asked, 2);
    }
    QCOMPARE(keyring->size(), 1);
    QCOMPARE(keyring->constBegin().value(), password);

    // The next start finds it in the keyring and asks nothing.
    {
        IntakeWizard wizard(url);
        wizard.setPasswordStore(std::make_unique<FakeKeyring>(keyring, true));
        wizard.setPasswordPrompt(prompt);
        QString error;
        QVERIFY2(wizard.ensureDatabase(&error), qPrintable(error));
        QCOMPARE(asked, 2);
    }
    // Never in a settings file.
    QVERIFY(!anyFileContains(m_dir->path(), password.toUtf8()));

    // IT changed the password: the kept one is dropped and the person asked again.
    QVERIFY(m_database->execAsSuperuser({QStringLiteral("ALTER ROLE %1_pw PASSWORD 'N3w-one'").arg(m_database->name())})
                .isEmpty());
    {
        IntakeWizard wizard(url);
        wizard.setPasswordStore(std::make_unique<FakeKeyring>(keyring, true));
        int askedNow = 0;
        wizard.setPasswordPrompt([&](const IntakeWizard::PasswordRequest &request) -> std::optional<QString> {
            ++askedNow;
            if (!request.refused)
                return std::nullopt;
            return QStringLiteral("N3w-one");
        });
        QString error;
        QVERIFY2(wizard.ensureDatabase(&error), qPrintable(error));
        QCOMPARE(askedNow, 1);
    }
    QCOMPARE(keyring->constBegin().value(), QStringLiteral("N3w-one"));

    // Cancel: no connection, and the message says what the server wanted.
    keyring->clear();
    IntakeWizard cancelled(url);
    cancelled.setPasswordStore(std::make_unique<FakeKeyring>(keyring, true));
    cancelled.setPasswordPrompt([](const IntakeWizard::PasswordRequest &) { return std::optional<QString>(); });
    QString error;
    QVERIFY(!cancelled.ensureDatabase(&error));
    QVERIFY2(error.contains(QStringLiteral("asks for a password")), qPrintable(error));
    QVERIFY(keyring->isEmpty());
}

void tst_IntakePasswords::withoutKeyringAsksEachTimeAndSaysSo()
{
    if (!TestDatabase::isPostgres()) {
        IntakeWizard wizard(databaseUrl());
        wizard.setPasswordStore(std::make_unique<FakeKeyring>(std::make_shared<QHash<QString, QString>>(), false));
        wizard.setPasswordPrompt([](const IntakeWizard::PasswordRequest &) -> std::optional<QString> {
            qFatal("asked for a password on SQLite");
            return std::nullopt;
        });
        QString error;
        QVERIFY2(wizard.ensureDatabase(&error), qPrintable(error));
        return;
    }
    const QString password = QStringLiteral("n0-keyring-here");
    const QString url = reporterUrlWithoutPassword(QStringLiteral("_nokr"), password);
    const auto dropRole = qScopeGuard([&] {
        m_database->execAsSuperuser({QStringLiteral("DROP ROLE IF EXISTS %1_nokr").arg(m_database->name())});
    });
    int asked = 0;
    for (int run = 0; run < 2; ++run) {
        IntakeWizard wizard(url);
        wizard.setPasswordStore(std::make_unique<FakeKeyring>(std::make_shared<QHash<QString, QString>>(), false));
        wizard.setPasswordPrompt([&](const IntakeWizard::PasswordRequest &request) -> std::optional<QString> {
            ++asked;
            if (request.keyringAvailable || !request.keyringProblem.contains(QStringLiteral("Secret Service")))
                return std::nullopt;
            return password;
        });
        QString error;
        QVERIFY2(wizard.ensureDatabase(&error), qPrintable(error));
    }
    QCOMPARE(asked, 2); // once per start
    QVERIFY(!anyFileContains(m_dir->path(), password.toUtf8()));
}

void tst_IntakePasswords::passwordDialogSignsIn()
{
    // The real dialog, typed into as a person would.
    const QString password = QStringLiteral("typed-1n-dialog");
    QString url = databaseUrl();
    if (TestDatabase::isPostgres())
        url = reporterUrlWithoutPassword(QStringLiteral("_dlg"), password);
    const auto dropRole = qScopeGuard([&] {
        if (TestDatabase::isPostgres())
            m_database->execAsSuperuser({QStringLiteral("DROP ROLE IF EXISTS %1_dlg").arg(m_database->name())});
    });
    m_wizard = std::make_unique<IntakeWizard>(url);
    m_wizard->setPasswordStore(std::make_unique<FakeKeyring>(std::make_shared<QHash<QString, QString>>(), false));
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));

    bool sawDialog = false;
    QString keyringText;
    QTimer typist;
    typist.setInterval(20);
    connect(&typist, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<Helpdesk::PasswordDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        typist.stop();
        sawDialog = true;
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("passwordLabel"));
        keyringText = dialog->findChild<QLabel *>(QStringLiteral("keyringLabel"))->text();
        QCOMPARE(label->buddy(), field);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled()); // nothing typed yet
        QTest::keyClicks(field, password);
        QVERIFY(box->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClick(field, Qt::Key_Return);
    });
    typist.start();
    QString error;
    QVERIFY2(m_wizard->ensureDatabase(&error), qPrintable(error));
    typist.stop();
    QCOMPARE(sawDialog, TestDatabase::isPostgres());
    if (TestDatabase::isPostgres())
        QVERIFY2(keyringText.contains(QStringLiteral("asked again next time")), qPrintable(keyringText));
}

QTEST_MAIN(tst_IntakePasswords)
#include "tst_intakepasswords.moc"
