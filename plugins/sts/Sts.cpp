#include "Sts.h"

#include "LegacyDes.h"
#include "Misty1.h"
#include "StandardTransferAlgorithm.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <array>
#include <memory>

namespace prepaydesk::sts {

namespace {

QString tr(const char *text)
{
    return Sts::tr(text);
}

bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// "0072700000000000" read as 16 hex nibbles (decimal digits and F are both hex digits).
QByteArray nibbles(const QString &hexDigits)
{
    return QByteArray::fromHex(hexDigits.toLatin1());
}

std::uint64_t readLittleEndian(const QByteArray &bytes)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<std::uint8_t>(bytes[i]);
    return v;
}

// The 7 bytes, most significant first, that the CRC covers.
std::array<std::uint8_t, 7> crcInput(int tokenClass, std::uint64_t blockWithoutCrc)
{
    const std::uint64_t value = (std::uint64_t(tokenClass & 3) << 48) | (blockWithoutCrc >> 16);
    std::array<std::uint8_t, 7> bytes{};
    for (int i = 0; i < 7; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(value >> (8 * (6 - i)));
    return bytes;
}

} // namespace

Result<Encryption> parseEncryption(const QString &code)
{
    if (code == QLatin1String("07"))
        return Encryption::Ea07;
    if (code == QLatin1String("11"))
        return Encryption::Ea11;
    return Error::invalid(tr("The encryption algorithm is 07 (Standard Transfer Algorithm) or 11 (MISTY1), not "
                             "\u201c%1\u201d.")
                              .arg(code),
                          QStringLiteral("ea"));
}

QString encryptionCode(Encryption ea)
{
    return ea == Encryption::Ea07 ? QStringLiteral("07") : QStringLiteral("11");
}

int luhnCheckDigit(const QString &digits)
{
    int sum = 0;
    bool twice = true; // the rightmost payload digit is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].unicode() - u'0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}

Status validatePan(const QString &pan)
{
    if (pan.size() != 18 || !allDigits(pan))
        return Error::invalid(tr("The meter number (PAN) has 18 digits; \u201c%1\u201d does not.").arg(pan),
                              QStringLiteral("pan"));
    const int expected = luhnCheckDigit(pan.left(17));
    if (pan[17].unicode() - u'0' != expected)
        return Error::invalid(
            tr("The meter number %1 is mistyped: its check digit should be %2.").arg(pan).arg(expected),
            QStringLiteral("pan"));
    return {};
}

Result<QByteArray> parseHex(const QString &text, const QString &field)
{
    const QString t = text.trimmed();
    const bool hex = std::all_of(t.cbegin(), t.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
    if (t.isEmpty() || t.size() % 2 != 0 || !hex)
        return Error::invalid(tr("%1 must be hexadecimal digits, two per byte.").arg(field), field);
    return QByteArray::fromHex(t.toLatin1());
}

Status validateKeyParams(const TokenKeyParams &key)
{
    if (key.keyAlgorithm != QLatin1String("02") && key.keyAlgorithm != QLatin1String("04"))
        return Error::invalid(
            tr("The decoder key generation algorithm is 02 or 04, not \u201c%1\u201d.").arg(key.keyAlgorithm),
            QStringLiteral("dkga"));
    auto ea = parseEncryption(key.encryption);
    if (!ea)
        return ea.error();
    if (key.keyAlgorithm == QLatin1String("02")) {
        if (*ea != Encryption::Ea07)
            return Error::invalid(tr("DKGA02 makes 64-bit keys, which only EA07 uses; EA11 needs DKGA04."),
                                  QStringLiteral("ea"));
        if (key.vendingKey.size() != 8)
            return Error::invalid(
                tr("A DKGA02 vending key is 8 bytes (16 hex digits), not %1.").arg(key.vendingKey.size()),
                QStringLiteral("vending-key"));
    } else if (key.vendingKey.size() != 20) {
        return Error::invalid(
            tr("A DKGA04 vending key is 20 bytes (40 hex digits), not %1.").arg(key.vendingKey.size()),
            QStringLiteral("vending-key"));
    }
    if (key.keyType < 0 || key.keyType > 3)
        return Error::invalid(tr("The key type is 0 to 3."), QStringLiteral("key-type"));
    if (key.supplyGroupCode < 0 || key.supplyGroupCode > 999999)
        return Error::invalid(tr("The supply group code has at most six digits."), QStringLiteral("sgc"));
    if (key.tariffIndex < 0 || key.tariffIndex > 99)
        return Error::invalid(tr("The tariff index is 0 to 99."), QStringLiteral("ti"));
    if (key.keyRevision < 1 || key.keyRevision > 9)
        return Error::invalid(tr("The key revision number is 1 to 9."), QStringLiteral("krn"));
    if (key.keyExpiry < 0 || key.keyExpiry > 255)
        return Error::invalid(tr("The key expiry number is 0 to 255."), QStringLiteral("ken"));
    if (!baseDateTime(key.baseDate).isValid())
        return Error::invalid(tr("The base date is 1993, 2014 or 2035."), QStringLiteral("base-date"));
    return validatePan(key.pan);
}

Result<QByteArray> desEncrypt(const QByteArray &key, const QByteArray &block)
{
    if (key.size() != 8 || block.size() != 8)
        return Error::invalid(tr("DES takes an 8-byte key and an 8-byte block."));
    EVP_CIPHER *cipher = legacyDesEcb();
    if (!cipher)
        return Error::make(Error::Code::Io, tr("DES is not available: OpenSSL's legacy provider could not be loaded "
                                               "(is OPENSSL_MODULES pointing at the ossl-modules folder?)."));
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(16, '\0');
    int len = 0;
    int tail = 0;
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *in = reinterpret_cast<const unsigned char *>(block.constData());
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (!ctx || EVP_EncryptInit_ex2(ctx.get(), cipher, k, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1 || EVP_EncryptUpdate(ctx.get(), o, &len, in, 8) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), o + len, &tail) != 1 || len + tail != 8)
        return Error::make(Error::Code::Io, tr("DES encryption failed in OpenSSL."));
    out.resize(8);
    return out;
}

QString panBlock(const QString &pan, int keyType)
{
    // The PAN without its first digit and its check digit: the IIN's last digits and the
    // individual account number. Key type 3 (common keys) keeps only the IIN part.
    const QString block = pan.mid(1, 16);
    if (keyType != 3)
        return block;
    const int iinDigits = pan.startsWith(QLatin1String("600727")) ? 5 : 3;
    return block.left(iinDigits) + QString(16 - iinDigits, u'0');
}

QString controlBlock(const TokenKeyParams &key)
{
    return QString::number(key.keyType) + QStringLiteral("%1").arg(key.supplyGroupCode, 6, 10, QChar(u'0')) +
           QStringLiteral("%1").arg(key.tariffIndex, 2, 10, QChar(u'0')) + QString::number(key.keyRevision) +
           QStringLiteral("FFFFFF");
}

Result<QByteArray> decoderKey(const TokenKeyParams &key)
{
    if (Status s = validateKeyParams(key); !s)
        return s.error();
    const Encryption ea = parseEncryption(key.encryption).value();
    if (key.keyAlgorithm == QLatin1String("02")) {
        // DKGA02: data = PAN block XOR control block; DK = DES(VK, data) XOR data XOR VK.
        const QByteArray pb = nibbles(panBlock(key.pan, key.keyType));
        const QByteArray cb = nibbles(controlBlock(key));
        QByteArray data(8, '\0');
        for (int i = 0; i < 8; ++i)
            data[i] = static_cast<char>(pb[i] ^ cb[i]);
        auto enc = desEncrypt(key.vendingKey, data);
        if (!enc)
            return enc.error();
        QByteArray dk(8, '\0');
        for (int i = 0; i < 8; ++i)
            dk[i] = static_cast<char>(enc.value()[i] ^ data[i] ^ key.vendingKey[i]);
        std::reverse(dk.begin(), dk.end());
        // The intermediate values reveal the vending key's DES output: wipe them.
        OPENSSL_cleanse(data.data(), static_cast<std::size_t>(data.size()));
        OPENSSL_cleanse(enc.value().data(), static_cast<std::size_t>(enc.value().size()));
        return dk;
    }
    // DKGA04: HMAC-SHA-256 keyed with the vending key over a NIST SP 800-108 style input:
    //   label   = 04 | 02 "04" | 02 base date | 02 EA | 02 TI
    //   0x00
    //   context = 04 | 06 SGC | 01 KT | 01 KRN | 12 PAN
    //   [L]     = decoder key length in bits, 32-bit big-endian (64 for EA07, 128 for EA11)
    // (each field a length byte then ASCII; as in the DKGA04 compliance vectors, STS 531-1-0-04).
    const auto ascii = [](const QString &s) { return s.toLatin1(); };
    QByteArray msg;
    msg += '\x04';
    msg += '\x02' + ascii(QStringLiteral("04"));
    msg += '\x02' + ascii(QStringLiteral("%1").arg(key.baseDate % 100, 2, 10, QChar(u'0')));
    msg += '\x02' + ascii(key.encryption);
    msg += '\x02' + ascii(QStringLiteral("%1").arg(key.tariffIndex, 2, 10, QChar(u'0')));
    msg += '\x00';
    msg += '\x04';
    msg += '\x06' + ascii(QStringLiteral("%1").arg(key.supplyGroupCode, 6, 10, QChar(u'0')));
    msg += '\x01' + ascii(QString::number(key.keyType, 16));
    msg += '\x01' + ascii(QString::number(key.keyRevision, 16));
    msg += '\x12' + ascii(key.pan);
    const int bits = ea == Encryption::Ea07 ? 64 : 128;
    msg += QByteArray("\x00\x00\x00", 3);
    msg += static_cast<char>(bits);

    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLen = 0;
    if (!HMAC(EVP_sha256(), key.vendingKey.constData(), static_cast<int>(key.vendingKey.size()),
              reinterpret_cast<const unsigned char *>(msg.constData()), static_cast<std::size_t>(msg.size()), mac,
              &macLen) ||
        macLen != 32)
        return Error::make(Error::Code::Io, tr("HMAC-SHA-256 failed in OpenSSL."));
    QByteArray dk;
    if (ea == Encryption::Ea11) {
        dk = QByteArray(reinterpret_cast<const char *>(mac), 16);
    } else {
        // For EA07 the first 8 bytes, in the reversed order that DKGA02 keys are printed in.
        dk = QByteArray(reinterpret_cast<const char *>(mac), 8);
        std::reverse(dk.begin(), dk.end());
    }
    OPENSSL_cleanse(mac, sizeof mac);
    return dk;
}

QDateTime baseDateTime(int baseDate)
{
    if (baseDate != 1993 && baseDate != 2014 && baseDate != 2035)
        return {};
    return QDateTime(QDate(baseDate, 1, 1), QTime(0, 0), Qt::UTC);
}

Result<quint32> tokenIdentifier(const QDateTime &issued, int baseDate, std::optional<quint32> lastTid)
{
    const QDateTime base = baseDateTime(baseDate);
    if (!base.isValid())
        return Error::invalid(tr("The base date is 1993, 2014 or 2035."), QStringLiteral("base-date"));
    if (!issued.isValid())
        return Error::invalid(tr("The issue time is missing or not a valid date and time."), QStringLiteral("issued"));
    const qint64 minutes = base.secsTo(issued.toUTC()) / 60;
    if (base.secsTo(issued.toUTC()) < 0)
        return Error::invalid(tr("The issue time %1 is before the base date %2.")
                                  .arg(issued.toUTC().toString(Qt::ISODate), base.toString(Qt::ISODate)),
                              QStringLiteral("issued"));
    qint64 tid = minutes;
    if (lastTid && tid <= qint64(*lastTid))
        tid = qint64(*lastTid) + 1;
    if (tid > MaxTid)
        return Error::invalid(tr("The issue time is beyond the token identifier range of base date %1 (which ends "
                                 "%2): the meter needs key change tokens to a later base date.")
                                  .arg(baseDate)
                                  .arg(tidDateTime(MaxTid, baseDate).toString(Qt::ISODate)),
                              QStringLiteral("issued"));
    return static_cast<quint32>(tid);
}

QDateTime tidDateTime(quint32 tid, int baseDate)
{
    const QDateTime base = baseDateTime(baseDate);
    return base.isValid() ? base.addSecs(qint64(tid) * 60) : QDateTime();
}

std::optional<EncodedAmount> encodeAmount(qint64 tenths, TokenRounding rounding)
{
    if (tenths < 0)
        return std::nullopt;
    qint64 offset = 0; // sum_{i=1..e} 2^14 * 10^(i-1)
    qint64 step = 1;   // 10^e
    for (int e = 0; e < 4; ++e) {
        const qint64 top = offset + 16383 * step; // the largest value of this exponent
        if (tenths <= top) {
            qint64 m = (tenths - offset) / step;
            if ((tenths - offset) % step != 0 && rounding == TokenRounding::Up)
                ++m; // at most 16383 again, since tenths <= top
            return EncodedAmount{static_cast<quint16>((e << 14) | m), offset + m * step};
        }
        // Between this exponent's top and the next exponent's first value: only rounding helps.
        const qint64 nextOffset = offset + 16384 * step;
        if (e < 3 && tenths < nextOffset) {
            if (rounding == TokenRounding::Down)
                return EncodedAmount{static_cast<quint16>((e << 14) | 16383), top};
            return EncodedAmount{static_cast<quint16>((e + 1) << 14), nextOffset};
        }
        offset = nextOffset;
        step *= 10;
    }
    return std::nullopt;
}

qint64 decodeAmount(quint16 bits)
{
    const int e = bits >> 14;
    const qint64 m = bits & 0x3fff;
    qint64 offset = 0;
    qint64 step = 1;
    for (int i = 0; i < e; ++i) {
        offset += 16384 * step;
        step *= 10;
    }
    return offset + m * step;
}

quint16 tokenCrc(int tokenClass, std::uint64_t blockWithoutCrc)
{
    std::uint16_t crc = 0xFFFF;
    for (std::uint8_t byte : crcInput(tokenClass, blockWithoutCrc)) {
        crc ^= byte;
        for (int i = 0; i < 8; ++i)
            crc = (crc & 1) ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001) : static_cast<std::uint16_t>(crc >> 1);
    }
    return static_cast<quint16>(((crc & 0xff) << 8) | (crc >> 8));
}

std::uint64_t withCrc(int tokenClass, std::uint64_t blockWithoutCrc)
{
    const std::uint64_t upper = blockWithoutCrc & ~std::uint64_t(0xFFFF);
    return upper | tokenCrc(tokenClass, upper);
}

bool crcMatches(int tokenClass, std::uint64_t block)
{
    return tokenCrc(tokenClass, block) == (block & 0xFFFF);
}

Token66 transpose(int tokenClass, std::uint64_t encrypted)
{
    Token66 t;
    t.high = static_cast<std::uint8_t>((((encrypted >> 28) & 1) << 1) | ((encrypted >> 27) & 1));
    t.low = (encrypted & ~(std::uint64_t(3) << 27)) | (std::uint64_t(tokenClass & 3) << 27);
    return t;
}

std::uint64_t untranspose(const Token66 &token, int *tokenClass)
{
    *tokenClass = static_cast<int>((token.low >> 27) & 3);
    return (token.low & ~(std::uint64_t(3) << 27)) | (std::uint64_t(token.high & 3) << 27);
}

QString toDigits(const Token66 &token)
{
    // Long division of the 66-bit number by 10, in 32-bit limbs.
    std::array<std::uint64_t, 3> limbs = {token.high & 3u, token.low >> 32, token.low & 0xffffffffu};
    QString digits(20, u'0');
    for (int pos = 19; pos >= 0; --pos) {
        std::uint64_t rem = 0;
        for (auto &limb : limbs) {
            const std::uint64_t cur = (rem << 32) | limb;
            limb = cur / 10;
            rem = cur % 10;
        }
        digits[pos] = QChar(static_cast<char16_t>(u'0' + rem));
    }
    return digits;
}

Result<Token66> fromDigits(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c == u' ' || c == u'-')
            continue;
        if (c < u'0' || c > u'9')
            return Error::invalid(tr("A token has only digits; \u201c%1\u201d has other characters.").arg(text),
                                  QStringLiteral("token"));
        digits += c;
    }
    if (digits.size() != 20)
        return Error::invalid(tr("A token has 20 digits; this one has %1.").arg(digits.size()),
                              QStringLiteral("token"));
    // value = value * 10 + d over 66 bits; anything past 2^66 - 1 is not a token.
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    for (QChar c : std::as_const(digits)) {
        const std::uint64_t d = static_cast<std::uint64_t>(c.unicode() - u'0');
        // low * 10 + d = (low * 8) + (low * 2) + d, tracking carries into high.
        const std::uint64_t lo8 = low << 3;
        const std::uint64_t hi8 = (high << 3) | (low >> 61);
        const std::uint64_t lo2 = low << 1;
        const std::uint64_t hi2 = (high << 1) | (low >> 63);
        std::uint64_t nlow = lo8 + lo2;
        std::uint64_t nhigh = hi8 + hi2 + (nlow < lo8 ? 1 : 0);
        const std::uint64_t before = nlow;
        nlow += d;
        nhigh += (nlow < before ? 1 : 0);
        high = nhigh;
        low = nlow;
        if (high > 3)
            return Error::invalid(tr("%1 is larger than any token (2^66 - 1).").arg(digits), QStringLiteral("token"));
    }
    return Token66{static_cast<std::uint8_t>(high), low};
}

