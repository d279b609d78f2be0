#pragma once

#include "Session.h"
#include "WorkerProgress.h"

#include "io/CustomerCsv.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

namespace Ui {
class ImportDialog;
}

namespace prepaydesk {

class RowTableModel;

// Imports customers, accounts and meters from a CSV file with CustomerCsv::importFile on a
// worker thread: the cashier chooses the file and "all or nothing" or "skip bad lines", sees a
// progress bar (Cancel stops it and nothing is stored), then a summary and the list of lines
// with errors (line, field, reason), which can be saved as a CSV file for correction.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const Session &session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path);
    void setMode(CustomerCsv::Mode mode);
    bool isRunning() const { return m_watcher->isRunning(); }
    // The outcome of the last run.
    std::optional<CustomerCsv::Report> report() const { return m_report; }
    // Writes the error list (UTF-8 with BOM, so spreadsheets show Chinese correctly).
    Status writeErrors(const QString &path) const;

public slots:
    void browse();
    void start();
    void cancel();
    void saveErrors();
    void reject() override;

signals:
    // Something was stored: search results elsewhere may be out of date.
    void imported();

private:
    using Outcome = Result<CustomerCsv::Report>;

    void showProgress(qint64 done, qint64 total);
    void finish();
    void showSetup();

    const std::unique_ptr<Ui::ImportDialog> m_ui;
    const Session m_session;
    RowTableModel *m_errorsModel;
    QFutureWatcher<Outcome> *m_watcher;
    std::unique_ptr<WorkerProgress> m_progress;
    std::optional<CustomerCsv::Report> m_report;
};

} // namespace prepaydesk
