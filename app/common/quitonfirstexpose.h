#pragma once

// QuitOnFirstExpose: ends the program the moment a window is first on screen
// (exposed, so mapped and about to paint). Used by `--exit-after-startup` for
// the start-up benchmark and smoke tests, and by the benchmark's bare window,
// so both are measured to the same moment. It prints "first page painted"
// on standard output at that moment. Header-only on purpose: the bare
// window must not link the wizard's library.

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace Helpdesk {

class QuitOnFirstExpose final : public QObject
{
public:
    // Call before show(). Exits with 3 if the window is never exposed.
    explicit QuitOnFirstExpose(QWidget *window, int timeoutMs = 30000)
        : QObject(window)
    {
        window->winId(); // the native window exists now, so its first expose is seen
        window->windowHandle()->installEventFilter(this);
        QTimer::singleShot(timeoutMs, this, [] {
            std::fputs("the window was never exposed\n", stderr);
            QCoreApplication::exit(3);
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            // Queued, so the expose is delivered and the window painted first.
            // The line tells a benchmark the moment the page was on screen,
            // apart from the time the program then takes to exit.
            QTimer::singleShot(0, qApp, [] {
                std::fputs("first page painted\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace Helpdesk
