#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QStringList>

namespace prepaydesk {

// A read-only table of display text, for the short lists of the customer detail tabs and the
// import error list. Each tab names its columns; the rows are replaced as a whole.
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RowTableModel(QStringList headers, QObject *parent = nullptr);

    void setRows(QList<QStringList> rows);
    void clear() { setRows({}); }
    // Numbers read better right-aligned.
    void setRightAligned(int column);
    // Multi-line rows read better from the top.
    void setTopAligned(bool top) { m_top = top; }
    QString text(int row, int column) const;
    const QList<QStringList> &rows() const { return m_rows; }
    QStringList headers() const { return m_headers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QSet<int> m_rightAligned;
    bool m_top = false;
};

} // namespace prepaydesk
