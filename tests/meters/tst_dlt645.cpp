// The DL/T 645 codec (plugins/dlt645) against frames worked through by hand from public
// descriptions of the standard, every request kind, every item kind, error replies, the 1997
// subset, line noise with resynchronisation, the plugin loaded through PluginManager, and
// round-trip properties over random requests.
//
// Sources of the frames (also listed in plugins/dlt645/Dlt645.h):
//  [S1] "DL645通信协议97/07规约(附上下行例子)": frame layout 68 A0..A5 68 C L DATA CS 16, +33H on
//       every data byte, CS = sum mod 256 from the first 68H to the last data byte, FE preambles,
//       and the published read-address frame FE FE FE 68 AA AA AA AA AA AA 68 13 00 DF 16.
//  [S2] "DL/T645-2007_Part1(协议帧解析)": control code bits, function codes, reply codes (request
//       | 80H normal, | C0H abnormal), read (11H), read address (13H), write address (15H), relay
//       control (1CH), broadcast time sync (08H, address 99..99).
//  [S3] "DLT645-2007报文解析": reads of 00010000 (XXXXXX.XX kWh) and 02010100 (XXX.X V).
//  [S4] DL/T 645-1997 "三相电子式多功能电能表通信规约": 2-byte identifiers (9010, B611, B621,
//       B630), read 01H, reply 81H, abnormal C1H.
//  [S5] ERR and SERR bit meanings as tabulated by public DL/T 645 parsers.
//  [S6] Relay control N1 codes 1AH/1BH/1CH/2AH/2BH/3AH/3BH.
//  [S7] Security command 03H, 070101FF open account and 070102FF recharge.
// Every other frame below is worked by hand from those descriptions; the sums are in comments.
#include "Dlt645.h"
#include "Dlt645MeterProtocol.h"
#include "SoftwareSecurityModule.h"
#include "plugin/PluginManager.h"

#include "TestSupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace prepaydesk;
using namespace prepaydesk::dlt645;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

// The meter used in the worked frames: address 123456789012, on the line A0 first: 12 90 78 56 34 12.
const QString MeterNo = QStringLiteral("123456789012");
QByteArray meterBytes()
{
    return hex("129078563412");
}

QDateTime at2015()
{
    return QDateTime(QDate(2015, 5, 11), QTime(22, 1, 31));
}

// What a transport does with a stream of bytes: parse, and on an error drop the first byte; on
// "need more" drop the noise. Returns the replies decoded and the error codes met on the way.
struct Drained
{
    QList<MeterReply> replies;
    QStringList errors;
    QByteArray left;
};

Drained drain(const MeterProtocol &protocol, const MeterTarget &target, QByteArray bytes)
{
    Drained out;
    for (int guard = 0; guard < 100000 && !bytes.isEmpty(); ++guard) {
        auto reply = protocol.parse(target, bytes);
        if (!reply) {
            out.errors << reply.error().field;
            bytes.remove(0, 1);
            continue;
        }
        if (!reply->complete) {
            if (reply->consumed == 0)
                break;
            bytes.remove(0, reply->consumed);
            continue;
        }
        out.replies << *reply;
        bytes.remove(0, reply->consumed);
    }
    out.left = bytes;
    return out;
}

} // namespace

class TestDlt645 : public QObject
{
    Q_OBJECT
private slots:
    void publishedReadAddressFrame();
    void workedReadOfForwardEnergy();
    void everyRequestKind();
    void requestsThatCannotBeBuilt();
    void everyItemKindDecodes_data();
    void everyItemKindDecodes();
    void signedAndOddValues();
    void valuesThatAreNotValues();
    void errorReplies();
    void replyBuildersForTheMeterSide();
    void dlt645_1997();
    void preamblesAndNoiseBeforeAFrame();
    void truncatedFramesNeedMore();
    void badFramesAreClearErrorsThenResync_data();
    void badFramesAreClearErrorsThenResync();
    void noiseInsideFrames();
    void anotherMetersReplyAndEchoes();
    void meterSideRefusesMalformedRequests();
    void softwareSecurityModule();
    void pluginThroughPluginManager();
    void requestRoundTripProperty();
    void replyRoundTripProperty();
};

// [S1]: the read-address request, published with three FE bytes. Sum 68 + 6 * AA + 68 + 13 + 00
// = 68H + 3FCH + 68H + 13H = 4DFH, so CS = DFH.
void TestDlt645::publishedReadAddressFrame()
{
    QCOMPARE(hexText(encode(readAddressRequest(), 3)), QStringLiteral("FE FE FE 68 AA AA AA AA AA AA 68 13 00 DF 16"));

    Dlt645MeterProtocol protocol;
    MeterRequest request;
    request.command = MeterCommand::ReadAddress;
    auto bytes = protocol.request(MeterTarget{}, request);
    PD_VERIFY_OK(bytes);
    QCOMPARE(hexText(*bytes), QStringLiteral("FE FE FE FE 68 AA AA AA AA AA AA 68 13 00 DF 16"));

    // The meter side reads it as "read address" sent to the wildcard.
    const Scan s = scan(*bytes);
    QCOMPARE(s.status, ScanStatus::Complete);
    QCOMPARE(s.preamble, 4);
    auto parsed = parseRequest(s.frame);
    PD_VERIFY_OK(parsed);
    QCOMPARE(parsed->command, MeterCommand::ReadAddress);
    QCOMPARE(parsed->address, wildcardAddress());

    // Its reply: 68 12 90 78 56 34 12 68 93 06, data 12 90 78 56 34 12 + 33H = 45 C3 AB 89 67 45.
    // Sum 68+12+90+78+56+34+12+68 = 286H; +93+06 = 31FH; +45+C3+AB+89+67+45 = 607H: CS 07H.
    const QByteArray reply = hex("FEFE6812907856341268930645C3AB89674507 16");
    auto decoded = protocol.parseReply(reply);
    PD_VERIFY_OK(decoded);
    QVERIFY(decoded->complete);
    QCOMPARE(decoded->command, QStringLiteral("read-address"));
    QCOMPARE(decoded->address, MeterNo);
    QCOMPARE(decoded->values.size(), 1);
    QCOMPARE(decoded->values.first().name, QStringLiteral("address"));
    QCOMPARE(decoded->values.first().value, MeterNo);
    QCOMPARE(decoded->consumed, reply.size());
    QCOMPARE(encode(readAddressReply(meterBytes()), 2), reply);
}

// [S1][S3]: read of 00010000 (forward active energy, total) from meter 123456789012.
// Request: 68 12 90 78 56 34 12 68 11 04, DI0..DI3 = 00 00 01 00 + 33H = 33 33 34 33.
//   Sum: 68+12=7A, +90=10A, +78=182, +56=1D8, +34=20C, +12=21E, +68=286, +11=297, +04=29B,
//   +33=2CE, +33=301, +34=335, +33=368: CS = 68H.
// Reply, 1206.42 kWh (XXXXXX.XX = 00 12 06 42, low byte first 42 06 12 00, +33H 75 39 45 33):
//   68 12 90 78 56 34 12 68 91 08 33 33 34 33 75 39 45 33 CS 16; sum 286+91+08 = 31F,
//   +33+33+34+33 = 3EE, +75+39+45+33 = 512: CS = 12H.
void TestDlt645::workedReadOfForwardEnergy()
{
    Dlt645MeterProtocol protocol;
    auto request = protocol.readRequest(MeterNo, QStringLiteral("energy.forward_total"));
    PD_VERIFY_OK(request);
    QCOMPARE(hexText(*request), QStringLiteral("FE FE FE FE 68 12 90 78 56 34 12 68 11 04 33 33 34 33 68 16"));
    // The identifier in hex names the same item.
    auto byId = protocol.readRequest(MeterNo, QStringLiteral("00010000"));
    PD_VERIFY_OK(byId);
    QCOMPARE(*byId, *request);

    const QByteArray reply = hex("68129078563412689108333334337539453312 16");
    auto decoded = protocol.parse(MeterTarget{MeterNo, {}, 0x10, 0}, reply);
    PD_VERIFY_OK(decoded);
    QVERIFY(decoded->complete);
    QVERIFY(!decoded->error);
    QCOMPARE(decoded->command, QStringLiteral("read"));
    QCOMPARE(decoded->item, QStringLiteral("energy.forward_total"));
    QCOMPARE(decoded->control, 0x91);
    QCOMPARE(decoded->payload, hex("0000010042061200"));
    QCOMPARE(decoded->values.size(), 1);
    const MeterValue &v = decoded->values.first();
    QCOMPARE(v.name, QStringLiteral("energy.forward_total"));
    QCOMPARE(v.value, QStringLiteral("1206.42"));
    QCOMPARE(v.unit, QStringLiteral("kWh"));
    QCOMPARE(v.number, 120642);
    QCOMPARE(v.decimals, 2);
    QVERIFY(v.numeric);
    QCOMPARE(v.label, QStringLiteral("Forward active energy, total"));

    // The meter side builds the same reply from the value.
    const Item *item = findItem(QStringLiteral("energy.forward_total"), Edition::V2007);
    QVERIFY(item);
    auto built = readReply(meterBytes(), *item, QStringLiteral("1206.42"));
    PD_VERIFY_OK(built);
    QCOMPARE(encode(*built, 0), reply);
}

