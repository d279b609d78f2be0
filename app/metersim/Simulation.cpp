#include "Simulation.h"

#include "CardSlot.h"
#include "Cjt188Responder.h"
#include "Dlt645Responder.h"
#include "SoftwareSecurityModule.h"

#include "card/CardKeys.h"
#include "money/FixedPoint.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

namespace prepaydesk::metersim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Simulation", text);
}

struct UtilityDefaults
{
    const char *prefix;
    const char *protocol;
    qint64 balance; // fen
    qint64 price;   // 1e-4 yuan per unit
    qint64 rate;    // milli-units per hour
    qint64 alarm;   // fen
};

UtilityDefaults defaultsFor(Utility u)
{
    switch (u) {
    case Utility::Electricity:
        return {"elec", "dlt645", 5000, 5283, 1000, 1000}; // 0.5283 yuan/kWh, 1 kW
    case Utility::Water:
        return {"water", "cjt188", 3000, 34500, 50, 500}; // 3.45 yuan/m³, 50 L/h
    case Utility::Gas:
        return {"gas", "cjt188", 4000, 26100, 100, 500}; // 2.61 yuan/m³, 0.1 m³/h
    }
    return {"meter", "dlt645", 0, 0, 0, 0};
}

std::optional<qint64> fixed(const QString &text, int decimals)
{
    qint64 v = 0;
    if (fixedpoint::parse(text, decimals, 1'000'000'000'000'000LL, &v) != fixedpoint::ParseError::None || v < 0)
        return std::nullopt;
    return v;
}

bool allDigits(const QString &s)
{
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

} // namespace

std::optional<qint64> parseDuration(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 unit = 1;
    QString number = text;
    const QChar last = text.back();
    if (last == QLatin1Char('s'))
        unit = 1000;
    else if (last == QLatin1Char('m'))
        unit = 60'000;
    else if (last == QLatin1Char('h'))
        unit = 3'600'000;
    else if (last == QLatin1Char('d'))
        unit = 86'400'000;
    if (unit != 1)
        number.chop(1);
    if (!allDigits(number))
        return std::nullopt;
    return number.toLongLong() * unit;
}

Result<MeterConfig> parseMeterSpec(const QString &spec, int index)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return Error::invalid(tr("A meter is UTILITY:ADDRESS[:key=value,...], e.g. "
                                 "electricity:000000000001:balance=50,price=0.5283 (got \"%1\").")
                                  .arg(spec));
    const auto utility = parseUtility(parts[0]);
    if (!utility)
        return Error::invalid(tr("Unknown utility \"%1\": electricity, water or gas.").arg(parts[0]));
    const UtilityDefaults d = defaultsFor(*utility);
    MeterConfig c;
    c.utility = *utility;
    c.protocol = QString::fromLatin1(d.protocol);
    c.name = QStringLiteral("%1-%2").arg(QString::fromLatin1(d.prefix)).arg(index);
    c.balance = d.balance;
    c.price = d.price;
    c.ratePerHour = d.rate;
    c.alarmThreshold = d.alarm;
    QString address = parts[1];
    bool balanceGiven = false, alarmGiven = false;
    QString balanceText, alarmText, limitText;
    if (parts.size() == 3) {
        for (const QString &pair : parts[2].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return Error::invalid(tr("\"%1\" is not key=value.").arg(pair));
            const QString key = pair.left(eq);
            const QString value = pair.mid(eq + 1);
            std::optional<qint64> n;
            if (key == QLatin1String("name")) {
                c.name = value;
            } else if (key == QLatin1String("protocol")) {
                if (value != QLatin1String("dlt645") && value != QLatin1String("cjt188"))
                    return Error::invalid(tr("The simulator speaks dlt645 and cjt188, not \"%1\".").arg(value));
                c.protocol = value;
            } else if (key == QLatin1String("edition")) {
                c.edition = value;
            } else if (key == QLatin1String("mode")) {
                if (value != QLatin1String("money") && value != QLatin1String("units"))
                    return Error::invalid(tr("mode is money or units, not \"%1\".").arg(value));
                c.mode = value == QLatin1String("money") ? CreditMode::Money : CreditMode::Units;
            } else if (key == QLatin1String("balance")) {
                balanceGiven = true;
                balanceText = value;
            } else if (key == QLatin1String("alarm")) {
                alarmGiven = true;
                alarmText = value;
            } else if (key == QLatin1String("limit")) {
                limitText = value;
            } else if (key == QLatin1String("price")) {
                if (!(n = fixed(value, 4)))
                    return Error::invalid(tr("price is yuan per unit with up to 4 decimals: \"%1\".").arg(value));
                c.price = *n;
            } else if (key == QLatin1String("rate")) {
                if (!(n = fixed(value, 3)))
                    return Error::invalid(tr("rate is units per hour with up to 3 decimals: \"%1\".").arg(value));
                c.ratePerHour = *n;
            } else if (key == QLatin1String("leak")) {
                if (!(n = fixed(value, 3)))
                    return Error::invalid(tr("leak is units per hour with up to 3 decimals: \"%1\".").arg(value));
                c.leakPerHour = *n;
            } else if (key == QLatin1String("night")) {
                if (!(n = fixed(value, 0)) || *n > 100)
                    return Error::invalid(tr("night is a percentage 0..100: \"%1\".").arg(value));
                c.nightPercent = static_cast<int>(*n);
            } else if (key == QLatin1String("customer")) {
                c.customer = value;
            } else if (key == QLatin1String("line")) {
                c.line = value;
            } else if (key == QLatin1String("cardkey")) {
                auto cardKey = CardKeys::fromHex(value);
                if (!cardKey)
                    return cardKey.error();
                c.cardKey = cardKey->bytes();
            } else if (key == QLatin1String("utilitycode")) {
                if (value.size() != 6 || !allDigits(value))
                    return Error::invalid(tr("utilitycode is the 6-digit utility code: \"%1\".").arg(value));
                c.utilityCode = value;
            } else {
                return Error::invalid(tr("Unknown meter setting \"%1\".").arg(key));
            }
        }
    }
    // Money meters count fen (2 decimals), unit meters milli-units (3 decimals).
    const int decimals = c.mode == CreditMode::Money ? 2 : 3;
    const auto amount = [&](const QString &text, const char *what) -> Result<qint64> {
        const auto v = fixed(text, decimals);
        if (!v)
            return Error::invalid(tr("%1 \"%2\" is not an amount with up to %3 decimals.")
                                      .arg(QString::fromLatin1(what), text)
                                      .arg(decimals));
        return *v;
    };
    if (balanceGiven) {
        auto v = amount(balanceText, "balance");
        if (!v)
            return v.error();
        c.balance = *v;
    } else if (c.mode == CreditMode::Units) {
        c.balance = 100'000; // 100 units
    }
    if (alarmGiven) {
        auto v = amount(alarmText, "alarm");
        if (!v)
            return v.error();
        c.alarmThreshold = *v;
    } else if (c.mode == CreditMode::Units) {
        c.alarmThreshold = 10'000;
    }
    if (!limitText.isEmpty()) {
        auto v = amount(limitText, "limit");
        if (!v)
            return v.error();
        c.hoardingLimit = *v;
    }
    const int width = c.protocol == QLatin1String("dlt645") ? 12 : 14;
    if (!allDigits(address) || address.size() > width)
        return Error::invalid(
            tr("A %1 address is up to %2 decimal digits: \"%3\".").arg(c.protocol).arg(width).arg(address));
    c.address = address.rightJustified(width, QLatin1Char('0'));
    if (c.edition.isEmpty())
        c.edition = c.protocol == QLatin1String("dlt645") ? QStringLiteral("2007") : QStringLiteral("2004");
    return c;
}

QList<MeterConfig> defaultMeters()
{
    QList<MeterConfig> out;
    const QStringList specs{QStringLiteral("electricity:000000000001"), QStringLiteral("water:00000000000001"),
                            QStringLiteral("gas:00000000000002")};
    for (const QString &s : specs)
        out << *parseMeterSpec(s, 1);
    return out;
}

Simulation::Simulation(SimOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.start.isValid() ? m_options.start : QDateTime::currentDateTime(), m_options.speed)
{
    const QByteArray key = m_options.key.isEmpty() ? QByteArray(DefaultKey) : m_options.key;
    m_security = std::make_unique<dlt645::SoftwareSecurityModule>(key);
    m_responders.push_back(std::make_unique<Dlt645Responder>(m_security.get()));
    m_responders.push_back(std::make_unique<Cjt188Responder>());
}

Simulation::~Simulation() = default;

Status Simulation::start()
{
    const QDateTime now = m_clock.now();
    QSet<QString> names, addresses;
    for (const MeterConfig &c : m_options.meters) {
        if (names.contains(c.name))
            return Error::invalid(tr("Two meters are called %1.").arg(c.name));
        if (addresses.contains(c.protocol + c.address))
            return Error::invalid(tr("Two %1 meters have the address %2.").arg(c.protocol, c.address));
        names.insert(c.name);
        addresses.insert(c.protocol + c.address);
        m_meters.push_back(std::make_unique<Meter>(c, now));
    }
    if (!m_options.statePath.isEmpty() && QFile::exists(m_options.statePath)) {
        QFile f(m_options.statePath);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Io, tr("Cannot read the state file %1.").arg(m_options.statePath));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject states = root.value(QStringLiteral("meters")).toObject();
        for (const auto &m : m_meters)
            if (states.contains(m->name()))
                m->loadState(states.value(m->name()).toObject());
    }

    QList<Responder *> responders;
    for (const auto &r : m_responders)
        responders << r.get();
    // Lines: one per meter unless they name a shared one (or --bus puts them all on one).
    QHash<QString, Line *> byName;
    quint32 seed = m_options.seed;
    for (const auto &m : m_meters) {
        const QString lineName =
            m_options.oneBus ? QStringLiteral("bus") : (m->config().line.isEmpty() ? m->name() : m->config().line);
        Line *line = byName.value(lineName);
        if (!line) {
            auto owned = std::make_unique<Line>(lineName, m_clock, responders, seed++, this);
            line = owned.get();
            Status opened;
            if (m_options.tcpPort >= 0) {
                const int port = m_options.tcpPort == 0 ? 0 : m_options.tcpPort + static_cast<int>(m_lines.size());
                opened = line->listenTcp(static_cast<quint16>(port));
            } else {
                const QString link =
                    m_options.linkDir.isEmpty() ? QString() : QDir(m_options.linkDir).filePath(lineName);
                opened = line->openPty(link);
            }
            if (!opened)
                return opened;
            byName.insert(lineName, line);
            m_lines.push_back(std::move(owned));
        }
        line->addMeter(m.get());
    }
    for (const QString &command : m_options.commands) {
        const QStringList reply = execute(command);
        if (reply.last().startsWith(QLatin1String("error")))
            return Error::invalid(tr("%1: %2").arg(command, reply.last()));
    }
    m_ticker = new QTimer(this);
    connect(m_ticker, &QTimer::timeout, this, &Simulation::tick);
    m_ticker->start(250);
    tick();
    return {};
}

