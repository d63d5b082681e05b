// KeychainPasswordStore: the wizard's database password goes to the desktop's
// keyring or nowhere. What IT and CI see on a computer without a keyring (no
// Secret Service on D-Bus): the store says it is unavailable, with a reason,
// quickly; it never pretends to have kept the password and never falls back
// to a file.

#include "passwordstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Helpdesk::KeychainPasswordStore;
using Helpdesk::PasswordStore;

class tst_PasswordStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutKeyringNothingIsKept();

private:
    QTemporaryDir m_home;
};

void tst_PasswordStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // A session bus that is not there, whatever this machine has: the test
    // must never touch a developer's real keyring.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/helpdesk-test-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
}

void tst_PasswordStore::withoutKeyringNothingIsKept()
{
    KeychainPasswordStore store;
    const QString account = QStringLiteral("postgresql://ivanov@db.example.org/helpdesk");
    QElapsedTimer timer;
    timer.start();

    QString error;
    QVERIFY(!store.write(account, QStringLiteral("s3cr3t-in-keyring"), &error));
    QVERIFY2(!error.isEmpty(), "no reason given");

    QString password;
    error.clear();
    QCOMPARE(store.read(account, &password, &error), PasswordStore::Result::Unavailable);
    QVERIFY(password.isEmpty());
    QVERIFY2(!error.isEmpty(), "no reason given");
    // The dialog shows it in brackets: words, not "Unknown error".
    QVERIFY2(!error.contains(QStringLiteral("Unknown error"), Qt::CaseInsensitive), qPrintable(error));
    qInfo("the wizard's dialog would say: no keyring (%s)", qPrintable(error));
    QVERIFY2(timer.elapsed() < 20000, "the keyring check keeps the wizard waiting");

    // QtKeychain's plain-text fallback stays off: no file holds the password.
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("s3cr3t-in-keyring"), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(tst_PasswordStore)
#include "tst_passwordstore.moc"
