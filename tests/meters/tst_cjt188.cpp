// The CJ/T 188 codec (plugins/cjt188) against frames worked through by hand from the public
// descriptions named in Cjt188.h ([S1]..[S7]), in both editions' byte orders; every command's
// request and reply; the status bits; noise, broken frames and another meter's replies, each a
// clear error followed by resynchronisation onto the next good frame; the plugin loaded through
// PluginManager; and randomized request/reply round trips through the MeterProtocol interface.
#include "Cjt188.h"
#include "Cjt188MeterProtocol.h"

#include "plugin/PluginManager.h"

#include "TestSupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace prepaydesk;
using namespace prepaydesk::cjt188;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

const QString Address = QStringLiteral("11223344556677");

MeterTarget target(const QString &variant, int sequence = 1, const QString &address = Address)
{
    return MeterTarget{address, variant, meter_type::ColdWater, sequence};
}

const MeterValue *value(const MeterReply &reply, const QString &name)
{
    for (const MeterValue &v : reply.values)
        if (v.name == name)
            return &v;
    return nullptr;
}

QString valueText(const MeterReply &reply, const QString &name)
{
    const MeterValue *v = value(reply, name);
    return v ? v->value : QStringLiteral("<missing %1>").arg(name);
}

// The meter's side of one exchange: parse the request bytes as the meter would and answer.
ParsedRequest meterSees(const QByteArray &requestBytes, Edition edition)
{
    const Scan s = scan(requestBytes);
    if (s.status != ScanStatus::Complete)
        qFatal("request frame not complete");
    auto parsed = parseRequest(s.frame, edition);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return *parsed;
}

// The worked reply of [S3]'s 901F layout, by hand: meter 11223344556677 (cold water, T=10H),
// C=81H, L=16H (22 = DI 2 + SER 1 + 19), DI 90 1F (2004), SER 01,
// current flow 12345.67 m³ = 67 45 23 01 2C, settlement-day flow 12000.00 m³ = 00 00 20 01 2C,
// time 2024-05-06 07:08:09 = 09 08 07 06 05 24 20 (ss mm hh DD MM YY YY [S4]),
// ST = 05 00 (valve closed D1D0=01, battery low D2=1 [S4]).
// Checksum (hex sums): 68+10+77+66+55+44+33+22+11+81+16 = 2EB; +90+1F+01 = 39B;
// +67+45+23+01+2C = 497; +00+00+20+01+2C = 4E4; +09+08+07+06+05+24+20 = 54B; +05+00 = 550 -> CS = 50H.
const char *WorkedReply2004 =
    "68 10 77 66 55 44 33 22 11 81 16 90 1F 01 67 45 23 01 2C 00 00 20 01 2C 09 08 07 06 05 24 20 05 00 50 16";

} // namespace

class TestCjt188 : public QObject
{
    Q_OBJECT
private slots:
    void publishedReadFrame();
    void publishedReadFrame2018();
    void workedMeterDataReply();
    void workedMeterDataReply2018();
    void editionsDetectedFromKnownIdentifiers();
    void statusBits_data();
    void statusBits();
    void valveRequestsAndReplies();
    void purchaseWriteAndConfirmation();
    void purchaseDataReadBack();
    void setTimeRequestAndReply();
    void readAndWriteAddress();
    void abnormalReplies();
    void requestsRefuseBadInput();
    void noiseAndPreambles();
    void brokenFramesThenResync_data();
    void brokenFramesThenResync();
    void truncatedFrameWaitsForMore();
    void anotherMetersReplyIsRejected();
    void staleSequenceIsRejected();
    void echoedRequestIsRejected();
    void pluginThroughPluginManager();
    void randomizedRoundTrips();
};

void TestCjt188::publishedReadFrame()
{
    // [S1]: "FE FE FE 68 10 77 66 55 44 33 22 11 01 03 90 1F 01 08 16", the read of meter
    // 11223344556677 (A0 = 77 first). Checksum by hand: 68+10 = 78, +77 = EF, +66 = 155, +55 = 1AA,
    // +44 = 1EE, +33 = 221, +22 = 243, +11 = 254, +01 = 255, +03 = 258, +90 = 2E8, +1F = 307,
    // +01 = 308 -> CS = 08H.
    const QByteArray published = hex("FE FE FE 68 10 77 66 55 44 33 22 11 01 03 90 1F 01 08 16");
    Cjt188MeterProtocol p;
    MeterRequest r;
    r.item = QStringLiteral("meter_data");
    const auto bytes = p.request(target(QStringLiteral("2004")), r);
    PD_VERIFY_OK(bytes);
    QCOMPARE(bytes->toHex(' '), published.toHex(' '));
    QCOMPARE(checksum(published.mid(3, 14)), quint8(0x08));
    // A raw identifier in hex builds the same frame.
    r.item = QStringLiteral("901F");
    QCOMPARE(p.request(target(QStringLiteral("2004")), r)->toHex(), published.toHex());
    // The default variant is 2004, and readRequest() is the same read with SER 0.
    const auto plain = p.readRequest(Address, QStringLiteral("meter_data"));
    PD_VERIFY_OK(plain);
    QCOMPARE(plain->toHex(' '), hex("FE FE FE 68 10 77 66 55 44 33 22 11 01 03 90 1F 00 07 16").toHex(' '));

    const auto parsed = parseRequest(scan(published).frame, Edition::V2004);
    PD_VERIFY_OK(parsed);
    QCOMPARE(parsed->command, MeterCommand::Read);
    QCOMPARE(parsed->item, QStringLiteral("meter_data"));
    QCOMPARE(parsed->header.ser, quint8(1));
    QCOMPARE(addressText(parsed->header.address), Address);
}

