#pragma once

#include "Session.h"

#include "vending/CreditCarrier.h"
#include "vending/Vend.h"

#include <QFrame>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace prepaydesk {

// What a sale ended as: the credit code large and grouped in fours, what was credited, the
// change to give, and the state. A pending sale says plainly that delivery was not confirmed
// and offers Finish (deliver the same credit again) and Void (with a reason, the money goes
// back). Print receipt… and Save PDF… for the receipt; Next customer starts over.
// Keyboard: Enter (Next customer) or Esc start the next sale, Ctrl+P prints, Ctrl+S saves a PDF.
class VendResultPanel : public QFrame
{
    Q_OBJECT
public:
    explicit VendResultPanel(const Session &session, QWidget *parent = nullptr);

    void setCarriers(std::shared_ptr<CarrierRegistry> carriers) { m_carriers = std::move(carriers); }
    void setOutletName(const QString &name) { m_outlet = name; }
    void showVend(const Vend &vend);
    const std::optional<Vend> &vend() const { return m_vend; }
    QString codeText() const;
    QString stateText() const;
    // Puts the focus where the cashier acts next.
    void focusDefault();
    // The receipt of the sale shown, as a PDF file in the console's language.
    Status saveReceiptPdf(const QString &path) const;

public slots:
    void printReceipt();
    void saveReceiptPdfAs();
    void finishVend();
    void voidVend();

signals:
    void nextSaleRequested();
    // The sale shown changed state (finished, voided).
    void vendChanged(const Vend &vend);
    void message(const QString &text, bool error);

private:
    const Session m_session;
    std::shared_ptr<CarrierRegistry> m_carriers;
    QString m_outlet;
    std::optional<Vend> m_vend;
    QLabel *m_state;
    QLabel *m_codeCaption;
    QLabel *m_code;
    QLabel *m_detail;
    QLabel *m_where;
    QLabel *m_change;
    QWidget *m_pendingBox;
    QLineEdit *m_voidReason;
    QPushButton *m_finish;
    QPushButton *m_void;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_next;
};

} // namespace prepaydesk
