#pragma once

#include "ReceiptRenderer.h"
#include "Session.h"

#include "vending/Receipt.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;

namespace prepaydesk {

class FixedColumnView;
class PrintRow;

// Shows a receipt as the thermal printer lays it out, and prints it or saves it as a PDF: on
// 58 or 80 mm thermal paper or on an A4 page, in the console's language or the customer's.
// Keyboard: Ctrl+P (or Enter) prints, Ctrl+S saves a PDF, Esc closes.
class ReceiptPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `customerLanguage` ("zh_CN", "en" or empty) is offered besides the console's language.
    ReceiptPreviewDialog(const Receipt &receipt, const QString &customerLanguage, QWidget *parent = nullptr);
    ~ReceiptPreviewDialog() override;

    // The receipt of a vend for the counter: read from the database with the customer's language,
    // and shown (modal). The error when the receipt cannot be made.
    static Status showForVend(const Session &session, const Vend &vend, const QString &outletName, QWidget *parent);

    void setPaper(ReceiptRenderer::Paper paper);
    void setLanguage(const QString &language);
    ReceiptRenderer::Paper paper() const;
    QString language() const;
    // The text shown: the thermal layout in the chosen language.
    QString text() const;
    // The rows in the chosen language, for a printer or a PDF.
    QList<Receipt::Row> rows() const;
    Status savePdf(const QString &path) const;

private:
    void refresh();

    Receipt m_receipt;
    QComboBox *m_paper;
    QComboBox *m_language;
    QLabel *m_customerHint;
    FixedColumnView *m_preview;
    std::unique_ptr<PrintRow> m_printRow;
};

} // namespace prepaydesk