void TestCjt188::publishedReadFrame2018()
{
    // The same read in the 2018 byte order: DI 901F goes as 1F 90 [S2]. The checksum is a plain
    // sum, so it stays 08H.
    Cjt188MeterProtocol p;
    MeterRequest r;
    r.item = QStringLiteral("meter_data");
    const auto bytes = p.request(target(QStringLiteral("2018")), r);
    PD_VERIFY_OK(bytes);
    QCOMPARE(bytes->toHex(' '), hex("FE FE FE 68 10 77 66 55 44 33 22 11 01 03 1F 90 01 08 16").toHex(' '));
    // A 2004 meter reading a 2018 request sees an identifier it does not know (1F90).
    const auto as2004 = parseRequest(scan(*bytes).frame, Edition::V2004);
    PD_VERIFY_OK(as2004);
    QCOMPARE(as2004->item, QStringLiteral("1F90"));
    QCOMPARE(parseRequest(scan(*bytes).frame, Edition::V2018)->item, QStringLiteral("meter_data"));
}

void TestCjt188::workedMeterDataReply()
{
    const QByteArray frame = hex(WorkedReply2004);
    // Re-add the checksum the comment above works through.
    int sum = 0;
    for (int i = 0; i < frame.size() - 2; ++i)
        sum += quint8(frame.at(i));
    QCOMPARE(sum, 0x550);
    QCOMPARE(quint8(frame.at(frame.size() - 2)), quint8(0x50));

    Cjt188MeterProtocol p;
    const auto reply = p.parse(target(QStringLiteral("2004")), hex("FE FE") + frame);
    PD_VERIFY_OK(reply);
    QVERIFY(reply->complete);
    QVERIFY(!reply->error);
    QCOMPARE(reply->consumed, frame.size() + 2);
    QCOMPARE(reply->skipped, 0);
    QCOMPARE(reply->address, Address);
    QCOMPARE(reply->command, QStringLiteral("read"));
    QCOMPARE(reply->item, QStringLiteral("meter_data"));
    const MeterValue *current = value(*reply, QStringLiteral("flow.current"));
    QVERIFY(current);
    QCOMPARE(current->value, QStringLiteral("12345.67"));
    QCOMPARE(current->unit, QStringLiteral("m³"));
    QCOMPARE(current->number, 1234567);
    QCOMPARE(current->decimals, 2);
    QVERIFY(current->numeric);
    QCOMPARE(valueText(*reply, QStringLiteral("flow.settlement")), QStringLiteral("12000.00"));
    QCOMPARE(value(*reply, QStringLiteral("flow.settlement"))->unit, QStringLiteral("m³"));
    QCOMPARE(valueText(*reply, QStringLiteral("clock")), QStringLiteral("2024-05-06T07:08:09"));
    QCOMPARE(valueText(*reply, QStringLiteral("valve")), QStringLiteral("closed"));
    QCOMPARE(valueText(*reply, QStringLiteral("battery")), QStringLiteral("low"));
    QCOMPARE(valueText(*reply, QStringLiteral("status")), QStringLiteral("0005"));

    // The meter side builds exactly this frame from the same values.
    ParsedRequest request = meterSees(hex("FE FE FE 68 10 77 66 55 44 33 22 11 01 03 90 1F 01 08 16"), Edition::V2004);
    MeterData data;
    data.current = {1234567, 0x2C};
    data.settlement = {1200000, 0x2C};
    data.time = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9));
    data.status = statusWord(ValveState::Closed, true);
    const auto built = meterDataReply(request, data);
    PD_VERIFY_OK(built);
    QCOMPARE(encode(*built, 0).toHex(' '), frame.toHex(' '));
}

void TestCjt188::workedMeterDataReply2018()
{
    // The same reply from a 2018 meter: only DI changes to 1F 90; the checksum stays 50H.
    QByteArray frame = hex(WorkedReply2004);
    frame[11] = char(0x1F);
    frame[12] = char(0x90);
    Cjt188MeterProtocol p;
    const auto reply = p.parse(target(QStringLiteral("2018")), frame);
    PD_VERIFY_OK(reply);
    QCOMPARE(reply->item, QStringLiteral("meter_data"));
    QCOMPARE(valueText(*reply, QStringLiteral("flow.current")), QStringLiteral("12345.67"));
    // Read as 2004, the identifier is 1F90, which the console does not decode (shown raw).
    const auto wrong = p.parse(target(QStringLiteral("2004")), frame);
    PD_VERIFY_OK(wrong);
    QCOMPARE(wrong->item, QStringLiteral("1F90"));
    QVERIFY(!value(*wrong, QStringLiteral("flow.current")));
}

