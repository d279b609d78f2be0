// The simulator's meter model on its own, on a clock the test moves: credit used at the rate and
// price given, the night profile and the leak, the alarm threshold, the cut at zero and the
// restore on recharge, purchase checks that change nothing when they refuse, and the state file.
#include "Meter.h"
#include "Simulation.h"

#include <QTest>

using namespace prepaydesk::metersim;

namespace {

// Noon on a weekday: daytime rate.
const QDateTime Noon(QDate(2026, 11, 18), QTime(12, 0));

MeterConfig electricity(qint64 balanceFen, qint64 price, qint64 ratePerHour, qint64 alarm = 0)
{
    MeterConfig c;
    c.name = QStringLiteral("elec-1");
    c.utility = Utility::Electricity;
    c.protocol = QStringLiteral("dlt645");
    c.address = QStringLiteral("000000000001");
    c.balance = balanceFen;
    c.price = price;
    c.ratePerHour = ratePerHour;
    c.alarmThreshold = alarm;
    return c;
}

} // namespace

class TestMetersimModel : public QObject
{
    Q_OBJECT

private slots:
    void usesCreditAtRateAndPrice()
    {
        // 1 kW for an hour at 0.5000 yuan/kWh: 1.000 kWh, 0.50 yuan.
        Meter m(electricity(1000, 5000, 1000), Noon);
        m.advanceTo(Noon.addSecs(3600));
        QCOMPARE(m.total(), 1000);
        QCOMPARE(m.balance(), 950);
        QVERIFY(m.supplyOn());
        QCOMPARE(m.currentRatePerHour(), 1000);
    }

