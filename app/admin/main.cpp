// helpdesk-admin: the command-line administration tool. Everything it does
// lives in AdminTool (helpdesk_adminlib) so tests can run it in-process.

#include "admintool.h"
#include "runtime/application.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Helpdesk::setApplicationIdentity();
    // Before the first tr(): --lang must also translate usage errors.
    Helpdesk::installTranslations(app, Helpdesk::AdminTool::requestedLanguage(app.arguments()));

    // UTF-8 whatever the locale says: reports are full of Cyrillic names, and
    // exports are read by other programs.
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    QTextStream err(stderr);
    err.setEncoding(QStringConverter::Utf8);

    // Read only by `submit`: one report as JSON, piped in by a script.
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);

    Helpdesk::AdminTool tool;
    return tool.run(app.arguments(), in, out, err);
}
