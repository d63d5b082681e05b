#include "icons.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QPixmap>

namespace Helpdesk {

namespace {
// Read as PNG and nothing else. QIcon::addFile() (and QImage::load()) would
// first offer the file to every image-format plugin installed (GIF, ICO,
// JPEG, ...), loading each library, before the built-in PNG reader gets it.
void addPng(QIcon &icon, const QString &path)
{
    QImageReader reader(path, "png");
    reader.setAutoDetectImageFormat(false);
    const QImage image = reader.read();
    if (!image.isNull())
        icon.addPixmap(QPixmap::fromImage(image));
}
} // namespace

QIcon bundledIcon(const QString &name)
{
    // Decoded as it is added, so the large rendering only where a
    // high-density screen will use it.
    QIcon icon;
    addPng(icon, QStringLiteral(":/icons/%1-32.png").arg(name));
    if (qApp->devicePixelRatio() > 1.0)
        addPng(icon, QStringLiteral(":/icons/%1-64.png").arg(name));
    return icon;
}

} // namespace Helpdesk
