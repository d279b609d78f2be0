// The Modbus RTU codec (plugins/modbus) against frames worked through by hand from the
// specifications' examples, with noise, truncation, bad CRCs and wrong units; register map
// validation and value decoding; the plugin as PluginManager loads it.
//
// Sources of the frames:
//  [AP] MODBUS Application Protocol Specification V1.1b3: the request/response examples of §6.1
//       (read coils), §6.3 (read holding registers), §6.4 (read input registers), §6.5 (write
//       single coil), §6.6 (write single register), §6.12 (write multiple registers) and §7 (an
//       exception response). The examples give the PDU only; the unit address and the CRC are
//       added here as [SL] says.
//  [SL] MODBUS over Serial Line V1.02 §2.5.1 (unit, PDU, CRC low byte first) and §6.2.2 (CRC-16:
//       preset FFFF, each byte XORed into the low byte, 8 shifts right with A001 applied when the
//       bit shifted out is 1).
//  [PI] PI-MBUS-300 Rev. J prints the RTU frame 11 03 00 6B 00 03 76 87 for the same read.
//  CRC-16/MODBUS check value 4B37 over "123456789": the CRC catalogue (R. Williams' model,
//  G. Cook's catalogue of parametrised CRC algorithms).
#include "ModbusMeterProtocol.h"
#include "ModbusRtu.h"
#include "RegisterMap.h"
#include "TestSupport.h"
#include "plugin/PluginManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace prepaydesk;
using namespace prepaydesk::modbus;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

