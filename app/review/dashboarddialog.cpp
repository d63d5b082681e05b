#include "dashboarddialog.h"

#include "ui_dashboarddialog.h"

#include "model/taxonomy.h"
#include "store/threadconnection.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QThread>
#include <QTableWidget>
#include <QToolTip>
#include <QValueAxis>

namespace Helpdesk {

namespace {

// A count axis from 0 with whole-number ticks 1, 2 or 5 × 10^k apart, about
// five of them, the top a tick above the largest count: labels are the values
// they stand at, never 3.45 printed as "3".
QValueAxis *countAxis(qint64 most)
{
    qint64 step = 1;
    for (qint64 magnitude = 1; step * 5 < most; magnitude *= 10) {
        for (qint64 factor : {1, 2, 5}) {
            step = factor * magnitude;
            if (step * 5 >= most)
                break;
        }
    }
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    axis->setRange(0, double((most / step + 1) * step));
    return axis;
}

// `title` is the chart's title and the view's accessible name from the start:
// while the counts are read, or when they cannot be, a screen reader still
// says what the chart is.
QChartView *addChartView(QVBoxLayout *layout, QWidget *parent, const QString &title)
{
    auto *view = new QChartView(parent);
    view->setAccessibleName(title);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, so its description is read
    layout->insertWidget(0, view, 3);
    return view;
}

void fillTable(QTableWidget *table, const QStringList &header, const QList<QPair<QString, qint64>> &rows)
{
    table->clear();
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels(header);
    table->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        auto *count = new QTableWidgetItem(locale.toString(rows.at(i).second));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 1, count);
    }
    table->resizeColumnToContents(0);
}

// "Printing: 120; Computer: 80" — what a screen reader says for the chart.
QString describe(const QList<QPair<QString, qint64>> &rows)
{
    QStringList parts;
    const QLocale locale;
    for (const auto &row : rows)
        parts.append(QStringLiteral("%1: %2").arg(row.first, locale.toString(row.second)));
    return parts.join(QStringLiteral("; "));
}

// Horizontal bars, the largest at the top, with their labels on the left.
QChart *barChart(const QString &title, const QString &setName, const QList<QPair<QString, qint64>> &rows,
                 QObject *context)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    auto *set = new QBarSet(setName);
    QStringList labels;
    qint64 most = 0;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        *set << double(it->second);
        labels << it->first;
        most = std::max(most, it->second);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *labelsAxis = new QBarCategoryAxis;
    labelsAxis->append(labels);
    chart->addAxis(labelsAxis, Qt::AlignLeft);
    series->attachAxis(labelsAxis);
    auto *counts = countAxis(most);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    QObject::connect(set, &QBarSet::hovered, context, [labels, set](bool on, int index) {
        if (on && index >= 0 && index < labels.size())
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(labels.at(index), QLocale().toString(qint64(set->at(index)))));
        else
            QToolTip::hideText();
    });
    return chart;
}

} // namespace

DashboardDialog::DashboardDialog(const QString &connectionName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DashboardDialog>())
    , m_connectionName(connectionName)
{
    m_ui->setupUi(this);
    m_categoryView = addChartView(m_ui->categoryLayout, m_ui->categoryTab, tr("Reports per category"));
    m_makeView = addChartView(m_ui->makeLayout, m_ui->makeTab,
                              tr("Reports per device make, top %1").arg(DashboardStatsReader::DefaultTopMakes));
    m_dayView = addChartView(m_ui->dayLayout, m_ui->dayTab, tr("Reports per day"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] { reload(); });
    reload();
}

