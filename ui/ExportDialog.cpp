#include "ExportDialog.h"
#include "TextRole.h"
#include "ui_ExportDialog.h"

#include "io/CustomerCsv.h"

#include <QDir>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

namespace prepaydesk {

ExportDialog::ExportDialog(const Session &session, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_session(session)
    , m_path(path)
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    m_ui->setupUi(this);
    setMinimumWidth(520);
    m_ui->fileLabel->setText(QDir::toNativeSeparators(path));
    m_ui->closeButton->hide();
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ExportDialog::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::finish);
}

ExportDialog::~ExportDialog()
{
    if (m_watcher->isRunning()) {
        if (m_progress)
            m_progress->cancel();
        m_watcher->waitForFinished();
    }
}

void ExportDialog::start()
{
    if (isRunning())
        return;
    m_exported.reset();
    m_ui->progressBar->setRange(0, 0);
    m_ui->statusLabel->setText(tr("Writing customers…"));
    m_ui->cancelButton->show();
    m_ui->cancelButton->setEnabled(true);
    m_ui->closeButton->hide();
    m_progress =
        std::make_unique<WorkerProgress>(this, [this](qint64 done, qint64 total) { showProgress(done, total); });
    Database &db = m_session.db;
    const Clock &clock = m_session.clock;
    const Operator op = m_session.op;
    const QString path = m_path;
    auto progress = m_progress->callback();
    m_watcher->setFuture(QtConcurrent::run([&db, &clock, op, path, progress]() -> Outcome {
        return CustomerCsv(db, clock).exportFile(op, path, progress);
    }));
}

void ExportDialog::showProgress(qint64 done, qint64 total)
{
    if (!isRunning() || total <= 0)
        return;
    m_ui->progressBar->setRange(0, int(qMin<qint64>(total, INT_MAX)));
    m_ui->progressBar->setValue(int(qMin<qint64>(done, INT_MAX)));
    m_ui->statusLabel->setText(tr("Writing customers: %1 of %2").arg(done).arg(total));
}

void ExportDialog::cancel()
{
    if (!isRunning())
        return;
    m_progress->cancel();
    m_ui->cancelButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Cancelling…"));
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::finish()
{
    const Outcome outcome = m_watcher->result();
    m_ui->cancelButton->hide();
    m_ui->closeButton->show();
    m_ui->closeButton->setDefault(true);
    m_ui->closeButton->setFocus();
    m_ui->progressBar->setRange(0, 1);
    if (!outcome) {
        m_ui->progressBar->setValue(0);
        m_ui->statusLabel->setProperty("textRole", QStringLiteral("error"));
        m_ui->statusLabel->setText(outcome.error().message);
    } else {
        m_exported = outcome.value();
        m_ui->progressBar->setValue(1);
        m_ui->statusLabel->setProperty("textRole", QStringLiteral("value"));
        m_ui->statusLabel->setText(tr("The export is complete: %n row(s) written.", nullptr, outcome.value()));
    }
    repolish(m_ui->statusLabel);
}

} // namespace prepaydesk
