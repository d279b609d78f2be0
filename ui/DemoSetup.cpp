#include "DemoSetup.h"

#include "WorkerProgress.h"

#include "demo/DemoGenerator.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace prepaydesk {

Status DemoSetup::generate(Database &db, int customers, QWidget *parent)
{
    QProgressDialog dialog(tr("Creating the demo database: %1 customers with accounts, meters and a year of "
                              "readings…")
                               .arg(customers),
                           tr("Cancel"), 0, customers, parent);
    dialog.setWindowTitle(tr("PrepayDesk demo"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(460);

    WorkerProgress progress(&dialog, [&dialog](qint64 done, qint64 total) {
        dialog.setMaximum(int(qMin<qint64>(total, INT_MAX)));
        dialog.setValue(int(qMin<qint64>(done, INT_MAX)));
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&progress, &dialog] {
        progress.cancel();
        dialog.setLabelText(tr("Cancelling — nothing will be stored…"));
        dialog.show(); // QProgressDialog hides itself on cancel; keep it up until the worker stops
    });

    DemoGenerator::Options options;
    options.customers = customers;
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    auto callback = progress.callback();
    watcher.setFuture(QtConcurrent::run(
        [&db, options, callback]() -> Status { return DemoGenerator::generate(db, options, callback); }));
    dialog.show();
    if (!watcher.isFinished())
        loop.exec();
    dialog.hide();
    return watcher.result();
}

} // namespace prepaydesk
