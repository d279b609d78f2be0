#include "CpuCardMemory.h"

#include "card/ChunkedRead.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace prepaydesk::cpucard {

namespace {

// Keys are wiped as soon as they are used (STYLE.md, security).
struct Wiped
{
    QByteArray bytes;
    ~Wiped()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};

} // namespace

CpuCardMemory::CpuCardMemory(CardChannel &channel)
    : m_channel(channel)
{}

Result<std::unique_ptr<CpuCardMemory>> CpuCardMemory::open(CardChannel &channel)
{
    std::unique_ptr<CpuCardMemory> memory(new CpuCardMemory(channel));
    if (Status loaded = memory->load(); !loaded)
        return loaded.error();
    return memory;
}

Status CpuCardMemory::load()
{
    const auto selectFile = [this](quint16 fid) -> Status {
        auto reply = m_channel.transmit(select(fid));
        if (!reply)
            return reply.error();
        if (!reply->ok())
            return Error::make(
                Error::Code::NotFound,
                tr("This CPU card has no PrepayDesk file %1 (%2): it is not a PrepayDesk card.")
                    .arg(QString::number(fid, 16).rightJustified(4, u'0').toUpper(), statusText(reply->sw)));
        return {};
    };
    if (Status s = selectFile(MasterFile); !s)
        return s;
    if (Status s = selectFile(SerialFile); !s)
        return s;
    auto serial = readArea(0, SerialSize);
    if (!serial)
        return serial.error();
    if (Status s = selectFile(AreaFile); !s)
        return s;
    auto area = readArea(0, AreaSize);
    if (!area)
        return area.error();
    m_serial = *serial;
    m_area = *area;
    return {};
}

QString CpuCardMemory::cardType() const
{
    return QStringLiteral("cpu");
}

QByteArray CpuCardMemory::serial() const
{
    return m_serial;
}

bool CpuCardMemory::isBlank() const
{
    return m_area == QByteArray(AreaSize, char(0xFF));
}

int CpuCardMemory::capacity() const
{
    return AreaSize;
}

Result<QByteArray> CpuCardMemory::readArea(int offset, int length)
{
    return ChunkedRead::read(
        m_channel, offset, length, ChunkSize, [](int at, int n) { return readBinary(at, n); }, statusText);
}

Result<QByteArray> CpuCardMemory::read(int offset, int length)
{
    if (offset < 0 || length < 0 || offset + length > AreaSize)
        return Error::invalid(tr("Bytes %1 to %2 are outside the card's %3-byte area.")
                                  .arg(offset)
                                  .arg(offset + length - 1)
                                  .arg(AreaSize));
    auto bytes = readArea(offset, length);
    if (bytes)
        m_area.replace(offset, length, *bytes);
    return bytes;
}

Status CpuCardMemory::checkGenuine(const QByteArray &masterKey)
{
    Wiped k2{{}};
    auto key = diversify(masterKey, m_serial, InternalKey);
    if (!key)
        return key.error();
    k2.bytes = *key;
    QByteArray challenge(ChallengeSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(challenge.data()), ChallengeSize) != 1)
        return Error::make(Error::Code::Io, tr("OpenSSL could not make a random challenge for the card."));
    auto command = internalAuthenticate(InternalKey, challenge);
    if (!command)
        return command.error();
    auto reply = m_channel.transmit(*command);
    if (!reply)
        return reply.error();
    auto expected = tdesEncrypt(k2.bytes, challenge);
    if (!expected)
        return expected.error();
    if (!reply->ok() || reply->data != *expected)
        return Error::make(Error::Code::Forbidden,
                           tr("This is not a genuine card for this utility's key: it failed internal "
                              "authentication (%1).")
                               .arg(reply->ok() ? tr("wrong answer to the challenge") : statusText(reply->sw)));
    return {};
}

