#pragma once

#include "records/Operator.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

namespace prepaydesk {

// The record of who changed what and when, kept in change_log inside the same transaction as
// the change itself.
class ChangeLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString operatorName;
        QString entity;
        qint64 entityId = 0;
        QString action;
        QJsonObject details;
    };

    static Status record(const QSqlDatabase &db, const Operator &actor, const QDateTime &at, const QString &entity,
                         qint64 entityId, std::optional<qint64> customerId, const QString &action,
                         const QJsonObject &details);
    // Newest first.
    static Result<QList<Entry>> forCustomer(const QSqlDatabase &db, qint64 customerId, int limit = 500);
    // {"field": [before, after]} for every field whose value differs.
    static QJsonObject diff(const QVariantMap &before, const QVariantMap &after);
};

} // namespace prepaydesk
