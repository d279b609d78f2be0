#pragma once

#include "records/Domain.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace prepaydesk {

// Who is acting. Every service call that changes something takes the operator, so that the
// change records who made it and the role is checked in core, not only by hiding buttons.
struct Operator
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Cashier;

    // The built-in operator (id 1) that scripts and migrations act as.
    static Operator system();
};

enum class Permission
{
    ViewRecords,     // look customers up, see history
    EditCustomers,   // create and edit customers and their accounts
    ManageMeters,    // register, install, replace, remove, transfer meters
    ImportRecords,   // bulk import from CSV
    ExportRecords,   // export to CSV
    ManageOperators, // add operators, reset passwords
    ManageTariffs,   // create tariffs and add price versions
    Vend,            // sell credit, open and close a shift
    ApproveReversal, // approve reversals, refunds, cash differences (a second login)
};

class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)
public:
    static bool allows(Role role, Permission permission);
    // Forbidden error naming the operator's role when the permission is missing.
    static Status require(const Operator &actor, Permission permission);
};

} // namespace prepaydesk
