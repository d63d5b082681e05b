#pragma once

// DraftKeeper: when the report under way is written to its draft. A moment
// after typing stops (schedule()) or at once (save()); never while a draft is
// being restored into the pages; thrown away (discard()) once the report was
// filed, joined or given up. What a draft holds and where it lives is the
// DraftStore's; what the person is asked is the wizard's.

#include "delivery/draftstore.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Helpdesk {

class DraftKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftKeeper)
public:
    // How long after the last change the draft is written.
    static constexpr int DelayMs = 2000;

    explicit DraftKeeper(QObject *parent = nullptr);

    void setDirectory(const QString &directory) { m_store = DraftStore(directory); }
    DraftStore &store() { return m_store; }
    bool isRestoring() const { return m_restoring; }

    // Something changed: saveDue() follows DelayMs after the last call.
    void schedule();
    // Writes `report` as shown on `page`, or removes its draft when nothing in
    // it is worth keeping (everything typed was deleted again). A draft that
    // cannot be written costs nothing now (the report is still on screen):
    // a warning on stderr.
    void save(const Report &report, int page, bool worthKeeping);
    // The report of this client id is filed, joined or thrown away on purpose.
    void discard(const QString &clientId);
    // Fills the pages from `draft` (`fill`) without saving what that changes,
    // and removes the draft of `replacedClientId`, the empty start it replaces.
    void restore(const DraftStore::Draft &draft, const QString &replacedClientId,
                 const std::function<void(const Report &)> &fill);

signals:
    // Time to call save() with the report as it is now.
    void saveDue();

private:
    DraftStore m_store;
    QTimer m_timer; // restarted on every change
    bool m_restoring = false;
};

} // namespace Helpdesk
