#include "vending/Ledger.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace prepaydesk {

QString LedgerAccounts::revenue(const QString &utility, const QString &what)
{
    return QStringLiteral("revenue:") + utility + u':' + what;
}

Result<qint64> Ledger::post(const Database &db, const Posting &posting, const QList<LedgerLine> &lines)
{
    qint64 debit = 0, credit = 0;
    for (const LedgerLine &l : lines) {
        if (l.debit.isNegative() || l.credit.isNegative() || (l.debit.isZero() == l.credit.isZero()))
            return Error::make(Error::Code::Invalid, tr("A ledger line needs either a debit or a credit, positive."));
        debit += l.debit.minor();
        credit += l.credit.minor();
    }
    if (lines.isEmpty() || debit != credit)
        return Error::make(Error::Code::Invalid, tr("The ledger posting \"%1\" does not balance (debit %2, credit %3); "
                                                    "nothing was recorded.")
                                                     .arg(posting.kind, Money::fromMinor(debit).toString(),
                                                          Money::fromMinor(credit).toString()));
    auto null = QVariant(QMetaType(QMetaType::LongLong));
    auto tx = Sql::run(db,
                       QStringLiteral("INSERT INTO ledger_transactions (kind, vend_id, shift_id, at, operator_id, "
                                      "approved_by, memo) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {posting.kind, posting.vendId ? QVariant(*posting.vendId) : null,
                        posting.shiftId ? QVariant(*posting.shiftId) : null, posting.at.toUTC().toString(Qt::ISODate),
                        posting.operatorId, posting.approvedBy ? QVariant(*posting.approvedBy) : null, posting.memo});
    if (!tx)
        return tx.error();
    const qint64 id = tx.value()->lastInsertId().toLongLong();
    for (const LedgerLine &l : lines) {
        auto line = Sql::run(db,
                             QStringLiteral("INSERT INTO ledger_lines (transaction_id, ledger_account, account_id, "
                                            "debit_minor, credit_minor) VALUES (?, ?, ?, ?, ?)"),
                             {id, l.account, l.customerAccountId ? QVariant(*l.customerAccountId) : null,
                              l.debit.minor(), l.credit.minor()});
        if (!line)
            return line.error();
    }
    return id;
}

Result<QList<LedgerLine>> Ledger::reversed(const QSqlDatabase &db, qint64 transactionId)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ledger_account, account_id, debit_minor, credit_minor FROM ledger_lines "
                                      "WHERE transaction_id = ? ORDER BY id"),
                       {transactionId});
    if (!q)
        return q.error();
    QList<LedgerLine> lines;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        lines << LedgerLine{r.value(0).toString(),
                            r.isNull(1) ? std::nullopt : std::optional<qint64>(r.value(1).toLongLong()),
                            Money::fromMinor(r.value(3).toLongLong()), Money::fromMinor(r.value(2).toLongLong())};
    }
    if (lines.isEmpty())
        return Error::make(Error::Code::NotFound, tr("Ledger transaction %1 has no lines.").arg(transactionId));
    return lines;
}

Result<Money> Ledger::balance(const Database &db, const QString &account, qint64 customerAccountId)
{
    auto v = Sql::scalar(db,
                         QStringLiteral("SELECT coalesce(sum(debit_minor) - sum(credit_minor), 0) FROM ledger_lines "
                                        "WHERE ledger_account = ? AND account_id = ?"),
                         {account, customerAccountId});
    if (!v)
        return v.error();
    return Money::fromMinor(v.value().toLongLong());
}

Result<Money> Ledger::balance(const QSqlDatabase &db, const QString &account, std::optional<qint64> customerAccountId)
{
    auto v =
        customerAccountId
            ? Sql::scalar(db,
                          QStringLiteral("SELECT coalesce(sum(debit_minor) - sum(credit_minor), 0) FROM ledger_lines "
                                         "WHERE ledger_account = ? AND account_id = ?"),
                          {account, *customerAccountId})
            : Sql::scalar(db,
                          QStringLiteral("SELECT coalesce(sum(debit_minor) - sum(credit_minor), 0) FROM ledger_lines "
                                         "WHERE ledger_account = ?"),
                          {account});
    if (!v)
        return v.error();
    return Money::fromMinor(v.value().toLongLong());
}

