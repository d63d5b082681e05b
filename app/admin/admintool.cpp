#include "admintool.h"

#include "command.h"
#include "commandtable.h"

#include "runtime/application.h"
#include "runtime/selftest.h"
#include "store/database.h"
#include "runtime/databasechoice.h"

#include <QAtomicInt>
#include <QCommandLineParser>
#include <QFile>
#include <QIODevice>
#include <QScopeGuard>
#include <QTextStream>

namespace Helpdesk {

AdminTool::AdminTool()
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("helpdesk-admin-%1").arg(counter.fetchAndAddRelaxed(1));
}

AdminTool::~AdminTool()
{
    Database::close(m_connectionName);
}

QString AdminTool::programName()
{
    return QStringLiteral("helpdesk-admin");
}

QString AdminTool::requestedLanguage(const QStringList &arguments)
{
    return languageArgument(arguments);
}
QString AdminTool::helpText()
{
    return CommandTable::helpText(CommandTable::commands());
}

int AdminTool::usageError(QTextStream &err, const QString &message) const
{
    err << programName() << ": " << message << "\n\n" << helpText();
    return UsageError;
}

bool AdminTool::openDatabase(QTextStream &err)
{
    DatabaseChoice::Source source = DatabaseChoice::Source::Default;
    m_url = DatabaseChoice::resolveUrl(m_databaseOption, &source);
    m_urlSource = int(source);
    QString error;
    if (!Database::open(m_url, m_connectionName, &error)) {
        err << programName() << ": " << error << '\n';
        return false;
    }
    return true;
}

int AdminTool::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QFile in;
    // Left closed if there is no standard input at all; submit then says it cannot read it.
    in.open(stdin, QIODevice::ReadOnly);
    return run(arguments, in, out, err);
}

int AdminTool::run(const QStringList &arguments, QIODevice &in, QTextStream &out, QTextStream &err)
{
    const auto flush = qScopeGuard([&] {
        out.flush();
        err.flush();
    });
    // A tool may be run twice (tests do); each run opens its own connection.
    Database::close(m_connectionName);

    // One parser knows every option, so global options may come before or
    // after the command; options that belong to another command are refused below.
    const QList<Command> commands = CommandTable::commands();
    QCommandLineParser parser;
    parser.addOptions(CommandTable::globalOptions());
    parser.addOptions(CommandTable::options(commands));

    if (!parser.parse(arguments))
        return usageError(err, parser.errorText());
    const QString lang = QStringLiteral("lang");
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        // After a command, that command's help; otherwise the list of commands.
        const Command *command = CommandTable::find(commands, positional.value(0));
        out << (command ? CommandTable::commandHelp(*command) : helpText());
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << programName() << ' ' << QStringLiteral(HELPDESK_VERSION) << '\n';
        return Success;
    }
    if (parser.isSet(lang) && !supportedLanguages().contains(parser.value(lang))) {
        return usageError(err, tr("Unknown language “%1”; choose one of: %2.")
                                   .arg(parser.value(lang), supportedLanguages().join(QStringLiteral(", "))));
    }
    m_databaseOption = parser.value(QStringLiteral("database"));

    if (parser.isSet(QStringLiteral("self-test"))) {
        if (!positional.isEmpty())
            return usageError(err, tr("--self-test takes no command; “%1” is one too many.").arg(positional.constFirst()));
        const QString language = parser.isSet(lang) ? parser.value(lang) : installedLanguage();
        return runSelfTest(language, out);
    }
    if (positional.isEmpty())
        return usageError(err, tr("No command given."));
    const Command *command = CommandTable::find(commands, positional.constFirst());
    if (!command)
        return usageError(err, tr("Unknown command “%1”.").arg(positional.constFirst()));

    for (const QCommandLineOption &option : CommandTable::options(commands)) {
        const QString name = option.names().constFirst();
        const QStringList owners = CommandTable::owners(commands, name);
        if (parser.isSet(name) && !owners.contains(command->name))
            return usageError(err, tr("The option --%1 belongs to the %2 command, not to %3.")
                                       .arg(name, owners.join(QStringLiteral(" / ")), command->name));
    }

    CommandContext context{*this, parser, command->name, positional.mid(1), in, out, err};
    return command->handler(context);
}

int AdminTool::runSelfTest(const QString &language, QTextStream &out)
{
    SelfTest::Options options;
    options.url = DatabaseChoice::resolveUrl(m_databaseOption, &options.source);
    options.language = language;
    const QList<SelfTestCheck> checks = SelfTest::run(options);
    out << SelfTest::format(programName(), checks);
    return SelfTest::allPassed(checks) ? Success : Failure;
}

} // namespace Helpdesk