void TestDlt645::everyRequestKind()
{
    Dlt645MeterProtocol protocol;
    const MeterTarget target{MeterNo, {}, 0x10, 0};
    const auto build = [&](const MeterRequest &r) -> QByteArray {
        auto bytes = protocol.request(target, r);
        if (!bytes)
            qWarning() << bytes.error().message;
        return bytes ? *bytes : QByteArray();
    };

    // Broadcast time sync [S2]: 68 99*6 68 08 06, ss mm hh DD MM YY = 31 01 22 11 05 15, +33H
    // 64 34 55 44 38 48. Sum 68+396+68 = 466, +08+06 = 474, +64+34+55+44+38+48 = 625: CS 25H.
    MeterRequest sync;
    sync.command = MeterCommand::TimeSync;
    sync.time = at2015();
    QCOMPARE(hexText(build(sync)), QStringLiteral("FE FE FE FE 68 99 99 99 99 99 99 68 08 06 64 34 55 44 38 48 25 16"));

    // Relay trip [S6]: PA P0 P1 P2 = 02 11 11 11, C0..C3 = 78 56 34 12, N1 = 1A, N2 = 00, valid
    // until 2030-12-31 12:00:00 (ss mm hh DD MM YY = 00 00 12 31 12 30). +33H: 35 44 44 44 AB 89
    // 67 45 4D 33 33 33 45 64 45 63. Sum 286+1C+10 = 2B2, + data 518 = 7CA: CS CAH.
    MeterRequest relay;
    relay.command = MeterCommand::Relay;
    relay.relay = RelayAction::Trip;
    relay.password = hex("02111111");
    relay.operatorCode = hex("78563412");
    relay.validUntil = QDateTime(QDate(2030, 12, 31), QTime(12, 0));
    QCOMPARE(hexText(build(relay)),
             QStringLiteral("FE FE FE FE 68 12 90 78 56 34 12 68 1C 10 35 44 44 44 AB 89 67 45 4D 33 33 33 45 64 45 63 "
                            "CA 16"));
    // Every relay action with its N1 code [S6], read back by the meter side.
    const QList<std::pair<RelayAction, quint8>> actions{
        {RelayAction::Trip, 0x1A},      {RelayAction::CloseAllowed, 0x1B}, {RelayAction::DirectClose, 0x1C},
        {RelayAction::AlarmOn, 0x2A},   {RelayAction::AlarmOff, 0x2B},     {RelayAction::ProtectOn, 0x3A},
        {RelayAction::ProtectOff, 0x3B}};
    for (const auto &[action, code] : actions) {
        relay.relay = action;
        const Scan s = scan(build(relay));
        QCOMPARE(s.status, ScanStatus::Complete);
        QCOMPARE(s.frame.control, control::RelayControl);
        QCOMPARE(static_cast<quint8>(s.frame.data.at(8)), code);
        auto parsed = parseRequest(s.frame);
        PD_VERIFY_OK(parsed);
        QCOMPARE(parsed->command, MeterCommand::Relay);
        QCOMPARE(parsed->relay, action);
        QCOMPARE(parsed->password, relay.password);
        QCOMPARE(parsed->operatorCode, relay.operatorCode);
        QCOMPARE(parsed->time, relay.validUntil);
        QCOMPARE(parsed->address, meterBytes());
    }

    // Write address goes to AA..AA [S2]: 68 AA*6 68 15 06, new address 123456789012 on the line
    // 12 90 78 56 34 12, +33H 45 C3 AB 89 67 45. Sum 68+3FC+68 = 4CC, +15+06 = 4E7, + data 2E8
    // = 7CF: CS CFH.
    MeterRequest write;
    write.command = MeterCommand::WriteAddress;
    write.newAddress = MeterNo;
    QCOMPARE(hexText(build(write)),
             QStringLiteral("FE FE FE FE 68 AA AA AA AA AA AA 68 15 06 45 C3 AB 89 67 45 CF 16"));

    // Open account and recharge [S7]: DI 070101FF / 070102FF (low byte first FF 01 01 07),
    // the operator code, then the module's 22-byte block.
    const SoftwareSecurityModule module(QByteArrayLiteral("test key"));
    for (const MeterCommand command : {MeterCommand::OpenAccount, MeterCommand::Recharge}) {
        MeterRequest purchase;
        purchase.command = command;
        purchase.operatorCode = hex("01020304");
        purchase.security = &module;
        purchase.purchase.amountMinor = 10000;
        purchase.purchase.purchaseCount = 3;
        purchase.purchase.customer = QStringLiteral("000000123456");
        const Scan s = scan(build(purchase));
        QCOMPARE(s.status, ScanStatus::Complete);
        QCOMPARE(s.frame.control, control::Security);
        QCOMPARE(s.frame.data.size(), 4 + 4 + SoftwareSecurityModule::SealedBytes);
        QCOMPARE(s.frame.data.left(4), command == MeterCommand::OpenAccount ? hex("FF010107") : hex("FF020107"));
        auto parsed = parseRequest(s.frame);
        PD_VERIFY_OK(parsed);
        QCOMPARE(parsed->command, command);
        QCOMPARE(parsed->operatorCode, hex("01020304"));
        // The meter's side recovers the purchase, bound to this meter.
        auto opened = module.open(addressText(parsed->address), parsed->sealed);
        PD_VERIFY_OK(opened);
        QCOMPARE(opened->amountMinor, 10000);
        QCOMPARE(opened->purchaseCount, 3u);
        QCOMPARE(opened->customer, QStringLiteral("000000123456"));
        QCOMPARE(opened->openAccount, command == MeterCommand::OpenAccount);
        QCOMPARE(opened->meterAddress, MeterNo);
    }

    // Raw identifiers that are not in the item list are still read.
    MeterRequest raw;
    raw.command = MeterCommand::Read;
    raw.item = QStringLiteral("0400040E"); // customer number, not in the list
    const Scan s = scan(build(raw));
    QCOMPARE(s.status, ScanStatus::Complete);
    auto parsed = parseRequest(s.frame);
    PD_VERIFY_OK(parsed);
    QCOMPARE(parsed->id, 0x0400040Eu);
    QVERIFY(!parsed->item);

    // The list of commands says what each edition can do.
    QVERIFY(protocol.commands(QStringLiteral("2007")).contains(MeterCommand::Recharge));
    QVERIFY(!protocol.commands(QStringLiteral("1997")).contains(MeterCommand::Relay));
    QCOMPARE(protocol.variants(), (QStringList{QStringLiteral("2007"), QStringLiteral("1997")}));
}

