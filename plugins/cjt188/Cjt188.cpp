#include "Cjt188.h"

#include "meter/SumFrame.h"

#include <QDate>
#include <QTime>

#include <array>

namespace prepaydesk::cjt188 {

namespace {

bool isBcd(quint8 b)
{
    return (b & 0x0F) <= 9 && (b >> 4) <= 9;
}

quint8 toBcd(int value)
{
    return static_cast<quint8>(((value / 10) % 10) << 4 | (value % 10));
}

int fromBcd(quint8 b)
{
    return (b >> 4) * 10 + (b & 0x0F);
}

quint8 at(QByteArrayView bytes, qsizetype i)
{
    return static_cast<quint8>(bytes[i]);
}

QString hexByte(quint8 b)
{
    return QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')).toUpper();
}

QString hex16(quint16 v)
{
    return QStringLiteral("%1").arg(v, 4, 16, QLatin1Char('0')).toUpper();
}

QString hexBytes(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex()).toUpper();
}

// A BCD number stored lowest byte first (as every CJ/T 188 number is [S4]), `n` bytes.
QByteArray bcdLowFirst(qint64 value, int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        out.append(static_cast<char>(toBcd(static_cast<int>(value % 100))));
        value /= 100;
    }
    return out;
}

std::optional<qint64> numberFromBcd(QByteArrayView lowFirst)
{
    qint64 v = 0;
    for (qsizetype i = lowFirst.size() - 1; i >= 0; --i) {
        const quint8 b = at(lowFirst, i);
        if (!isBcd(b))
            return std::nullopt;
        v = v * 100 + fromBcd(b);
    }
    return v;
}

QString decimalText(qint64 number, int decimals)
{
    if (decimals == 0)
        return QString::number(number);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return QStringLiteral("%1.%2").arg(number / scale).arg(number % scale, decimals, 10, QLatin1Char('0'));
}

MeterValue makeValue(const QString &name, const QString &value, const QString &unit, const QString &label)
{
    MeterValue v;
    v.name = name;
    v.value = value;
    v.unit = unit;
    v.label = label;
    return v;
}

MeterValue numberValue(const QString &name, qint64 number, int decimals, const QString &unit, const QString &label)
{
    MeterValue v = makeValue(name, decimalText(number, decimals), unit, label);
    v.number = number;
    v.decimals = decimals;
    v.numeric = true;
    return v;
}

QString unitOrCode(quint8 code)
{
    const QString symbol = unitSymbol(code);
    return symbol.isEmpty() ? Cjt188::tr("unit %1H").arg(hexByte(code)) : symbol;
}

// Every data identifier named in [S4]'s tables, for telling the two byte orders apart.
bool knownId(quint16 id)
{
    if (id >= 0xD120 && id <= 0xD12B) // history 1..12
        return true;
    if (id >= 0xA010 && id <= 0xA019)
        return true;
    switch (id) {
    case di::MeterData:
    case 0x8102:
    case 0x8103:
    case 0x8104:
    case di::PurchaseData:
    case 0x8106:
    case di::ReadAddress:
        return true;
    default:
        return false;
    }
}

QString scanErrorText(const QString &code)
{
    if (code == QLatin1String("checksum"))
        return Cjt188::tr("The frame's checksum is wrong: bytes were lost or changed on the line.");
    if (code == QLatin1String("end-byte"))
        return Cjt188::tr("The frame does not end with 16H where its length says it ends.");
    if (code == QLatin1String("length"))
        return Cjt188::tr("The frame claims more than %1 data bytes, which no CJ/T 188 frame has.").arg(MaxDataLength);
    return Cjt188::tr("The frame is not valid.");
}

QString commandName(quint8 function, quint16 id)
{
    switch (function) {
    case control::ReadData:
        return QStringLiteral("read");
    case control::ReadAddress:
        return QStringLiteral("read-address");
    case control::WriteData:
        switch (id) {
        case di::WriteValve:
            return QStringLiteral("valve");
        case di::WritePurchase:
            return QStringLiteral("purchase");
        case di::WriteTime:
            return QStringLiteral("set-time");
        default:
            return QStringLiteral("write");
        }
    case control::WriteAddress:
        return QStringLiteral("write-address");
    case control::ReadKeyVersion:
        return QStringLiteral("read-key-version");
    case control::WriteSyncData:
        return QStringLiteral("write-sync-data");
    default:
        return QStringLiteral("function-%1").arg(hexByte(function));
    }
}

