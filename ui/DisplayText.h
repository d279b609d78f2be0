#pragma once

#include "records/ChangeLog.h"
#include "records/Records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace prepaydesk {

// How records read on screen: local times, masked identity numbers, readable change history.
// Presentation only; the values come from the core services.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
public:
    // The placeholder for an empty value.
    static QString none();
    // "2026-03-01 16:30" in the computer's local time.
    static QString dateTime(const QDateTime &at);
    static QString date(const QDateTime &at);
    // Only the last four characters stay readable: "**************002X".
    static QString maskedIdNumber(const QString &idNumber);
    // "Elderly, Large print" or "None".
    static QString assistance(const Customer &customer);
    // The language's own name ("中文", "English"), as customers recognise it.
    static QString language(const QString &code);
    // "SGC 123456 · TI 01 · KRN 1" for STS meters, "Card CARD-77" for IC-card meters.
    static QString meterKeys(const Meter &meter);
    // "1.500 kWh"; empty when there is no reading.
    static QString registerReading(std::optional<qint64> milli, Utility utility);

    // The name of a change-log field ("phone" -> "Phone").
    static QString fieldLabel(const QString &field);
    // "Customer created", "Meter installed", ...
    static QString changeAction(const ChangeLog::Entry &entry);
    // One line per field: "Phone: 13800138000 → 13900139000" (edits) or "Phone: 13800138000".
    static QString changeDetails(const ChangeLog::Entry &entry);

private:
    static QString changeValue(const QString &field, const QJsonValue &value);
};

} // namespace prepaydesk
