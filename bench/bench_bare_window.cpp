// bench_bare_window: the floor for start-up time. A QApplication and one
// QMainWindow with a label, shown the way the wizard is shown and nothing
// else: no translations, no database, no forms. bench_startup compares
// helpdesk-intake against it.
//
// With --exit-after-startup it quits once the window has been exposed (mapped
// and painted), the moment a user would see it.

#include "common/quitonfirstexpose.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool exitAfterStartup = app.arguments().contains(QStringLiteral("--exit-after-startup"));

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bench_bare_window"));
    window.setCentralWidget(new QLabel(QStringLiteral("A bare window to compare start-up time against."), &window));
    window.resize(720, 540);

    if (exitAfterStartup)
        new Helpdesk::QuitOnFirstExpose(&window); // the same moment helpdesk-intake stops at
    window.show();
    return app.exec();
}