void TestCjt188::editionsDetectedFromKnownIdentifiers()
{
    QCOMPARE(detectEdition(scan(hex(WorkedReply2004)).frame), std::optional<Edition>(Edition::V2004));
    Frame f = scan(hex(WorkedReply2004)).frame;
    f.data[0] = char(0x1F);
    f.data[1] = char(0x90);
    QCOMPARE(detectEdition(f), std::optional<Edition>(Edition::V2018));
    f.data[0] = char(0x12);
    f.data[1] = char(0x34);
    QCOMPARE(detectEdition(f), std::nullopt);
    QVERIFY(!parseEdition(QStringLiteral("2010")));
    QCOMPARE(parseEdition(QString()).value(), Edition::V2004);
}

void TestCjt188::statusBits_data()
{
    QTest::addColumn<int>("st");
    QTest::addColumn<QString>("valve");
    QTest::addColumn<QString>("battery");
    // ST0 D1 D0: 00 open, 01 closed, 11 fault; D2 battery low [S4][S5]; 10 is not defined.
    QTest::newRow("open") << 0x0000 << "open"
                          << "normal";
    QTest::newRow("closed") << 0x0001 << "closed"
                            << "normal";
    QTest::newRow("undefined 10") << 0x0002 << "unknown"
                                  << "normal";
    QTest::newRow("fault") << 0x0003 << "fault"
                           << "normal";
    QTest::newRow("open, battery low") << 0x0004 << "open"
                                       << "low";
    QTest::newRow("fault, battery low") << 0x0007 << "fault"
                                        << "low";
    QTest::newRow("vendor bits ignored") << 0xFF08 << "open"
                                         << "normal";
}

void TestCjt188::statusBits()
{
    QFETCH(int, st);
    QFETCH(QString, valve);
    QFETCH(QString, battery);
    ParsedRequest request = meterSees(*Cjt188MeterProtocol().request(target(QStringLiteral("2004")),
                                                                     [] {
                                                                         MeterRequest r;
                                                                         r.command = MeterCommand::Valve;
                                                                         return r;
                                                                     }()),
                                      Edition::V2004);
    const QByteArray bytes = encode(valveReply(request, quint16(st)));
    const auto reply = Cjt188MeterProtocol().parse(target(QStringLiteral("2004")), bytes);
    PD_VERIFY_OK(reply);
    QCOMPARE(valueText(*reply, QStringLiteral("valve")), valve);
    QCOMPARE(valueText(*reply, QStringLiteral("battery")), battery);
    QCOMPARE(value(*reply, QStringLiteral("status"))->number, st);
    const cjt188::MeterStatus s = decodeStatus(quint16(st));
    QCOMPARE(statusWord(s.valve, s.batteryLow, quint16(st)), quint16(st));
}

void TestCjt188::valveRequestsAndReplies()
{
    // Close: 68 10 77..11 04 04 A0 17 05 99 CS 16 (DI A017, SER 05, 99H close [S4]).
    // CS: header 68+10+77+66+55+44+33+22+11 = 254; +04+04 = 25C; +A0+17 = 313; +05 = 318; +99 = 3B1 -> B1.
    Cjt188MeterProtocol p;
    MeterRequest r;
    r.command = MeterCommand::Valve;
    r.valve = ValveAction::Close;
    const auto close = p.request(target(QStringLiteral("2004"), 5), r);
    PD_VERIFY_OK(close);
    QCOMPARE(close->toHex(' '), hex("FE FE FE 68 10 77 66 55 44 33 22 11 04 04 A0 17 05 99 B1 16").toHex(' '));
    // Open in 2018 order: 17 A0, 55H open; CS = 3B1 - 99 + 55 = 36D -> 6D.
    r.valve = ValveAction::Open;
    const auto open = p.request(target(QStringLiteral("2018"), 5), r);
    PD_VERIFY_OK(open);
    QCOMPARE(open->toHex(' '), hex("FE FE FE 68 10 77 66 55 44 33 22 11 04 04 17 A0 05 55 6D 16").toHex(' '));

    const ParsedRequest seen = meterSees(*close, Edition::V2004);
    QCOMPARE(seen.command, MeterCommand::Valve);
    QCOMPARE(seen.valve, ValveAction::Close);
    QCOMPARE(meterSees(*open, Edition::V2018).valve, ValveAction::Open);

    // The meter answers with its status [S7]: 84H, DI, SER, ST.
    const QByteArray answer = encode(valveReply(seen, statusWord(ValveState::Closed, false)));
    QCOMPARE(answer.mid(3).toHex(' '),
             hex("68 10 77 66 55 44 33 22 11 84 05 A0 17 05 01 00 9A 16").toHex(' ')); // 254+84+05+A0+17+05+01 = 39A
    const auto reply = p.parse(target(QStringLiteral("2004"), 5), answer);
    PD_VERIFY_OK(reply);
    QCOMPARE(reply->command, QStringLiteral("valve"));
    QCOMPARE(valueText(*reply, QStringLiteral("valve")), QStringLiteral("closed"));
    // A valve command needs one meter's address.
    QVERIFY(!p.request(target(QStringLiteral("2004"), 5, QString()), r));
}

