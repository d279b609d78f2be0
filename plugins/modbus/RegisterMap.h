#pragma once

// A meter model's Modbus register map, read from a JSON file (format in docs/modbus-maps.md):
// which registers hold energy, balance and relay state, how they are encoded, and how credit is
// written and the relay is controlled. Maps are data, validated when loaded: a map with an
// unknown type, overlapping registers or a missing field is refused with an error that names
// the file and the value.
//
// Encoding facts: a register is 16 bits, sent high byte first [AP §4.2]. How a 32-bit value is
// split over two registers is not fixed by the standard, so each map says it ("wordOrder").
// float32 is IEEE 754 binary32.

#include "ModbusRtu.h"

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace prepaydesk::modbus {

class RegisterMap;

enum class Table
{
    Coil,            // read 01, write 05
    DiscreteInput,   // read 02
    InputRegister,   // read 04
    HoldingRegister, // read 03, write 06 or 16
};

enum class ValueType
{
    Bool, // one coil or discrete input
    UInt16,
    Int16,
    UInt32,
    Int32,
    Float32,
};

enum class WordOrder
{
    HighFirst, // the register at the lower address holds the high 16 bits
    LowFirst,
};

// An exact decimal: number / 10^decimals ("123.45" = {12345, 2}).
struct Decimal
{
    qint64 number = 0;
    int decimals = 0;

    // "123.45", "-0.5", "7": digits with an optional sign and point.
    static Result<Decimal> parse(const QString &text);
    QString text() const;
    bool operator==(const Decimal &other) const;
};

// One value of the map.
struct ValueSpec
{
    QString name;  // "balance.money"
    QString label; // shown to the user (the map's language)
    QString unit;  // "kWh", "yuan", ...
    Table table = Table::HoldingRegister;
    int address = 0; // on the wire, 0..65535 (not the 4xxxx "register number")
    ValueType type = ValueType::UInt16;
    WordOrder wordOrder = WordOrder::HighFirst;
    qint64 scale = 1; // value = raw × scale / 10^decimals
    int decimals = 0;
    bool readable = true;
    bool writable = false;
    quint8 writeFunction = 0;     // 05, 06 or 16
    QMap<qint64, QString> states; // raw value -> text ("0" -> "open")

    int registerCount() const; // 1 or 2 (bits: 1)
    quint8 readFunction() const;
};

// How credit is loaded: writing an amount to `value` adds it to the balance.
struct CreditSpec
{
    QString value;     // a writable value
    QString balance;   // the value that shows the balance afterwards
    bool money = true; // the amount is money (Recharge carries minor units); false: energy/volume units
};

// How the relay is switched and read back.
struct RelaySpec
{
    QString control; // a writable value
    qint64 trip = 0; // raw value written to open the relay (cut supply)
    qint64 close = 1;
    QString state; // the value read back (default: control)
    qint64 stateOpen = 0;
    qint64 stateClosed = 1;
};

// Serial line settings of the model (defaults: 9600 8N1).
struct LineSpec
{
    int baudRate = 9600;
    QChar parity = u'N'; // N, E, O
    int dataBits = 8;
    int stopBits = 1;
};

class RegisterMap
{
    Q_DECLARE_TR_FUNCTIONS(RegisterMap)

public:
    // `source` names the file in error messages.
    static Result<RegisterMap> fromJson(const QByteArray &json, const QString &source);
    static Result<RegisterMap> fromFile(const QString &path);
    // The maps shipped with the plugin (Qt resource :/modbus/maps/<id>.json), default first.
    static QStringList builtInIds();
    // A shipped map, parsed once and then shared (maps never change after loading).
    static Result<RegisterMap> builtIn(const QString &id);
    static QString defaultId() { return QStringLiteral("generic-prepaid"); }

    QString id;
    QString name;
    QString description;
    QStringList models;
    int unit = 1; // default unit (slave) address
    LineSpec line;
    int timeoutMs = 1000;
    int retries = 1;
    QList<ValueSpec> values;
    std::optional<CreditSpec> credit;
    std::optional<RelaySpec> relay;

    const ValueSpec *value(const QString &name) const;

    // Raw registers (or a bit as 0/1) to a value with its scale, decimals and states.
    Result<MeterValue> decode(const ValueSpec &spec, const QList<quint16> &words) const;
    // The raw integer the registers hold (floats: rejected).
    static Result<qint64> rawInteger(const ValueSpec &spec, const QList<quint16> &words);
    // A decimal amount to the registers to write, exactly: an amount that is not a whole number of
    // the value's steps, or does not fit its type, is an error (money is never rounded here).
    Result<QList<quint16>> encode(const ValueSpec &spec, const Decimal &amount) const;
    // A raw integer (relay commands) to registers.
    static Result<QList<quint16>> encodeRaw(const ValueSpec &spec, qint64 raw);

    // The request that reads / writes one value.
    static Result<Frame> readFrame(const ValueSpec &spec, int unit);
    static Result<Frame> writeFrame(const ValueSpec &spec, int unit, const QList<quint16> &words);
};

QString tableName(Table table); // "coil", "discrete", "input", "holding"
QString typeName(ValueType type);

} // namespace prepaydesk::modbus
