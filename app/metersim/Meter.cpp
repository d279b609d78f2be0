#include "Meter.h"

#include "money/FixedPoint.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace prepaydesk::metersim {

namespace {

constexpr qint64 MsPerHour = 3'600'000;
// Money used is kept in 1e-7 yuan: a price in 1e-4 yuan per unit is 1e-7 yuan per milli-unit.
constexpr qint64 CostPerFen = 100'000;

QString strippedCustomer(const QString &customer)
{
    QString out = customer;
    while (out.size() > 1 && out.startsWith(QLatin1Char('0')))
        out.remove(0, 1);
    return out;
}

// The next instant at which the use profile can change: the next whole hour.
QDateTime nextHour(const QDateTime &t)
{
    const QDateTime hour(t.date(), QTime(t.time().hour(), 0));
    return hour.addSecs(3600);
}

} // namespace

QString utilityName(Utility utility)
{
    switch (utility) {
    case Utility::Electricity:
        return QStringLiteral("electricity");
    case Utility::Water:
        return QStringLiteral("water");
    case Utility::Gas:
        return QStringLiteral("gas");
    }
    return {};
}

std::optional<Utility> parseUtility(const QString &text)
{
    for (Utility u : {Utility::Electricity, Utility::Water, Utility::Gas})
        if (text == utilityName(u))
            return u;
    return std::nullopt;
}

Meter::Meter(MeterConfig config, const QDateTime &simNow)
    : m_config(std::move(config))
    , m_simTime(simNow)
    , m_balance(qMax<qint64>(0, m_config.balance))
    , m_customer(m_config.customer)
{}

qint64 Meter::demandAt(const QDateTime &time) const
{
    const int hour = time.time().hour();
    qint64 rate = m_config.ratePerHour * (hour < 5 ? m_config.nightPercent : 100) / 100;
    // A leak runs day and night: what gives it away is flow at night, when nobody draws water.
    if (m_leak && m_config.utility == Utility::Water)
        rate += m_config.leakPerHour > 0 ? m_config.leakPerHour : m_config.ratePerHour / 2;
    return rate;
}

qint64 Meter::currentRatePerHour() const
{
    return supplyOn() ? demandAt(m_simTime) : 0;
}

bool Meter::supplyOn() const
{
    return !m_remoteOpen && !m_awaitingPress && !m_gasShutOff && (m_balance > 0 || m_protect);
}

bool Meter::lowBalanceAlarm() const
{
    return m_config.alarmThreshold > 0 && m_balance <= m_config.alarmThreshold;
}

qint64 Meter::remainingUnits() const
{
    if (m_config.mode == CreditMode::Units)
        return m_balance;
    if (m_config.price <= 0)
        return 0;
    return (m_balance * CostPerFen - m_costRemainder) / m_config.price;
}

void Meter::advanceTo(const QDateTime &simNow)
{
    while (m_simTime < simNow) {
        const QDateTime stepEnd = qMin(nextHour(m_simTime), simNow);
        if (supplyOn())
            consume(m_simTime.msecsTo(stepEnd), demandAt(m_simTime));
        // The settlement day is the first of the month at 00:00 (CJ/T 188 "settlement-day flow").
        if (stepEnd.date().day() == 1 && stepEnd.time() == QTime(0, 0))
            m_settlementTotal = m_total;
        m_simTime = stepEnd;
    }
}

void Meter::consume(qint64 ms, qint64 ratePerHour)
{
    if (ms <= 0 || ratePerHour <= 0)
        return;
    const qint64 acc = m_usageRemainder + ratePerHour * ms;
    qint64 used = acc / MsPerHour;
    m_usageRemainder = acc % MsPerHour;
    if (m_config.mode == CreditMode::Units) {
        if (used >= m_balance && !m_protect) {
            used = m_balance;
            m_usageRemainder = 0;
        }
        m_balance = qMax<qint64>(0, m_balance - used);
    } else if (m_config.price > 0) {
        const qint64 credit = m_balance * CostPerFen - m_costRemainder;
        const qint64 cost = used * m_config.price;
        if (cost >= credit) {
            // Supply stops when the money does (protected meters go on free: no overdraft kept).
            if (!m_protect) {
                used = credit / m_config.price;
                m_usageRemainder = 0;
            }
            m_balance = 0;
            m_costRemainder = 0;
        } else {
            m_costRemainder += cost;
            m_balance -= m_costRemainder / CostPerFen;
            m_costRemainder %= CostPerFen;
        }
    }
    m_total += used;
}

