// prepayctl customers search|reindex, import customers, export customers.
#include "Ctl.h"

#include "io/CustomerCsv.h"
#include "search/CustomerSearch.h"
#include "search/SearchIndex.h"
#include "storage/Sql.h"

namespace prepaydesk::ctl {

namespace {

Database::Options readOnlyUse()
{
    // Reading alongside a running console: no console lock, no migration.
    Database::Options o;
    o.exclusive = false;
    o.migrate = false;
    o.create = false;
    o.quickCheck = false;
    return o;
}

Database::Options writingUse()
{
    Database::Options o;
    o.create = false;
    return o;
}

int search(Ctl &ctl)
{
    QCommandLineParser parser;
    ctl.setupParser(parser, Ctl::tr("Find customers as the Customers page does and print one per line: "
                                    "id, name, phone and account numbers, separated by tabs."));
    parser.addOption({QStringLiteral("limit"), Ctl::tr("At most N results (default 50)."), QStringLiteral("N"),
                      QStringLiteral("50")});
    parser.addPositionalArgument(QStringLiteral("query"), Ctl::tr("What the cashier would type."));
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return ctl.fail(Ctl::tr("Give exactly one query (quote it if it has spaces)."));
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000)
        return ctl.fail(Ctl::tr("--limit takes a number from 1 to 100000."));
    auto db = ctl.openDatabase(parser, readOnlyUse());
    if (!db)
        return Ctl::Failed;
    CustomerSearch search(*db);
    auto hits = search.search(parser.positionalArguments().first(), limit);
    if (!hits)
        return ctl.fail(hits.error());
    QList<qint64> ids;
    for (const auto &h : hits.value())
        ids << h.customerId;
    auto rows = search.rows(ids);
    if (!rows)
        return ctl.fail(rows.error());
    for (const CustomerSearch::Row &r : rows.value())
        ctl.out() << r.id << '\t' << r.name << '\t' << r.phone << '\t' << r.accountNos.join(u' ') << '\n';
    ctl.out().flush();
    return Ctl::Ok;
}

int reindex(Ctl &ctl)
{
    QCommandLineParser parser;
    ctl.setupParser(parser, Ctl::tr("Rebuild every customer's search keys from the records."));
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    auto db = ctl.openDatabase(parser, writingUse());
    if (!db)
        return Ctl::Failed;
    QSqlDatabase c = db->connection();
    Transaction t(*db);
    if (!t.isActive())
        return ctl.fail(t.error());
    if (Status s = SearchIndex::rebuildAll(c); !s)
        return ctl.fail(s.error());
    if (Status s = t.commit(); !s)
        return ctl.fail(s.error());
    ctl.out() << Ctl::tr("Search keys rebuilt.") << Qt::endl;
    return Ctl::Ok;
}

} // namespace

int runCustomers(Ctl &ctl)
{
    const QString sub = ctl.arguments().value(2);
    if (sub == QLatin1String("search"))
        return search(ctl);
    if (sub == QLatin1String("reindex"))
        return reindex(ctl);
    ctl.err() << Ctl::tr("Usage: prepayctl customers search|reindex ... (see --help)") << Qt::endl;
    return Ctl::Usage;
}

int runImport(Ctl &ctl)
{
    if (ctl.arguments().value(2) != QLatin1String("customers")) {
        ctl.err() << Ctl::tr("Usage: prepayctl import customers FILE.csv --db FILE") << Qt::endl;
        return Ctl::Usage;
    }
    QCommandLineParser parser;
    ctl.setupParser(parser, Ctl::tr("Import customers, accounts and meters from a CSV file (UTF-8 or GB18030; "
                                    "see docs/csv-format.md). Every line is checked; by default nothing is stored "
                                    "if any line is wrong. Errors are printed as line<TAB>column<TAB>reason."));
    parser.addOption({QStringLiteral("skip-bad-lines"), Ctl::tr("Store the good lines and skip the bad ones.")});
    parser.addOption({QStringLiteral("operator"), Ctl::tr("Record the change as this operator."), Ctl::tr("USER")});
    parser.addPositionalArgument(QStringLiteral("file"), Ctl::tr("The CSV file."));
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return ctl.fail(Ctl::tr("Name exactly one CSV file."));
    auto session = ctl.openAs(parser, writingUse());
    if (!session)
        return Ctl::Failed;
    const auto &db = session->db;
    const std::optional<Operator> actor = session->actor;
    CustomerCsv csv(*db, SystemClock::instance());
    const auto mode = parser.isSet(QStringLiteral("skip-bad-lines")) ? CustomerCsv::Mode::SkipBadLines
                                                                     : CustomerCsv::Mode::AllOrNothing;
    auto report = csv.importFile(*actor, parser.positionalArguments().first(), mode);
    if (!report)
        return ctl.fail(report.error());
    const CustomerCsv::Report &r = report.value();
    for (const CustomerCsv::LineError &e : r.errors)
        ctl.err() << e.line << '\t' << e.field << '\t' << e.reason << '\n';
    ctl.err().flush();
    ctl.out() << Ctl::tr("%1 lines read (%2), %3 customers, %4 accounts and %5 meters stored, %6 lines skipped.")
                     .arg(r.linesRead)
                     .arg(r.encoding == Csv::Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030"))
                     .arg(r.customersCreated)
                     .arg(r.accountsCreated)
                     .arg(r.metersCreated)
                     .arg(r.linesSkipped)
              << Qt::endl;
    if (!r.stored) {
        ctl.err() << Ctl::tr("Nothing was stored: %n error(s). Fix the lines above or use --skip-bad-lines.", nullptr,
                             int(r.errors.size()))
                  << Qt::endl;
        return Ctl::Failed;
    }
    return r.errors.isEmpty() ? Ctl::Ok : Ctl::Failed;
}

int runExport(Ctl &ctl)
{
    if (ctl.arguments().value(2) != QLatin1String("customers")) {
        ctl.err() << Ctl::tr("Usage: prepayctl export customers FILE.csv --db FILE") << Qt::endl;
        return Ctl::Usage;
    }
    QCommandLineParser parser;
    ctl.setupParser(parser, Ctl::tr("Export every customer with accounts and meters to a CSV file (UTF-8)."));
    parser.addOption({QStringLiteral("operator"), Ctl::tr("Record the export as this operator."), Ctl::tr("USER")});
    parser.addPositionalArgument(QStringLiteral("file"), Ctl::tr("The CSV file to write."));
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return ctl.fail(Ctl::tr("Name exactly one CSV file."));
    auto session = ctl.openAs(parser, readOnlyUse());
    if (!session)
        return Ctl::Failed;
    const auto &db = session->db;
    const std::optional<Operator> actor = session->actor;
    auto rows = CustomerCsv(*db, SystemClock::instance()).exportFile(*actor, parser.positionalArguments().first());
    if (!rows)
        return ctl.fail(rows.error());
    ctl.out() << Ctl::tr("%1 rows written.").arg(rows.value()) << Qt::endl;
    return Ctl::Ok;
}

} // namespace prepaydesk::ctl
