// prepayctl sts: STS (IEC 62055-41) tokens from scripts, through the sts driver plugin.
#include "Ctl.h"

#include "money/Quantity.h"
#include "plugin/PluginManager.h"

#include <QFile>

#include <algorithm>

namespace prepaydesk::ctl {

namespace {

QString stsUsage()
{
    return Ctl::tr(
        "Usage: prepayctl sts <command> [options]\n"
        "\n"
        "Key options (every command that makes or needs a decoder key):\n"
        "  --dkga 02|04 --ea 07|11 --vending-key HEX|- --key-type N --sgc N --ti N --krn N --pan DIGITS\n"
        "  [--base-date 1993|2014|2035]   (default 1993)\n"
        "  --vending-key - reads the key from standard input, so that it stays out of the process list.\n"
        "\n"
        "Commands:\n"
        "  credit <key options> --issued YYYY-MM-DDTHH:MM:SS --random N --utility electricity|water|gas|time|currency\n"
        "         --amount DECIMAL [--last-tid N]\n"
        "      prints the 20-digit token alone on a line; amounts are in kWh or m3 (0.1 resolution,\n"
        "      rounded down, with a note on standard error when rounding changes the amount)\n"
        "  decoder-key <key options>\n"
        "      prints the decoder key in hex\n"
        "  decode --decoder-key HEX --ea 07|11 [--base-date 1993|2014|2035] TOKEN\n"
        "      prints class, subclass, kind, random, tid, issued, amount (or the management value) and crc,\n"
        "      one name=value per line; exit 1 when the CRC fails (wrong key, wrong algorithm or a typo)\n"
        "  set-max-power <key options> --issued ... --random N --watts N [--last-tid N]\n"
        "  clear-credit <key options> --issued ... --random N [--register N]   (default 65535: all registers)\n"
        "  set-tariff-rate <key options> --issued ... --random N --rate N\n"
        "  clear-tamper <key options> --issued ... --random N\n"
        "  set-phase-unbalance <key options> --issued ... --random N --watts N\n"
        "  set-water-factor <key options> --issued ... --random N --factor N\n"
        "      management tokens: the token alone on a line\n"
        "  key-change <key options of the current key> [--ken N] --new-vending-key HEX|- --new-key-type N\n"
        "         --new-sgc N --new-ti N --new-krn N [--new-base-date Y] [--new-ken N] [--rollover]\n"
        "      the key change tokens, one per line, in the order they must be entered\n"
        "      (two for a 64-bit EA07 key, four for a 128-bit EA11 key)\n"
        "  test --control N --manufacturer N [--long-manufacturer]\n"
        "      a class 1 meter test or display token (no key)\n"
        "\n"
        "Times are UTC. --random N is 0 to 15 (drawn at random when left out). --last-tid N is the last\n"
        "token identifier this meter was given: the new token's identifier is always later.\n");
}

void addKeyOptions(QCommandLineParser &parser, const QString &prefix = QString())
{
    const auto opt = [&](const QString &name, const QString &help, const QString &value) {
        parser.addOption({prefix + name, help, value});
    };
    if (prefix.isEmpty()) {
        opt(QStringLiteral("dkga"), Ctl::tr("Decoder key generation algorithm: 02 or 04."), QStringLiteral("02|04"));
        opt(QStringLiteral("ea"), Ctl::tr("Encryption algorithm: 07 or 11."), QStringLiteral("07|11"));
    }
    opt(QStringLiteral("vending-key"), Ctl::tr("The vending key in hex, or - to read it from standard input."),
        QStringLiteral("HEX"));
    opt(QStringLiteral("key-type"), Ctl::tr("Key type, 0 to 3."), QStringLiteral("N"));
    opt(QStringLiteral("sgc"), Ctl::tr("Supply group code."), QStringLiteral("N"));
    opt(QStringLiteral("ti"), Ctl::tr("Tariff index."), QStringLiteral("N"));
    opt(QStringLiteral("krn"), Ctl::tr("Key revision number."), QStringLiteral("N"));
    if (prefix.isEmpty())
        opt(QStringLiteral("pan"), Ctl::tr("The meter number (PAN), 18 digits."), QStringLiteral("DIGITS"));
    parser.addOption({prefix + QStringLiteral("base-date"), Ctl::tr("Base date: 1993, 2014 or 2035 (default 1993)."),
                      QStringLiteral("YEAR"), QStringLiteral("1993")});
    parser.addOption({prefix + QStringLiteral("ken"), Ctl::tr("Key expiry number, 0 to 255 (default 255)."),
                      QStringLiteral("N"), QStringLiteral("255")});
}

void addTokenOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("issued"), Ctl::tr("Issue time, UTC."), QStringLiteral("YYYY-MM-DDTHH:MM:SS")});
    parser.addOption({QStringLiteral("random"), Ctl::tr("The token's random number, 0 to 15."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("last-tid"), Ctl::tr("The last token identifier this meter was given."), QStringLiteral("N")});
}

