#include "meter/LineSettings.h"

#include <QRegularExpression>

namespace prepaydesk {

// DL/T 645-2007 §5.1 (byte format) and §4 (physical layer): every byte is 1 start bit, 8 data
// bits, an even parity bit and 1 stop bit; 2400 bps is the default for 2007 meters, and meters
// are also set to 1200 (the 1997 default), 4800 or 9600 (the standard rates).
// CJ/T 188-2004 on an M-Bus or RS-485 line: 2400 bps, 8 data bits, even parity, 1 stop bit.
// Modbus RTU: "MODBUS over Serial Line V1.02" §2.5.1 asks for 19200 8E1 as the default, but the
// prepaid energy and water meters we meet ship at 9600 8N1, so that is what the console offers
// first; both are one override away.
SerialSettings SerialSettings::forProtocol(const QString &protocol)
{
    if (protocol == QLatin1String("dlt645") || protocol == QLatin1String("cjt188"))
        return SerialSettings{2400, 8, Parity::Even, 1, false};
    return SerialSettings{9600, 8, Parity::None, 1, false};
}

QList<qint32> SerialSettings::baudRates(const QString &protocol)
{
    if (protocol == QLatin1String("dlt645"))
        return {2400, 1200, 4800, 9600};
    if (protocol == QLatin1String("cjt188"))
        return {2400, 1200, 4800, 9600};
    return {9600, 19200, 4800, 2400, 38400, 57600, 115200};
}

QString SerialSettings::toText() const
{
    const QChar p = parity == Parity::Even ? u'E' : parity == Parity::Odd ? u'O' : u'N';
    return QStringLiteral("%1 %2%3%4").arg(baudRate).arg(dataBits).arg(p).arg(stopBits);
}

Result<SerialSettings> SerialSettings::fromText(const QString &text, const SerialSettings &base)
{
    SerialSettings out = base;
    static const QRegularExpression separators(QStringLiteral("[\\s,:/]+"));
    QStringList parts = text.trimmed().split(separators, Qt::SkipEmptyParts);
    // "9600,8,N,1": join the format back into "8N1".
    if (parts.size() == 4)
        parts = {parts.at(0), parts.at(1) + parts.at(2) + parts.at(3)};
    if (parts.isEmpty() || parts.size() > 2)
        return Error::invalid(tr("Write the line settings as speed and format, for example \"2400 8E1\"."),
                              QStringLiteral("line"));
    static const QRegularExpression format(QStringLiteral("^([5-8])([NEOneo])([12])$"));
    for (const QString &part : std::as_const(parts)) {
        bool isNumber = false;
        const int baud = part.toInt(&isNumber);
        if (isNumber) {
            if (baud < 50 || baud > 4000000)
                return Error::invalid(tr("%1 is not a serial line speed.").arg(part), QStringLiteral("line"));
            out.baudRate = baud;
            continue;
        }
        const auto m = format.match(part);
        if (!m.hasMatch())
            return Error::invalid(
                tr("\"%1\" is not a byte format: write data bits, parity (N, E or O) and stop bits, as \"8E1\".")
                    .arg(part),
                QStringLiteral("line"));
        out.dataBits = m.captured(1).toInt();
        const QChar p = m.captured(2).at(0).toUpper();
        out.parity = p == u'E' ? Parity::Even : p == u'O' ? Parity::Odd : Parity::None;
        out.stopBits = m.captured(3).toInt();
    }
    return out;
}

int SerialSettings::characterBits() const
{
    return 1 + dataBits + (parity == Parity::None ? 0 : 1) + stopBits;
}

qint64 SerialSettings::characterTimeUs() const
{
    if (baudRate <= 0)
        return 0;
    return (qint64(characterBits()) * 1000000 + baudRate - 1) / baudRate;
}

LinkTiming LinkTiming::forProtocol(const QString &protocol)
{
    LinkTiming t;
    if (protocol == QLatin1String("modbus")) {
        t.responseTimeoutMs = 1000;
        t.interFrameGapMs = 0;
        t.modbusSilence = true;
    }
    return t;
}

qint64 LinkTiming::modbusGapUs(const SerialSettings &serial)
{
    // "MODBUS over Serial Line V1.02" §2.5.1.1: frames are separated by at least 3.5 character
    // times; above 19200 bps a fixed 1.750 ms is used (as quoted in caxapa.ru/45060.html).
    if (serial.baudRate > 19200)
        return 1750;
    return serial.characterTimeUs() * 7 / 2;
}

qint64 LinkTiming::gapUs(const SerialSettings *serial) const
{
    qint64 gap = qint64(qMax(0, interFrameGapMs)) * 1000;
    if (modbusSilence && serial)
        gap = qMax(gap, modbusGapUs(*serial));
    return gap;
}

} // namespace prepaydesk
