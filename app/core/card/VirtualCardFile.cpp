#include "card/VirtualCardFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace prepaydesk {

namespace {

// Hex of exactly `bytes` bytes (either case), or nothing.
std::optional<QByteArray> hexField(const QJsonObject &o, const char *name, int bytes)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isString())
        return std::nullopt;
    const QString text = v.toString();
    if (text.size() != 2 * bytes)
        return std::nullopt;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            return std::nullopt;
    }
    return QByteArray::fromHex(text.toLatin1());
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex()).toUpper();
}

Error bad(const QString &what)
{
    return Error::make(Error::Code::Invalid, VirtualCardFile::tr("The card image is not valid: %1.").arg(what));
}

} // namespace

Result<VirtualCardFile> VirtualCardFile::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("Cannot read the card image %1: %2.").arg(path, f.errorString()));
    return fromJson(f.readAll());
}

Result<VirtualCardFile> VirtualCardFile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("not a JSON object"));
    VirtualCardFile card;
    card.m_json = doc.object();
    const QString chip = card.m_json.value(QStringLiteral("chip")).toString();
    if (chip == QLatin1String("sle4442")) {
        card.m_chip = Chip::Sle4442;
        const auto memory = hexField(card.m_json, "memory", Sle4442MemorySize);
        if (!memory)
            return bad(tr("\"memory\" is not %1 bytes in hexadecimal").arg(Sle4442MemorySize));
        card.m_memory = *memory;
        if (!hexField(card.m_json, "protection", 4))
            return bad(tr("\"protection\" is not 4 bytes in hexadecimal"));
        if (!hexField(card.m_json, "psc", 3))
            return bad(tr("\"psc\" is not 3 bytes in hexadecimal"));
        const QJsonValue counter = card.m_json.value(QStringLiteral("errorCounter"));
        if (!counter.isDouble() || counter.toDouble() != counter.toInt(-1) || counter.toInt() < 0 ||
            counter.toInt() > 3)
            return bad(tr("\"errorCounter\" is not 0 to 3"));
    } else if (chip == QLatin1String("cpu")) {
        card.m_chip = Chip::Cpu;
        const auto serial = hexField(card.m_json, "serial", SerialSize);
        if (!serial)
            return bad(tr("\"serial\" is not %1 bytes in hexadecimal").arg(SerialSize));
        const auto area = hexField(card.m_json, "area", AreaSize);
        if (!area)
            return bad(tr("\"area\" is not %1 bytes in hexadecimal").arg(AreaSize));
        const QJsonObject keys = card.m_json.value(QStringLiteral("keys")).toObject();
        if (!hexField(keys, "1", 16) || !hexField(keys, "2", 16))
            return bad(tr("\"keys\" does not hold keys \"1\" and \"2\" of 16 bytes"));
        const QJsonValue tries = card.m_json.value(QStringLiteral("extTries"));
        if (!tries.isDouble() || tries.toDouble() != tries.toInt(-1) || tries.toInt() < 0 || tries.toInt() > 3)
            return bad(tr("\"extTries\" is not 0 to 3"));
        card.m_serial = *serial;
        card.m_area = *area;
    } else {
        return bad(tr("\"chip\" is neither \"sle4442\" nor \"cpu\""));
    }
    return card;
}

VirtualCardFile VirtualCardFile::blankSle4442()
{
    VirtualCardFile card;
    card.m_chip = Chip::Sle4442;
    // The chip header an ACS reader reports as ATR 3B 04 A2 13 10 91 (CARDS.md), then made-up
    // manufacturer bytes up to 0F; the rest erased (FF), PrepayDesk's header and serial included.
    card.m_memory = QByteArray(Sle4442MemorySize, '\xFF');
    card.m_memory.replace(0, 4, QByteArray::fromHex("A2131091"));
    card.m_memory.replace(4, 0x0C, QByteArray(0x0C, '\x5A'));
    card.m_json = QJsonObject{{QStringLiteral("chip"), QStringLiteral("sle4442")},
                              {QStringLiteral("memory"), hex(card.m_memory)},
                              {QStringLiteral("protection"), QStringLiteral("FFFFFFFF")},
                              {QStringLiteral("psc"), QStringLiteral("FFFFFF")},
                              {QStringLiteral("errorCounter"), 3}};
    return card;
}

