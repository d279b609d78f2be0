// The QtSerialBus client of plugins/modbus (ModbusRtuClient) against a third-party Modbus RTU
// slave: Debian's pymodbus (tests/meters/modbus_slave.py) on a socat pty pair that each test
// starts and stops. The slave's datastore is laid out per the generic prepaid map
// (plugins/modbus/maps/generic-prepaid.json, docs/modbus-maps.md); what it holds after each test
// is read from its state file, so "nothing changed" is checked on the meter's side.
#include "ModbusRtuClient.h"
#include "ModbusSlave.h"
#include "RegisterMap.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace prepaydesk;
using namespace prepaydesk::modbus;

namespace {

constexpr int BalanceAddress = 0x0100;
constexpr int CountAddress = 0x0104;

QJsonArray words(std::initializer_list<int> values, int size)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    while (a.size() < size)
        a.append(0);
    return a;
}

// The meter as the tests find it; the raw words and what the generic map makes of them.
QJsonObject initialState()
{
    QJsonArray holding = words({}, 0x120);
    holding[BalanceAddress] = 0;         // balance.money int32 = 12345 -> 123.45 yuan
    holding[BalanceAddress + 1] = 12345; //
    holding[0x102] = 0;                  // balance.energy uint32 = 20000 -> 200.00 kWh
    holding[0x103] = 20000;              //
    holding[CountAddress] = 3;           // purchase.count
    return QJsonObject{
        {QStringLiteral("coils"), words({1}, 8)},       // relay closed
        {QStringLiteral("discrete"), words({1, 0}, 8)}, // low balance on, tamper off
        // energy uint32 0x0001E240 = 123456 -> 1234.56 kWh; 2301 -> 230.1 V; 523 -> 5.23 A;
        // power float32 0x3FA00000 = 1.25 -> 1.250 kW
        {QStringLiteral("input"), words({0x0001, 0xE240, 2301, 523, 0x3FA0, 0x0000}, 16)},
        {QStringLiteral("holding"), holding},
        {QStringLiteral("writes"), 0},
    };
}

int holdingAt(const QJsonObject &state, int address)
{
    return state.value(QStringLiteral("holding")).toArray().at(address).toInt();
}

} // namespace

class TestModbusSlave : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readsEveryValueWithScaling();
    void writesCreditAndReadsBackTheBalance();
    void refusesCreditItCannotCarryExactly();
    void tripsAndClosesTheRelay();
    void illegalAddressIsAClearError();
    void stoppedSlaveTimesOutAndNothingChanges();
    void wrongUnitGetsNoAnswer();

private:
    std::unique_ptr<test::ModbusSlave> m_slave;
    std::unique_ptr<ModbusRtuClient> m_meter;
};

void TestModbusSlave::init()
{
    m_slave = std::make_unique<test::ModbusSlave>();
    QString error;
    QVERIFY2(m_slave->start(initialState(), &error), qPrintable(error));
    const auto map = RegisterMap::builtIn(QStringLiteral("generic-prepaid"));
    PD_VERIFY_OK(map);
    m_meter = std::make_unique<ModbusRtuClient>(*map);
    // Generous upper bounds only: pymodbus answers in milliseconds.
    m_meter->setTimeout(3000);
    m_meter->setRetries(0);
    PD_VERIFY_OK(m_meter->open(m_slave->port()));
}

void TestModbusSlave::cleanup()
{
    m_meter.reset();
    m_slave.reset();
}

