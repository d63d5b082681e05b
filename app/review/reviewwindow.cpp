#include "reviewwindow.h"

#include "ui_reviewwindow.h"

#include "dashboarddialog.h"
#include "incidentspanel.h"
#include "model/taxonomy.h"
#include "queuemodel.h"
#include "reportview.h"
#include "store/queuewatcher.h"

#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QProgressDialog>
#include <QSaveFile>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStyle>
#include <QSystemTrayIcon>

namespace Helpdesk {

namespace {
const QString openStatuses = QStringLiteral("open");
const QString answeredStatuses = QStringLiteral("answered"); // the reporter answered, any status
}

ReviewWindow::ReviewWindow(const QString &connectionName, const QString &agentLogin, const QString &displayName,
                           QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::ReviewWindow>())
    , m_store(connectionName, agentLogin)
{
    m_ui->setupUi(this);
    m_title = tr("Helpdesk queue — %1").arg(displayName.isEmpty() ? agentLogin : displayName);
    setWindowTitle(m_title);

    fillFilterChoices();
    setUpQueueView();
    m_reportView = new ReportView(m_store, m_ui->splitter);
    m_ui->splitter->addWidget(m_reportView);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->statusBar->showMessage(tr("Signed in as %1").arg(agentLogin));
    addIncidentsDock(connectionName, agentLogin);

    connectFilters();
    connect(m_model, &QueueModel::errorOccurred, this, &ReviewWindow::showError);
    // In the menu, not beside the filters: the search box keeps its room.
    connect(m_ui->exportAction, &QAction::triggered, this, &ReviewWindow::exportQueue);
    connect(m_ui->dashboardAction, &QAction::triggered, this, &ReviewWindow::openDashboard);
    connect(m_reportView, &ReportView::reportChanged, m_model, &QueueModel::refreshReport);

    startWatching(connectionName);
    setUpTray();

    applyFilter();
}

void ReviewWindow::fillFilterChoices()
{
    m_ui->statusCombo->addItem(tr("Open"), openStatuses);
    m_ui->statusCombo->addItem(tr("Any status"), QString());
    m_ui->statusCombo->addItem(tr("Answered by the reporter"), answeredStatuses);
    for (const QString &status : ReviewStore::statuses())
        m_ui->statusCombo->addItem(Taxonomy::statusName(status), status);
    m_ui->categoryCombo->addItem(tr("Any category"), QString());
    for (const Category &category : Taxonomy::instance().categories())
        m_ui->categoryCombo->addItem(category.displayName(), category.id);
    m_ui->priorityCombo->addItem(tr("Any priority"), 0);
    for (int priority = 1; priority <= 5; ++priority)
        m_ui->priorityCombo->addItem(Taxonomy::priorityName(priority), priority);
}

void ReviewWindow::setUpQueueView()
{
    m_model = new QueueModel(m_store, this);
    m_ui->queueView->setModel(m_model);
    m_ui->queueView->verticalHeader()->hide();
    // One line per report: more of the queue on screen.
    m_ui->queueView->verticalHeader()->setDefaultSectionSize(m_ui->queueView->fontMetrics().height() + 8);
    m_ui->queueView->horizontalHeader()->setStretchLastSection(true);
    m_ui->queueView->setColumnWidth(QueueModel::Summary, 300);
    // Newest first; a click on Ticket or Age turns it round. A click on a
    // column the queue cannot be sorted by puts the indicator back.
    QHeaderView *header = m_ui->queueView->horizontalHeader();
    header->setSortIndicator(QueueModel::Ticket, Qt::DescendingOrder);
    m_ui->queueView->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (QueueModel::isSortable(column))
            return;
        const bool oldestFirst = m_model->filter().oldestFirst;
        const QSignalBlocker blocker(header);
        header->setSortIndicator(QueueModel::Ticket, oldestFirst ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
}

void ReviewWindow::addIncidentsDock(const QString &connectionName, const QString &agentLogin)
{
    // Known incidents beside the queue: agents post and resolve them here.
    auto *incidentsDock = new QDockWidget(tr("Known incidents"), this);
    incidentsDock->setObjectName(QStringLiteral("incidentsDock"));
    incidentsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_incidentsPanel = new IncidentsPanel(connectionName, agentLogin, incidentsDock);
    incidentsDock->setWidget(m_incidentsPanel);
    addDockWidget(Qt::RightDockWidgetArea, incidentsDock);
}

void ReviewWindow::connectFilters()
{
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &ReviewWindow::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilter();
    });
    connect(m_ui->makeEdit, &QLineEdit::editingFinished, this, &ReviewWindow::applyFilter);
    for (QComboBox *combo : {m_ui->statusCombo, m_ui->categoryCombo, m_ui->priorityCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReviewWindow::applyFilter);
    // Mine and Unassigned exclude each other.
    connect(m_ui->mineCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_ui->unassignedCheck->setChecked(false);
        applyFilter();
    });
    connect(m_ui->unassignedCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_ui->mineCheck->setChecked(false);
        applyFilter();
    });
}

