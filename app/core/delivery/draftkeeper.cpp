#include "delivery/draftkeeper.h"

#include <QDateTime>

namespace Helpdesk {

DraftKeeper::DraftKeeper(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::saveDue);
}

void DraftKeeper::schedule()
{
    if (!m_restoring)
        m_timer.start();
}

void DraftKeeper::save(const Report &report, int page, bool worthKeeping)
{
    m_timer.stop();
    if (m_restoring)
        return;
    if (!worthKeeping) {
        m_store.remove(report.clientId);
        return;
    }
    DraftStore::Draft draft;
    draft.report = report;
    draft.page = page;
    draft.savedAt = QDateTime::currentDateTime();
    QString error;
    if (!m_store.save(draft, &error))
        qWarning("%s", qPrintable(error));
}

void DraftKeeper::discard(const QString &clientId)
{
    m_timer.stop();
    m_store.remove(clientId);
}

void DraftKeeper::restore(const DraftStore::Draft &draft, const QString &replacedClientId,
                          const std::function<void(const Report &)> &fill)
{
    m_restoring = true;
    m_store.remove(replacedClientId);
    fill(draft.report);
    m_restoring = false;
    m_timer.stop();
}

} // namespace Helpdesk