Result<VirtualCardFile> VirtualCardFile::personalisedSle4442(const QByteArray &serial, const QByteArray &psc)
{
    if (serial.size() != SerialSize || psc.size() != 3)
        return Error::invalid(tr("A card serial is %1 bytes and a PSC 3 bytes.").arg(SerialSize));
    VirtualCardFile card = blankSle4442();
    // PrepayDesk's header (CARDS.md): "PD", layout version 01, reserved, serial, reserved.
    card.m_memory.replace(0x10, 4, QByteArray::fromHex("50440100"));
    card.m_memory.replace(Sle4442SerialOffset, SerialSize, serial);
    card.m_memory.replace(0x1C, 4, QByteArray(4, '\0'));
    card.m_json.insert(QStringLiteral("memory"), hex(card.m_memory));
    card.m_json.insert(QStringLiteral("protection"), QStringLiteral("00000000")); // 00-1F burnt
    card.m_json.insert(QStringLiteral("psc"), hex(psc));
    return card;
}

Result<VirtualCardFile> VirtualCardFile::cpu(const QByteArray &serial, const QByteArray &externalKey,
                                             const QByteArray &internalKey)
{
    if (serial.size() != SerialSize || externalKey.size() != 16 || internalKey.size() != 16)
        return Error::invalid(tr("A CPU card serial is %1 bytes and its keys 16 bytes each.").arg(SerialSize));
    VirtualCardFile card;
    card.m_chip = Chip::Cpu;
    card.m_serial = serial;
    card.m_area = QByteArray(AreaSize, '\xFF');
    card.m_json = QJsonObject{{QStringLiteral("chip"), QStringLiteral("cpu")},
                              {QStringLiteral("serial"), hex(serial)},
                              {QStringLiteral("area"), hex(card.m_area)},
                              {QStringLiteral("keys"), QJsonObject{{QStringLiteral("1"), hex(externalKey)},
                                                                   {QStringLiteral("2"), hex(internalKey)}}},
                              {QStringLiteral("extTries"), 3}};
    return card;
}

QString VirtualCardFile::chipName() const
{
    return m_chip == Chip::Sle4442 ? QStringLiteral("sle4442") : QStringLiteral("cpu");
}

QByteArray VirtualCardFile::serial() const
{
    return m_chip == Chip::Sle4442 ? m_memory.mid(Sle4442SerialOffset, SerialSize) : m_serial;
}

bool VirtualCardFile::isBlank() const
{
    return m_chip == Chip::Sle4442 && serial() == QByteArray(SerialSize, '\xFF');
}

bool VirtualCardFile::hasPrepayDeskHeader() const
{
    return m_chip == Chip::Sle4442 && m_memory.mid(0x10, 3) == QByteArray::fromHex("504401");
}

QByteArray VirtualCardFile::area() const
{
    return m_chip == Chip::Sle4442 ? m_memory.mid(Sle4442AreaOffset, AreaSize) : m_area;
}

Status VirtualCardFile::setArea(const QByteArray &area)
{
    if (area.size() != AreaSize)
        return Error::invalid(tr("A card's application area is %1 bytes, not %2.").arg(AreaSize).arg(area.size()));
    if (m_chip == Chip::Sle4442) {
        m_memory.replace(Sle4442AreaOffset, AreaSize, area);
        m_json.insert(QStringLiteral("memory"), hex(m_memory));
    } else {
        m_area = area;
        m_json.insert(QStringLiteral("area"), hex(m_area));
    }
    return {};
}

QByteArray VirtualCardFile::psc() const
{
    if (m_chip != Chip::Sle4442)
        return {};
    return QByteArray::fromHex(m_json.value(QStringLiteral("psc")).toString().toLatin1());
}

int VirtualCardFile::errorCounter() const
{
    return m_chip == Chip::Sle4442 ? m_json.value(QStringLiteral("errorCounter")).toInt(-1) : -1;
}

QJsonObject VirtualCardFile::json() const
{
    return m_json;
}

QByteArray VirtualCardFile::toJson() const
{
    return QJsonDocument(m_json).toJson(QJsonDocument::Indented);
}

Status VirtualCardFile::save(const QString &path) const
{
    const QByteArray bytes = toJson();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::make(Error::Code::Io, tr("Cannot write the card image %1: %2.").arg(path, f.errorString()));
    return {};
}

} // namespace prepaydesk
