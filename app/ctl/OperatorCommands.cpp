// prepayctl operators add|list.
#include "Ctl.h"

#include "records/OperatorService.h"

#include <QFile>

namespace prepaydesk::ctl {

int runOperators(Ctl &ctl)
{
    const QString sub = ctl.arguments().value(2);
    QCommandLineParser parser;
    if (sub == QLatin1String("list")) {
        ctl.setupParser(parser, Ctl::tr("List the operators: user name, role, name."));
        if (auto exit = ctl.parse(parser, 2))
            return *exit;
        Database::Options o;
        o.exclusive = false;
        o.create = false;
        auto db = ctl.openDatabase(parser, o);
        if (!db)
            return Ctl::Failed;
        auto all = OperatorService(*db, SystemClock::instance()).all();
        if (!all)
            return ctl.fail(all.error());
        for (const Operator &op : all.value())
            ctl.out() << op.username << '\t' << Domain::code(op.role) << '\t' << op.displayName << '\n';
        ctl.out().flush();
        return Ctl::Ok;
    }
    if (sub != QLatin1String("add")) {
        ctl.err() << Ctl::tr("Usage: prepayctl operators add|list ... (see --help)") << Qt::endl;
        return Ctl::Usage;
    }
    ctl.setupParser(parser, Ctl::tr("Add an operator. The password is read from the first line of standard input, "
                                    "so that it never appears in the process list. The first operator of a new "
                                    "database must be an admin."));
    parser.addOption({QStringLiteral("username"), Ctl::tr("Login name."), QStringLiteral("U")});
    parser.addOption({QStringLiteral("name"), Ctl::tr("Name shown on screen and receipts."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("role"), Ctl::tr("cashier, supervisor, engineer, auditor or admin."), QStringLiteral("ROLE")});
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    const auto role = Domain::parse<Role>(parser.value(QStringLiteral("role")));
    if (!role)
        return ctl.fail(Ctl::tr("--role is one of: %1.").arg(Domain::codeList<Role>()));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctl.fail(Ctl::tr("Standard input cannot be read."));
    const QString password = QString::fromUtf8(in.readLine()).trimmed();
    auto db = ctl.openDatabase(parser, Database::Options{});
    if (!db)
        return Ctl::Failed;
    auto added = OperatorService(*db, SystemClock::instance())
                     .add(Operator::system(), parser.value(QStringLiteral("username")),
                          parser.value(QStringLiteral("name")), *role, password);
    if (!added)
        return ctl.fail(added.error());
    ctl.out() << Ctl::tr("Operator %1 added.").arg(added->username) << Qt::endl;
    return Ctl::Ok;
}

} // namespace prepaydesk::ctl
