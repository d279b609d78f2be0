#include "ModbusRtu.h"

namespace prepaydesk::modbus {

namespace {

quint8 at(QByteArrayView bytes, qsizetype i)
{
    return static_cast<quint8>(bytes[i]);
}

quint16 word(QByteArrayView bytes, qsizetype i)
{
    return static_cast<quint16>(at(bytes, i) << 8 | at(bytes, i + 1));
}

void appendWord(QByteArray &out, quint16 value)
{
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value & 0xFF));
}

bool isKnownFunction(quint8 function)
{
    switch (function) {
    case fn::ReadCoils:
    case fn::ReadDiscreteInputs:
    case fn::ReadHoldingRegisters:
    case fn::ReadInputRegisters:
    case fn::WriteSingleCoil:
    case fn::WriteSingleRegister:
    case fn::WriteMultipleCoils:
    case fn::WriteMultipleRegisters:
        return true;
    default:
        return false;
    }
}

bool isRegisterRead(quint8 function)
{
    return function == fn::ReadHoldingRegisters || function == fn::ReadInputRegisters;
}

bool isBitRead(quint8 function)
{
    return function == fn::ReadCoils || function == fn::ReadDiscreteInputs;
}

Status checkUnit(int unit)
{
    if (unit < MinUnit || unit > MaxUnit)
        return Error::invalid(
            Modbus::tr("A Modbus meter address must be between %1 and %2, not %3.").arg(MinUnit).arg(MaxUnit).arg(unit),
            QStringLiteral("unit"));
    return {};
}

Status checkAddress(int address, int count)
{
    if (address < 0 || address > 0xFFFF || address + count - 1 > 0xFFFF)
        return Error::invalid(
            Modbus::tr("Modbus register address %1 (and the %2 after it) is outside 0..65535.").arg(address).arg(count),
            QStringLiteral("address"));
    return {};
}

Error lengthError(quint8 function)
{
    return Error::invalid(
        Modbus::tr("The meter's %1 reply has the wrong length; the reply was dropped.").arg(functionName(function)));
}

} // namespace

// Reflected CRC-16, preset FFFF, polynomial A001 [SL §6.2.2]; check value 4B37 for "123456789"
// (CRC-16/MODBUS in the public CRC catalogue of R. Williams / G. Cook).
quint16 crc16(QByteArrayView bytes)
{
    quint16 crc = 0xFFFF;
    for (const char c : bytes) {
        crc ^= static_cast<quint8>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? static_cast<quint16>((crc >> 1) ^ 0xA001) : static_cast<quint16>(crc >> 1);
    }
    return crc;
}

QByteArray encode(const Frame &frame)
{
    QByteArray out;
    out.reserve(frame.data.size() + 4);
    out.append(static_cast<char>(frame.unit));
    out.append(static_cast<char>(frame.function));
    out.append(frame.data);
    const quint16 crc = crc16(out);
    out.append(static_cast<char>(crc & 0xFF)); // low byte first [SL §2.5.1]
    out.append(static_cast<char>(crc >> 8));
    return out;
}

Result<Frame> readRequest(int unit, quint8 function, int address, int count)
{
    if (const Status s = checkUnit(unit); !s)
        return s.error();
    if (!isRegisterRead(function) && !isBitRead(function))
        return Error::invalid(Modbus::tr("Function %1 is not a Modbus read.").arg(function));
    const int max = isRegisterRead(function) ? MaxReadRegisters : MaxReadBits;
    if (count < 1 || count > max)
        return Error::invalid(Modbus::tr("A Modbus read takes 1 to %1 items, not %2.").arg(max).arg(count));
    if (const Status s = checkAddress(address, count); !s)
        return s.error();
    Frame f{static_cast<quint8>(unit), function, {}};
    appendWord(f.data, static_cast<quint16>(address));
    appendWord(f.data, static_cast<quint16>(count));
    return f;
}

Result<Frame> writeSingleCoil(int unit, int address, bool on)
{
    if (const Status s = checkUnit(unit); !s)
        return s.error();
    if (const Status s = checkAddress(address, 1); !s)
        return s.error();
    Frame f{static_cast<quint8>(unit), fn::WriteSingleCoil, {}};
    appendWord(f.data, static_cast<quint16>(address));
    appendWord(f.data, on ? CoilOn : CoilOff);
    return f;
}

