// prepayctl: everything a button can do, for scripts and checks, without a window.
#include "Ctl.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

using namespace prepaydesk::ctl;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "prepayctl", "Usage: prepayctl <command> [options]\n"
                     "\n"
                     "Commands:\n"
                     "  customers search QUERY --db FILE [--limit N]   find customers (id, name, phone, accounts)\n"
                     "  customers reindex --db FILE                    rebuild the search keys\n"
                     "  import customers FILE.csv --db FILE [--skip-bad-lines] [--operator USER]\n"
                     "  export customers FILE.csv --db FILE [--operator USER]\n"
                     "  demo generate --customers N --db FILE [--seed S] [--reading-months M]\n"
                     "  operators add --username U --name NAME --role ROLE --db FILE   (password on stdin)\n"
                     "  operators list --db FILE\n"
                     "  tariff quote --account ID --amount 100.00 --db FILE   the block-by-block breakdown\n"
                     "  shift open --float 500.00 | close --count 10000=3,... | report [ID]   (--db, --operator)\n"
                     "  vend --account ID --amount 100.00 --method cash [--key UUID] --db FILE\n"
                     "  vend pending | finish ID | void ID | reverse ID --approver USER --reason TEXT\n"
                     "  ledger verify --db FILE                        every transaction balances; exit 1 if not\n"
                     "  bench search --db FILE [--queries N]           search latency against bare SQLite\n"
                     "  bench tariff [--quotes N]                      tariff quotes per second\n"
                     "  bench vend --db FILE [--vends N]               vends per second against bare SQLite\n"
                     "  bench sts [--tokens N]                         STS tokens per second against OpenSSL\n"
                     "  sts credit|decoder-key|decode|... (see prepayctl sts --help)   STS tokens (IEC 62055-41)\n"
                     "  meter read|items|relay|valve|time|recharge --port PORT --protocol dlt645|cjt188|modbus\n"
                     "                                                 meters on a serial line (meter --help)\n"
                     "  card readers|read|issue|topup|reissue          IC cards in a PC/SC reader (card --help)\n"
                     "\n"
                     "Every command takes --help. Exit status: 0 done, 1 failed, 2 wrong usage; meter also\n"
                     "3 no link or no reply, 4 the meter refused, 5 recharge not confirmed; card 3 no reader or card,\n"
                     "4 the card cannot be used.\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prepayctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PREPAYDESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("PrepayDesk"));

    // Scripts read stdout and stderr: only warnings unless QT_LOGGING_RULES asks for more.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("prepaydesk.*.info=false"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("prepaydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/prepaydesk_en.qm")))
        QCoreApplication::installTranslator(&translator);

    Ctl ctl(QCoreApplication::arguments());
    const QStringList args = ctl.arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("customers"))
        return runCustomers(ctl);
    if (command == QLatin1String("import"))
        return runImport(ctl);
    if (command == QLatin1String("export"))
        return runExport(ctl);
    if (command == QLatin1String("demo"))
        return runDemo(ctl);
    if (command == QLatin1String("operators"))
        return runOperators(ctl);
    if (command == QLatin1String("bench"))
        return runBench(ctl);
    if (command == QLatin1String("vend"))
        return runVend(ctl);
    if (command == QLatin1String("ledger"))
        return runLedger(ctl);
    if (command == QLatin1String("shift"))
        return runShift(ctl);
    if (command == QLatin1String("tariff"))
        return runTariff(ctl);
    if (command == QLatin1String("sts"))
        return runSts(ctl);
    if (command == QLatin1String("meter"))
        return runMeter(ctl);
    if (command == QLatin1String("card"))
        return runCard(ctl);
    if (command == QLatin1String("--version")) {
        ctl.out() << "prepayctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ctl::Ok;
    }
    const bool help = command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
                      command == QLatin1String("help");
    (help ? ctl.out() : ctl.err()) << usage() << Qt::flush;
    if (!help)
        ctl.err() << QCoreApplication::translate("prepayctl", "Unknown command: %1").arg(command) << Qt::endl;
    return help ? Ctl::Ok : Ctl::Usage;
}
