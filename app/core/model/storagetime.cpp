#include "model/storagetime.h"

namespace Helpdesk::StorageTime {

QString text(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime read(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QDateTime time = value.metaType().id() == QMetaType::QDateTime
        ? value.toDateTime()
        : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime() : QDateTime();
}

} // namespace Helpdesk::StorageTime