Status CpuCardMemory::unlock(const CardAccess &access)
{
    m_unlocked = false;
    if (access.masterKey.size() != KeySize)
        return Error::invalid(
            tr("A card master key is 16 bytes (2-key 3DES); this one has %1.").arg(access.masterKey.size()),
            QStringLiteral("masterKey"));
    // The card first: a card that is not ours must not cost its own tries nor see our cryptogram.
    if (Status genuine = checkGenuine(access.masterKey); !genuine)
        return genuine;

    auto challenge = m_channel.transmit(getChallenge());
    if (!challenge)
        return challenge.error();
    if (!challenge->ok() || challenge->data.size() != ChallengeSize)
        return Error::make(Error::Code::Io,
                           tr("The card gave no challenge for authentication (%1).").arg(statusText(challenge->sw)));
    Wiped k1{{}};
    auto key = diversify(access.masterKey, m_serial, ExternalKey);
    if (!key)
        return key.error();
    k1.bytes = *key;
    auto cryptogram = tdesEncrypt(k1.bytes, challenge->data);
    if (!cryptogram)
        return cryptogram.error();
    auto command = externalAuthenticate(ExternalKey, *cryptogram);
    if (!command)
        return command.error();
    auto reply = m_channel.transmit(*command);
    if (!reply)
        return reply.error();
    if (reply->ok()) {
        m_unlocked = true;
        m_tries = 3;
        return {};
    }
    if (const int tries = triesFromStatus(reply->sw); tries >= 0) {
        m_tries = tries;
        if (tries == 0)
            return Error::make(Error::Code::Forbidden,
                               tr("The card refused this utility's key and is now blocked: it can no longer be "
                                  "written."));
        return Error::make(Error::Code::Auth,
                           tr("The card refused this utility's key: %n tries left.", nullptr, tries));
    }
    if (reply->sw == 0x6983) {
        m_tries = 0;
        return Error::make(Error::Code::Forbidden,
                           tr("This card's key is blocked (no authentication tries left): it can no longer be "
                              "written."));
    }
    return Error::make(Error::Code::Io,
                       tr("The card refused external authentication (%1).").arg(statusText(reply->sw)));
}

Status CpuCardMemory::write(int offset, const QByteArray &bytes)
{
    if (offset < 0 || offset + bytes.size() > AreaSize)
        return Error::invalid(tr("Bytes %1 to %2 are outside the card's %3-byte area.")
                                  .arg(offset)
                                  .arg(offset + bytes.size() - 1)
                                  .arg(AreaSize));
    // Sent even when this session has not authenticated: the card enforces its access rule and
    // says so (69 82).
    for (int done = 0; done < bytes.size(); done += ChunkSize) {
        const QByteArray chunk = bytes.mid(done, ChunkSize);
        const int at = offset + done;
        auto command = updateBinary(at, chunk);
        if (!command)
            return command.error();
        auto written = m_channel.transmit(*command);
        if (!written)
            return Error::make(Error::Code::Io, tr("Writing the card failed (%1). Put the card back and read it "
                                                   "again: it may hold part of the new data.")
                                                    .arg(written.error().message));
        if (written->sw == 0x6982)
            return Error::make(Error::Code::Forbidden,
                               tr("The card refused the write: it has not been unlocked with this utility's key."));
        if (!written->ok())
            return Error::make(Error::Code::Io, tr("The card refused the write of bytes %1 to %2 (%3).")
                                                    .arg(at)
                                                    .arg(at + chunk.size() - 1)
                                                    .arg(statusText(written->sw)));
        auto back = readArea(at, int(chunk.size()));
        if (!back)
            return Error::make(Error::Code::Io,
                               tr("The card was written but could not be read back to check it (%1). Put the card "
                                  "back and read it again: it may hold part of the new data.")
                                   .arg(back.error().message));
        m_area.replace(at, back->size(), *back);
        if (*back != chunk)
            return Error::make(Error::Code::Io, tr("The card did not take the data: bytes %1 to %2 read back "
                                                   "different from what was written.")
                                                    .arg(at)
                                                    .arg(at + chunk.size() - 1));
    }
    return {};
}

Result<int> CpuCardMemory::triesLeft()
{
    if (m_tries < 0)
        return Error::make(Error::Code::NotFound, tr("A CPU card tells its key tries only when a key is presented: "
                                                     "unlock it first."));
    return m_tries;
}

Status CpuCardMemory::personalise(const QByteArray &serial, const CardAccess &transport, const CardAccess &access)
{
    Q_UNUSED(serial);
    Q_UNUSED(transport);
    return unlock(access);
}

} // namespace prepaydesk::cpucard
