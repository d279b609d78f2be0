#include "vending/SerialMeterCarrier.h"

#include "meter/Exchange.h"
#include "meter/MeterLink.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSerialCarrier, "prepaydesk.vending.serial")

namespace prepaydesk {

namespace {

// What each protocol's purchase counter holds on the wire.
// DL/T 645-2007 purchase count, DI 03330201, format NNNN (plugins/dlt645/Dlt645.h, Table A.4).
constexpr int Dlt645CountModulus = 10000;
// CJ/T 188 purchase sequence, one BCD byte in A013 (plugins/cjt188/Cjt188.h [S6]).
constexpr int Cjt188CountModulus = 100;
// Largest amount in each protocol's purchase field: DL/T 645 through the software module 4 bytes
// (the vendor's module may take less: it says so when sealing); CJ/T 188 XXXXXX.XX yuan.
constexpr qint64 Cjt188MaxAmount = 99'999'999;

int modulusOf(const QString &protocol)
{
    return protocol == QLatin1String("cjt188") ? Cjt188CountModulus : Dlt645CountModulus;
}

qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

const MeterValue *valueNamed(const MeterReply &reply, const QString &name)
{
    for (const MeterValue &v : reply.values) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

// A decoded number in hundredths of its unit (yuan -> fen, kWh -> 0.01 kWh); further decimals cut.
std::optional<qint64> hundredths(const MeterValue *v)
{
    if (!v || !v->numeric)
        return std::nullopt;
    if (v->decimals <= 2)
        return v->number * pow10(2 - v->decimals);
    return v->number / pow10(v->decimals - 2);
}

QString decimal(qint64 hundredths)
{
    const qint64 a = hundredths < 0 ? -hundredths : hundredths;
    return QStringLiteral("%1%2.%3")
        .arg(hundredths < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

// The operator code C0..C3 that DL/T 645 purchases carry: the operator's number as eight BCD
// digits, lowest byte first (how the protocol carries numbers).
QByteArray operatorCode(qint64 operatorId)
{
    qint64 n = operatorId % 100'000'000;
    QByteArray out;
    for (int i = 0; i < 4; ++i) {
        const int two = static_cast<int>(n % 100);
        out.append(static_cast<char>((two / 10) << 4 | two % 10));
        n /= 100;
    }
    return out;
}

// 16 digits from the sale's key: with the purchase count in front, the credit code of the vend,
// the same on every reprint and different for every sale (the ledger check wants codes unique).
QString keyDigits(const QString &key)
{
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    QString out;
    for (int i = 0; out.size() < 16; ++i)
        out += QChar(u'0' + static_cast<unsigned char>(digest[i]) % 10);
    return out;
}

} // namespace

// The meter a vend is for, and how to reach it.
struct SerialMeterCarrier::MeterInfo
{
    qint64 id = 0;
    QString serial;
    QString protocol;
    QString address; // the protocol's address digits
    Utility utility = Utility::Electricity;
    QString customer; // customer number digits (DL/T 645 purchases carry it), may be empty
    const MeterProtocol *driver = nullptr;
    MeterPorts::Route route;

    int modulus() const { return modulusOf(protocol); }
    MeterTarget target(int sequence) const
    {
        MeterTarget t;
        t.address = address;
        // CJ/T 188 meter type T (plugins/cjt188/Cjt188.h [S2]): 10H cold water, 30H gas.
        t.meterType = utility == Utility::Gas ? 0x30 : 0x10;
        t.sequence = sequence;
        return t;
    }
};

// What the meter shows: its purchase count (as on the wire) and its balance less any
// overdraft, in hundredths of its credit unit.
struct SerialMeterCarrier::Reading
{
    int count = 0;
    qint64 net = 0;
    // CJ/T 188 also tells the amount of its last purchase (8105); DL/T 645 has no such item here.
    std::optional<qint64> lastAmount;
};

SerialMeterCarrier::SerialMeterCarrier(Database &db, QHash<QString, const MeterProtocol *> protocols, MeterPorts ports,
                                       const SecurityModule *security)
    : m_db(db)
    , m_protocols(std::move(protocols))
    , m_ports(std::move(ports))
    , m_security(security)
    , m_link(std::make_unique<MeterLink>())
{}

SerialMeterCarrier::~SerialMeterCarrier() = default;

LinkTiming SerialMeterCarrier::prepareTiming()
{
    // A read and its reply take about 0.2 s at 2400 bps; one second is ample for a meter that is
    // there, and a second try covers one damaged reply. A meter that does not answer thus holds
    // the sale's write transaction about two seconds, well inside the 5 s other connections wait
    // for the database (QSQLITE_BUSY_TIMEOUT in storage/Database.cpp).
    LinkTiming t;
    t.responseTimeoutMs = 1000;
    t.tries = 2;
    return t;
}

std::optional<int> SerialMeterCarrier::purchaseCountOf(const QString &creditCode)
{
    if (creditCode.size() != 20)
        return std::nullopt;
    for (const QChar c : creditCode) {
        if (!c.isDigit())
            return std::nullopt;
    }
    return creditCode.left(4).toInt();
}

QString SerialMeterCarrier::deliveryProblem(qint64 vendId) const
{
    const std::optional<Error> why = problem(vendId);
    return why ? why->message : QString();
}

std::optional<Error> SerialMeterCarrier::problem(qint64 vendId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_problems.constFind(vendId);
    if (it == m_problems.cend())
        return std::nullopt;
    return *it;
}

Error SerialMeterCarrier::remember(qint64 vendId, const Error &why)
{
    qCWarning(lcSerialCarrier) << "vend" << vendId << why.message;
    m_problems.insert(vendId, why);
    return why;
}

Result<CreditCarrier::Outcome> SerialMeterCarrier::problemOutcome(qint64 vendId, Outcome outcome, const Error &why)
{
    remember(vendId, why);
    return outcome;
}

Result<SerialMeterCarrier::MeterInfo> SerialMeterCarrier::loadMeter(const Vend &vend) const
{
    if (!vend.meterId)
        return Error::invalid(tr("The sale has no meter to load the credit into."));
    auto q = Sql::exec(m_db.connection(),
                       QStringLiteral("SELECT m.serial, m.protocol, m.utility, c.customer_no FROM meters m "
                                      "LEFT JOIN customers c ON c.id = ? WHERE m.id = ?"),
                       {vend.customerId, *vend.meterId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, tr("The sale's meter is not in the database."));
    MeterInfo m;
    m.id = *vend.meterId;
    m.serial = q.value().value(0).toString();
    m.protocol = q.value().value(1).toString();
    m.utility = Domain::parse<Utility>(q.value().value(2).toString()).value_or(Utility::Electricity);
    for (const QChar c : q.value().value(3).toString()) {
        if (c.isDigit())
            m.customer += c;
    }
    if (m.customer.size() > 12) // DL/T 645 carries twelve digits; a longer number is not bound
        m.customer.clear();

    if (m.protocol == QLatin1String("modbus"))
        return Error::invalid(tr("Meter %1 speaks Modbus, and credit cannot be loaded into Modbus meters at the "
                                 "counter: their credit register carries no purchase count, so a purchase whose "
                                 "answer was lost could be loaded twice. Sell this meter's credit another way.")
                                  .arg(m.serial),
                              QStringLiteral("protocol"));
    if (m.protocol != QLatin1String("dlt645") && m.protocol != QLatin1String("cjt188"))
        return Error::invalid(tr("Meter %1 has the protocol \"%2\"; credit is loaded at the counter into DL/T 645 "
                                 "and CJ/T 188 meters only. Correct the meter's protocol.")
                                  .arg(m.serial, m.protocol),
                              QStringLiteral("protocol"));
    m.driver = m_protocols.value(m.protocol);
    if (!m.driver)
        return Error::invalid(tr("The %1 meter driver is not loaded (Settings, Plugins): credit cannot be loaded into "
                                 "meter %2.")
                                  .arg(m.protocol, m.serial),
                              QStringLiteral("protocol"));
    m.address = MeterPorts::addressOf(m.protocol, m.serial);
    if (m.address.isEmpty())
        return Error::invalid(tr("The number of meter %1 is not a %2 meter address.").arg(m.serial, m.protocol),
                              QStringLiteral("serial"));
    auto route = m_ports.route(m.protocol, m.address);
    if (!route)
        return route.error();
    m.route = route.value();
    if (m.protocol == QLatin1String("dlt645")) {
        if (!m_security)
            return Error::make(Error::Code::Forbidden,
                               tr("DL/T 645 meters take purchases sealed by the vendor's security module (ESAM/PSAM), "
                                  "and this console has none: credit cannot be loaded into meter %1.")
                                   .arg(m.serial));
        if (!m_security->forRealMeters() && !m.route.simulator)
            return Error::make(Error::Code::Forbidden,
                               tr("This console's security module (%1) is a stand-in for the meter simulator and "
                                  "tests, never for real meters, and meter %2 is on %3, not on the simulator. Install "
                                  "the vendor's security module to load credit into it.")
                                   .arg(m_security->name(), m.serial, m.route.device));
    }
    return m;
}

Result<qint64> SerialMeterCarrier::amountOf(const Vend &vend) const
{
    // Money meters take fen; unit meters hundredths of a kWh or m³ (the 10-milli-unit step that
    // prepaid meters in unit mode count purchases in), rounded down: never more than was sold.
    const qint64 amount = vend.moneyCredit.isZero() ? vend.units.milli() / 10 : vend.moneyCredit.minor();
    if (amount <= 0)
        return Error::invalid(tr("The sale is too small to load into a meter: at least 0.01 is loaded."));
    return amount;
}

Result<MeterRequest> SerialMeterCarrier::purchaseRequest(const MeterInfo &meter, const Vend &vend, int count,
                                                         qint64 amount) const
{
    MeterRequest r;
    r.command = MeterCommand::Recharge;
    r.purchase.meterAddress = meter.address;
    r.purchase.amountMinor = amount;
    r.purchase.purchaseCount = static_cast<quint32>(count);
    r.purchase.customer = meter.customer;
    if (meter.protocol == QLatin1String("dlt645")) {
        r.operatorCode = operatorCode(vend.operatorId);
        r.security = m_security;
    } else if (amount > Cjt188MaxAmount) {
        return Error::invalid(tr("A CJ/T 188 meter takes at most 999999.99 in one purchase."),
                              QStringLiteral("amount"));
    }
    // Built once here so that what the meter would refuse to carry (amount, customer number,
    // the security module's own limits) stops the sale before anything is recorded or sent.
    if (auto bytes = meter.driver->request(meter.target(0), r); !bytes)
        return bytes.error();
    return r;
}

Error SerialMeterCarrier::linkError(const MeterInfo &meter, const Error &error) const
{
    const QString where = meter.route.device;
    if (error.field == linkerror::Timeout)
        return Error::make(Error::Code::Io, tr("Meter %1 does not answer on %2: check that it is connected to the "
                                               "counter's line and has power.")
                                                .arg(meter.serial, where));
    if (error.field == linkerror::NotFound)
        return Error::make(Error::Code::Io, tr("The port %1 for meter %2 is not there: check the adapter or the "
                                               "simulator.")
                                                .arg(where, meter.serial));
    return Error::make(Error::Code::Io, tr("Meter %1 on %2: %3").arg(meter.serial, where, error.message));
}

Status SerialMeterCarrier::openLink(const MeterInfo &meter)
{
    Status opened = m_link->open(meter.route.endpoint).result();
    if (!opened)
        return linkError(meter, opened.error());
    return {};
}

void SerialMeterCarrier::closeLink()
{
    // The port is given back after every conversation: the engineer workbench may want it.
    m_link->close().result().ok();
}

Result<MeterReply> SerialMeterCarrier::transact(const MeterInfo &meter, const MeterRequest &request,
                                                const std::optional<LinkTiming> &timing)
{
    m_frameSequence = (m_frameSequence + 1) % 256;
    auto exchange = MeterExchange::build(*meter.driver, meter.target(m_frameSequence), request);
    if (!exchange)
        return exchange.error();
    MeterExchange e = std::move(exchange).value();
    e.timing = timing;
    auto reply = m_link->transact(e).result();
    if (!reply)
        return linkError(meter, reply.error());
    return reply;
}

Result<SerialMeterCarrier::Reading> SerialMeterCarrier::read(const MeterInfo &meter, bool money, bool full,
                                                             const std::optional<LinkTiming> &timing)
{
    // A refusal by the meter (as against no answer) is marked with the field "refused".
    const auto readItem = [&](const QString &item) -> Result<MeterReply> {
        MeterRequest r;
        r.command = MeterCommand::Read;
        r.item = item;
        auto reply = transact(meter, r, timing);
        if (!reply)
            return reply;
        if (reply->error)
            return Error{Error::Code::Io,
                         tr("Meter %1 did not give its %2: %3")
                             .arg(meter.serial, meter.driver->itemLabel(item), reply->errorText),
                         QStringLiteral("refused")};
        return reply;
    };
    const auto number = [&](const MeterReply &reply, const QString &name) -> Result<qint64> {
        const auto n = hundredths(valueNamed(reply, name));
        if (!n)
            return Error::make(
                Error::Code::Io,
                tr("Meter %1 answered without its %2.").arg(meter.serial, meter.driver->itemLabel(name)));
        return *n;
    };

    Reading out;
    if (meter.protocol == QLatin1String("cjt188")) {
        // 8105 gives the purchase sequence and the remaining money in one reply [Cjt188.h S3].
        auto reply = readItem(QStringLiteral("purchase_data"));
        if (!reply)
            return reply.error();
        auto sequence = number(*reply, QStringLiteral("purchase.sequence"));
        auto remaining = number(*reply, QStringLiteral("money.remaining"));
        if (!sequence)
            return sequence.error();
        if (!remaining)
            return remaining.error();
        out.count = static_cast<int>(sequence.value() / 100);
        out.net = remaining.value();
        if (auto last = number(*reply, QStringLiteral("purchase.last")))
            out.lastAmount = last.value();
        return out;
    }

    // DL/T 645-2007: purchase count 03330201, remaining money 00900200 or energy 00900100, and
    // overdraft 00900201 / 00900101 (a recharge pays the overdraft first).
    auto count = readItem(QStringLiteral("prepaid.purchase_count"));
    if (!count)
        return count.error();
    auto n = number(*count, QStringLiteral("prepaid.purchase_count"));
    if (!n)
        return n.error();
    out.count = static_cast<int>(n.value() / 100);
    const QString balanceItem =
        money ? QStringLiteral("prepaid.remaining_money") : QStringLiteral("prepaid.remaining_energy");
    auto balance = readItem(balanceItem);
    if (!balance) {
        if (balance.error().field == QLatin1String("refused"))
            return Error::make(Error::Code::Io,
                               (money ? tr("%1 The tariff loads money: is the meter set to count money?")
                                      : tr("%1 The tariff loads units: is the meter set to count units?"))
                                   .arg(balance.error().message));
        return balance.error();
    }
    auto b = number(*balance, balanceItem);
    if (!b)
        return b.error();
    out.net = b.value();
    if (full) {
        const QString overdraftItem =
            money ? QStringLiteral("prepaid.overdraft_money") : QStringLiteral("prepaid.overdraft_energy");
        auto overdraft = readItem(overdraftItem);
        if (!overdraft)
            return overdraft.error();
        auto o = number(*overdraft, overdraftItem);
        if (!o)
            return o.error();
        out.net -= o.value();
    }
    return out;
}

std::optional<Error> SerialMeterCarrier::notThisSale(const MeterInfo &meter, const Reading &reading, int count,
                                                     qint64 amount) const
{
    // The count says purchase N is in the meter; where the meter also tells the amount of its
    // last purchase, it must be this sale's (a purchase from elsewhere may have taken count N).
    if (!reading.lastAmount || *reading.lastAmount == amount)
        return std::nullopt;
    return Error::make(Error::Code::Conflict,
                       tr("Meter %1 has its purchase %2, but of %3, not of this sale's %4: it may be another sale's. "
                          "The sale stays pending until an engineer has read the meter.")
                           .arg(meter.serial)
                           .arg(count)
                           .arg(decimal(*reading.lastAmount), decimal(amount)));
}

Status SerialMeterCarrier::recordCount(const MeterInfo &meter, int count)
{
    // The console's copy of the meter's counter (DESIGN: anti-replay counters are tracked per
    // meter): the full count, unwrapped from the wire's modulus, never going back.
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto current = Sql::scalar(m_db, QStringLiteral("SELECT purchase_count FROM meters WHERE id = ?"), {meter.id});
    if (!current)
        return current.error();
    const qint64 before = current.value().toLongLong();
    const int modulus = meter.modulus();
    qint64 full = before - before % modulus + count;
    if (full < before)
        full += modulus;
    if (auto u = Sql::run(m_db, QStringLiteral("UPDATE meters SET purchase_count = ? WHERE id = ?"), {full, meter.id});
        !u)
        return u.error();
    return t.commit();
}

Result<CreditCarrier::Credit> SerialMeterCarrier::prepare(const Vend &vend)
{
    QMutexLocker lock(&m_mutex);
    auto meter = loadMeter(vend);
    if (!meter)
        return meter.error();
    // A meter's pending sale holds purchase count N until it is finished or voided; a second
    // sale would take N as well, and its delivery would make the first look delivered.
    auto other = Sql::exec(m_db.connection(),
                           QStringLiteral("SELECT id FROM vends WHERE meter_id = ? AND state = 'pending' AND "
                                          "carrier = ? AND id <> ? ORDER BY id LIMIT 1"),
                           {meter->id, code(), vend.id});
    if (!other)
        return other.error();
    if (other.value().next())
        return Error::make(Error::Code::Conflict,
                           tr("Sale %1 for meter %2 is still pending: finish or void it first (its credit may already "
                              "be in the meter). Nothing was sold.")
                               .arg(other.value().value(0).toLongLong())
                               .arg(meter->serial));
    auto amount = amountOf(vend);
    if (!amount)
        return amount.error();

    // The meter is read here, inside the sale's write transaction, so that the purchase count is
    // stored with the pending vend in the same commit and no credit can leave before it is;
    // and a meter that is not there refuses the sale before any money is recorded. Only reads
    // (nothing that changes the meter), with prepareTiming() keeping the lock short.
    if (Status s = openLink(*meter); !s)
        return Error::make(s.error().code, s.error().message + u' ' + tr("Nothing was sold."));
    const auto closing = qScopeGuard([this] { closeLink(); });
    auto reading = read(*meter, !vend.moneyCredit.isZero(), false, prepareTiming());
    if (!reading)
        return Error::make(reading.error().code, reading.error().message + u' ' + tr("Nothing was sold."));
    const int modulus = meter->modulus();
    if (meter->protocol == QLatin1String("dlt645") && reading->count + 1 >= modulus)
        return Error::invalid(tr("Meter %1 has had %2 purchases, the most its counter holds: an engineer must reset "
                                 "it before it takes another.")
                                  .arg(meter->serial)
                                  .arg(reading->count));
    const int next = (reading->count + 1) % modulus;
    if (auto request = purchaseRequest(*meter, vend, next, amount.value()); !request)
        return request.error();

    const QString creditCode = QStringLiteral("%1").arg(next, 4, 10, QLatin1Char('0')) + keyDigits(vend.key);
    QString note = tr("Credit for meter %1, its purchase %2, sent straight to the meter at the counter: there is "
                      "nothing to key in.")
                       .arg(meter->address)
                       .arg(next);
    if (vend.moneyCredit.isZero() && vend.units.milli() % 10 != 0)
        note += u' ' + tr("The meter takes hundredths of a unit: %1 of the %2 sold are loaded.")
                           .arg(decimal(amount.value()), vend.units.toString());
    qCInfo(lcSerialCarrier) << "vend" << vend.id << "meter" << meter->address << "purchase" << next << "of"
                            << amount.value();
    return Credit{creditCode, note};
}

Result<CreditCarrier::Outcome> SerialMeterCarrier::deliver(const Vend &vend)
{
    QMutexLocker lock(&m_mutex);
    m_problems.remove(vend.id);
    const auto count = purchaseCountOf(vend.creditCode);
    if (!count)
        return remember(vend.id, Error::invalid(tr("Sale %1 has no purchase count in its credit code: it was not made "
                                                   "for a meter at the counter.")
                                                    .arg(vend.id)));
    auto meter = loadMeter(vend);
    if (!meter)
        return remember(vend.id, meter.error());
    auto amount = amountOf(vend);
    if (!amount)
        return remember(vend.id, amount.error());
    const bool money = !vend.moneyCredit.isZero();
    const int modulus = meter->modulus();
    const int previous = (*count + modulus - 1) % modulus;
    auto request = purchaseRequest(*meter, vend, *count, amount.value());
    if (!request)
        return remember(vend.id, request.error());

    if (Status s = openLink(*meter); !s)
        return remember(vend.id, Error::make(s.error().code, s.error().message + u' ' + tr("Nothing was sent.")));
    const auto closing = qScopeGuard([this] { closeLink(); });
    auto before = read(*meter, money, true);
    if (!before)
        return remember(vend.id, Error::make(before.error().code, before.error().message + u' ' +
                                                                      tr("Nothing was sent; the sale stays pending.")));
    if (before->count == *count) {
        // An earlier attempt got through (its answer was lost): the credit is in the meter.
        if (auto other = notThisSale(*meter, *before, *count, amount.value()))
            return problemOutcome(vend.id, Outcome::Unknown, *other);
        if (Status s = recordCount(*meter, *count); !s)
            return remember(vend.id, s.error());
        qCInfo(lcSerialCarrier) << "vend" << vend.id << "already in meter" << meter->address;
        return Outcome::Delivered;
    }
    if (before->count != previous)
        return remember(vend.id, Error::make(Error::Code::Conflict,
                                             tr("Meter %1 shows purchase %2, but this sale is its purchase %3: another "
                                                "purchase reached the meter since the sale was recorded. Nothing was "
                                                "sent; an engineer should read the meter before the sale is finished "
                                                "or voided.")
                                                 .arg(meter->serial)
                                                 .arg(before->count)
                                                 .arg(*count)));

    auto reply = transact(*meter, request.value());
    // The purchase is out (or may be): whatever happened, the meter's count now tells.
    auto after = read(*meter, money, true);
    const auto inMeter = [&]() -> Result<Outcome> {
        const qint64 rose = after->net - before->net;
        if (rose < amount.value() - m_tolerance)
            return problemOutcome(vend.id, Outcome::Unknown,
                                  Error::make(Error::Code::Conflict,
                                              tr("Meter %1 counted purchase %2, but its balance rose by %3, not by "
                                                 "the %4 loaded: the sale stays pending until an engineer has read "
                                                 "the meter.")
                                                  .arg(meter->serial)
                                                  .arg(*count)
                                                  .arg(decimal(rose), decimal(amount.value()))));
        if (Status s = recordCount(*meter, *count); !s)
            return remember(vend.id, s.error());
        qCInfo(lcSerialCarrier) << "vend" << vend.id << "delivered to meter" << meter->address << "purchase" << *count
                                << "balance" << before->net << "->" << after->net;
        return Outcome::Delivered;
    };

    if (!reply) {
        if (after && after->count == *count)
            return inMeter();
        return problemOutcome(
            vend.id, Outcome::Unknown,
            Error::make(Error::Code::Io, tr("The purchase was sent to meter %1, but no confirmation came back: %2 "
                                            "The sale stays pending: finish it once the meter answers; it cannot be "
                                            "loaded twice.")
                                             .arg(meter->serial, reply.error().message)));
    }
    if (!after)
        return problemOutcome(
            vend.id, Outcome::Unknown,
            Error::make(Error::Code::Io,
                        tr("Meter %1 %2, but could not be read back (%3). The sale stays "
                           "pending: finish it once the meter answers.")
                            .arg(meter->serial, reply->error ? tr("refused the purchase") : tr("took the purchase"),
                                 after.error().message)));
    if (after->count == *count)
        return inMeter(); // confirmed, or refused as a repeat of an attempt that got through
    if (reply->error && after->count == previous)
        return problemOutcome(
            vend.id, Outcome::NotDelivered,
            Error::make(
                Error::Code::Invalid,
                tr("Meter %1 did not take the purchase. %2 Nothing was loaded.").arg(meter->serial, reply->errorText)));
    return problemOutcome(
        vend.id, Outcome::Unknown,
        Error::make(Error::Code::Conflict,
                    tr("Meter %1 %2, but now shows purchase %3 where %4 was expected. The sale stays "
                       "pending until an engineer has read the meter.")
                        .arg(meter->serial, reply->error ? tr("refused the purchase") : tr("confirmed the purchase"))
                        .arg(after->count)
                        .arg(*count)));
}

Result<CreditCarrier::Outcome> SerialMeterCarrier::resolve(const Vend &vend)
{
    QMutexLocker lock(&m_mutex);
    m_problems.remove(vend.id);
    const auto count = purchaseCountOf(vend.creditCode);
    if (!count)
        return remember(vend.id, Error::invalid(tr("Sale %1 has no purchase count in its credit code: it was not made "
                                                   "for a meter at the counter.")
                                                    .arg(vend.id)));
    auto meter = loadMeter(vend);
    if (!meter)
        return remember(vend.id, meter.error());
    if (Status s = openLink(*meter); !s)
        return problemOutcome(vend.id, Outcome::Unknown, s.error());
    const auto closing = qScopeGuard([this] { closeLink(); });
    auto now = read(*meter, !vend.moneyCredit.isZero(), false);
    if (!now)
        return problemOutcome(vend.id, Outcome::Unknown, now.error());
    const int modulus = meter->modulus();
    if (now->count == *count) {
        auto amount = amountOf(vend);
        if (!amount)
            return remember(vend.id, amount.error());
        if (auto other = notThisSale(*meter, *now, *count, amount.value()))
            return problemOutcome(vend.id, Outcome::Unknown, *other);
        if (Status s = recordCount(*meter, *count); !s)
            return remember(vend.id, s.error());
        return Outcome::Delivered;
    }
    if (now->count == (*count + modulus - 1) % modulus)
        return Outcome::NotDelivered;
    return problemOutcome(vend.id, Outcome::Unknown,
                          Error::make(Error::Code::Conflict,
                                      tr("Meter %1 shows purchase %2; this sale is its purchase %3. Whether its credit "
                                         "arrived cannot be told from the meter: an engineer should read the meter.")
                                          .arg(meter->serial)
                                          .arg(now->count)
                                          .arg(*count)));
}

} // namespace prepaydesk