void TestCjt188::purchaseWriteAndConfirmation()
{
    // Write purchase amount A013 [S6]: SER 07, purchase sequence 12 (BCD 12H), 500.00 yuan =
    // 50000 fen, BCD digits 00 05 00 00, lowest byte first 00 00 05 00. L = 2 + 1 + 1 + 4 = 08.
    // CS: 254 + 04 + 08 = 260; + A0 + 13 = 313; + 07 = 31A; + 12 = 32C; + 00+00+05+00 = 331 -> 31.
    Cjt188MeterProtocol p;
    MeterRequest r;
    r.command = MeterCommand::Recharge;
    r.purchase.amountMinor = 50000;
    r.purchase.purchaseCount = 112; // the sequence byte carries it modulo 100
    const auto bytes = p.request(target(QStringLiteral("2004"), 7), r);
    PD_VERIFY_OK(bytes);
    QCOMPARE(bytes->toHex(' '),
             hex("FE FE FE 68 10 77 66 55 44 33 22 11 04 08 A0 13 07 12 00 00 05 00 31 16").toHex(' '));
    const ParsedRequest seen = meterSees(*bytes, Edition::V2004);
    QCOMPARE(seen.command, MeterCommand::Recharge);
    QCOMPARE(seen.purchaseSequence, 12);
    QCOMPARE(seen.amountMinor, qint64(50000));

    // The confirmation echoes the sequence and the amount [S6].
    const auto answer = purchaseReply(seen);
    PD_VERIFY_OK(answer);
    const auto reply = p.parse(target(QStringLiteral("2004"), 7), encode(*answer));
    PD_VERIFY_OK(reply);
    QCOMPARE(reply->command, QStringLiteral("purchase"));
    QCOMPARE(valueText(*reply, QStringLiteral("purchase.sequence")), QStringLiteral("12"));
    QCOMPARE(valueText(*reply, QStringLiteral("purchase.amount")), QStringLiteral("500.00"));
    QCOMPARE(value(*reply, QStringLiteral("purchase.amount"))->unit, QStringLiteral("yuan"));
    QCOMPARE(value(*reply, QStringLiteral("purchase.amount"))->number, 50000);

    // Amounts the 4-byte BCD field cannot carry are refused before anything is sent.
    r.purchase.amountMinor = 0;
    QCOMPARE(p.request(target(QStringLiteral("2004"), 7), r).error().field, QStringLiteral("amount"));
    r.purchase.amountMinor = 100000000;
    QCOMPARE(p.request(target(QStringLiteral("2004"), 7), r).error().field, QStringLiteral("amount"));
    // CJ/T 188 has no open-account command.
    r.command = MeterCommand::OpenAccount;
    r.purchase.amountMinor = 100;
    QVERIFY(!p.request(target(QStringLiteral("2004"), 7), r));
}

void TestCjt188::purchaseDataReadBack()
{
    Cjt188MeterProtocol p;
    MeterRequest r;
    r.item = QStringLiteral("purchase_data");
    const auto bytes = p.request(target(QStringLiteral("2018"), 9), r);
    PD_VERIFY_OK(bytes);
    // 8105 in 2018 order: 05 81.
    QCOMPARE(bytes->mid(3 + 11, 3).toHex(' '), QByteArray("05 81 09"));
    const ParsedRequest seen = meterSees(*bytes, Edition::V2018);
    QCOMPARE(seen.item, QStringLiteral("purchase_data"));
    PurchaseData data{13, 50000, 123456, 7890, statusWord(ValveState::Open, false)};
    const auto answer = purchaseDataReply(seen, data);
    PD_VERIFY_OK(answer);
    QCOMPARE(answer->data.size(), 18); // L = 12H [S3]
    const auto reply = p.parse(target(QStringLiteral("2018"), 9), encode(*answer));
    PD_VERIFY_OK(reply);
    QCOMPARE(valueText(*reply, QStringLiteral("purchase.sequence")), QStringLiteral("13"));
    QCOMPARE(valueText(*reply, QStringLiteral("purchase.last")), QStringLiteral("500.00"));
    QCOMPARE(valueText(*reply, QStringLiteral("purchase.total")), QStringLiteral("1234.56"));
    QCOMPARE(valueText(*reply, QStringLiteral("money.remaining")), QStringLiteral("78.90"));
    QCOMPARE(valueText(*reply, QStringLiteral("valve")), QStringLiteral("open"));
}

void TestCjt188::setTimeRequestAndReply()
{
    // A015 with 2024-12-31 23:59:58 = 58 59 23 31 12 24 20 [S4]; L = 0A.
    // CS: 254 + 04 + 0A = 262; + A0 + 15 = 317; + 02 = 319; + 58+59+23+31+12+24+20 (15B) = 474 -> 74.
    Cjt188MeterProtocol p;
    MeterRequest r;
    r.command = MeterCommand::SetTime;
    r.time = QDateTime(QDate(2024, 12, 31), QTime(23, 59, 58));
    const auto bytes = p.request(target(QStringLiteral("2004"), 2), r);
    PD_VERIFY_OK(bytes);
    QCOMPARE(bytes->toHex(' '),
             hex("FE FE FE 68 10 77 66 55 44 33 22 11 04 0A A0 15 02 58 59 23 31 12 24 20 74 16").toHex(' '));
    const ParsedRequest seen = meterSees(*bytes, Edition::V2004);
    QCOMPARE(seen.command, MeterCommand::SetTime);
    QCOMPARE(seen.time, r.time);
    const auto reply = p.parse(target(QStringLiteral("2004"), 2), encode(setTimeReply(seen)));
    PD_VERIFY_OK(reply);
    QCOMPARE(reply->command, QStringLiteral("set-time"));
    QVERIFY(!reply->error);
    // Outside 2000..2099, or no time at all: refused.
    r.time = QDateTime(QDate(1999, 12, 31), QTime(0, 0));
    QCOMPARE(p.request(target(QStringLiteral("2004")), r).error().field, QStringLiteral("time"));
    r.time = QDateTime();
    QVERIFY(!p.request(target(QStringLiteral("2004")), r));
}

