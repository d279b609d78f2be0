#include "records/RegionService.h"

#include "records/Validation.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace prepaydesk {

QStringList RegionService::parsePath(const QString &text)
{
    QStringList parts;
    for (const QString &p : text.split(u'/')) {
        const QString name = Validation::normalizeText(p);
        if (!name.isEmpty())
            parts << name;
    }
    return parts;
}

QString RegionService::formatPath(const QStringList &path)
{
    return path.join(QStringLiteral(" / "));
}

std::optional<Error> RegionService::checkPath(const QStringList &path)
{
    const QString field = QStringLiteral("region");
    if (path.size() > MaxDepth)
        return Error::invalid(tr("A region has at most four levels: city / district / community / building."), field);
    for (const QString &name : path) {
        if (name.size() > 100)
            return Error::invalid(tr("A region name has at most 100 characters."), field);
        for (const QChar c : name) {
            if (c.category() == QChar::Other_Control)
                return Error::invalid(tr("A region name contains a control character."), field);
        }
    }
    return std::nullopt;
}

Result<std::optional<qint64>> RegionService::ensurePath(const QSqlDatabase &db, const QStringList &path)
{
    if (auto e = checkPath(path))
        return *e;
    std::optional<qint64> parent;
    for (qsizetype level = 0; level < path.size(); ++level) {
        const QString &name = path[level];
        auto found =
            parent
                ? Sql::exec(db, QStringLiteral("SELECT id FROM regions WHERE parent_id = ? AND name = ?"),
                            {*parent, name})
                : Sql::exec(db, QStringLiteral("SELECT id FROM regions WHERE parent_id IS NULL AND name = ?"), {name});
        if (!found)
            return found.error();
        if (found.value().next()) {
            parent = found.value().value(0).toLongLong();
            continue;
        }
        auto ins = Sql::exec(db, QStringLiteral("INSERT INTO regions (parent_id, level, name) VALUES (?, ?, ?)"),
                             {parent ? QVariant(*parent) : QVariant(QMetaType(QMetaType::LongLong)), level + 1, name});
        if (!ins)
            return ins.error();
        parent = ins.value().lastInsertId().toLongLong();
    }
    return parent;
}

Result<QStringList> RegionService::pathOf(const QSqlDatabase &db, std::optional<qint64> regionId)
{
    QStringList path;
    std::optional<qint64> id = regionId;
    while (id && path.size() <= MaxDepth) {
        auto q = Sql::exec(db, QStringLiteral("SELECT parent_id, name FROM regions WHERE id = ?"), {*id});
        if (!q)
            return q.error();
        if (!q.value().next())
            break;
        path.prepend(q.value().value(1).toString());
        id = q.value().isNull(0) ? std::nullopt : std::optional<qint64>(q.value().value(0).toLongLong());
    }
    return path;
}

Result<QList<RegionService::Region>> RegionService::children(const QSqlDatabase &db, std::optional<qint64> parentId)
{
    auto q = parentId ? Sql::exec(db,
                                  QStringLiteral("SELECT id, parent_id, level, name FROM regions WHERE parent_id = ? "
                                                 "ORDER BY name"),
                                  {*parentId})
                      : Sql::exec(db, QStringLiteral("SELECT id, parent_id, level, name FROM regions "
                                                     "WHERE parent_id IS NULL ORDER BY name"));
    if (!q)
        return q.error();
    QList<Region> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list << Region{r.value(0).toLongLong(),
                       r.isNull(1) ? std::nullopt : std::optional<qint64>(r.value(1).toLongLong()), r.value(2).toInt(),
                       r.value(3).toString()};
    }
    return list;
}

} // namespace prepaydesk