QStringList Simulation::deviceLines() const
{
    QStringList out;
    for (const auto &line : m_lines)
        for (const Meter *m : line->meters())
            out << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(m->config().protocol, m->address(), line->endpoint(), m->name(), utilityName(m->utility()));
    return out;
}

void Simulation::tick()
{
    const QDateTime now = m_clock.now();
    for (const auto &m : m_meters) {
        m->advanceTo(now);
        // Supply and alarm changes go to stderr, for whoever watches the demo.
        const QString event = QStringLiteral("supply=%1 low_balance_alarm=%2")
                                  .arg(m->supplyOn() ? QStringLiteral("on") : QStringLiteral("off"))
                                  .arg(m->lowBalanceAlarm() ? 1 : 0);
        if (m_lastEvent.value(m.get()) != event) {
            m_lastEvent.insert(m.get(), event);
            std::fprintf(stderr, "prepay-metersim: %s %s at %s\n", qPrintable(m->name()), qPrintable(event),
                         qPrintable(now.toString(Qt::ISODate)));
        }
    }
    if (!m_options.statePath.isEmpty())
        saveState().ok();
}

Status Simulation::saveState()
{
    if (m_options.statePath.isEmpty())
        return Error::invalid(tr("No state file: start with --state FILE."));
    QJsonObject meters;
    for (const auto &m : m_meters)
        meters.insert(m->name(), m->saveState());
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("meters"), meters}}).toJson();
    if (QString::fromUtf8(json) == m_lastSaved)
        return {};
    QSaveFile f(m_options.statePath);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit())
        return Error::make(Error::Code::Io, tr("Cannot write the state file %1.").arg(m_options.statePath));
    m_lastSaved = QString::fromUtf8(json);
    return {};
}

