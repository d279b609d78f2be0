#include "WorkerProgress.h"

#include <QMetaObject>

namespace prepaydesk {

WorkerProgress::WorkerProgress(QObject *receiver, Show show)
    : m_state(std::make_shared<State>())
{
    m_state->receiver = receiver;
    m_state->show = std::move(show);
}

std::function<bool(qint64, qint64)> WorkerProgress::callback() const
{
    return [state = m_state](qint64 done, qint64 total) {
        // About 200 steps per run are plenty for a progress bar; more would flood the event loop.
        const qint64 step = qMax<qint64>(1, total / 200);
        const qint64 last = state->lastPosted.load();
        if (done == total || last < 0 || done - last >= step || done < last) {
            state->lastPosted = done;
            QMetaObject::invokeMethod(
                state->receiver, [state, done, total] { state->show(done, total); }, Qt::QueuedConnection);
        }
        return !state->cancelled.load();
    };
}

} // namespace prepaydesk
