#pragma once

#include "records/RegionService.h"

#include <QHash>
#include <QObject>

#include <optional>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace prepaydesk {

class Database;

// Completes a region path "City / District / Community / Building" one level at a time from
// the regions that already exist (RegionService::children, cached per parent, so each level
// costs one small query). Typing a new name is always allowed: the service creates it.
class RegionCompleter : public QObject
{
    Q_OBJECT
public:
    RegionCompleter(Database &db, QLineEdit *edit);

    // The completions offered for the current text (for tests).
    QStringList candidates() const;

private:
    void update(const QString &text);
    void choose(const QString &path);
    const QList<RegionService::Region> &childrenOf(std::optional<qint64> parentId);
    // The region at the end of the path, if every level exists.
    std::optional<std::optional<qint64>> resolve(const QStringList &path);

    Database &m_db;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStringListModel *m_model;
    QHash<qint64, QList<RegionService::Region>> m_cache; // by parent id, 0 for the cities
};

} // namespace prepaydesk