void TestModbusSlave::readsEveryValueWithScaling()
{
    const auto values = m_meter->readAll();
    PD_VERIFY_OK(values);
    QMap<QString, QString> got;
    for (const MeterValue &v : *values)
        got.insert(v.name, v.value + u' ' + v.unit);
    const QMap<QString, QString> expected{
        {QStringLiteral("energy.import_total"), QStringLiteral("1234.56 kWh")},
        {QStringLiteral("voltage"), QStringLiteral("230.1 V")},
        {QStringLiteral("current"), QStringLiteral("5.23 A")},
        {QStringLiteral("power.active"), QStringLiteral("1.250 kW")},
        {QStringLiteral("balance.money"), QStringLiteral("123.45 yuan")},
        {QStringLiteral("balance.energy"), QStringLiteral("200.00 kWh")},
        {QStringLiteral("purchase.count"), QStringLiteral("3 ")},
        {QStringLiteral("relay"), QStringLiteral("closed ")},
        {QStringLiteral("alarm.low_balance"), QStringLiteral("on ")},
        {QStringLiteral("alarm.tamper"), QStringLiteral("off ")},
    };
    QCOMPARE(got, expected);
    const auto balance = m_meter->read(QStringLiteral("balance.money"));
    PD_VERIFY_OK(balance);
    QCOMPARE(balance->number, 12345);
    QCOMPARE(balance->decimals, 2);
    QCOMPARE(m_slave->state().value(QStringLiteral("writes")).toInt(), 0); // reads change nothing
}

void TestModbusSlave::writesCreditAndReadsBackTheBalance()
{
    const auto credit = m_meter->writeCredit(*Decimal::parse(QStringLiteral("50.00")));
    PD_VERIFY_OK(credit);
    QCOMPARE(credit->before.value, QStringLiteral("123.45"));
    QCOMPARE(credit->after.value, QStringLiteral("173.45"));
    QCOMPARE(credit->after.unit, QStringLiteral("yuan"));
    // The meter's side: one write, the balance and the purchase count moved.
    const QJsonObject state = m_slave->state();
    QCOMPARE(state.value(QStringLiteral("writes")).toInt(), 1);
    QCOMPARE(holdingAt(state, BalanceAddress + 1), 17345);
    QCOMPARE(holdingAt(state, CountAddress), 4);
    const auto count = m_meter->read(QStringLiteral("purchase.count"));
    PD_VERIFY_OK(count);
    QCOMPARE(count->value, QStringLiteral("4"));
}

void TestModbusSlave::refusesCreditItCannotCarryExactly()
{
    // 0.005 yuan is not a whole number of 0.01 steps: refused before anything is sent.
    const auto r = m_meter->writeCredit(*Decimal::parse(QStringLiteral("0.005")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("steps of 0.01")), qPrintable(r.error().message));
    QVERIFY(!m_meter->writeCredit(*Decimal::parse(QStringLiteral("0"))).ok());
    QVERIFY(!m_meter->writeCredit(*Decimal::parse(QStringLiteral("50000000"))).ok()); // > uint32 steps
    QCOMPARE(m_slave->state().value(QStringLiteral("writes")).toInt(), 0);
    const auto balance = m_meter->read(QStringLiteral("balance.money"));
    PD_VERIFY_OK(balance);
    QCOMPARE(balance->value, QStringLiteral("123.45"));
}

void TestModbusSlave::tripsAndClosesTheRelay()
{
    auto state = m_meter->setRelay(RelayAction::Trip);
    PD_VERIFY_OK(state);
    QCOMPARE(state->value, QStringLiteral("open"));
    QCOMPARE(m_slave->state().value(QStringLiteral("coils")).toArray().at(0).toInt(), 0);
    auto read = m_meter->read(QStringLiteral("relay"));
    PD_VERIFY_OK(read);
    QCOMPARE(read->value, QStringLiteral("open"));

    state = m_meter->setRelay(RelayAction::DirectClose);
    PD_VERIFY_OK(state);
    QCOMPARE(state->value, QStringLiteral("closed"));
    QCOMPARE(m_slave->state().value(QStringLiteral("coils")).toArray().at(0).toInt(), 1);

    QVERIFY(!m_meter->setRelay(RelayAction::AlarmOn).ok());
    QCOMPARE(m_slave->state().value(QStringLiteral("writes")).toInt(), 2);
}

