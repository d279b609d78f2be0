#include "card/PrepayCardFormat.h"

#include "card/CardKeys.h"

#include <QTimeZone>

#include <openssl/crypto.h>

namespace prepaydesk {

namespace {

// ---- Layout (docs/card-format.md, "Byte layout"). Offsets inside each block. ----------------
const QByteArray Magic = QByteArrayLiteral("PDCF"); // "PrepayDesk card format"

namespace issuer {
constexpr int Magic = 0x00;         // 4  "PDCF"
constexpr int Version = 0x04;       // 1  01
constexpr int Kind = 0x05;          // 1  CardKind 1..5
constexpr int Unit = 0x06;          // 1  0 money (fen), 1 units (milli-units)
constexpr int ToolAction = 0x07;    // 1  0 none, 1 open valve / close relay, 2 close valve / open relay
constexpr int Utility = 0x08;       // 3  utility code, 6 digits packed BCD
constexpr int Flags = 0x0B;         // 1  bit 0: replacement card (Replaces holds the old serial)
constexpr int PurchaseCount = 0x0C; // 4  unsigned, big-endian
constexpr int Meter = 0x10;         // 16 ASCII, NUL-padded
constexpr int Customer = 0x20;      // 16 ASCII, NUL-padded
constexpr int Credit = 0x30;        // 8  signed big-endian, >= 0
constexpr int Alarm = 0x38;         // 8
constexpr int Overdraft = 0x40;     // 8
constexpr int MaxBalance = 0x48;    // 8
constexpr int Price = 0x50;         // 8  fen per unit
constexpr int PriceVersion = 0x58;  // 2  unsigned big-endian
constexpr int Replaces = 0x5A;      // 8  serial of the replaced card, 00 when none
constexpr int Reserved = 0x62;      // 6  00
} // namespace issuer

namespace wb {
constexpr int Version = 0x00;      // 1  01
constexpr int Status = 0x01;       // 1  bit 0 valve closed / relay open, 1 leak, 2 tamper, 3 low battery, 4 alarm
constexpr int ReadingCount = 0x02; // 1  0..4
constexpr int Reserved1 = 0x03;    // 1  00
constexpr int LoadedCount = 0x04;  // 4  unsigned big-endian
constexpr int Remaining = 0x08;    // 8  signed big-endian, >= 0
constexpr int Cumulative = 0x10;   // 8  signed big-endian, >= 0, milli-units
constexpr int Time = 0x18;         // 4  meter clock, seconds since 1970-01-01 UTC; 0: unknown
constexpr int Readings = 0x1C;     // 4 x 12: date YYYYMMDD packed BCD (4) + reading milli-units (8)
constexpr int ReadingSize = 12;
constexpr int Reserved2 = 0x4C; // 28 00
} // namespace wb

constexpr quint8 StatusValveClosed = 0x01, StatusLeak = 0x02, StatusTamper = 0x04, StatusLowBattery = 0x08,
                 StatusAlarm = 0x10;
constexpr quint8 StatusKnown = 0x1F;

Error blank()
{
    return Error{
        Error::Code::NotFound,
        PrepayCardFormat::tr("The card is blank: nothing has been written on it yet. Issue it for a meter first."),
        QStringLiteral("card")};
}

Error foreign(const QString &message)
{
    return Error{Error::Code::Invalid, message, QStringLiteral("format")};
}

Error altered(const QString &message)
{
    return Error{Error::Code::Corrupt, message, QStringLiteral("mac")};
}

// ---- Encoding helpers ------------------------------------------------------------------------

void putBe(QByteArray &out, int at, quint64 value, int n)
{
    for (int i = n - 1; i >= 0; --i) {
        out[at + i] = static_cast<char>(value & 0xFF);
        value >>= 8;
    }
}

quint64 getBe(const QByteArray &in, int at, int n)
{
    quint64 v = 0;
    for (int i = 0; i < n; ++i)
        v = v << 8 | static_cast<quint8>(in[at + i]);
    return v;
}

qint64 getSigned(const QByteArray &in, int at)
{
    return static_cast<qint64>(getBe(in, at, 8));
}

// Decimal digits as packed BCD, two per byte, first digit in the high nibble.
void putBcd(QByteArray &out, int at, const QString &digits)
{
    for (qsizetype i = 0; i + 1 < digits.size(); i += 2)
        out[at + static_cast<int>(i / 2)] =
            static_cast<char>((digits[i].digitValue() << 4) | digits[i + 1].digitValue());
}

// The digits, or a null string when a nibble is not 0-9.
QString getBcd(const QByteArray &in, int at, int bytes)
{
    QString out;
    for (int i = 0; i < bytes; ++i) {
        const int b = static_cast<quint8>(in[at + i]);
        if ((b >> 4) > 9 || (b & 0x0F) > 9)
            return {};
        out += QLatin1Char(static_cast<char>('0' + (b >> 4)));
        out += QLatin1Char(static_cast<char>('0' + (b & 0x0F)));
    }
    return out;
}

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    return true;
}

// Text as stored: up to 16 bytes of printable ASCII, NUL-padded. Returns false when the stored
// bytes are not that (a NUL followed by more text, a control or 8-bit byte).
bool getText(const QByteArray &in, int at, QString *out)
{
    const QByteArray raw = in.mid(at, PrepayCardFormat::TextSize);
    const qsizetype end = raw.indexOf('\0');
    const QByteArray text = end < 0 ? raw : raw.left(end);
    if (end >= 0)
        for (qsizetype i = end; i < raw.size(); ++i)
            if (raw[i] != '\0')
                return false;
    *out = QString::fromLatin1(text);
    return isPrintableAscii(*out);
}

void putText(QByteArray &out, int at, const QString &text)
{
    const QByteArray latin = text.toLatin1();
    for (qsizetype i = 0; i < latin.size(); ++i)
        out[at + static_cast<int>(i)] = latin[i];
}

bool allBytes(const QByteArray &bytes, char value)
{
    for (const char c : bytes)
        if (c != value)
            return false;
    return true;
}

QByteArray blockMac(const QByteArray &macKey, char tag, const QByteArray &serial, const QByteArray &fields)
{
    return CardKeys::hmacSha256(macKey, QByteArray(1, tag) + serial + fields).left(PrepayCardFormat::MacSize);
}

bool macMatches(const QByteArray &expected, const QByteArray &stored)
{
    return expected.size() == PrepayCardFormat::MacSize && stored.size() == PrepayCardFormat::MacSize &&
           CRYPTO_memcmp(expected.constData(), stored.constData(), PrepayCardFormat::MacSize) == 0;
}

Status checkSerialAndKey(const QByteArray &serial, const QByteArray &key)
{
    if (serial.size() != CardKeys::SerialSize)
        return Error::invalid(PrepayCardFormat::tr("A card serial is %1 bytes; this one is %2.")
                                  .arg(CardKeys::SerialSize)
                                  .arg(serial.size()),
                              QStringLiteral("serial"));
    if (key.size() != CardKeys::KeySize)
        return Error::invalid(PrepayCardFormat::tr("The card key must be %1 bytes; this one is %2.")
                                  .arg(CardKeys::KeySize)
                                  .arg(key.size()),
                              QStringLiteral("key"));
    return {};
}

Status checkAreaSize(const QByteArray &area)
{
    if (area.size() != PrepayCardFormat::AreaSize)
        return Error::invalid(PrepayCardFormat::tr("The card's data area is %1 bytes; the PrepayDesk format needs %2.")
                                  .arg(area.size())
                                  .arg(PrepayCardFormat::AreaSize),
                              QStringLiteral("area"));
    return {};
}

Status checkAmount(qint64 value, qint64 max, const QString &field, const QString &what)
{
    if (value < 0 || value > max)
        return Error::invalid(PrepayCardFormat::tr("The %1 on the card (%2) is impossible: it must be from 0 to %3.")
                                  .arg(what)
                                  .arg(value)
                                  .arg(max),
                              field);
    return {};
}

// The seconds since 1970 UTC that the write-back stores for a meter time (0: none).
std::optional<quint32> storedTime(const QDateTime &at)
{
    if (!at.isValid())
        return 0u;
    const qint64 secs = at.toSecsSinceEpoch();
    if (secs <= 0 || secs > 0xFFFFFFFFLL)
        return std::nullopt;
    return static_cast<quint32>(secs);
}

// ---- Blocks ----------------------------------------------------------------------------------

QByteArray issuerFields(const CardImage &image)
{
    QByteArray f(PrepayCardFormat::FieldsSize, '\0');
    f.replace(issuer::Magic, Magic.size(), Magic);
    f[issuer::Version] = static_cast<char>(PrepayCardFormat::Version);
    f[issuer::Kind] = static_cast<char>(static_cast<int>(image.kind));
    f[issuer::Unit] = static_cast<char>(image.unit == CreditUnit::Money ? 0 : 1);
    f[issuer::ToolAction] = static_cast<char>(image.toolAction);
    putBcd(f, issuer::Utility, image.utility);
    f[issuer::Flags] = static_cast<char>(image.replaces.isEmpty() ? 0 : 1);
    putBe(f, issuer::PurchaseCount, image.purchaseCount, 4);
    putText(f, issuer::Meter, image.meter);
    putText(f, issuer::Customer, image.customer);
    putBe(f, issuer::Credit, static_cast<quint64>(image.credit), 8);
    putBe(f, issuer::Alarm, static_cast<quint64>(image.alarm), 8);
    putBe(f, issuer::Overdraft, static_cast<quint64>(image.overdraft), 8);
    putBe(f, issuer::MaxBalance, static_cast<quint64>(image.maxBalance), 8);
    putBe(f, issuer::Price, static_cast<quint64>(image.priceMinor), 8);
    putBe(f, issuer::PriceVersion, static_cast<quint64>(image.priceVersion), 2);
    if (!image.replaces.isEmpty())
        f.replace(issuer::Replaces, image.replaces.size(), image.replaces);
    return f;
}

QByteArray writeBackFields(const CardWriteBack &w)
{
    QByteArray f(PrepayCardFormat::FieldsSize, '\0');
    f[wb::Version] = static_cast<char>(PrepayCardFormat::Version);
    quint8 status = 0;
    status |= w.valveClosed ? StatusValveClosed : 0;
    status |= w.leak ? StatusLeak : 0;
    status |= w.tamper ? StatusTamper : 0;
    status |= w.lowBattery ? StatusLowBattery : 0;
    status |= w.alarm ? StatusAlarm : 0;
    f[wb::Status] = static_cast<char>(status);
    f[wb::ReadingCount] = static_cast<char>(w.readings.size());
    putBe(f, wb::LoadedCount, w.loadedCount, 4);
    putBe(f, wb::Remaining, static_cast<quint64>(w.remaining), 8);
    putBe(f, wb::Cumulative, static_cast<quint64>(w.cumulativeMilli), 8);
    putBe(f, wb::Time, storedTime(w.at).value_or(0), 4);
    for (int i = 0; i < w.readings.size(); ++i) {
        const int at = wb::Readings + i * wb::ReadingSize;
        putBcd(f, at, w.readings[i].first.toString(QStringLiteral("yyyyMMdd")));
        putBe(f, at + 4, static_cast<quint64>(w.readings[i].second), 8);
    }
    return f;
}

// The issuer block of an area, checked in the order that says most: blank, foreign, MAC, fields.
Result<CardImage> readIssuer(const QByteArray &area, const QByteArray &serial, const QByteArray &macKey)
{
    const QByteArray block = area.mid(PrepayCardFormat::IssuerOffset, PrepayCardFormat::BlockSize);
    if (allBytes(block, '\xFF'))
        return blank();
    if (allBytes(serial, '\xFF') || allBytes(serial, '\0'))
        return Error::invalid(PrepayCardFormat::tr("The card has data but no serial: it was not issued by PrepayDesk."),
                              QStringLiteral("serial"));
    const QByteArray f = block.left(PrepayCardFormat::FieldsSize);
    if (f.left(Magic.size()) != Magic)
        return foreign(PrepayCardFormat::tr(
            "This is not a PrepayDesk card: its data is in another format (another vendor's card?)."));
    if (static_cast<quint8>(f[issuer::Version]) != PrepayCardFormat::Version)
        return foreign(PrepayCardFormat::tr("This card is in version %1 of the PrepayDesk card format, which this "
                                            "PrepayDesk cannot read: update PrepayDesk.")
                           .arg(static_cast<quint8>(f[issuer::Version])));
    if (!macMatches(blockMac(macKey, 'I', serial, f), block.mid(PrepayCardFormat::FieldsSize)))
        return altered(
            PrepayCardFormat::tr("The card data was altered or damaged (its check code does not match this card and "
                                 "utility): do not load it; take the card back and issue a replacement."));

    CardImage image;
    const int kind = static_cast<quint8>(f[issuer::Kind]);
    if (kind < static_cast<int>(CardKind::User) || kind > static_cast<int>(CardKind::Tool))
        return Error::invalid(PrepayCardFormat::tr("The card type %1 is unknown.").arg(kind), QStringLiteral("kind"));
    image.kind = static_cast<CardKind>(kind);
    const int unit = static_cast<quint8>(f[issuer::Unit]);
    if (unit > 1)
        return Error::invalid(PrepayCardFormat::tr("The credit unit %1 on the card is unknown.").arg(unit),
                              QStringLiteral("unit"));
    image.unit = unit == 0 ? CreditUnit::Money : CreditUnit::Units;
    image.toolAction = static_cast<quint8>(f[issuer::ToolAction]);
    image.utility = getBcd(f, issuer::Utility, 3);
    if (image.utility.isNull())
        return Error::invalid(PrepayCardFormat::tr("The utility code on the card is not 6 digits."),
                              QStringLiteral("utility"));
    const int flags = static_cast<quint8>(f[issuer::Flags]);
    if (flags & ~1)
        return Error::invalid(PrepayCardFormat::tr("The card sets flags this format does not define."),
                              QStringLiteral("flags"));
    image.purchaseCount = static_cast<quint32>(getBe(f, issuer::PurchaseCount, 4));
    if (!getText(f, issuer::Meter, &image.meter))
        return Error::invalid(PrepayCardFormat::tr("The meter number on the card is not plain text."),
                              QStringLiteral("meter"));
    if (!getText(f, issuer::Customer, &image.customer))
        return Error::invalid(PrepayCardFormat::tr("The customer number on the card is not plain text."),
                              QStringLiteral("customer"));
    image.credit = getSigned(f, issuer::Credit);
    image.alarm = getSigned(f, issuer::Alarm);
    image.overdraft = getSigned(f, issuer::Overdraft);
    image.maxBalance = getSigned(f, issuer::MaxBalance);
    image.priceMinor = getSigned(f, issuer::Price);
    image.priceVersion = static_cast<int>(getBe(f, issuer::PriceVersion, 2));
    const QByteArray replaces = f.mid(issuer::Replaces, CardKeys::SerialSize);
    if (flags & 1)
        image.replaces = replaces;
    else if (!allBytes(replaces, '\0'))
        return Error::invalid(PrepayCardFormat::tr("The card names a replaced card without being a replacement card."),
                              QStringLiteral("replaces"));
    if (!allBytes(f.mid(issuer::Reserved, PrepayCardFormat::FieldsSize - issuer::Reserved), '\0'))
        return Error::invalid(PrepayCardFormat::tr("The card's reserved bytes are not zero."),
                              QStringLiteral("reserved"));
    if (const Status s = PrepayCardFormat::validate(image); !s)
        return s.error();
    if (image.replaces == serial)
        return Error::invalid(PrepayCardFormat::tr("The card names itself as the card it replaces."),
                              QStringLiteral("replaces"));
    return image;
}

Result<CardWriteBack> readWriteBack(const QByteArray &area, const QByteArray &serial, const QByteArray &macKey)
{
    const QByteArray block = area.mid(PrepayCardFormat::WriteBackOffset, PrepayCardFormat::BlockSize);
    CardWriteBack w;
    if (allBytes(block, '\xFF'))
        return w; // no meter has written it yet
    const QByteArray f = block.left(PrepayCardFormat::FieldsSize);
    if (!macMatches(blockMac(macKey, 'W', serial, f), block.mid(PrepayCardFormat::FieldsSize)))
        return altered(
            PrepayCardFormat::tr("The meter's data on the card was altered or damaged (its check code does not match): "
                                 "do not trust it; put the card in the meter again."));
    if (static_cast<quint8>(f[wb::Version]) != PrepayCardFormat::Version)
        return foreign(PrepayCardFormat::tr("The meter wrote version %1 of the PrepayDesk write-back, which this "
                                            "PrepayDesk cannot read: update PrepayDesk.")
                           .arg(static_cast<quint8>(f[wb::Version])));
    w.present = true;
    const quint8 status = static_cast<quint8>(f[wb::Status]);
    if (status & ~StatusKnown)
        return Error::invalid(
            PrepayCardFormat::tr("The meter's status on the card sets bits this format does not define."),
            QStringLiteral("writeBack.status"));
    w.valveClosed = status & StatusValveClosed;
    w.leak = status & StatusLeak;
    w.tamper = status & StatusTamper;
    w.lowBattery = status & StatusLowBattery;
    w.alarm = status & StatusAlarm;
    const int count = static_cast<quint8>(f[wb::ReadingCount]);
    if (count > PrepayCardFormat::MaxReadings)
        return Error::invalid(PrepayCardFormat::tr("The card holds more meter readings than the format allows."),
                              QStringLiteral("writeBack.readings"));
    if (f[wb::Reserved1] != '\0' || !allBytes(f.mid(wb::Reserved2, PrepayCardFormat::FieldsSize - wb::Reserved2), '\0'))
        return Error::invalid(PrepayCardFormat::tr("The card's reserved bytes are not zero."),
                              QStringLiteral("writeBack.reserved"));
    w.loadedCount = static_cast<quint32>(getBe(f, wb::LoadedCount, 4));
    w.remaining = getSigned(f, wb::Remaining);
    w.cumulativeMilli = getSigned(f, wb::Cumulative);
    const quint32 secs = static_cast<quint32>(getBe(f, wb::Time, 4));
    if (secs != 0)
        w.at = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
    for (int i = 0; i < PrepayCardFormat::MaxReadings; ++i) {
        const int at = wb::Readings + i * wb::ReadingSize;
        if (i >= count) {
            if (!allBytes(f.mid(at, wb::ReadingSize), '\0'))
                return Error::invalid(PrepayCardFormat::tr("The card's unused reading slots are not empty."),
                                      QStringLiteral("writeBack.readings"));
            continue;
        }
        const QString digits = getBcd(f, at, 4);
        const QDate date = QDate::fromString(digits, QStringLiteral("yyyyMMdd"));
        if (digits.isNull() || !date.isValid())
            return Error::invalid(PrepayCardFormat::tr("A reading date on the card is not a date."),
                                  QStringLiteral("writeBack.readings"));
        w.readings.append({date, getSigned(f, at + 4)});
    }
    if (const Status s = PrepayCardFormat::validate(w); !s)
        return s.error();
    return w;
}

} // namespace

