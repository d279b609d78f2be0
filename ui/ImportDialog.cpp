#include "ImportDialog.h"
#include "TextRole.h"
#include "ui_ImportDialog.h"

#include "RowTableModel.h"

#include "io/Csv.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

namespace prepaydesk {

ImportDialog::ImportDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_session(session)
    , m_errorsModel(new RowTableModel({tr("Line"), tr("Field"), tr("Reason")}, this))
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    m_ui->setupUi(this);
    setMinimumSize(720, 460);
    m_errorsModel->setRightAligned(0);
    m_ui->errorsView->setModel(m_errorsModel);
    m_ui->errorsView->verticalHeader()->hide();
    m_ui->errorsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->errorsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->fileEdit->setPlaceholderText(tr("customers.csv"));

    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_ui->saveErrorsButton, &QPushButton::clicked, this, &ImportDialog::saveErrors);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ui->importButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportDialog::finish);
    showSetup();
}

ImportDialog::~ImportDialog()
{
    // The worker reports to this dialog and uses the session's database: wait for it.
    if (m_watcher->isRunning()) {
        if (m_progress)
            m_progress->cancel();
        m_watcher->waitForFinished();
    }
}

void ImportDialog::showSetup()
{
    m_ui->stack->setCurrentWidget(m_ui->setupPage);
    m_ui->errorLabel->hide();
    m_ui->importButton->show();
    m_ui->importButton->setEnabled(!m_ui->fileEdit->text().trimmed().isEmpty());
    m_ui->cancelButton->hide();
    m_ui->closeButton->show();
    m_ui->fileEdit->setFocus();
}

void ImportDialog::setFile(const QString &path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::setMode(CustomerCsv::Mode mode)
{
    (mode == CustomerCsv::Mode::AllOrNothing ? m_ui->allOrNothingRadio : m_ui->skipBadLinesRadio)->setChecked(true);
}

void ImportDialog::browse()
{
    const QString start = m_ui->fileEdit->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : m_ui->fileEdit->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::start()
{
    if (isRunning())
        return;
    const QString path = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    if (path.isEmpty())
        return;
    const CustomerCsv::Mode mode =
        m_ui->skipBadLinesRadio->isChecked() ? CustomerCsv::Mode::SkipBadLines : CustomerCsv::Mode::AllOrNothing;

    m_report.reset();
    m_errorsModel->clear();
    m_ui->errorLabel->hide();
    m_ui->progressLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_ui->progressBar->setRange(0, 0); // busy until the first numbers arrive
    m_ui->stack->setCurrentWidget(m_ui->progressPage);
    m_ui->importButton->hide();
    m_ui->closeButton->hide();
    m_ui->cancelButton->show();
    m_ui->cancelButton->setEnabled(true);
    m_ui->cancelButton->setFocus();

    m_progress =
        std::make_unique<WorkerProgress>(this, [this](qint64 done, qint64 total) { showProgress(done, total); });
    Database &db = m_session.db;
    const Clock &clock = m_session.clock;
    const Operator op = m_session.op;
    auto progress = m_progress->callback();
    m_watcher->setFuture(QtConcurrent::run([&db, &clock, op, path, mode, progress]() -> Outcome {
        return CustomerCsv(db, clock).importFile(op, path, mode, progress);
    }));
}

void ImportDialog::showProgress(qint64 done, qint64 total)
{
    if (!isRunning() || total <= 0)
        return;
    // Progress bars hold ints; files of more than two billion lines are not expected at a counter.
    m_ui->progressBar->setRange(0, int(qMin<qint64>(total, INT_MAX)));
    m_ui->progressBar->setValue(int(qMin<qint64>(done, INT_MAX)));
    m_ui->progressLabel->setText(tr("Checking and storing lines: %1 of %2").arg(done).arg(total));
}

void ImportDialog::cancel()
{
    if (!isRunning())
        return;
    m_progress->cancel();
    m_ui->cancelButton->setEnabled(false);
    m_ui->progressLabel->setText(tr("Cancelling — nothing will be stored…"));
}

void ImportDialog::reject()
{
    // Esc or the window's close button while the import runs means "cancel", not "vanish".
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::finish()
{
    const Outcome outcome = m_watcher->result();
    m_ui->cancelButton->hide();
    m_ui->closeButton->show();
    m_ui->closeButton->setDefault(true);
    if (!outcome) {
        // A file-level problem (unreadable, wrong encoding, no header) or a cancel: nothing stored.
        showSetup();
        m_ui->errorLabel->setText(outcome.error().message);
        m_ui->errorLabel->show();
        return;
    }
    const CustomerCsv::Report &r = outcome.value();
    m_report = r;
    QList<QStringList> rows;
    for (const CustomerCsv::LineError &e : r.errors)
        rows << QStringList{QString::number(e.line), e.field.isEmpty() ? tr("(whole line)") : e.field, e.reason};
    m_errorsModel->setRows(rows);
    m_ui->errorsView->resizeColumnsToContents();
    const bool hasErrors = !r.errors.isEmpty();
    m_ui->errorsHeading->setVisible(hasErrors);
    m_ui->errorsView->setVisible(hasErrors);
    m_ui->saveErrorsButton->setVisible(hasErrors);

    QString summary;
    if (r.stored) {
        const int stored = r.linesRead - r.linesSkipped;
        // Whole sentences, so that a translation can order them as its language needs.
        summary = tr("%n line(s) imported.", nullptr, stored) + u' ' +
                  tr("New: %1 customers, %2 accounts, %3 meters.")
                      .arg(r.customersCreated)
                      .arg(r.accountsCreated)
                      .arg(r.metersCreated);
        if (r.linesSkipped > 0)
            summary += u' ' + tr("%n line(s) with errors skipped and listed below.", nullptr, r.linesSkipped);
        m_ui->summaryLabel->setProperty("textRole", QStringLiteral("notice"));
        emit imported();
    } else {
        const int bad = int(r.errors.size());
        summary = tr("Nothing was stored: %n error(s) in the file.", nullptr, bad) + u' ' +
                  tr("Correct the file and import it again, or choose \"Skip bad lines\".");
        m_ui->summaryLabel->setProperty("textRole", QStringLiteral("banner"));
    }
    if (r.encoding == Csv::Encoding::Gb18030)
        summary += u' ' + tr("The file was read as GB18030 (saved by Excel).");
    m_ui->summaryLabel->setText(summary);
    // The role changed: let the style sheet pick the new colours.
    repolish(m_ui->summaryLabel);
    m_ui->stack->setCurrentWidget(m_ui->resultPage);
    m_ui->closeButton->setFocus();
}

Status ImportDialog::writeErrors(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    QString text = QStringLiteral("\uFEFF") +
                   Csv::record({QStringLiteral("line"), QStringLiteral("field"), QStringLiteral("reason")});
    if (m_report) {
        for (const CustomerCsv::LineError &e : m_report->errors)
            text += Csv::record({QString::number(e.line), e.field, e.reason});
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return Error::make(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

void ImportDialog::saveErrors()
{
    const QString source = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    const QFileInfo info(source);
    const QString suggested = info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral("-errors.csv");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the error list"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status s = writeErrors(path); !s) {
        m_ui->errorLabel->setText(s.error().message);
        m_ui->errorLabel->show();
    }
}

} // namespace prepaydesk
