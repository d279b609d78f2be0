#include "CustomerSearchModel.h"

#include <QHash>

namespace prepaydesk {

CustomerSearchModel::CustomerSearchModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(db)
{}

void CustomerSearchModel::setHits(const QList<CustomerSearch::Hit> &hits)
{
    beginResetModel();
    m_hits = hits;
    m_lines.clear();
    m_consumed = 0;
    m_failed = false;
    // The first batch arrives with the reset, so that views show rows at once.
    m_lines = fetchBatch();
    // Views (and QAbstractItemModelTester) may ask for more while they handle the reset; rows
    // must not be inserted before the reset is complete.
    m_notifying = true;
    endResetModel();
    m_notifying = false;
}

QList<CustomerSearchModel::Line> CustomerSearchModel::fetchBatch()
{
    const QList<CustomerSearch::Hit> batch = m_hits.mid(m_consumed, m_batchSize);
    if (batch.isEmpty())
        return {};
    QList<qint64> ids;
    ids.reserve(batch.size());
    for (const CustomerSearch::Hit &hit : batch)
        ids << hit.customerId;
    auto rows = m_search.rows(ids);
    if (!rows) {
        m_failed = true;
        emit fetchFailed(rows.error().message);
        return {};
    }
    // A customer can vanish between search and fetch; its hit is simply skipped.
    QHash<qint64, CustomerSearch::Row> byId;
    for (const CustomerSearch::Row &row : rows.value())
        byId.insert(row.id, row);
    QList<Line> lines;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const auto it = byId.constFind(batch[i].customerId);
        if (it != byId.constEnd())
            lines.append(Line{it.value(), batch[i].field, batch[i].exact, int(m_consumed + i)});
    }
    m_consumed += batch.size();
    return lines;
}

qint64 CustomerSearchModel::customerId(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines[row].row.id : 0;
}

int CustomerSearchModel::rowOf(qint64 customerId) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].row.id == customerId)
            return int(i);
    }
    return -1;
}

int CustomerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CustomerSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CustomerNoColumn:
            return line.row.customerNo;
        case NameColumn:
            return line.row.name;
        case PhoneColumn:
            return line.row.phone;
        case AccountsColumn:
            return line.row.accountNos.join(QStringLiteral(", "));
        case AddressColumn:
            return line.row.address;
        case MatchedByColumn:
            return line.exact ? tr("%1 (exact)").arg(CustomerSearch::fieldName(line.field))
                              : CustomerSearch::fieldName(line.field);
        }
        return {};
    case CustomerIdRole:
        return line.row.id;
    case ExactMatchRole:
        return line.exact;
    case RankRole:
        return line.rank;
    default:
        return {};
    }
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerNoColumn:
        return tr("Customer no.");
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case AccountsColumn:
        return tr("Accounts");
    case AddressColumn:
        return tr("Address");
    case MatchedByColumn:
        return tr("Matched by");
    }
    return {};
}

bool CustomerSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && !m_failed && m_consumed < m_hits.size();
}

void CustomerSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Line> added = fetchBatch();
    if (added.isEmpty())
        return;
    // No nested insertion while the views hear about this one.
    m_notifying = true;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + added.size() - 1));
    m_lines.append(added);
    endInsertRows();
    m_notifying = false;
}

} // namespace prepaydesk
