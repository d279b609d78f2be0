#pragma once

#include "Session.h"
#include "WorkerProgress.h"

#include "util/Result.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

namespace Ui {
class ExportDialog;
}

namespace prepaydesk {

// Writes every customer to a CSV file with CustomerCsv::exportFile on a worker thread, with a
// progress bar and Cancel (an interrupted export leaves no half-written file).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Session &session, const QString &path, QWidget *parent = nullptr);
    ~ExportDialog() override;

    bool isRunning() const { return m_watcher->isRunning(); }
    // Rows written, once the export succeeded.
    std::optional<int> exported() const { return m_exported; }

public slots:
    void start();
    void cancel();
    void reject() override;

private:
    using Outcome = Result<int>;

    void showProgress(qint64 done, qint64 total);
    void finish();

    const std::unique_ptr<Ui::ExportDialog> m_ui;
    const Session m_session;
    const QString m_path;
    QFutureWatcher<Outcome> *m_watcher;
    std::unique_ptr<WorkerProgress> m_progress;
    std::optional<int> m_exported;
};

} // namespace prepaydesk
