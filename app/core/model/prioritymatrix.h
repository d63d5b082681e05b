#pragma once

// PriorityMatrix: the organisation's ITIL matrix, impact × urgency → P1…P4,
// and the response time each priority promises. It lives in the database
// (priority_matrix, priority_levels; read and written by
// store/prioritymatrixstore.h) so every program files with the same values
// and IT can change them; the reporter only ever says who is affected and how
// urgent it is, never the priority itself, and nothing in the text of a
// report can change it.

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace Helpdesk {

class PriorityMatrix final
{
    Q_DECLARE_TR_FUNCTIONS(PriorityMatrix)
public:
    static constexpr int Highest = 1;
    static constexpr int Lowest = 4;

    // What a new database starts with (the same values as migration 0005).
    static PriorityMatrix itilDefaults();

    // Every cell and response time, as the store writes them.
    struct Cell
    {
        QString impact;
        QString urgency;
        int priority = 0;
    };
    QList<Cell> cells() const;
    const QMap<int, int> &responseMinutesByPriority() const { return m_responseMinutes; }
    // A value as the store read it back, unchecked (the database checked it).
    void putStored(const QString &impact, const QString &urgency, int priority);
    void putStoredResponseMinutes(int priority, int minutes);
    // A hole would leave some report without a priority: the first impact
    // and urgency the matrix has no priority for, or nothing.
    std::optional<std::pair<QString, QString>> firstHole() const;

    // 1 … 4; 0 for an impact or urgency the taxonomy does not know.
    int priority(const QString &impact, const QString &urgency) const;
    // Minutes within which the helpdesk answers a report of this priority; 0 if unknown.
    int responseMinutes(int priority) const;

    // Refuse what the database would refuse, with a message naming the value.
    QString setPriority(const QString &impact, const QString &urgency, int priority);
    QString setResponseMinutes(int priority, int minutes);

    // "within 4 hours", "within 1 day"
    static QString responseTimeText(int minutes);
    // "We answer within 4 hours (P2 – High)." for the wizard; empty if unknown.
    QString expectationText(const QString &impact, const QString &urgency) const;

    bool operator==(const PriorityMatrix &other) const
    {
        return m_priorities == other.m_priorities && m_responseMinutes == other.m_responseMinutes;
    }

private:
    static QString key(const QString &impact, const QString &urgency);
    QHash<QString, int> m_priorities; // "impact/urgency" -> priority
    QMap<int, int> m_responseMinutes; // priority -> minutes
};

} // namespace Helpdesk