void ReviewWindow::startWatching(const QString &connectionName)
{
    // Live: filed and changed elsewhere, shown without a refresh. Started
    // before the first page is read, so nothing filed in between is missed.
    m_liveDelay.setSingleShot(true);
    m_liveDelay.setInterval(50);
    connect(&m_liveDelay, &QTimer::timeout, this, &ReviewWindow::insertNewReports);
    m_watcher = new QueueWatcher(connectionName, this);
    connect(m_watcher, &QueueWatcher::reportFiled, &m_liveDelay, qOverload<>(&QTimer::start));
    connect(m_watcher, &QueueWatcher::reportChanged, this, [this](qint64 id) {
        if (const int row = m_model->rowOf(id); row >= 0) {
            const bool wasAnswered = m_model->isAnswered(row);
            m_model->refreshReport(id);
            // A reporter's answer waits for an agent, as a new report does.
            if (!wasAnswered && m_model->isAnswered(m_model->rowOf(id)) && id != m_reportView->reportId()) {
                m_unseen.insert(id);
                updateUnseen();
            }
        } else
            m_liveDelay.start(); // not among the rows shown: maybe newly matching the filter
        // The one being read, too: an agent must not answer a report as it was.
        if (id == m_reportView->reportId())
            m_reportView->reloadIfChanged();
    });
    connect(m_watcher, &QueueWatcher::errorOccurred, this, &ReviewWindow::showError);
    QString error;
    if (!m_watcher->start(&error))
        showError(error);
}

void ReviewWindow::setUpTray()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    updateUnseen();
    if (m_tray)
        m_tray->show();
}

ReviewWindow::~ReviewWindow() = default;

