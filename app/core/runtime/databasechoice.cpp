#include "runtime/databasechoice.h"

#include "runtime/config.h"

#include <QStandardPaths>

namespace Helpdesk {

QString DatabaseChoice::defaultUrl()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite:") + folder + QStringLiteral("/helpdesk.sqlite");
}

QString DatabaseChoice::resolveUrl(const QString &commandLineValue, Source *source)
{
    auto from = [source](Source s, const QString &value) {
        if (source)
            *source = s;
        return value;
    };
    if (!commandLineValue.trimmed().isEmpty())
        return from(Source::CommandLine, Config::withTlsOptions(commandLineValue.trimmed()));
    const QString environment = qEnvironmentVariable("HELPDESK_DATABASE").trimmed();
    if (!environment.isEmpty())
        return from(Source::Environment, Config::withTlsOptions(environment));
    Config::Scope scope = Config::Scope::User;
    const QString saved = Config::value(QStringLiteral("database"), &scope);
    if (!saved.isEmpty())
        return from(scope == Config::Scope::User ? Source::Settings : Source::SystemSettings,
                    Config::withTlsOptions(saved));
    return from(Source::Default, defaultUrl());
}

QString DatabaseChoice::sourceDescription(Source source)
{
    switch (source) {
    case Source::CommandLine: return tr("from --database");
    case Source::Environment: return tr("from HELPDESK_DATABASE");
    case Source::Settings: return tr("from the user setting in %1").arg(Config::fileName(Config::Scope::User));
    case Source::SystemSettings:
        return tr("from the system setting in %1").arg(Config::fileName(Config::Scope::System));
    case Source::Default: return tr("the default");
    }
    return QString();
}

} // namespace Helpdesk
