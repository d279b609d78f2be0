#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <utility>

namespace prepaydesk {

// Runs work that may wait on a device (a sale whose credit goes to a meter on the serial line,
// finishing or voiding one) on a worker thread, while the window keeps painting and, after a
// moment, a busy dialog says what is happening. Input is held back meanwhile, so nothing can be
// clicked twice. Returns the work's result as if it had been called directly. The work must only
// use what is safe off the GUI thread (core services: each thread has its own database
// connection).
template<typename Work>
auto runBusy(QWidget *parent, const QString &label, Work work) -> decltype(work())
{
    using R = decltype(work());
    std::optional<R> result;
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    QProgressDialog busy(label, QString(), 0, 0, parent);
    busy.setWindowModality(Qt::WindowModal);
    busy.setCancelButton(nullptr);
    busy.setMinimumDuration(500);
    watcher.setFuture(QtConcurrent::run([&result, &work] { result.emplace(work()); }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    watcher.waitForFinished();
    return std::move(*result);
}

} // namespace prepaydesk
