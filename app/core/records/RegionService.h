#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace prepaydesk {

// The region hierarchy: city > district > community > building. Paths are written
// "City / District / Community / Building" on screen and in CSV files.
class RegionService
{
    Q_DECLARE_TR_FUNCTIONS(RegionService)
public:
    struct Region
    {
        qint64 id = 0;
        std::optional<qint64> parentId;
        int level = 1;
        QString name;
    };

    static constexpr int MaxDepth = 4;

    static QStringList parsePath(const QString &text);
    static QString formatPath(const QStringList &path);
    static std::optional<Error> checkPath(const QStringList &path);

    // The id of the deepest region of the path, creating missing levels; nullopt for an empty
    // path. Runs inside the caller's transaction.
    static Result<std::optional<qint64>> ensurePath(const QSqlDatabase &db, const QStringList &path);
    static Result<QStringList> pathOf(const QSqlDatabase &db, std::optional<qint64> regionId);
    static Result<QList<Region>> children(const QSqlDatabase &db, std::optional<qint64> parentId);
};

} // namespace prepaydesk
