#pragma once

#include "money/Money.h"
#include "money/Quantity.h"
#include "records/Domain.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace prepaydesk {

// requested (in memory) -> pending (recorded, credit made) -> delivered | failed | voided | reversed
enum class VendState
{
    Pending,
    Delivered,
    Failed,
    Voided,
    Reversed
};
enum class PaymentMethod
{
    Cash,
    Card,
    Qr
};

class VendText
{
    Q_DECLARE_TR_FUNCTIONS(VendText)
public:
    static QString code(VendState s);
    static QString name(VendState s);
    static std::optional<VendState> parseState(const QString &code);
    static QString code(PaymentMethod m);
    static QString name(PaymentMethod m);
    static std::optional<PaymentMethod> parseMethod(const QString &code);
    // "1234 5678 9012 3456 7890": a credit code grouped in fours for reading out and typing in;
    // several tokens one per line, in the order they are entered.
    static QString grouped(const QString &code);
    // The tokens of a credit code in entry order (one for most vends).
    static QStringList tokens(const QString &code);
};

struct PaymentDraft
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;      // what this payment contributes to the vend
    Money tendered;    // cash: what the customer handed over (zero: exactly the amount)
    QString reference; // card and QR: the transaction reference
};

struct Payment
{
    qint64 id = 0;
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    Money tendered;
    Money change;
    QString reference;
};

struct Vend
{
    qint64 id = 0;
    QString key;
    qint64 accountId = 0;
    QString accountNo;
    Utility utility = Utility::Electricity;
    std::optional<qint64> meterId;
    QString meterSerial;
    qint64 customerId = 0;
    QString customerName;
    qint64 shiftId = 0;
    qint64 operatorId = 0;
    VendState state = VendState::Pending;
    Money amount;
    Quantity units;
    Quantity freeUnits;
    Money moneyCredit;
    qint64 tariffVersionId = 0;
    QJsonObject quote; // the breakdown (see VendingService::quoteJson)
    QString carrier;
    QString creditCode; // one code, or tokens to enter in order separated by ';'
    QString creditNote; // what the carrier says about the credit (rounding, key change)
    QDateTime createdAt;
    QDateTime deliveredAt;
    QDateTime endedAt;
    QString endReason;
    int receiptPrints = 0;
    QList<Payment> payments;
};

} // namespace prepaydesk
