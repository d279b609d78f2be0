#include "CpuCard.h"

#include <openssl/evp.h>

#include <memory>

namespace prepaydesk::cpucard {

namespace {

Status checkRange(int offset, int length, int most)
{
    if (offset < 0 || offset > 0x7FFF || length < 1 || length > most)
        return Error::invalid(
            CpuCard::tr("Offset %1 with %2 bytes cannot be sent in one command.").arg(offset).arg(length));
    return {};
}

CommandApdu iso(quint8 ins, quint8 p1, quint8 p2, QByteArray data = {}, int le = -1)
{
    return CommandApdu{0x00, ins, p1, p2, std::move(data), le};
}

} // namespace

QByteArray atr()
{
    return QByteArray::fromHex("3B6800005044435055303031");
}

bool recognises(const QByteArray &answer)
{
    return answer == atr();
}

CommandApdu select(quint16 fileId)
{
    QByteArray id;
    id.append(char(fileId >> 8));
    id.append(char(fileId & 0xFF));
    return iso(0xA4, 0x00, 0x00, id);
}

Result<CommandApdu> readBinary(int offset, int length)
{
    if (Status range = checkRange(offset, length, 256); !range)
        return range.error();
    // Le 256 goes on the wire as 00 [7816 5.1].
    return iso(0xB0, quint8(offset >> 8), quint8(offset & 0xFF), {}, length == 256 ? 0 : length);
}

Result<CommandApdu> updateBinary(int offset, const QByteArray &data)
{
    if (Status range = checkRange(offset, int(data.size()), 255); !range)
        return range.error();
    return iso(0xD6, quint8(offset >> 8), quint8(offset & 0xFF), data);
}

CommandApdu getChallenge()
{
    return iso(0x84, 0x00, 0x00, {}, ChallengeSize);
}

Result<CommandApdu> externalAuthenticate(quint8 keyNumber, const QByteArray &cryptogram)
{
    if (cryptogram.size() != ChallengeSize)
        return Error::invalid(CpuCard::tr("An authentication cryptogram is 8 bytes."));
    return iso(0x82, 0x00, keyNumber, cryptogram);
}

Result<CommandApdu> internalAuthenticate(quint8 keyNumber, const QByteArray &challenge)
{
    if (challenge.size() != ChallengeSize)
        return Error::invalid(CpuCard::tr("An authentication challenge is 8 bytes."));
    // Case 4: the card answers with its 8-byte cryptogram [7816 7.5.2].
    return iso(0x88, 0x00, keyNumber, challenge, ChallengeSize);
}

Result<QByteArray> tdesEncrypt(const QByteArray &key, const QByteArray &blocks)
{
    if (key.size() != KeySize)
        return Error::invalid(
            CpuCard::tr("A card master key is 16 bytes (2-key 3DES); this one has %1.").arg(key.size()),
            QStringLiteral("masterKey"));
    if (blocks.isEmpty() || blocks.size() % 8 != 0)
        return Error::invalid(CpuCard::tr("3DES works on whole 8-byte blocks."));
    std::unique_ptr<EVP_CIPHER, decltype(&EVP_CIPHER_free)> cipher(EVP_CIPHER_fetch(nullptr, "DES-EDE-ECB", nullptr),
                                                                   EVP_CIPHER_free);
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(blocks.size(), '\0');
    int len = 0;
    int tail = 0;
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *in = reinterpret_cast<const unsigned char *>(blocks.constData());
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (!cipher || !ctx || EVP_EncryptInit_ex2(ctx.get(), cipher.get(), k, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1 ||
        EVP_EncryptUpdate(ctx.get(), o, &len, in, int(blocks.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), o + len, &tail) != 1 || len + tail != blocks.size())
        return Error::make(Error::Code::Io, CpuCard::tr("OpenSSL could not run 3DES (DES-EDE-ECB)."));
    return out;
}

Result<QByteArray> diversify(const QByteArray &master, const QByteArray &serial, quint8 keyNumber)
{
    if (serial.size() != SerialSize)
        return Error::invalid(CpuCard::tr("A card serial is 8 bytes; this one has %1.").arg(serial.size()));
    QByteArray d = serial;
    d[SerialSize - 1] = char(quint8(d.at(SerialSize - 1)) ^ keyNumber);
    QByteArray notD = d;
    for (char &c : notD)
        c = char(~quint8(c));
    // Both halves in one call: ECB encrypts each block on its own.
    return tdesEncrypt(master, d + notD);
}

int triesFromStatus(quint16 sw)
{
    if ((sw & 0xFFF0) == 0x63C0)
        return sw & 0x0F;
    return -1;
}

QString statusText(quint16 sw)
{
    const QString code = QString::number(sw, 16).rightJustified(4, u'0').toUpper();
    QString meaning;
    switch (sw) {
    case 0x6700:
        meaning = CpuCard::tr("wrong length");
        break;
    case 0x6982:
        meaning = CpuCard::tr("not authenticated");
        break;
    case 0x6983:
        meaning = CpuCard::tr("key blocked");
        break;
    case 0x6985:
        meaning = CpuCard::tr("conditions of use not satisfied");
        break;
    case 0x6A82:
        meaning = CpuCard::tr("file not found");
        break;
    case 0x6B00:
        meaning = CpuCard::tr("beyond the end of the file");
        break;
    case 0x6D00:
        meaning = CpuCard::tr("command not supported");
        break;
    case 0x6E00:
        meaning = CpuCard::tr("class not supported");
        break;
    default:
        if (triesFromStatus(sw) >= 0)
            meaning = CpuCard::tr("wrong key, %n tries left", nullptr, triesFromStatus(sw));
        break;
    }
    return meaning.isEmpty() ? code : code + u' ' + meaning;
}

} // namespace prepaydesk::cpucard
