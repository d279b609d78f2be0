#include "PrintRow.h"

#include "TextRole.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>

namespace prepaydesk {

PrintRow::PrintRow(QDialog *dialog, QBoxLayout *layout, const QString &what, Print print, Save save,
                   std::function<QString()> suggestedPdf)
    : m_dialog(dialog)
    , m_what(what)
    , m_printFn(std::move(print))
    , m_saveFn(std::move(save))
    , m_suggested(std::move(suggestedPdf))
    , m_message(new QLabel(dialog))
{
    m_message->setObjectName(QStringLiteral("messageLabel"));
    // A role from the start: the padding of the roles is applied when the label is first polished.
    m_message->setProperty("textRole", QStringLiteral("notice"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(dialog);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setToolTip(tr("Print %1 (Ctrl+P)").arg(what));
    QPushButton *pdf = buttons->addButton(tr("Save P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    pdf->setToolTip(tr("Save %1 as a PDF file (Ctrl+S)").arg(what));
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setToolTip(tr("Close (Esc)"));
    layout->addWidget(buttons);
    // The button box's roles would close the dialog: printing keeps it open for a second copy.
    QObject::connect(m_print, &QPushButton::clicked, dialog, [this] { this->print(); });
    QObject::connect(pdf, &QPushButton::clicked, dialog, [this] { saveAs(); });
    QObject::connect(m_close, &QPushButton::clicked, dialog, &QDialog::reject);
    QObject::connect(new QShortcut(QKeySequence::Print, dialog), &QShortcut::activated, dialog,
                     [this] { this->print(); });
    QObject::connect(new QShortcut(QKeySequence::Save, dialog), &QShortcut::activated, dialog, [this] { saveAs(); });
}

void PrintRow::showMessage(const QString &text, bool error)
{
    setTextRole(m_message, error ? QStringLiteral("banner") : QStringLiteral("notice"));
    m_message->setText(text);
    m_message->show();
}

void PrintRow::hideMessage()
{
    m_message->hide();
}

void PrintRow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_dialog->windowTitle());
    QPrintDialog dialog(&printer, m_dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = m_printFn(&printer);
    showMessage(s ? tr("Sent to %1.").arg(printer.printerName()) : s.error().message, !s);
}

void PrintRow::saveAs()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + m_suggested();
    const QString path =
        QFileDialog::getSaveFileName(m_dialog, tr("Save %1 as PDF").arg(m_what), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = m_saveFn(path);
    showMessage(s ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : s.error().message, !s);
}

} // namespace prepaydesk