class Args
{
public:
    Args(Ctl &ctl, const QCommandLineParser &parser)
        : m_ctl(ctl)
        , m_parser(parser)
    {}

    bool failed() const { return m_failed; }

    // A required integer option (or its default) in [low, high].
    int integer(const QString &name, int low, int high)
    {
        const QString text = m_parser.value(name);
        bool ok = false;
        const int v = text.toInt(&ok);
        if (text.isEmpty())
            return fail(Ctl::tr("Give --%1.").arg(name)), 0;
        if (!ok || v < low || v > high)
            return fail(Ctl::tr("--%1 is a whole number from %2 to %3, not \u201c%4\u201d.")
                            .arg(name)
                            .arg(low)
                            .arg(high)
                            .arg(text)),
                   0;
        return v;
    }

    QString text(const QString &name)
    {
        const QString v = m_parser.value(name);
        if (v.isEmpty())
            fail(Ctl::tr("Give --%1.").arg(name));
        return v;
    }

    QByteArray hex(const QString &name)
    {
        QString v = text(name);
        if (m_failed)
            return {};
        if (v == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return fail(Ctl::tr("Standard input cannot be read.")), QByteArray();
            v = QString::fromLatin1(in.readLine()).trimmed();
        }
        const bool hexDigits = std::all_of(v.cbegin(), v.cend(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        });
        if (v.isEmpty() || v.size() % 2 != 0 || !hexDigits)
            return fail(Ctl::tr("--%1 is hexadecimal digits, two per byte.").arg(name)), QByteArray();
        return QByteArray::fromHex(v.toLatin1());
    }

    TokenKeyParams key(const QString &prefix = QString(), const TokenKeyParams *base = nullptr)
    {
        TokenKeyParams k;
        if (base) {
            k = *base;
        } else {
            k.keyAlgorithm = text(QStringLiteral("dkga"));
            k.encryption = text(QStringLiteral("ea"));
            k.pan = text(QStringLiteral("pan"));
        }
        k.vendingKey = hex(prefix + QStringLiteral("vending-key"));
        k.keyType = integer(prefix + QStringLiteral("key-type"), 0, 3);
        k.supplyGroupCode = integer(prefix + QStringLiteral("sgc"), 0, 999999);
        k.tariffIndex = integer(prefix + QStringLiteral("ti"), 0, 99);
        k.keyRevision = integer(prefix + QStringLiteral("krn"), 1, 9);
        k.baseDate = integer(prefix + QStringLiteral("base-date"), 1993, 2035);
        k.keyExpiry = integer(prefix + QStringLiteral("ken"), 0, 255);
        return k;
    }

    QDateTime issued()
    {
        const QString t = text(QStringLiteral("issued"));
        if (m_failed)
            return {};
        QDateTime dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (!dt.isValid())
            return fail(Ctl::tr("--issued is a UTC time written YYYY-MM-DDTHH:MM:SS, not \u201c%1\u201d.").arg(t)),
                   QDateTime();
        dt.setTimeSpec(Qt::UTC);
        return dt;
    }

    int random() { return m_parser.isSet(QStringLiteral("random")) ? integer(QStringLiteral("random"), 0, 15) : -1; }

