// prepayctl meter: read and program meters on a serial line (or a serial-device server) from
// scripts, through the meter link (app/core/meter) and the meter protocol plugins.
#include "Ctl.h"
#include "MeterSession.h"

#include "ModbusMeterProtocol.h"
#include "RegisterMap.h"
#include "SoftwareSecurityModule.h"

#include "money/Money.h"
#include "plugin/PluginManager.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>

namespace prepaydesk::ctl {

namespace {

// The key prepay-metersim seals and opens DL/T 645 purchases with unless its --key says
// otherwise (docs/metersim.md). A test key, not a secret: the software module is for the
// simulator and test meters only.
constexpr const char *SimulatorKey = "prepaydesk-metersim-software-test-key";

QString meterUsage()
{
    return Ctl::tr(
        "Usage: prepayctl meter <command> --port PORT --protocol dlt645|cjt188|modbus [--address N] [options]\n"
        "\n"
        "Commands:\n"
        "  read [--item NAME]...       read and decode; without --item a standard set (below). Without\n"
        "                              --address (DL/T 645, CJ/T 188) the one meter on the line is asked\n"
        "                              for its address first.\n"
        "  items                       the names --item takes, with labels (needs only --protocol, --variant)\n"
        "  relay ACTION                DL/T 645: trip, close-allowed, close, alarm-on, alarm-off, protect-on,\n"
        "                              protect-off; Modbus: trip, close. Then reads the relay state back.\n"
        "  valve open|close            CJ/T 188: move the valve; prints the status the meter returns\n"
        "  time [now | --set TIME]     DL/T 645: broadcast time sync (no meter answers it; with --address\n"
        "                              the clock is read back); CJ/T 188: set the meter's time, read back.\n"
        "                              TIME is local time, YYYY-MM-DDTHH:MM:SS; default now.\n"
        "  recharge --amount DECIMAL [--count N]\n"
        "                              load credit, then read the meter back and print before and after\n"
        "\n"
        "Line options:\n"
        "  --port PORT         a serial device (/dev/ttyUSB0, COM3) or tcp://HOST:PORT (serial-device server)\n"
        "  --protocol P        dlt645, cjt188 or modbus\n"
        "  --address N         DL/T 645: 12 digits, CJ/T 188: 14 digits (shorter: padded with leading zeros);\n"
        "                      Modbus: the unit address 1-247 (default: the register map's). Required by\n"
        "                      every command but read.\n"
        "  --variant V         DL/T 645: 2007 (default) or 1997; CJ/T 188: 2004 (default) or 2018;\n"
        "                      Modbus: a register map id (default generic-prepaid)\n"
        "  --meter-type T      CJ/T 188 meter type: water (10H), hot-water (11H), heat (20H), gas (30H), any\n"
        "                      (AAH, the wildcard type; the default) or two hex digits\n"
        "  --baud N            line speed; --line \"2400 8E1\" speed and character format. Defaults:\n"
        "                      DL/T 645 and CJ/T 188 2400 8E1, Modbus the map's (generic-prepaid 9600 8N1)\n"
        "  --timeout MS        wait for each reply up to MS milliseconds (default 1500; Modbus 1000)\n"
        "  --tries N           send each request up to N times in all (default 3)\n"
        "  --log FILE          write the frame log (every byte with direction and time, and what the link\n"
        "                      made of it) to FILE, also when the command fails\n"
        "\n"
        "Relay (DL/T 645):\n"
        "  --password HEX      PA P0 P1 P2 as sent, 8 hex digits (default 02000000: level 02, password 000000)\n"
        "  --operator-code HEX C0..C3, 8 hex digits (default 00000000); also sent with DL/T 645 purchases\n"
        "  --valid-minutes N   the command expires N minutes after this computer's clock (default 10)\n"
        "\n"
        "Recharge:\n"
        "  --amount DECIMAL    money in yuan, at most two decimals\n"
        "  --count N           DL/T 645: the purchase count after this purchase; CJ/T 188: the purchase\n"
        "                      sequence (taken modulo 100). Default: the meter's own, read first, plus one.\n"
        "                      A meter refuses a count it has already taken, so one purchase is never\n"
        "                      loaded twice: reuse the same --count when retrying after a failure.\n"
        "  --software-security-module\n"
        "                      DL/T 645 only, required there: seal the purchase with the SOFTWARE test\n"
        "                      security module. It is for prepay-metersim and test meters only; real meters\n"
        "                      need the vendor's security module (ESAM) and refuse it.\n"
        "  --key TEXT          the software module's key (default: prepay-metersim's test key)\n"
        "  Modbus: the amount is written to the map's credit register; --count does not apply.\n"
        "\n"
        "Standard read set:\n"
        "  DL/T 645-2007: energy totals, remaining and overdraft money and energy, purchase count,\n"
        "  cumulative purchase, voltage, current and power, the clock, status words 1 and 3 (items the meter\n"
        "  does not have are noted on standard error and skipped); DL/T 645-1997: energy, voltage, current,\n"
        "  power. CJ/T 188: meter_data and purchase_data. Modbus: every readable value of the map.\n"
        "\n"
        "Output (standard output), for scripts:\n"
        "  One value per line, NAME=VALUE, the first line being address=ADDRESS. VALUE is exactly what the\n"
        "  meter sent, decoded: decimal numbers with a point, dates and times ISO 8601, states as words\n"
        "  (open, closed, on, off, low, normal). A value with a unit is followed by the line NAME.unit=UNIT\n"
        "  (kWh, yuan, V, A, kW, m³). DL/T 645 reads add relay (open|closed) and relay.command (trip|close)\n"
        "  and alarm (on|off) from status word 3, battery (low|normal) from status word 1, and clock\n"
        "  (date and time together) from clock.date and clock.time. A recharge prints amount, count,\n"
        "  balance.before, balance.after, balance.unit, count.before, count.after.\n"
        "  Errors, notes and the meter's refusals go to standard error.\n"
        "\n"
        "Exit status:\n"
        "  0 done\n"
        "  1 failed otherwise (a protocol plugin is missing, the log could not be written)\n"
        "  2 wrong usage: a missing or bad option (the message says which)\n"
        "  3 link failed: the port would not open or went away, or no good reply in time (timeout)\n"
        "  4 the meter refused: its error reply, decoded, is printed\n"
        "  5 recharge not confirmed: the meter acknowledged, but reading it back does not show the credit\n");
}

// ---- Values ---------------------------------------------------------------------------------

// Decoded values in the order they came, one per name (a later value of a name replaces the
// earlier one in place: CJ/T 188's two reads both carry the status).
class Values
{
public:
    void add(const MeterValue &v)
    {
        for (MeterValue &have : m_values) {
            if (have.name == v.name) {
                have = v;
                return;
            }
        }
        m_values.append(v);
    }
    void add(const QList<MeterValue> &values)
    {
        for (const MeterValue &v : values)
            add(v);
    }
    const MeterValue *find(const QString &name) const
    {
        for (const MeterValue &v : m_values) {
            if (v.name == name)
                return &v;
        }
        return nullptr;
    }
    const QList<MeterValue> &list() const { return m_values; }

private:
    QList<MeterValue> m_values;
};

MeterValue textValue(const QString &name, const QString &value)
{
    MeterValue v;
    v.name = name;
    v.value = value;
    v.label = name;
    return v;
}

void print(QTextStream &out, const MeterValue &v)
{
    out << v.name << u'=' << v.value << u'\n';
    if (!v.unit.isEmpty())
        out << v.name << QStringLiteral(".unit=") << v.unit << u'\n';
}

void print(QTextStream &out, const QString &name, const QString &value)
{
    out << name << u'=' << value << u'\n';
}

// DL/T 645-2007 Appendix A, status words (电表运行状态字): word 3 bit 4 relay state (0 closed,
// 1 open), bit 6 relay command state (0 close, 1 trip), bit 7 pre-trip alarm; word 1 bit 2 clock
// battery, bit 3 meter-reading battery (1 low). The words themselves are printed as read; these
// lines say the same in words for scripts.
void addDlt645Derived(Values &values)
{
    if (const MeterValue *w3 = values.find(QStringLiteral("status.word3"))) {
        const qint64 w = w3->number;
        values.add(textValue(QStringLiteral("relay"), (w & 0x10) ? QStringLiteral("open") : QStringLiteral("closed")));
        values.add(
            textValue(QStringLiteral("relay.command"), (w & 0x40) ? QStringLiteral("trip") : QStringLiteral("close")));
        values.add(textValue(QStringLiteral("alarm"), (w & 0x80) ? QStringLiteral("on") : QStringLiteral("off")));
    }
    if (const MeterValue *w1 = values.find(QStringLiteral("status.word1")))
        values.add(textValue(QStringLiteral("battery"),
                             (w1->number & 0x0C) ? QStringLiteral("low") : QStringLiteral("normal")));
    const MeterValue *date = values.find(QStringLiteral("clock.date"));
    const MeterValue *time = values.find(QStringLiteral("clock.time"));
    if (date && time)
        values.add(textValue(QStringLiteral("clock"), date->value + u'T' + time->value));
}

// A money value in minor units (fen), exactly; nullopt when it is not a number with at most two
// decimals' worth of precision.
std::optional<qint64> minorUnits(const MeterValue *v)
{
    if (!v || !v->numeric || v->decimals < 0)
        return std::nullopt;
    qint64 n = v->number;
    int d = v->decimals;
    for (; d < 2; ++d)
        n *= 10;
    for (; d > 2; --d) {
        if (n % 10 != 0)
            return std::nullopt;
        n /= 10;
    }
    return n;
}

// ---- Options ----------------------------------------------------------------------------------

struct Setup
{
    QString protocolName;
    const MeterProtocol *protocol = nullptr;
    MeterTarget target;
    LinkEndpoint endpoint;
    LinkTiming timing;
    std::optional<modbus::RegisterMap> map; // Modbus
};

void addOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    const auto opt = [&parser](const char *name, const QString &help, const QString &value = {}) {
        parser.addOption({QString::fromLatin1(name), help, value});
    };
    opt("port", Ctl::tr("Serial device, or tcp://HOST:PORT."), QStringLiteral("PORT"));
    opt("protocol", Ctl::tr("dlt645, cjt188 or modbus."), QStringLiteral("P"));
    opt("address", Ctl::tr("The meter's address (Modbus: unit)."), QStringLiteral("N"));
    opt("variant", Ctl::tr("Protocol edition, or the Modbus register map id."), QStringLiteral("V"));
    opt("meter-type", Ctl::tr("CJ/T 188 meter type: water, hot-water, heat, gas, any, or hex."), QStringLiteral("T"));
    opt("baud", Ctl::tr("Line speed."), QStringLiteral("N"));
    opt("line", Ctl::tr("Speed and character format, e.g. \"2400 8E1\"."), QStringLiteral("TEXT"));
    opt("timeout", Ctl::tr("Reply timeout per try, milliseconds."), QStringLiteral("MS"));
    opt("tries", Ctl::tr("Sends per request in all."), QStringLiteral("N"));
    opt("log", Ctl::tr("Write the frame log to FILE."), QStringLiteral("FILE"));
    opt("item", Ctl::tr("read: an item to read (repeatable)."), QStringLiteral("NAME"));
    opt("password", Ctl::tr("DL/T 645 relay password PA P0 P1 P2, 8 hex digits."), QStringLiteral("HEX"));
    opt("operator-code", Ctl::tr("DL/T 645 operator code C0..C3, 8 hex digits."), QStringLiteral("HEX"));
    opt("valid-minutes", Ctl::tr("DL/T 645 relay: the command expires after N minutes."), QStringLiteral("N"));
    opt("set", Ctl::tr("time: the time to set, YYYY-MM-DDTHH:MM:SS (local)."), QStringLiteral("TIME"));
    opt("amount", Ctl::tr("recharge: the amount, yuan."), QStringLiteral("DECIMAL"));
    opt("count", Ctl::tr("recharge: purchase count (DL/T 645) or sequence (CJ/T 188) of this purchase."),
        QStringLiteral("N"));
    opt("software-security-module",
        Ctl::tr("DL/T 645 recharge: use the software security module (prepay-metersim and test meters only)."));
    opt("key", Ctl::tr("The software security module's key."), QStringLiteral("TEXT"));
}

// Why the command cannot go on: the exit code and the message for standard error.
struct Stop
{
    int exit = Ctl::Usage;
    QString message;
};

std::optional<int> integerOption(const QCommandLineParser &parser, const QString &name, int low, int high, Stop &stop)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < low || v > high) {
        stop = {Ctl::Usage, Ctl::tr("--%1 is a whole number from %2 to %3, not \u201c%4\u201d.")
                                .arg(name)
                                .arg(low)
                                .arg(high)
                                .arg(parser.value(name))};
        return std::nullopt;
    }
    return v;
}

