// prepayctl vend, ledger verify, shift open|close|report, tariff quote: selling credit from scripts.
#include "Ctl.h"
#include "VendSupport.h"

#include "card/CardReaders.h"
#include "vending/IcCardCarrier.h"

#include "plugin/PluginManager.h"
#include "records/OperatorService.h"
#include "security/KeyVault.h"
#include "tariff/TariffService.h"
#include "vending/Ledger.h"
#include "vending/ShiftService.h"
#include "vending/StsCarrier.h"
#include "vending/VendingService.h"

#include <QFile>
#include <QJsonArray>
#include <QThread>

namespace prepaydesk::ctl {

Database::Options writing()
{
    Database::Options o;
    o.create = false;
    return o;
}

void addOperatorOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("operator"), Ctl::tr("Act as this operator (default: the system operator)."), Ctl::tr("USER")});
}

void printVend(Ctl &ctl, const Vend &v)
{
    ctl.out() << "vend=" << v.id << '\n'
              << "state=" << VendText::code(v.state) << '\n'
              << "amount=" << v.amount.toString() << '\n'
              << "units=" << v.units.toString() << '\n'
              << "money_credit=" << v.moneyCredit.toString() << '\n'
              << "credit=" << v.creditCode << '\n'
              << "key=" << v.key << '\n';
    ctl.out().flush();
}

std::optional<QString> stdinLine()
{
    // One reader for every secret a command takes, so that a passphrase and a password on two
    // lines are each read once, in order.
    static QFile in;
    if (!in.isOpen() && !in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = in.readLine();
    if (line.isEmpty() && in.atEnd())
        return std::nullopt;
    const QString text = QString::fromUtf8(line).trimmed();
    line.fill('\0');
    return text;
}

void addVaultOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("unlock-vault"),
                      Ctl::tr("Unlock the key vault for STS meters and IC cards (the passphrase on the first line "
                              "of standard input).")});
    parser.addOption({QStringLiteral("reader"),
                      Ctl::tr("The card reader for IC-card meters (default: PREPAYDESK_CARD_READER, else the first "
                              "reader with a card)."),
                      Ctl::tr("NAME")});
}

std::unique_ptr<Carriers> carriersFor(Ctl &ctl, const QCommandLineParser &parser, Database &db)
{
    auto c = std::make_unique<Carriers>();
    c->vault = std::make_unique<KeyVault>(db, SystemClock::instance());
    if (parser.isSet(QStringLiteral("unlock-vault"))) {
        const std::optional<QString> passphrase = stdinLine();
        if (!passphrase) {
            ctl.err() << Ctl::tr("Standard input cannot be read.") << Qt::endl;
            return nullptr;
        }
        const Status unlocked = c->vault->unlock(*passphrase);
        if (!unlocked) {
            ctl.err() << unlocked.error().message << Qt::endl;
            return nullptr;
        }
    }
    c->plugins.scan();
    const QList<TokenGenerator *> generators = c->plugins.instances<TokenGenerator>();
    if (!generators.isEmpty())
        c->registry->add(Carrier::StsToken,
                         std::make_shared<StsCarrier>(db, *generators.first(), *c->vault, SystemClock::instance()));
    // IC-card meters: the card in the reader, with the card drivers and the card key of the vault.
    QList<const CardDriver *> drivers;
    for (CardDriver *d : c->plugins.instances<CardDriver>())
        drivers << d;
    const QString reader = parser.isSet(QStringLiteral("reader")) ? parser.value(QStringLiteral("reader"))
                                                                  : CardReaders::configuredReader();
    c->cards = std::make_unique<CardService>(db, SystemClock::instance(), *c->vault, drivers, c->cardFormat,
                                             [reader] { return CardReaders::connect(reader); });
    c->registry->add(Carrier::IcCard, std::make_shared<IcCardCarrier>(db, *c->cards));
    return c;
}

// The approver's password comes on standard input, never on the command line.
std::optional<Operator> approverFrom(Ctl &ctl, const QCommandLineParser &parser, Database &db)
{
    if (!parser.isSet(QStringLiteral("approver")))
        return std::nullopt;
    const QString password = stdinLine().value_or(QString());
    auto op =
        OperatorService(db, SystemClock::instance()).authenticate(parser.value(QStringLiteral("approver")), password);
    if (!op) {
        ctl.err() << op.error().message << Qt::endl;
        return std::nullopt;
    }
    return op.value();
}