void TestDlt645::requestsThatCannotBeBuilt()
{
    Dlt645MeterProtocol protocol;
    const auto fails = [&](const MeterTarget &target, const MeterRequest &r, const QString &needle) {
        auto bytes = protocol.request(target, r);
        if (bytes) {
            qWarning() << "built" << hexText(*bytes);
            return false;
        }
        if (!bytes.error().message.contains(needle, Qt::CaseInsensitive)) {
            qWarning() << bytes.error().message;
            return false;
        }
        return true;
    };
    const MeterTarget meter{MeterNo, {}, 0x10, 0};
    MeterRequest read;
    read.item = QStringLiteral("energy.nonsense");
    QVERIFY(fails(meter, read, QStringLiteral("Unknown DL/T 645 data item")));
    read.item = QStringLiteral("0001000"); // 7 hex digits
    QVERIFY(fails(meter, read, QStringLiteral("Unknown DL/T 645 data item")));
    read.item = QStringLiteral("energy.forward_total");
    QVERIFY(fails(MeterTarget{QStringLiteral("12345678901a"), {}, 0x10, 0}, read, QStringLiteral("decimal digits")));
    QVERIFY(fails(MeterTarget{QStringLiteral("1234567890123"), {}, 0x10, 0}, read, QStringLiteral("12 digits")));
    QVERIFY(fails(MeterTarget{MeterNo, QStringLiteral("2020"), 0x10, 0}, read, QStringLiteral("2007 and 1997")));

    MeterRequest relay;
    relay.command = MeterCommand::Relay;
    QVERIFY(fails(meter, relay, QStringLiteral("valid"))); // no deadline
    relay.validUntil = QDateTime(QDate(2030, 1, 1), QTime(0, 0));
    QVERIFY(fails(MeterTarget{}, relay, QStringLiteral("one meter")));
    relay.password = hex("0102");
    QVERIFY(fails(meter, relay, QStringLiteral("4 bytes")));
    relay.password.clear();
    QVERIFY(fails(MeterTarget{MeterNo, QStringLiteral("1997"), 0x10, 0}, relay, QStringLiteral("no such command")));

    MeterRequest sync;
    sync.command = MeterCommand::TimeSync;
    sync.time = QDateTime(QDate(1999, 12, 31), QTime(23, 59));
    QVERIFY(fails(meter, sync, QStringLiteral("2000 to 2099")));

    MeterRequest purchase;
    purchase.command = MeterCommand::Recharge;
    purchase.purchase.amountMinor = 100;
    QVERIFY(fails(meter, purchase, QStringLiteral("security module")));
    const SoftwareSecurityModule module(QByteArrayLiteral("k"));
    purchase.security = &module;
    purchase.purchase.amountMinor = 0;
    QVERIFY(fails(meter, purchase, QStringLiteral("more than zero")));
    purchase.purchase.amountMinor = 100;
    purchase.purchase.customer = QStringLiteral("12345678901234");
    QVERIFY(fails(meter, purchase, QStringLiteral("customer number")));

    MeterRequest write;
    write.command = MeterCommand::WriteAddress;
    QVERIFY(fails(meter, write, QStringLiteral("new address")));
    write.newAddress = QStringLiteral("999999999999");
    QVERIFY(fails(meter, write, QStringLiteral("broadcast")));

    MeterRequest valve;
    valve.command = MeterCommand::Valve;
    QVERIFY(fails(meter, valve, QStringLiteral("no such command")));
}

void TestDlt645::everyItemKindDecodes_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QByteArray>("lineValue"); // value bytes, low byte first, before +33H
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");
    // Formats from DL/T 645-2007 Appendix A and DL/T 645-1997 (S3, S4); values worked by hand.
    const auto row = [](const char *variant, const char *item, const char *bytes, const char *value, const char *unit) {
        QTest::addRow("%s %s", variant, item)
            << QString::fromLatin1(variant) << QString::fromLatin1(item) << QByteArray::fromHex(bytes)
            << QString::fromLatin1(value) << QString::fromUtf8(unit);
    };
    row("2007", "energy.combined_total", "78563412", "123456.78", "kWh");
    row("2007", "energy.forward_total", "42061200", "1206.42", "kWh");
    row("2007", "energy.reverse_total", "01000000", "0.01", "kWh");
    row("2007", "prepaid.remaining_energy", "00500000", "50.00", "kWh");
    row("2007", "prepaid.overdraft_energy", "99999999", "999999.99", "kWh");
    row("2007", "prepaid.remaining_money", "05230100", "123.05", "yuan");
    row("2007", "prepaid.overdraft_money", "00000000", "0.00", "yuan");
    row("2007", "prepaid.purchase_count", "1200", "12", "");
    row("2007", "prepaid.cumulative_purchase", "00000001", "10000.00", "yuan"); // 01 00 00 00
    row("2007", "voltage.a", "0022", "220.0", "V");                             // XXX.X: 2200 -> 00 22 [S3]
    row("2007", "voltage.b", "3122", "223.1", "V");
    row("2007", "voltage.c", "9921", "219.9", "V");
    row("2007", "current.a", "001500", "1.500", "A"); // XXX.XXX: 001.500 -> 00 15 00
    row("2007", "current.b", "000000", "0.000", "A");
    row("2007", "current.c", "999979", "799.999", "A");
    row("2007", "power.active_total", "341200", "0.1234", "kW"); // XX.XXXX
    row("2007", "power.active_a", "000010", "10.0000", "kW");
    row("2007", "clock.date", "01110515", "2015-05-11", ""); // WW DD MM YY, 2015-05-11 is a Monday
    row("2007", "clock.time", "310122", "22:01:31", "");     // ss mm hh
    row("2007", "status.word1", "0400", "0004", "");
    row("2007", "status.word2", "0000", "0000", "");
    row("2007", "status.word3", "1000", "0010", "");
    row("1997", "energy.forward_total", "42061200", "1206.42", "kWh");
    row("1997", "energy.reverse_total", "00010000", "1.00", "kWh");
    row("1997", "voltage.a", "2002", "220", "V"); // XXX [S4]
    row("1997", "voltage.b", "1802", "218", "V");
    row("1997", "voltage.c", "2102", "221", "V");
    row("1997", "current.a", "5001", "1.50", "A"); // XX.XX
    row("1997", "current.b", "0000", "0.00", "A");
    row("1997", "current.c", "9999", "99.99", "A");
    row("1997", "power.active_total", "341201", "1.1234", "kW"); // XX.XXXX
}

void TestDlt645::everyItemKindDecodes()
{
    QFETCH(QString, variant);
    QFETCH(QString, item);
    QFETCH(QByteArray, lineValue);
    QFETCH(QString, value);
    QFETCH(QString, unit);
    const Edition edition = *parseEdition(variant);
    const Item *found = findItem(item, edition);
    QVERIFY(found);
    const Frame reply = readReply(meterBytes(), found->id, edition, lineValue);
    Dlt645MeterProtocol protocol;
    auto decoded = protocol.parse(MeterTarget{MeterNo, variant, 0x10, 0}, encode(reply));
    PD_VERIFY_OK(decoded);
    QCOMPARE(decoded->item, item);
    QCOMPARE(decoded->values.size(), 1);
    QCOMPARE(decoded->values.first().value, value);
    QCOMPARE(decoded->values.first().unit, unit);
    QVERIFY(!decoded->values.first().label.isEmpty());
    // And the meter side encodes the text back to the same bytes.
    auto bytes = encodeValue(*found, value);
    PD_VERIFY_OK(bytes);
    QCOMPARE(bytes->toHex(), lineValue.toHex());
    // Every item in the list has a row here.
    QVERIFY(protocol.items(variant).contains(item));
}