    std::optional<quint32> lastTid()
    {
        if (!m_parser.isSet(QStringLiteral("last-tid")))
            return std::nullopt;
        return static_cast<quint32>(integer(QStringLiteral("last-tid"), 0, 0xFFFFFF));
    }

    int fail(const QString &message)
    {
        if (!m_failed)
            m_ctl.err() << message << Qt::endl;
        m_failed = true;
        return Ctl::Usage;
    }

private:
    Ctl &m_ctl;
    const QCommandLineParser &m_parser;
    bool m_failed = false;
};

TokenGenerator *loadSts(Ctl &ctl, PluginManager &plugins)
{
    plugins.scan();
    if (TokenGenerator *g = plugins.tokenGenerator(QStringLiteral("sts")))
        return g;
    ctl.err() << Ctl::tr("The sts plugin is not available. Plugin folders: %1").arg(plugins.searchPaths().join(u", "))
              << Qt::endl;
    for (const auto &p : plugins.plugins())
        ctl.err() << p.name << '\t' << PluginManager::stateCode(p.state) << '\t' << p.reason << Qt::endl;
    return nullptr;
}

void noteRounding(Ctl &ctl, const GeneratedToken &t, const QString &unit)
{
    if (!t.asked || !t.value)
        return;
    const auto show = [&unit](qint64 v) {
        return unit == QLatin1String("W") ? QString::number(v) : QStringLiteral("%1.%2").arg(v / 10).arg(v % 10);
    };
    ctl.err() << Ctl::tr("Note: the token carries %1 %3, not %2 %3: STS amounts above 1638.3 go in steps.")
                     .arg(show(*t.value), show(*t.asked), unit)
              << Qt::endl;
}