PurchaseRefusal Meter::purchase(qint64 amount, quint32 newCount, const QString &customer, bool openAccount)
{
    if (!customer.isEmpty() && !m_customer.isEmpty() && strippedCustomer(customer) != strippedCustomer(m_customer))
        return PurchaseRefusal::Customer;
    if (newCount == m_purchaseCount)
        return PurchaseRefusal::Repeated;
    if (newCount != m_purchaseCount + 1)
        return PurchaseRefusal::CountMismatch;
    // Units meters take purchases in hundredths of a unit (10 milli-units).
    const qint64 credit = m_config.mode == CreditMode::Units ? amount * 10 : amount;
    const PurchaseRefusal r = loadCredit(credit, newCount);
    if (r == PurchaseRefusal::None && openAccount && !customer.isEmpty())
        m_customer = customer;
    return r;
}

PurchaseRefusal Meter::loadCredit(qint64 credit, quint32 newCount)
{
    if (newCount == m_purchaseCount)
        return PurchaseRefusal::Repeated;
    if (newCount != m_purchaseCount + 1)
        return PurchaseRefusal::CountMismatch;
    if (m_config.hoardingLimit > 0 && m_balance + credit > m_config.hoardingLimit)
        return PurchaseRefusal::Hoarding;
    m_balance += credit;
    m_cumulativePurchase += credit;
    m_lastPurchase = credit;
    m_purchaseCount = newCount;
    return PurchaseRefusal::None;
}

void Meter::clearCredit()
{
    m_balance = 0;
    m_costRemainder = 0;
    m_purchaseCount = 0;
    m_cumulativePurchase = 0;
    m_lastPurchase = 0;
    m_lastSerial = -1;
    // The card bound so far carries counts the meter no longer has: it would load its last
    // credit again. The customer gets a new card.
    blacklistCard(m_boundCard);
    m_boundCard.clear();
}

void Meter::applySetup(qint64 alarm, qint64 overdraft, qint64 maxBalance, int priceVersion, qint64 priceFen)
{
    m_config.alarmThreshold = alarm;
    m_config.hoardingLimit = maxBalance;
    m_overdraft = overdraft;
    if (m_config.mode == CreditMode::Money && priceFen > 0) {
        m_config.price = priceFen * 100; // the meter keeps 1e-4 yuan per unit
        m_priceVersion = priceVersion;
    }
    m_setupApplied = true;
}

void Meter::blacklistCard(const QByteArray &serial)
{
    if (!serial.isEmpty() && !m_blacklist.contains(serial))
        m_blacklist.append(serial);
}

void Meter::logReading()
{
    const QDate today = meterClock().date();
    if (!m_readingLog.isEmpty() && m_readingLog.first().first == today)
        m_readingLog.removeFirst();
    m_readingLog.prepend({today, m_total});
    while (m_readingLog.size() > 4)
        m_readingLog.removeLast();
}

PurchaseRefusal Meter::purchaseWithSerial(qint64 amount, int serial)
{
    if (serial == m_lastSerial)
        return PurchaseRefusal::Repeated;
    if (m_lastSerial >= 0 && serial != (m_lastSerial + 1) % 100)
        return PurchaseRefusal::CountMismatch;
    const PurchaseRefusal r = purchase(amount, m_purchaseCount + 1, {}, false);
    if (r == PurchaseRefusal::None)
        m_lastSerial = serial;
    return r;
}

int Meter::lastPurchaseSerial() const
{
    return m_lastSerial;
}

void Meter::closeAllowed()
{
    if (m_remoteOpen) {
        m_remoteOpen = false;
        m_awaitingPress = true;
    }
}

void Meter::openValve()
{
    m_remoteOpen = false;
    m_awaitingPress = false;
    if (!m_gasAlarm)
        m_gasShutOff = false;
}

void Meter::setGasAlarm(bool on)
{
    m_gasAlarm = on;
    if (on && m_config.utility == Utility::Gas)
        m_gasShutOff = true;
}

