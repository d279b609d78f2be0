#pragma once

#include "records/Domain.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace prepaydesk {

// What a cashier enters for a customer (create and edit).
struct CustomerDraft
{
    QString customerNo; // empty: assigned on create
    QString name;
    QString phone;
    QString idNumber;
    QString address;
    QStringList regionPath; // city, district, community, building (leading part may be given)
    CustomerCategory category = CustomerCategory::Residential;
    bool assistElderly = false;
    bool assistLargePrint = false;
    bool assistHearing = false;
    QString preferredLanguage = QStringLiteral("zh_CN");
};

struct Customer
{
    qint64 id = 0;
    QString customerNo;
    QString name;
    QString phone;
    QString idNumber;
    QString address;
    std::optional<qint64> regionId;
    QStringList regionPath;
    CustomerCategory category = CustomerCategory::Residential;
    bool assistElderly = false;
    bool assistLargePrint = false;
    bool assistHearing = false;
    QString preferredLanguage;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int revision = 0;

    CustomerDraft draft() const;
};

struct Account
{
    qint64 id = 0;
    QString accountNo;
    qint64 customerId = 0;
    Utility utility = Utility::Electricity;
    std::optional<qint64> tariffId;
    QString tariffName;
    AccountStatus status = AccountStatus::Active;
    QDateTime createdAt;
};

// What an engineer enters for a meter.
struct MeterDraft
{
    QString serial;
    Utility utility = Utility::Electricity;
    QString model;
    QString protocol; // sts, dlt645, cjt188, modbus
    Carrier carrier = Carrier::StsToken;
    std::optional<int> stsSupplyGroupCode; // 6 digits
    std::optional<int> stsTariffIndex;     // 0..99
    std::optional<int> stsKeyRevision;     // 1..9
    QString cardNo;
};

struct Meter
{
    qint64 id = 0;
    QString serial;
    Utility utility = Utility::Electricity;
    QString model;
    QString protocol;
    Carrier carrier = Carrier::StsToken;
    std::optional<int> stsSupplyGroupCode;
    std::optional<int> stsTariffIndex;
    std::optional<int> stsKeyRevision;
    QString cardNo;
    qint64 purchaseCount = 0;
    MeterStatus status = MeterStatus::InStock;
    std::optional<qint64> accountId;
    QString accountNo;
    int revision = 0;

    MeterDraft draft() const;
};

struct MeterEvent
{
    qint64 id = 0;
    qint64 meterId = 0;
    QString meterSerial;
    MeterEventKind kind = MeterEventKind::Install;
    QString accountNo;
    QString fromAccountNo;
    QString relatedMeterSerial;
    std::optional<qint64> registerMilli;
    QString note;
    QDateTime at;
    QString operatorName;
};

} // namespace prepaydesk