void TestDlt645::signedAndOddValues()
{
    // Signed items carry the sign in the top bit of the top byte [S1]. Current A = -15.000 A:
    // XXX.XXX = 015.000 -> 01 50 00, low first 00 50 01, sign: 00 50 81. Worked frame:
    // 68 12 90 78 56 34 12 68 91 07, DI 02020100 + 33H = 33 34 35 35, value + 33H = 33 83 B4.
    // Sum 286+91 = 317, +07 = 31E, +33 = 351, +34 = 385, +35 = 3BA, +35 = 3EF, +33 = 422,
    // +83 = 4A5, +B4 = 559: CS 59H.
    Dlt645MeterProtocol protocol;
    auto current = protocol.parseReply(hex("68129078563412689107333435353383B459 16"));
    PD_VERIFY_OK(current);
    QCOMPARE(current->values.first().value, QStringLiteral("-15.000"));
    QCOMPARE(current->values.first().number, -15000);
    QCOMPARE(current->values.first().decimals, 3);

    const auto valueOf = [](const char *item, const char *bytes) {
        const Item *found = findItem(QString::fromLatin1(item), Edition::V2007);
        auto reply = decodeReply(readReply(meterBytes(), found->id, Edition::V2007, QByteArray::fromHex(bytes)));
        return reply ? reply->values.first().value : reply.error().message;
    };
    QCOMPARE(valueOf("power.active_total", "341280"), QStringLiteral("-0.1234")); // reverse power
    QCOMPARE(valueOf("power.active_total", "000080"), QStringLiteral("0.0000"));  // no "-0"
    QCOMPARE(valueOf("energy.combined_total", "00000080"), QStringLiteral("0.00"));
    QCOMPARE(valueOf("energy.combined_total", "01000080"), QStringLiteral("-0.01"));
    // Unsigned items have no sign bit: 80 is the digit 8.
    QCOMPARE(valueOf("prepaid.remaining_money", "00000080"), QStringLiteral("800000.00"));

    const Item *power = findItem(QStringLiteral("power.active_total"), Edition::V2007);
    auto negative = encodeValue(*power, QStringLiteral("-0.1234"));
    PD_VERIFY_OK(negative);
    QCOMPARE(negative->toHex(), QByteArray("341280"));
    auto fromNumber = encodeNumber(*power, -1234);
    PD_VERIFY_OK(fromNumber);
    QCOMPARE(*fromNumber, *negative);
    // Fewer decimals than the item has are padded: "1.5" kW is 01.5000.
    auto padded = encodeValue(*power, QStringLiteral("1.5"));
    PD_VERIFY_OK(padded);
    QCOMPARE(padded->toHex(), QByteArray("005001"));

    // A reply for an identifier the codec does not know shows its raw bytes.
    auto unknown = decodeReply(readReply(meterBytes(), 0x0400040E, Edition::V2007, hex("563412000000")));
    PD_VERIFY_OK(unknown);
    QCOMPARE(unknown->item, QStringLiteral("0400040E"));
    QCOMPARE(unknown->values.first().name, QStringLiteral("di.0400040E"));
    QCOMPARE(unknown->values.first().value, QStringLiteral("563412000000"));

    // A follow-up read reply (B2H) ends with its frame number SEQ, and says more follows [S2].
    Frame followUp = readReply(meterBytes(), 0x00010000, Edition::V2007, hex("4206120002"), true);
    followUp.control = 0xB2;
    auto more = decodeReply(followUp);
    PD_VERIFY_OK(more);
    QVERIFY(more->moreFollows);
    QCOMPARE(more->values.size(), 2);
    QCOMPARE(more->values.at(0).name, QStringLiteral("sequence"));
    QCOMPARE(more->values.at(0).value, QStringLiteral("2"));
    QCOMPARE(more->values.at(1).value, QStringLiteral("1206.42"));
}

void TestDlt645::valuesThatAreNotValues()
{
    const auto decodeError = [](const char *item, const char *bytes) -> QString {
        const Item *found = findItem(QString::fromLatin1(item), Edition::V2007);
        auto reply = decodeReply(readReply(meterBytes(), found->id, Edition::V2007, QByteArray::fromHex(bytes)));
        return reply ? QStringLiteral("decoded: ") + reply->values.first().value : reply.error().message;
    };
    QVERIFY(decodeError("energy.forward_total", "4206120A").contains(QStringLiteral("not a BCD number")));
    QVERIFY(decodeError("energy.forward_total", "420612").contains(QStringLiteral("3 bytes")));
    QVERIFY(decodeError("voltage.a", "002200").contains(QStringLiteral("3 bytes")));
    QVERIFY(decodeError("clock.date", "01310215").contains(QStringLiteral("not a real date"))); // 31 Feb
    QVERIFY(decodeError("clock.date", "01AA0515").contains(QStringLiteral("not BCD")));
    QVERIFY(decodeError("clock.time", "006124").contains(QStringLiteral("not a real time"))); // 24:61
    // A read reply too short to hold its identifier.
    auto shortReply = decodeReply(Frame{meterBytes(), 0x91, hex("0001")});
    QVERIFY(!shortReply);
    QVERIFY(shortReply.error().message.contains(QStringLiteral("no data identifier")));
    auto shortAddress = decodeReply(Frame{meterBytes(), 0x93, hex("1290")});
    QVERIFY(!shortAddress);

    // The meter side refuses values its registers cannot hold.
    const Item *money = findItem(QStringLiteral("prepaid.remaining_money"), Edition::V2007);
    const Item *current = findItem(QStringLiteral("current.a"), Edition::V2007);
    const Item *date = findItem(QStringLiteral("clock.date"), Edition::V2007);
    const Item *status = findItem(QStringLiteral("status.word1"), Edition::V2007);
    for (const auto &[item, text] : QList<std::pair<const Item *, const char *>>{{money, "1000000.00"},
                                                                                 {money, "-1.00"},
                                                                                 {money, "1.005"},
                                                                                 {money, "12,5"},
                                                                                 {money, "."},
                                                                                 {money, ""},
                                                                                 {current, "800.000"},
                                                                                 {date, "1999-12-31"},
                                                                                 {date, "2015-02-30"},
                                                                                 {status, "12G4"},
                                                                                 {status, "123"}}) {
        auto bytes = encodeValue(*item, QString::fromLatin1(text));
        QVERIFY2(!bytes, text);
        QVERIFY2(!bytes.error().message.isEmpty(), text);
    }
    PD_VERIFY_OK(encodeValue(*current, QStringLiteral("799.999")));
    PD_VERIFY_OK(encodeValue(*current, QStringLiteral("-799.999")));
}