void TestCjt188::readAndWriteAddress()
{
    // Read address to the wildcard: 68 10 AA*7 03 03 81 0A 00 CS 16 [S4].
    // CS: 68+10 = 78; + 7*AA = 78+4A6 = 51E; + 03+03 = 524; + 81+0A = 5AF; + 00 -> AF.
    Cjt188MeterProtocol p;
    MeterRequest r;
    r.command = MeterCommand::ReadAddress;
    const auto bytes = p.request(target(QStringLiteral("2004"), 0, QString()), r);
    PD_VERIFY_OK(bytes);
    QCOMPARE(bytes->toHex(' '), hex("FE FE FE 68 10 AA AA AA AA AA AA AA 03 03 81 0A 00 AF 16").toHex(' '));
    const ParsedRequest seen = meterSees(*bytes, Edition::V2004);
    QCOMPARE(seen.command, MeterCommand::ReadAddress);
    const QByteArray own = *addressFromText(QStringLiteral("00000012345678"));
    const auto reply = p.parse(target(QStringLiteral("2004"), 0, QString()),
                               encode(readAddressReply(seen, own, meter_type::ColdWater)));
    PD_VERIFY_OK(reply);
    QCOMPARE(reply->command, QStringLiteral("read-address"));
    QCOMPARE(valueText(*reply, QStringLiteral("address")), QStringLiteral("00000012345678"));

    // Write address A018 with the new address 00000012345678 (A0 = 78 first), control 15H [S4][S7].
    r.command = MeterCommand::WriteAddress;
    r.newAddress = QStringLiteral("12345678");
    const auto write = p.request(target(QStringLiteral("2018"), 3), r);
    PD_VERIFY_OK(write);
    QCOMPARE(write->mid(3 + 9).toHex(' ').left(3 * 12 - 1), hex("15 0A 18 A0 03 78 56 34 12 00 00 00").toHex(' '));
    const ParsedRequest w = meterSees(*write, Edition::V2018);
    QCOMPARE(w.command, MeterCommand::WriteAddress);
    QCOMPARE(w.newAddress, own);
    const auto ack = p.parse(target(QStringLiteral("2018"), 3), encode(writeAddressReply(w)));
    PD_VERIFY_OK(ack);
    QCOMPARE(ack->command, QStringLiteral("write-address"));
    QCOMPARE(ack->control, 0x95);
    // The wildcard cannot be given to a meter, and a new address is needed.
    r.newAddress = QStringLiteral("AAAAAAAAAAAAAA");
    QCOMPARE(p.request(target(QStringLiteral("2004")), r).error().field, QStringLiteral("newAddress"));
    r.newAddress.clear();
    QCOMPARE(p.request(target(QStringLiteral("2004")), r).error().field, QStringLiteral("newAddress"));
}

void TestCjt188::abnormalReplies()
{
    // An abnormal reply sets D6: C1H for a read, C4H for a write; its data is SER then ST [S5].
    // Hand-made: 68 10 77..11 C4 03 05 03 00 CS 16 (valve fault); CS = 254+C4+03+05+03 = 323 -> 23.
    const QByteArray frame = hex("68 10 77 66 55 44 33 22 11 C4 03 05 03 00 23 16");
    Cjt188MeterProtocol p;
    const auto reply = p.parse(target(QStringLiteral("2004"), 5), frame);
    PD_VERIFY_OK(reply);
    QVERIFY(reply->complete);
    QVERIFY(reply->error);
    QCOMPARE(reply->errors, QStringList({QStringLiteral("write-refused"), QStringLiteral("valve-fault")}));
    QVERIFY2(reply->errorText.contains(QStringLiteral("did not carry out the write")) &&
                 reply->errorText.contains(QStringLiteral("valve reports a fault")),
             qPrintable(reply->errorText));
    QCOMPARE(valueText(*reply, QStringLiteral("valve")), QStringLiteral("fault"));

    // The meter side builds the same frame.
    MeterRequest r;
    r.command = MeterCommand::Valve;
    const ParsedRequest seen = meterSees(*p.request(target(QStringLiteral("2004"), 5), r), Edition::V2004);
    QCOMPARE(encode(abnormalReply(seen, statusWord(ValveState::Fault, false)), 0).toHex(' '), frame.toHex(' '));

    // A refused read with a low battery.
    r.command = MeterCommand::Read;
    r.item = QStringLiteral("D120");
    const ParsedRequest read = meterSees(*p.request(target(QStringLiteral("2004"), 6), r), Edition::V2004);
    const auto refused =
        p.parse(target(QStringLiteral("2004"), 6), encode(abnormalReply(read, statusWord(ValveState::Open, true))));
    PD_VERIFY_OK(refused);
    QCOMPARE(refused->control, 0xC1);
    QCOMPARE(refused->errors, QStringList({QStringLiteral("read-refused"), QStringLiteral("battery-low")}));
    // An abnormal reply of the wrong size is not trusted.
    const QByteArray bad = encode(Frame{0x10, *addressFromText(Address), 0xC1, hex("05 00")}, 0);
    QCOMPARE(p.parse(target(QStringLiteral("2004"), 5), bad).error().code, Error::Code::Invalid);
}