std::optional<QByteArray> fourBytesOption(const QCommandLineParser &parser, const QString &name,
                                          const QString &fallback, Stop &stop)
{
    const QString text = parser.isSet(name) ? parser.value(name) : fallback;
    const bool hex = text.size() == 8 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
                         return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
                     });
    if (!hex) {
        stop = {Ctl::Usage, Ctl::tr("--%1 is 8 hex digits (4 bytes as sent), not \u201c%2\u201d.").arg(name, text)};
        return std::nullopt;
    }
    return QByteArray::fromHex(text.toLatin1());
}

std::optional<int> meterType(const QString &text)
{
    static const QHash<QString, int> names{{QStringLiteral("water"), 0x10},     {QStringLiteral("cold-water"), 0x10},
                                           {QStringLiteral("hot-water"), 0x11}, {QStringLiteral("heat"), 0x20},
                                           {QStringLiteral("gas"), 0x30},       {QStringLiteral("any"), 0xAA}};
    if (names.contains(text.toLower()))
        return names.value(text.toLower());
    QString hex = text;
    if (hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        hex = hex.mid(2);
    if (hex.endsWith(u'H') || hex.endsWith(u'h'))
        hex.chop(1);
    bool ok = false;
    const int v = hex.toInt(&ok, 16);
    if (!ok || hex.size() > 2 || v < 0 || v > 0xFF)
        return std::nullopt;
    return v;
}

// Protocol, variant, target, line and timing from the options. `needPort`: false for `items`.
std::optional<Setup> setup(const QCommandLineParser &parser, PluginManager &plugins, bool needPort, Stop &stop)
{
    static const modbus::ModbusMeterProtocol modbusProtocol;
    Setup s;
    s.protocolName = parser.value(QStringLiteral("protocol"));
    if (s.protocolName.isEmpty()) {
        stop = {Ctl::Usage, Ctl::tr("Give --protocol: dlt645, cjt188 or modbus.")};
        return std::nullopt;
    }
    if (s.protocolName == QLatin1String("modbus")) {
        // The Modbus replies are decoded by the register map, which the codec library holds
        // (ModbusMeterProtocol::parseReplyTo is not part of the plugin interface).
        s.protocol = &modbusProtocol;
    } else if (s.protocolName == QLatin1String("dlt645") || s.protocolName == QLatin1String("cjt188")) {
        plugins.scan();
        s.protocol = plugins.meterProtocol(s.protocolName);
        if (!s.protocol) {
            QString text = Ctl::tr("The %1 plugin is not available. Plugin folders: %2")
                               .arg(s.protocolName, plugins.searchPaths().join(u", "));
            for (const auto &p : plugins.plugins())
                text += u'\n' + p.name + u'\t' + PluginManager::stateCode(p.state) + u'\t' + p.reason;
            stop = {Ctl::Failed, text};
            return std::nullopt;
        }
    } else {
        stop = {Ctl::Usage, Ctl::tr("--protocol is dlt645, cjt188 or modbus, not \u201c%1\u201d.").arg(s.protocolName)};
        return std::nullopt;
    }

    const QStringList variants = s.protocol->variants();
    s.target.variant =
        parser.isSet(QStringLiteral("variant")) ? parser.value(QStringLiteral("variant")) : variants.value(0);
    if (!variants.contains(s.target.variant)) {
        stop = {Ctl::Usage, Ctl::tr("--variant for %1 is one of %2, not \u201c%3\u201d.")
                                .arg(s.protocolName, variants.join(u", "), s.target.variant)};
        return std::nullopt;
    }
    s.target.address = parser.value(QStringLiteral("address"));
    s.target.meterType = 0xAA;
    if (!s.target.address.isEmpty()) {
        // The protocol checks the address as it builds a request: a read of its first item.
        MeterRequest probe;
        probe.item = s.protocol->items(s.target.variant).value(0);
        if (auto built = s.protocol->request(s.target, probe); !built) {
            stop = {Ctl::Usage, u"--address: "_qs + built.error().message};
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("meter-type"))) {
        const auto type = meterType(parser.value(QStringLiteral("meter-type")));
        if (!type) {
            stop = {Ctl::Usage, Ctl::tr("--meter-type is water, hot-water, heat, gas, any or two hex digits, not "
                                        "\u201c%1\u201d.")
                                    .arg(parser.value(QStringLiteral("meter-type")))};
            return std::nullopt;
        }
        s.target.meterType = *type;
    }

    SerialSettings serial = SerialSettings::forProtocol(s.protocolName);
    if (s.protocolName == QLatin1String("modbus")) {
        auto map = modbus::RegisterMap::builtIn(s.target.variant);
        if (!map) {
            stop = {Ctl::Failed, map.error().message};
            return std::nullopt;
        }
        s.map = *map;
        serial.baudRate = map->line.baudRate;
        serial.dataBits = map->line.dataBits;
        serial.stopBits = map->line.stopBits;
        serial.parity = map->line.parity == u'E'   ? SerialSettings::Parity::Even
                        : map->line.parity == u'O' ? SerialSettings::Parity::Odd
                                                   : SerialSettings::Parity::None;
    }
    for (const char *name : {"line", "baud"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        auto settings = SerialSettings::fromText(parser.value(option), serial);
        if (!settings) {
            stop = {Ctl::Usage, u"--"_qs + option + u": "_qs + settings.error().message};
            return std::nullopt;
        }
        serial = *settings;
    }

    s.timing = LinkTiming::forProtocol(s.protocolName);
    if (const auto ms = integerOption(parser, QStringLiteral("timeout"), 1, 600000, stop))
        s.timing.responseTimeoutMs = *ms;
    if (const auto tries = integerOption(parser, QStringLiteral("tries"), 1, 100, stop))
        s.timing.tries = *tries;
    if (!stop.message.isEmpty())
        return std::nullopt;

    if (needPort) {
        const QString port = parser.value(QStringLiteral("port"));
        if (port.isEmpty()) {
            stop = {Ctl::Usage, Ctl::tr("Give --port: a serial device or tcp://HOST:PORT.")};
            return std::nullopt;
        }
        auto endpoint = LinkEndpoint::fromText(port, serial);
        if (!endpoint) {
            stop = {Ctl::Usage, u"--port: "_qs + endpoint.error().message};
            return std::nullopt;
        }
        s.endpoint = *endpoint;
    }
    return s;
}

// ---- Commands ---------------------------------------------------------------------------------

class MeterCommandRunner
{
public:
    MeterCommandRunner(Ctl &ctl, const QCommandLineParser &parser, Setup setup)
        : m_ctl(ctl)
        , m_parser(parser)
        , m_setup(std::move(setup))
        , m_session(*m_setup.protocol, m_setup.target, m_setup.endpoint, m_setup.timing)
    {}

    int run(const QString &command)
    {
        int exit = Ctl::Ok;
        if (command == QLatin1String("read"))
            exit = read();
        else if (command == QLatin1String("relay"))
            exit = relay();
        else if (command == QLatin1String("valve"))
            exit = valve();
        else if (command == QLatin1String("time"))
            exit = time();
        else if (command == QLatin1String("recharge"))
            exit = recharge();
        m_ctl.out().flush();
        if (m_parser.isSet(QStringLiteral("log"))) {
            const Status written = m_session.frameLog()->exportText(m_parser.value(QStringLiteral("log")));
            if (!written) {
                m_ctl.err() << written.error().message << Qt::endl;
                if (exit == Ctl::Ok)
                    exit = Ctl::Failed;
            }
        }
        return exit;
    }

private:
    bool isDlt645() const { return m_setup.protocolName == QLatin1String("dlt645"); }
    bool isCjt188() const { return m_setup.protocolName == QLatin1String("cjt188"); }
    bool isModbus() const { return m_setup.protocolName == QLatin1String("modbus"); }
    MeterTarget &target() { return m_session.target(); }

    int fail(const MeterOutcome &outcome)
    {
        m_ctl.err() << outcome.message << Qt::endl;
        return outcome.exit;
    }
    int usage(const QString &message)
    {
        m_ctl.err() << message << Qt::endl;
        return Ctl::Usage;
    }

    QString shownAddress() const
    {
        const QString a = m_session.target().address;
        if (a.isEmpty() && m_setup.map)
            return QString::number(m_setup.map->unit);
        return a;
    }

    bool needAddress(const QString &command)
    {
        if (!target().address.isEmpty() || isModbus())
            return true;
        m_ctl.err()
            << Ctl::tr("Give --address: %1 changes a meter, so prepayctl does not guess which one.").arg(command)
            << Qt::endl;
        return false;
    }

    // Reads `items` into `values`; a meter lacking one (the standard set only) is noted and skipped.
    std::optional<MeterOutcome> readInto(const QStringList &items, bool standardSet, Values &values)
    {
        for (const QString &item : items) {
            const MeterOutcome got = m_session.read(item, standardSet);
            if (!got.ok())
                return got;
            if (!got.reply.complete) {
                m_ctl.err() << Ctl::tr("note: the meter has no %1; skipped.").arg(item) << Qt::endl;
                continue;
            }
            values.add(got.reply.values);
        }
        return std::nullopt;
    }

    QStringList standardItems() const
    {
        if (isCjt188())
            return {QStringLiteral("meter_data"), QStringLiteral("purchase_data")};
        if (isModbus())
            return m_setup.protocol->items(m_setup.target.variant);
        if (m_setup.target.variant == QLatin1String("1997"))
            return {QStringLiteral("energy.forward_total"), QStringLiteral("energy.reverse_total"),
                    QStringLiteral("voltage.a"), QStringLiteral("current.a"), QStringLiteral("power.active_total")};
        return {QStringLiteral("energy.forward_total"),
                QStringLiteral("energy.reverse_total"),
                QStringLiteral("prepaid.remaining_money"),
                QStringLiteral("prepaid.remaining_energy"),
                QStringLiteral("prepaid.overdraft_money"),
                QStringLiteral("prepaid.overdraft_energy"),
                QStringLiteral("prepaid.purchase_count"),
                QStringLiteral("prepaid.cumulative_purchase"),
                QStringLiteral("voltage.a"),
                QStringLiteral("current.a"),
                QStringLiteral("power.active_total"),
                QStringLiteral("clock.date"),
                QStringLiteral("clock.time"),
                QStringLiteral("status.word1"),
                QStringLiteral("status.word3")};
    }

    // Asks the one meter on the line for its address (wildcard address).
    std::optional<MeterOutcome> discover()
    {
        MeterRequest request;
        request.command = MeterCommand::ReadAddress;
        const MeterOutcome got = m_session.transact(request);
        if (!got.ok())
            return got;
        if (got.reply.address.isEmpty())
            return MeterOutcome{
                Ctl::Failed, Ctl::tr("The meter's reply to \u201cread address\u201d has no address."), {}};
        target().address = got.reply.address;
        return std::nullopt;
    }

    void printValues(const Values &values)
    {
        for (const MeterValue &v : values.list()) {
            if (v.name != QLatin1String("address"))
                print(m_ctl.out(), v);
        }
    }

    int read()
    {
        if (target().address.isEmpty() && !isModbus()) {
            if (const auto failed = discover())
                return fail(*failed);
        }
        const QStringList asked = m_parser.values(QStringLiteral("item"));
        const bool standard = asked.isEmpty();
        Values values;
        if (const auto failed = readInto(standard ? standardItems() : asked, standard, values))
            return fail(*failed);
        if (isDlt645())
            addDlt645Derived(values);
        print(m_ctl.out(), QStringLiteral("address"), shownAddress());
        printValues(values);
        return Ctl::Ok;
    }

    int relay()
    {
        const QString action = m_parser.positionalArguments().value(0);
        if (isCjt188())
            return usage(Ctl::tr("CJ/T 188 meters have a valve, not a relay: use prepayctl meter valve open|close."));
        static const QHash<QString, RelayAction> actions{{QStringLiteral("trip"), RelayAction::Trip},
                                                         {QStringLiteral("close-allowed"), RelayAction::CloseAllowed},
                                                         {QStringLiteral("close"), RelayAction::DirectClose},
                                                         {QStringLiteral("alarm-on"), RelayAction::AlarmOn},
                                                         {QStringLiteral("alarm-off"), RelayAction::AlarmOff},
                                                         {QStringLiteral("protect-on"), RelayAction::ProtectOn},
                                                         {QStringLiteral("protect-off"), RelayAction::ProtectOff}};
        if (!actions.contains(action) || m_parser.positionalArguments().size() != 1)
            return usage(Ctl::tr("Say what the relay is to do: prepayctl meter relay "
                                 "trip|close-allowed|close|alarm-on|alarm-off|protect-on|protect-off."));
        if (!needAddress(QStringLiteral("relay")))
            return Ctl::Usage;
        MeterRequest request;
        request.command = MeterCommand::Relay;
        request.relay = actions.value(action);
        Stop stop;
        const auto password = fourBytesOption(m_parser, QStringLiteral("password"), QStringLiteral("02000000"), stop);
        const auto operatorCode =
            fourBytesOption(m_parser, QStringLiteral("operator-code"), QStringLiteral("00000000"), stop);
        const int minutes = integerOption(m_parser, QStringLiteral("valid-minutes"), 1, 7 * 24 * 60, stop).value_or(10);
        if (!stop.message.isEmpty())
            return usage(stop.message);
        request.password = *password;
        request.operatorCode = *operatorCode;
        request.validUntil = QDateTime::currentDateTime().addSecs(60LL * minutes);
        const MeterOutcome done = m_session.transact(request);
        if (!done.ok())
            return fail(done);
        print(m_ctl.out(), QStringLiteral("address"), shownAddress());
        print(m_ctl.out(), QStringLiteral("relay.sent"), action);
        // Read the state back: what the meter did, not what was asked.
        Values values;
        QStringList items;
        if (isDlt645())
            items = {QStringLiteral("status.word3")};
        else if (m_setup.map && m_setup.map->relay)
            items = {m_setup.map->relay->state.isEmpty() ? m_setup.map->relay->control : m_setup.map->relay->state};
        if (const auto failed = readInto(items, false, values))
            return fail(*failed);
        if (isDlt645())
            addDlt645Derived(values);
        printValues(values);
        return Ctl::Ok;
    }

    int valve()
    {
        const QString action = m_parser.positionalArguments().value(0);
        if (!isCjt188())
            return usage(Ctl::tr("Only CJ/T 188 (water, gas, heat) meters have a valve; for a relay use prepayctl "
                                 "meter relay."));
        if ((action != QLatin1String("open") && action != QLatin1String("close")) ||
            m_parser.positionalArguments().size() != 1)
            return usage(Ctl::tr("Say what the valve is to do: prepayctl meter valve open|close."));
        if (!needAddress(QStringLiteral("valve")))
            return Ctl::Usage;
        MeterRequest request;
        request.command = MeterCommand::Valve;
        request.valve = action == QLatin1String("open") ? ValveAction::Open : ValveAction::Close;
        const MeterOutcome done = m_session.transact(request);
        if (!done.ok())
            return fail(done);
        print(m_ctl.out(), QStringLiteral("address"), shownAddress());
        print(m_ctl.out(), QStringLiteral("valve.sent"), action);
        Values values;
        values.add(done.reply.values); // the status the meter returns with its confirmation
        printValues(values);
        return Ctl::Ok;
    }

    int time()
    {
        const QStringList positional = m_parser.positionalArguments();
        if (positional.size() > 1 || (positional.size() == 1 && positional.first() != QLatin1String("now")))
            return usage(Ctl::tr("Use prepayctl meter time now, or time --set YYYY-MM-DDTHH:MM:SS."));
        if (!positional.isEmpty() && m_parser.isSet(QStringLiteral("set")))
            return usage(Ctl::tr("Give either now or --set, not both."));
        QDateTime when = QDateTime::currentDateTime();
        if (m_parser.isSet(QStringLiteral("set"))) {
            when = QDateTime::fromString(m_parser.value(QStringLiteral("set")), Qt::ISODate);
            if (!when.isValid())
                return usage(Ctl::tr("--set is a local date and time, YYYY-MM-DDTHH:MM:SS, not \u201c%1\u201d.")
                                 .arg(m_parser.value(QStringLiteral("set"))));
        }
        when.setTime(QTime(when.time().hour(), when.time().minute(), when.time().second())); // whole seconds
        MeterRequest request;
        if (isDlt645()) {
            request.command = MeterCommand::TimeSync; // a broadcast: every meter on the line sets it
        } else if (isCjt188()) {
            if (!needAddress(QStringLiteral("time")))
                return Ctl::Usage;
            request.command = MeterCommand::SetTime;
        } else {
            return usage(Ctl::tr("The Modbus register maps have no clock to set."));
        }
        request.time = when;
        const MeterOutcome done = m_session.transact(request);
        if (!done.ok())
            return fail(done);
        print(m_ctl.out(), QStringLiteral("address"), isDlt645() ? QStringLiteral("999999999999") : shownAddress());
        print(m_ctl.out(), QStringLiteral("clock.sent"), when.toString(Qt::ISODate));
        if (target().address.isEmpty())
            return Ctl::Ok; // a broadcast with no meter named: nothing to read back
        Values values;
        const QStringList items = isDlt645() ? QStringList{QStringLiteral("clock.date"), QStringLiteral("clock.time")}
                                             : QStringList{QStringLiteral("meter_data")};
        if (const auto failed = readInto(items, false, values))
            return fail(*failed);
        if (isDlt645())
            addDlt645Derived(values);
        if (const MeterValue *clock = values.find(QStringLiteral("clock")))
            print(m_ctl.out(), *clock);
        return Ctl::Ok;
    }

    // What a recharge is checked against: the balance, the purchase count, the cumulative purchase.
    struct Register
    {
        std::optional<qint64> balance; // minor units
        QString balanceUnit;
        std::optional<qint64> count;
        std::optional<qint64> cumulative; // minor units
    };

    std::optional<MeterOutcome> readRegisters(Register &r)
    {
        Values values;
        QString balanceName;
        QString countName;
        QString cumulativeName;
        QStringList items;
        if (isDlt645()) {
            items = {QStringLiteral("prepaid.remaining_money"), QStringLiteral("prepaid.purchase_count"),
                     QStringLiteral("prepaid.cumulative_purchase")};
            balanceName = items[0], countName = items[1], cumulativeName = items[2];
        } else if (isCjt188()) {
            items = {QStringLiteral("purchase_data")};
            balanceName = QStringLiteral("money.remaining");
            countName = QStringLiteral("purchase.sequence");
            cumulativeName = QStringLiteral("purchase.total");
        } else {
            balanceName = m_setup.map->credit->balance;
            items = {balanceName};
            if (m_setup.map->value(QStringLiteral("purchase.count")))
                items << (countName = QStringLiteral("purchase.count"));
        }
        if (const auto failed = readInto(items, true, values))
            return failed;
        const MeterValue *balance = values.find(balanceName);
        if (!balance)
            return MeterOutcome{MeterRefused,
                                Ctl::tr("The meter did not give its balance (%1): it may not be a money prepaid meter.")
                                    .arg(balanceName),
                                {}};
        r.balance = minorUnits(balance);
        r.balanceUnit = balance->unit;
        if (const MeterValue *count = values.find(countName); count && count->numeric)
            r.count = count->number;
        r.cumulative = minorUnits(values.find(cumulativeName));
        return std::nullopt;
    }

    int recharge()
    {
        Stop stop;
        if (!m_parser.isSet(QStringLiteral("amount")))
            return usage(Ctl::tr("Give --amount: the money to load, in yuan (e.g. 50 or 12.34)."));
        const auto amount = Money::parse(m_parser.value(QStringLiteral("amount")));
        if (!amount)
            return usage(u"--amount: "_qs + amount.error().message);
        if (amount->minor() <= 0)
            return usage(Ctl::tr("--amount must be more than zero."));
        const auto countOption = integerOption(m_parser, QStringLiteral("count"), 0, 9999, stop);
        if (!stop.message.isEmpty())
            return usage(stop.message);
        if (isModbus() && countOption)
            return usage(Ctl::tr("--count does not apply to Modbus: the credit write carries no purchase count."));
        if (isModbus() && (!m_setup.map->credit || !m_setup.map->credit->money))
            return usage(Ctl::tr("Register map %1 has no money credit register.").arg(m_setup.map->id));
        std::unique_ptr<dlt645::SoftwareSecurityModule> security;
        if (isDlt645()) {
            if (!m_parser.isSet(QStringLiteral("software-security-module")))
                return usage(Ctl::tr(
                    "DL/T 645 meters take a purchase only when it is sealed by a security module. prepayctl has "
                    "only the SOFTWARE test module, which prepay-metersim and test meters accept and real meters "
                    "refuse: add --software-security-module to use it. Real meters need the vendor's module (ESAM)."));
            security = std::make_unique<dlt645::SoftwareSecurityModule>(
                m_parser.isSet(QStringLiteral("key")) ? m_parser.value(QStringLiteral("key")).toUtf8()
                                                      : QByteArray(SimulatorKey));
        }
        if (!needAddress(QStringLiteral("recharge")))
            return Ctl::Usage;
        const auto operatorCode =
            fourBytesOption(m_parser, QStringLiteral("operator-code"), QStringLiteral("00000000"), stop);
        if (!stop.message.isEmpty())
            return usage(stop.message);

        Register before;
        if (const auto failed = readRegisters(before))
            return fail(*failed);
        qint64 count = 0;
        if (countOption)
            count = *countOption;
        else if (before.count)
            count = isCjt188() ? (*before.count + 1) % 100 : *before.count + 1;
        else if (!isModbus())
            return fail({MeterRefused, Ctl::tr("The meter did not give its purchase count; give --count."), {}});

        QTextStream &out = m_ctl.out();
        print(out, QStringLiteral("address"), shownAddress());
        print(out, QStringLiteral("amount"), amount->toString());
        if (!isModbus())
            print(out, QStringLiteral("count"), QString::number(count));
        const auto printBalance = [&out](const char *name, const std::optional<qint64> &minor) {
            print(out, QString::fromLatin1(name), minor ? Money::fromMinor(*minor).toString() : QStringLiteral("?"));
        };
        printBalance("balance.before", before.balance);
        out.flush();

        MeterRequest request;
        request.command = MeterCommand::Recharge;
        request.purchase.meterAddress = target().address;
        request.purchase.amountMinor = amount->minor();
        request.purchase.purchaseCount = static_cast<quint32>(count);
        request.operatorCode = *operatorCode;
        request.security = security.get();
        const MeterOutcome done = m_session.transact(request);
        if (!done.ok()) {
            if (done.exit == LinkFailed)
                m_ctl.err() << Ctl::tr("The meter did not confirm the purchase. Read it back before trying again, "
                                       "and retry with the same --count %1: the meter takes it only once.")
                                   .arg(count)
                            << Qt::endl;
            return fail(done);
        }

        Register after;
        if (const auto failed = readRegisters(after)) {
            m_ctl.err() << Ctl::tr("The meter acknowledged the purchase, but reading it back failed.") << Qt::endl;
            fail(*failed);
            return NotConfirmed;
        }
        printBalance("balance.after", after.balance);
        if (!after.balanceUnit.isEmpty())
            print(out, QStringLiteral("balance.unit"), after.balanceUnit);
        if (before.count)
            print(out, QStringLiteral("count.before"), QString::number(*before.count));
        if (after.count)
            print(out, QStringLiteral("count.after"), QString::number(*after.count));
        out.flush();

        // Confirmed when the meter's own records show this purchase once: its count is the one
        // sent, and its cumulative purchase rose by the amount (the balance alone may already
        // have been used down). Modbus maps keep no cumulative purchase: the balance rose by
        // the amount and the count (if any) by one.
        bool confirmed = false;
        if (isModbus()) {
            confirmed = before.balance && after.balance && *after.balance - *before.balance == amount->minor() &&
                        (!before.count || (after.count && *after.count == *before.count + 1));
        } else {
            // CJ/T 188 keeps the purchase sequence as two BCD digits: the count modulo 100.
            const bool countOk = after.count && *after.count == (isCjt188() ? count % 100 : count);
            const bool creditOk = before.cumulative && after.cumulative
                                      ? *after.cumulative - *before.cumulative == amount->minor()
                                      : before.balance && after.balance && *after.balance > *before.balance;
            confirmed = countOk && creditOk;
        }
        if (!confirmed) {
            m_ctl.err() << Ctl::tr("The meter acknowledged the purchase, but reading it back does not show the credit "
                                   "of %1: do not sell it again; check the meter.")
                               .arg(amount->toString())
                        << Qt::endl;
            return NotConfirmed;
        }
        return Ctl::Ok;
    }

    Ctl &m_ctl;
    const QCommandLineParser &m_parser;
    Setup m_setup;
    MeterSession m_session;
};

int items(Ctl &ctl, const Setup &s)
{
    for (const QString &item : s.protocol->items(s.target.variant))
        ctl.out() << item << u'\t' << s.protocol->itemLabel(item) << u'\n';
    ctl.out().flush();
    return Ctl::Ok;
}

} // namespace

int runMeter(Ctl &ctl)
{
    const QStringList args = ctl.arguments();
    const QString command = args.value(2);
    static const QStringList commands{QStringLiteral("read"),  QStringLiteral("items"), QStringLiteral("relay"),
                                      QStringLiteral("valve"), QStringLiteral("time"),  QStringLiteral("recharge")};
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        (command.isEmpty() ? ctl.err() : ctl.out()) << meterUsage() << Qt::flush;
        return command.isEmpty() ? Ctl::Usage : Ctl::Ok;
    }
    if (!commands.contains(command)) {
        ctl.err() << Ctl::tr("Unknown meter command: %1. See prepayctl meter --help.").arg(command) << Qt::endl;
        return Ctl::Usage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("prepayctl meter %1 (prepayctl meter --help has the details: output "
                                             "format, exit status, every option).")
                                         .arg(command));
    addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), Ctl::tr("relay, valve, time: what to do."));
    QStringList parseArgs = args;
    parseArgs.remove(1, 2); // "meter <command>"
    if (!parser.parse(parseArgs)) {
        ctl.err() << parser.errorText() << Qt::endl;
        return Ctl::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctl.out() << parser.helpText() << u'\n' << meterUsage() << Qt::flush;
        return Ctl::Ok;
    }
    const bool takesAction =
        command == QLatin1String("relay") || command == QLatin1String("valve") || command == QLatin1String("time");
    if (!takesAction && !parser.positionalArguments().isEmpty()) {
        ctl.err() << Ctl::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()) << Qt::endl;
        return Ctl::Usage;
    }

    PluginManager plugins;
    Stop stop;
    auto s = setup(parser, plugins, command != QLatin1String("items"), stop);
    if (!s) {
        ctl.err() << stop.message << Qt::endl;
        return stop.exit;
    }
    if (command == QLatin1String("items"))
        return items(ctl, *s);
    return MeterCommandRunner(ctl, parser, std::move(*s)).run(command);
}

} // namespace prepaydesk::ctl
