// Not a test: the wizard as an employee runs it, typing a report, for
// tst_draftrecovery to kill with SIGKILL mid-report. It links the same
// library as helpdesk-intake and types through real key events, so the draft
// is saved the way it is in production: when typing stops.
//
//   helpdesk-draft-helper DATABASE_URL SUMMARY DESCRIPTION

#include "intakewizard.h"
#include "runtime/application.h"

#include <QApplication>
#include <QListWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {
void type(QWidget *widget, const QString &text)
{
    // One key per character, an emoji's surrogate pair included.
    for (const char32_t c : text.toUcs4()) {
        const QString key = QString::fromUcs4(&c, 1);
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, key, Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, key, Qt::NoModifier);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Helpdesk::setApplicationIdentity();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: helpdesk-draft-helper DATABASE_URL SUMMARY DESCRIPTION\n");
        return 2;
    }
    Helpdesk::IntakeWizard wizard(args.at(1));
    wizard.show();
    QTimer::singleShot(0, &wizard, [&wizard, &args] {
        auto *categories = wizard.findChild<QListWidget *>(QStringLiteral("categoryList"));
        categories->setFocus();
        QTest::keyClick(categories, Qt::Key_Home);
        QTest::keyClick(categories, Qt::Key_Space);
        auto *summary = wizard.findChild<QLineEdit *>(QStringLiteral("summaryEdit"));
        summary->setFocus();
        type(summary, args.at(2));
        auto *description = wizard.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
        description->setFocus();
        type(description, args.at(3));
        std::printf("typed\n");
        std::fflush(stdout);
        // Now wait, like a person reading what they wrote, until killed.
    });
    return app.exec();
}
