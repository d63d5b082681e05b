// kill -9 while typing: the wizard runs in a separate process (the helper,
// typing through real key events), is killed with SIGKILL once its draft is on
// disk, and the next wizard offers the report back and restores it. Home and
// XDG folders point into a temporary folder, as for a fresh user.

#include "delivery/draftstore.h"
#include "intakewizard.h"
#include "runtime/application.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Helpdesk;

class tst_DraftRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWhileTypingTheDraftComesBack();

private:
    QTemporaryDir m_home;
};

void tst_DraftRecovery::initTestCase()
{
    QVERIFY(m_home.isValid());
    // This process and the helper see the same fresh user.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
    setApplicationIdentity();
}

void tst_DraftRecovery::killedWhileTypingTheDraftComesBack()
{
    const QString summary = QStringLiteral("Принтер жуёт бумагу 🖨️ on floor 2");
    const QString description = QStringLiteral("Every page jams. שלום — RTL too.");
    const QString databaseUrl = QStringLiteral("sqlite:") + m_home.filePath(QStringLiteral("helpdesk.sqlite"));
    const QString drafts = DraftStore().directory();
    QVERIFY2(drafts.startsWith(m_home.path()), qPrintable(drafts));

    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(HELPDESK_DRAFT_HELPER), {databaseUrl, summary, description});
    QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
    QVERIFY(helper.waitForReadyRead(30000));
    QCOMPARE(helper.readLine().trimmed(), QByteArray("typed"));

    // Saved a moment after typing stops, without anyone pressing anything.
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(drafts).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty(),
                             IntakeWizard::DraftDelayMs + 10000);
    QTRY_VERIFY_WITH_TIMEOUT(DraftStore().latest() && DraftStore().latest()->report.description == description,
                             10000);
    helper.kill(); // SIGKILL: no chance to clean up
    QVERIFY(helper.waitForFinished());
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    const QString clientId = DraftStore().latest()->report.clientId;

    // The next start offers the report back, clearly.
    IntakeWizard wizard(databaseUrl);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.offerDraft());
    auto *box = wizard.findChild<QMessageBox *>(QStringLiteral("draftQuestion"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(summary), qPrintable(box->text()));
    auto *restore = box->findChild<QPushButton *>(QStringLiteral("restoreDraftButton"));
    QVERIFY(restore);
    QCOMPARE(restore->text(), QStringLiteral("&Restore"));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("discardDraftButton")));
    QTest::mouseClick(restore, Qt::LeftButton);

    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("summaryEdit"))->text(), summary);
    QCOMPARE(wizard.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->toPlainText(), description);
    QCOMPARE(wizard.findChild<QListWidget *>(QStringLiteral("categoryList"))->selectedItems().size(), 1);
    // Same identity: if the crashed run had filed it, this one cannot file it again.
    QCOMPARE(wizard.report().clientId, clientId);
}

QTEST_MAIN(tst_DraftRecovery)
#include "tst_draftrecovery.moc"
