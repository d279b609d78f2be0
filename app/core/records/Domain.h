#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace prepaydesk {

// The enumerations of the domain, each with a stable code (stored in the database, written
// in CSV files and on the command line) and a translated name for screens.

enum class Utility
{
    Electricity,
    Water,
    Gas
};
enum class Carrier
{
    StsToken,
    IcCard,
    Serial,
    Remote
};
enum class CustomerCategory
{
    Residential,
    Commercial,
    Institution
};
enum class MeterStatus
{
    InStock,
    Installed,
    Removed,
    Faulty
};
enum class MeterEventKind
{
    Install,
    Replace,
    Remove,
    Transfer
};
enum class RegionLevel
{
    City = 1,
    District = 2,
    Community = 3,
    Building = 4
};
enum class Role
{
    Cashier,
    Supervisor,
    Engineer,
    Auditor,
    Admin
};
enum class AccountStatus
{
    Active,
    Suspended,
    Closed
};

class Domain
{
    Q_DECLARE_TR_FUNCTIONS(Domain)
public:
    static QString code(Utility u);
    static QString code(Carrier c);
    static QString code(CustomerCategory c);
    static QString code(MeterStatus s);
    static QString code(MeterEventKind k);
    static QString code(RegionLevel l);
    static QString code(Role r);
    static QString code(AccountStatus s);

    static QString name(Utility u);
    static QString name(Carrier c);
    static QString name(CustomerCategory c);
    static QString name(MeterStatus s);
    static QString name(MeterEventKind k);
    static QString name(RegionLevel l);
    static QString name(Role r);
    static QString name(AccountStatus s);

    // The unit a utility is sold in: "kWh" or "m³".
    static QString unit(Utility u);

    // Parse a code (case-insensitive). Empty optional when unknown.
    template<typename E>
    static std::optional<E> parse(const QString &code)
    {
        for (E e : all<E>()) {
            if (code.compare(Domain::code(e), Qt::CaseInsensitive) == 0)
                return e;
        }
        return std::nullopt;
    }

    template<typename E>
    static QList<E> all();

    // "electricity, water, gas": the codes a field accepts, for error messages.
    template<typename E>
    static QString codeList()
    {
        QStringList codes;
        for (E e : all<E>())
            codes << Domain::code(e);
        return codes.join(QStringLiteral(", "));
    }
};

template<>
inline QList<Utility> Domain::all<Utility>()
{
    return {Utility::Electricity, Utility::Water, Utility::Gas};
}
template<>
inline QList<Carrier> Domain::all<Carrier>()
{
    return {Carrier::StsToken, Carrier::IcCard, Carrier::Serial, Carrier::Remote};
}
template<>
inline QList<CustomerCategory> Domain::all<CustomerCategory>()
{
    return {CustomerCategory::Residential, CustomerCategory::Commercial, CustomerCategory::Institution};
}
template<>
inline QList<MeterStatus> Domain::all<MeterStatus>()
{
    return {MeterStatus::InStock, MeterStatus::Installed, MeterStatus::Removed, MeterStatus::Faulty};
}
template<>
inline QList<MeterEventKind> Domain::all<MeterEventKind>()
{
    return {MeterEventKind::Install, MeterEventKind::Replace, MeterEventKind::Remove, MeterEventKind::Transfer};
}
template<>
inline QList<RegionLevel> Domain::all<RegionLevel>()
{
    return {RegionLevel::City, RegionLevel::District, RegionLevel::Community, RegionLevel::Building};
}
template<>
inline QList<Role> Domain::all<Role>()
{
    return {Role::Cashier, Role::Supervisor, Role::Engineer, Role::Auditor, Role::Admin};
}
template<>
inline QList<AccountStatus> Domain::all<AccountStatus>()
{
    return {AccountStatus::Active, AccountStatus::Suspended, AccountStatus::Closed};
}

} // namespace prepaydesk
