#include "runtime/systemaccount.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Helpdesk {

QString SystemAccount::fullNameFromGecos(const QString &gecos)
{
    return gecos.section(QLatin1Char(','), 0, 0).trimmed();
}

SystemAccount SystemAccount::current()
{
    SystemAccount account;
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid())) {
        account.login = QString::fromLocal8Bit(entry->pw_name);
        if (entry->pw_gecos)
            account.fullName = fullNameFromGecos(QString::fromLocal8Bit(entry->pw_gecos));
    }
#endif
    if (account.login.isEmpty())
        account.login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return account;
}

} // namespace Helpdesk