void TestDlt645::errorReplies()
{
    Dlt645MeterProtocol protocol;
    // [S2][S5] Abnormal read reply, ERR = 02H (no requested data): 68 12 90 78 56 34 12 68 D1 01
    // 35; sum 286+D1+01+35 = 38D: CS 8DH.
    auto noData = protocol.parse(MeterTarget{MeterNo, {}, 0x10, 0}, hex("6812907856341268D101358D16"));
    PD_VERIFY_OK(noData);
    QVERIFY(noData->complete);
    QVERIFY(noData->error);
    QCOMPARE(noData->command, QStringLiteral("read"));
    QCOMPARE(noData->errors, QStringList{QStringLiteral("no-data")});
    QCOMPARE(noData->errorText, QStringLiteral("The meter refused: the meter has no such data item."));
    QVERIFY(noData->values.isEmpty());

    const auto errorsOf = [](quint8 function, quint8 word) {
        auto reply = decodeReply(errorReply(meterBytes(), function, word));
        return reply ? reply->errors : QStringList{reply.error().message};
    };
    // Every ERR bit of 2007 [S5].
    QCOMPARE(errorsOf(control::Read, err::Other), QStringList{QStringLiteral("other")});
    QCOMPARE(errorsOf(control::RelayControl, err::Password), QStringList{QStringLiteral("password")});
    QCOMPARE(errorsOf(control::Write, err::BaudRate), QStringList{QStringLiteral("baud-rate")});
    QCOMPARE(errorsOf(control::Write, err::YearZones), QStringList{QStringLiteral("year-zones")});
    QCOMPARE(errorsOf(control::Write, err::DayPeriods), QStringList{QStringLiteral("day-periods")});
    QCOMPARE(errorsOf(control::Write, err::Tariffs), QStringList{QStringLiteral("tariffs")});
    QCOMPARE(errorsOf(control::Read, 0x80), QStringList{QStringLiteral("reserved-bit7")});
    QCOMPARE(errorsOf(control::Read, 0x00), QStringList{QStringLiteral("unspecified")});
    QCOMPARE(errorsOf(control::Read, err::Other | err::Password),
             (QStringList{QStringLiteral("other"), QStringLiteral("password")}));
    // The 1997 word reads its low bits differently [S5]: bit 0 illegal data, bit 1 wrong identifier.
    QCOMPARE(errorsOf(control::Read1997, 0x01), QStringList{QStringLiteral("illegal-data")});
    QCOMPARE(errorsOf(control::Read1997, 0x02), QStringList{QStringLiteral("bad-identifier")});
    QCOMPARE(errorsOf(control::Read1997, 0x04), QStringList{QStringLiteral("password")});

    // Relay refused, wrong password: DCH [S2].
    auto relay = decodeReply(errorReply(meterBytes(), control::RelayControl, err::Password));
    PD_VERIFY_OK(relay);
    QCOMPARE(relay->command, QStringLiteral("relay"));
    QCOMPARE(relay->control, 0xDC);
    QVERIFY(relay->errorText.contains(QStringLiteral("wrong password or not authorised")));

    // Security errors: C3H with the 2-byte SERR, low byte first [S5][S7]. Repeated recharge:
    // 68 12 90 78 56 34 12 68 C3 02 35 33; sum 286+C3+02+35+33 = 3B3: CS B3H.
    auto repeated = protocol.parseReply(hex("6812907856341268C3023533B316"));
    PD_VERIFY_OK(repeated);
    QVERIFY(repeated->error);
    QCOMPARE(repeated->errors, QStringList{QStringLiteral("repeated-recharge")});
    QVERIFY(repeated->errorText.contains(QStringLiteral("already loaded")));
    const auto securityErrorsOf = [](quint16 word) {
        auto reply = decodeReply(securityErrorReply(meterBytes(), word));
        return reply ? reply->errors : QStringList{reply.error().message};
    };
    QCOMPARE(securityErrorsOf(serr::Other), QStringList{QStringLiteral("other")});
    QCOMPARE(securityErrorsOf(serr::Esam), QStringList{QStringLiteral("esam")});
    QCOMPARE(securityErrorsOf(serr::Authentication), QStringList{QStringLiteral("authentication")});
    QCOMPARE(securityErrorsOf(serr::Customer), QStringList{QStringLiteral("customer")});
    QCOMPARE(securityErrorsOf(serr::RechargeCount | serr::HoardingLimit),
             (QStringList{QStringLiteral("recharge-count"), QStringLiteral("hoarding-limit")}));
    QCOMPARE(securityErrorsOf(0x0200), QStringList{QStringLiteral("reserved-bit9")});
    for (const QString &code : {QStringLiteral("esam"), QStringLiteral("customer"), QStringLiteral("hoarding-limit")})
        QVERIFY(!errorMeaning(code).contains(QStringLiteral("reserved")));

    // An abnormal reply without its error word cannot be read.
    auto empty = decodeReply(Frame{meterBytes(), 0xD1, {}});
    QVERIFY(!empty);
    QVERIFY(empty.error().message.contains(QStringLiteral("no error word")));
    auto half = decodeReply(Frame{meterBytes(), 0xC3, hex("02")});
    QVERIFY(!half);
}

void TestDlt645::replyBuildersForTheMeterSide()
{
    // The normal reply codes are the request's | 80H, abnormal | C0H [S2].
    QCOMPARE(ackReply(meterBytes(), control::RelayControl).control, 0x9C);
    QCOMPARE(ackReply(meterBytes(), control::WriteAddress).control, 0x95);
    QCOMPARE(ackReply(meterBytes(), control::Write1997).control, 0x84);
    QCOMPARE(errorReply(meterBytes(), control::Read, err::NoData).control, 0xD1);
    QCOMPARE(errorReply(meterBytes(), control::Read1997, 0x02).control, 0xC1);
    QCOMPARE(securityErrorReply(meterBytes(), serr::RepeatedRecharge).data, hex("0200"));
    QCOMPARE(readReply(meterBytes(), 0x00010000, Edition::V2007, hex("42061200"), true).control, 0xB1);

    const auto decode = [](const Frame &frame) {
        auto r = decodeReply(frame);
        return r ? *r : MeterReply{};
    };
    const MeterReply relay = decode(ackReply(meterBytes(), control::RelayControl));
    QVERIFY(relay.complete && !relay.error);
    QCOMPARE(relay.command, QStringLiteral("relay"));
    QCOMPARE(relay.address, MeterNo);
    const MeterReply written = decode(ackReply(hex("010000000000"), control::WriteAddress));
    QCOMPARE(written.command, QStringLiteral("write-address"));
    QCOMPARE(written.address, QStringLiteral("000000000001"));
    const MeterReply recharge = decode(securityReply(meterBytes(), RechargeId));
    QVERIFY(recharge.complete && !recharge.error);
    QCOMPARE(recharge.command, QStringLiteral("recharge"));
    const MeterReply open = decode(securityReply(meterBytes(), OpenAccountId, hex("00500000")));
    QCOMPARE(open.command, QStringLiteral("open-account"));
    QCOMPARE(open.values.first().value, QStringLiteral("00500000"));
    const MeterReply address = decode(readAddressReply(meterBytes()));
    QCOMPARE(address.values.first().value, MeterNo);

    // encodeNumber: an integer in units of the last decimal place.
    const Item *money = findItem(QStringLiteral("prepaid.remaining_money"), Edition::V2007);
    auto fifty = encodeNumber(*money, 5000);
    PD_VERIFY_OK(fifty);
    QCOMPARE(fifty->toHex(), QByteArray("00500000"));
    QVERIFY(!encodeNumber(*money, 100000000)); // 1,000,000.00 yuan does not fit XXXXXX.XX
    QVERIFY(!encodeNumber(*money, -1));
    const Item *date = findItem(QStringLiteral("clock.date"), Edition::V2007);
    QVERIFY(!encodeNumber(*date, 1));
    // The weekday byte is computed: 2024-03-03 was a Sunday (0), 2024-03-09 a Saturday (6).
    QCOMPARE(encodeValue(*date, QStringLiteral("2024-03-03"))->toHex(), QByteArray("00030324"));
    QCOMPARE(encodeValue(*date, QStringLiteral("2024-03-09"))->toHex(), QByteArray("06090324"));
}

void TestDlt645::dlt645_1997()
{
    Dlt645MeterProtocol protocol;
    const MeterTarget target{MeterNo, QStringLiteral("1997"), 0x10, 0};
    // [S4] Read of 9010 (forward active energy, total): C = 01H, L = 02, DI0 DI1 = 10 90, +33H
    // 43 C3. Sum 286+01+02+43+C3 = 38F: CS 8FH.
    MeterRequest read;
    read.item = QStringLiteral("energy.forward_total");
    auto request = protocol.request(target, read);
    PD_VERIFY_OK(request);
    QCOMPARE(hexText(*request), QStringLiteral("FE FE FE FE 68 12 90 78 56 34 12 68 01 02 43 C3 8F 16"));
    read.item = QStringLiteral("9010");
    QCOMPARE(*protocol.request(target, read), *request);
    auto parsed = parseRequest(scan(*request).frame);
    PD_VERIFY_OK(parsed);
    QCOMPARE(parsed->edition, Edition::V1997);
    QCOMPARE(parsed->id, 0x9010u);
    QCOMPARE(QString::fromLatin1(parsed->item->name), QStringLiteral("energy.forward_total"));

    // [S4] Reply for B611 (voltage A, XXX V), 220 V: 81H, L = 04, 11 B6 20 02 + 33H = 44 E9 53 35.
    // Sum 286+81+04 = 30B, +44+E9+53+35 = 4C0: CS C0H.
    auto voltage = protocol.parse(target, hex("68129078563412688104 44E95335C016"));
    PD_VERIFY_OK(voltage);
    QCOMPARE(voltage->item, QStringLiteral("voltage.a"));
    QCOMPARE(voltage->values.first().value, QStringLiteral("220"));
    QCOMPARE(voltage->values.first().unit, QStringLiteral("V"));

    // [S4][S5] Abnormal reply C1H, ERR 02H (wrong identifier): sum 286+C1+01+35 = 37D: CS 7DH.
    auto refused = protocol.parse(target, hex("6812907856341268C101357D16"));
    PD_VERIFY_OK(refused);
    QVERIFY(refused->error);
    QCOMPARE(refused->errors, QStringList{QStringLiteral("bad-identifier")});

    // 2007 names are not 1997 identifiers: a 2007-only item is unknown in 1997.
    read.item = QStringLiteral("prepaid.remaining_money");
    QVERIFY(!protocol.request(target, read));
    read.item = QStringLiteral("00010000"); // 8 digits: a 2007 identifier
    QVERIFY(!protocol.request(target, read));
    QVERIFY(protocol.items(QStringLiteral("1997")).contains(QStringLiteral("voltage.a")));
    QVERIFY(!protocol.items(QStringLiteral("1997")).contains(QStringLiteral("prepaid.remaining_money")));
}

