#include "ReportDialog.h"

#include "FixedColumnView.h"
#include "SaleText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace prepaydesk {

ReportDialog::ReportDialog(const QString &title, TextFor text, QWidget *parent)
    : QDialog(parent)
    , m_textFor(std::move(text))
    , m_paper(new QComboBox(this))
    , m_view(new FixedColumnView(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setProperty("textRole", QStringLiteral("title"));
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    for (auto paper :
         {ReceiptRenderer::Paper::A4, ReceiptRenderer::Paper::Thermal80, ReceiptRenderer::Paper::Thermal58})
        m_paper->addItem(ReceiptRenderer::paperName(paper), int(paper));
    form->addRow(tr("P&aper"), m_paper);
    layout->addLayout(form);

    m_view->setObjectName(QStringLiteral("reportText"));
    m_view->setAccessibleName(title);
    m_view->setPointSize(10);
    m_view->setMinimumHeight(QFontMetrics(SaleText::fixedPitchFont(10)).lineSpacing() * 30);
    layout->addWidget(m_view, 1);

    m_message->setObjectName(QStringLiteral("messageLabel"));
    // A role from the start: the padding of the roles is applied when the label is first polished.
    m_message->setProperty("textRole", QStringLiteral("notice"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    print->setToolTip(tr("Print the report (Ctrl+P)"));
    QPushButton *pdf = buttons->addButton(tr("Save P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    pdf->setToolTip(tr("Save the report as a PDF file (Ctrl+S)"));
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setToolTip(tr("Close (Esc)"));
    close->setDefault(true);
    layout->addWidget(buttons);
    connect(print, &QPushButton::clicked, this, &ReportDialog::printReport);
    connect(pdf, &QPushButton::clicked, this, &ReportDialog::savePdfAs);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, &ReportDialog::printReport);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &ReportDialog::savePdfAs);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportDialog::refresh);
    refresh();
    close->setFocus();
}

int ReportDialog::columns(ReceiptRenderer::Paper paper)
{
    // A4 holds a wider report than the rolls.
    return paper == ReceiptRenderer::Paper::A4 ? 60 : ReceiptRenderer::columns(paper);
}

void ReportDialog::setPaper(ReceiptRenderer::Paper paper)
{
    m_paper->setCurrentIndex(m_paper->findData(int(paper)));
}

ReceiptRenderer::Paper ReportDialog::paper() const
{
    return ReceiptRenderer::Paper(m_paper->currentData().toInt());
}

QString ReportDialog::text() const
{
    return m_view->text();
}

void ReportDialog::refresh()
{
    const int width = columns(paper());
    m_view->setText(m_textFor(width), width);
    m_message->hide();
}

void ReportDialog::showMessage(const QString &text, bool error)
{
    m_message->setProperty("textRole", error ? QStringLiteral("banner") : QStringLiteral("notice"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setText(text);
    m_message->show();
}

Status ReportDialog::savePdf(const QString &path) const
{
    return ReceiptRenderer::saveTextPdf(text(), paper(), path, windowTitle());
}

void ReportDialog::printReport()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = ReceiptRenderer::printText(text(), paper(), &printer);
    showMessage(s ? tr("The report was sent to %1.").arg(printer.printerName()) : s.error().message, !s);
}

void ReportDialog::savePdfAs()
{
    QString name = windowTitle();
    name.replace(u' ', u'-');
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name + QStringLiteral(".pdf");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = savePdf(path);
    showMessage(s ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : s.error().message, !s);
}

} // namespace prepaydesk