Result<Ledger::Check> Ledger::verify(const QSqlDatabase &db)
{
    Check c;
    auto totals = Sql::exec(db, QStringLiteral("SELECT count(DISTINCT transaction_id), count(*), "
                                               "coalesce(sum(debit_minor), 0), coalesce(sum(credit_minor), 0) "
                                               "FROM ledger_lines"));
    if (!totals)
        return totals.error();
    totals.value().next();
    c.lines = totals.value().value(1).toLongLong();
    c.totalDebit = Money::fromMinor(totals.value().value(2).toLongLong());
    c.totalCredit = Money::fromMinor(totals.value().value(3).toLongLong());
    auto count = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM ledger_transactions"));
    if (!count)
        return count.error();
    c.transactions = count.value().toLongLong();
    if (c.totalDebit != c.totalCredit)
        c.problems << tr("Total debits %1 differ from total credits %2.")
                          .arg(c.totalDebit.toString(), c.totalCredit.toString());

    // Each check is a query listing offenders; at most 20 of each are named.
    struct Rule
    {
        const char *sql;
        const char *message; // %1: the offender
    };
    static const Rule rules[] = {
        {"SELECT t.id FROM ledger_transactions t LEFT JOIN ledger_lines l ON l.transaction_id = t.id GROUP BY t.id "
         "HAVING coalesce(sum(l.debit_minor), 0) <> coalesce(sum(l.credit_minor), 0) OR count(l.id) = 0 LIMIT 20",
         QT_TRANSLATE_NOOP("Ledger", "Ledger transaction %1 does not balance.")},
        {"SELECT p.id FROM payments p LEFT JOIN vends v ON v.id = p.vend_id WHERE v.id IS NULL LIMIT 20",
         QT_TRANSLATE_NOOP("Ledger", "Payment %1 belongs to no vend.")},
        {"SELECT v.id FROM vends v LEFT JOIN payments p ON p.vend_id = v.id GROUP BY v.id "
         "HAVING coalesce(sum(p.amount_minor), 0) <> v.amount_minor LIMIT 20",
         QT_TRANSLATE_NOOP("Ledger", "The payments of vend %1 do not add up to its amount.")},
        {"SELECT v.id FROM vends v WHERE (SELECT count(*) FROM ledger_transactions t WHERE t.vend_id = v.id "
         "AND t.kind = 'vend') <> 1 LIMIT 20",
         QT_TRANSLATE_NOOP("Ledger", "Vend %1 does not have exactly one sale posting.")},
        {"SELECT v.id FROM vends v WHERE (SELECT count(*) FROM ledger_transactions t WHERE t.vend_id = v.id "
         "AND t.kind IN ('void', 'failure', 'reversal')) <> (CASE WHEN v.state IN ('voided', 'failed', 'reversed') "
         "THEN 1 ELSE 0 END) LIMIT 20",
         QT_TRANSLATE_NOOP("Ledger",
                           "Vend %1 is undone in the ledger a different number of times than its state says.")},
        {"SELECT v.id FROM vends v WHERE v.state <> 'pending' AND v.state <> 'failed' AND v.state <> 'voided' "
         "AND v.credit_code IS NULL LIMIT 20",
         QT_TRANSLATE_NOOP("Ledger", "Vend %1 was delivered without a credit code.")},
        {"SELECT credit_code FROM vends WHERE credit_code IS NOT NULL GROUP BY credit_code HAVING count(*) > 1 LIMIT "
         "20",
         QT_TRANSLATE_NOOP("Ledger", "Credit code %1 was issued for more than one vend.")},
    };
    for (const Rule &rule : rules) {
        auto q = Sql::exec(db, QString::fromLatin1(rule.sql));
        if (!q)
            return q.error();
        while (q.value().next())
            c.problems << tr(rule.message).arg(q.value().value(0).toString());
    }
    return c;
}

} // namespace prepaydesk