QString Meter::statusLine() const
{
    const bool money = m_config.mode == CreditMode::Money;
    const auto flag = [](bool b) { return b ? QStringLiteral("1") : QStringLiteral("0"); };
    QStringList parts{
        QStringLiteral("name=") + m_config.name,
        QStringLiteral("utility=") + utilityName(m_config.utility),
        QStringLiteral("protocol=") + m_config.protocol,
        QStringLiteral("address=") + m_config.address,
        QStringLiteral("balance=") + (money ? fixedpoint::format(m_balance, 2) : fixedpoint::format(m_balance, 3)),
        QStringLiteral("balance_unit=") + (money ? QStringLiteral("yuan") : QStringLiteral("units")),
        QStringLiteral("total=") + fixedpoint::format(m_total, 3),
        QStringLiteral("rate_per_hour=") + fixedpoint::format(currentRatePerHour(), 3),
        QStringLiteral("supply=") + (supplyOn() ? QStringLiteral("on") : QStringLiteral("off")),
        QStringLiteral("low_balance_alarm=") + flag(lowBalanceAlarm()),
        QStringLiteral("remote_open=") + flag(m_remoteOpen),
        QStringLiteral("awaiting_press=") + flag(m_awaitingPress),
        QStringLiteral("protect=") + flag(m_protect),
        QStringLiteral("purchase_count=") + QString::number(m_purchaseCount),
        QStringLiteral("cumulative_purchase=") +
            (money ? fixedpoint::format(m_cumulativePurchase, 2) : fixedpoint::format(m_cumulativePurchase, 3)),
        QStringLiteral("leak=") + flag(m_leak),
        QStringLiteral("gas_alarm=") + flag(m_gasAlarm),
        QStringLiteral("tamper=") + flag(m_tamper),
        QStringLiteral("battery_low=") + flag(m_batteryLow),
        QStringLiteral("noise_before=") + QString::number(m_lineFaults.noiseBefore),
        QStringLiteral("noise_inside=") + QString::number(m_lineFaults.noiseInside),
        QStringLiteral("slow_ms=") + QString::number(m_lineFaults.slowMs),
        QStringLiteral("mute=") + flag(m_lineFaults.mute),
        QStringLiteral("clock=") + meterClock().toString(Qt::ISODate),
        QStringLiteral("card=") +
            (m_boundCard.isEmpty() ? QStringLiteral("none") : QString::fromLatin1(m_boundCard.toHex()).toUpper()),
        QStringLiteral("blacklisted_cards=") + QString::number(m_blacklist.size()),
        QStringLiteral("alarm=") +
            (money ? fixedpoint::format(m_config.alarmThreshold, 2) : fixedpoint::format(m_config.alarmThreshold, 3)),
        QStringLiteral("overdraft=") +
            (money ? fixedpoint::format(m_overdraft, 2) : fixedpoint::format(m_overdraft, 3)),
        QStringLiteral("limit=") +
            (money ? fixedpoint::format(m_config.hoardingLimit, 2) : fixedpoint::format(m_config.hoardingLimit, 3)),
        QStringLiteral("price=") + fixedpoint::format(m_config.price, 4),
        QStringLiteral("price_version=") + QString::number(m_priceVersion),
    };
    return parts.join(QLatin1Char(' '));
}

QJsonObject Meter::saveState() const
{
    // 64-bit counters as strings: JSON numbers are doubles.
    const auto big = [](qint64 v) { return QJsonValue(QString::number(v)); };
    QJsonArray blacklist;
    for (const QByteArray &serial : m_blacklist)
        blacklist.append(QString::fromLatin1(serial.toHex()));
    QJsonArray readings;
    for (const auto &[date, milli] : m_readingLog)
        readings.append(QJsonArray{date.toString(Qt::ISODate), big(milli)});
    QJsonObject out{
        {QStringLiteral("boundCard"), QString::fromLatin1(m_boundCard.toHex())},
        {QStringLiteral("blacklist"), blacklist},
        {QStringLiteral("readingLog"), readings},
        {QStringLiteral("overdraft"), big(m_overdraft)},
        {QStringLiteral("priceVersion"), m_priceVersion},
    };
    if (m_setupApplied)
        out.insert(QStringLiteral("setup"), QJsonObject{{QStringLiteral("alarm"), big(m_config.alarmThreshold)},
                                                        {QStringLiteral("limit"), big(m_config.hoardingLimit)},
                                                        {QStringLiteral("price"), big(m_config.price)}});
    return QJsonObject{
        {QStringLiteral("card"), out},
        {QStringLiteral("address"), m_config.address},
        {QStringLiteral("balance"), big(m_balance)},
        {QStringLiteral("total"), big(m_total)},
        {QStringLiteral("settlementTotal"), big(m_settlementTotal)},
        {QStringLiteral("usageRemainder"), big(m_usageRemainder)},
        {QStringLiteral("costRemainder"), big(m_costRemainder)},
        {QStringLiteral("purchaseCount"), big(m_purchaseCount)},
        {QStringLiteral("cumulativePurchase"), big(m_cumulativePurchase)},
        {QStringLiteral("lastPurchase"), big(m_lastPurchase)},
        {QStringLiteral("lastSerial"), m_lastSerial},
        {QStringLiteral("customer"), m_customer},
        {QStringLiteral("clockOffsetMs"), big(m_clockOffsetMs)},
        {QStringLiteral("remoteOpen"), m_remoteOpen},
        {QStringLiteral("awaitingPress"), m_awaitingPress},
        {QStringLiteral("protect"), m_protect},
        {QStringLiteral("remoteAlarm"), m_remoteAlarm},
        {QStringLiteral("gasShutOff"), m_gasShutOff},
        {QStringLiteral("leak"), m_leak},
        {QStringLiteral("gasAlarm"), m_gasAlarm},
        {QStringLiteral("tamper"), m_tamper},
        {QStringLiteral("batteryLow"), m_batteryLow},
    };
}

