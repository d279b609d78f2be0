#include "Sle4442Memory.h"

#include "card/ChunkedRead.h"

namespace prepaydesk::sle4442 {

namespace {

QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

QString swText(quint16 sw)
{
    return QString::number(sw, 16).rightJustified(4, u'0').toUpper();
}

const QByteArray Magic = QByteArrayLiteral("PD");

} // namespace

Sle4442Memory::Sle4442Memory(CardChannel &channel)
    : m_channel(channel)
{}

Result<std::unique_ptr<Sle4442Memory>> Sle4442Memory::open(CardChannel &channel)
{
    std::unique_ptr<Sle4442Memory> memory(new Sle4442Memory(channel));
    auto selected = channel.transmit(selectCardType());
    if (!selected)
        return selected.error();
    if (!selected->ok())
        return Error::make(Error::Code::Io, tr("The reader cannot switch to SLE4442 memory cards (status %1): is "
                                               "this a SLE4442 card in a reader that supports memory cards?")
                                                .arg(swText(selected->sw)));
    if (Status loaded = memory->load(); !loaded)
        return loaded.error();
    return memory;
}

Status Sle4442Memory::load()
{
    auto header = readMemory(0, ProtectedSize);
    if (!header)
        return header.error();
    auto protection = readProtection();
    if (!protection)
        return protection.error();
    m_header = *header;
    m_protection = *protection;
    return {};
}

QString Sle4442Memory::cardType() const
{
    return QStringLiteral("sle4442");
}

QByteArray Sle4442Memory::serial() const
{
    return m_header.mid(SerialAddress, SerialSize);
}

bool Sle4442Memory::isBlank() const
{
    return serial() == QByteArray(SerialSize, char(0xFF)) && m_header.mid(MagicAddress, 2) != Magic;
}

int Sle4442Memory::capacity() const
{
    return AreaSize;
}

Result<QByteArray> Sle4442Memory::readMemory(int address, int length)
{
    if (address < 0 || length < 0 || address + length > MemorySize)
        return Error::invalid(
            tr("Bytes %1 to %2 are outside the card's 256 bytes.").arg(address).arg(address + length - 1));
    return ChunkedRead::read(
        m_channel, address, length, ChunkSize, [](int at, int n) { return sle4442::readMemory(at, n); },
        [](quint16 sw) { return tr("status %1").arg(swText(sw)); });
}

Result<QByteArray> Sle4442Memory::readProtection()
{
    auto reply = m_channel.transmit(readProtectionBits());
    if (!reply)
        return reply.error();
    return parseProtectionBits(*reply);
}

Result<QByteArray> Sle4442Memory::read(int offset, int length)
{
    if (offset < 0 || length < 0 || offset + length > AreaSize)
        return Error::invalid(tr("Bytes %1 to %2 are outside the card's %3-byte area.")
                                  .arg(offset)
                                  .arg(offset + length - 1)
                                  .arg(AreaSize));
    return readMemory(AreaAddress + offset, length);
}

Result<int> Sle4442Memory::triesLeft()
{
    auto reply = m_channel.transmit(readErrorCounter());
    if (!reply)
        return reply.error();
    return parseErrorCounter(*reply);
}

Status Sle4442Memory::unlock(const CardAccess &access)
{
    if (access.psc.size() != PscSize)
        return Error::invalid(tr("A SLE4442 PSC is 3 bytes; this one has %1.").arg(access.psc.size()),
                              QStringLiteral("psc"));
    // The counter first: a wrong PSC at one try left would lock the card for good [SLE].
    auto tries = triesLeft();
    if (!tries)
        return tries.error();
    if (*tries == 0)
        return Error::make(Error::Code::Forbidden,
                           tr("This card is locked (no PSC tries left): it can still be read, but never written."));
    if (*tries == 1 && !access.lastTryApproved)
        return Error::make(Error::Code::Forbidden,
                           tr("This card has a single PSC try left. A supervisor must approve the last try: a "
                              "wrong PSC now would lock the card for good."));
    return present(access.psc);
}

Status Sle4442Memory::present(const QByteArray &psc)
{
    m_unlocked = false;
    auto command = presentCode(psc);
    if (!command)
        return command.error();
    auto reply = m_channel.transmit(*command);
    if (!reply)
        return reply.error();
    auto result = parsePresentCode(*reply);
    if (!result)
        return result.error();
    if (!result->accepted) {
        if (result->triesLeft == 0)
            return Error::make(Error::Code::Auth,
                               tr("Wrong PSC: the card is now locked (no tries left). It can no longer be written."));
        return Error::make(Error::Code::Auth, tr("Wrong PSC: %n tries left on this card.", nullptr, result->triesLeft));
    }
    m_unlocked = true;
    return {};
}

Status Sle4442Memory::write(int offset, const QByteArray &bytes)
{
    if (offset < 0 || offset + bytes.size() > AreaSize)
        return Error::invalid(tr("Bytes %1 to %2 are outside the card's %3-byte area.")
                                  .arg(offset)
                                  .arg(offset + bytes.size() - 1)
                                  .arg(AreaSize));
    // Sent even when this session has not unlocked the card: the chip decides, and the read-back
    // says what it did.
    return writeChecked(AreaAddress + offset, bytes);
}

Status Sle4442Memory::writeChecked(int address, const QByteArray &bytes)
{
    for (int done = 0; done < bytes.size(); done += ChunkSize) {
        const QByteArray chunk = bytes.mid(done, ChunkSize);
        const int at = address + done;
        auto command = writeMemory(at, chunk);
        if (!command)
            return command.error();
        auto written = m_channel.transmit(*command);
        if (!written)
            return Error::make(Error::Code::Io, tr("Writing the card failed (%1). Put the card back and read it "
                                                   "again: it may hold part of the new data.")
                                                    .arg(written.error().message));
        if (!written->ok())
            return Error::make(Error::Code::Io, tr("The card refused the write of bytes %1 to %2 (status %3).")
                                                    .arg(at)
                                                    .arg(at + chunk.size() - 1)
                                                    .arg(swText(written->sw)));
        auto back = readMemory(at, int(chunk.size()));
        if (!back)
            return Error::make(Error::Code::Io,
                               tr("The card was written but could not be read back to check it (%1). Put the card "
                                  "back and read it again: it may hold part of the new data.")
                                   .arg(back.error().message));
        if (*back != chunk)
            return Error::make(Error::Code::Forbidden,
                               tr("The card did not take the data: it is protected or not unlocked."));
        if (at < ProtectedSize)
            m_header.replace(at, std::min<int>(int(chunk.size()), ProtectedSize - at), chunk.left(ProtectedSize - at));
    }
    return {};
}

Status Sle4442Memory::personalise(const QByteArray &newSerial, const CardAccess &transport, const CardAccess &access)
{
    if (newSerial.size() != SerialSize || newSerial == QByteArray(SerialSize, char(0xFF)))
        return Error::invalid(tr("A card serial is 8 bytes and not all FF."), QStringLiteral("serial"));
    if (access.psc.size() != PscSize)
        return Error::invalid(tr("A SLE4442 PSC is 3 bytes; this one has %1.").arg(access.psc.size()),
                              QStringLiteral("psc"));
    if (access.psc == transportPsc())
        return Error::invalid(tr("The card's new PSC must not be the transport code FF FF FF."), QStringLiteral("psc"));
    if (!isBlank())
        return Error::make(Error::Code::Conflict,
                           tr("This card has already been issued (serial %1): it cannot be personalised again.")
                               .arg(hexText(serial())));
    for (int a = MagicAddress; a < SerialAddress + SerialSize; ++a) {
        if (!writable(m_protection, a))
            return Error::make(Error::Code::Conflict,
                               tr("This card's header is already write-protected: it is not a blank card."));
    }

    if (Status unlocked = unlock(transport); !unlocked)
        return unlocked;

    // 10-11 "PD", 12 layout version, 13 reserved (00), 14-1B serial (docs/card-format.md).
    QByteArray fields = Magic;
    fields.append(char(LayoutVersion));
    fields.append(char(0x00));
    fields.append(newSerial);
    if (Status written = writeChecked(MagicAddress, fields); !written)
        return written;

    // Burn the protection of the whole header with the bytes it holds now: the chip protects a
    // byte only where the data equals its memory [ACS38], so read them first.
    auto header = readMemory(0, ProtectedSize);
    if (!header)
        return header.error();
    auto burn = writeProtection(0, *header);
    if (!burn)
        return burn.error();
    auto burnt = m_channel.transmit(*burn);
    if (!burnt)
        return burnt.error();
    if (!burnt->ok())
        return Error::make(Error::Code::Io,
                           tr("The card refused to write-protect its header (status %1).").arg(swText(burnt->sw)));
    auto protection = readProtection();
    if (!protection)
        return protection.error();
    if (*protection != QByteArray(4, '\0'))
        return Error::make(
            Error::Code::Io,
            tr("The card did not write-protect its header (protection bits %1).").arg(hexText(*protection)));
    m_header = *header;
    m_protection = *protection;

    return changePsc(access.psc);
}

Status Sle4442Memory::changePsc(const QByteArray &newPsc)
{
    auto command = changeCode(newPsc);
    if (!command)
        return command.error();
    if (!m_unlocked)
        return Error::make(Error::Code::Forbidden, tr("Present the card's current PSC before changing it."));
    auto changed = m_channel.transmit(*command);
    if (!changed)
        return changed.error();
    if (!changed->ok())
        return Error::make(Error::Code::Io, tr("The card refused the new PSC (status %1).").arg(swText(changed->sw)));
    // The chip says nothing about a change it did not make: present the new code to be sure.
    if (Status checked = present(newPsc); !checked)
        return Error::make(checked.error().code,
                           tr("The card did not take the new PSC: %1").arg(checked.error().message));
    return {};
}

} // namespace prepaydesk::sle4442