void TestDlt645::preamblesAndNoiseBeforeAFrame()
{
    Dlt645MeterProtocol protocol;
    const QByteArray frame = hex("68129078563412689108333334337539453312 16");
    for (int preambles = 0; preambles <= 8; ++preambles) {
        const QByteArray bytes = QByteArray(preambles, char(0xFE)) + frame;
        auto reply = protocol.parseReply(bytes);
        PD_VERIFY_OK(reply);
        QVERIFY(reply->complete);
        QCOMPARE(reply->skipped, 0); // a preamble is not noise
        QCOMPARE(reply->consumed, bytes.size());
        QCOMPARE(reply->values.first().value, QStringLiteral("1206.42"));
    }
    // Random noise (68H and 16H included) before the frame: the frame is still found, and what was
    // skipped is counted. Fixed seed, so a failure can be replayed.
    QRandomGenerator random(645);
    for (int round = 0; round < 500; ++round) {
        QByteArray noise(random.bounded(1, 64), '\0');
        for (char &c : noise)
            c = static_cast<char>(random.bounded(256));
        if (round % 5 == 0)
            noise[random.bounded(noise.size())] = char(0x68);
        const QByteArray bytes = noise + QByteArray(2, char(0xFE)) + frame;
        const Drained d = drain(protocol, MeterTarget{MeterNo, {}, 0x10, 0}, bytes);
        QVERIFY2(d.replies.size() == 1, qPrintable(hexText(bytes)));
        QCOMPARE(d.replies.first().values.first().value, QStringLiteral("1206.42"));
        QVERIFY(d.left.isEmpty());
    }
    // Noise with no frame at all: all of it may be dropped.
    auto none = protocol.parseReply(hex("0011223344"));
    PD_VERIFY_OK(none);
    QVERIFY(!none->complete);
    QCOMPARE(none->consumed, 5);
}

void TestDlt645::truncatedFramesNeedMore()
{
    Dlt645MeterProtocol protocol;
    const QByteArray frame = hex("0102FEFE68129078563412689108333334337539453312 16"); // two noise bytes first
    for (int cut = 0; cut < frame.size(); ++cut) {
        auto reply = protocol.parseReply(frame.left(cut));
        PD_VERIFY_OK(reply);
        QVERIFY2(!reply->complete, qPrintable(QString::number(cut)));
        // Only what lies before the frame's 68H may be dropped: the frame itself is kept for later.
        QVERIFY(reply->consumed <= 4);
    }
    auto whole = protocol.parseReply(frame);
    PD_VERIFY_OK(whole);
    QVERIFY(whole->complete);
    QCOMPARE(whole->skipped, 2);
    QCOMPARE(whole->consumed, frame.size());
}

void TestDlt645::badFramesAreClearErrorsThenResync_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    // The worked energy reply with one thing wrong each.
    QTest::newRow("bad checksum") << hex("68129078563412689108333334337539453313 16") << QStringLiteral("checksum")
                                  << QStringLiteral("checksum is wrong");
    QTest::newRow("wrong end byte") << hex("68129078563412689108333334337539453312 17") << QStringLiteral("end-byte")
                                    << QStringLiteral("does not end with 16H");
    QTest::newRow("impossible length") << hex("6812907856341268 91 C9 3333343375394533") << QStringLiteral("length")
                                       << QStringLiteral("more than 200");
}

void TestDlt645::badFramesAreClearErrorsThenResync()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, code);
    QFETCH(QString, words);
    Dlt645MeterProtocol protocol;
    auto reply = protocol.parseReply(bad);
    QVERIFY(!reply);
    QCOMPARE(reply.error().field, code);
    QVERIFY2(reply.error().message.contains(words), qPrintable(reply.error().message));
    // Parsing holds no state: the same bytes give the same error again.
    QCOMPARE(protocol.parseReply(bad).error().message, reply.error().message);

    // Followed by a good frame in the same bytes, the good one is returned at once...
    const QByteArray good = hex("FEFE6812907856341268930645C3AB8967450716");
    auto resync = protocol.parseReply(bad + good);
    PD_VERIFY_OK(resync);
    QVERIFY(resync->complete);
    QCOMPARE(resync->command, QStringLiteral("read-address"));
    QCOMPARE(resync->consumed, bad.size() + good.size());
    // ...and when the good one arrives later, a transport that drops a byte per error finds it.
    const Drained d = drain(protocol, MeterTarget{}, bad + good.left(5));
    QVERIFY(d.replies.isEmpty());
    QVERIFY(d.errors.contains(code));
    const Drained after = drain(protocol, MeterTarget{}, d.left + good.mid(5));
    QCOMPARE(after.replies.size(), 1);
    QCOMPARE(after.replies.first().values.first().value, MeterNo);
}

void TestDlt645::noiseInsideFrames()
{
    // A random byte changed inside the frame breaks the checksum, the end byte, the length or one
    // of the two 68H; never does a wrong value come out. On its own the changed frame is an error
    // (or noise, or an incomplete frame); with a good frame after it, the good one is found.
    Dlt645MeterProtocol protocol;
    const QByteArray frame = hex("68129078563412689108333334337539453312 16");
    const QByteArray good = hex("FEFE6812907856341268930645C3AB8967450716");
    QRandomGenerator random(1997);
    int errors = 0;
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = frame;
        const int at = random.bounded(frame.size());
        const char was = bytes.at(at);
        bytes[at] = static_cast<char>(random.bounded(256));
        if (bytes.at(at) == was)
            continue;
        auto alone = protocol.parse(MeterTarget{MeterNo, {}, 0x10, 0}, bytes);
        if (alone) {
            QVERIFY2(!alone->complete, qPrintable(hexText(bytes)));
        } else {
            ++errors;
            QVERIFY2(QStringList({QStringLiteral("checksum"), QStringLiteral("end-byte"), QStringLiteral("length")})
                         .contains(alone.error().field),
                     qPrintable(alone.error().field));
        }
        const Drained d = drain(protocol, MeterTarget{MeterNo, {}, 0x10, 0}, bytes + good);
        QVERIFY2(!d.replies.isEmpty(), qPrintable(hexText(bytes)));
        QCOMPARE(d.replies.last().command, QStringLiteral("read-address"));
        QCOMPARE(d.replies.size(), 1); // the changed frame never decodes
    }
    QVERIFY(errors > 1000);

    // Random bytes inserted inside a frame.
    for (int round = 0; round < 500; ++round) {
        QByteArray bytes = frame;
        bytes.insert(random.bounded(1, frame.size()), static_cast<char>(random.bounded(256)));
        const Drained d = drain(protocol, MeterTarget{MeterNo, {}, 0x10, 0}, bytes + good);
        QVERIFY(!d.replies.isEmpty());
        QCOMPARE(d.replies.last().command, QStringLiteral("read-address"));
        // The read reply comes through only when the extra byte fell outside it (a 16H right
        // after the end byte's place): then it is the frame as sent, never a changed value.
        for (qsizetype i = 0; i + 1 < d.replies.size(); ++i)
            QCOMPARE(d.replies.at(i).values.first().value, QStringLiteral("1206.42"));
    }
}

void TestDlt645::anotherMetersReplyAndEchoes()
{
    Dlt645MeterProtocol protocol;
    const QByteArray other = encode(readAddressReply(hex("010000000000")));
    auto wrong = protocol.parse(MeterTarget{MeterNo, {}, 0x10, 0}, other);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().field, QStringLiteral("address"));
    QVERIFY2(wrong.error().message.contains(QStringLiteral("000000000001")) && wrong.error().message.contains(MeterNo),
             qPrintable(wrong.error().message));
    // The same reply from the right meter after it is taken.
    const QByteArray right = encode(readAddressReply(meterBytes()));
    const Drained d = drain(protocol, MeterTarget{MeterNo, {}, 0x10, 0}, other + right);
    QCOMPARE(d.replies.size(), 1);
    QCOMPARE(d.replies.first().address, MeterNo);
    QVERIFY(d.errors.contains(QStringLiteral("address")));

    // A request on the line (an RS-485 echo of our own frame) is not a reply.
    auto echo = protocol.parseReply(*protocol.readRequest(MeterNo, QStringLiteral("voltage.a")));
    QVERIFY(!echo);
    QCOMPARE(echo.error().field, QStringLiteral("direction"));
    // And the meter side refuses replies as requests.
    QVERIFY(!parseRequest(readAddressReply(meterBytes())));
}

