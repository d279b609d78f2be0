#include "records/Domain.h"

namespace prepaydesk {

QString Domain::code(Utility u)
{
    switch (u) {
    case Utility::Electricity:
        return QStringLiteral("electricity");
    case Utility::Water:
        return QStringLiteral("water");
    case Utility::Gas:
        return QStringLiteral("gas");
    }
    Q_UNREACHABLE();
}

QString Domain::code(Carrier c)
{
    switch (c) {
    case Carrier::StsToken:
        return QStringLiteral("sts-token");
    case Carrier::IcCard:
        return QStringLiteral("ic-card");
    case Carrier::Serial:
        return QStringLiteral("serial");
    case Carrier::Remote:
        return QStringLiteral("remote");
    }
    Q_UNREACHABLE();
}

QString Domain::code(CustomerCategory c)
{
    switch (c) {
    case CustomerCategory::Residential:
        return QStringLiteral("residential");
    case CustomerCategory::Commercial:
        return QStringLiteral("commercial");
    case CustomerCategory::Institution:
        return QStringLiteral("institution");
    }
    Q_UNREACHABLE();
}

QString Domain::code(MeterStatus s)
{
    switch (s) {
    case MeterStatus::InStock:
        return QStringLiteral("in-stock");
    case MeterStatus::Installed:
        return QStringLiteral("installed");
    case MeterStatus::Removed:
        return QStringLiteral("removed");
    case MeterStatus::Faulty:
        return QStringLiteral("faulty");
    }
    Q_UNREACHABLE();
}

QString Domain::code(MeterEventKind k)
{
    switch (k) {
    case MeterEventKind::Install:
        return QStringLiteral("install");
    case MeterEventKind::Replace:
        return QStringLiteral("replace");
    case MeterEventKind::Remove:
        return QStringLiteral("remove");
    case MeterEventKind::Transfer:
        return QStringLiteral("transfer");
    }
    Q_UNREACHABLE();
}

QString Domain::code(RegionLevel l)
{
    switch (l) {
    case RegionLevel::City:
        return QStringLiteral("city");
    case RegionLevel::District:
        return QStringLiteral("district");
    case RegionLevel::Community:
        return QStringLiteral("community");
    case RegionLevel::Building:
        return QStringLiteral("building");
    }
    Q_UNREACHABLE();
}

QString Domain::code(Role r)
{
    switch (r) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Engineer:
        return QStringLiteral("engineer");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    Q_UNREACHABLE();
}

QString Domain::code(AccountStatus s)
{
    switch (s) {
    case AccountStatus::Active:
        return QStringLiteral("active");
    case AccountStatus::Suspended:
        return QStringLiteral("suspended");
    case AccountStatus::Closed:
        return QStringLiteral("closed");
    }
    Q_UNREACHABLE();
}

QString Domain::name(Utility u)
{
    switch (u) {
    case Utility::Electricity:
        return tr("Electricity");
    case Utility::Water:
        return tr("Water");
    case Utility::Gas:
        return tr("Gas");
    }
    Q_UNREACHABLE();
}

QString Domain::name(Carrier c)
{
    switch (c) {
    case Carrier::StsToken:
        return tr("STS keypad token");
    case Carrier::IcCard:
        return tr("IC card");
    case Carrier::Serial:
        return tr("Serial line");
    case Carrier::Remote:
        return tr("Remote");
    }
    Q_UNREACHABLE();
}

QString Domain::name(CustomerCategory c)
{
    switch (c) {
    case CustomerCategory::Residential:
        return tr("Residential");
    case CustomerCategory::Commercial:
        return tr("Commercial");
    case CustomerCategory::Institution:
        return tr("Institution");
    }
    Q_UNREACHABLE();
}

QString Domain::name(MeterStatus s)
{
    switch (s) {
    case MeterStatus::InStock:
        return tr("In stock");
    case MeterStatus::Installed:
        return tr("Installed", "meter status");
    case MeterStatus::Removed:
        return tr("Removed", "meter status");
    case MeterStatus::Faulty:
        return tr("Faulty");
    }
    Q_UNREACHABLE();
}

QString Domain::name(MeterEventKind k)
{
    switch (k) {
    case MeterEventKind::Install:
        return tr("Installed", "meter history event");
    case MeterEventKind::Replace:
        return tr("Replaced", "meter history event");
    case MeterEventKind::Remove:
        return tr("Removed", "meter history event");
    case MeterEventKind::Transfer:
        return tr("Transferred", "meter history event");
    }
    Q_UNREACHABLE();
}

QString Domain::name(RegionLevel l)
{
    switch (l) {
    case RegionLevel::City:
        return tr("City");
    case RegionLevel::District:
        return tr("District");
    case RegionLevel::Community:
        return tr("Community");
    case RegionLevel::Building:
        return tr("Building");
    }
    Q_UNREACHABLE();
}

QString Domain::name(Role r)
{
    switch (r) {
    case Role::Cashier:
        return tr("Cashier");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Engineer:
        return tr("Engineer");
    case Role::Auditor:
        return tr("Auditor");
    case Role::Admin:
        return tr("Administrator");
    }
    Q_UNREACHABLE();
}

QString Domain::name(AccountStatus s)
{
    switch (s) {
    case AccountStatus::Active:
        return tr("Active");
    case AccountStatus::Suspended:
        return tr("Suspended");
    case AccountStatus::Closed:
        return tr("Closed");
    }
    Q_UNREACHABLE();
}

QString Domain::unit(Utility u)
{
    return u == Utility::Electricity ? QStringLiteral("kWh") : QStringLiteral("m³");
}

} // namespace prepaydesk
