#include "icons.h"

#include <QGuiApplication>

namespace Helpdesk {

QIcon bundledIcon(const QString &name)
{
    // QIcon decodes each file as it is added, so add the large rendering only
    // where a high-density screen will use it.
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/%1-32.png").arg(name), QSize(32, 32));
    if (qApp->devicePixelRatio() > 1.0)
        icon.addFile(QStringLiteral(":/icons/%1-64.png").arg(name), QSize(64, 64));
    return icon;
}

} // namespace Helpdesk