PrepayCardFormat::Problem PrepayCardFormat::problem(const Error &error)
{
    if (error.code == Error::Code::NotFound && error.field == QLatin1String("card"))
        return Problem::Blank;
    if (error.code == Error::Code::Invalid && error.field == QLatin1String("format"))
        return Problem::Foreign;
    if (error.code == Error::Code::Corrupt && error.field == QLatin1String("mac"))
        return Problem::Altered;
    if (error.code == Error::Code::Invalid)
        return Problem::Invalid;
    return Problem::None;
}

Status PrepayCardFormat::validate(const CardImage &image)
{
    const int kind = static_cast<int>(image.kind);
    if (kind < static_cast<int>(CardKind::User) || kind > static_cast<int>(CardKind::Tool))
        return Error::invalid(tr("The card type %1 is unknown.").arg(kind), QStringLiteral("kind"));
    if (image.unit != CreditUnit::Money && image.unit != CreditUnit::Units)
        return Error::invalid(tr("The credit unit is unknown."), QStringLiteral("unit"));
    bool digits = image.utility.size() == 6;
    for (const QChar c : image.utility)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digits)
        return Error::invalid(tr("The utility code is 6 digits (\"%1\" is not).").arg(image.utility),
                              QStringLiteral("utility"));
    const auto text = [](const QString &value, const QString &field, const QString &what) -> Status {
        if (value.size() > TextSize || !isPrintableAscii(value))
            return Error::invalid(tr("The %1 on a card is up to %2 letters, digits or signs without accents "
                                     "(\"%3\" is not).")
                                      .arg(what)
                                      .arg(TextSize)
                                      .arg(value),
                                  field);
        if (value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' ')))
            return Error::invalid(tr("The %1 on a card does not begin or end with a space.").arg(what), field);
        return {};
    };
    if (const Status s = text(image.meter, QStringLiteral("meter"), tr("meter number")); !s)
        return s;
    if (const Status s = text(image.customer, QStringLiteral("customer"), tr("customer number")); !s)
        return s;
    if (image.kind == CardKind::User && image.meter.isEmpty())
        return Error::invalid(tr("A customer's card names the meter it is for."), QStringLiteral("meter"));
    if (const Status s = checkAmount(image.credit, MaxAmount, QStringLiteral("credit"), tr("credit")); !s)
        return s;
    if (const Status s = checkAmount(image.alarm, MaxAmount, QStringLiteral("alarm"), tr("alarm level")); !s)
        return s;
    if (const Status s = checkAmount(image.overdraft, MaxAmount, QStringLiteral("overdraft"), tr("overdraft")); !s)
        return s;
    if (const Status s = checkAmount(image.maxBalance, MaxAmount, QStringLiteral("maxBalance"), tr("maximum balance"));
        !s)
        return s;
    if (const Status s = checkAmount(image.priceMinor, MaxPrice, QStringLiteral("price"), tr("price")); !s)
        return s;
    if (image.priceVersion < 0 || image.priceVersion > 0xFFFF)
        return Error::invalid(tr("The price version is from 0 to 65535."), QStringLiteral("priceVersion"));
    if (image.kind != CardKind::User && image.credit != 0)
        return Error::invalid(tr("An engineer's card carries no credit."), QStringLiteral("credit"));
    if (image.kind == CardKind::Tool && image.toolAction != 1 && image.toolAction != 2)
        return Error::invalid(tr("A tool card opens or closes the valve (action 1 or 2)."),
                              QStringLiteral("toolAction"));
    if (image.kind != CardKind::Tool && image.toolAction != 0)
        return Error::invalid(tr("Only a tool card carries a valve or relay action."), QStringLiteral("toolAction"));
    if (!image.replaces.isEmpty()) {
        if (image.kind != CardKind::User)
            return Error::invalid(tr("Only a customer's card can replace another card."), QStringLiteral("replaces"));
        if (image.replaces.size() != CardKeys::SerialSize || allBytes(image.replaces, '\0') ||
            allBytes(image.replaces, '\xFF'))
            return Error::invalid(tr("The replaced card's serial is 8 bytes (not all 00 or FF)."),
                                  QStringLiteral("replaces"));
    }
    return validate(image.writeBack);
}

