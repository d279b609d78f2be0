#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <utility>

namespace prepaydesk {

// The last look before the irreversible step: who, which account and meter, how much, what the
// customer gets and how they pay. Enter sells, Esc goes back to the sale unchanged.
class SaleConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    struct Summary
    {
        QString customer;
        QString account;
        QString meter;
        QString amount;                              // "¥50.00"
        QString credit;                              // "100.000 kWh" or "¥50.00 credit"
        QList<std::pair<QString, QString>> payments; // "Cash" -> "¥50.00 (tendered ¥100.00, change ¥50.00)"
        QString changeDue;                           // empty when there is none
    };

    explicit SaleConfirmDialog(const Summary &summary, QWidget *parent = nullptr);
};

} // namespace prepaydesk
