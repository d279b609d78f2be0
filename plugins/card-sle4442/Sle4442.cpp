#include "Sle4442.h"

namespace prepaydesk::sle4442 {

namespace {

CommandApdu pseudo(quint8 ins, quint8 p1, quint8 p2, QByteArray data = {}, int le = -1)
{
    return CommandApdu{0xFF, ins, p1, p2, std::move(data), le}; // reader pseudo-APDUs [ACS38]
}

Status checkRange(int address, int length)
{
    if (address < 0 || length < 1 || length > 255 || address + length > MemorySize)
        return Error::invalid(
            Sle4442::tr("Bytes %1 to %2 are outside the card's 256 bytes.").arg(address).arg(address + length - 1));
    return {};
}

Error statusError(const char *what, const ResponseApdu &reply)
{
    return Error::make(Error::Code::Io,
                       Sle4442::tr("The reader refused %1 (status %2): is this a SLE4442 card in a reader that "
                                   "supports memory cards?")
                           .arg(QLatin1String(what), QString::number(reply.sw, 16).rightJustified(4, u'0').toUpper()));
}

} // namespace

QByteArray atr()
{
    return QByteArray::fromHex("3B04A2131091");
}

bool recognises(const QByteArray &answer)
{
    // 3B, T0 = 04 (four historical bytes, no interface bytes), then the chip's ATR header [ACS38] [SLE].
    return answer == atr();
}

QByteArray transportPsc()
{
    return QByteArray(PscSize, char(0xFF));
}

CommandApdu selectCardType()
{
    return pseudo(0xA4, 0x00, 0x00, QByteArray(1, char(0x06)));
}

Result<CommandApdu> readMemory(int address, int length)
{
    if (Status range = checkRange(address, length); !range)
        return range.error();
    return pseudo(0xB0, 0x00, quint8(address), {}, length);
}

CommandApdu readErrorCounter()
{
    return pseudo(0xB1, 0x00, 0x00, {}, 4);
}

CommandApdu readProtectionBits()
{
    return pseudo(0xB2, 0x00, 0x00, {}, 4);
}

Result<CommandApdu> writeMemory(int address, const QByteArray &data)
{
    if (Status range = checkRange(address, int(data.size())); !range)
        return range.error();
    return pseudo(0xD0, 0x00, quint8(address), data);
}

Result<CommandApdu> writeProtection(int address, const QByteArray &data)
{
    if (Status range = checkRange(address, int(data.size())); !range)
        return range.error();
    if (address + data.size() > ProtectedSize)
        return Error::invalid(Sle4442::tr("Only bytes 00 to 1F of a SLE4442 card can be write-protected."));
    return pseudo(0xD1, 0x00, quint8(address), data);
}

Result<CommandApdu> presentCode(const QByteArray &psc)
{
    if (psc.size() != PscSize)
        return Error::invalid(Sle4442::tr("A SLE4442 PSC is 3 bytes; this one has %1.").arg(psc.size()),
                              QStringLiteral("psc"));
    return pseudo(0x20, 0x00, 0x00, psc);
}

Result<CommandApdu> changeCode(const QByteArray &newPsc)
{
    if (newPsc.size() != PscSize)
        return Error::invalid(Sle4442::tr("A SLE4442 PSC is 3 bytes; this one has %1.").arg(newPsc.size()),
                              QStringLiteral("psc"));
    return pseudo(0xD2, 0x00, 0x01, newPsc);
}

int triesFromCounter(quint8 counter)
{
    return ((counter & 1) ? 1 : 0) + ((counter & 2) ? 1 : 0) + ((counter & 4) ? 1 : 0);
}

Result<int> parseErrorCounter(const ResponseApdu &reply)
{
    if (!reply.ok() || reply.data.size() < 1)
        return statusError("READ ERROR COUNTER", reply);
    return triesFromCounter(quint8(reply.data.at(0)));
}

Result<QByteArray> parseProtectionBits(const ResponseApdu &reply)
{
    if (!reply.ok() || reply.data.size() != 4)
        return statusError("READ PROTECTION BITS", reply);
    return reply.data;
}

bool writable(const QByteArray &protectionBits, int address)
{
    if (address < 0 || address >= ProtectedSize)
        return true; // 20-FF have no protection bits [SLE]
    if (protectionBits.size() != 4)
        return false;
    return (quint8(protectionBits.at(address / 8)) >> (address % 8)) & 1;
}

Result<PresentResult> parsePresentCode(const ResponseApdu &reply)
{
    // CCID readers answer 90 <ERRCNT> [ACS38] [ACS39]; older ACR38 firmware answered ERRCNT and the
    // code as data with 90 00 (ACR38 Reference Manual v1.9, 8.2.7.5): take the counter from
    // either, so that a card is never presented a code twice for want of a parse.
    quint8 counter = 0;
    if (reply.ok() && reply.data.size() >= 1)
        counter = quint8(reply.data.at(0));
    else if (reply.sw1() == 0x90 && reply.data.isEmpty())
        counter = reply.sw2();
    else
        return statusError("PRESENT CODE", reply);
    PresentResult result;
    result.triesLeft = triesFromCounter(counter);
    result.accepted = (counter & 0x07) == 0x07;
    return result;
}

} // namespace prepaydesk::sle4442