void TestCjt188::requestsRefuseBadInput()
{
    Cjt188MeterProtocol p;
    MeterRequest r;
    r.item = QStringLiteral("energy.total");
    QCOMPARE(p.request(target(QStringLiteral("2004")), r).error().field, QStringLiteral("item"));
    r.item = QStringLiteral("meter_data");
    QCOMPARE(p.request(target(QStringLiteral("2010")), r).error().field, QStringLiteral("variant"));
    QCOMPARE(p.request(target(QStringLiteral("2004"), 256), r).error().field, QStringLiteral("sequence"));
    QCOMPARE(p.request(target(QStringLiteral("2004"), 1, QStringLiteral("123456789012345")), r).error().field,
             QStringLiteral("address"));
    QCOMPARE(p.request(target(QStringLiteral("2004"), 1, QStringLiteral("12-34")), r).error().field,
             QStringLiteral("address"));
    MeterTarget t = target(QStringLiteral("2004"));
    t.meterType = 0x100;
    QCOMPARE(p.request(t, r).error().field, QStringLiteral("meterType"));
    r.command = MeterCommand::Relay;
    QVERIFY(!p.request(target(QStringLiteral("2004")), r));
    QCOMPARE(p.commands(QStringLiteral("2018")).size(), 6);
    QVERIFY(p.commands(QStringLiteral("1997")).isEmpty());
    QCOMPARE(p.items(QStringLiteral("2004")),
             QStringList({QStringLiteral("meter_data"), QStringLiteral("purchase_data")}));
    // The meter side refuses requests it cannot carry out, with a reason.
    QVERIFY(!parseRequest(scan(hex(WorkedReply2004)).frame, Edition::V2004)); // a reply
    Frame unknownValve{0x10, *addressFromText(Address), control::WriteData, hex("A0 17 01 77")};
    QVERIFY(parseRequest(unknownValve, Edition::V2004).error().message.contains(QStringLiteral("77H")));
    Frame shortPurchase{0x10, *addressFromText(Address), control::WriteData, hex("A0 13 01 12 00")};
    QVERIFY(!parseRequest(shortPurchase, Edition::V2004));
    Frame badTime{0x10, *addressFromText(Address), control::WriteData, hex("A0 15 01 61 00 00 01 01 24 20")};
    QVERIFY(!parseRequest(badTime, Edition::V2004));
}

void TestCjt188::noiseAndPreambles()
{
    Cjt188MeterProtocol p;
    const QByteArray frame = hex(WorkedReply2004);
    QRandomGenerator rng(188);
    for (int round = 0; round < 200; ++round) {
        // Random noise (68H included: a false start must not hide the real frame), then 0..8 FE,
        // then the frame.
        QByteArray noise;
        const int n = rng.bounded(0, 40);
        for (int i = 0; i < n; ++i)
            noise.append(char(rng.bounded(0, 256)));
        if (round % 2)
            noise.append(hex("68 10 00")); // a start byte right before the preamble
        const int fe = rng.bounded(0, 9);
        const QByteArray bytes = noise + QByteArray(fe, char(0xFE)) + frame + hex("FE FE");
        const auto reply = p.parse(target(QStringLiteral("2004")), bytes);
        PD_VERIFY_OK(reply);
        QVERIFY(reply->complete);
        QCOMPARE(reply->consumed, noise.size() + fe + frame.size());
        QVERIFY2(reply->skipped <= noise.size(), qPrintable(QString::number(round)));
        QCOMPARE(valueText(*reply, QStringLiteral("flow.current")), QStringLiteral("12345.67"));
    }
    // Only noise: nothing complete, all of it droppable.
    const auto none = p.parse(target(QStringLiteral("2004")), hex("00 11 22 FE FE"));
    PD_VERIFY_OK(none);
    QVERIFY(!none->complete);
    QCOMPARE(none->consumed, 5);
}

void TestCjt188::brokenFramesThenResync_data()
{
    QTest::addColumn<QByteArray>("broken");
    QTest::addColumn<QString>("code");
    const QByteArray good = hex(WorkedReply2004);
    QByteArray badSum = good;
    badSum[good.size() - 2] = char(0x51);
    QTest::newRow("bad checksum") << badSum << "checksum";
    QByteArray badEnd = good;
    badEnd[good.size() - 1] = char(0x17);
    QTest::newRow("wrong end byte") << badEnd << "end-byte";
    QByteArray inside = good;
    inside[20] = char(inside[20] ^ 0x5A); // a byte changed inside the data
    QTest::newRow("noise inside the frame") << inside << "checksum";
    QByteArray longer = good;
    longer[10] = char(0xC8); // L = 200
    QTest::newRow("impossible length") << longer << "length";
    QByteArray lost = good;
    lost.remove(15, 3); // bytes lost on the line: the length now runs into the next frame
    QTest::newRow("bytes lost") << lost << "checksum";
}

