#pragma once

// ThreadConnection: a connection of a worker thread's own, cloned from one
// the program has open (same database, login and password) and closed and
// removed again when it goes out of scope. A QSqlDatabase belongs to the
// thread that opened it, so work handed to a thread needs one of these.
// Make it in the worker thread.

#include <QString>

namespace Helpdesk {

class ThreadConnection final
{
public:
    // `purpose` goes into the connection's name ("dashboard").
    ThreadConnection(const QString &sourceConnection, const QString &purpose);
    ~ThreadConnection();
    ThreadConnection(const ThreadConnection &) = delete;
    ThreadConnection &operator=(const ThreadConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString name() const { return m_name; }
    // Why it did not open, in words for a person.
    QString errorText() const { return m_error; }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace Helpdesk
