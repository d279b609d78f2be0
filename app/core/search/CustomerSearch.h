#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace prepaydesk {

class Database;

// Finds customers as the cashier types: by name (any part, Chinese included), pinyin
// ("zs", "zhangs" for 张三), phone (start or last digits), account number, meter serial,
// card number, customer number or the last digits of the identity number.
// Ranked: exact identifier matches first, then identifiers that start with the query, then
// names, then pinyin.
class CustomerSearch
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSearch)
public:
    enum class Field
    {
        CustomerNo,
        Account,
        MeterSerial,
        CardNo,
        Phone,
        IdNumber,
        Name,
        Pinyin
    };

    struct Hit
    {
        qint64 customerId = 0;
        Field field = Field::Name;
        bool exact = false;
    };

    // One line of a result list.
    struct Row
    {
        qint64 id = 0;
        QString customerNo;
        QString name;
        QString phone;
        QString address;
        QStringList accountNos;
    };

    static constexpr int DefaultLimit = 500;

    explicit CustomerSearch(Database &db)
        : m_db(db)
    {}

    Result<QList<Hit>> search(const QString &query, int limit = DefaultLimit) const;
    // Details for display, in the order of ids.
    Result<QList<Row>> rows(const QList<qint64> &ids) const;

    static QString fieldName(Field field);

private:
    Database &m_db;
};

} // namespace prepaydesk