QString hexOf(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

QByteArray genericMapJson()
{
    QFile f(QStringLiteral(":/modbus/maps/generic-prepaid.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The generic map with one value's fields replaced (or the value appended), for validation tests.
QByteArray mapWith(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = QJsonDocument::fromJson(genericMapJson()).object();
    edit(o);
    return QJsonDocument(o).toJson();
}

QJsonObject addValue(QJsonObject map, const QJsonObject &value)
{
    QJsonArray values = map.value(QStringLiteral("values")).toArray();
    values.append(value);
    map.insert(QStringLiteral("values"), values);
    return map;
}

ValueSpec spec(ValueType type, WordOrder order = WordOrder::HighFirst, int decimals = 0, qint64 scale = 1)
{
    ValueSpec v;
    v.name = QStringLiteral("x");
    v.label = QStringLiteral("X");
    v.type = type;
    v.wordOrder = order;
    v.decimals = decimals;
    v.scale = scale;
    v.writable = true;
    return v;
}

} // namespace

class TestModbusCodec : public QObject
{
    Q_OBJECT
private slots:
    void crcCheckValue();
    void readHoldingRegistersExample();
    void otherFunctionExamples();
    void exceptionResponses();
    void badCrcAndTruncatedFrames();
    void noiseBeforeAndAroundFrames();
    void wrongUnit();
    void replyToRequest();
    void requestsFromTheMap();
    void valueEncodings();
    void mapValidation_data();
    void mapValidation();
    void builtInMapAndPlugin();
    void documentedExampleMapLoads();
};

void TestModbusCodec::crcCheckValue()
{
    QCOMPARE(crc16("123456789"), quint16(0x4B37));
    QCOMPARE(crc16({}), quint16(0xFFFF)); // the preset, untouched
}

void TestModbusCodec::readHoldingRegistersExample()
{
    // [AP §6.3] read holding registers 108..110 (address 0x006B, quantity 3), unit 0x11.
    // CRC over 11 03 00 6B 00 03 [SL §6.2.2], the register after each byte:
    //   11 -> 4C7F, 03 -> E14D, 00 -> 3521, 6B -> F7B4, 00 -> 77F7, 03 -> 8776
    // sent low byte first: 76 87, the frame [PI] prints.
    const auto request = readRequest(0x11, fn::ReadHoldingRegisters, 0x006B, 3);
    PD_VERIFY_OK(request);
    QCOMPARE(hexOf(encode(*request)), QStringLiteral("11 03 00 6B 00 03 76 87"));
    const auto info = describeRequest(hex("11 03 00 6B 00 03 76 87"));
    PD_VERIFY_OK(info);
    QCOMPARE(info->address, quint16(0x6B));
    QCOMPARE(info->count, quint16(3));

    // The response: byte count 06, registers 022B (555), 0000, 0064 (100).
    // CRC over 11 03 06 02 2B 00 00 00 64: 4C7F E14D 37A1 7977 3979 E2F8 82E3 89C3 BAC8 -> C8 BA.
    const QByteArray reply = hex("11 03 06 02 2B 00 00 00 64 C8 BA");
    ModbusMeterProtocol protocol;
    const auto parsed = protocol.parseReply(reply);
    PD_VERIFY_OK(parsed);
    QVERIFY(parsed->complete);
    QCOMPARE(parsed->consumed, reply.size());
    QCOMPARE(parsed->address, QStringLiteral("17"));
    QCOMPARE(parsed->command, QStringLiteral("read-holding-registers"));
    QVERIFY(!parsed->error);
    QCOMPARE(parsed->values.size(), 3);
    QCOMPARE(parsed->values.at(0).number, 555);
    QCOMPARE(parsed->values.at(1).number, 0);
    QCOMPARE(parsed->values.at(2).number, 100);

    // Against its request: the reply answers it.
    const auto matched = protocol.parseReplyTo({}, hex("11 03 00 6B 00 03 76 87"), reply);
    PD_VERIFY_OK(matched);
    QCOMPARE(matched->values.size(), 3); // no value of the generic map sits at 0x6B: raw words
}

void TestModbusCodec::otherFunctionExamples()
{
    // [AP §6.6] write single register 0x0001 = 0x0003, unit 1. CRC over 01 06 00 01 00 03:
    // 807E 2280 A023 1920 D818 0B98 -> 98 0B. The normal response echoes the request.
    auto f = writeSingleRegister(1, 0x0001, 0x0003);
    PD_VERIFY_OK(f);
    QCOMPARE(hexOf(encode(*f)), QStringLiteral("01 06 00 01 00 03 98 0B"));
    auto reply = decodeReply(scanReply(hex("01 06 00 01 00 03 98 0B")).frame);
    PD_VERIFY_OK(reply);
    QCOMPARE(reply->address, quint16(1));
    QCOMPARE(reply->value, quint16(3));

    // [AP §6.12] write registers 0x0001..0x0002 = 000A, 0102. CRC over 01 10 00 01 00 02 04 00 0A 01 02:
    // 807E EC01 C02D DDC1 901C 0810 0F08 C60E C3C7 5243 3092 -> 92 30. Response 01 10 00 01 00 02,
    // CRC ... 0810 -> 10 08.
    f = writeMultipleRegisters(1, 0x0001, {0x000A, 0x0102});
    PD_VERIFY_OK(f);
    QCOMPARE(hexOf(encode(*f)), QStringLiteral("01 10 00 01 00 02 04 00 0A 01 02 92 30"));
    const QByteArray echo = hex("01 10 00 01 00 02 10 08");
    auto scan = scanReply(echo);
    QCOMPARE(scan.status, ScanStatus::Complete);
    reply = decodeReply(scan.frame);
    PD_VERIFY_OK(reply);
    const auto info = describeRequest(encode(*f));
    PD_VERIFY_OK(info);
    PD_VERIFY_OK(matchReply(*info, *reply));

    // [AP §6.5] write single coil 173 (0x00AC) ON. CRC over 01 05 00 AC FF 00:
    // 807E 23C0 5023 A411 4C24 1B4C -> 4C 1B.
    f = writeSingleCoil(1, 0x00AC, true);
    PD_VERIFY_OK(f);
    QCOMPARE(hexOf(encode(*f)), QStringLiteral("01 05 00 AC FF 00 4C 1B"));

    // [AP §6.4] read input register 9 (address 0x0008): 01 04 00 08 00 01, CRC 807E E301 C022 DF41
    // 301F 08B0 -> B0 08. Response 04 02 000A: CRC 807E E301 01A3 7941 3739 -> 39 37.
    f = readRequest(1, fn::ReadInputRegisters, 0x0008, 1);
    PD_VERIFY_OK(f);
    QCOMPARE(hexOf(encode(*f)), QStringLiteral("01 04 00 08 00 01 B0 08"));
    scan = scanReply(hex("01 04 02 00 0A 39 37"));
    QCOMPARE(scan.status, ScanStatus::Complete);
    reply = decodeReply(scan.frame);
    PD_VERIFY_OK(reply);
    QCOMPARE(reply->registers, QList<quint16>{10});

    // [AP §6.1] read coils 20..38 (address 0x0013, 19 coils): 01 01 00 13 00 13, CRC -> 8C 02.
    // Response byte count 03, CD 6B 05: coils 27..20 = 1100 1101, so coil 20 (bit 0) is ON,
    // 21 OFF, 22 ON, 23 ON, 24 OFF, 25 OFF, 26 ON, 27 ON. CRC 807E E0C1 9161 7D91 43FD 8242 -> 42 82.
    f = readRequest(1, fn::ReadCoils, 0x0013, 19);
    PD_VERIFY_OK(f);
    QCOMPARE(hexOf(encode(*f)), QStringLiteral("01 01 00 13 00 13 8C 02"));
    scan = scanReply(hex("01 01 03 CD 6B 05 42 82"));
    QCOMPARE(scan.status, ScanStatus::Complete);
    reply = decodeReply(scan.frame);
    PD_VERIFY_OK(reply);
    const QList<bool> expected{true, false, true, true, false, false, true, true};
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(bitAt(reply->bits, i), expected.at(i));
    PD_VERIFY_OK(matchReply(*describeRequest(encode(*f)), *reply));
}

void TestModbusCodec::exceptionResponses()
{
    // [AP §7] example: read coils at 0x04A1 from a device without it: request 01 04 A1 00 01
    // (unit 1: CRC -> AD 18), exception response 81 02 (CRC 807E 40C0 91C1 -> C1 91).
    const auto request = readRequest(1, fn::ReadCoils, 0x04A1, 1);
    PD_VERIFY_OK(request);
    QCOMPARE(hexOf(encode(*request)), QStringLiteral("01 01 04 A1 00 01 AD 18"));
    ModbusMeterProtocol protocol;
    const auto parsed = protocol.parseReplyTo({}, encode(*request), hex("01 81 02 C1 91"));
    PD_VERIFY_OK(parsed);
    QVERIFY(parsed->complete);
    QVERIFY(parsed->error);
    QCOMPARE(parsed->errors, QStringList{QStringLiteral("illegal-data-address")});
    QVERIFY2(parsed->errorText.contains(QStringLiteral("exception 02")), qPrintable(parsed->errorText));
    QVERIFY2(parsed->errorText.contains(QStringLiteral("no such register")), qPrintable(parsed->errorText));
    QVERIFY(parsed->values.isEmpty());

    // Every code of [AP §7] (and 07 of [PI]) has its own meaning; 09 and others are unknown.
    const QStringList codes{QStringLiteral("illegal-function"),     QStringLiteral("illegal-data-address"),
                            QStringLiteral("illegal-data-value"),   QStringLiteral("server-device-failure"),
                            QStringLiteral("acknowledge"),          QStringLiteral("server-device-busy"),
                            QStringLiteral("negative-acknowledge"), QStringLiteral("memory-parity-error"),
                            QStringLiteral("exception-09"),         QStringLiteral("gateway-path-unavailable"),
                            QStringLiteral("gateway-target-failed")};
    QSet<QString> meanings;
    for (quint8 code = 1; code <= 0x0B; ++code) {
        QCOMPARE(exceptionCode(code), codes.at(code - 1));
        const Frame f{1, quint8(fn::ReadHoldingRegisters | fn::ExceptionBit), QByteArray(1, char(code))};
        const auto r = protocol.parseReply(encode(f));
        PD_VERIFY_OK(r);
        QVERIFY(r->error);
        QCOMPARE(r->errors.first(), codes.at(code - 1));
        meanings.insert(r->errorText);
    }
    QCOMPARE(meanings.size(), 11);
    QVERIFY(exceptionMeaning(0x09).contains(QStringLiteral("does not define")));

    // An exception to another function than the request's is not its answer.
    const auto other = protocol.parseReplyTo({}, encode(*request), encode(Frame{1, 0x83, QByteArray(1, 2)}));
    QVERIFY(!other.ok());
}

void TestModbusCodec::badCrcAndTruncatedFrames()
{
    ModbusMeterProtocol protocol;
    const QByteArray good = hex("11 03 06 02 2B 00 00 00 64 C8 BA");
    // Any single byte changed (after the unit and function, which decide whether this is a frame
    // at all) fails the CRC: an error, never values.
    for (int i = 2; i < good.size(); ++i) {
        QByteArray bad = good;
        bad[i] = char(bad[i] ^ 0x01);
        const auto r = protocol.parseReply(bad);
        QVERIFY2(!r.ok(), qPrintable(hexOf(bad)));
        if (i > 2) // byte 2 is the byte count: a changed one makes the frame longer or shorter
            QCOMPARE(r.error().field, QStringLiteral("crc"));
        QVERIFY2(r.error().message.contains(QStringLiteral("CRC")) ||
                     r.error().message.contains(QStringLiteral("byte count")),
                 qPrintable(r.error().message));
    }
    // Every prefix is "need more", nothing decoded, nothing dropped that could be the frame.
    for (int n = 0; n < good.size(); ++n) {
        const auto r = protocol.parseReply(good.left(n));
        PD_VERIFY_OK(r);
        QVERIFY(!r->complete);
        QVERIFY(r->values.isEmpty());
        QCOMPARE(r->consumed, 0);
    }
    // An impossible byte count (odd for registers, or more than 250) is refused at once.
    const auto odd = protocol.parseReply(encode(Frame{1, 3, hex("03 00 01 02")}));
    QVERIFY(!odd.ok());
    QCOMPARE(odd.error().field, QStringLiteral("length"));
    // A wrong echo from a write: the reply is refused against its request.
    const QByteArray request = hex("01 06 00 01 00 03 98 0B");
    const auto echo = protocol.parseReplyTo({}, request, encode(Frame{1, 6, hex("00 01 00 04")}));
    QVERIFY(!echo.ok());
    QVERIFY2(echo.error().message.contains(QStringLiteral("does not match")), qPrintable(echo.error().message));
    // Too few registers for the request.
    const auto shortReply =
        protocol.parseReplyTo({}, hex("11 03 00 6B 00 03 76 87"), encode(Frame{0x11, 3, hex("02 00 01")}));
    QVERIFY(!shortReply.ok());
}

void TestModbusCodec::noiseBeforeAndAroundFrames()
{
    ModbusMeterProtocol protocol;
    const QByteArray good = hex("11 03 06 02 2B 00 00 00 64 C8 BA");
    QRandomGenerator rng(20240605);
    for (int round = 0; round < 200; ++round) {
        QByteArray noise(int(rng.bounded(1, 40)), Qt::Uninitialized);
        for (char &c : noise)
            c = char(rng.bounded(256));
        const auto r = protocol.parseReply(noise + good + noise.left(3));
        PD_VERIFY_OK(r);
        QVERIFY2(r->complete, qPrintable(hexOf(noise)));
        QCOMPARE(r->skipped, noise.size());
        QCOMPARE(r->consumed, noise.size() + good.size());
        QCOMPARE(r->values.at(0).number, 555);
    }
    // A damaged frame followed by a good one: the good one is found (resynchronisation).
    QByteArray damaged = good;
    damaged[5] = 0x7F;
    const auto r = protocol.parseReply(damaged + good);
    PD_VERIFY_OK(r);
    QCOMPARE(r->skipped, good.size());
    // Bytes that cannot start a reply (unit 0, 248..255) are droppable noise.
    const auto noise = protocol.parseReply(hex("00 FF F8 00"));
    PD_VERIFY_OK(noise);
    QVERIFY(!noise->complete);
    QCOMPARE(noise->consumed, 4);
}

void TestModbusCodec::wrongUnit()
{
    ModbusMeterProtocol protocol;
    MeterTarget target;
    target.address = QStringLiteral("2");
    const auto r = protocol.parse(target, hex("11 03 06 02 2B 00 00 00 64 C8 BA"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("unit"));
    QVERIFY2(r.error().message.contains(QStringLiteral("Meter 17 answered")), qPrintable(r.error().message));
    // A request for unit 1 answered by unit 17.
    const auto wrong =
        protocol.parseReplyTo({}, hex("01 06 00 01 00 03 98 0B"), encode(Frame{0x11, 6, hex("00 01 00 03")}));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().field, QStringLiteral("unit"));
    target.address = QStringLiteral("248");
    QVERIFY(!protocol.parse(target, {}).ok());
}

void TestModbusCodec::replyToRequest()
{
    ModbusMeterProtocol protocol;
    MeterTarget target; // generic-prepaid, unit 1
    MeterRequest read;
    read.item = QStringLiteral("balance.money");
    const auto request = protocol.request(target, read);
    PD_VERIFY_OK(request);
    // holding 0x0100, 2 registers
    QCOMPARE(hexOf(request->left(6)), QStringLiteral("01 03 01 00 00 02"));
    // int32 high word first FFFF FF38 = -200 -> -2.00 yuan (an overdraft)
    const auto reply = protocol.parseReplyTo(target, *request, encode(Frame{1, 3, hex("04 FF FF FF 38")}));
    PD_VERIFY_OK(reply);
    QCOMPARE(reply->item, QStringLiteral("balance.money"));
    QCOMPARE(reply->values.size(), 1);
    QCOMPARE(reply->values.first().value, QStringLiteral("-2.00"));
    QCOMPARE(reply->values.first().unit, QStringLiteral("yuan"));
    QCOMPARE(reply->values.first().number, -200);
    QCOMPARE(reply->values.first().decimals, 2);

    // The relay coil, with its states.
    read.item = QStringLiteral("relay");
    const auto relay = protocol.request(target, read);
    PD_VERIFY_OK(relay);
    QCOMPARE(hexOf(relay->left(6)), QStringLiteral("01 01 00 00 00 01"));
    const auto closed = protocol.parseReplyTo(target, *relay, encode(Frame{1, 1, hex("01 01")}));
    PD_VERIFY_OK(closed);
    QCOMPARE(closed->values.first().value, QStringLiteral("closed"));
    const auto open = protocol.parseReplyTo(target, *relay, encode(Frame{1, 1, hex("01 00")}));
    PD_VERIFY_OK(open);
    QCOMPARE(open->values.first().value, QStringLiteral("open"));

    // float32 power, IEEE 754 40490FDB = 3.14159274 -> 3.142 kW (3 decimals).
    read.item = QStringLiteral("power.active");
    const auto power = protocol.request(target, read);
    PD_VERIFY_OK(power);
    const auto kw = protocol.parseReplyTo(target, *power, encode(Frame{1, 4, hex("04 40 49 0F DB")}));
    PD_VERIFY_OK(kw);
    QCOMPARE(kw->values.first().value, QStringLiteral("3.142"));

    // Unknown item: a clear error naming what there is.
    read.item = QStringLiteral("balance.gold");
    const auto unknown = protocol.request(target, read);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("balance.money")));
    // A request that is not a frame.
    QVERIFY(!protocol.parseReplyTo(target, hex("01 03 00"), hex("01 03 02 00 01 79 84")).ok());
}

void TestModbusCodec::requestsFromTheMap()
{
    ModbusMeterProtocol protocol;
    MeterTarget target;
    target.address = QStringLiteral("7");
    MeterRequest recharge;
    recharge.command = MeterCommand::Recharge;
    recharge.purchase.amountMinor = 5000; // 50.00 yuan = 5000 steps of 0.01 = 0x00001388
    const auto credit = protocol.request(target, recharge);
    PD_VERIFY_OK(credit);
    // credit.add: holding 0x0110, 2 registers, function 16 (the map asks for it)
    QCOMPARE(hexOf(credit->left(credit->size() - 2)), QStringLiteral("07 10 01 10 00 02 04 00 00 13 88"));
    const auto info = describeRequest(*credit);
    PD_VERIFY_OK(info);
    QCOMPARE(info->values, (QList<quint16>{0x0000, 0x1388}));
    recharge.purchase.amountMinor = 0;
    QVERIFY(!protocol.request(target, recharge).ok());

    MeterRequest relay;
    relay.command = MeterCommand::Relay;
    relay.relay = RelayAction::Trip;
    auto frame = protocol.request(target, relay);
    PD_VERIFY_OK(frame);
    QCOMPARE(hexOf(frame->left(6)), QStringLiteral("07 05 00 00 00 00"));
    relay.relay = RelayAction::DirectClose;
    frame = protocol.request(target, relay);
    PD_VERIFY_OK(frame);
    QCOMPARE(hexOf(frame->left(6)), QStringLiteral("07 05 00 00 FF 00"));
    relay.relay = RelayAction::AlarmOn;
    QVERIFY(!protocol.request(target, relay).ok());

    MeterRequest other;
    other.command = MeterCommand::TimeSync;
    QVERIFY(!protocol.request(target, other).ok());
    target.variant = QStringLiteral("no-such-map");
    QVERIFY(!protocol.request(target, MeterRequest{}).ok());
}

void TestModbusCodec::valueEncodings()
{
    RegisterMap map;
    // uint32 low word first: 5678 1234 -> 0x12345678
    auto v = map.decode(spec(ValueType::UInt32, WordOrder::LowFirst), {0x5678, 0x1234});
    PD_VERIFY_OK(v);
    QCOMPARE(v->number, 0x12345678);
    v = map.decode(spec(ValueType::UInt32, WordOrder::HighFirst), {0x5678, 0x1234});
    PD_VERIFY_OK(v);
    QCOMPARE(v->number, 0x56781234);
    // int16 and int32 signs
    v = map.decode(spec(ValueType::Int16, WordOrder::HighFirst, 1), {0xFFF6});
    PD_VERIFY_OK(v);
    QCOMPARE(v->value, QStringLiteral("-1.0"));
    v = map.decode(spec(ValueType::Int32, WordOrder::LowFirst, 3), {0xFFFF, 0x7FFF});
    PD_VERIFY_OK(v);
    QCOMPARE(v->value, QStringLiteral("2147483.647"));
    v = map.decode(spec(ValueType::UInt16, WordOrder::HighFirst, 3), {5});
    PD_VERIFY_OK(v);
    QCOMPARE(v->value, QStringLiteral("0.005"));
    // scale: a register counting 10 Wh shown in kWh = raw * 10 / 1000
    v = map.decode(spec(ValueType::UInt16, WordOrder::HighFirst, 3, 10), {12345});
    PD_VERIFY_OK(v);
    QCOMPARE(v->value, QStringLiteral("123.450"));
    // float32 NaN is not a value
    QVERIFY(!map.decode(spec(ValueType::Float32), {0x7FC0, 0x0000}).ok());
    // the wrong number of registers
    QVERIFY(!map.decode(spec(ValueType::UInt32), {1}).ok());

    // Encoding is exact or an error.
    auto words = map.encode(spec(ValueType::UInt32, WordOrder::HighFirst, 2), *Decimal::parse(QStringLiteral("50")));
    PD_VERIFY_OK(words);
    QCOMPARE(*words, (QList<quint16>{0x0000, 0x1388}));
    words = map.encode(spec(ValueType::UInt32, WordOrder::LowFirst, 2), *Decimal::parse(QStringLiteral("50.00")));
    PD_VERIFY_OK(words);
    QCOMPARE(*words, (QList<quint16>{0x1388, 0x0000}));
    const auto steps =
        map.encode(spec(ValueType::UInt32, WordOrder::HighFirst, 1), *Decimal::parse(QStringLiteral("1.25")));
    QVERIFY(!steps.ok());
    QVERIFY2(steps.error().message.contains(QStringLiteral("steps of 0.1")), qPrintable(steps.error().message));
    QVERIFY(!map.encode(spec(ValueType::UInt16), *Decimal::parse(QStringLiteral("65536"))).ok());
    QVERIFY(!map.encode(spec(ValueType::UInt16), *Decimal::parse(QStringLiteral("-1"))).ok());
    QVERIFY(!map.encode(spec(ValueType::Float32), *Decimal::parse(QStringLiteral("1"))).ok());
    QVERIFY(!map.encode(spec(ValueType::Int32, WordOrder::HighFirst, 9), *Decimal::parse(QStringLiteral("99999999999")))
                 .ok());

    QVERIFY(!Decimal::parse(QStringLiteral("1,5")).ok());
    QVERIFY(!Decimal::parse(QStringLiteral("")).ok());
    QCOMPARE(Decimal::parse(QStringLiteral("-0.05"))->text(), QStringLiteral("-0.05"));
    QVERIFY(*Decimal::parse(QStringLiteral("2.50")) == *Decimal::parse(QStringLiteral("2.5")));
}

void TestModbusCodec::mapValidation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const auto value = [](const char *name, const char *table, int address, const char *type) {
        QJsonObject v{{QStringLiteral("name"), QLatin1String(name)},
                      {QStringLiteral("table"), QLatin1String(table)},
                      {QStringLiteral("address"), address}};
        if (type)
            v.insert(QStringLiteral("type"), QLatin1String(type));
        return v;
    };
    QTest::newRow("unknown type") << mapWith([&](QJsonObject &o) {
        o = addValue(o, value("x", "holding", 900, "uint64"));
    }) << QStringLiteral("value \"x\": unknown type \"uint64\"");
    QTest::newRow("overlap") << mapWith([&](QJsonObject &o) { o = addValue(o, value("x", "holding", 257, "uint16")); })
                             << QStringLiteral("holding 257..257 overlaps value \"balance.money\" (holding 256..257)");
    QTest::newRow("overlap across a 32-bit value")
        << mapWith([&](QJsonObject &o) { o = addValue(o, value("x", "input", 5, "uint32")); })
        << QStringLiteral("overlaps value \"power.active\"");
    QTest::newRow("missing address") << mapWith([&](QJsonObject &o) {
        QJsonObject v = value("x", "holding", 0, "uint16");
        v.remove(QStringLiteral("address"));
        o = addValue(o, v);
    }) << QStringLiteral("value \"x\": the field \"address\" is missing");
    QTest::newRow("missing type") << mapWith([&](QJsonObject &o) {
        o = addValue(o, value("x", "holding", 900, nullptr));
    }) << QStringLiteral("the field \"type\" is missing");
    QTest::newRow("unknown field") << mapWith([&](QJsonObject &o) {
        QJsonObject v = value("x", "holding", 900, "uint16");
        v.insert(QStringLiteral("adress"), 3);
        o = addValue(o, v);
    }) << QStringLiteral("unknown field \"adress\"");
    QTest::newRow("unknown table") << mapWith([&](QJsonObject &o) {
        o = addValue(o, value("x", "register", 900, "uint16"));
    }) << QStringLiteral("unknown table \"register\"");
    QTest::newRow("write to input") << mapWith([&](QJsonObject &o) {
        QJsonObject v = value("x", "input", 900, "uint16");
        v.insert(QStringLiteral("access"), QStringLiteral("read-write"));
        o = addValue(o, v);
    }) << QStringLiteral("cannot be written");
    QTest::newRow("duplicate name") << mapWith([&](QJsonObject &o) {
        o = addValue(o, value("relay", "holding", 900, "uint16"));
    }) << QStringLiteral("the name is used twice");
    QTest::newRow("past 65535") << mapWith([&](QJsonObject &o) {
        o = addValue(o, value("x", "holding", 65535, "uint32"));
    }) << QStringLiteral("runs past register address 65535");
    QTest::newRow("credit not writable") << mapWith([&](QJsonObject &o) {
        QJsonObject c = o.value(QStringLiteral("credit")).toObject();
        c.insert(QStringLiteral("value"), QStringLiteral("balance.money"));
        o.insert(QStringLiteral("credit"), c);
    }) << QStringLiteral("\"value\" names \"balance.money\", which cannot be written");
    QTest::newRow("relay value too large for a coil") << mapWith([&](QJsonObject &o) {
        QJsonObject c = o.value(QStringLiteral("relay")).toObject();
        c.insert(QStringLiteral("close"), 2);
        o.insert(QStringLiteral("relay"), c);
    }) << QStringLiteral("2 does not fit \"relay\"");
    QTest::newRow("no values") << mapWith([&](QJsonObject &o) { o.insert(QStringLiteral("values"), QJsonArray()); })
                               << QStringLiteral("\"values\" must be a list with at least one value");
    QTest::newRow("wrong format") << mapWith([&](QJsonObject &o) { o.insert(QStringLiteral("format"), 2); })
                                  << QStringLiteral("format 2 is not known");
    QTest::newRow("not JSON") << QByteArray("{ \"format\": 1, ") << QStringLiteral("not valid JSON");
}

