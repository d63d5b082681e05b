#pragma once

// Icons bundled as PNG at 32 and 64 pixels (rendered from the SVG sources in
// resources/icons): decoding a PNG is cheap, while the first SVG icon loads
// the SVG plugin and parses XML — a measurable part of start-up.

#include <QIcon>
#include <QString>

namespace Helpdesk {

QIcon bundledIcon(const QString &name);

} // namespace Helpdesk