Result<Frame> writeSingleRegister(int unit, int address, quint16 value)
{
    if (const Status s = checkUnit(unit); !s)
        return s.error();
    if (const Status s = checkAddress(address, 1); !s)
        return s.error();
    Frame f{static_cast<quint8>(unit), fn::WriteSingleRegister, {}};
    appendWord(f.data, static_cast<quint16>(address));
    appendWord(f.data, value);
    return f;
}

// Address, quantity, byte count, values [AP §6.12].
Result<Frame> writeMultipleRegisters(int unit, int address, const QList<quint16> &values)
{
    if (const Status s = checkUnit(unit); !s)
        return s.error();
    if (values.isEmpty() || values.size() > MaxWriteRegisters)
        return Error::invalid(
            Modbus::tr("A Modbus write takes 1 to %1 registers, not %2.").arg(MaxWriteRegisters).arg(values.size()));
    if (const Status s = checkAddress(address, int(values.size())); !s)
        return s.error();
    Frame f{static_cast<quint8>(unit), fn::WriteMultipleRegisters, {}};
    appendWord(f.data, static_cast<quint16>(address));
    appendWord(f.data, static_cast<quint16>(values.size()));
    f.data.append(static_cast<char>(values.size() * 2));
    for (const quint16 v : values)
        appendWord(f.data, v);
    return f;
}

Result<RequestInfo> describeRequest(QByteArrayView bytes)
{
    const Error bad = Error::invalid(Modbus::tr("This is not a Modbus request frame the console can send."));
    if (bytes.size() < 8 || bytes.size() > MaxAduBytes)
        return bad;
    const qsizetype n = bytes.size();
    if (crc16(bytes.first(n - 2)) != (at(bytes, n - 1) << 8 | at(bytes, n - 2)))
        return bad;
    RequestInfo r;
    r.unit = at(bytes, 0);
    r.function = at(bytes, 1);
    r.address = word(bytes, 2);
    switch (r.function) {
    case fn::ReadCoils:
    case fn::ReadDiscreteInputs:
    case fn::ReadHoldingRegisters:
    case fn::ReadInputRegisters:
        if (n != 8)
            return bad;
        r.count = word(bytes, 4);
        return r;
    case fn::WriteSingleCoil:
    case fn::WriteSingleRegister:
        if (n != 8)
            return bad;
        r.count = 1;
        r.values = {word(bytes, 4)};
        return r;
    case fn::WriteMultipleRegisters: {
        if (n < 11)
            return bad;
        r.count = word(bytes, 4);
        if (at(bytes, 6) != r.count * 2 || n != 9 + r.count * 2)
            return bad;
        for (int i = 0; i < r.count; ++i)
            r.values.append(word(bytes, 7 + 2 * i));
        return r;
    }
    default:
        return bad;
    }
}