int stsKeyCommand(Ctl &ctl, const QString &sub)
{
    QCommandLineParser parser;
    ctl.setupParser(parser, stsUsage());
    addKeyOptions(parser);
    if (sub != QLatin1String("decoder-key"))
        addTokenOptions(parser);
    if (sub == QLatin1String("credit")) {
        parser.addOption(
            {QStringLiteral("utility"), Ctl::tr("electricity, water, gas, time or currency."), QStringLiteral("KIND")});
        parser.addOption(
            {QStringLiteral("amount"), Ctl::tr("Units: kWh, m3, ... (0.1 resolution)."), QStringLiteral("DECIMAL")});
    } else if (sub == QLatin1String("set-max-power") || sub == QLatin1String("set-phase-unbalance")) {
        parser.addOption({QStringLiteral("watts"), Ctl::tr("The limit in watts."), QStringLiteral("N")});
    } else if (sub == QLatin1String("clear-credit")) {
        parser.addOption({QStringLiteral("register"), Ctl::tr("The register to clear (65535: all)."),
                          QStringLiteral("N"), QStringLiteral("65535")});
    } else if (sub == QLatin1String("set-tariff-rate")) {
        parser.addOption({QStringLiteral("rate"), Ctl::tr("The 16-bit rate the meter expects."), QStringLiteral("N")});
    } else if (sub == QLatin1String("set-water-factor")) {
        parser.addOption(
            {QStringLiteral("factor"), Ctl::tr("The 16-bit factor the meter expects."), QStringLiteral("N")});
    } else if (sub == QLatin1String("key-change")) {
        addKeyOptions(parser, QStringLiteral("new-"));
        parser.addOption({QStringLiteral("rollover"), Ctl::tr("Set the rollover flag (a new base date).")});
    }
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return ctl.err() << Ctl::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()) << Qt::endl,
               Ctl::Usage;

    Args args(ctl, parser);
    const TokenKeyParams key = args.key();
    if (args.failed())
        return Ctl::Usage;
    PluginManager plugins;
    TokenGenerator *sts = loadSts(ctl, plugins);
    if (!sts)
        return Ctl::Failed;

    if (sub == QLatin1String("decoder-key")) {
        auto dk = sts->decoderKey(key);
        if (!dk)
            return ctl.fail(dk.error());
        ctl.out() << QString::fromLatin1(dk->toHex()) << Qt::endl;
        return Ctl::Ok;
    }
    if (sub == QLatin1String("key-change")) {
        TokenKeyParams next = args.key(QStringLiteral("new-"), &key);
        if (args.failed())
            return Ctl::Usage;
        auto tokens = sts->keyChange(key, next, parser.isSet(QStringLiteral("rollover")));
        if (!tokens)
            return ctl.fail(tokens.error());
        for (const GeneratedToken &t : tokens.value())
            ctl.out() << t.digits << '\n';
        ctl.out().flush();
        return Ctl::Ok;
    }

    const QDateTime issued = args.issued();
    const int random = args.random();
    const std::optional<quint32> lastTid = args.lastTid();
    if (args.failed())
        return Ctl::Usage;

    Result<GeneratedToken> token = Error::invalid(QString());
    QString unit = QStringLiteral("W");
    if (sub == QLatin1String("credit")) {
        static const QStringList utilities = {QStringLiteral("electricity"), QStringLiteral("water"),
                                              QStringLiteral("gas"), QStringLiteral("time"),
                                              QStringLiteral("currency")};
        const QString utility = args.text(QStringLiteral("utility"));
        const QString amountText = args.text(QStringLiteral("amount"));
        if (args.failed())
            return Ctl::Usage;
        const qsizetype kind = utilities.indexOf(utility);
        if (kind < 0)
            return args.fail(
                Ctl::tr("--utility is electricity, water, gas, time or currency, not \u201c%1\u201d.").arg(utility));
        auto amount = Quantity::parse(amountText);
        if (!amount)
            return args.fail(amount.error().message);
        CreditTokenRequest request;
        request.kind = static_cast<CreditKind>(kind);
        request.amountTenths = amount->milli() / 100; // STS carries tenths: round down
        request.issued = issued;
        request.random = random;
        request.lastTid = lastTid;
        if (amount->milli() % 100 != 0 && request.amountTenths > 0)
            ctl.err() << Ctl::tr("Note: STS carries tenths; %1 is sent as %2.")
                             .arg(amountText.trimmed(),
                                  QStringLiteral("%1.%2").arg(request.amountTenths / 10).arg(request.amountTenths % 10))
                      << Qt::endl;
        token = sts->credit(key, request);
        unit = utility == QLatin1String("electricity") ? QStringLiteral("kWh") : QStringLiteral("units");
        if (utility == QLatin1String("water") || utility == QLatin1String("gas"))
            unit = QStringLiteral("m3");
    } else {
        ManagementTokenRequest request;
        request.issued = issued;
        request.random = random;
        request.lastTid = lastTid;
        if (sub == QLatin1String("set-max-power") || sub == QLatin1String("set-phase-unbalance")) {
            request.function = sub == QLatin1String("set-max-power")
                                   ? ManagementFunction::SetMaximumPowerLimit
                                   : ManagementFunction::SetMaximumPhasePowerUnbalance;
            request.value = static_cast<quint32>(args.integer(QStringLiteral("watts"), 0, 18201624));
        } else if (sub == QLatin1String("clear-credit")) {
            request.function = ManagementFunction::ClearCredit;
            request.value = static_cast<quint32>(args.integer(QStringLiteral("register"), 0, 65535));
        } else if (sub == QLatin1String("set-tariff-rate")) {
            request.function = ManagementFunction::SetTariffRate;
            request.value = static_cast<quint32>(args.integer(QStringLiteral("rate"), 0, 65535));
        } else if (sub == QLatin1String("set-water-factor")) {
            request.function = ManagementFunction::SetWaterMeterFactor;
            request.value = static_cast<quint32>(args.integer(QStringLiteral("factor"), 0, 65535));
        } else {
            request.function = ManagementFunction::ClearTamper;
        }
        if (args.failed())
            return Ctl::Usage;
        token = sts->management(key, request);
    }
    if (!token)
        return ctl.fail(token.error());
    noteRounding(ctl, token.value(), unit);
    ctl.out() << token->digits << Qt::endl;
    return Ctl::Ok;
}

