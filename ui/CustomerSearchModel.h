#pragma once

#include "search/CustomerSearch.h"

#include <QAbstractTableModel>
#include <QList>

namespace prepaydesk {

class Database;

// The ranked result of a customer search. It holds every hit's customer id from
// CustomerSearch::search() and fetches the row details lazily, a batch at a time, through
// CustomerSearch::rows() as the view scrolls (canFetchMore/fetchMore): a search that matches
// thousands of customers costs only the rows the cashier actually sees.
class CustomerSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CustomerNoColumn,
        NameColumn,
        PhoneColumn,
        AccountsColumn,
        AddressColumn,
        MatchedByColumn,
        ColumnCount
    };
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1, // qint64
        ExactMatchRole,                    // bool: the query equals the matched identifier
        RankRole,                          // int: position in the ranked result (for sorting back)
    };

    static constexpr int DefaultBatchSize = 100;

    explicit CustomerSearchModel(Database &db, QObject *parent = nullptr);

    // Replaces the result; the first batch of rows is fetched at once.
    void setHits(const QList<CustomerSearch::Hit> &hits);
    void clear() { setHits({}); }
    // Every ranked hit, fetched or not.
    int hitCount() const { return int(m_hits.size()); }
    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }
    qint64 customerId(int row) const;
    // The row of a customer among the rows fetched so far, or -1.
    int rowOf(qint64 customerId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // Reading rows failed (the message is translated and meant for the cashier).
    void fetchFailed(const QString &message);

private:
    struct Line
    {
        CustomerSearch::Row row;
        CustomerSearch::Field field = CustomerSearch::Field::Name;
        bool exact = false;
        int rank = 0;
    };

    // Reads the rows of the next batch of hits.
    QList<Line> fetchBatch();

    CustomerSearch m_search;
    QList<CustomerSearch::Hit> m_hits;
    QList<Line> m_lines;
    qsizetype m_consumed = 0; // hits whose rows were fetched (or found missing)
    int m_batchSize = DefaultBatchSize;
    bool m_failed = false;
    bool m_notifying = false; // inside a reset or insert notification
};

} // namespace prepaydesk
