#include "card/CardKeys.h"

#include "security/Kdf.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace prepaydesk {

namespace {

// The labels of CARDS.md / docs/card-format.md. Changing one changes every card ever issued.
const QByteArray macLabel = QByteArrayLiteral("prepaydesk card mac");
const QByteArray pscLabel = QByteArrayLiteral("prepaydesk sle4442 psc");
const QByteArray masterLabel = QByteArrayLiteral("prepaydesk cpu master");

// The first `length` bytes of HMAC(cardKey, message).
Result<SecretBytes> derived(const QByteArray &cardKey, const QByteArray &message, int length)
{
    QByteArray mac = CardKeys::hmacSha256(cardKey, message);
    if (mac.size() != 32)
        return Error::make(Error::Code::Io, CardKeys::tr("OpenSSL could not compute HMAC-SHA-256."));
    SecretBytes out(mac.left(length));
    crypto::wipe(mac);
    return out;
}

} // namespace

QByteArray CardKeys::hmacSha256(const QByteArray &key, const QByteArray &message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char *>(message.constData()), static_cast<size_t>(message.size()), out,
              &length) ||
        length != 32)
        return {};
    QByteArray mac(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
    OPENSSL_cleanse(out, sizeof out);
    return mac;
}

Status CardKeys::checkKey(const QByteArray &cardKey)
{
    if (cardKey.size() != KeySize)
        return Error::invalid(tr("The card key must be %1 bytes (%2 hexadecimal digits); this one is %3 bytes.")
                                  .arg(KeySize)
                                  .arg(2 * KeySize)
                                  .arg(cardKey.size()),
                              QStringLiteral("key"));
    return {};
}

Result<SecretBytes> CardKeys::macKey(const QByteArray &cardKey)
{
    if (const Status s = checkKey(cardKey); !s)
        return s.error();
    return derived(cardKey, macLabel, 32);
}

Result<SecretBytes> CardKeys::psc(const QByteArray &cardKey, const QByteArray &serial)
{
    if (const Status s = checkKey(cardKey); !s)
        return s.error();
    if (serial.size() != SerialSize)
        return Error::invalid(tr("A card serial is %1 bytes; this one is %2.").arg(SerialSize).arg(serial.size()),
                              QStringLiteral("serial"));
    return derived(cardKey, pscLabel + serial, PscSize);
}

Result<SecretBytes> CardKeys::cpuMaster(const QByteArray &cardKey)
{
    if (const Status s = checkKey(cardKey); !s)
        return s.error();
    return derived(cardKey, masterLabel, MasterSize);
}

Result<SecretBytes> CardKeys::fromHex(const QString &hex)
{
    const QString text = hex.trimmed();
    bool allHex = text.size() == 2 * KeySize;
    for (const QChar c : text)
        allHex = allHex && ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                            (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')));
    if (!allHex)
        return Error::invalid(tr("A card key is %1 hexadecimal digits.").arg(2 * KeySize), QStringLiteral("key"));
    QByteArray latin = text.toLatin1();
    SecretBytes key(QByteArray::fromHex(latin));
    crypto::wipe(latin);
    return key;
}

} // namespace prepaydesk