Scan scanReply(QByteArrayView bytes, int unit)
{
    const qsizetype n = bytes.size();
    qsizetype needMore = -1; // the first candidate that is not whole yet
    qsizetype invalid = -1;  // the first candidate that failed its checks
    QString invalidCode;
    auto firstOf = [](qsizetype current, qsizetype p) { return current < 0 ? p : current; };
    for (qsizetype p = 0; p < n; ++p) {
        const quint8 u = at(bytes, p);
        if (unit >= 0 ? u != unit : (u < MinUnit || u > MaxUnit))
            continue;
        if (p + 1 >= n) {
            needMore = firstOf(needMore, p);
            continue;
        }
        const quint8 f = at(bytes, p + 1);
        const quint8 base = f & ~fn::ExceptionBit;
        if (!isKnownFunction(base))
            continue;
        qsizetype total = 8; // 05, 06, 0F, 10: unit fn address value/quantity crc [AP §6.5, §6.6, §6.12]
        if (f & fn::ExceptionBit) {
            total = 5; // unit fn+80 code crc [AP §7]
        } else if (isRegisterRead(base) || isBitRead(base)) {
            if (p + 2 >= n) {
                needMore = firstOf(needMore, p);
                continue;
            }
            // Byte count: 2 per register (at most 125), 1 per 8 bits (at most 2000 bits) [AP §6.1-6.4].
            const int count = at(bytes, p + 2);
            const bool ok = isRegisterRead(base) ? (count >= 2 && count <= 2 * MaxReadRegisters && count % 2 == 0)
                                                 : (count >= 1 && count <= (MaxReadBits + 7) / 8);
            if (!ok) {
                if (invalid < 0) {
                    invalid = p;
                    invalidCode = QStringLiteral("length");
                }
                continue;
            }
            total = 5 + count;
        }
        if (p + total > n) {
            needMore = firstOf(needMore, p);
            continue;
        }
        const QByteArrayView frame = bytes.sliced(p, total);
        if (crc16(frame.first(total - 2)) != (at(frame, total - 1) << 8 | at(frame, total - 2))) {
            if (invalid < 0) {
                invalid = p;
                invalidCode = QStringLiteral("crc");
            }
            continue;
        }
        Scan s;
        s.status = ScanStatus::Complete;
        s.frame = Frame{u, f, frame.sliced(2, total - 4).toByteArray()};
        s.start = p;
        s.consumed = p + total;
        return s;
    }
    Scan s;
    if (invalid >= 0 && (needMore < 0 || invalid < needMore)) {
        s.status = ScanStatus::Invalid;
        s.start = invalid;
        s.consumed = invalid + 1;
        s.errorCode = invalidCode;
        s.error = invalidCode == QLatin1String("crc")
                      ? Modbus::tr("A Modbus reply failed its CRC check (line noise or a loose cable); it was dropped.")
                      : Modbus::tr("A Modbus reply has an impossible byte count; it was dropped.");
        return s;
    }
    s.status = ScanStatus::NeedMore;
    s.consumed = needMore >= 0 ? needMore : n;
    return s;
}

Result<Reply> decodeReply(const Frame &frame)
{
    Reply r;
    r.unit = frame.unit;
    r.function = frame.function & ~fn::ExceptionBit;
    const QByteArray &d = frame.data;
    if (frame.isException()) {
        if (d.size() != 1)
            return lengthError(r.function);
        r.exception = true;
        r.exceptionCode = static_cast<quint8>(d[0]);
        return r;
    }
    switch (r.function) {
    case fn::ReadCoils:
    case fn::ReadDiscreteInputs:
    case fn::ReadHoldingRegisters:
    case fn::ReadInputRegisters: {
        if (d.isEmpty() || static_cast<quint8>(d[0]) != d.size() - 1 || d.size() == 1)
            return lengthError(r.function);
        if (isBitRead(r.function)) {
            r.bits = d.mid(1);
            return r;
        }
        if ((d.size() - 1) % 2 != 0)
            return lengthError(r.function);
        for (qsizetype i = 1; i + 1 < d.size(); i += 2)
            r.registers.append(word(d, i));
        return r;
    }
    case fn::WriteSingleCoil:
    case fn::WriteSingleRegister:
    case fn::WriteMultipleCoils:
    case fn::WriteMultipleRegisters:
        if (d.size() != 4)
            return lengthError(r.function);
        r.address = word(d, 0);
        r.value = word(d, 2);
        if (r.function == fn::WriteSingleCoil && r.value != CoilOn && r.value != CoilOff)
            return Error::invalid(
                Modbus::tr("The meter echoed a coil value other than on or off; the reply was dropped."));
        return r;
    default:
        return Error::invalid(Modbus::tr("The meter answered with Modbus function %1, which the console does not use.")
                                  .arg(functionName(r.function)));
    }
}

Status matchReply(const RequestInfo &request, const Reply &reply)
{
    if (reply.unit != request.unit)
        return Error::invalid(Modbus::tr("Meter %1 answered a request for meter %2.").arg(reply.unit).arg(request.unit),
                              QStringLiteral("unit"));
    if (reply.function != request.function)
        return Error::invalid(Modbus::tr("The meter answered %1 to a %2 request.")
                                  .arg(functionName(reply.function), functionName(request.function)));
    if (reply.exception)
        return {};
    bool ok = true;
    if (isRegisterRead(request.function))
        ok = reply.registers.size() == request.count;
    else if (isBitRead(request.function))
        ok = reply.bits.size() == (request.count + 7) / 8;
    else if (request.function == fn::WriteMultipleRegisters)
        ok = reply.address == request.address && reply.value == request.count;
    else
        ok = reply.address == request.address && !request.values.isEmpty() && reply.value == request.values.first();
    if (!ok)
        return Error::invalid(
            Modbus::tr("The meter's %1 reply does not match the request (other registers or values); it was dropped.")
                .arg(functionName(request.function)));
    return {};
}