void Meter::loadState(const QJsonObject &s)
{
    const auto big = [&s](const char *key, qint64 fallback) {
        bool ok = false;
        const qint64 v = s.value(QLatin1String(key)).toString().toLongLong(&ok);
        return ok ? v : fallback;
    };
    if (s.contains(QStringLiteral("address")))
        m_config.address = s.value(QStringLiteral("address")).toString();
    m_balance = qMax<qint64>(0, big("balance", m_balance));
    m_total = big("total", m_total);
    m_settlementTotal = big("settlementTotal", m_settlementTotal);
    m_usageRemainder = big("usageRemainder", m_usageRemainder);
    m_costRemainder = big("costRemainder", m_costRemainder);
    m_purchaseCount = static_cast<quint32>(big("purchaseCount", m_purchaseCount));
    m_cumulativePurchase = big("cumulativePurchase", m_cumulativePurchase);
    m_lastPurchase = big("lastPurchase", m_lastPurchase);
    m_lastSerial = s.value(QStringLiteral("lastSerial")).toInt(m_lastSerial);
    m_customer = s.value(QStringLiteral("customer")).toString(m_customer);
    m_clockOffsetMs = big("clockOffsetMs", m_clockOffsetMs);
    m_remoteOpen = s.value(QStringLiteral("remoteOpen")).toBool(m_remoteOpen);
    m_awaitingPress = s.value(QStringLiteral("awaitingPress")).toBool(m_awaitingPress);
    m_protect = s.value(QStringLiteral("protect")).toBool(m_protect);
    m_remoteAlarm = s.value(QStringLiteral("remoteAlarm")).toBool(m_remoteAlarm);
    m_gasShutOff = s.value(QStringLiteral("gasShutOff")).toBool(m_gasShutOff);
    m_leak = s.value(QStringLiteral("leak")).toBool(m_leak);
    m_gasAlarm = s.value(QStringLiteral("gasAlarm")).toBool(m_gasAlarm);
    m_tamper = s.value(QStringLiteral("tamper")).toBool(m_tamper);
    m_batteryLow = s.value(QStringLiteral("batteryLow")).toBool(m_batteryLow);

    const QJsonObject card = s.value(QStringLiteral("card")).toObject();
    m_boundCard = QByteArray::fromHex(card.value(QStringLiteral("boundCard")).toString().toLatin1());
    m_blacklist.clear();
    for (const QJsonValue &v : card.value(QStringLiteral("blacklist")).toArray())
        m_blacklist.append(QByteArray::fromHex(v.toString().toLatin1()));
    m_readingLog.clear();
    for (const QJsonValue &v : card.value(QStringLiteral("readingLog")).toArray()) {
        const QJsonArray pair = v.toArray();
        const QDate date = QDate::fromString(pair.at(0).toString(), Qt::ISODate);
        if (date.isValid())
            m_readingLog.append({date, pair.at(1).toString().toLongLong()});
    }
    m_overdraft = card.value(QStringLiteral("overdraft")).toString().toLongLong();
    m_priceVersion = card.value(QStringLiteral("priceVersion")).toInt();
    if (card.contains(QStringLiteral("setup"))) {
        const QJsonObject setup = card.value(QStringLiteral("setup")).toObject();
        m_config.alarmThreshold = setup.value(QStringLiteral("alarm")).toString().toLongLong();
        m_config.hoardingLimit = setup.value(QStringLiteral("limit")).toString().toLongLong();
        m_config.price = setup.value(QStringLiteral("price")).toString().toLongLong();
        m_setupApplied = true;
    }
}

} // namespace prepaydesk::metersim
