#pragma once

// The start every program with a window shares (the wizard, the console).
// A run that only prints (--help, --version, --self-test, a refused command
// line) needs no display, so IT can run it over ssh and a packaging script in
// a container: it gets a plain QCoreApplication, everything else a
// QApplication, chosen from argv before either exists. Then the identity and,
// before any translated text is created (the command line's help included),
// the translations of --lang. Header-only, for the programs' main.cpp and the
// tests: it needs Qt Widgets, which helpdesk_core itself does not link.

#include "runtime/application.h"
#include "runtime/selftest.h"

#include <QAccessible>
#include <QAccessibleObject>
#include <QApplication>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Helpdesk {

// The accessible object of the application itself, the entry a screen
// reader's list of applications shows. Qt's names it applicationName(), which
// is the "helpdesk" every program shares so that they find the same data
// folders; this one says the program's display name ("Helpdesk Intake",
// "Helpdesk Console", translated), so the wizard and the console can be told
// apart without moving anyone's settings or database.
class NamedAccessibleApplication final : public QAccessibleApplication
{
public:
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && !QGuiApplication::applicationDisplayName().isEmpty())
            return QGuiApplication::applicationDisplayName();
        return QAccessibleApplication::text(t);
    }

    static QAccessibleInterface *factory(const QString &, QObject *object)
    {
        if (object && object == QCoreApplication::instance())
            return new NamedAccessibleApplication;
        return nullptr;
    }
};

// What a program with a window shows of itself: the title and the accessible
// application name (`displayName`, translated already) and the desktop file
// that the task bar matches its windows with. Call after the QApplication
// exists and before any window or accessibility query.
inline void setWindowIdentity(const QString &displayName, const QString &desktopFileName)
{
    QGuiApplication::setApplicationDisplayName(displayName);
    QGuiApplication::setDesktopFileName(desktopFileName);
    QAccessible::installFactory(&NamedAccessibleApplication::factory);
}

// Who the program is: `displayName` and `description` marked with
// QT_TRANSLATE_NOOP("main", …); `programName` the executable's name, also
// its desktop file's.
struct ProgramIdentity
{
    const char *displayName;
    const char *description;
    QString programName;
};

struct ProgramStart
{
    std::unique_ptr<QCoreApplication> application;
    std::unique_ptr<ProgramCommandLine> commandLine;
    // Set when the program is done already (--version printed: 0; a
    // language it does not speak: 2); main returns it.
    std::optional<int> exitCode;
    bool selfTest = false;
    bool window = false; // a QApplication, not a QCoreApplication
    QString language;    // the language in effect (installTranslations)
};

// `options`: the program's own, besides those of ProgramCommandLine.
inline ProgramStart startProgram(int &argc, char **argv, const ProgramIdentity &identity,
                                 const QList<QCommandLineOption> &options = {})
{
    ProgramStart start;
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        ProgramCommandLine probe(QString(), identity.programName);
        for (const QCommandLineOption &option : options)
            probe.addOption(option);
        start.window = !probe.printsOnly(arguments);
    }
    start.application.reset(start.window ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    setApplicationIdentity();
    start.language = installTranslations(*start.application, languageArgument(QCoreApplication::arguments()));
    if (start.window)
        setWindowIdentity(QCoreApplication::translate("main", identity.displayName), identity.programName);

    start.commandLine = std::make_unique<ProgramCommandLine>(
        QCoreApplication::translate("main", identity.description), identity.programName);
    for (const QCommandLineOption &option : options)
        start.commandLine->addOption(option);
    start.exitCode = start.commandLine->process(*start.application);
    start.selfTest = start.commandLine->selfTestRequested();
    return start;
}

// What --self-test checks, from the command line the program started with:
// the database it would open and the language in effect.
inline SelfTest::Options selfTestOptions(const ProgramStart &start)
{
    SelfTest::Options options;
    options.url = start.commandLine->databaseUrl(&options.source);
    options.language = start.language;
    return options;
}

} // namespace Helpdesk
