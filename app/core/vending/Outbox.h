#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace prepaydesk {

class Database;

// Events for the central server, written in the same transaction as the change they describe.
// Each has a UUID the server acknowledges, so that sending one twice changes nothing.
class Outbox
{
public:
    static Status add(const Database &db, const QString &kind, const QJsonObject &payload, const QDateTime &at);
};

} // namespace prepaydesk
