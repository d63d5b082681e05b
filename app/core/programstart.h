#pragma once

// The start every program with a window shares (the wizard, the console):
// --self-test needs no display (IT runs it over ssh), so it gets a plain
// QCoreApplication, everything else a QApplication; then the identity and,
// before any translated text is created (the command line's help included),
// the translations of --lang. Header-only, for the programs' main.cpp: it
// needs Qt Widgets, which helpdesk_core itself does not link.

#include "application.h"
#include "selftest.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

namespace Helpdesk {

struct ProgramStart
{
    std::unique_ptr<QCoreApplication> application;
    bool selfTest = false;
    QString language; // the language in effect (installTranslations)
};

// `displayName`: the window-title name, marked with QT_TRANSLATE_NOOP("main", …).
inline ProgramStart startProgram(int &argc, char **argv, const char *displayName, const QString &desktopFileName)
{
    ProgramStart start;
    start.selfTest = SelfTest::requested(argc, argv);
    start.application.reset(start.selfTest ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    setApplicationIdentity();
    start.language = installTranslations(*start.application, languageArgument(QCoreApplication::arguments()));
    if (!start.selfTest) {
        QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", displayName));
        QGuiApplication::setDesktopFileName(desktopFileName);
    }
    return start;
}

} // namespace Helpdesk