int stsDecode(Ctl &ctl)
{
    QCommandLineParser parser;
    ctl.setupParser(parser, stsUsage());
    parser.addOption({QStringLiteral("decoder-key"), Ctl::tr("The decoder key in hex."), QStringLiteral("HEX")});
    parser.addOption({QStringLiteral("ea"), Ctl::tr("Encryption algorithm: 07 or 11."), QStringLiteral("07|11")});
    parser.addOption({QStringLiteral("base-date"), Ctl::tr("Base date for the token's date (default 1993)."),
                      QStringLiteral("YEAR"), QStringLiteral("1993")});
    parser.addPositionalArgument(QStringLiteral("token"), Ctl::tr("The 20-digit token."));
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    Args args(ctl, parser);
    const QByteArray key = args.hex(QStringLiteral("decoder-key"));
    const QString ea = args.text(QStringLiteral("ea"));
    const int baseDate = args.integer(QStringLiteral("base-date"), 1993, 2035);
    if (args.failed())
        return Ctl::Usage;
    if (parser.positionalArguments().size() != 1)
        return args.fail(Ctl::tr("Give one token."));
    PluginManager plugins;
    TokenGenerator *sts = loadSts(ctl, plugins);
    if (!sts)
        return Ctl::Failed;
    auto decoded = sts->decode(key, ea, baseDate, parser.positionalArguments().first());
    if (!decoded)
        return ctl.fail(decoded.error());
    for (const auto &[name, value] : decoded->fields)
        ctl.out() << name << '=' << value << '\n';
    ctl.out().flush();
    if (!decoded->crcOk)
        return ctl.fail(Ctl::tr("The CRC check failed: the decoder key or the encryption algorithm is not the meter's, "
                                "or the token was mistyped."));
    return Ctl::Ok;
}

int stsTest(Ctl &ctl)
{
    QCommandLineParser parser;
    ctl.setupParser(parser, stsUsage());
    parser.addOption({QStringLiteral("control"), Ctl::tr("The control field (36 or 28 bits)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("manufacturer"), Ctl::tr("The manufacturer code."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("long-manufacturer"), Ctl::tr("A 4-digit manufacturer code (28-bit control).")});
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    bool ok1 = false;
    bool ok2 = false;
    TestTokenRequest request;
    request.control = parser.value(QStringLiteral("control")).toULongLong(&ok1);
    request.manufacturerCode = parser.value(QStringLiteral("manufacturer")).toUInt(&ok2);
    request.longManufacturerCode = parser.isSet(QStringLiteral("long-manufacturer"));
    if (!ok1 || !ok2) {
        ctl.err() << Ctl::tr("Give --control N and --manufacturer N as whole numbers.") << Qt::endl;
        return Ctl::Usage;
    }
    PluginManager plugins;
    TokenGenerator *sts = loadSts(ctl, plugins);
    if (!sts)
        return Ctl::Failed;
    auto token = sts->test(request);
    if (!token)
        return ctl.fail(token.error());
    ctl.out() << token->digits << Qt::endl;
    return Ctl::Ok;
}

} // namespace

int runSts(Ctl &ctl)
{
    const QString sub = ctl.arguments().value(2);
    static const QStringList keyed = {QStringLiteral("credit"),
                                      QStringLiteral("decoder-key"),
                                      QStringLiteral("set-max-power"),
                                      QStringLiteral("clear-credit"),
                                      QStringLiteral("set-tariff-rate"),
                                      QStringLiteral("clear-tamper"),
                                      QStringLiteral("set-phase-unbalance"),
                                      QStringLiteral("set-water-factor"),
                                      QStringLiteral("key-change")};
    if (keyed.contains(sub))
        return stsKeyCommand(ctl, sub);
    if (sub == QLatin1String("decode"))
        return stsDecode(ctl);
    if (sub == QLatin1String("test"))
        return stsTest(ctl);
    const bool help =
        sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help");
    (help ? ctl.out() : ctl.err()) << stsUsage() << Qt::flush;
    if (!help)
        ctl.err() << Ctl::tr("Unknown sts command: %1").arg(sub) << Qt::endl;
    return help ? Ctl::Ok : Ctl::Usage;
}

} // namespace prepaydesk::ctl