// What the simulator relies on: parseRequest refuses what no console sends, with the reason.
void TestDlt645::meterSideRefusesMalformedRequests()
{
    const QByteArray m = meterBytes();
    const QByteArray deadline = hex("000012311230"); // 2030-12-31 12:00:00
    const auto relayData = [&](quint8 n1, quint8 n2, const QByteArray &until) -> QByteArray {
        return hex("0211111178563412") + QByteArray(1, char(n1)) + QByteArray(1, char(n2)) + until;
    };
    PD_VERIFY_OK(parseRequest(Frame{m, control::RelayControl, relayData(0x1A, 0, deadline)}));
    const QList<std::pair<Frame, const char *>> bad{
        {Frame{m, 0x33, {}}, "control code 33H"},              // read address with the follow-up bit (found by fuzzing)
        {Frame{m, 0x51, hex("00000100")}, "control code 51H"}, // abnormal bit on a request
        {Frame{m, 0x91, hex("00000100")}, "a reply"},
        {Frame{m, control::ReadAddress, hex("00")}, "no data"},
        {Frame{m, control::Read, hex("000001")}, "3 bytes"},
        {Frame{m, control::Read1997, hex("109000")}, "3 bytes"},
        {Frame{m, control::RelayControl, relayData(0x1A, 0, deadline).left(15)}, "16 data bytes"},
        {Frame{m, control::RelayControl, relayData(0x4A, 0, deadline)}, "Unknown relay command 4AH"},
        {Frame{m, control::RelayControl, relayData(0x1A, 1, deadline)}, "reserved byte N2"},
        {Frame{m, control::RelayControl, relayData(0x1A, 0, hex("000012321230"))}, "deadline"}, // 32 Dec
        {Frame{broadcastAddress(), control::TimeSync, hex("0000001A0515")}, "valid time"},
        {Frame{wildcardAddress(), control::WriteAddress, hex("0A0000000000")}, "not decimal"},
        {Frame{wildcardAddress(), control::WriteAddress, hex("0100000000")}, "6 data bytes"},
        {Frame{m, control::Security, hex("FF030107 01020304")}, "Unknown security command 070103FF"},
        {Frame{m, control::Security, hex("FF020107")}, "at least 8"},
        {Frame{m, control::Write, hex("0101000401")}, "Unsupported request function 14H"},
    };
    for (const auto &[frame, words] : bad) {
        auto parsed = parseRequest(frame);
        QVERIFY2(!parsed, words);
        QVERIFY2(parsed.error().message.contains(QLatin1String(words)), qPrintable(parsed.error().message));
    }
}

void TestDlt645::softwareSecurityModule()
{
    const SoftwareSecurityModule module(QByteArrayLiteral("simulator key"));
    QVERIFY(!module.forRealMeters());
    QCOMPARE(module.name(), QStringLiteral("software-test-only"));
    MeterPurchase purchase;
    purchase.meterAddress = MeterNo;
    purchase.amountMinor = 12345;
    purchase.purchaseCount = 7;
    purchase.customer = QStringLiteral("42");
    auto sealed = module.seal(purchase);
    PD_VERIFY_OK(sealed);
    QCOMPARE(sealed->size(), SoftwareSecurityModule::SealedBytes);
    // Amount and count big-endian, then MAC1, the customer number in BCD low byte first, MAC2.
    QCOMPARE(sealed->left(8).toHex(), QByteArray("0000303900000007"));
    QCOMPARE(sealed->mid(12, 6).toHex(), QByteArray("420000000000"));
    auto opened = module.open(MeterNo, *sealed);
    PD_VERIFY_OK(opened);
    QCOMPARE(opened->amountMinor, 12345);
    QCOMPARE(opened->customer, QStringLiteral("000000000042"));
    QVERIFY(!opened->openAccount);

    // Another key, another meter, or any changed byte: refused.
    QVERIFY(!SoftwareSecurityModule(QByteArrayLiteral("other key")).open(MeterNo, *sealed));
    QVERIFY(!module.open(QStringLiteral("000000000001"), *sealed));
    for (int i = 0; i < sealed->size(); ++i) {
        QByteArray changed = *sealed;
        changed[i] = static_cast<char>(changed.at(i) ^ 0x01);
        QVERIFY2(!module.open(MeterNo, changed), qPrintable(QString::number(i)));
    }
    QVERIFY(!module.open(MeterNo, sealed->left(21)));
    QVERIFY(!SoftwareSecurityModule(QByteArray()).seal(purchase));

    // The meter side checks the block against the command it came with: a block sealed for
    // opening an account does not load as a recharge (found by fuzz_dlt645), nor the reverse.
    ParsedRequest request;
    request.address = meterBytes();
    request.sealed = *sealed; // sealed for a recharge
    request.command = MeterCommand::Recharge;
    auto recharge = openPurchase(request, module);
    PD_VERIFY_OK(recharge);
    QCOMPARE(recharge->purchaseCount, 7u);
    request.command = MeterCommand::OpenAccount;
    auto asOpen = openPurchase(request, module);
    QVERIFY(!asOpen);
    QVERIFY2(asOpen.error().message.contains(QStringLiteral("sealed for a recharge")),
             qPrintable(asOpen.error().message));
    purchase.openAccount = true;
    request.sealed = *module.seal(purchase);
    PD_VERIFY_OK(openPurchase(request, module));
    request.command = MeterCommand::Recharge;
    QVERIFY(!openPurchase(request, module));
    request.command = MeterCommand::Read;
    QVERIFY(!openPurchase(request, module));
}

void TestDlt645::pluginThroughPluginManager()
{
    // The plugin file from the build tree (<build>/plugins, found from <build>/bin).
    PluginManager manager;
    manager.scan();
    const auto *plugin = manager.plugin(QStringLiteral("dlt645"));
    QVERIFY(plugin);
    QCOMPARE(plugin->state, PluginManager::State::Loaded);
    QCOMPARE(plugin->iid, QStringLiteral(PrepayDesk_MeterProtocol_iid));
    QCOMPARE(plugin->vendor, QStringLiteral("PrepayDesk"));
    MeterProtocol *protocol = nullptr;
    for (MeterProtocol *p : manager.instances<MeterProtocol>())
        if (p->protocol() == QLatin1String("dlt645"))
            protocol = p;
    QVERIFY(protocol);
    QCOMPARE(protocol->variants().first(), QStringLiteral("2007"));
    QVERIFY(protocol->items(QStringLiteral("2007")).contains(QStringLiteral("prepaid.remaining_money")));
    QCOMPARE(protocol->itemLabel(QStringLiteral("prepaid.remaining_money")), QStringLiteral("Remaining money"));

    // A request built by the loaded plugin, answered by the meter side of the codec, and the reply
    // decoded by the plugin again.
    const MeterTarget target{MeterNo, {}, 0x10, 0};
    MeterRequest read;
    read.item = QStringLiteral("prepaid.remaining_money");
    auto request = protocol->request(target, read);
    PD_VERIFY_OK(request);
    const Scan asked = scan(*request);
    QCOMPARE(asked.status, ScanStatus::Complete);
    auto parsed = parseRequest(asked.frame);
    PD_VERIFY_OK(parsed);
    QCOMPARE(parsed->command, MeterCommand::Read);
    QVERIFY(parsed->item);
    auto answer = readReply(parsed->address, *parsed->item, QStringLiteral("87.65"));
    PD_VERIFY_OK(answer);
    auto reply = protocol->parse(target, QByteArray("\x01\x02") + encode(*answer));
    PD_VERIFY_OK(reply);
    QVERIFY(reply->complete);
    QCOMPARE(reply->skipped, 2);
    QCOMPARE(reply->values.first().name, QStringLiteral("prepaid.remaining_money"));
    QCOMPARE(reply->values.first().value, QStringLiteral("87.65"));
    QCOMPARE(reply->values.first().number, 8765);
    QCOMPARE(reply->values.first().unit, QStringLiteral("yuan"));

    // A recharge through the plugin with the software module, refused by the meter as repeated.
    const SoftwareSecurityModule module(QByteArrayLiteral("k"));
    MeterRequest recharge;
    recharge.command = MeterCommand::Recharge;
    recharge.security = &module;
    recharge.purchase.amountMinor = 5000;
    recharge.purchase.purchaseCount = 2;
    auto sent = protocol->request(target, recharge);
    PD_VERIFY_OK(sent);
    auto asRecharge = parseRequest(scan(*sent).frame);
    PD_VERIFY_OK(asRecharge);
    QCOMPARE(asRecharge->command, MeterCommand::Recharge);
    QCOMPARE(module.open(MeterNo, asRecharge->sealed)->amountMinor, 5000);
    auto refused = protocol->parse(target, encode(securityErrorReply(meterBytes(), serr::RepeatedRecharge)));
    PD_VERIFY_OK(refused);
    QVERIFY(refused->error);
    QCOMPARE(refused->errors, QStringList{QStringLiteral("repeated-recharge")});
}