QString valveText(ValveState v)
{
    switch (v) {
    case ValveState::Open:
        return QStringLiteral("open");
    case ValveState::Closed:
        return QStringLiteral("closed");
    case ValveState::Fault:
        return QStringLiteral("fault");
    case ValveState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

void appendStatus(MeterReply &reply, quint16 st)
{
    const MeterStatus s = decodeStatus(st);
    reply.values << makeValue(QStringLiteral("valve"), valveText(s.valve), {}, Cjt188::tr("Valve"));
    reply.values << makeValue(QStringLiteral("battery"),
                              s.batteryLow ? QStringLiteral("low") : QStringLiteral("normal"), {},
                              Cjt188::tr("Battery"));
    MeterValue raw = makeValue(QStringLiteral("status"), hex16(st), {}, Cjt188::tr("Status word ST"));
    raw.number = st;
    reply.values << raw;
}

quint16 statusFrom(QByteArrayView twoBytes)
{
    return static_cast<quint16>(at(twoBytes, 0) | at(twoBytes, 1) << 8); // ST0 first [S4]
}

QByteArray statusBytes(quint16 st)
{
    QByteArray out;
    out.append(static_cast<char>(st & 0xFF));
    out.append(static_cast<char>(st >> 8));
    return out;
}

Result<MeterValue> quantityValue(QByteArrayView five, const QString &name, const QString &label)
{
    const auto n = numberFromBcd(five.first(4));
    if (!n)
        return Error::invalid(Cjt188::tr("The meter's value for %1 is not a BCD number.").arg(label));
    return numberValue(name, *n, 2, unitOrCode(at(five, 4)), label);
}

Result<MeterValue> moneyValue(QByteArrayView four, const QString &name, const QString &label)
{
    const auto n = numberFromBcd(four);
    if (!n)
        return Error::invalid(Cjt188::tr("The meter's value for %1 is not a BCD number.").arg(label));
    return numberValue(name, *n, 2, QStringLiteral("yuan"), label);
}

Status appendTo(MeterReply &reply, const Result<MeterValue> &v)
{
    if (!v)
        return v.error();
    reply.values << *v;
    return {};
}

Status decodeMeterData(MeterReply &reply, QByteArrayView d)
{
    // 901F, water and gas meters [S3]: current flow 4+1, settlement-day flow 4+1, time 7, ST 2.
    if (d.size() != 19)
        return Error::invalid(
            Cjt188::tr("The meter data reply has %1 data bytes after DI and SER, not 19.").arg(d.size()));
    if (Status s = appendTo(reply, quantityValue(d.sliced(0, 5), QStringLiteral("flow.current"),
                                                 Cjt188::tr("Current cumulative flow")));
        !s)
        return s;
    if (Status s = appendTo(reply, quantityValue(d.sliced(5, 5), QStringLiteral("flow.settlement"),
                                                 Cjt188::tr("Cumulative flow on the settlement day")));
        !s)
        return s;
    const QDateTime clock = timeFromBcd(d.sliced(10, 7));
    if (!clock.isValid())
        return Error::invalid(Cjt188::tr("The meter's clock is not a valid BCD date and time."));
    reply.values << makeValue(QStringLiteral("clock"), clock.toString(Qt::ISODate), {}, Cjt188::tr("Meter time"));
    appendStatus(reply, statusFrom(d.sliced(17, 2)));
    return {};
}

Status decodePurchaseData(MeterReply &reply, QByteArrayView d)
{
    // 8105 [S3]: purchase sequence 1 (BCD), this purchase 4, cumulative 4, remaining 4, ST 2.
    if (d.size() != 15)
        return Error::invalid(
            Cjt188::tr("The purchase data reply has %1 data bytes after DI and SER, not 15.").arg(d.size()));
    if (!isBcd(at(d, 0)))
        return Error::invalid(Cjt188::tr("The meter's purchase sequence is not BCD."));
    reply.values << numberValue(QStringLiteral("purchase.sequence"), fromBcd(at(d, 0)), 0, {},
                                Cjt188::tr("Purchase sequence"));
    if (Status s = appendTo(
            reply, moneyValue(d.sliced(1, 4), QStringLiteral("purchase.last"), Cjt188::tr("Last purchase amount")));
        !s)
        return s;
    if (Status s = appendTo(
            reply, moneyValue(d.sliced(5, 4), QStringLiteral("purchase.total"), Cjt188::tr("Cumulative purchases")));
        !s)
        return s;
    if (Status s = appendTo(
            reply, moneyValue(d.sliced(9, 4), QStringLiteral("money.remaining"), Cjt188::tr("Remaining money")));
        !s)
        return s;
    appendStatus(reply, statusFrom(d.sliced(13, 2)));
    return {};
}

Result<QByteArray> singleMeter(const Header &header)
{
    if (header.address.size() != AddressBytes)
        return Error::invalid(Cjt188::tr("A CJ/T 188 address has 7 bytes."), QStringLiteral("address"));
    if (header.address == wildcardAddress())
        return Error::invalid(Cjt188::tr("This command goes to one meter: give its address."),
                              QStringLiteral("address"));
    return header.address;
}

QByteArray head(const Header &header, quint16 id)
{
    return diBytes(id, header.edition) + QByteArray(1, static_cast<char>(header.ser));
}

Frame replyFrame(const ParsedRequest &request, quint8 function, const QByteArray &data)
{
    return Frame{request.header.meterType, request.header.address, static_cast<quint8>(control::ReplyBit | function),
                 data};
}

Result<QByteArray> quantityBytes(const Quantity &q, const QString &what)
{
    if (q.hundredths < 0 || q.hundredths > 99999999)
        return Error::invalid(Cjt188::tr("%1 must be 0 to 999999.99.").arg(what));
    return QByteArray(bcdLowFirst(q.hundredths, 4) + QByteArray(1, static_cast<char>(q.unit)));
}

Result<QByteArray> moneyBytes(qint64 minor, const QString &what)
{
    if (minor < 0 || minor > 99999999)
        return Error::invalid(Cjt188::tr("%1 must be 0 to 999999.99 yuan.").arg(what));
    return bcdLowFirst(minor, 4);
}

} // namespace

Result<Edition> parseEdition(const QString &variant)
{
    if (variant.isEmpty() || variant == QLatin1String("2004"))
        return Edition::V2004;
    if (variant == QLatin1String("2018"))
        return Edition::V2018;
    return Error::invalid(Cjt188::tr("CJ/T 188 has the editions 2004 and 2018, not \"%1\".").arg(variant),
                          QStringLiteral("variant"));
}

QString editionName(Edition edition)
{
    return edition == Edition::V2004 ? QStringLiteral("2004") : QStringLiteral("2018");
}

bool isHeatMeter(quint8 meterType)
{
    return meterType >= 0x20 && meterType <= 0x29;
}

quint8 checksum(QByteArrayView bytes)
{
    return sumframe::checksum(bytes);
}

Scan scan(QByteArrayView bytes)
{
    const sumframe::Found f = sumframe::locate(bytes, {HeaderBytes, -1, MaxDataLength});
    Scan result;
    result.start = f.start;
    result.consumed = f.consumed;
    switch (f.status) {
    case sumframe::Status::Complete: {
        result.status = ScanStatus::Complete;
        result.preamble = f.preamble;
        const qsizetype p = f.start;
        result.frame.meterType = at(bytes, p + 1);
        result.frame.address = bytes.sliced(p + 2, AddressBytes).toByteArray();
        result.frame.control = at(bytes, p + 9);
        result.frame.data = bytes.sliced(p + HeaderBytes, f.dataLength).toByteArray();
        break;
    }
    case sumframe::Status::NeedMore:
        result.status = ScanStatus::NeedMore;
        break;
    case sumframe::Status::Invalid:
        result.status = ScanStatus::Invalid;
        result.errorCode = f.errorCode;
        result.error = scanErrorText(f.errorCode);
        break;
    }
    return result;
}

QByteArray encode(const Frame &frame, int preambles)
{
    QByteArray out(qMax(0, preambles), static_cast<char>(Preamble));
    const qsizetype start = out.size();
    out.append(static_cast<char>(StartByte));
    out.append(static_cast<char>(frame.meterType));
    out.append(frame.address.left(AddressBytes));
    while (out.size() < start + 2 + AddressBytes)
        out.append('\0');
    out.append(static_cast<char>(frame.control));
    const QByteArray data = frame.data.left(255);
    out.append(static_cast<char>(data.size()));
    out.append(data);
    out.append(static_cast<char>(checksum(QByteArrayView(out).sliced(start))));
    out.append(static_cast<char>(EndByte));
    return out;
}

QByteArray wildcardAddress()
{
    return QByteArray(AddressBytes, static_cast<char>(0xAA));
}

Result<QByteArray> addressFromText(const QString &digits)
{
    if (digits.isEmpty())
        return wildcardAddress();
    if (digits.size() > 2 * AddressBytes)
        return Error::invalid(Cjt188::tr("A CJ/T 188 address has at most 14 digits."), QStringLiteral("address"));
    for (const QChar c : digits) {
        const bool ok = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('F')) ||
                        (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        if (!ok)
            return Error::invalid(Cjt188::tr("A CJ/T 188 address is digits (and hex digits for the manufacturer "
                                             "code) only: \"%1\".")
                                      .arg(digits),
                                  QStringLiteral("address"));
    }
    const QByteArray printed =
        QByteArray::fromHex(digits.rightJustified(2 * AddressBytes, QLatin1Char('0')).toLatin1()); // A6 first
    QByteArray out;
    for (qsizetype i = printed.size() - 1; i >= 0; --i) // A0 (the last two digits) first on the line [S2]
        out.append(printed.at(i));
    return out;
}

QString addressText(QByteArrayView lineBytes)
{
    QString out;
    for (qsizetype i = lineBytes.size() - 1; i >= 0; --i)
        out += hexByte(at(lineBytes, i));
    return out;
}

QByteArray diBytes(quint16 id, Edition edition)
{
    const char hi = static_cast<char>(id >> 8);
    const char lo = static_cast<char>(id & 0xFF);
    QByteArray out;
    if (edition == Edition::V2004) { // 901F as 90 1F [S1][S2]
        out.append(hi);
        out.append(lo);
    } else { // 901F as 1F 90 [S2]
        out.append(lo);
        out.append(hi);
    }
    return out;
}

quint16 diFromBytes(QByteArrayView two, Edition edition)
{
    if (two.size() < 2)
        return 0;
    return edition == Edition::V2004 ? static_cast<quint16>(at(two, 0) << 8 | at(two, 1))
                                     : static_cast<quint16>(at(two, 1) << 8 | at(two, 0));
}

std::optional<Edition> detectEdition(const Frame &frame)
{
    if (frame.data.size() < 2)
        return std::nullopt;
    const bool as2004 = knownId(diFromBytes(frame.data, Edition::V2004));
    const bool as2018 = knownId(diFromBytes(frame.data, Edition::V2018));
    if (as2004 == as2018)
        return std::nullopt;
    return as2004 ? Edition::V2004 : Edition::V2018;
}

QString unitSymbol(quint8 code)
{
    // Unit codes [S4].
    switch (code) {
    case 0x01:
        return QStringLiteral("J");
    case 0x02:
        return QStringLiteral("Wh");
    case 0x05:
        return QStringLiteral("kWh");
    case 0x08:
        return QStringLiteral("MWh");
    case 0x0A:
        return QStringLiteral("MWh×100");
    case 0x0B:
        return QStringLiteral("kJ");
    case 0x0E:
        return QStringLiteral("MJ");
    case 0x11:
        return QStringLiteral("GJ");
    case 0x13:
        return QStringLiteral("GJ×100");
    case 0x14:
        return QStringLiteral("W");
    case 0x17:
        return QStringLiteral("kW");
    case 0x1A:
        return QStringLiteral("MW");
    case 0x29:
        return QStringLiteral("L");
    case 0x2C:
        return QStringLiteral("m³");
    case 0x32:
        return QStringLiteral("L/h");
    case 0x35:
        return QStringLiteral("m³/h");
    default:
        return {};
    }
}

MeterStatus decodeStatus(quint16 st)
{
    MeterStatus s;
    s.valve = static_cast<ValveState>(st & 0x03);
    s.batteryLow = st & 0x04;
    s.raw = st;
    return s;
}

quint16 statusWord(ValveState valve, bool batteryLow, quint16 otherBits)
{
    return static_cast<quint16>((otherBits & ~0x07) | static_cast<quint16>(valve) | (batteryLow ? 0x04 : 0));
}

// ---- Items ---------------------------------------------------------------------------------

QStringList itemNames()
{
    return {QStringLiteral("meter_data"), QStringLiteral("purchase_data")};
}

std::optional<quint16> itemId(const QString &nameOrHex)
{
    if (nameOrHex == QLatin1String("meter_data"))
        return di::MeterData;
    if (nameOrHex == QLatin1String("purchase_data"))
        return di::PurchaseData;
    if (nameOrHex.size() != 4)
        return std::nullopt;
    bool ok = false;
    const uint id = nameOrHex.toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    return static_cast<quint16>(id);
}

QString itemName(quint16 id)
{
    if (id == di::MeterData)
        return QStringLiteral("meter_data");
    if (id == di::PurchaseData)
        return QStringLiteral("purchase_data");
    return hex16(id);
}

QString itemLabel(const QString &name)
{
    if (name == QLatin1String("meter_data"))
        return Cjt188::tr("Meter data (flows, time, status)");
    if (name == QLatin1String("purchase_data"))
        return Cjt188::tr("Purchases and remaining money");
    return name;
}

// ---- Time ----------------------------------------------------------------------------------

Result<QByteArray> bcdTime(const QDateTime &time)
{
    if (!time.isValid() || time.date().year() < 2000 || time.date().year() > 2099)
        return Error::invalid(Cjt188::tr("The meter's time must be a date from 2000 to 2099."), QStringLiteral("time"));
    const QDate d = time.date();
    const QTime t = time.time();
    QByteArray out;
    for (int v : {t.second(), t.minute(), t.hour(), d.day(), d.month(), d.year() % 100, d.year() / 100})
        out.append(static_cast<char>(toBcd(v)));
    return out;
}

QDateTime timeFromBcd(QByteArrayView b)
{
    if (b.size() != 7)
        return {};
    for (qsizetype i = 0; i < 7; ++i)
        if (!isBcd(at(b, i)))
            return {};
    const QDate d(fromBcd(at(b, 6)) * 100 + fromBcd(at(b, 5)), fromBcd(at(b, 4)), fromBcd(at(b, 3)));
    const QTime t(fromBcd(at(b, 2)), fromBcd(at(b, 1)), fromBcd(at(b, 0)));
    if (!d.isValid() || !t.isValid())
        return {};
    return QDateTime(d, t);
}

// ---- Requests ------------------------------------------------------------------------------

Result<Frame> readRequest(const Header &header, const QString &item)
{
    const auto id = itemId(item);
    if (!id)
        return Error::invalid(Cjt188::tr("Unknown CJ/T 188 data item \"%1\": give meter_data, purchase_data or "
                                         "an identifier of 4 hex digits.")
                                  .arg(item),
                              QStringLiteral("item"));
    if (header.address.size() != AddressBytes)
        return Error::invalid(Cjt188::tr("A CJ/T 188 address has 7 bytes."), QStringLiteral("address"));
    // 68 T A0..A6 01 03 DI SER CS 16 [S1]
    return Frame{header.meterType, header.address, control::ReadData, head(header, *id)};
}

Frame readAddressRequest(const Header &header)
{
    const QByteArray address = header.address.size() == AddressBytes ? header.address : wildcardAddress();
    return Frame{header.meterType, address, control::ReadAddress, head(header, di::ReadAddress)};
}

Result<Frame> valveRequest(const Header &header, ValveAction action)
{
    const auto address = singleMeter(header);
    if (!address)
        return address.error();
    QByteArray data = head(header, di::WriteValve);
    data.append(static_cast<char>(action == ValveAction::Open ? ValveOpenCode : ValveCloseCode));
    return Frame{header.meterType, *address, control::WriteData, data};
}

Result<Frame> purchaseRequest(const Header &header, int purchaseSequence, qint64 amountMinor)
{
    const auto address = singleMeter(header);
    if (!address)
        return address.error();
    if (purchaseSequence < 0 || purchaseSequence > 99)
        return Error::invalid(Cjt188::tr("The purchase sequence number must be 0 to 99."), QStringLiteral("sequence"));
    if (amountMinor <= 0 || amountMinor > 99999999)
        return Error::invalid(Cjt188::tr("The purchase amount must be more than 0 and at most 999999.99 yuan."),
                              QStringLiteral("amount"));
    // DI SER, purchase sequence (BCD), amount XXXXXX.XX (BCD, lowest byte first) [S6]
    QByteArray data = head(header, di::WritePurchase);
    data.append(static_cast<char>(toBcd(purchaseSequence)));
    data.append(bcdLowFirst(amountMinor, 4));
    return Frame{header.meterType, *address, control::WriteData, data};
}

Result<Frame> setTimeRequest(const Header &header, const QDateTime &time)
{
    const auto address = singleMeter(header);
    if (!address)
        return address.error();
    const auto t = bcdTime(time);
    if (!t)
        return t.error();
    return Frame{header.meterType, *address, control::WriteData, head(header, di::WriteTime) + *t};
}

Result<Frame> writeAddressRequest(const Header &header, const QString &newAddress)
{
    if (header.address.size() != AddressBytes)
        return Error::invalid(Cjt188::tr("A CJ/T 188 address has 7 bytes."), QStringLiteral("address"));
    if (newAddress.isEmpty())
        return Error::invalid(Cjt188::tr("Give the new address."), QStringLiteral("newAddress"));
    const auto bytes = addressFromText(newAddress);
    if (!bytes)
        return bytes.error();
    if (*bytes == wildcardAddress())
        return Error::invalid(Cjt188::tr("AAAAAAAAAAAAAA is the wildcard, not an address a meter can have."),
                              QStringLiteral("newAddress"));
    // The current address may be the wildcard: commissioning one meter alone on the line.
    return Frame{header.meterType, header.address, control::WriteAddress, head(header, di::WriteAddress) + *bytes};
}

// ---- Replies -------------------------------------------------------------------------------

QStringList abnormalCodes(quint8 function, const MeterStatus &status)
{
    QStringList out;
    switch (function) {
    case control::ReadData:
        out << QStringLiteral("read-refused");
        break;
    case control::ReadAddress:
        out << QStringLiteral("read-address-refused");
        break;
    case control::WriteData:
        out << QStringLiteral("write-refused");
        break;
    case control::WriteAddress:
        out << QStringLiteral("write-address-refused");
        break;
    default:
        out << QStringLiteral("refused");
        break;
    }
    if (status.valve == ValveState::Fault)
        out << QStringLiteral("valve-fault");
    if (status.batteryLow)
        out << QStringLiteral("battery-low");
    return out;
}

QString abnormalMeaning(const QString &code)
{
    static const struct
    {
        const char *code;
        const char *text;
    } meanings[] = {
        {"read-refused", QT_TRANSLATE_NOOP("Cjt188", "the meter cannot give the requested data")},
        {"read-address-refused", QT_TRANSLATE_NOOP("Cjt188", "the meter would not tell its address")},
        {"write-refused", QT_TRANSLATE_NOOP("Cjt188", "the meter did not carry out the write")},
        {"write-address-refused", QT_TRANSLATE_NOOP("Cjt188", "the meter did not take the new address")},
        {"refused", QT_TRANSLATE_NOOP("Cjt188", "the meter refused the command")},
        {"valve-fault", QT_TRANSLATE_NOOP("Cjt188", "its valve reports a fault")},
        {"battery-low", QT_TRANSLATE_NOOP("Cjt188", "its battery is low")},
    };
    for (const auto &m : meanings)
        if (code == QLatin1String(m.code))
            return Cjt188::tr(m.text);
    return Cjt188::tr("unknown reason (%1)").arg(code);
}

Result<MeterReply> decodeReply(const Frame &frame, Edition edition)
{
    MeterReply reply;
    reply.complete = true;
    reply.address = addressText(frame.address);
    reply.payload = frame.data;
    reply.control = frame.control;
    const quint8 function = frame.function();
    const QByteArrayView data(frame.data);

    if (frame.isAbnormal()) {
        // SER ST [S5]; some meters put DI in front (DI SER ST), which is read the same way.
        if (data.size() != 3 && data.size() != 5)
            return Error::invalid(
                Cjt188::tr("The meter's abnormal reply has %1 data bytes, not SER and ST (3).").arg(data.size()));
        const QByteArrayView st = data.last(2);
        quint16 id = 0;
        if (data.size() == 5) {
            id = diFromBytes(data, edition);
            reply.item = itemName(id);
        }
        reply.command = commandName(function, id);
        reply.error = true;
        appendStatus(reply, statusFrom(st));
        reply.errors = abnormalCodes(function, decodeStatus(statusFrom(st)));
        QStringList texts;
        for (const QString &code : reply.errors)
            texts << abnormalMeaning(code);
        reply.errorText = Cjt188::tr("The meter answered abnormally: %1.").arg(texts.join(QStringLiteral("; ")));
        return reply;
    }

    if (data.size() < 3)
        return Error::invalid(Cjt188::tr("The meter's reply has no data identifier and SER."));
    const quint16 id = diFromBytes(data, edition);
    const QByteArrayView rest = data.sliced(3);
    reply.command = commandName(function, id);

    switch (function) {
    case control::ReadData: {
        reply.item = itemName(id);
        Status s;
        if (id == di::MeterData && !isHeatMeter(frame.meterType))
            s = decodeMeterData(reply, rest);
        else if (id == di::PurchaseData)
            s = decodePurchaseData(reply, rest);
        else // other identifiers (and the heat meter's 901F layout) are shown undecoded
            reply.values << makeValue(QStringLiteral("di.") + hex16(id), hexBytes(rest), {},
                                      Cjt188::tr("Data %1").arg(hex16(id)));
        if (!s)
            return s.error();
        return reply;
    }
    case control::ReadAddress:
    case control::WriteAddress:
        // The address is the frame's own address field [S4].
        reply.values << makeValue(QStringLiteral("address"), reply.address, {}, Cjt188::tr("Address"));
        return reply;
    case control::WriteData:
        reply.item = hex16(id);
        if (id == di::WriteValve) {
            if (rest.size() != 2)
                return Error::invalid(Cjt188::tr("The valve reply has %1 bytes of status, not 2.").arg(rest.size()));
            appendStatus(reply, statusFrom(rest));
        } else if (id == di::WritePurchase) {
            if (rest.size() != 5)
                return Error::invalid(Cjt188::tr("The purchase confirmation has %1 data bytes after DI and SER, not 5.")
                                          .arg(rest.size()));
            if (!isBcd(at(rest, 0)))
                return Error::invalid(Cjt188::tr("The confirmed purchase sequence is not BCD."));
            reply.values << numberValue(QStringLiteral("purchase.sequence"), fromBcd(at(rest, 0)), 0, {},
                                        Cjt188::tr("Purchase sequence"));
            const auto amount =
                moneyValue(rest.sliced(1, 4), QStringLiteral("purchase.amount"), Cjt188::tr("Purchase amount"));
            if (!amount)
                return amount.error();
            reply.values << *amount;
        } else if (!rest.isEmpty()) {
            reply.values << makeValue(QStringLiteral("data"), hexBytes(rest), {}, Cjt188::tr("Reply data"));
        }
        return reply;
    default:
        if (!rest.isEmpty())
            reply.values << makeValue(QStringLiteral("data"), hexBytes(rest), {}, Cjt188::tr("Reply data"));
        return reply;
    }
}

// ---- The meter's side ----------------------------------------------------------------------

Result<ParsedRequest> parseRequest(const Frame &frame, Edition edition)
{
    if (frame.isReply())
        return Error::invalid(Cjt188::tr("This is a reply, not a request."));
    const QByteArrayView data(frame.data);
    if (data.size() < 3)
        return Error::invalid(Cjt188::tr("The request has no data identifier and SER."));
    ParsedRequest r;
    r.header = Header{frame.meterType, frame.address, edition, at(data, 2)};
    r.function = frame.function();
    r.id = diFromBytes(data, edition);
    const QByteArrayView rest = data.sliced(3);
    switch (r.function) {
    case control::ReadData:
        r.command = MeterCommand::Read;
        r.item = itemName(r.id);
        return r;
    case control::ReadAddress:
        r.command = MeterCommand::ReadAddress;
        return r;
    case control::WriteData:
        switch (r.id) {
        case di::WriteValve:
            if (rest.size() != 1)
                return Error::invalid(Cjt188::tr("A valve command has one control byte."));
            if (at(rest, 0) == ValveOpenCode)
                r.valve = ValveAction::Open;
            else if (at(rest, 0) == ValveCloseCode)
                r.valve = ValveAction::Close;
            else
                return Error::invalid(Cjt188::tr("Unknown valve command %1H.").arg(hexByte(at(rest, 0))));
            r.command = MeterCommand::Valve;
            return r;
        case di::WritePurchase: {
            if (rest.size() != 5)
                return Error::invalid(Cjt188::tr("A purchase write has a sequence byte and a 4-byte amount."));
            const auto amount = numberFromBcd(rest.sliced(1, 4));
            if (!isBcd(at(rest, 0)) || !amount)
                return Error::invalid(Cjt188::tr("The purchase write is not BCD."));
            r.command = MeterCommand::Recharge;
            r.purchaseSequence = fromBcd(at(rest, 0));
            r.amountMinor = *amount;
            return r;
        }
        case di::WriteTime:
            r.time = timeFromBcd(rest);
            if (!r.time.isValid())
                return Error::invalid(Cjt188::tr("The time write does not carry a valid time."));
            r.command = MeterCommand::SetTime;
            return r;
        default:
            return Error::invalid(Cjt188::tr("Unsupported write data identifier %1.").arg(hex16(r.id)));
        }
    case control::WriteAddress:
        if (rest.size() != AddressBytes)
            return Error::invalid(Cjt188::tr("A write address request carries 7 address bytes."));
        r.command = MeterCommand::WriteAddress;
        r.newAddress = rest.toByteArray();
        return r;
    default:
        return Error::invalid(Cjt188::tr("Unsupported request function %1H.").arg(hexByte(r.function)));
    }
}

Result<Frame> meterDataReply(const ParsedRequest &request, const MeterData &data)
{
    const auto current = quantityBytes(data.current, Cjt188::tr("The current flow"));
    if (!current)
        return current.error();
    const auto settlement = quantityBytes(data.settlement, Cjt188::tr("The settlement-day flow"));
    if (!settlement)
        return settlement.error();
    const auto clock = bcdTime(data.time);
    if (!clock)
        return clock.error();
    const QByteArray body =
        head(request.header, di::MeterData) + *current + *settlement + *clock + statusBytes(data.status);
    return replyFrame(request, control::ReadData, body);
}

Result<Frame> purchaseDataReply(const ParsedRequest &request, const PurchaseData &data)
{
    if (data.sequence < 0 || data.sequence > 99)
        return Error::invalid(Cjt188::tr("The purchase sequence number must be 0 to 99."));
    QByteArray body = head(request.header, di::PurchaseData);
    body.append(static_cast<char>(toBcd(data.sequence)));
    for (const qint64 minor : {data.lastMinor, data.totalMinor, data.remainingMinor}) {
        const auto b = moneyBytes(minor, Cjt188::tr("A purchase amount"));
        if (!b)
            return b.error();
        body.append(*b);
    }
    body.append(statusBytes(data.status));
    return replyFrame(request, control::ReadData, body);
}

Frame readAddressReply(const ParsedRequest &request, const QByteArray &address, quint8 meterType)
{
    Frame f = replyFrame(request, control::ReadAddress, head(request.header, di::ReadAddress));
    f.address = address;
    if (meterType != meter_type::Any)
        f.meterType = meterType;
    return f;
}

Frame valveReply(const ParsedRequest &request, quint16 status)
{
    return replyFrame(request, control::WriteData, head(request.header, di::WriteValve) + statusBytes(status));
}

Result<Frame> purchaseReply(const ParsedRequest &request)
{
    if (request.purchaseSequence < 0 || request.purchaseSequence > 99)
        return Error::invalid(Cjt188::tr("The purchase sequence number must be 0 to 99."));
    const auto amount = moneyBytes(request.amountMinor, Cjt188::tr("The purchase amount"));
    if (!amount)
        return amount.error();
    QByteArray body = head(request.header, di::WritePurchase);
    body.append(static_cast<char>(toBcd(request.purchaseSequence)));
    body.append(*amount);
    return replyFrame(request, control::WriteData, body);
}

Frame setTimeReply(const ParsedRequest &request)
{
    return replyFrame(request, control::WriteData, head(request.header, di::WriteTime));
}

Frame writeAddressReply(const ParsedRequest &request)
{
    return replyFrame(request, control::WriteAddress, head(request.header, di::WriteAddress));
}

Frame abnormalReply(const ParsedRequest &request, quint16 status)
{
    QByteArray body(1, static_cast<char>(request.header.ser));
    body.append(statusBytes(status));
    Frame f = replyFrame(request, request.function, body);
    f.control |= control::AbnormalBit;
    return f;
}

} // namespace prepaydesk::cjt188
