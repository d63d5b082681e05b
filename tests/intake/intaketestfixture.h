// IntakeTestFixture: what every tests/intake/tst_intake*.cpp shares — the real
// intake wizard over a fresh database of the backend under test (testdatabase.h),
// drafts, outbox and settings in a temporary folder of the test only, and the
// keys and walks through the pages a person makes. It holds no test of its own:
// QTest runs its initTestCase(), init() and cleanup() around the tests of the
// class that derives from it.

#pragma once

#include "attachmentspage.h"
#include "delivery/draftstore.h"
#include "delivery/outbox.h"
#include "devicepage.h"
#include "intakewizard.h"
#include "model/prioritymatrix.h"
#include "passworddialog.h"
#include "passwordstore.h"
#include "runtime/application.h"
#include "screenshotcanvas.h"
#include "screenshoteditor.h"
#include "silentserver.h"
#include "store/database.h"
#include "store/deviceinventory.h"
#include "store/incidentstore.h"
#include "store/prioritymatrixstore.h"
#include "store/reportstore.h"
#include "testdatabase.h"
#include "testreports.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDateTimeEdit>
#include <QLabel>
#include <QScopeGuard>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTimer>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

#include <memory>

class IntakeTestFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_wizard->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    void press(QWidget *widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(widget, Qt::Key(key), modifiers);
    }
    // Types like a keyboard does, including Cyrillic (QTest::keyClicks is ASCII only).
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(widget, c.toLatin1());
            } else {
                QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            }
        }
    }
    // Alt+N, the Next button's mnemonic, as a keyboard user presses it.
    void pressNext(int expectedPage)
    {
        QVERIFY(nextButton()->isEnabled());
        press(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(m_wizard->currentId(), expectedPage);
        // The catalogue loads in the background: a person sees the list of
        // makes fill in, and Next wait for it once a make is typed.
        if (expectedPage == Helpdesk::IntakeWizard::DevicePageId)
            QTRY_VERIFY(child<QComboBox>("makeCombo")->count() > 0);
    }
    void fillProblemPage(const QString &summary);
    // The optional "Screenshot and files" page: nothing to do, Next is enabled.
    void passAttachmentsPage();
    Helpdesk::AttachmentsPage *attachmentsPage() const
    {
        return qobject_cast<Helpdesk::AttachmentsPage *>(
            m_wizard->page(Helpdesk::IntakeWizard::AttachmentsPageId));
    }
    void fillDevicePage();
    void fillContactPage(const QString &email);
    // The usual walk up to the contact page, with the email given.
    void walkToContactPage(const QString &email);
    QString databaseUrl() const { return m_database->url(); }
    QString draftDirectory() const { return m_dir->filePath(QStringLiteral("drafts")); }
    QStringList draftFiles() const
    {
        return QDir(draftDirectory()).entryList({QStringLiteral("*.json")}, QDir::Files);
    }
    // A wizard over this test's drafts and outbox (`url`: this test's
    // database), shown and active; again: as after a crash and a new start.
    void restartWizard(const QString &url = QString());
    // As main() does once the first page is shown; returns when it is done
    // (a PostgreSQL server is tried in the background first).
    void checkDatabase();
    QString outboxDirectory() const { return m_dir->filePath(QStringLiteral("outbox")); }

    std::unique_ptr<QTemporaryDir> m_dir; // settings, and the broken-database case
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Helpdesk::IntakeWizard> m_wizard;
    Helpdesk::IntakeWizard::LocalDeviceLookup m_localDeviceLookup; // given to restartWizard()'s wizards
};