void TestModbusSlave::illegalAddressIsAClearError()
{
    // The generic map plus a value and a credit register the slave does not have (holding 0x2000).
    QFile f(QStringLiteral(":/modbus/maps/generic-prepaid.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray values = o.value(QStringLiteral("values")).toArray();
    values.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("missing")},
                              {QStringLiteral("table"), QStringLiteral("holding")},
                              {QStringLiteral("address"), 0x2000},
                              {QStringLiteral("type"), QStringLiteral("uint32")},
                              {QStringLiteral("access"), QStringLiteral("read-write")},
                              {QStringLiteral("decimals"), 2}});
    o.insert(QStringLiteral("values"), values);
    o.insert(QStringLiteral("credit"), QJsonObject{{QStringLiteral("value"), QStringLiteral("missing")},
                                                   {QStringLiteral("balance"), QStringLiteral("balance.money")}});
    const auto map = RegisterMap::fromJson(QJsonDocument(o).toJson(), QStringLiteral("test-map.json"));
    PD_VERIFY_OK(map);
    m_meter.reset();
    ModbusRtuClient meter(*map);
    meter.setTimeout(3000);
    meter.setRetries(0);
    PD_VERIFY_OK(meter.open(m_slave->port()));

    const auto read = meter.read(QStringLiteral("missing"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, QStringLiteral("illegal-data-address"));
    QVERIFY2(read.error().message.contains(QStringLiteral("Modbus exception 02")), qPrintable(read.error().message));

    const auto credit = meter.writeCredit(*Decimal::parse(QStringLiteral("10")));
    QVERIFY(!credit.ok());
    QCOMPARE(credit.error().field, QStringLiteral("illegal-data-address"));
    const QJsonObject state = m_slave->state();
    QCOMPARE(state.value(QStringLiteral("writes")).toInt(), 0);
    QCOMPARE(holdingAt(state, BalanceAddress + 1), 12345);
    // The line is still usable after the exception.
    const auto balance = meter.read(QStringLiteral("balance.money"));
    PD_VERIFY_OK(balance);
    QCOMPARE(balance->value, QStringLiteral("123.45"));
}

void TestModbusSlave::stoppedSlaveTimesOutAndNothingChanges()
{
    m_slave->pause();
    m_meter->setTimeout(500);
    const auto read = m_meter->read(QStringLiteral("balance.money"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, QStringLiteral("timeout"));
    QVERIFY2(read.error().message.contains(QStringLiteral("did not answer within 500 ms")),
             qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(m_slave->port()), qPrintable(read.error().message));

    // A credit write that reaches a meter that does not answer: an error, never a success.
    const ValueSpec *credit = m_meter->map().value(QStringLiteral("credit.add"));
    const auto frame = RegisterMap::writeFrame(*credit, 1, {0, 1000});
    PD_VERIFY_OK(frame);
    const auto write = m_meter->transact(*frame);
    QVERIFY(!write.ok());
    QCOMPARE(write.error().field, QStringLiteral("timeout"));
    // The slave never ran again: its datastore is what it was.
    m_slave->kill();
    const QJsonObject state = m_slave->state();
    QCOMPARE(state.value(QStringLiteral("writes")).toInt(), 0);
    QCOMPARE(holdingAt(state, BalanceAddress + 1), 12345);
    QCOMPARE(holdingAt(state, CountAddress), 3);
}

void TestModbusSlave::wrongUnitGetsNoAnswer()
{
    // Unit 5 is not on the line (the slave is unit 1 and ignores others, as a real bus does).
    m_meter->setUnit(5);
    m_meter->setTimeout(500);
    const auto read = m_meter->read(QStringLiteral("balance.money"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, QStringLiteral("timeout"));
    QVERIFY2(read.error().message.contains(QStringLiteral("Meter 5")), qPrintable(read.error().message));
    m_meter->setUnit(1);
    const auto balance = m_meter->read(QStringLiteral("balance.money"));
    PD_VERIFY_OK(balance);
    QCOMPARE(balance->value, QStringLiteral("123.45"));
}

QTEST_GUILESS_MAIN(TestModbusSlave)
#include "tst_modbus_slave.moc"