QList<Meter *> Simulation::select(const QString &ref, QString *error) const
{
    QList<Meter *> out;
    for (const auto &m : m_meters)
        if (ref.isEmpty() || ref == QLatin1String("all") || m->name() == ref || m->address() == ref)
            out << m.get();
    if (out.isEmpty() && error)
        *error = tr("No meter is called or numbered \"%1\".").arg(ref);
    return out;
}

QStringList Simulation::execute(const QString &commandLine)
{
    const QStringList words = commandLine.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {QStringLiteral("error: empty command")};
    const QString cmd = words[0];
    const QStringList args = words.mid(1);
    const auto fail = [](const QString &message) { return QStringList{QStringLiteral("error: ") + message}; };
    const QStringList ok{QStringLiteral("ok")};
    const QDateTime now = m_clock.now();
    for (const auto &m : m_meters)
        m->advanceTo(now);

    if (cmd == QLatin1String("help")) {
        return {QStringLiteral(
                    "commands: list | stats | status [METER] | time | speed N | advance DURATION (90s, 15m, 2h, 3d)"),
                QStringLiteral("  leak|gas-alarm|tamper|battery-low [METER] [on|off]"),
                QStringLiteral("  noise P [before|inside] [METER] | slow MS [METER] | mute [METER] | unmute [METER]"),
                QStringLiteral("  clear [METER] | balance METER AMOUNT | press METER | supply METER on|off"),
                QStringLiteral("  card METER FILE    (put the IC card whose image is FILE into the meter)"),
                QStringLiteral("  save | quit        (METER: name or address; none or \"all\": every meter)"),
                QStringLiteral("ok")};
    }
    if (cmd == QLatin1String("list"))
        return deviceLines() << QStringLiteral("ok");
    if (cmd == QLatin1String("stats")) {
        QStringList out;
        for (const auto &line : m_lines)
            out << QStringLiteral("line=%1 frames=%2 replies=%3 endpoint=%4")
                       .arg(line->name())
                       .arg(line->framesReceived())
                       .arg(line->repliesSent())
                       .arg(line->endpoint());
        return out << QStringLiteral("ok");
    }
    if (cmd == QLatin1String("status")) {
        QString error;
        const auto meters = select(args.value(0), &error);
        if (meters.isEmpty())
            return fail(error);
        QStringList out;
        for (const Meter *m : meters)
            out << m->statusLine();
        return out << QStringLiteral("ok");
    }
    if (cmd == QLatin1String("time"))
        return {QStringLiteral("time=%1 speed=%2").arg(now.toString(Qt::ISODateWithMs)).arg(m_clock.speed()),
                QStringLiteral("ok")};
    if (cmd == QLatin1String("speed")) {
        bool isNumber = false;
        const double speed = args.value(0).toDouble(&isNumber);
        if (!isNumber || speed < 0 || speed > 1e7)
            return fail(tr("speed takes a factor from 0 (stopped) to 10000000."));
        m_clock.setSpeed(speed);
        return ok;
    }
    if (cmd == QLatin1String("advance")) {
        const auto ms = parseDuration(args.value(0));
        if (!ms || *ms > 3'650LL * 86'400'000)
            return fail(tr("advance takes a duration such as 90s, 15m, 2h or 3d (at most 3650d)."));
        m_clock.advance(*ms);
        tick();
        return ok;
    }
    if (cmd == QLatin1String("leak") || cmd == QLatin1String("gas-alarm") || cmd == QLatin1String("tamper") ||
        cmd == QLatin1String("battery-low")) {
        bool on = true;
        QString ref;
        for (const QString &a : args) {
            if (a == QLatin1String("on") || a == QLatin1String("off"))
                on = a == QLatin1String("on");
            else
                ref = a;
        }
        QString error;
        QList<Meter *> meters = select(ref, &error);
        if (meters.isEmpty())
            return fail(error);
        // A leak is a water meter's fault and a gas alarm a gas meter's: "all" means all of those.
        const auto only = [&](Utility u, const QString &what) -> QString {
            QList<Meter *> kept;
            for (Meter *m : meters)
                if (m->utility() == u)
                    kept << m;
            if (kept.isEmpty())
                return tr("%1 applies to %2 meters only.").arg(cmd, what);
            meters = kept;
            return {};
        };
        if (cmd == QLatin1String("leak"))
            error = only(Utility::Water, utilityName(Utility::Water));
        else if (cmd == QLatin1String("gas-alarm"))
            error = only(Utility::Gas, utilityName(Utility::Gas));
        if (!error.isEmpty())
            return fail(error);
        for (Meter *m : meters) {
            if (cmd == QLatin1String("leak"))
                m->setLeak(on);
            else if (cmd == QLatin1String("gas-alarm"))
                m->setGasAlarm(on);
            else if (cmd == QLatin1String("tamper"))
                m->setTamper(on);
            else
                m->setBatteryLow(on);
        }
        return ok;
    }
    if (cmd == QLatin1String("noise")) {
        bool isNumber = false;
        const double p = args.value(0).toDouble(&isNumber);
        if (!isNumber || p < 0 || p > 1)
            return fail(tr("noise takes a probability from 0 to 1."));
        bool before = true, inside = true;
        QString ref;
        for (const QString &a : args.mid(1)) {
            if (a == QLatin1String("before"))
                inside = false;
            else if (a == QLatin1String("inside"))
                before = false;
            else
                ref = a;
        }
        QString error;
        const auto meters = select(ref, &error);
        if (meters.isEmpty())
            return fail(error);
        for (Meter *m : meters) {
            m->lineFaults().noiseBefore = before ? p : 0;
            m->lineFaults().noiseInside = inside ? p : 0;
        }
        return ok;
    }
    if (cmd == QLatin1String("slow")) {
        bool isNumber = false;
        const int ms = args.value(0).toInt(&isNumber);
        if (!isNumber || ms < 0 || ms > 600'000)
            return fail(tr("slow takes a delay in milliseconds (0 to 600000)."));
        QString error;
        const auto meters = select(args.value(1), &error);
        if (meters.isEmpty())
            return fail(error);
        for (Meter *m : meters)
            m->lineFaults().slowMs = ms;
        return ok;
    }
    if (cmd == QLatin1String("mute") || cmd == QLatin1String("unmute")) {
        QString error;
        const auto meters = select(args.value(0), &error);
        if (meters.isEmpty())
            return fail(error);
        for (Meter *m : meters)
            m->lineFaults().mute = cmd == QLatin1String("mute");
        return ok;
    }
    if (cmd == QLatin1String("clear")) {
        QString error;
        const auto meters = select(args.value(0), &error);
        if (meters.isEmpty())
            return fail(error);
        for (Meter *m : meters) {
            m->setLeak(false);
            m->setGasAlarm(false);
            m->setTamper(false);
            m->setBatteryLow(false);
            m->lineFaults() = LineFaults{};
        }
        return ok;
    }
    if (cmd == QLatin1String("balance") || cmd == QLatin1String("press") || cmd == QLatin1String("supply")) {
        if (args.isEmpty() || args[0] == QLatin1String("all"))
            return fail(tr("%1 needs one meter's name or address.").arg(cmd));
        QString error;
        const auto meters = select(args[0], &error);
        if (meters.isEmpty())
            return fail(error);
        Meter *m = meters.first();
        if (cmd == QLatin1String("press")) {
            m->pressButton();
        } else if (cmd == QLatin1String("supply")) {
            if (args.value(1) == QLatin1String("on"))
                m->openValve(); // relay closed / valve open, as an engineer on site
            else if (args.value(1) == QLatin1String("off"))
                m->trip();
            else
                return fail(tr("supply METER on|off"));
        } else {
            const int decimals = m->config().mode == CreditMode::Money ? 2 : 3;
            const auto v = fixed(args.value(1), decimals);
            if (!v)
                return fail(tr("balance METER AMOUNT (up to %1 decimals)").arg(decimals));
            m->setBalance(*v);
        }
        return ok;
    }
    if (cmd == QLatin1String("card")) {
        if (args.size() < 2 || args[0] == QLatin1String("all"))
            return fail(tr("card METER FILE: one meter's name or address and a card image file."));
        QString error;
        const auto meters = select(args[0], &error);
        if (meters.isEmpty())
            return fail(error);
        Meter *m = meters.first();
        const QByteArray key = m->config().cardKey.isEmpty() ? m_options.cardKey : m->config().cardKey;
        const QString code = m->config().utilityCode.isEmpty() ? m_options.utilityCode : m->config().utilityCode;
        return CardSlot::insert(*m, args.mid(1).join(QLatin1Char(' ')), key, code);
    }
    if (cmd == QLatin1String("save")) {
        if (const Status s = saveState(); !s)
            return fail(s.error().message);
        return ok;
    }
    if (cmd == QLatin1String("quit") || cmd == QLatin1String("exit")) {
        emit quitRequested();
        return ok;
    }
    return fail(tr("unknown command \"%1\" (try help).").arg(cmd));
}

} // namespace prepaydesk::metersim
