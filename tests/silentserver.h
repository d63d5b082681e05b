#pragma once

// SilentServer: for tests of what the programs do when a database server
// does not answer. Header-only.

#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// A server behind a hung load balancer: the kernel accepts connections on a
// loopback port, nobody ever answers, as a PostgreSQL URL (url()). The
// socket is closed when the object goes.
class SilentServer final
{
public:
    SilentServer()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listener, 16) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_url = QStringLiteral("postgresql://x@127.0.0.1:%1/db").arg(ntohs(address.sin_port));
    }
    ~SilentServer()
    {
        if (m_listener >= 0)
            ::close(m_listener);
    }
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;

    bool isValid() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    // Connections made to it since the last call.
    int takeConnections()
    {
        int count = 0;
        for (int client; (client = ::accept(m_listener, nullptr, nullptr)) >= 0; ++count)
            ::close(client);
        return count;
    }

private:
    int m_listener = -1;
    QString m_url;
};