void ReviewWindow::exportQueue()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("helpdesk-queue-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the queue"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool ReviewWindow::exportTo(const QString &path)
{
    // Written next to the target and renamed over it at the end: a stopped or
    // failed export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QProgressDialog progress(tr("Exporting the queue…"), tr("Stop"), 0, 0, this);
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QString error;
    const qint64 rows = m_store.exportCsv(m_model->filter(), &file, &error, [&](qint64 done) {
        progress.setLabelText(tr("Exporting the queue: %L1 reports so far…").arg(done));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (rows < 0) {
        file.cancelWriting();
        showError(error);
        return false;
    }
    if (!file.commit()) {
        showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_ui->statusBar->showMessage(
        tr("%n report(s) exported to %1.", "", int(rows)).arg(QDir::toNativeSeparators(path)));
    return true;
}

DashboardDialog *ReviewWindow::dashboard() const
{
    return m_dashboard.data();
}

void ReviewWindow::openDashboard()
{
    // One at a time, beside the queue; open again, it is read again.
    if (m_dashboard) {
        m_dashboard->reload();
    } else {
        m_dashboard = new DashboardDialog(m_store.connectionName(), this);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void ReviewWindow::insertNewReports()
{
    QTableView *view = m_ui->queueView;
    QScrollBar *bar = view->verticalScrollBar();
    const int scrolled = bar->value();
    const int rowsBefore = m_model->rowCount();
    const QList<qint64> added = m_model->insertNewer();
    if (added.isEmpty())
        return;
    // Scrolled down, the agent keeps looking at the same rows; at the top the
    // new ones come into view above. (The range grows with the next layout:
    // grown here first so the value is not clamped.)
    const bool inserted = m_model->rowCount() == rowsBefore + added.size();
    if (inserted && scrolled > 0) {
        const int step = view->verticalScrollMode() == QAbstractItemView::ScrollPerItem
            ? int(added.size())
            : int(added.size()) * view->verticalHeader()->defaultSectionSize();
        bar->setMaximum(bar->maximum() + step);
        bar->setValue(scrolled + step);
    }
    const qint64 selected = m_reportView->reportId();
    for (qint64 id : added) {
        if (id != selected)
            m_unseen.insert(id);
    }
    if (m_tray && QSystemTrayIcon::supportsMessages() && !isActiveWindow())
        m_tray->showMessage(tr("New reports"), tr("%n new report(s) in the queue.", "", int(added.size())));
    updateUnseen();
}

void ReviewWindow::updateUnseen()
{
    const int unseen = int(m_unseen.size());
    setWindowTitle(unseen == 0 ? m_title
                               : tr("%1 (%n new)", "window title: the queue and its unseen new reports", unseen)
                                     .arg(m_title));
    if (m_tray) {
        m_tray->setIcon(style()->standardIcon(unseen == 0 ? QStyle::SP_ComputerIcon : QStyle::SP_MessageBoxInformation));
        m_tray->setToolTip(unseen == 0 ? tr("Helpdesk queue: no new reports")
                                       : tr("Helpdesk queue: %n new report(s)", "", unseen));
    }
}

void ReviewWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Switched to: the agent sees what came in.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && !m_unseen.isEmpty()) {
        m_unseen.clear();
        updateUnseen();
    }
}

QueueFilter ReviewWindow::currentFilter() const
{
    QueueFilter filter;
    const QString status = m_ui->statusCombo->currentData().toString();
    if (status == openStatuses)
        filter.statuses = Taxonomy::openStatuses();
    else if (status == answeredStatuses)
        filter.answeredOnly = true;
    else if (!status.isEmpty())
        filter.statuses = {status};
    filter.category = m_ui->categoryCombo->currentData().toString();
    filter.priority = m_ui->priorityCombo->currentData().toInt();
    filter.make = m_ui->makeEdit->text().trimmed();
    if (m_ui->mineCheck->isChecked())
        filter.assignee = QueueFilter::Assignee::Me;
    else if (m_ui->unassignedCheck->isChecked())
        filter.assignee = QueueFilter::Assignee::Unassigned;
    filter.search = m_ui->searchEdit->text().trimmed();
    filter.oldestFirst = m_model->filter().oldestFirst;
    return filter;
}

void ReviewWindow::applyFilter()
{
    const qint64 shown = m_reportView->reportId();
    m_model->setFilter(currentFilter());
    // setModel() replaced nothing, but a reset drops the selection: hook it again.
    connect(m_ui->queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewWindow::showSelected, Qt::UniqueConnection);
    if (!m_model->lastError().isEmpty())
        return;
    if (m_model->lastSearchWasTicket()) {
        if (m_model->rowCount() == 0) {
            m_ui->statusBar->showMessage(tr("There is no report %1.").arg(currentFilter().search));
            m_reportView->showReport(0);
            return;
        }
        m_ui->queueView->selectRow(0);
        return;
    }
    const int row = m_model->rowOf(shown);
    if (row >= 0)
        m_ui->queueView->selectRow(row);
    else
        m_reportView->showReport(0);
    m_ui->statusBar->showMessage(m_model->rowCount() == 0 ? tr("No reports match.") : QString());
}

void ReviewWindow::showSelected()
{
    const QModelIndex current = m_ui->queueView->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->reportId(current.row()) : 0;
    if (m_unseen.remove(id))
        updateUnseen();
    if (id != m_reportView->reportId())
        m_reportView->showReport(id);
}

void ReviewWindow::showError(const QString &message)
{
    m_ui->statusBar->showMessage(message);
}

} // namespace Helpdesk