void TestDlt645::requestRoundTripProperty()
{
    // parseRequest(scan(encode(request))) gives back what was asked, and requestFrame rebuilds the
    // same bytes, for random meters, items, identifiers and commands. Fixed seed.
    Dlt645MeterProtocol protocol;
    const SoftwareSecurityModule module(QByteArrayLiteral("property key"));
    QRandomGenerator random(20070645);
    const QList<const Item *> items2007 = items(Edition::V2007);
    const QList<const Item *> items1997 = items(Edition::V1997);
    for (int round = 0; round < 3000; ++round) {
        const QString address = QString::number(random.bounded(Q_INT64_C(999999999999))).rightJustified(12, u'0');
        const bool v1997 = round % 4 == 3;
        MeterTarget target{address, v1997 ? QStringLiteral("1997") : QStringLiteral("2007"), 0x10, 0};
        MeterRequest request;
        const int kind = v1997 ? random.bounded(2) : random.bounded(7);
        switch (kind) {
        case 0: { // read of a listed item or of a random identifier
            request.command = MeterCommand::Read;
            const auto &list = v1997 ? items1997 : items2007;
            if (random.bounded(2))
                request.item = QLatin1String(list.at(random.bounded(list.size()))->name);
            else
                request.item =
                    QStringLiteral("%1")
                        .arg(random.generate() & (v1997 ? 0xFFFF : 0xFFFFFFFF), v1997 ? 4 : 8, 16, QLatin1Char('0'))
                        .toUpper();
            break;
        }
        case 1:
            request.command = MeterCommand::TimeSync;
            request.time = QDateTime(QDate(2000 + random.bounded(100), 1 + random.bounded(12), 1 + random.bounded(28)),
                                     QTime(random.bounded(24), random.bounded(60), random.bounded(60)));
            break;
        case 2:
            request.command = MeterCommand::ReadAddress;
            break;
        case 3:
            request.command = MeterCommand::Relay;
            request.relay = static_cast<RelayAction>(random.bounded(7));
            request.password = QByteArray::number(random.bounded(1000, 9999));
            request.operatorCode = QByteArray::number(random.bounded(1000, 9999));
            request.validUntil = QDateTime(QDate(2030, 6, 1), QTime(random.bounded(24), 0));
            break;
        case 4:
            request.command = MeterCommand::WriteAddress;
            request.newAddress = QString::number(random.bounded(Q_INT64_C(999999999998)));
            break;
        default:
            request.command = kind == 5 ? MeterCommand::OpenAccount : MeterCommand::Recharge;
            request.security = &module;
            request.operatorCode = hex("01020304");
            request.purchase.amountMinor = random.bounded(1, 100000000);
            request.purchase.purchaseCount = random.generate();
            request.purchase.customer = QString::number(random.bounded(Q_INT64_C(999999999999)));
            break;
        }
        auto bytes = protocol.request(target, request);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().message));
        const Scan s = scan(*bytes);
        QCOMPARE(s.status, ScanStatus::Complete);
        QCOMPARE(s.consumed, bytes->size());
        auto parsed = parseRequest(s.frame);
        PD_VERIFY_OK(parsed);
        QCOMPARE(parsed->command, request.command);
        switch (request.command) {
        case MeterCommand::Read:
            QCOMPARE(parsed->edition, v1997 ? Edition::V1997 : Edition::V2007);
            QCOMPARE(addressText(parsed->address), address);
            if (const Item *item = findItem(request.item, parsed->edition))
                QCOMPARE(parsed->id, item->id);
            else
                QCOMPARE(parsed->id, request.item.toUInt(nullptr, 16));
            break;
        case MeterCommand::TimeSync:
            QCOMPARE(parsed->time, request.time);
            QCOMPARE(parsed->address, broadcastAddress());
            break;
        case MeterCommand::ReadAddress:
            QCOMPARE(parsed->address, wildcardAddress());
            break;
        case MeterCommand::Relay:
            QCOMPARE(parsed->relay, request.relay);
            QCOMPARE(parsed->password, request.password);
            QCOMPARE(parsed->time, request.validUntil);
            QCOMPARE(addressText(parsed->address), address);
            break;
        case MeterCommand::WriteAddress:
            QCOMPARE(addressText(parsed->newAddress), request.newAddress.rightJustified(12, u'0'));
            break;
        default: {
            auto purchase = module.open(address, parsed->sealed);
            PD_VERIFY_OK(purchase);
            QCOMPARE(purchase->amountMinor, request.purchase.amountMinor);
            QCOMPARE(purchase->purchaseCount, request.purchase.purchaseCount);
            QCOMPARE(purchase->customer, request.purchase.customer.rightJustified(12, u'0'));
            QCOMPARE(purchase->openAccount, request.command == MeterCommand::OpenAccount);
            break;
        }
        }
        auto rebuilt = requestFrame(*parsed);
        PD_VERIFY_OK(rebuilt);
        QCOMPARE(encode(*rebuilt), *bytes);
    }
}

void TestDlt645::replyRoundTripProperty()
{
    // everyItemKindDecodes has one row per listed item: 22 of 2007 and 9 of 1997.
    QCOMPARE(items(Edition::V2007).size(), 22);
    QCOMPARE(items(Edition::V1997).size(), 9);
    // Random values of every numeric item, encoded by the meter side and decoded by the plugin.
    Dlt645MeterProtocol protocol;
    QRandomGenerator random(1206);
    for (const Edition edition : {Edition::V2007, Edition::V1997}) {
        for (const Item *item : items(edition)) {
            if (item->format != ItemFormat::Number)
                continue;
            for (int round = 0; round < 200; ++round) {
                qint64 limit = 1;
                for (int i = 0; i < item->bytes; ++i)
                    limit *= 100;
                if (item->signedValue)
                    limit = limit / 100 * 80; // the top digit is 0..7
                qint64 number = random.bounded(limit);
                if (item->signedValue && random.bounded(2))
                    number = -number;
                auto bytes = encodeNumber(*item, number);
                PD_VERIFY_OK(bytes);
                const QString address = QString::number(random.bounded(Q_INT64_C(999999999999)));
                const QByteArray line =
                    encode(readReply(*addressFromText(address), item->id, edition, *bytes), random.bounded(5));
                auto reply = protocol.parse(
                    MeterTarget{address, edition == Edition::V2007 ? QStringLiteral("2007") : QStringLiteral("1997"),
                                0x10, 0},
                    line);
                PD_VERIFY_OK(reply);
                QCOMPARE(reply->values.first().number, number);
                QCOMPARE(reply->values.first().decimals, item->decimals);
                // The text is the same number.
                QString digits = reply->values.first().value;
                digits.remove(QLatin1Char('.'));
                QCOMPARE(digits.toLongLong(), number);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestDlt645)
#include "tst_dlt645.moc"