void TestModbusCodec::mapValidation()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto map = RegisterMap::fromJson(json, QStringLiteral("meter-x.json"));
    QVERIFY(!map.ok());
    QVERIFY2(map.error().message.contains(expected), qPrintable(map.error().message));
    QVERIFY2(map.error().message.startsWith(QStringLiteral("Register map meter-x.json")),
             qPrintable(map.error().message));
}

void TestModbusCodec::builtInMapAndPlugin()
{
    QCOMPARE(RegisterMap::builtInIds().value(0), QStringLiteral("generic-prepaid"));
    const auto map = RegisterMap::builtIn(QStringLiteral("generic-prepaid"));
    PD_VERIFY_OK(map);
    QCOMPARE(map->values.size(), 11);
    QVERIFY(map->credit && map->credit->money);
    QCOMPARE(map->credit->balance, QStringLiteral("balance.money"));
    QVERIFY(map->relay);
    QCOMPARE(map->value(QStringLiteral("credit.add"))->writeFunction, fn::WriteMultipleRegisters);
    QCOMPARE(map->line.baudRate, 9600);

    // The plugin as the console loads it: metadata first, then the MeterProtocol.
    PluginManager manager;
    manager.setSearchPaths({QStringLiteral(PREPAYDESK_PLUGIN_DIR)});
    manager.scan();
    const auto *plugin = manager.plugin(QStringLiteral("modbus"));
    QVERIFY(plugin);
    QCOMPARE(plugin->state, PluginManager::State::Loaded);
    MeterProtocol *protocol = nullptr;
    for (MeterProtocol *p : manager.instances<MeterProtocol>()) {
        if (p->protocol() == QLatin1String("modbus"))
            protocol = p;
    }
    QVERIFY(protocol);
    QCOMPARE(protocol->variants().value(0), QStringLiteral("generic-prepaid"));
    QVERIFY(protocol->items({}).contains(QStringLiteral("balance.money")));
    QVERIFY(!protocol->items({}).contains(QStringLiteral("credit.add"))); // write-only
    QVERIFY(protocol->commands({}).contains(MeterCommand::Recharge));
    const auto request = protocol->readRequest(QStringLiteral("1"), QStringLiteral("energy.import_total"));
    PD_VERIFY_OK(request);
    QCOMPARE(hexOf(request->left(6)), QStringLiteral("01 04 00 00 00 02"));
}

