#include "records/ChangeLog.h"

#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace prepaydesk {

Status ChangeLog::record(const QSqlDatabase &db, const Operator &actor, const QDateTime &at, const QString &entity,
                         qint64 entityId, std::optional<qint64> customerId, const QString &action,
                         const QJsonObject &details)
{
    auto q =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO change_log (at, operator_id, entity, entity_id, customer_id, action, "
                                 "details) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {at.toUTC().toString(Qt::ISODate), actor.id, entity, entityId,
                   customerId ? QVariant(*customerId) : QVariant(QMetaType(QMetaType::LongLong)), action,
                   QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    return {};
}

Result<QList<ChangeLog::Entry>> ChangeLog::forCustomer(const QSqlDatabase &db, qint64 customerId, int limit)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT l.id, l.at, o.display_name, l.entity, l.entity_id, l.action, l.details "
                                      "FROM change_log l JOIN operators o ON o.id = l.operator_id "
                                      "WHERE l.customer_id = ? ORDER BY l.id DESC LIMIT ?"),
                       {customerId, limit});
    if (!q)
        return q.error();
    QList<Entry> entries;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        entries << Entry{r.value(0).toLongLong(),
                         QDateTime::fromString(r.value(1).toString(), Qt::ISODate),
                         r.value(2).toString(),
                         r.value(3).toString(),
                         r.value(4).toLongLong(),
                         r.value(5).toString(),
                         QJsonDocument::fromJson(r.value(6).toString().toUtf8()).object()};
    }
    return entries;
}

QJsonObject ChangeLog::diff(const QVariantMap &before, const QVariantMap &after)
{
    QJsonObject changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QVariant old = before.value(it.key());
        if (old != it.value())
            changes.insert(it.key(), QJsonArray{QJsonValue::fromVariant(old), QJsonValue::fromVariant(it.value())});
    }
    return changes;
}

} // namespace prepaydesk
