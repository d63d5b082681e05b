#pragma once

// DeviceLoader: the device page's data, loaded once on a worker thread — the
// catalogue (DeviceCatalog::builtIn(), ~30 ms, afterwards shared read-only)
// and this computer's printers and the computer itself (CUPS and DMI, which
// may take longer); the screens (QScreen) are added on this thread when the
// worker is done. The wizard decides when to start; this class never touches
// a page.

#include "devicepage.h"

#include <QObject>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Helpdesk {

class DeviceLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceLoader)
public:
    // What stands for localPrinters() + thisComputer(), on the worker thread
    // (tests). Set before the load starts.
    using LocalDeviceLookup = std::function<QList<DeviceChoice>()>;

    explicit DeviceLoader(QObject *parent = nullptr);
    // Waits for a load under way.
    ~DeviceLoader() override;

    void setLocalDeviceLookup(LocalDeviceLookup lookup)
    {
        Q_ASSERT(!m_started);
        m_lookup = std::move(lookup);
    }
    // Starts the load unless it is under way or done.
    void start();
    // This computer's devices, once finished() was emitted.
    const std::optional<QList<DeviceChoice>> &localDevices() const { return m_localDevices; }

signals:
    // The catalogue is loaded and localDevices() known.
    void finished();

private:
    LocalDeviceLookup m_lookup;
    QThread *m_thread = nullptr; // while the load runs
    bool m_started = false;
    std::optional<QList<DeviceChoice>> m_localDevices;
};

} // namespace Helpdesk