bool bitAt(const QByteArray &bits, int i)
{
    if (i < 0 || i / 8 >= bits.size())
        return false;
    return (static_cast<quint8>(bits[i / 8]) >> (i % 8)) & 1;
}

QString exceptionCode(quint8 code)
{
    switch (code) {
    case 0x01:
        return QStringLiteral("illegal-function");
    case 0x02:
        return QStringLiteral("illegal-data-address");
    case 0x03:
        return QStringLiteral("illegal-data-value");
    case 0x04:
        return QStringLiteral("server-device-failure");
    case 0x05:
        return QStringLiteral("acknowledge");
    case 0x06:
        return QStringLiteral("server-device-busy");
    case 0x07:
        return QStringLiteral("negative-acknowledge"); // [PI]
    case 0x08:
        return QStringLiteral("memory-parity-error");
    case 0x0A:
        return QStringLiteral("gateway-path-unavailable");
    case 0x0B:
        return QStringLiteral("gateway-target-failed");
    default:
        return QStringLiteral("exception-%1").arg(code, 2, 16, QLatin1Char('0'));
    }
}

// The meanings are those of [AP §7] (07: [PI]), said as what the user can do about them.
QString exceptionMeaning(quint8 code)
{
    switch (code) {
    case 0x01:
        return Modbus::tr("The meter does not support this request (Modbus exception 01, illegal function). "
                          "Check that the register map is the one for this meter model.");
    case 0x02:
        return Modbus::tr("The meter has no such register (Modbus exception 02, illegal data address). "
                          "Check that the register map is the one for this meter model.");
    case 0x03:
        return Modbus::tr("The meter refused the value (Modbus exception 03, illegal data value).");
    case 0x04:
        return Modbus::tr("The meter failed while carrying out the request (Modbus exception 04, server device "
                          "failure). The meter may need service.");
    case 0x05:
        return Modbus::tr("The meter accepted the request but needs more time (Modbus exception 05, acknowledge). "
                          "Read it again in a moment.");
    case 0x06:
        return Modbus::tr("The meter is busy (Modbus exception 06, server device busy). Try again in a moment.");
    case 0x07:
        return Modbus::tr("The meter cannot carry out this request (Modbus exception 07, negative acknowledge).");
    case 0x08:
        return Modbus::tr("The meter found a fault in its memory (Modbus exception 08, memory parity error). "
                          "The meter may need service.");
    case 0x0A:
        return Modbus::tr("The gateway has no path to the meter (Modbus exception 0A, gateway path unavailable).");
    case 0x0B:
        return Modbus::tr("The meter behind the gateway did not answer (Modbus exception 0B, gateway target device "
                          "failed to respond).");
    default:
        return Modbus::tr("The meter answered with Modbus exception %1, which the standard does not define.")
            .arg(code, 2, 16, QLatin1Char('0'));
    }
}

QString functionName(quint8 function)
{
    switch (function) {
    case fn::ReadCoils:
        return QStringLiteral("read-coils");
    case fn::ReadDiscreteInputs:
        return QStringLiteral("read-discrete-inputs");
    case fn::ReadHoldingRegisters:
        return QStringLiteral("read-holding-registers");
    case fn::ReadInputRegisters:
        return QStringLiteral("read-input-registers");
    case fn::WriteSingleCoil:
        return QStringLiteral("write-single-coil");
    case fn::WriteSingleRegister:
        return QStringLiteral("write-single-register");
    case fn::WriteMultipleCoils:
        return QStringLiteral("write-multiple-coils");
    case fn::WriteMultipleRegisters:
        return QStringLiteral("write-multiple-registers");
    default:
        return QStringLiteral("function-%1").arg(function, 2, 16, QLatin1Char('0'));
    }
}

} // namespace prepaydesk::modbus
