#include "queuemodel.h"

#include "model/taxonomy.h"

#include <QBrush>
#include <QFont>

namespace Helpdesk {

QueueModel::QueueModel(ReviewStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void QueueModel::setFilter(const QueueFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_error.clear();
    const QueuePage page = m_store.page(m_filter, {}, PageSize);
    m_rows = page.rows;
    m_atEnd = page.atEnd;
    m_ticketJump = page.ticketJump;
    m_error = page.error;
    endResetModel();
    if (!m_error.isEmpty())
        emit errorOccurred(m_error);
}

void QueueModel::refreshReport(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    QString error;
    const auto report = m_store.load(id, &error);
    if (!report) {
        emit errorOccurred(error);
        return;
    }
    QueueRow &entry = m_rows[row];
    entry.status = report->report.status;
    entry.assignee = report->assignee;
    entry.version = report->version;
    entry.answered = report->answered;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool QueueModel::isAnswered(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).answered;
}

QList<qint64> QueueModel::insertNewer()
{
    if (m_ticketJump || !m_error.isEmpty())
        return {};
    if (m_filter.oldestFirst) {
        if (!m_rows.isEmpty())
            m_atEnd = false; // the next fetchMore() reaches them
        return {};
    }
    QList<qint64> added;
    if (m_rows.isEmpty()) {
        setFilter(m_filter);
        for (const QueueRow &row : std::as_const(m_rows))
            added.append(row.id);
        return added;
    }
    // The same keyset query the other way round: after the top row, oldest first.
    QueueFilter newer = m_filter;
    newer.oldestFirst = true;
    constexpr int Most = 1000;
    const QueuePage page = m_store.page(newer, m_rows.constFirst().key, Most);
    if (!page.error.isEmpty()) {
        emit errorOccurred(page.error);
        return {};
    }
    if (page.rows.isEmpty())
        return {};
    if (!page.atEnd) {
        // More came in than is worth inserting: start again from the newest.
        setFilter(m_filter);
        for (const QueueRow &row : std::as_const(m_rows))
            added.append(row.id);
        return added;
    }
    QList<QueueRow> rows;
    rows.reserve(page.rows.size());
    for (auto it = page.rows.crbegin(); it != page.rows.crend(); ++it) {
        rows.append(*it);
        added.append(it->id);
    }
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = rows + m_rows;
    endInsertRows();
    return added;
}

qint64 QueueModel::reportId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int QueueModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool QueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_error.isEmpty();
}

void QueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const QueuePage page = m_store.page(m_filter, m_rows.constLast().key, PageSize);
    if (!page.error.isEmpty()) {
        m_error = page.error;
        emit errorOccurred(m_error);
        return;
    }
    m_atEnd = page.atEnd;
    if (page.rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
    m_rows += page.rows;
    endInsertRows();
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    // Ticket numbers ascending and ages descending both mean oldest first.
    const bool oldestFirst = (column == Ticket) == (order == Qt::AscendingOrder);
    if (oldestFirst == m_filter.oldestFirst)
        return;
    QueueFilter filter = m_filter;
    filter.oldestFirst = oldestFirst;
    setFilter(filter);
}

QString QueueModel::ageText(const QDateTime &created, const QDateTime &now)
{
    const qint64 minutes = std::max<qint64>(0, created.secsTo(now) / 60);
    if (minutes < 60)
        return tr("%n min", "age of a report in minutes", int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", "age of a report in hours", int(minutes / 60));
    return tr("%n d", "age of a report in days", int(minutes / (24 * 60)));
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QueueRow &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Ticket: return row.ticket();
        case Age: return ageText(row.createdAt, QDateTime::currentDateTime());
        case Priority: return Taxonomy::priorityName(row.priority);
        case Status:
            return row.answered ? tr("%1, answered", "status of a report the reporter answered")
                                      .arg(Taxonomy::statusName(row.status))
                                : Taxonomy::statusName(row.status);
        case Category: {
            const Helpdesk::Category *category = Taxonomy::instance().category(row.category);
            return category ? category->displayName() : row.category;
        }
        case Device: return QStringList({row.deviceMake, row.deviceModel}).join(QLatin1Char(' ')).trimmed();
        case Reporter: return row.reporterName;
        case Summary: return row.summary;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Age)
        return QLocale().toString(row.createdAt, QLocale::ShortFormat);
    if (role == Qt::ToolTipRole && index.column() == Status && row.answered)
        return row.assignee.isEmpty() ? tr("The reporter answered; nobody has acted on it since")
                                      : tr("The reporter answered; nobody has acted on it since. Assigned to %1")
                                            .arg(row.assignee);
    if (role == Qt::ToolTipRole && index.column() == Status && !row.assignee.isEmpty())
        return tr("Assigned to %1").arg(row.assignee);
    // New reports and answers wait for an agent: in bold.
    if (role == Qt::FontRole && (row.status == QLatin1String("new") || row.answered)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::UserRole)
        return row.id;
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ticket: return tr("Ticket");
    case Age: return tr("Age");
    case Priority: return tr("Priority");
    case Status: return tr("Status");
    case Category: return tr("Category");
    case Device: return tr("Device");
    case Reporter: return tr("Reporter");
    case Summary: return tr("Summary");
    default: return {};
    }
}

} // namespace Helpdesk
