// SystemAccount: who is signed in, to prefill the contact page. The login must
// be the real account, and the full name only the name part of GECOS.

#include "runtime/systemaccount.h"

#include <QStandardPaths>
#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using Helpdesk::SystemAccount;

class TestSystemAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fullNameFromGecos_data();
    void fullNameFromGecos();
    void currentIsTheRealUser();
};

void TestSystemAccount::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSystemAccount::fullNameFromGecos_data()
{
    QTest::addColumn<QString>("gecos");
    QTest::addColumn<QString>("fullName");

    QTest::newRow("full record") << QStringLiteral("Ivan Petrov,Room 214,+7 495 123,,")
                                 << QStringLiteral("Ivan Petrov");
    QTest::newRow("name only") << QStringLiteral("Jane Doe") << QStringLiteral("Jane Doe");
    QTest::newRow("name and empty fields") << QStringLiteral("Jane Doe,,,") << QStringLiteral("Jane Doe");
    QTest::newRow("cyrillic") << QStringLiteral("Иван Петрович Сидоров,Бухгалтерия,,")
                              << QStringLiteral("Иван Петрович Сидоров");
    QTest::newRow("spaces around") << QStringLiteral("  Anna Kowalska  ,Room 3") << QStringLiteral("Anna Kowalska");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("commas only") << QStringLiteral(",,,") << QString();
    QTest::newRow("no name but room") << QStringLiteral(",Room 214,,") << QString();
}

void TestSystemAccount::fullNameFromGecos()
{
    QFETCH(QString, gecos);
    QFETCH(QString, fullName);
    QCOMPARE(SystemAccount::fullNameFromGecos(gecos), fullName);
}

void TestSystemAccount::currentIsTheRealUser()
{
    const SystemAccount account = SystemAccount::current();
    QVERIFY(!account.login.isEmpty());
#ifdef Q_OS_UNIX
    const passwd *entry = getpwuid(geteuid());
    QVERIFY(entry);
    QCOMPARE(account.login, QString::fromLocal8Bit(entry->pw_name));
    QCOMPARE(account.fullName, SystemAccount::fullNameFromGecos(QString::fromLocal8Bit(entry->pw_gecos)));
    QVERIFY(!account.fullName.contains(QLatin1Char(',')));
#endif
}

QTEST_GUILESS_MAIN(TestSystemAccount)
#include "tst_systemaccount.moc"
