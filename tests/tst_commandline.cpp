// The programs with a window as IT, a packaging script or a screen reader
// meets them: --help, --version and a wrong option print and exit on a
// machine without a display (over ssh, in a container), and each program
// tells a screen reader its own name.

#include "intakeprogram.h"
#include "reviewprogram.h"
#include "runtime/application.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsWithoutDisplay_data();
    void printsWithoutDisplay();
    void refusesWithoutDisplay_data();
    void refusesWithoutDisplay();
    void selfTestOnAFreshDesk_data();
    void selfTestOnAFreshDesk();
    void accessibleApplicationName_data();
    void accessibleApplicationName();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // The program in an environment with no display at all: no DISPLAY, no
    // WAYLAND_DISPLAY, no QT_QPA_PLATFORM, and a HOME of its own.
    Run runWithoutDisplay(const QString &program, const QStringList &arguments);

    QTemporaryDir m_home;
};

void tst_CommandLine::initTestCase()
{
    QVERIFY(m_home.isValid());
}

tst_CommandLine::Run tst_CommandLine::runWithoutDisplay(const QString &program, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_DATA_HOME", "XDG_CONFIG_HOME",
                             "HELPDESK_DATABASE"})
        environment.remove(QString::fromLatin1(name));
    // No system-wide setting either: a desk IT has not configured.
    environment.insert(QStringLiteral("HELPDESK_SYSTEM_CONFIG_DIR"), m_home.path() + QStringLiteral("/../no-etc"));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_home.path());
    process.start(QStringLiteral(HELPDESK_BINARY_DIR "/bin/") + program, arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish within 30 s");
        return run;
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    // A crash (QApplication's abort without a display) is no exit code at all.
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

void tst_CommandLine::printsWithoutDisplay_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // lines or parts of lines on standard output

    const QString version = QStringLiteral(HELPDESK_VERSION);
    const QStringList help = {QStringLiteral("--database <URL>"), QStringLiteral("--lang <LANG>"),
                              QStringLiteral("--self-test"), QStringLiteral("-v, --version"),
                              QStringLiteral("-h, --help")};
    for (const QString program : {QStringLiteral("helpdesk-intake"), QStringLiteral("helpdesk-review")}) {
        const QByteArray name = program.toUtf8();
        QTest::addRow("%s --help", name.constData()) << program << QStringList{QStringLiteral("--help")} << help;
        QTest::addRow("%s -h", name.constData()) << program << QStringList{QStringLiteral("-h")} << help;
        QTest::addRow("%s --help-all", name.constData()) << program << QStringList{QStringLiteral("--help-all")} << help;
        QTest::addRow("%s --version", name.constData()) << program << QStringList{QStringLiteral("--version")}
                                           << QStringList{program + QLatin1Char(' ') + version};
        QTest::addRow("%s -v", name.constData()) << program << QStringList{QStringLiteral("-v")}
                                    << QStringList{program + QLatin1Char(' ') + version};
        // Qt's own window options are taken as QApplication would take them.
        QTest::addRow("%s -platform offscreen --version", name.constData())
            << program << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--version")}
            << QStringList{program + QLatin1Char(' ') + version};
        // Translated help, Qt's own words ("Usage:", "Options:") included.
        QTest::addRow("%s --lang ru --help", name.constData())
            << program << QStringList{QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--help")}
            << QStringList{QStringLiteral("Использование:"), QStringLiteral("Параметры:"), QStringLiteral("--database <URL>")};
    }
}

void tst_CommandLine::printsWithoutDisplay()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);

    const Run run = runWithoutDisplay(program, arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit code %1, standard error:\n%2").arg(run.exitCode).arg(run.err)));
    for (const QString &text : expected)
        QVERIFY2(run.out.contains(text), qPrintable(QStringLiteral("“%1” not in:\n%2").arg(text, run.out)));
    QVERIFY2(!run.err.contains(QLatin1String("display")), qPrintable(run.err));
    // Printing help creates nothing: no database, no settings.
    QCOMPARE(QDir(m_home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void tst_CommandLine::refusesWithoutDisplay_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // on standard error

    for (const QString program : {QStringLiteral("helpdesk-intake"), QStringLiteral("helpdesk-review")}) {
        const QByteArray name = program.toUtf8();
        QTest::addRow("%s --bogus", name.constData()) << program << QStringList{QStringLiteral("--bogus")} << 1
                                         << program + QStringLiteral(": Unknown option 'bogus'.");
        QTest::addRow("%s --database", name.constData()) << program << QStringList{QStringLiteral("--database")} << 1
                                            << program + QStringLiteral(": Missing value after '--database'.");
        QTest::addRow("%s --lang xx", name.constData()) << program << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")} << 2
                                           << QStringLiteral("Unknown language “xx”; use ru or en.");
    }
}

void tst_CommandLine::refusesWithoutDisplay()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const Run run = runWithoutDisplay(program, arguments);
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(QStringLiteral("exit code %1, standard error:\n%2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("display")), qPrintable(run.err));
}

void tst_CommandLine::selfTestOnAFreshDesk_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("helpdesk-intake") << QStringLiteral("helpdesk-intake");
    QTest::newRow("helpdesk-review") << QStringLiteral("helpdesk-review");
}

// The README's run command ends in `--self-test` on a machine where no
// program has run yet: the embedded database is not there, and that is
// right, since the first start makes it. The check passes, says so, and
// makes nothing itself.
void tst_CommandLine::selfTestOnAFreshDesk()
{
    QFETCH(QString, program);
    const Run run = runWithoutDisplay(program, {QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QString file = m_home.path() + QStringLiteral("/.local/share/helpdesk-intake/helpdesk/helpdesk.sqlite");
    QVERIFY2(run.out.contains(QStringLiteral("✓ Database reachable: sqlite:%1 (the default): not made yet; the first "
                                             "start of a program makes it").arg(file)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("✓ Role and permissions: the folder %1, where it will be made, is writable")
                                  .arg(m_home.path())),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("All 5 checks passed.")), qPrintable(run.out));
    QCOMPARE(QDir(m_home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void tst_CommandLine::accessibleApplicationName_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("intake");
    QTest::addColumn<QString>("name");
    QTest::newRow("wizard, en") << QStringLiteral("en") << true << QStringLiteral("Helpdesk Intake");
    QTest::newRow("console, en") << QStringLiteral("en") << false << QStringLiteral("Helpdesk Console");
    QTest::newRow("wizard, ru") << QStringLiteral("ru") << true << QStringLiteral("Заявка в техподдержку");
    QTest::newRow("console, ru") << QStringLiteral("ru") << false << QStringLiteral("Консоль техподдержки");
}

// What startProgram() does for a program with a window, on this test's
// QApplication: the application object, the first entry a screen reader
// lists, says the program's translated display name, while the data folders
// stay where every program (and every existing user) has them.
void tst_CommandLine::accessibleApplicationName()
{
    QFETCH(QString, language);
    QFETCH(bool, intake);
    QFETCH(QString, name);

    Helpdesk::setApplicationIdentity();
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(dataFolder.endsWith(QLatin1String("/helpdesk-intake/helpdesk")));

    Helpdesk::installTranslations(*qApp, language);
    const Helpdesk::ProgramIdentity identity = intake ? Helpdesk::intakeProgram() : Helpdesk::reviewProgram();
    Helpdesk::setWindowIdentity(QCoreApplication::translate("main", identity.displayName), identity.programName);

    QAccessibleInterface *application = QAccessible::queryAccessibleInterface(qApp);
    QVERIFY(application);
    QCOMPARE(application->role(), QAccessible::Application);
    QCOMPARE(application->text(QAccessible::Name), name);
    QCOMPARE(QGuiApplication::desktopFileName(), identity.programName);
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), dataFolder);

    // The next row installs its own language.
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