// The example map in docs/modbus-maps.md is a valid map and means what the text says.
void TestModbusCodec::documentedExampleMapLoads()
{
    QFile doc(QStringLiteral(PREPAYDESK_SOURCE_DIR "/docs/modbus-maps.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("```json\n"));
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf(QStringLiteral("```"), start + 8);
    const auto map = RegisterMap::fromJson(text.mid(start + 8, end - start - 8).toUtf8(), QStringLiteral("doc"));
    PD_VERIFY_OK(map);
    QCOMPARE(map->id, QStringLiteral("vendor-x-dds"));
    QCOMPARE(map->line.baudRate, 2400);
    QCOMPARE(map->line.parity, QChar(u'E'));
    QVERIFY(map->credit && !map->credit->money);
    QCOMPARE(map->relay->trip, 0x55AA);
    QCOMPARE(map->relay->stateClosed, 1);
    // balance.energy: uint32 low word first in 0.1 kWh; 0x0001 0x0002 -> 0x00020001 = 131073 -> 13107.3
    const auto balance = map->decode(*map->value(QStringLiteral("balance.energy")), {0x0001, 0x0002});
    PD_VERIFY_OK(balance);
    QCOMPARE(balance->value, QStringLiteral("13107.3"));
    // relay.control is written with function 06
    const auto words = RegisterMap::encodeRaw(*map->value(QStringLiteral("relay.control")), map->relay->trip);
    PD_VERIFY_OK(words);
    const auto frame = RegisterMap::writeFrame(*map->value(QStringLiteral("relay.control")), 1, *words);
    PD_VERIFY_OK(frame);
    QCOMPARE(hexOf(encode(*frame).left(6)), QStringLiteral("01 06 00 30 55 AA"));
}

QTEST_GUILESS_MAIN(TestModbusCodec)
#include "tst_modbus_codec.moc"
