#include "deviceloader.h"

#include "devices/devicecatalog.h"
#include "localdevices.h"

#include <QThread>

#include <memory>

namespace Helpdesk {

DeviceLoader::DeviceLoader(QObject *parent)
    : QObject(parent)
{
}

DeviceLoader::~DeviceLoader()
{
    if (m_thread) {
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait();
        delete m_thread;
    }
}

void DeviceLoader::start()
{
    if (m_started)
        return;
    m_started = true;
    auto found = std::make_shared<QList<DeviceChoice>>();
    m_thread = QThread::create([found, lookup = m_lookup] {
        // Loaded here rather than on the first keystroke; afterwards it is
        // shared read-only. Printers are matched against it.
        DeviceCatalog::builtIn();
        *found = lookup ? lookup() : localPrinters() + thisComputer();
    });
    connect(m_thread, &QThread::finished, this, [this, found] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_localDevices = *found + connectedScreens();
        emit finished();
    });
    m_thread->start();
}

} // namespace Helpdesk
