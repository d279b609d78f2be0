// prepayctl demo generate: demo data for the console, the tests and the benchmarks.
#include "Ctl.h"

#include "demo/DemoGenerator.h"

#include <QElapsedTimer>

namespace prepaydesk::ctl {

int runDemo(Ctl &ctl)
{
    if (ctl.arguments().value(2) != QLatin1String("generate")) {
        ctl.err() << Ctl::tr("Usage: prepayctl demo generate --customers N --db FILE") << Qt::endl;
        return Ctl::Usage;
    }
    QCommandLineParser parser;
    ctl.setupParser(parser, Ctl::tr("Fill a new database with realistic demo customers, accounts, meters, tariffs and "
                                    "a year of monthly readings, and the demo operators admin/admin-demo and "
                                    "cashier/cashier-demo."));
    parser.addOption(
        {QStringLiteral("customers"), Ctl::tr("How many customers."), QStringLiteral("N"), QStringLiteral("3000")});
    parser.addOption({QStringLiteral("seed"), Ctl::tr("Random seed (same seed, same data)."), QStringLiteral("S"),
                      QStringLiteral("20261129")});
    parser.addOption({QStringLiteral("reading-months"), Ctl::tr("Monthly readings per meter (0 for none)."),
                      QStringLiteral("M"), QStringLiteral("12")});
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    DemoGenerator::Options options;
    bool ok1 = false, ok2 = false, ok3 = false;
    options.customers = parser.value(QStringLiteral("customers")).toInt(&ok1);
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok2);
    options.readingMonths = parser.value(QStringLiteral("reading-months")).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || options.readingMonths < 0 || options.readingMonths > 120)
        return ctl.fail(Ctl::tr("--customers, --seed and --reading-months take whole numbers."));
    auto db = ctl.openDatabase(parser, Database::Options{});
    if (!db)
        return Ctl::Failed;
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    auto progress = [&](qint64 done, qint64 total) {
        if (timer.elapsed() - lastReport > 2000 || done == total) {
            lastReport = timer.elapsed();
            ctl.err() << Ctl::tr("%1 of %2 customers").arg(done).arg(total) << Qt::endl;
        }
        return true;
    };
    if (Status s = DemoGenerator::generate(*db, options, progress); !s)
        return ctl.fail(s.error());
    ctl.out() << Ctl::tr("Generated %1 demo customers in %2 s.")
                     .arg(options.customers)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return Ctl::Ok;
}

} // namespace prepaydesk::ctl