    void smallStepsAddUpToOneBigStep()
    {
        // 0.5283 yuan/kWh at 1.234 kW for 10 hours, once in 1-second steps and once in one step:
        // the integer remainders must make both exactly the same.
        Meter fine(electricity(100'000, 5283, 1234), Noon);
        Meter coarse(electricity(100'000, 5283, 1234), Noon);
        for (int s = 1; s <= 36'000; ++s)
            fine.advanceTo(Noon.addSecs(s));
        coarse.advanceTo(Noon.addSecs(36'000));
        QCOMPARE(fine.total(), 12'340);
        QCOMPARE(coarse.total(), 12'340);
        QCOMPARE(fine.balance(), coarse.balance());
        // 12.340 kWh × 0.5283 = 6.519222 yuan: 651 fen used, the rest carried.
        QCOMPARE(coarse.balance(), 100'000 - 651);
    }

    void nightUseIsLower()
    {
        const QDateTime oneAm(Noon.date(), QTime(1, 0));
        Meter m(electricity(100'000, 5000, 1000), oneAm);
        m.advanceTo(oneAm.addSecs(3600));
        QCOMPARE(m.total(), 100); // 10 % of the daytime rate
        // From 04:30 to 05:30: half an hour at night, half in the day.
        Meter n(electricity(100'000, 5000, 1000), QDateTime(Noon.date(), QTime(4, 30)));
        n.advanceTo(QDateTime(Noon.date(), QTime(5, 30)));
        QCOMPARE(n.total(), 50 + 500);
    }

    void lowBalanceAlarmThenCutAtZeroThenRestore()
    {
        // 1.00 yuan at 0.50 yuan/kWh and 1 kW: two hours of supply; alarm at 0.50 yuan.
        Meter m(electricity(100, 5000, 1000, 50), Noon);
        m.advanceTo(Noon.addSecs(1800));
        QCOMPARE(m.balance(), 75);
        QVERIFY(!m.lowBalanceAlarm());
        m.advanceTo(Noon.addSecs(3600));
        QCOMPARE(m.balance(), 50);
        QVERIFY(m.lowBalanceAlarm());
        QVERIFY(m.supplyOn());
        m.advanceTo(Noon.addSecs(5 * 3600));
        QCOMPARE(m.balance(), 0);
        QCOMPARE(m.total(), 2000); // not a watt-hour more than the money bought
        QVERIFY(!m.supplyOn());
        QVERIFY(m.creditExhausted());
        QCOMPARE(m.currentRatePerHour(), 0);
        m.advanceTo(Noon.addSecs(10 * 3600));
        QCOMPARE(m.total(), 2000);

        QCOMPARE(m.purchase(1000, 1, {}, false), PurchaseRefusal::None);
        QVERIFY(m.supplyOn());
        QVERIFY(!m.lowBalanceAlarm());
        QCOMPARE(m.balance(), 1000);
        QCOMPARE(m.purchaseCount(), 1u);
        QCOMPARE(m.cumulativePurchase(), 1000);
        m.advanceTo(Noon.addSecs(11 * 3600));
        QCOMPARE(m.total(), 3000);
    }

    void refusedPurchasesChangeNothing()
    {
        MeterConfig c = electricity(500, 5000, 1000);
        c.hoardingLimit = 10'000;
        c.customer = QStringLiteral("123456");
        Meter m(c, Noon);
        QCOMPARE(m.purchase(1000, 1, QStringLiteral("000000123456"), false), PurchaseRefusal::None);
        const auto unchanged = [&m] {
            return m.balance() == 1500 && m.purchaseCount() == 1u && m.cumulativePurchase() == 1000;
        };
        QCOMPARE(m.purchase(1000, 1, {}, false), PurchaseRefusal::Repeated);
        QVERIFY(unchanged());
        QCOMPARE(m.purchase(1000, 3, {}, false), PurchaseRefusal::CountMismatch);
        QVERIFY(unchanged());
        QCOMPARE(m.purchase(1000, 2, QStringLiteral("654321"), false), PurchaseRefusal::Customer);
        QVERIFY(unchanged());
        QCOMPARE(m.purchase(9000, 2, {}, false), PurchaseRefusal::Hoarding);
        QVERIFY(unchanged());
        QCOMPARE(m.purchase(8500, 2, {}, false), PurchaseRefusal::None); // exactly up to the limit
        QCOMPARE(m.balance(), 10'000);
    }

    void serialPurchasesWrapAtOneHundred()
    {
        Meter m(electricity(0, 5000, 1000), Noon);
        QCOMPARE(m.purchaseWithSerial(100, 98), PurchaseRefusal::None);
        QCOMPARE(m.purchaseWithSerial(100, 98), PurchaseRefusal::Repeated);
        QCOMPARE(m.purchaseWithSerial(100, 0), PurchaseRefusal::CountMismatch);
        QCOMPARE(m.purchaseWithSerial(100, 99), PurchaseRefusal::None);
        QCOMPARE(m.purchaseWithSerial(100, 0), PurchaseRefusal::None);
        QCOMPARE(m.balance(), 300);
        QCOMPARE(m.purchaseCount(), 3u);
    }

    void waterLeakRaisesNightFlow()
    {
        MeterConfig c;
        c.name = QStringLiteral("water-1");
        c.utility = Utility::Water;
        c.protocol = QStringLiteral("cjt188");
        c.balance = 100'000;
        c.price = 34'500;
        c.ratePerHour = 50; // 50 L/h by day, 5 L/h at night
        const QDateTime twoAm(Noon.date(), QTime(2, 0));
        Meter dry(c, twoAm);
        Meter leaking(c, twoAm);
        leaking.setLeak(true);
        dry.advanceTo(twoAm.addSecs(3600));
        leaking.advanceTo(twoAm.addSecs(3600));
        QCOMPARE(dry.total(), 5);
        QCOMPARE(leaking.total(), 5 + 25); // default leak: half the daytime rate
    }

    void gasAlarmShutsTheValveUntilClearedAndReopened()
    {
        MeterConfig c;
        c.name = QStringLiteral("gas-1");
        c.utility = Utility::Gas;
        c.protocol = QStringLiteral("cjt188");
        c.balance = 4000;
        c.price = 26'100;
        c.ratePerHour = 100;
        Meter m(c, Noon);
        m.setGasAlarm(true);
        QVERIFY(!m.supplyOn());
        m.openValve();
        QVERIFY(!m.supplyOn()); // not while the alarm lasts
        m.setGasAlarm(false);
        QVERIFY(!m.supplyOn()); // clearing the alarm does not reopen by itself
        m.openValve();
        QVERIFY(m.supplyOn());
    }

    void relayCommandsAndProtect()
    {
        Meter m(electricity(100, 5000, 1000), Noon);
        m.trip();
        QVERIFY(!m.supplyOn());
        QVERIFY(m.remoteOpen());
        m.advanceTo(Noon.addSecs(3600));
        QCOMPARE(m.total(), 0); // no use while tripped
        m.closeAllowed();
        QVERIFY(!m.remoteOpen());
        QVERIFY(!m.supplyOn()); // waits for the customer's button
        m.pressButton();
        QVERIFY(m.supplyOn());
        m.trip();
        m.directClose();
        QVERIFY(m.supplyOn());
        // Protected: supply stays on at zero credit.
        m.setProtect(true);
        m.advanceTo(Noon.addSecs(6 * 3600));
        QCOMPARE(m.balance(), 0);
        QVERIFY(m.supplyOn());
        m.setProtect(false);
        QVERIFY(!m.supplyOn());
    }

    void meterClockFollowsTimeSync()
    {
        Meter m(electricity(100, 5000, 1000), Noon);
        const QDateTime set(QDate(2026, 1, 2), QTime(3, 4, 5));
        m.setMeterClock(set);
        m.advanceTo(Noon.addSecs(60));
        QCOMPARE(m.meterClock(), set.addSecs(60));
    }

    void stateRoundTrip()
    {
        Meter a(electricity(1000, 5000, 1000, 100), Noon);
        a.advanceTo(Noon.addSecs(1234));
        QCOMPARE(a.purchase(500, 1, QStringLiteral("42"), true), PurchaseRefusal::None);
        a.setTamper(true);
        a.trip();
        Meter b(electricity(0, 5000, 1000, 100), Noon.addSecs(1234));
        b.loadState(a.saveState());
        QCOMPARE(b.balance(), a.balance());
        QCOMPARE(b.total(), a.total());
        QCOMPARE(b.purchaseCount(), 1u);
        QCOMPARE(b.customer(), QStringLiteral("42"));
        QVERIFY(b.tamper());
        QVERIFY(b.remoteOpen());
        // The carried fractions came along: both go on identically.
        a.directClose();
        b.directClose();
        a.advanceTo(Noon.addSecs(99'999));
        b.advanceTo(Noon.addSecs(99'999));
        QCOMPARE(b.balance(), a.balance());
        QCOMPARE(b.total(), a.total());
    }

    void meterSpecs()
    {
        auto e = parseMeterSpec(QStringLiteral("electricity:1:name=e,balance=12.5,price=0.5283,rate=1.2,alarm=3"), 1);
        QVERIFY(e.ok());
        QCOMPARE(e->address, QStringLiteral("000000000001"));
        QCOMPARE(e->protocol, QStringLiteral("dlt645"));
        QCOMPARE(e->edition, QStringLiteral("2007"));
        QCOMPARE(e->balance, 1250);
        QCOMPARE(e->price, 5283);
        QCOMPARE(e->ratePerHour, 1200);
        QCOMPARE(e->alarmThreshold, 300);
        auto w = parseMeterSpec(QStringLiteral("water:123:line=bus1"), 2);
        QVERIFY(w.ok());
        QCOMPARE(w->address, QStringLiteral("00000000000123"));
        QCOMPARE(w->protocol, QStringLiteral("cjt188"));
        QCOMPARE(w->name, QStringLiteral("water-2"));
        QCOMPARE(w->line, QStringLiteral("bus1"));
        // Each mistake is named.
        for (const char *bad :
             {"steam:1", "electricity", "electricity:12a", "electricity:1234567890123", "electricity:1:balance=1.234",
              "electricity:1:price=x", "electricity:1:colour=red", "gas:1:protocol=modbus", "water:1:night=150"}) {
            const auto r = parseMeterSpec(QString::fromLatin1(bad), 1);
            QVERIFY2(!r.ok(), bad);
            QVERIFY(!r.error().message.isEmpty());
        }
        QCOMPARE(parseDuration(QStringLiteral("90s")), std::optional<qint64>(90'000));
        QCOMPARE(parseDuration(QStringLiteral("2h")), std::optional<qint64>(7'200'000));
        QCOMPARE(parseDuration(QStringLiteral("3d")), std::optional<qint64>(259'200'000));
        QVERIFY(!parseDuration(QStringLiteral("h")));
        QVERIFY(!parseDuration(QStringLiteral("-1m")));
    }
};

QTEST_GUILESS_MAIN(TestMetersimModel)
#include "tst_metersim_model.moc"