namespace {

int vendSell(Ctl &ctl)
{
    QCommandLineParser parser;
    ctl.setupParser(parser, Ctl::tr("Sell credit to an account and print the vend: vend, state, amount, units, "
                                    "money_credit, credit and key, one name=value per line. Repeating a --key returns "
                                    "the same vend."));
    parser.addOption({QStringLiteral("account"), Ctl::tr("The account id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("amount"), Ctl::tr("The payment, e.g. 100.00."), QStringLiteral("AMOUNT")});
    parser.addOption(
        {QStringLiteral("units"), Ctl::tr("Sell this many kWh or m3 instead of an amount."), QStringLiteral("UNITS")});
    parser.addOption({QStringLiteral("method"), Ctl::tr("cash, card or qr (default cash)."), QStringLiteral("METHOD"),
                      QStringLiteral("cash")});
    parser.addOption({QStringLiteral("tendered"), Ctl::tr("Cash handed over (for change)."), QStringLiteral("AMOUNT")});
    parser.addOption(
        {QStringLiteral("reference"), Ctl::tr("Card or QR transaction reference."), QStringLiteral("REF")});
    parser.addOption(
        {QStringLiteral("key"), Ctl::tr("The sale's idempotency key (default: a new UUID)."), QStringLiteral("UUID")});
    addOperatorOption(parser);
    addVaultOption(parser);
    if (auto exit = ctl.parse(parser, 1))
        return *exit;
    bool ok = false;
    const qint64 account = parser.value(QStringLiteral("account")).toLongLong(&ok);
    if (!ok)
        return ctl.fail(Ctl::tr("Name the account with --account ID."));
    const auto method = VendText::parseMethod(parser.value(QStringLiteral("method")));
    if (!method)
        return ctl.fail(Ctl::tr("--method is cash, card or qr."));
    VendingService::Request request;
    request.accountId = account;
    request.key = parser.isSet(QStringLiteral("key")) ? parser.value(QStringLiteral("key")) : VendingService::newKey();
    auto session = ctl.openAs(parser, writing());
    if (!session)
        return Ctl::Failed;
    const auto &db = session->db;
    const std::optional<Operator> actor = session->actor;
    auto carriers = carriersFor(ctl, parser, *db);
    if (!carriers)
        return Ctl::Failed;
    VendingService vending(*db, SystemClock::instance(), carriers->registry);
    if (qEnvironmentVariableIsSet("PREPAYDESK_FAULT_PAUSE_MS")) {
        // Fault injection for the crash test: linger at each stage so that a kill lands there.
        const int pause = qEnvironmentVariableIntValue("PREPAYDESK_FAULT_PAUSE_MS");
        vending.setObserver([pause](VendingService::Stage, const Vend &) { QThread::msleep(pause); });
    }
    if (parser.isSet(QStringLiteral("units"))) {
        auto units = Quantity::parse(parser.value(QStringLiteral("units")));
        if (!units)
            return ctl.fail(units.error());
        request.units = units.value();
        // The payment is what the units cost.
        auto q = vending.quote(account, Money(), request.units);
        if (!q)
            return ctl.fail(q.error());
        request.amount = q->quote.paid;
    } else {
        auto amount = Money::parse(parser.value(QStringLiteral("amount")));
        if (!amount)
            return ctl.fail(amount.error());
        request.amount = amount.value();
    }
    PaymentDraft payment{*method, request.amount, Money(), parser.value(QStringLiteral("reference"))};
    if (parser.isSet(QStringLiteral("tendered"))) {
        auto tendered = Money::parse(parser.value(QStringLiteral("tendered")));
        if (!tendered)
            return ctl.fail(tendered.error());
        payment.tendered = tendered.value();
    }
    request.payments << payment;
    auto vend = vending.vend(*actor, request);
    if (!vend)
        return ctl.fail(vend.error());
    printVend(ctl, vend.value());
    return vend->state == VendState::Delivered ? Ctl::Ok : Ctl::Failed;
}

int vendManage(Ctl &ctl, const QString &sub)
{
    QCommandLineParser parser;
    ctl.setupParser(parser, Ctl::tr("pending: list pending vends (id, key, account, amount). finish ID: deliver a "
                                    "pending vend again. void ID: cancel a pending vend. reverse ID: undo a delivered "
                                    "vend with --approver (password on standard input) and --reason."));
    addOperatorOption(parser);
    parser.addOption({QStringLiteral("reason"), Ctl::tr("Why (void, reverse)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("approver"), Ctl::tr("The approving supervisor (reverse)."), Ctl::tr("USER")});
    parser.addOption({QStringLiteral("waive-debt"), Ctl::tr("Reverse without recording the customer's debt.")});
    parser.addPositionalArgument(QStringLiteral("id"), Ctl::tr("The vend id."));
    addVaultOption(parser);
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    auto session = ctl.openAs(parser, writing());
    if (!session)
        return Ctl::Failed;
    const auto &db = session->db;
    const std::optional<Operator> actor = session->actor;
    auto carriers = carriersFor(ctl, parser, *db);
    if (!carriers)
        return Ctl::Failed;
    VendingService vending(*db, SystemClock::instance(), carriers->registry);
    if (sub == QLatin1String("pending")) {
        auto list = vending.pending();
        if (!list)
            return ctl.fail(list.error());
        for (const Vend &v : list.value())
            ctl.out() << v.id << '\t' << v.key << '\t' << v.accountNo << '\t' << v.amount.toString() << '\n';
        ctl.out().flush();
        return Ctl::Ok;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        return ctl.fail(Ctl::tr("Give the vend id."));
    Result<Vend> done = Error::invalid(QString());
    if (sub == QLatin1String("finish")) {
        done = vending.finish(*actor, id);
    } else if (sub == QLatin1String("void")) {
        done = vending.voidPending(*actor, id, parser.value(QStringLiteral("reason")));
    } else {
        auto approver = approverFrom(ctl, parser, *db);
        if (!approver)
            return ctl.fail(Ctl::tr("A reversal needs --approver USER with the password on standard input."));
        done = vending.reverse(*actor, *approver, id, parser.value(QStringLiteral("reason")),
                               parser.isSet(QStringLiteral("waive-debt")));
    }
    if (!done)
        return ctl.fail(done.error());
    printVend(ctl, done.value());
    return Ctl::Ok;
}

} // namespace

int runVend(Ctl &ctl)
{
    const QString sub = ctl.arguments().value(2);
    if (sub == QLatin1String("pending") || sub == QLatin1String("finish") || sub == QLatin1String("void") ||
        sub == QLatin1String("reverse"))
        return vendManage(ctl, sub);
    return vendSell(ctl);
}

int runLedger(Ctl &ctl)
{
    if (ctl.arguments().value(2) != QLatin1String("verify")) {
        ctl.err() << Ctl::tr("Usage: prepayctl ledger verify --db FILE") << Qt::endl;
        return Ctl::Usage;
    }
    QCommandLineParser parser;
    ctl.setupParser(parser, Ctl::tr("Check that every ledger transaction balances, debits equal credits overall, and "
                                    "every payment belongs to exactly one vend. Exits 1 when anything is wrong."));
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    Database::Options o;
    o.create = false;
    o.exclusive = false;
    o.migrate = false;
    auto db = ctl.openDatabase(parser, o);
    if (!db)
        return Ctl::Failed;
    auto check = Ledger::verify(db->connection());
    if (!check)
        return ctl.fail(check.error());
    ctl.out() << "transactions=" << check->transactions << '\n'
              << "lines=" << check->lines << '\n'
              << "debit=" << check->totalDebit.toString() << '\n'
              << "credit=" << check->totalCredit.toString() << '\n';
    for (const QString &p : check->problems)
        ctl.out() << "problem=" << p << '\n';
    ctl.out() << "ok=" << (check->problems.isEmpty() ? "yes" : "no") << Qt::endl;
    return check->problems.isEmpty() ? Ctl::Ok : Ctl::Failed;
}

int runShift(Ctl &ctl)
{
    const QString sub = ctl.arguments().value(2);
    QCommandLineParser parser;
    ctl.setupParser(parser, Ctl::tr("open --float AMOUNT: open the operator's shift. close --count 10000=3,500=1 "
                                    "(fen=pieces) [--approver USER --note TEXT]: close it; a cash difference needs a "
                                    "supervisor (password on standard input). report [ID]: print the Z report."));
    addOperatorOption(parser);
    parser.addOption(
        {QStringLiteral("float"), Ctl::tr("The cash float."), QStringLiteral("AMOUNT"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("count"), Ctl::tr("Cash counted by denomination in fen: 10000=3,500=1."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("approver"), Ctl::tr("Supervisor approving a cash difference."), Ctl::tr("USER")});
    parser.addOption({QStringLiteral("note"), Ctl::tr("Why the cash differs."), QStringLiteral("TEXT")});
    parser.addPositionalArgument(QStringLiteral("id"), Ctl::tr("report: the shift id (default: the latest)."));
    if (sub != QLatin1String("open") && sub != QLatin1String("close") && sub != QLatin1String("report")) {
        ctl.err() << Ctl::tr("Usage: prepayctl shift open|close|report ... (see --help)") << Qt::endl;
        return Ctl::Usage;
    }
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    auto session = ctl.openAs(parser, writing());
    if (!session)
        return Ctl::Failed;
    const auto &db = session->db;
    const std::optional<Operator> actor = session->actor;
    ShiftService shifts(*db, SystemClock::instance());
    if (sub == QLatin1String("open")) {
        auto f = Money::parse(parser.value(QStringLiteral("float")));
        if (!f)
            return ctl.fail(f.error());
        auto s = shifts.open(*actor, f.value());
        if (!s)
            return ctl.fail(s.error());
        ctl.out() << "shift=" << s->id << Qt::endl;
        return Ctl::Ok;
    }
    if (sub == QLatin1String("close")) {
        QMap<qint64, int> counts;
        for (const QString &part : parser.value(QStringLiteral("count")).split(u',', Qt::SkipEmptyParts)) {
            const QStringList kv = part.split(u'=');
            bool ok1 = false, ok2 = false;
            const qint64 denomination = kv.value(0).toLongLong(&ok1);
            const int pieces = kv.value(1).toInt(&ok2);
            if (kv.size() != 2 || !ok1 || !ok2)
                return ctl.fail(Ctl::tr("--count is a list like 10000=3,500=1 (denomination in fen = pieces)."));
            counts[denomination] += pieces;
        }
        auto s = shifts.close(*actor, counts, approverFrom(ctl, parser, *db), parser.value(QStringLiteral("note")));
        if (!s)
            return ctl.fail(s.error());
        ctl.out() << "shift=" << s->id << '\n'
                  << "expected=" << s->expectedCash.toString() << '\n'
                  << "counted=" << s->countedCash.toString() << Qt::endl;
        return Ctl::Ok;
    }
    qint64 id = parser.positionalArguments().value(0).toLongLong();
    if (id == 0) {
        auto recent = shifts.recent(1);
        if (!recent || recent->isEmpty())
            return ctl.fail(Ctl::tr("There is no shift yet."));
        id = recent->first().id;
    }
    auto z = shifts.zReport(id);
    if (!z)
        return ctl.fail(z.error());
    ctl.out() << z->text(QLocale()) << Qt::flush;
    return Ctl::Ok;
}

int runTariff(Ctl &ctl)
{
    if (ctl.arguments().value(2) != QLatin1String("quote")) {
        ctl.err() << Ctl::tr("Usage: prepayctl tariff quote --account ID --amount 100.00 --db FILE") << Qt::endl;
        return Ctl::Usage;
    }
    QCommandLineParser parser;
    ctl.setupParser(parser,
                    Ctl::tr("Print the block-by-block breakdown of a sale to the account now, without selling."));
    parser.addOption({QStringLiteral("account"), Ctl::tr("The account id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("amount"), Ctl::tr("The payment, e.g. 100.00."), QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("units"), Ctl::tr("Quote for this many units instead."), QStringLiteral("UNITS")});
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    bool ok = false;
    const qint64 account = parser.value(QStringLiteral("account")).toLongLong(&ok);
    if (!ok)
        return ctl.fail(Ctl::tr("Name the account with --account ID."));
    Money amount;
    std::optional<Quantity> units;
    if (parser.isSet(QStringLiteral("units"))) {
        auto u = Quantity::parse(parser.value(QStringLiteral("units")));
        if (!u)
            return ctl.fail(u.error());
        units = u.value();
    } else {
        auto a = Money::parse(parser.value(QStringLiteral("amount")));
        if (!a)
            return ctl.fail(a.error());
        amount = a.value();
    }
    Database::Options o;
    o.create = false;
    o.exclusive = false;
    o.migrate = false;
    o.quickCheck = false;
    auto db = ctl.openDatabase(parser, o);
    if (!db)
        return Ctl::Failed;
    auto q = TariffService(*db, SystemClock::instance())
                 .quoteForAccount(account, amount, units, QDateTime::currentDateTimeUtc());
    if (!q)
        return ctl.fail(q.error());
    const QJsonObject json = TariffService::quoteJson(q.value());
    ctl.out() << "account=" << q->accountNo << '\n' << "tariff=" << q->tariff.code << '\n';
    for (const char *key : {"effective_from", "meter_kind", "paid", "fixed_charges", "debt_recovered", "energy", "tax",
                            "units", "free_units", "money_credit", "cycle_units_before", "cycle_units_after"})
        ctl.out() << key << '=' << json.value(QLatin1String(key)).toVariant().toString() << '\n';
    for (const QJsonValue &v : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = v.toObject();
        ctl.out() << "line=" << line.value(QStringLiteral("kind")).toString();
        if (line.contains(QStringLiteral("block")))
            ctl.out() << " block=" << line.value(QStringLiteral("block")).toInt() + 1
                      << " price=" << line.value(QStringLiteral("price")).toString();
        if (line.contains(QStringLiteral("units")))
            ctl.out() << " units=" << line.value(QStringLiteral("units")).toString();
        ctl.out() << " amount=" << line.value(QStringLiteral("amount")).toString() << '\n';
    }
    ctl.out().flush();
    return Ctl::Ok;
}

} // namespace prepaydesk::ctl