Status PrepayCardFormat::validate(const CardWriteBack &w)
{
    if (!w.present)
        return {};
    if (const Status s =
            checkAmount(w.remaining, MaxAmount, QStringLiteral("writeBack.remaining"), tr("credit left in the meter"));
        !s)
        return s;
    if (const Status s =
            checkAmount(w.cumulativeMilli, MaxCumulative, QStringLiteral("writeBack.cumulative"), tr("cumulative use"));
        !s)
        return s;
    if (w.readings.size() > MaxReadings)
        return Error::invalid(tr("A card holds up to %1 meter readings.").arg(MaxReadings),
                              QStringLiteral("writeBack.readings"));
    for (int i = 0; i < w.readings.size(); ++i) {
        const auto &[date, milli] = w.readings[i];
        if (!date.isValid() || date.year() < 1 || date.year() > 9999)
            return Error::invalid(tr("A reading on the card has no valid date."), QStringLiteral("writeBack.readings"));
        if (const Status s =
                checkAmount(milli, MaxCumulative, QStringLiteral("writeBack.readings"), tr("meter reading"));
            !s)
            return s;
        if (i > 0 && date > w.readings[i - 1].first)
            return Error::invalid(tr("The readings on the card are not newest first."),
                                  QStringLiteral("writeBack.readings"));
    }
    if (!storedTime(w.at))
        return Error::invalid(tr("The meter time on the card is out of range (1970 to 2106)."),
                              QStringLiteral("writeBack.at"));
    return {};
}

