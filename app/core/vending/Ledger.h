#pragma once

#include "money/Money.h"
#include "records/Operator.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace prepaydesk {

class Database;

// The ledger accounts lines are posted to. Revenue is by utility and tariff block:
// "revenue:electricity:block1", "revenue:water:fixed", "revenue:gas:tax-included" (the tax
// contained in the prices, moved to "tax").
namespace LedgerAccounts {
inline const QString Cash = QStringLiteral("cash");   // the shift's cash drawer
inline const QString Card = QStringLiteral("card");   // bank card clearing
inline const QString Qr = QStringLiteral("qr");       // QR payment clearing
inline const QString Float = QStringLiteral("float"); // cash float lent to a shift
inline const QString Safe = QStringLiteral("safe");   // where a closed shift's cash goes
inline const QString OverShort = QStringLiteral("over-short");
inline const QString Tax = QStringLiteral("tax");         // tax payable
inline const QString Debt = QStringLiteral("debt");       // what a customer account owes (per account)
inline const QString Prepaid = QStringLiteral("prepaid"); // money loaded into money meters (per account)
QString revenue(const QString &utility, const QString &what);
} // namespace LedgerAccounts

struct LedgerLine
{
    QString account;
    std::optional<qint64> customerAccountId;
    Money debit;
    Money credit;

    static LedgerLine dr(QString account, Money amount, std::optional<qint64> customerAccount = {})
    {
        return {std::move(account), customerAccount, amount, Money()};
    }
    static LedgerLine cr(QString account, Money amount, std::optional<qint64> customerAccount = {})
    {
        return {std::move(account), customerAccount, Money(), amount};
    }
};

// Posting and checking the double-entry ledger. Posting refuses unbalanced lines before
// anything is written; it runs inside the caller's transaction.
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    struct Posting
    {
        QString kind;
        std::optional<qint64> vendId;
        std::optional<qint64> shiftId;
        QDateTime at;
        qint64 operatorId = 0;
        std::optional<qint64> approvedBy;
        QString memo;
    };

    static Result<qint64> post(const Database &db, const Posting &posting, const QList<LedgerLine> &lines);
    // The lines of a transaction with debit and credit swapped: what undoes it.
    static Result<QList<LedgerLine>> reversed(const QSqlDatabase &db, qint64 transactionId);
    // Debits minus credits of an account (for one customer account when given).
    static Result<Money> balance(const QSqlDatabase &db, const QString &account,
                                 std::optional<qint64> customerAccountId = {});
    static Result<Money> balance(const Database &db, const QString &account, qint64 customerAccountId);

    struct Check
    {
        qint64 transactions = 0;
        qint64 lines = 0;
        Money totalDebit;
        Money totalCredit;
        QStringList problems; // empty: the ledger is sound
    };
    // Every transaction balances; debits equal credits overall; every payment belongs to a vend
    // and each vend's payments add up to its amount; every vend has exactly one sale posting;
    // voided, failed and reversed vends are undone exactly once; no credit code is used twice.
    static Result<Check> verify(const QSqlDatabase &db);
};

} // namespace prepaydesk
