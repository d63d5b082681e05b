#include "model/prioritymatrix.h"

#include "model/taxonomy.h"

namespace Helpdesk {

QString PriorityMatrix::key(const QString &impact, const QString &urgency)
{
    return impact + QLatin1Char('/') + urgency;
}

PriorityMatrix PriorityMatrix::itilDefaults()
{
    PriorityMatrix matrix;
    // The widest impact with the highest urgency is P1; one person whose work
    // can wait is P4. Rows: impact me, team, office; columns: urgency
    // can_wait, slowed, blocked.
    static const int table[3][3] = {
        {4, 4, 3}, // me
        {4, 3, 2}, // team
        {3, 2, 1}, // office
    };
    const QStringList &impacts = Taxonomy::impacts();
    const QStringList &urgencies = Taxonomy::urgencies();
    for (int i = 0; i < impacts.size(); ++i) {
        for (int u = 0; u < urgencies.size(); ++u)
            matrix.m_priorities.insert(key(impacts.at(i), urgencies.at(u)), table[i][u]);
    }
    matrix.m_responseMinutes = {{1, 60}, {2, 4 * 60}, {3, 24 * 60}, {4, 3 * 24 * 60}};
    return matrix;
}

QList<PriorityMatrix::Cell> PriorityMatrix::cells() const
{
    QList<Cell> cells;
    for (auto it = m_priorities.cbegin(); it != m_priorities.cend(); ++it) {
        const int slash = int(it.key().indexOf(QLatin1Char('/')));
        cells.append({it.key().left(slash), it.key().mid(slash + 1), it.value()});
    }
    return cells;
}

void PriorityMatrix::putStored(const QString &impact, const QString &urgency, int priority)
{
    m_priorities.insert(key(impact, urgency), priority);
}

void PriorityMatrix::putStoredResponseMinutes(int priority, int minutes)
{
    m_responseMinutes.insert(priority, minutes);
}

std::optional<std::pair<QString, QString>> PriorityMatrix::firstHole() const
{
    for (const QString &impact : Taxonomy::impacts()) {
        for (const QString &urgency : Taxonomy::urgencies()) {
            if (priority(impact, urgency) == 0)
                return std::make_pair(impact, urgency);
        }
    }
    return std::nullopt;
}

int PriorityMatrix::priority(const QString &impact, const QString &urgency) const
{
    return m_priorities.value(key(impact, urgency), 0);
}

int PriorityMatrix::responseMinutes(int priority) const
{
    return m_responseMinutes.value(priority, 0);
}

QString PriorityMatrix::setPriority(const QString &impact, const QString &urgency, int priority)
{
    if (!Taxonomy::impacts().contains(impact))
        return tr("Unknown impact “%1”; use one of: %2.").arg(impact, Taxonomy::impacts().join(QStringLiteral(", ")));
    if (!Taxonomy::urgencies().contains(urgency))
        return tr("Unknown urgency “%1”; use one of: %2.")
            .arg(urgency, Taxonomy::urgencies().join(QStringLiteral(", ")));
    if (priority < Highest || priority > Lowest)
        return tr("A priority is a number from %1 to %2.").arg(Highest).arg(Lowest);
    m_priorities.insert(key(impact, urgency), priority);
    return {};
}

QString PriorityMatrix::setResponseMinutes(int priority, int minutes)
{
    if (priority < Highest || priority > Lowest)
        return tr("A priority is a number from %1 to %2.").arg(Highest).arg(Lowest);
    if (minutes <= 0)
        return tr("A response time is a positive number of minutes.");
    m_responseMinutes.insert(priority, minutes);
    return {};
}

QString PriorityMatrix::responseTimeText(int minutes)
{
    constexpr int hour = 60;
    constexpr int day = 24 * hour;
    if (minutes <= 0)
        return {};
    if (minutes % day == 0)
        return tr("within %n day(s)", nullptr, minutes / day);
    if (minutes % hour == 0)
        return tr("within %n hour(s)", nullptr, minutes / hour);
    return tr("within %n minute(s)", nullptr, minutes);
}

QString PriorityMatrix::expectationText(const QString &impact, const QString &urgency) const
{
    const int p = priority(impact, urgency);
    const int minutes = responseMinutes(p);
    if (p == 0 || minutes == 0)
        return {};
    return tr("The helpdesk answers %1 (priority %2).", "%1 is e.g. 'within 4 hours'")
        .arg(responseTimeText(minutes), Taxonomy::priorityName(p));
}

} // namespace Helpdesk
