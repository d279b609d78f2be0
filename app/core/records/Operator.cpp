#include "records/Operator.h"

namespace prepaydesk {

Operator Operator::system()
{
    return Operator{1, QStringLiteral("system"), QStringLiteral("System"), Role::Admin};
}

bool Access::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewRecords:
        return true;
    case Permission::EditCustomers:
        return role == Role::Cashier || role == Role::Supervisor || role == Role::Admin;
    case Permission::ManageMeters:
        return role == Role::Engineer || role == Role::Supervisor || role == Role::Admin;
    case Permission::ImportRecords:
        return role == Role::Supervisor || role == Role::Admin;
    case Permission::ExportRecords:
        return role == Role::Supervisor || role == Role::Auditor || role == Role::Admin;
    case Permission::ManageOperators:
    case Permission::ManageTariffs:
        return role == Role::Admin;
    case Permission::Vend:
        return role == Role::Cashier || role == Role::Supervisor || role == Role::Admin;
    case Permission::ApproveReversal:
        return role == Role::Supervisor || role == Role::Admin;
    }
    return false;
}

Status Access::require(const Operator &actor, Permission permission)
{
    if (allows(actor.role, permission))
        return {};
    QString what;
    switch (permission) {
    case Permission::ViewRecords:
        what = tr("view records");
        break;
    case Permission::EditCustomers:
        what = tr("change customer records");
        break;
    case Permission::ManageMeters:
        what = tr("change meters");
        break;
    case Permission::ImportRecords:
        what = tr("import records");
        break;
    case Permission::ExportRecords:
        what = tr("export records");
        break;
    case Permission::ManageOperators:
        what = tr("manage operators");
        break;
    case Permission::ManageTariffs:
        what = tr("change tariffs");
        break;
    case Permission::Vend:
        what = tr("sell credit");
        break;
    case Permission::ApproveReversal:
        what = tr("approve reversals and cash differences");
        break;
    }
    return Error::make(
        Error::Code::Forbidden,
        tr("The role %1 may not %2; ask a supervisor or administrator.").arg(Domain::name(actor.role), what));
}

} // namespace prepaydesk