void TestCjt188::brokenFramesThenResync()
{
    QFETCH(QByteArray, broken);
    QFETCH(QString, code);
    Cjt188MeterProtocol p;
    // Alone, the broken frame is a clear error naming what is wrong.
    const auto alone = p.parse(target(QStringLiteral("2004")), hex("FE FE FE") + broken + QByteArray(64, '\0'));
    QVERIFY(!alone);
    QCOMPARE(alone.error().field, code);
    QVERIFY(!alone.error().message.isEmpty());

    // Followed by a good frame, the same call finds the good one.
    const QByteArray good = hex(WorkedReply2004);
    const QByteArray line = hex("FE FE") + broken + hex("FE FE FE") + good;
    const auto found = p.parse(target(QStringLiteral("2004")), line);
    PD_VERIFY_OK(found);
    QCOMPARE(found->consumed, line.size());
    QCOMPARE(valueText(*found, QStringLiteral("clock")), QStringLiteral("2024-05-06T07:08:09"));

    // A caller that gets bytes one at a time, and on an error drops up to the failing frame's
    // first byte as the interface says, reaches the good frame and reports each error once.
    QByteArray buffer;
    int errors = 0;
    bool done = false;
    for (const char c : QByteArray(line + QByteArray(64, '\0'))) {
        buffer.append(c);
        for (;;) {
            const auto r = p.parse(target(QStringLiteral("2004")), buffer);
            if (!r) {
                ++errors;
                buffer.remove(0, scan(buffer).consumed);
                continue;
            }
            if (r->complete) {
                QCOMPARE(valueText(*r, QStringLiteral("flow.current")), QStringLiteral("12345.67"));
                done = true;
            }
            buffer.remove(0, r->consumed);
            break;
        }
        if (done)
            break;
    }
    QVERIFY(done);
    QVERIFY2(errors >= 1, "the broken frame went unnoticed");
}

void TestCjt188::truncatedFrameWaitsForMore()
{
    Cjt188MeterProtocol p;
    const QByteArray frame = hex("FE FE FE") + hex(WorkedReply2004);
    for (int cut = 0; cut < frame.size(); ++cut) {
        const auto r = p.parse(target(QStringLiteral("2004")), frame.left(cut));
        PD_VERIFY_OK(r);
        QVERIFY2(!r->complete, qPrintable(QString::number(cut)));
        // Only the preamble in front of the 68H may be dropped.
        QVERIFY(r->consumed <= 3);
    }
    PD_VERIFY_OK(p.parse(target(QStringLiteral("2004")), frame));
}

void TestCjt188::anotherMetersReplyIsRejected()
{
    Cjt188MeterProtocol p;
    const QByteArray other = hex(WorkedReply2004);
    const auto r = p.parse(target(QStringLiteral("2004"), 1, QStringLiteral("11223344556678")), other);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("address"));
    QVERIFY2(r.error().message.contains(Address), qPrintable(r.error().message));
    // Any address is accepted when none is expected (discovery).
    PD_VERIFY_OK(p.parse(target(QStringLiteral("2004"), 1, QString()), other));
    PD_VERIFY_OK(p.parseReply(other));
}

void TestCjt188::staleSequenceIsRejected()
{
    // A late reply to an earlier request carries that request's SER.
    Cjt188MeterProtocol p;
    const auto r = p.parse(target(QStringLiteral("2004"), 2), hex(WorkedReply2004));
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("sequence"));
}

void TestCjt188::echoedRequestIsRejected()
{
    Cjt188MeterProtocol p;
    const auto r =
        p.parse(target(QStringLiteral("2004")), hex("FE FE FE 68 10 77 66 55 44 33 22 11 01 03 90 1F 01 08 16"));
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("direction"));
}

void TestCjt188::pluginThroughPluginManager()
{
    PluginManager manager;
    manager.scan();
    const auto *info = manager.plugin(QStringLiteral("cjt188"));
    QVERIFY2(info, qPrintable(manager.searchPaths().join(u',')));
    QCOMPARE(info->state, PluginManager::State::Loaded);
    QCOMPARE(info->iid, QStringLiteral(PrepayDesk_MeterProtocol_iid));
    QVERIFY(info->description.contains(QStringLiteral("CJ/T 188")));
    MeterProtocol *protocol = qobject_cast<MeterProtocol *>(info->instance);
    QVERIFY(protocol);
    QCOMPARE(protocol->protocol(), QStringLiteral("cjt188"));
    QCOMPARE(protocol->variants(), QStringList({QStringLiteral("2004"), QStringLiteral("2018")}));

    // A read through the loaded plugin, answered by the codec's meter side, decoded by the plugin.
    MeterRequest r;
    r.item = QStringLiteral("meter_data");
    const MeterTarget t = target(QStringLiteral("2018"), 42);
    const auto bytes = protocol->request(t, r);
    PD_VERIFY_OK(bytes);
    const ParsedRequest seen = meterSees(*bytes, Edition::V2018);
    MeterData data;
    data.current = {98765, 0x2C};
    data.settlement = {90000, 0x2C};
    data.time = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5));
    data.status = statusWord(ValveState::Open, false);
    const auto answer = meterDataReply(seen, data);
    PD_VERIFY_OK(answer);
    const auto reply = protocol->parse(t, encode(*answer));
    PD_VERIFY_OK(reply);
    QCOMPARE(valueText(*reply, QStringLiteral("flow.current")), QStringLiteral("987.65"));
    QCOMPARE(valueText(*reply, QStringLiteral("clock")), QStringLiteral("2025-01-02T03:04:05"));
}

