#pragma once

#include "util/Result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace prepaydesk {

// The search_keys table: every way a cashier may type to find a customer, as a sortable key,
// so that each kind of search is one prefix range scan of one index. Key kinds:
//   k:<customer number>  a:<account number>  m:<meter serial>  c:<card number>
//   t:<phone>  r:<phone reversed>  i:<identity number reversed>   (suffix search by reversal)
//   n:<name from each position, up to 12 characters>              (substring search)
//   p:<initials> <syllables from each position>                   (pinyin: "zs", "zhangs"; the space
//                                  sorts before letters, so full-length initials rank first)
// Keys are normalised (NFKC, case-folded, spaces collapsed) the same way queries are.
class SearchIndex
{
public:
    static constexpr int NameKeyLength = 12;

    // The fields keys are made from, gathered from the customer, their accounts and the
    // meters installed on them.
    struct Subject
    {
        QString customerNo;
        QString name;
        QString phone;
        QString idNumber;
        QStringList accountNos;
        QStringList meterSerials;
        QStringList cardNos;
    };

    static QString normalize(const QString &text);
    static QString reversed(const QString &text);
    static QSet<QString> keysFor(const Subject &subject);

    static Result<Subject> load(const QSqlDatabase &db, qint64 customerId);
    // The customer's keys now, for passing to refresh() after a change.
    static Result<QSet<QString>> currentKeys(const QSqlDatabase &db, qint64 customerId);
    // Bring the customer's keys up to date after a change, given the keys from before it.
    // Runs inside the caller's transaction.
    static Status refresh(const QSqlDatabase &db, qint64 customerId, const QSet<QString> &before);
    // Rebuild every key from the records (prepayctl customers reindex).
    static Status rebuildAll(const QSqlDatabase &db);
};

} // namespace prepaydesk