DashboardDialog::~DashboardDialog()
{
    // Closed while counting: the count finishes on its own connection first.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void DashboardDialog::reload(const QDateTime &now)
{
    if (m_worker)
        return;
    m_ui->refreshButton->setEnabled(false);
    m_ui->periodLabel->setText(tr("Counting the reports…"));
    struct Result
    {
        std::optional<DashboardStats> stats;
        QString error;
    };
    auto result = std::make_shared<Result>();
    const QString source = m_connectionName;
    // A connection belongs to the thread that opened it: the worker clones
    // the console's (same database, login and password) and drops it again.
    m_worker = QThread::create([source, now, result] {
        const ThreadConnection connection(source, QStringLiteral("dashboard"));
        if (connection.isOpen())
            result->stats = DashboardStatsReader(connection.name()).read(now, &result->error);
        else
            result->error = tr("Cannot read the statistics: %1").arg(connection.errorText());
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_ui->refreshButton->setEnabled(true);
        showStats(result->stats, result->error);
    });
    m_worker->start();
}

void DashboardDialog::showStats(const std::optional<DashboardStats> &stats, const QString &error)
{
    m_ui->errorLabel->setVisible(!stats);
    if (!stats) {
        m_ui->periodLabel->clear();
        m_ui->feedbackLabel->clear();
        m_ui->errorLabel->setText(error);
        emit loaded(false);
        return;
    }
    m_stats = *stats;
    const QLocale locale;
    m_ui->periodLabel->setText(tr("%n report(s) from %1 to %2.", "", int(m_stats.total))
                                   .arg(locale.toString(m_stats.firstDay, QLocale::LongFormat),
                                        locale.toString(m_stats.lastDay, QLocale::LongFormat)));
    // What the reporters said of the help.
    QString feedback = m_stats.ratings > 0
        ? tr("The help was rated %1 of 5 on average (%n rating(s)).", "", int(m_stats.ratings))
              .arg(locale.toString(m_stats.averageRating, 'f', 1))
        : tr("No ratings of the help in these days.");
    if (m_stats.resolved > 0)
        feedback += QLatin1Char(' ')
            + tr("%1 of %n resolution(s) were reopened by the reporter as not fixed (%2%).", "", int(m_stats.resolved))
                  .arg(m_stats.reopened)
                  .arg(qRound(100.0 * double(m_stats.reopened) / double(m_stats.resolved)));
    m_ui->feedbackLabel->setText(feedback);
    showCategories();
    showMakes();
    showDays();
    emit loaded(true);
}

void DashboardDialog::showCategories()
{
    QList<QPair<QString, qint64>> rows;
    for (const auto &[id, count] : std::as_const(m_stats.perCategory)) {
        const Category *category = Taxonomy::instance().category(id);
        rows.append({category ? category->displayName() : id, count});
    }
    const QString title = m_categoryView->accessibleName();
    QChart *old = m_categoryView->chart();
    m_categoryView->setChart(barChart(title, tr("Reports"), rows, this));
    delete old;
    m_categoryView->setAccessibleDescription(rows.isEmpty() ? tr("No reports.") : describe(rows));
    fillTable(m_ui->categoryTable, {tr("Category"), tr("Reports")}, rows);
}

void DashboardDialog::showMakes()
{
    const QString title = m_makeView->accessibleName();
    QChart *old = m_makeView->chart();
    m_makeView->setChart(barChart(title, tr("Reports"), m_stats.perMake, this));
    delete old;
    m_makeView->setAccessibleDescription(m_stats.perMake.isEmpty() ? tr("No reports.") : describe(m_stats.perMake));
    fillTable(m_ui->makeTable, {tr("Make"), tr("Reports")}, m_stats.perMake);
}

void DashboardDialog::showDays()
{
    const QString title = m_dayView->accessibleName();
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    auto *series = new QLineSeries;
    series->setName(tr("Reports"));
    series->setPointsVisible(true);
    QList<QPair<QString, qint64>> rows;
    const QLocale locale;
    qint64 most = 0;
    for (const auto &[day, count] : std::as_const(m_stats.perDay)) {
        series->append(double(day.startOfDay().toMSecsSinceEpoch()), double(count));
        rows.append({locale.toString(day, QLocale::ShortFormat), count});
        most = std::max(most, count);
    }
    chart->addSeries(series);
    auto *days = new QDateTimeAxis;
    days->setFormat(QStringLiteral("dd.MM"));
    days->setTickCount(std::min<int>(int(m_stats.perDay.size()), 8));
    if (!m_stats.perDay.isEmpty())
        days->setRange(m_stats.firstDay.startOfDay(), m_stats.lastDay.startOfDay());
    chart->addAxis(days, Qt::AlignBottom);
    series->attachAxis(days);
    auto *counts = countAxis(most);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    connect(series, &QLineSeries::hovered, this, [](const QPointF &point, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(QLocale().toString(day, QLocale::ShortFormat),
                                                                       QLocale().toString(qRound64(point.y()))));
    });
    QChart *old = m_dayView->chart();
    m_dayView->setChart(chart);
    delete old;
    m_dayView->setAccessibleDescription(describe(rows));
    // Newest day first in the table: "today" is what people look for.
    QList<QPair<QString, qint64>> newestFirst(rows.crbegin(), rows.crend());
    fillTable(m_ui->dayTable, {tr("Day"), tr("Reports")}, newestFirst);
}

} // namespace Helpdesk
