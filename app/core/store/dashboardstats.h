#pragma once

// DashboardStats: what the office dashboard draws — reports per category, per
// device make (the most frequent ones) and per day over the last days — each
// from one GROUP BY over the reports created since the first of those days
// (the created_at index bounds the scan), with bound values only. Days are
// local calendar days of this computer, as a person reads them off a wall
// calendar; days without reports are in the list with 0. Also the reporters'
// verdicts on the help: resolutions, reopenings and ratings in those days.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Helpdesk {

struct DashboardStats
{
    QDate firstDay; // inclusive, local
    QDate lastDay;  // inclusive, local: today
    qint64 total = 0;
    QList<QPair<QString, qint64>> perCategory; // Taxonomy category id, most reports first
    QList<QPair<QString, qint64>> perMake;     // device make as stored, most reports first
    QList<QPair<QDate, qint64>> perDay;        // every day firstDay…lastDay in order
    // What the reporters said about the help in these days (schema 15), by
    // the time they said it: reports resolved (each time), reopened as "not
    // fixed", and the ratings given with "fixed" (1 to 5) and their mean.
    qint64 resolved = 0;
    qint64 reopened = 0;
    qint64 ratings = 0;
    double averageRating = 0;
};

class DashboardStatsReader final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardStatsReader)
public:
    static constexpr int DefaultDays = 30;
    static constexpr int DefaultTopMakes = 10;

    explicit DashboardStatsReader(const QString &connectionName);

    // The `days` local days up to and including the day of `now`.
    std::optional<DashboardStats> read(const QDateTime &now, QString *errorMessage, int days = DefaultDays,
                                       int topMakes = DefaultTopMakes) const;

private:
    QString m_connectionName;
};

} // namespace Helpdesk