Result<CardImage> PrepayCardFormat::read(const QByteArray &area, const QByteArray &serial, const QByteArray &key) const
{
    if (const Status s = checkSerialAndKey(serial, key); !s)
        return s.error();
    if (const Status s = checkAreaSize(area); !s)
        return s.error();
    auto macKey = CardKeys::macKey(key);
    if (!macKey)
        return macKey.error();
    auto image = readIssuer(area, serial, macKey->bytes());
    if (!image)
        return image.error();
    auto writeBack = readWriteBack(area, serial, macKey->bytes());
    if (!writeBack)
        return writeBack.error();
    image.value().writeBack = std::move(writeBack).value();
    return image;
}

Result<QByteArray> PrepayCardFormat::write(const CardImage &image, const QByteArray &serial,
                                           const QByteArray &key) const
{
    if (const Status s = checkSerialAndKey(serial, key); !s)
        return s.error();
    if (allBytes(serial, '\xFF') || allBytes(serial, '\0'))
        return Error::invalid(tr("The card has no serial yet: personalise it first."), QStringLiteral("serial"));
    if (const Status s = validate(image); !s)
        return s.error();
    if (image.replaces == serial)
        return Error::invalid(tr("A card cannot replace itself."), QStringLiteral("replaces"));
    auto macKey = CardKeys::macKey(key);
    if (!macKey)
        return macKey.error();
    const QByteArray fields = issuerFields(image);
    QByteArray area = fields + blockMac(macKey->bytes(), 'I', serial, fields);
    if (image.writeBack.present) {
        const QByteArray w = writeBackFields(image.writeBack);
        area += w + blockMac(macKey->bytes(), 'W', serial, w);
    } else {
        area += QByteArray(BlockSize, '\xFF');
    }
    return area;
}

Result<QByteArray> PrepayCardFormat::withWriteBack(const QByteArray &area, const CardWriteBack &writeBack,
                                                   const QByteArray &serial, const QByteArray &key)
{
    if (const Status s = checkSerialAndKey(serial, key); !s)
        return s.error();
    if (const Status s = checkAreaSize(area); !s)
        return s.error();
    if (const Status s = validate(writeBack); !s)
        return s.error();
    auto macKey = CardKeys::macKey(key);
    if (!macKey)
        return macKey.error();
    if (auto issuerImage = readIssuer(area, serial, macKey->bytes()); !issuerImage)
        return issuerImage.error();
    QByteArray out = area.left(BlockSize);
    if (writeBack.present) {
        const QByteArray w = writeBackFields(writeBack);
        out += w + blockMac(macKey->bytes(), 'W', serial, w);
    } else {
        out += QByteArray(BlockSize, '\xFF');
    }
    return out;
}

} // namespace prepaydesk
