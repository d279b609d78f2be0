#include "Dlt645.h"

#include "meter/SumFrame.h"

#include <QDate>
#include <QTime>

#include <array>

namespace prepaydesk::dlt645 {

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

// `digits` upper-case hex digits of `value`, built in place: this runs for every frame decoded.
QString hexDigits(quint64 value, int digits)
{
    QString out(digits, Qt::Uninitialized);
    QChar *p = out.data();
    for (int i = digits - 1; i >= 0; --i, value >>= 4)
        p[i] = QLatin1Char("0123456789ABCDEF"[value & 0xF]);
    return out;
}

QString hexByte(quint8 b)
{
    return hexDigits(b, 2);
}

QString idHex(quint32 id, Edition edition)
{
    return hexDigits(id, edition == Edition::V2007 ? 8 : 4);
}

// Data identifier on the line: DI0 first (lowest byte), 4 bytes (2007) or 2 (1997) [S1][S4].
QByteArray idBytes(quint32 id, Edition edition)
{
    const int n = edition == Edition::V2007 ? 4 : 2;
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out.append(static_cast<char>((id >> (8 * i)) & 0xFF));
    return out;
}

quint32 idFromBytes(QByteArrayView bytes)
{
    quint32 id = 0;
    for (qsizetype i = bytes.size() - 1; i >= 0; --i)
        id = id << 8 | at(bytes, i);
    return id;
}

// ---- The data items (DL/T 645-2007 Appendix A; DL/T 645-1997 Appendix) ---------------------
// Each identifier, length and format as the standard's appendix gives it; named per line.
// clang-format off
const std::array<Item, 31> ItemTable{{
    // DL/T 645-2007 Table A.1, energy (XXXXXX.XX kWh, 4 bytes; combined energy is signed, top bit)
    {"energy.combined_total", 0x00000000, Edition::V2007, 4, ItemFormat::Number, 2, "kWh", true, QT_TRANSLATE_NOOP("Dlt645", "Combined active energy, total")},      // DI 00000000
    {"energy.forward_total", 0x00010000, Edition::V2007, 4, ItemFormat::Number, 2, "kWh", false, QT_TRANSLATE_NOOP("Dlt645", "Forward active energy, total")},        // DI 00010000
    {"energy.reverse_total", 0x00020000, Edition::V2007, 4, ItemFormat::Number, 2, "kWh", false, QT_TRANSLATE_NOOP("Dlt645", "Reverse active energy, total")},        // DI 00020000
    // DL/T 645-2007 Table A.1, prepaid registers (XXXXXX.XX)
    {"prepaid.remaining_energy", 0x00900100, Edition::V2007, 4, ItemFormat::Number, 2, "kWh", false, QT_TRANSLATE_NOOP("Dlt645", "Remaining energy")},          // DI 00900100
    {"prepaid.overdraft_energy", 0x00900101, Edition::V2007, 4, ItemFormat::Number, 2, "kWh", false, QT_TRANSLATE_NOOP("Dlt645", "Overdraft energy")},          // DI 00900101
    {"prepaid.remaining_money", 0x00900200, Edition::V2007, 4, ItemFormat::Number, 2, "yuan", false, QT_TRANSLATE_NOOP("Dlt645", "Remaining money")},           // DI 00900200
    {"prepaid.overdraft_money", 0x00900201, Edition::V2007, 4, ItemFormat::Number, 2, "yuan", false, QT_TRANSLATE_NOOP("Dlt645", "Overdraft money")},           // DI 00900201
    // DL/T 645-2007 Table A.4, purchase records (last purchase)
    {"prepaid.purchase_count", 0x03330201, Edition::V2007, 2, ItemFormat::Number, 0, "", false, QT_TRANSLATE_NOOP("Dlt645", "Purchase count")},                   // DI 03330201 NNNN
    {"prepaid.cumulative_purchase", 0x03330601, Edition::V2007, 4, ItemFormat::Number, 2, "yuan", false, QT_TRANSLATE_NOOP("Dlt645", "Cumulative purchase")},   // DI 03330601
    // DL/T 645-2007 Table A.3, instantaneous values
    {"voltage.a", 0x02010100, Edition::V2007, 2, ItemFormat::Number, 1, "V", false, QT_TRANSLATE_NOOP("Dlt645", "Voltage, phase A")},                               // DI 02010100 XXX.X
    {"voltage.b", 0x02010200, Edition::V2007, 2, ItemFormat::Number, 1, "V", false, QT_TRANSLATE_NOOP("Dlt645", "Voltage, phase B")},                               // DI 02010200
    {"voltage.c", 0x02010300, Edition::V2007, 2, ItemFormat::Number, 1, "V", false, QT_TRANSLATE_NOOP("Dlt645", "Voltage, phase C")},                               // DI 02010300
    {"current.a", 0x02020100, Edition::V2007, 3, ItemFormat::Number, 3, "A", true, QT_TRANSLATE_NOOP("Dlt645", "Current, phase A")},                                 // DI 02020100 XXX.XXX
    {"current.b", 0x02020200, Edition::V2007, 3, ItemFormat::Number, 3, "A", true, QT_TRANSLATE_NOOP("Dlt645", "Current, phase B")},                                 // DI 02020200
    {"current.c", 0x02020300, Edition::V2007, 3, ItemFormat::Number, 3, "A", true, QT_TRANSLATE_NOOP("Dlt645", "Current, phase C")},                                 // DI 02020300
    {"power.active_total", 0x02030000, Edition::V2007, 3, ItemFormat::Number, 4, "kW", true, QT_TRANSLATE_NOOP("Dlt645", "Active power, total")},                  // DI 02030000 XX.XXXX
    {"power.active_a", 0x02030100, Edition::V2007, 3, ItemFormat::Number, 4, "kW", true, QT_TRANSLATE_NOOP("Dlt645", "Active power, phase A")},                    // DI 02030100
    // DL/T 645-2007 Table A.5, parameters: clock and status words 1-3
    {"clock.date", 0x04000101, Edition::V2007, 4, ItemFormat::Date, 0, "", false, QT_TRANSLATE_NOOP("Dlt645", "Date")},                                             // DI 04000101 YYMMDDWW
    {"clock.time", 0x04000102, Edition::V2007, 3, ItemFormat::Time, 0, "", false, QT_TRANSLATE_NOOP("Dlt645", "Time")},                                             // DI 04000102 hhmmss
    {"status.word1", 0x04000501, Edition::V2007, 2, ItemFormat::Hex, 0, "", false, QT_TRANSLATE_NOOP("Dlt645", "Status word 1")},                                  // DI 04000501
    {"status.word2", 0x04000502, Edition::V2007, 2, ItemFormat::Hex, 0, "", false, QT_TRANSLATE_NOOP("Dlt645", "Status word 2")},                                  // DI 04000502
    {"status.word3", 0x04000503, Edition::V2007, 2, ItemFormat::Hex, 0, "", false, QT_TRANSLATE_NOOP("Dlt645", "Status word 3")},                                  // DI 04000503
    // DL/T 645-1997 read subset [S4]
    {"energy.forward_total", 0x9010, Edition::V1997, 4, ItemFormat::Number, 2, "kWh", false, QT_TRANSLATE_NOOP("Dlt645", "Forward active energy, total")},      // DI 9010 XXXXXX.XX
    {"energy.reverse_total", 0x9020, Edition::V1997, 4, ItemFormat::Number, 2, "kWh", false, QT_TRANSLATE_NOOP("Dlt645", "Reverse active energy, total")},      // DI 9020
    {"voltage.a", 0xB611, Edition::V1997, 2, ItemFormat::Number, 0, "V", false, QT_TRANSLATE_NOOP("Dlt645", "Voltage, phase A")},                                 // DI B611 XXX
    {"voltage.b", 0xB612, Edition::V1997, 2, ItemFormat::Number, 0, "V", false, QT_TRANSLATE_NOOP("Dlt645", "Voltage, phase B")},                                 // DI B612
    {"voltage.c", 0xB613, Edition::V1997, 2, ItemFormat::Number, 0, "V", false, QT_TRANSLATE_NOOP("Dlt645", "Voltage, phase C")},                                 // DI B613
    {"current.a", 0xB621, Edition::V1997, 2, ItemFormat::Number, 2, "A", false, QT_TRANSLATE_NOOP("Dlt645", "Current, phase A")},                                 // DI B621 XX.XX
    {"current.b", 0xB622, Edition::V1997, 2, ItemFormat::Number, 2, "A", false, QT_TRANSLATE_NOOP("Dlt645", "Current, phase B")},                                 // DI B622
    {"current.c", 0xB623, Edition::V1997, 2, ItemFormat::Number, 2, "A", false, QT_TRANSLATE_NOOP("Dlt645", "Current, phase C")},                                 // DI B623
    {"power.active_total", 0xB630, Edition::V1997, 3, ItemFormat::Number, 4, "kW", false, QT_TRANSLATE_NOOP("Dlt645", "Active power, total")},                  // DI B630 XX.XXXX
}};
// clang-format on

QString scanErrorText(const QString &code)
{
    if (code == QLatin1String("checksum"))
        return Dlt645::tr("The frame's checksum is wrong: bytes were lost or changed on the line.");
    if (code == QLatin1String("end-byte"))
        return Dlt645::tr("The frame does not end with 16H where its length says it ends.");
    if (code == QLatin1String("length"))
        return Dlt645::tr("The frame claims more than %1 data bytes, which DL/T 645 does not allow.")
            .arg(MaxDataLength);
    return Dlt645::tr("The frame is not valid.");
}

// Digits of a BCD number stored lowest byte first, as text with `decimals` decimal places.
struct Decimal
{
    bool ok = false;
    QString text;
    qint64 number = 0;
};

Decimal bcdNumber(QByteArrayView lowFirst, int decimals, bool signedValue)
{
    Decimal out;
    const qsizetype n = lowFirst.size();
    if (n < 1 || n > 8 || decimals < 0 || decimals >= 2 * n)
        return out;
    char digits[16];
    bool negative = false;
    qint64 number = 0;
    for (qsizetype i = n - 1, d = 0; i >= 0; --i, d += 2) {
        quint8 b = at(lowFirst, i);
        if (signedValue && i == n - 1) {
            negative = b & 0x80;
            b &= 0x7F;
        }
        if (!isBcd(b))
            return out;
        digits[d] = static_cast<char>('0' + (b >> 4));
        digits[d + 1] = static_cast<char>('0' + (b & 0x0F));
        number = number * 100 + fromBcd(b);
    }
    // Text: sign, the whole part without leading zeros (at least one digit), point, decimals.
    const qsizetype count = 2 * n;
    qsizetype first = 0;
    while (first < count - decimals - 1 && digits[first] == '0')
        ++first;
    char text[20];
    qsizetype len = 0;
    if (negative && number != 0)
        text[len++] = '-';
    for (qsizetype d = first; d < count - decimals; ++d)
        text[len++] = digits[d];
    if (decimals > 0) {
        text[len++] = '.';
        for (qsizetype d = count - decimals; d < count; ++d)
            text[len++] = digits[d];
    }
    out.text = QString::fromLatin1(text, len);
    out.number = negative ? -number : number;
    out.ok = true;
    return out;
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

Result<MeterValue> decodeItem(const Item &item, QByteArrayView value)
{
    const QString name = QString::fromLatin1(item.name);
    if (value.size() != item.bytes)
        return Error::invalid(Dlt645::tr("The meter sent %1 bytes for %2, which has %3.")
                                  .arg(value.size())
                                  .arg(itemLabel(item))
                                  .arg(item.bytes));
    MeterValue v = makeValue(name, {}, QString::fromLatin1(item.unit), itemLabel(item));
    switch (item.format) {
    case ItemFormat::Number: {
        const Decimal d = bcdNumber(value, item.decimals, item.signedValue);
        if (!d.ok)
            return Error::invalid(Dlt645::tr("The meter's value for %1 is not a BCD number.").arg(itemLabel(item)));
        v.value = d.text;
        v.number = d.number;
        v.decimals = item.decimals;
        v.numeric = true;
        return v;
    }
    case ItemFormat::Hex: {
        quint32 raw = idFromBytes(value);
        v.value = hexDigits(raw, 2 * item.bytes);
        v.number = raw;
        return v;
    }
    case ItemFormat::Date: { // WW DD MM YY on the line
        for (qsizetype i = 0; i < value.size(); ++i)
            if (!isBcd(at(value, i)))
                return Error::invalid(Dlt645::tr("The meter's date is not BCD."));
        const QDate date(2000 + fromBcd(at(value, 3)), fromBcd(at(value, 2)), fromBcd(at(value, 1)));
        if (!date.isValid())
            return Error::invalid(Dlt645::tr("The meter's date is not a real date."));
        v.value = date.toString(Qt::ISODate);
        return v;
    }
    case ItemFormat::Time: { // ss mm hh on the line
        for (qsizetype i = 0; i < value.size(); ++i)
            if (!isBcd(at(value, i)))
                return Error::invalid(Dlt645::tr("The meter's time is not BCD."));
        const QTime time(fromBcd(at(value, 2)), fromBcd(at(value, 1)), fromBcd(at(value, 0)));
        if (!time.isValid())
            return Error::invalid(Dlt645::tr("The meter's time is not a real time of day."));
        v.value = time.toString(Qt::ISODate);
        return v;
    }
    }
    return v;
}

QString commandName(quint8 function)
{
    switch (function) {
    case control::Security:
        return QStringLiteral("security");
    case control::TimeSync:
        return QStringLiteral("time-sync");
    case control::Read:
    case control::ReadFollowUp:
    case control::Read1997:
    case control::ReadFollowUp1997:
        return QStringLiteral("read");
    case control::ReadAddress:
        return QStringLiteral("read-address");
    case control::Write:
    case control::Write1997:
        return QStringLiteral("write");
    case control::WriteAddress:
    case control::WriteAddress1997:
        return QStringLiteral("write-address");
    case control::RelayControl:
        return QStringLiteral("relay");
    default:
        return QStringLiteral("function-%1").arg(hexByte(function));
    }
}

bool is1997Function(quint8 function)
{
    return function == control::Read1997 || function == control::ReadFollowUp1997 || function == control::Write1997 ||
           function == control::WriteAddress1997 || function == 0x0C || function == 0x0F || function == 0x10;
}

quint8 relayCode(RelayAction action)
{
    switch (action) { // N1 [S6]
    case RelayAction::Trip:
        return 0x1A;
    case RelayAction::CloseAllowed:
        return 0x1B;
    case RelayAction::DirectClose:
        return 0x1C;
    case RelayAction::AlarmOn:
        return 0x2A;
    case RelayAction::AlarmOff:
        return 0x2B;
    case RelayAction::ProtectOn:
        return 0x3A;
    case RelayAction::ProtectOff:
        return 0x3B;
    }
    return 0x1A;
}

std::optional<RelayAction> relayFromCode(quint8 code)
{
    for (RelayAction a : {RelayAction::Trip, RelayAction::CloseAllowed, RelayAction::DirectClose, RelayAction::AlarmOn,
                          RelayAction::AlarmOff, RelayAction::ProtectOn, RelayAction::ProtectOff})
        if (relayCode(a) == code)
            return a;
    return std::nullopt;
}

Result<QByteArray> fourBytes(const QByteArray &bytes, const QString &what)
{
    if (bytes.isEmpty())
        return QByteArray(4, '\0');
    if (bytes.size() != 4)
        return Error::invalid(Dlt645::tr("The %1 must be 4 bytes.").arg(what));
    return bytes;
}

} // namespace

Result<Edition> parseEdition(const QString &variant)
{
    if (variant.isEmpty() || variant == QLatin1String("2007"))
        return Edition::V2007;
    if (variant == QLatin1String("1997"))
        return Edition::V1997;
    return Error::invalid(Dlt645::tr("DL/T 645 has the editions 2007 and 1997, not \"%1\".").arg(variant),
                          QStringLiteral("variant"));
}

quint8 checksum(QByteArrayView bytes)
{
    return sumframe::checksum(bytes);
}

Scan scan(QByteArrayView bytes)
{
    // 68 A0..A5 68 C L: the second 68H seven bytes on tells a frame from noise.
    const sumframe::Found f = sumframe::locate(bytes, {HeaderBytes, 7, MaxDataLength});
    Scan result;
    result.start = f.start;
    result.consumed = f.consumed;
    switch (f.status) {
    case sumframe::Status::Complete: {
        result.status = ScanStatus::Complete;
        result.preamble = f.preamble;
        const qsizetype p = f.start;
        result.frame.address = bytes.sliced(p + 1, AddressBytes).toByteArray();
        result.frame.control = at(bytes, p + 8);
        QByteArray data = bytes.sliced(p + HeaderBytes, f.dataLength).toByteArray();
        for (char &ch : data)
            ch = static_cast<char>(static_cast<quint8>(ch) - DataOffset);
        result.frame.data = data;
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
    out.append(frame.address.left(AddressBytes));
    while (out.size() < start + 1 + AddressBytes)
        out.append('\0');
    out.append(static_cast<char>(StartByte));
    out.append(static_cast<char>(frame.control));
    const QByteArray data = frame.data.left(255);
    out.append(static_cast<char>(data.size()));
    for (const char c : data)
        out.append(static_cast<char>(static_cast<quint8>(c) + DataOffset));
    out.append(static_cast<char>(checksum(QByteArrayView(out).sliced(start))));
    out.append(static_cast<char>(EndByte));
    return out;
}

QByteArray wildcardAddress()
{
    return QByteArray(AddressBytes, static_cast<char>(0xAA));
}

QByteArray broadcastAddress()
{
    return QByteArray(AddressBytes, static_cast<char>(0x99));
}

Result<QByteArray> addressFromText(const QString &digits)
{
    if (digits.isEmpty())
        return wildcardAddress();
    if (digits.size() > 2 * AddressBytes)
        return Error::invalid(Dlt645::tr("A DL/T 645 address has at most 12 digits."), QStringLiteral("address"));
    for (const QChar c : digits)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return Error::invalid(Dlt645::tr("A DL/T 645 address is decimal digits only: \"%1\".").arg(digits),
                                  QStringLiteral("address"));
    const QString padded = digits.rightJustified(2 * AddressBytes, QLatin1Char('0'));
    QByteArray out;
    for (int i = AddressBytes - 1; i >= 0; --i) // A0 holds the last two digits
        out.append(static_cast<char>(toBcd(padded.mid(2 * i, 2).toInt())));
    return out;
}

QString addressText(QByteArrayView lineBytes)
{
    QString out(2 * lineBytes.size(), Qt::Uninitialized);
    QChar *p = out.data();
    for (qsizetype i = lineBytes.size() - 1; i >= 0; --i, p += 2) {
        const quint8 b = at(lineBytes, i);
        p[0] = QLatin1Char("0123456789ABCDEF"[b >> 4]);
        p[1] = QLatin1Char("0123456789ABCDEF"[b & 0xF]);
    }
    return out;
}

QList<const Item *> items(Edition edition)
{
    QList<const Item *> out;
    for (const Item &item : ItemTable)
        if (item.edition == edition)
            out.append(&item);
    return out;
}

const Item *findItem(quint32 id, Edition edition)
{
    for (const Item &item : ItemTable)
        if (item.edition == edition && item.id == id)
            return &item;
    return nullptr;
}

const Item *findItem(const QString &nameOrId, Edition edition)
{
    for (const Item &item : ItemTable)
        if (item.edition == edition && nameOrId == QLatin1String(item.name))
            return &item;
    bool ok = false;
    const quint32 id = nameOrId.toUInt(&ok, 16);
    if (ok && nameOrId.size() == (edition == Edition::V2007 ? 8 : 4))
        return findItem(id, edition);
    return nullptr;
}

QString itemLabel(const Item &item)
{
    return Dlt645::tr(item.label);
}

Result<QByteArray> bcdTime(const QDateTime &time)
{
    if (!time.isValid() || time.date().year() < 2000 || time.date().year() > 2099)
        return Error::invalid(Dlt645::tr("DL/T 645 carries times from 2000 to 2099."), QStringLiteral("time"));
    const QDate d = time.date();
    const QTime t = time.time();
    QByteArray out;
    for (int v : {t.second(), t.minute(), t.hour(), d.day(), d.month(), d.year() % 100})
        out.append(static_cast<char>(toBcd(v)));
    return out;
}

QDateTime timeFromBcd(QByteArrayView b)
{
    if (b.size() != 6)
        return {};
    for (qsizetype i = 0; i < 6; ++i)
        if (!isBcd(at(b, i)))
            return {};
    const QDate d(2000 + fromBcd(at(b, 5)), fromBcd(at(b, 4)), fromBcd(at(b, 3)));
    const QTime t(fromBcd(at(b, 2)), fromBcd(at(b, 1)), fromBcd(at(b, 0)));
    if (!d.isValid() || !t.isValid())
        return {};
    return QDateTime(d, t);
}

// ---- Requests ------------------------------------------------------------------------------

Frame readAddressRequest()
{
    return Frame{wildcardAddress(), control::ReadAddress, {}}; // 68 AA*6 68 13 00 DF 16 [S1]
}

Result<Frame> readRequest(const QByteArray &address, const QString &itemName, Edition edition)
{
    const Item *item = findItem(itemName, edition);
    quint32 id = 0;
    if (item) {
        id = item->id;
    } else {
        bool ok = false;
        id = itemName.toUInt(&ok, 16);
        if (!ok || itemName.size() != (edition == Edition::V2007 ? 8 : 4))
            return Error::invalid(Dlt645::tr("Unknown DL/T 645 data item \"%1\": give a name from the list or an "
                                             "identifier in hex (8 digits for 2007, 4 for 1997).")
                                      .arg(itemName),
                                  QStringLiteral("item"));
    }
    return Frame{address, edition == Edition::V2007 ? control::Read : control::Read1997, idBytes(id, edition)};
}

Result<Frame> timeSyncRequest(const QDateTime &time)
{
    auto data = bcdTime(time);
    if (!data)
        return data.error();
    return Frame{broadcastAddress(), control::TimeSync, *data};
}

Result<Frame> relayRequest(const QByteArray &address, RelayAction action, const QByteArray &password,
                           const QByteArray &operatorCode, const QDateTime &validUntil)
{
    if (address == wildcardAddress() || address == broadcastAddress())
        return Error::invalid(Dlt645::tr("Relay commands go to one meter: give its address."),
                              QStringLiteral("address"));
    auto pa = fourBytes(password, Dlt645::tr("password (PA P0 P1 P2)"));
    if (!pa)
        return pa.error();
    auto op = fourBytes(operatorCode, Dlt645::tr("operator code (C0..C3)"));
    if (!op)
        return op.error();
    auto deadline = bcdTime(validUntil);
    if (!deadline)
        return Error::invalid(Dlt645::tr("A relay command needs the time until which it is valid (2000-2099)."),
                              QStringLiteral("validUntil"));
    // PA P0 P1 P2, C0 C1 C2 C3, N1 (the command), N2 (reserved), N3..N8 (valid until) [S6]
    QByteArray data = *pa + *op;
    data.append(static_cast<char>(relayCode(action)));
    data.append('\0');
    data.append(*deadline);
    return Frame{address, control::RelayControl, data};
}

Result<Frame> writeAddressRequest(const QString &newAddress)
{
    if (newAddress.isEmpty())
        return Error::invalid(Dlt645::tr("Give the new address."), QStringLiteral("newAddress"));
    auto bytes = addressFromText(newAddress);
    if (!bytes)
        return bytes.error();
    if (*bytes == broadcastAddress())
        return Error::invalid(Dlt645::tr("99..99 is the broadcast address, not one meter's."),
                              QStringLiteral("newAddress"));
    // Sent to AA..AA: only the one meter on the line (in programming mode) takes it [S2].
    return Frame{wildcardAddress(), control::WriteAddress, *bytes};
}

Result<Frame> purchaseRequest(const QByteArray &address, const MeterPurchase &purchase, const QByteArray &operatorCode,
                              const SecurityModule &security)
{
    if (address == wildcardAddress() || address == broadcastAddress())
        return Error::invalid(Dlt645::tr("A purchase goes to one meter: give its address."), QStringLiteral("address"));
    if (purchase.amountMinor <= 0)
        return Error::invalid(Dlt645::tr("The purchase amount must be more than zero."), QStringLiteral("amount"));
    auto op = fourBytes(operatorCode, Dlt645::tr("operator code (C0..C3)"));
    if (!op)
        return op.error();
    MeterPurchase bound = purchase;
    bound.meterAddress = addressText(address);
    auto sealed = security.seal(bound);
    if (!sealed)
        return sealed.error();
    QByteArray data = idBytes(purchase.openAccount ? OpenAccountId : RechargeId, Edition::V2007) + *op + *sealed;
    if (data.size() > MaxDataLength)
        return Error::invalid(Dlt645::tr("The security module's block is too long for one frame."));
    return Frame{address, control::Security, data};
}

// ---- Replies -------------------------------------------------------------------------------

QStringList errorCodes(quint8 err, Edition edition)
{
    // DL/T 645-2007 ERR [S5]: bit 0 other, 1 no requested data, 2 password wrong / unauthorised,
    // 3 baud rate cannot change, 4 too many year time zones, 5 too many day periods, 6 too many tariffs.
    static const char *const codes2007[8] = {"other",      "no-data",     "password", "baud-rate",
                                             "year-zones", "day-periods", "tariffs",  "reserved-bit7"};
    // DL/T 645-1997 ERR [S5]: bit 0 illegal data, 1 identifier wrong, 2 password wrong, 3 reserved,
    // 4 year zones, 5 day periods, 6 tariffs.
    static const char *const codes1997[8] = {"illegal-data", "bad-identifier", "password", "reserved-bit3",
                                             "year-zones",   "day-periods",    "tariffs",  "reserved-bit7"};
    QStringList out;
    for (int bit = 0; bit < 8; ++bit)
        if (err & (1 << bit))
            out << QString::fromLatin1(edition == Edition::V2007 ? codes2007[bit] : codes1997[bit]);
    if (out.isEmpty())
        out << QStringLiteral("unspecified");
    return out;
}

QStringList securityErrorCodes(quint16 serr)
{
    // SERR [S5]: bit 0 other, 1 repeated recharge, 2 ESAM verification failed, 3 identity
    // authentication failed, 4 customer number mismatch, 5 recharge count wrong, 6 purchase over
    // the hoarding limit; the rest reserved.
    static const char *const codes[7] = {"other",    "repeated-recharge", "esam",          "authentication",
                                         "customer", "recharge-count",    "hoarding-limit"};
    QStringList out;
    for (int bit = 0; bit < 16; ++bit)
        if (serr & (1 << bit))
            out << (bit < 7 ? QString::fromLatin1(codes[bit]) : QStringLiteral("reserved-bit%1").arg(bit));
    if (out.isEmpty())
        out << QStringLiteral("unspecified");
    return out;
}

QString errorMeaning(const QString &code)
{
    static const struct
    {
        const char *code;
        const char *text;
    } meanings[] = {
        {"other", QT_TRANSLATE_NOOP("Dlt645", "the meter refused for a reason it does not name")},
        {"no-data", QT_TRANSLATE_NOOP("Dlt645", "the meter has no such data item")},
        {"password", QT_TRANSLATE_NOOP("Dlt645", "wrong password or not authorised")},
        {"baud-rate", QT_TRANSLATE_NOOP("Dlt645", "the baud rate cannot be changed")},
        {"year-zones", QT_TRANSLATE_NOOP("Dlt645", "too many time zones in the year")},
        {"day-periods", QT_TRANSLATE_NOOP("Dlt645", "too many periods in the day")},
        {"tariffs", QT_TRANSLATE_NOOP("Dlt645", "too many tariffs")},
        {"illegal-data", QT_TRANSLATE_NOOP("Dlt645", "the data sent is not valid")},
        {"bad-identifier", QT_TRANSLATE_NOOP("Dlt645", "the data identifier is wrong")},
        {"repeated-recharge", QT_TRANSLATE_NOOP("Dlt645", "this recharge was already loaded (repeated recharge)")},
        {"esam", QT_TRANSLATE_NOOP("Dlt645", "the meter's security module (ESAM) rejected the data")},
        {"authentication", QT_TRANSLATE_NOOP("Dlt645", "identity authentication failed")},
        {"customer", QT_TRANSLATE_NOOP("Dlt645", "the customer number does not match the meter's")},
        {"recharge-count", QT_TRANSLATE_NOOP("Dlt645", "the purchase count does not follow the meter's")},
        {"hoarding-limit", QT_TRANSLATE_NOOP("Dlt645", "the purchase would exceed the meter's hoarding limit")},
        {"unspecified", QT_TRANSLATE_NOOP("Dlt645", "the meter gave no reason")},
    };
    for (const auto &m : meanings)
        if (code == QLatin1String(m.code))
            return Dlt645::tr(m.text);
    return Dlt645::tr("reserved error bit (%1)").arg(code);
}

Result<MeterReply> decodeReply(const Frame &frame)
{
    MeterReply reply;
    reply.complete = true;
    reply.address = addressText(frame.address);
    reply.payload = frame.data;
    reply.control = frame.control;
    reply.moreFollows = frame.hasFollowUp();
    const quint8 function = frame.function();
    const Edition edition = is1997Function(function) ? Edition::V1997 : Edition::V2007;
    reply.command = commandName(function);
    const QByteArrayView data(frame.data);

    if (frame.isAbnormal()) {
        reply.error = true;
        if (function == control::Security) {
            if (data.size() < 2)
                return Error::invalid(Dlt645::tr("The meter's security error reply has no error word."));
            reply.errors = securityErrorCodes(static_cast<quint16>(at(data, 0) | at(data, 1) << 8));
        } else {
            if (data.size() < 1)
                return Error::invalid(Dlt645::tr("The meter's error reply has no error word."));
            reply.errors = errorCodes(at(data, 0), edition);
        }
        QStringList texts;
        for (const QString &code : reply.errors)
            texts << errorMeaning(code);
        reply.errorText = Dlt645::tr("The meter refused: %1.").arg(texts.join(QStringLiteral("; ")));
        return reply;
    }

    switch (function) {
    case control::ReadAddress: {
        if (data.size() != AddressBytes)
            return Error::invalid(Dlt645::tr("The meter's address reply has %1 bytes, not 6.").arg(data.size()));
        reply.values << makeValue(QStringLiteral("address"), addressText(data), {}, Dlt645::tr("Address"));
        return reply;
    }
    case control::Read:
    case control::ReadFollowUp:
    case control::Read1997:
    case control::ReadFollowUp1997: {
        const int idLength = edition == Edition::V2007 ? 4 : 2;
        if (data.size() < idLength)
            return Error::invalid(Dlt645::tr("The meter's read reply has no data identifier."));
        const quint32 id = idFromBytes(data.first(idLength));
        QByteArrayView value = data.sliced(idLength);
        // A 2007 follow-up frame (12H) ends with its sequence number SEQ [S2].
        if (function == control::ReadFollowUp) {
            if (value.isEmpty())
                return Error::invalid(Dlt645::tr("The meter's follow-up reply has no sequence number."));
            reply.values << makeValue(QStringLiteral("sequence"), QString::number(at(value, value.size() - 1)), {},
                                      Dlt645::tr("Follow-up frame number"));
            value.chop(1);
        }
        if (const Item *item = findItem(id, edition)) {
            reply.item = QString::fromLatin1(item->name);
            auto v = decodeItem(*item, value);
            if (!v)
                return v.error();
            reply.values << *v;
        } else {
            reply.item = idHex(id, edition);
            reply.values << makeValue(QStringLiteral("di.") + reply.item,
                                      QString::fromLatin1(value.toByteArray().toHex()).toUpper(), {},
                                      Dlt645::tr("Data %1").arg(reply.item));
        }
        return reply;
    }
    case control::Security: {
        if (data.size() < 4)
            return Error::invalid(Dlt645::tr("The meter's security reply has no data identifier."));
        const quint32 id = idFromBytes(data.first(4));
        reply.item = idHex(id, Edition::V2007);
        reply.command = id == OpenAccountId ? QStringLiteral("open-account")
                        : id == RechargeId  ? QStringLiteral("recharge")
                                            : QStringLiteral("security");
        if (data.size() > 4)
            reply.values << makeValue(QStringLiteral("data"),
                                      QString::fromLatin1(data.sliced(4).toByteArray().toHex()).toUpper(), {},
                                      Dlt645::tr("Reply data"));
        return reply;
    }
    default:
        // Relay control, write, write address, time sync: a normal reply carries nothing more.
        return reply;
    }
}

// ---- Requests, meter side ------------------------------------------------------------------

Result<ParsedRequest> parseRequest(const Frame &frame)
{
    if (frame.isReply())
        return Error::invalid(Dlt645::tr("This is a reply, not a request."));
    // The abnormal bit belongs to replies, and no request this codec serves has follow-up frames.
    if (frame.isAbnormal() || frame.hasFollowUp())
        return Error::invalid(Dlt645::tr("Unsupported request control code %1H.").arg(hexByte(frame.control)));
    ParsedRequest r;
    r.address = frame.address;
    const QByteArrayView data(frame.data);
    switch (frame.function()) {
    case control::ReadAddress:
        if (!data.isEmpty())
            return Error::invalid(Dlt645::tr("A read address request has no data."));
        r.command = MeterCommand::ReadAddress;
        return r;
    case control::Read:
    case control::Read1997: {
        r.command = MeterCommand::Read;
        r.edition = frame.function() == control::Read ? Edition::V2007 : Edition::V1997;
        const int idLength = r.edition == Edition::V2007 ? 4 : 2;
        // 2007: DI, or DI and the block count N, or DI, N and mmhhDDMMYY (load profile) [S2];
        // 1997: DI only [S4].
        const bool lengthOk = r.edition == Edition::V2007 ? (data.size() == 4 || data.size() == 5 || data.size() == 10)
                                                          : data.size() == 2;
        if (!lengthOk)
            return Error::invalid(
                Dlt645::tr("The read request's data field has %1 bytes, which fits no read.").arg(data.size()));
        r.id = idFromBytes(data.first(idLength));
        r.item = findItem(r.id, r.edition);
        r.extra = data.sliced(idLength).toByteArray();
        return r;
    }
    case control::TimeSync:
        r.command = MeterCommand::TimeSync;
        r.time = timeFromBcd(data);
        if (!r.time.isValid())
            return Error::invalid(Dlt645::tr("The time sync request does not carry a valid time."));
        return r;
    case control::RelayControl: {
        if (data.size() != 16)
            return Error::invalid(Dlt645::tr("A relay command has 16 data bytes."));
        r.command = MeterCommand::Relay;
        r.password = data.first(4).toByteArray();
        r.operatorCode = data.sliced(4, 4).toByteArray();
        const auto action = relayFromCode(at(data, 8));
        if (!action)
            return Error::invalid(Dlt645::tr("Unknown relay command %1H.").arg(hexByte(at(data, 8))));
        r.relay = *action;
        if (at(data, 9) != 0)
            return Error::invalid(Dlt645::tr("The relay command's reserved byte N2 is not zero."));
        r.time = timeFromBcd(data.sliced(10, 6));
        if (!r.time.isValid())
            return Error::invalid(Dlt645::tr("The relay command's deadline is not a valid time."));
        return r;
    }
    case control::WriteAddress:
        if (data.size() != AddressBytes)
            return Error::invalid(Dlt645::tr("A write address request has 6 data bytes."));
        for (const char b : data)
            if (!isBcd(static_cast<quint8>(b)))
                return Error::invalid(Dlt645::tr("The new address is not decimal digits."));
        r.command = MeterCommand::WriteAddress;
        r.newAddress = data.toByteArray();
        return r;
    case control::Security: {
        if (data.size() < 8)
            return Error::invalid(Dlt645::tr("A security request has at least 8 data bytes."));
        r.id = idFromBytes(data.first(4));
        if (r.id != OpenAccountId && r.id != RechargeId)
            return Error::invalid(Dlt645::tr("Unknown security command %1.").arg(idHex(r.id, Edition::V2007)));
        r.command = r.id == OpenAccountId ? MeterCommand::OpenAccount : MeterCommand::Recharge;
        r.operatorCode = data.sliced(4, 4).toByteArray();
        r.sealed = data.sliced(8).toByteArray();
        return r;
    }
    default:
        return Error::invalid(Dlt645::tr("Unsupported request function %1H.").arg(hexByte(frame.function())));
    }
}

} // namespace prepaydesk::dlt645

namespace prepaydesk::dlt645 {

// ---- Meter side: requests back to frames, values to bytes, reply builders -----------------

Result<Frame> requestFrame(const ParsedRequest &r)
{
    switch (r.command) {
    case MeterCommand::ReadAddress:
        return Frame{r.address, control::ReadAddress, {}};
    case MeterCommand::Read:
        return Frame{r.address, r.edition == Edition::V2007 ? control::Read : control::Read1997,
                     idBytes(r.id, r.edition) + r.extra};
    case MeterCommand::TimeSync: {
        auto data = bcdTime(r.time);
        if (!data)
            return data.error();
        return Frame{r.address, control::TimeSync, *data};
    }
    case MeterCommand::Relay: {
        if (r.password.size() != 4 || r.operatorCode.size() != 4)
            return Error::invalid(Dlt645::tr("A relay command carries a 4-byte password and a 4-byte operator code."));
        auto deadline = bcdTime(r.time);
        if (!deadline)
            return deadline.error();
        QByteArray data = r.password + r.operatorCode;
        data.append(static_cast<char>(relayCode(r.relay)));
        data.append('\0');
        data.append(*deadline);
        return Frame{r.address, control::RelayControl, data};
    }
    case MeterCommand::WriteAddress:
        if (r.newAddress.size() != AddressBytes)
            return Error::invalid(Dlt645::tr("A new address is 6 bytes."));
        return Frame{r.address, control::WriteAddress, r.newAddress};
    case MeterCommand::OpenAccount:
    case MeterCommand::Recharge: {
        if (r.operatorCode.size() != 4)
            return Error::invalid(Dlt645::tr("The operator code must be 4 bytes."));
        const QByteArray data =
            idBytes(r.command == MeterCommand::OpenAccount ? OpenAccountId : RechargeId, Edition::V2007) +
            r.operatorCode + r.sealed;
        if (data.size() > MaxDataLength)
            return Error::invalid(Dlt645::tr("The security module's block is too long for one frame."));
        return Frame{r.address, control::Security, data};
    }
    case MeterCommand::SetTime:
    case MeterCommand::Valve:
        break;
    }
    return Error::invalid(Dlt645::tr("DL/T 645 has no such command."));
}

Result<MeterPurchase> openPurchase(const ParsedRequest &request, const SecurityModule &security)
{
    if (request.command != MeterCommand::OpenAccount && request.command != MeterCommand::Recharge)
        return Error::invalid(Dlt645::tr("This request is not a purchase."));
    auto purchase = security.open(addressText(request.address), request.sealed);
    if (!purchase)
        return purchase.error();
    const bool openAccount = request.command == MeterCommand::OpenAccount;
    if (purchase->openAccount != openAccount)
        return Error::invalid(openAccount ? Dlt645::tr("The purchase block was sealed for a recharge, not for "
                                                       "opening an account.")
                                          : Dlt645::tr("The purchase block was sealed for opening an account, not "
                                                       "for a recharge."));
    return purchase;
}

Result<QByteArray> encodeNumber(const Item &item, qint64 number)
{
    if (item.format != ItemFormat::Number)
        return Error::invalid(Dlt645::tr("%1 is not a number.").arg(itemLabel(item)));
    if (number < 0 && !item.signedValue)
        return Error::invalid(Dlt645::tr("%1 cannot be negative.").arg(itemLabel(item)), QStringLiteral("value"));
    quint64 magnitude = number < 0 ? 0 - static_cast<quint64>(number) : static_cast<quint64>(number);
    QByteArray out;
    for (int i = 0; i < item.bytes; ++i) {
        out.append(static_cast<char>(toBcd(static_cast<int>(magnitude % 100))));
        magnitude /= 100;
    }
    // The sign bit takes the top bit of the top byte, so its top digit can be 0..7 only [S1].
    const bool topTooBig = item.signedValue && (static_cast<quint8>(out.back()) & 0x80);
    if (magnitude != 0 || topTooBig)
        return Error::invalid(
            Dlt645::tr("%1 does not fit the meter's %2-byte register.").arg(itemLabel(item)).arg(item.bytes),
            QStringLiteral("value"));
    if (number < 0)
        out.back() = static_cast<char>(static_cast<quint8>(out.back()) | 0x80);
    return out;
}

Result<QByteArray> encodeValue(const Item &item, const QString &value)
{
    switch (item.format) {
    case ItemFormat::Number: {
        QString text = value.trimmed();
        const bool negative = text.startsWith(QLatin1Char('-'));
        if (negative)
            text.remove(0, 1);
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        QString whole = dot < 0 ? text : text.left(dot);
        QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
        const auto allDigits = [](const QString &s) {
            for (const QChar c : s)
                if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                    return false;
            return true;
        };
        if ((whole.isEmpty() && fraction.isEmpty()) || !allDigits(whole) || !allDigits(fraction) ||
            fraction.size() > item.decimals || whole.size() > 2 * item.bytes)
            return Error::invalid(Dlt645::tr("\"%1\" is not a value for %2 (a number with at most %3 decimals).")
                                      .arg(value, itemLabel(item))
                                      .arg(item.decimals),
                                  QStringLiteral("value"));
        const qint64 number = QString(whole + fraction.leftJustified(item.decimals, QLatin1Char('0'))).toLongLong();
        return encodeNumber(item, negative ? -number : number);
    }
    case ItemFormat::Hex: {
        bool ok = value.size() == 2 * item.bytes;
        for (const QChar c : value)
            ok = ok && ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                        (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')));
        if (!ok)
            return Error::invalid(Dlt645::tr("%1 takes %2 hex digits.").arg(itemLabel(item)).arg(2 * item.bytes),
                                  QStringLiteral("value"));
        const quint32 raw = value.toUInt(nullptr, 16);
        QByteArray out;
        for (int i = 0; i < item.bytes; ++i) // lowest byte first
            out.append(static_cast<char>((raw >> (8 * i)) & 0xFF));
        return out;
    }
    case ItemFormat::Date: {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid() || d.year() < 2000 || d.year() > 2099)
            return Error::invalid(Dlt645::tr("%1 takes a date from 2000 to 2099 (YYYY-MM-DD).").arg(itemLabel(item)),
                                  QStringLiteral("value"));
        QByteArray out; // WW DD MM YY; weekday 0 is Sunday [S1]
        for (int v : {d.dayOfWeek() % 7, d.day(), d.month(), d.year() % 100})
            out.append(static_cast<char>(toBcd(v)));
        return out;
    }
    case ItemFormat::Time: {
        const QTime t = QTime::fromString(value, Qt::ISODate);
        if (!t.isValid())
            return Error::invalid(Dlt645::tr("%1 takes a time of day (hh:mm:ss).").arg(itemLabel(item)),
                                  QStringLiteral("value"));
        QByteArray out; // ss mm hh
        for (int v : {t.second(), t.minute(), t.hour()})
            out.append(static_cast<char>(toBcd(v)));
        return out;
    }
    }
    return Error::invalid(Dlt645::tr("Unknown item format."));
}

Frame readReply(const QByteArray &address, quint32 id, Edition edition, const QByteArray &value, bool followUp)
{
    const quint8 function = edition == Edition::V2007 ? control::Read : control::Read1997;
    const quint8 c = control::ReplyBit | function | (followUp ? control::FollowUpBit : 0);
    return Frame{address, c, idBytes(id, edition) + value};
}

Result<Frame> readReply(const QByteArray &address, const Item &item, const QString &value)
{
    auto bytes = encodeValue(item, value);
    if (!bytes)
        return bytes.error();
    return readReply(address, item.id, item.edition, *bytes);
}

Frame readAddressReply(const QByteArray &address)
{
    return Frame{address, static_cast<quint8>(control::ReplyBit | control::ReadAddress), address};
}

Frame ackReply(const QByteArray &address, quint8 requestFunction)
{
    return Frame{address, static_cast<quint8>(control::ReplyBit | (requestFunction & control::FunctionMask)), {}};
}

Frame securityReply(const QByteArray &address, quint32 id, const QByteArray &data)
{
    return Frame{address, static_cast<quint8>(control::ReplyBit | control::Security),
                 idBytes(id, Edition::V2007) + data};
}

Frame errorReply(const QByteArray &address, quint8 requestFunction, quint8 errorWord)
{
    const quint8 c = control::ReplyBit | control::AbnormalBit | (requestFunction & control::FunctionMask);
    return Frame{address, c, QByteArray(1, static_cast<char>(errorWord))};
}

Frame securityErrorReply(const QByteArray &address, quint16 securityErrorWord)
{
    QByteArray data;
    data.append(static_cast<char>(securityErrorWord & 0xFF));
    data.append(static_cast<char>(securityErrorWord >> 8));
    return Frame{address, static_cast<quint8>(control::ReplyBit | control::AbnormalBit | control::Security), data};
}

} // namespace prepaydesk::dlt645
