#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace prepaydesk {

// Carries progress from a worker thread (QtConcurrent::run) to a widget on the GUI thread, and
// a Cancel click back to the worker. callback() is the core's Progress function: it posts the
// numbers to the receiver as a queued call (never touching widgets from the worker), a few
// hundred times per run at most, and returns false once cancel() was called.
//
// The receiver must outlive the work: the dialogs that use this wait for their QFutureWatcher
// before they are destroyed.
class WorkerProgress
{
public:
    using Show = std::function<void(qint64 done, qint64 total)>;

    WorkerProgress(QObject *receiver, Show show);

    std::function<bool(qint64, qint64)> callback() const;
    void cancel() { m_state->cancelled = true; }
    bool isCancelled() const { return m_state->cancelled; }

private:
    struct State
    {
        QObject *receiver = nullptr;
        Show show;
        std::atomic_bool cancelled{false};
        std::atomic<qint64> lastPosted{-1};
    };
    std::shared_ptr<State> m_state;
};

} // namespace prepaydesk
