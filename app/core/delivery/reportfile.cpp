#include "delivery/reportfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Helpdesk {

QString ReportFile::path(const QString &directory, const QString &clientId)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,100}$"));
    return plain.match(clientId).hasMatch() ? directory + QLatin1Char('/') + clientId + Suffix
                                            : QString();
}

bool ReportFile::remove(const QString &path, QString *reason)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return true;
    QFile file(path);
    if (file.remove())
        return true;
    *reason = file.errorString();
    return false;
}

} // namespace Helpdesk