void TestCjt188::randomizedRoundTrips()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    Cjt188MeterProtocol p;
    auto digits = [&](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + rng.bounded(0, 10));
        return s;
    };
    for (int round = 0; round < 500; ++round) {
        const QString variant = rng.bounded(0, 2) ? QStringLiteral("2004") : QStringLiteral("2018");
        const Edition edition = *parseEdition(variant);
        MeterTarget t{digits(14), variant, rng.bounded(0, 2) ? 0x10 : 0x30, rng.bounded(0, 256)};
        const QString where = QStringLiteral("seed %1 round %2").arg(seed).arg(round);
        MeterRequest r;
        const int kind = rng.bounded(0, 6);
        Result<Frame> answer = Error::invalid({});
        QByteArray request;
        switch (kind) {
        case 0: {
            r.item = QStringLiteral("meter_data");
            request = *p.request(t, r);
            MeterData d;
            d.current = {rng.bounded(0, 100000000), quint8(rng.bounded(0, 2) ? 0x2C : 0x29)};
            d.settlement = {rng.bounded(0, 100000000), 0x2C};
            d.time = QDateTime(QDate(rng.bounded(2000, 2100), rng.bounded(1, 13), rng.bounded(1, 29)),
                               QTime(rng.bounded(0, 24), rng.bounded(0, 60), rng.bounded(0, 60)));
            d.status = statusWord(ValveState(rng.bounded(0, 4)), rng.bounded(0, 2));
            answer = meterDataReply(meterSees(request, edition), d);
            const auto reply = p.parse(t, encode(*answer, rng.bounded(0, 5)));
            PD_VERIFY_OK(reply);
            QCOMPARE(value(*reply, QStringLiteral("flow.current"))->number, d.current.hundredths);
            QCOMPARE(value(*reply, QStringLiteral("flow.current"))->unit, unitSymbol(d.current.unit));
            QCOMPARE(value(*reply, QStringLiteral("flow.settlement"))->number, d.settlement.hundredths);
            QCOMPARE(valueText(*reply, QStringLiteral("clock")), d.time.toString(Qt::ISODate));
            QCOMPARE(value(*reply, QStringLiteral("status"))->number, d.status);
            continue;
        }
        case 1: {
            r.command = MeterCommand::Valve;
            r.valve = rng.bounded(0, 2) ? ValveAction::Open : ValveAction::Close;
            const ParsedRequest seen = meterSees(*p.request(t, r), edition);
            QVERIFY2(seen.command == MeterCommand::Valve && seen.valve == r.valve, qPrintable(where));
            const auto reply = p.parse(
                t, encode(valveReply(
                       seen, statusWord(r.valve == ValveAction::Open ? ValveState::Open : ValveState::Closed, false))));
            PD_VERIFY_OK(reply);
            QCOMPARE(valueText(*reply, QStringLiteral("valve")),
                     r.valve == ValveAction::Open ? QStringLiteral("open") : QStringLiteral("closed"));
            continue;
        }
        case 2: {
            r.command = MeterCommand::Recharge;
            r.purchase.amountMinor = rng.bounded(1, 100000000);
            r.purchase.purchaseCount = rng.bounded(0, 100000);
            const ParsedRequest seen = meterSees(*p.request(t, r), edition);
            QCOMPARE(seen.amountMinor, r.purchase.amountMinor);
            QCOMPARE(seen.purchaseSequence, int(r.purchase.purchaseCount % 100));
            const auto reply = p.parse(t, encode(*purchaseReply(seen)));
            PD_VERIFY_OK(reply);
            QCOMPARE(value(*reply, QStringLiteral("purchase.amount"))->number, r.purchase.amountMinor);
            continue;
        }
        case 3: {
            r.command = MeterCommand::SetTime;
            r.time = QDateTime(QDate(rng.bounded(2000, 2100), rng.bounded(1, 13), rng.bounded(1, 29)),
                               QTime(rng.bounded(0, 24), rng.bounded(0, 60), rng.bounded(0, 60)));
            const ParsedRequest seen = meterSees(*p.request(t, r), edition);
            QCOMPARE(seen.time, r.time);
            PD_VERIFY_OK(p.parse(t, encode(setTimeReply(seen))));
            continue;
        }
        case 4: {
            r.command = MeterCommand::WriteAddress;
            r.newAddress = digits(14);
            const ParsedRequest seen = meterSees(*p.request(t, r), edition);
            QCOMPARE(addressText(seen.newAddress), r.newAddress);
            QCOMPARE(addressText(seen.header.address), t.address);
            PD_VERIFY_OK(p.parse(t, encode(writeAddressReply(seen))));
            continue;
        }
        default: {
            r.command = MeterCommand::ReadAddress;
            MeterTarget any = t;
            any.address.clear();
            const ParsedRequest seen = meterSees(*p.request(any, r), edition);
            const auto reply =
                p.parse(any, encode(readAddressReply(seen, *addressFromText(t.address), quint8(t.meterType))));
            PD_VERIFY_OK(reply);
            QCOMPARE(valueText(*reply, QStringLiteral("address")), t.address);
            continue;
        }
        }
    }
}

QTEST_GUILESS_MAIN(TestCjt188)
#include "tst_cjt188.moc"
