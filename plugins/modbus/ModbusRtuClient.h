#pragma once

#include "ModbusRtu.h"
#include "RegisterMap.h"

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QObject>

#include <memory>

class QModbusRtuSerialClient;

namespace prepaydesk::modbus {

// A meter on a serial line, spoken to through QtSerialBus (QModbusRtuSerialClient does the line
// I/O: framing by silent intervals, CRC, timeouts and retries) with the requests and the reply
// checks of this plugin's codec, and the values named and scaled by a register map.
//
// The calls block: each runs a local event loop until the meter answers or the client gives up
// (timeout × (retries + 1)). Use it from a worker thread (DESIGN.md: the serial line lives in a
// worker QObject), from prepayctl or from tests; the object belongs to the thread that made it.
//
//   auto map = RegisterMap::builtIn("generic-prepaid");
//   ModbusRtuClient meter(*map);
//   if (Status s = meter.open("/dev/ttyUSB0"); !s) ...        // line settings from the map
//   auto balance = meter.read("balance.money");               // MeterValue "123.45" yuan
//   auto credit = meter.writeCredit(*Decimal::parse("50.00")); // before/after balances
//   auto relay = meter.setRelay(RelayAction::Trip);            // read-back state "open"
//
// Errors say what happened in words: timeouts name the port, unit and time waited
// (Error::field "timeout"); a meter's exception reply gives its meaning (field: the exception's
// code, "illegal-data-address"); a reply that does not answer the request is refused ("mismatch").
class ModbusRtuClient : public QObject
{
    Q_OBJECT

public:
    explicit ModbusRtuClient(RegisterMap map, QObject *parent = nullptr);
    ~ModbusRtuClient() override;

    const RegisterMap &map() const { return m_map; }
    int unit() const { return m_unit; }
    void setUnit(int unit) { m_unit = unit; } // default: the map's
    void setTimeout(int ms);                  // default: the map's timeoutMs
    void setRetries(int retries);             // default: the map's retries
    int timeout() const { return m_timeoutMs; }
    int retries() const { return m_retries; }

    // Opens the port with the map's line settings (or `line`).
    Status open(const QString &portName);
    Status open(const QString &portName, const LineSpec &line);
    void close();
    bool isOpen() const;

    // One value of the map, by name.
    Result<MeterValue> read(const QString &name);
    // Every readable value, in map order.
    Result<QList<MeterValue>> readAll();

    struct Credit
    {
        MeterValue before; // the balance read just before the write
        MeterValue after;  // the balance read back after the meter acknowledged it
    };
    // Loads `amount` (in the credit value's unit) into the meter. The amount is checked against
    // the register (steps, range) before anything is sent.
    Result<Credit> writeCredit(const Decimal &amount);
    // Trip (open) or DirectClose the relay, then read its state back; an error when the meter
    // acknowledged but reports another state. Returns the state read back.
    Result<MeterValue> setRelay(RelayAction action);

    // One request as a frame of the codec, the reply checked against it; exceptions are errors.
    Result<Reply> transact(const Frame &request);

private:
    Result<QList<quint16>> readWords(const ValueSpec &spec);
    Status writeWords(const ValueSpec &spec, const QList<quint16> &words);
    const ValueSpec *spec(const QString &name, bool forWrite, Error *error) const;

    RegisterMap m_map;
    std::unique_ptr<QModbusRtuSerialClient> m_client;
    QString m_port;
    int m_unit = 1;
    int m_timeoutMs = 1000;
    int m_retries = 1;
};

} // namespace prepaydesk::modbus
