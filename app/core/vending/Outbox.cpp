#include "vending/Outbox.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QUuid>

namespace prepaydesk {

Status Outbox::add(const Database &db, const QString &kind, const QJsonObject &payload, const QDateTime &at)
{
    auto q = Sql::run(
        db, QStringLiteral("INSERT INTO outbox (event_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), kind,
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), at.toUTC().toString(Qt::ISODate)});
    if (!q)
        return q.error();
    return {};
}

} // namespace prepaydesk
