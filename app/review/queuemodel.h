#pragma once

// QueueModel: the agents' queue as a table, newest first, fetched a page at a
// time by keyset (ReviewStore::page) as the view scrolls — canFetchMore() /
// fetchMore() — so a million reports cost one page of memory and one indexed
// query per page, never a whole result as QSqlQueryModel would pull.
// It holds only the rows fetched so far; it never writes.

#include "store/reviewstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace Helpdesk {

class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)
public:
    enum Column { Ticket, Age, Priority, Status, Category, Device, Reporter, Summary, ColumnCount };
    static constexpr int PageSize = 100;

    explicit QueueModel(ReviewStore &store, QObject *parent = nullptr);

    // Starts again from the newest report that passes `filter`.
    void setFilter(const QueueFilter &filter);
    QueueFilter filter() const { return m_filter; }
    void refresh() { setFilter(m_filter); }
    // Reloads one report after it changed (status, assignee).
    void refreshReport(qint64 id);
    // Live updates: puts the reports newer than the top row that pass the
    // filter above it (rows inserted, nothing reset: selection and the rows
    // fetched so far stay) and returns their ids. Oldest first, the newer ones
    // are after the end: fetched when scrolled to, nothing is returned. A
    // ticket jump shows one report and gets none.
    QList<qint64> insertNewer();

    qint64 reportId(int row) const;
    int rowOf(qint64 id) const;
    // The reporter answered the report in `row` and no agent has acted since.
    bool isAnswered(int row) const;
    bool lastSearchWasTicket() const { return m_ticketJump; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Ticket and Age only: newest or oldest first. Other columns are not
    // sortable over a million rows without an index per column and order.
    void sort(int column, Qt::SortOrder order) override;
    static bool isSortable(int column) { return column == Ticket || column == Age; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString ageText(const QDateTime &created, const QDateTime &now);

signals:
    void errorOccurred(const QString &message);

private:
    ReviewStore &m_store;
    QueueFilter m_filter;
    QList<QueueRow> m_rows;
    bool m_atEnd = true;
    bool m_ticketJump = false;
    QString m_error;
};

} // namespace Helpdesk