Result<std::uint64_t> encryptBlock(const QByteArray &decoderKey, Encryption ea, std::uint64_t block)
{
    if (ea == Encryption::Ea07) {
        if (decoderKey.size() != 8)
            return Error::invalid(tr("An EA07 decoder key is 8 bytes (16 hex digits), not %1.").arg(decoderKey.size()),
                                  QStringLiteral("decoder-key"));
        return StandardTransferAlgorithm(readLittleEndian(decoderKey)).encrypt(block);
    }
    if (decoderKey.size() != 16)
        return Error::invalid(tr("An EA11 decoder key is 16 bytes (32 hex digits), not %1.").arg(decoderKey.size()),
                              QStringLiteral("decoder-key"));
    std::array<std::uint8_t, 16> k{};
    std::copy(decoderKey.cbegin(), decoderKey.cend(), k.begin());
    return Misty1(k).encrypt(block);
}

Result<std::uint64_t> decryptBlock(const QByteArray &decoderKey, Encryption ea, std::uint64_t block)
{
    if (ea == Encryption::Ea07) {
        if (decoderKey.size() != 8)
            return Error::invalid(tr("An EA07 decoder key is 8 bytes (16 hex digits), not %1.").arg(decoderKey.size()),
                                  QStringLiteral("decoder-key"));
        return StandardTransferAlgorithm(readLittleEndian(decoderKey)).decrypt(block);
    }
    if (decoderKey.size() != 16)
        return Error::invalid(tr("An EA11 decoder key is 16 bytes (32 hex digits), not %1.").arg(decoderKey.size()),
                              QStringLiteral("decoder-key"));
    std::array<std::uint8_t, 16> k{};
    std::copy(decoderKey.cbegin(), decoderKey.cend(), k.begin());
    return Misty1(k).decrypt(block);
}

} // namespace prepaydesk::sts
