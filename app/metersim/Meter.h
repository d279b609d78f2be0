#pragma once

// One simulated prepaid meter, independent of any protocol or line: it holds credit, uses it on
// the simulation's (accelerated) clock, raises its low-balance alarm, cuts supply at zero and
// restores it on recharge, and carries the faults the control channel injects. The protocol
// responders read and change it; the line never sees it.

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace prepaydesk::metersim {

enum class Utility
{
    Electricity,
    Water,
    Gas,
};

QString utilityName(Utility utility); // "electricity", "water", "gas"
std::optional<Utility> parseUtility(const QString &text);

enum class CreditMode
{
    Money, // the meter counts down money (fen): "electricity-fee prepaid"
    Units, // the meter counts down milli-units (Wh, litres)
};

struct MeterConfig
{
    QString name; // "elec-1": how the control channel names it
    Utility utility = Utility::Electricity;
    QString protocol; // "dlt645" or "cjt188"
    QString address;  // 12 digits (DL/T 645) or 14 digits (CJ/T 188)
    QString edition;  // "2007"/"1997" or "2004"/"2018"; empty: the protocol's default
    CreditMode mode = CreditMode::Money;
    qint64 balance = 0;        // fen (Money) or milli-units (Units)
    qint64 price = 0;          // 1/10000 yuan per whole unit (kWh, m³): 5283 = 0.5283 yuan/kWh
    qint64 ratePerHour = 0;    // milli-units per hour in the daytime (Wh/h = W for electricity)
    int nightPercent = 10;     // use between 00:00 and 05:00, percent of the daytime rate
    qint64 leakPerHour = 0;    // water leak flow in milli-units per hour (0: half the daytime rate)
    qint64 alarmThreshold = 0; // low-balance alarm at or below this (same unit as balance); 0: none
    qint64 hoardingLimit = 0;  // a purchase may not raise the balance above this; 0: no limit
    QString customer;          // customer number the account is open for; empty: any
    QString line;              // meters with the same line name share one line (an RS-485 bus)
    QByteArray cardKey;        // IC cards: the utility's 32-byte card key (docs/card-format.md); empty: none
    QString utilityCode;       // IC cards: the 6-digit utility code the meter takes cards of
};

// Faults of the line as seen from this meter's replies.
struct LineFaults
{
    double noiseBefore = 0; // probability of random bytes before a reply
    double noiseInside = 0; // probability of one reply byte changed (the frame fails its check)
    int slowMs = 0;         // extra delay before each reply
    bool mute = false;      // no replies at all
};

// Why a purchase was refused; the DL/T 645 responder maps these to its security error word.
enum class PurchaseRefusal
{
    None,
    Repeated,      // the purchase count is the meter's current one: already loaded
    CountMismatch, // the purchase count does not follow the meter's
    Customer,      // a different customer than the one the account was opened for
    Hoarding,      // the balance would exceed the hoarding limit
};

class Meter
{
    Q_DECLARE_TR_FUNCTIONS(Meter)
public:
    Meter(MeterConfig config, const QDateTime &simNow);

    const MeterConfig &config() const { return m_config; }
    QString name() const { return m_config.name; }
    QString address() const { return m_config.address; }
    void setAddress(const QString &address) { m_config.address = address; }
    Utility utility() const { return m_config.utility; }

    // Uses credit from the last call up to `simNow` (a simulation time, never going back).
    void advanceTo(const QDateTime &simNow);
    QDateTime simTime() const { return m_simTime; }

    // ---- What the meter shows ---------------------------------------------------------------
    qint64 balance() const { return m_balance; }                 // fen or milli-units, never below 0
    qint64 remainingUnits() const;                               // milli-units the balance still buys
    qint64 total() const { return m_total; }                     // register: milli-units used since made
    qint64 settlementTotal() const { return m_settlementTotal; } // register at the last settlement day
    quint32 purchaseCount() const { return m_purchaseCount; }
    qint64 cumulativePurchase() const { return m_cumulativePurchase; } // same unit as balance
    qint64 lastPurchase() const { return m_lastPurchase; }             // same unit as balance
    QString customer() const { return m_customer; }
    // Use right now, in milli-units per hour (0 while supply is off).
    qint64 currentRatePerHour() const;

    bool supplyOn() const;                                  // relay closed / valve open
    bool lowBalanceAlarm() const;                           // at or below the alarm threshold
    bool creditExhausted() const { return m_balance <= 0; } // supply cut for want of credit
    bool remoteOpen() const { return m_remoteOpen; }        // tripped / valve closed by command
    bool awaitingPress() const { return m_awaitingPress; }  // close allowed, waiting for the button
    bool protect() const { return m_protect; }
    bool remoteAlarm() const { return m_remoteAlarm; }

    // ---- Commands ---------------------------------------------------------------------------
    // A purchase of `amount` (fen, or hundredths of a unit on a Units meter) carrying the
    // meter's purchase count after it. The balance, count and cumulative purchase change only
    // when it is accepted.
    PurchaseRefusal purchase(qint64 amount, quint32 newCount, const QString &customer, bool openAccount);
    // CJ/T 188 purchases carry a sequence number 0..99 (one BCD byte) instead: the next one after
    // the last is accepted, the same one again is a repeated purchase.
    PurchaseRefusal purchaseWithSerial(qint64 amount, int serial);
    int lastPurchaseSerial() const; // -1: none yet
    void trip()
    {
        m_remoteOpen = true;
        m_awaitingPress = false;
    }
    void closeAllowed(); // the relay closes when the customer presses the button (pressButton)
    void directClose()
    {
        m_remoteOpen = false;
        m_awaitingPress = false;
    }
    void pressButton() { m_awaitingPress = false; }
    void setProtect(bool on) { m_protect = on; }
    void setRemoteAlarm(bool on) { m_remoteAlarm = on; }
    // CJ/T 188 valve: open() clears a gas alarm shut-off too (the engineer reopens it).
    void openValve();
    void closeValve() { m_remoteOpen = true; }

    // The meter's own clock: the simulation time plus whatever offset time sync put there.
    QDateTime meterClock() const { return m_simTime.addMSecs(m_clockOffsetMs); }
    void setMeterClock(const QDateTime &time) { m_clockOffsetMs = m_simTime.msecsTo(time); }
    // Sets the balance directly (control channel, for demos).
    void setBalance(qint64 balance) { m_balance = qMax<qint64>(0, balance); }

    // ---- IC cards (CardSlot.h) --------------------------------------------------------------
    // A card's credit in the meter's own unit (fen or milli-units), carrying the purchase count
    // after it; refused as purchase() refuses (repeated, count, hoarding), changing nothing.
    PurchaseRefusal loadCredit(qint64 credit, quint32 newCount);
    // Clear card: credit, purchase counters and card binding to zero (meter replacement); the
    // card bound so far is blacklisted. The use register stays.
    void clearCredit();
    // Setup card: alarm level, overdraft, maximum balance (0: none) in the meter's unit, and on
    // money meters the price (fen per unit; 0 keeps the current one) with its tariff version.
    void applySetup(qint64 alarm, qint64 overdraft, qint64 maxBalance, int priceVersion, qint64 priceFen);
    // The overdraft a setup card allowed. Kept and shown; use still stops at zero credit.
    qint64 overdraft() const { return m_overdraft; }
    int priceVersion() const { return m_priceVersion; }
    QByteArray boundCard() const { return m_boundCard; } // serial of the user card bound; empty: none
    void bindCard(const QByteArray &serial) { m_boundCard = serial; }
    // The customer the account is for (a card meter takes it from the first card bound).
    void setCustomer(const QString &customer) { m_customer = customer; }
    bool isBlacklisted(const QByteArray &serial) const { return m_blacklist.contains(serial); }
    void blacklistCard(const QByteArray &serial);
    // The use register as read at card insertions, newest first, one per day, at most 4.
    const QList<std::pair<QDate, qint64>> &readingLog() const { return m_readingLog; }
    void logReading();

    // ---- Faults -----------------------------------------------------------------------------
    bool leak() const { return m_leak; }
    void setLeak(bool on) { m_leak = on; }
    bool gasAlarm() const { return m_gasAlarm; }
    void setGasAlarm(bool on); // a gas meter shuts its valve on a gas alarm
    bool tamper() const { return m_tamper; }
    void setTamper(bool on) { m_tamper = on; }
    bool batteryLow() const { return m_batteryLow; }
    void setBatteryLow(bool on) { m_batteryLow = on; }
    LineFaults &lineFaults() { return m_lineFaults; }
    const LineFaults &lineFaults() const { return m_lineFaults; }

    // One line of key=value pairs for the control channel's `status`.
    QString statusLine() const;

    // The changing part (balance, registers, counters, relay, faults, clock offset) for --state.
    QJsonObject saveState() const;
    void loadState(const QJsonObject &state);

private:
    // Use in milli-units per hour at a simulation time, ignoring the supply state.
    qint64 demandAt(const QDateTime &time) const;
    // Uses `ms` of simulation time at `ratePerHour`; stops at zero credit.
    void consume(qint64 ms, qint64 ratePerHour);

    MeterConfig m_config;
    QDateTime m_simTime;
    qint64 m_clockOffsetMs = 0;

    qint64 m_balance = 0;
    qint64 m_total = 0;
    qint64 m_settlementTotal = 0;
    qint64 m_usageRemainder = 0; // milli-units × ms not yet whole milli-units (of 3,600,000)
    qint64 m_costRemainder = 0;  // money used and not yet a whole fen, in 1e-7 yuan
    quint32 m_purchaseCount = 0;
    qint64 m_cumulativePurchase = 0;
    qint64 m_lastPurchase = 0;
    int m_lastSerial = -1;
    QString m_customer;

    bool m_remoteOpen = false;
    bool m_awaitingPress = false;
    bool m_protect = false;
    bool m_remoteAlarm = false;
    bool m_gasShutOff = false;

    bool m_leak = false;
    bool m_gasAlarm = false;
    bool m_tamper = false;
    bool m_batteryLow = false;
    LineFaults m_lineFaults;

    QByteArray m_boundCard;
    QList<QByteArray> m_blacklist;
    QList<std::pair<QDate, qint64>> m_readingLog;
    qint64 m_overdraft = 0;
    int m_priceVersion = 0;
    bool m_setupApplied = false; // settings came from a setup card: kept in the state file
};

} // namespace prepaydesk::metersim
