#include "security/PasswordHasher.h"

#include "security/Kdf.h"

#include <QByteArray>
#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace prepaydesk {

namespace {

constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;

QByteArray scrypt(const QByteArray &password, const QByteArray &salt, const PasswordHasher::Cost &cost)
{
    return crypto::scrypt(password, salt, cost.log2N, cost.r, cost.p, HashBytes);
}

} // namespace

QString PasswordHasher::hash(const QString &password, const Cost &cost)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1)
        return {};
    QByteArray utf8 = password.toUtf8();
    const QByteArray digest = scrypt(utf8, salt, cost);
    OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    if (digest.isEmpty())
        return {};
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(cost.log2N)
        .arg(cost.r)
        .arg(cost.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(digest.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 6 || parts[0] != QLatin1String("scrypt"))
        return false;
    Cost cost;
    bool ok1 = false, ok2 = false, ok3 = false;
    cost.log2N = parts[1].toInt(&ok1);
    cost.r = parts[2].toInt(&ok2);
    cost.p = parts[3].toInt(&ok3);
    // Refuse costs that would be absurd (a tampered row must not make login allocate gigabytes).
    if (!ok1 || !ok2 || !ok3 || cost.log2N < 10 || cost.log2N > 20 || cost.r < 1 || cost.r > 32 || cost.p < 1 ||
        cost.p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    if (salt.size() < 8 || expected.size() != HashBytes)
        return false;
    QByteArray utf8 = password.toUtf8();
    const QByteArray actual = scrypt(utf8, salt, cost);
    OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    return actual.size() == expected.size() &&
           CRYPTO_memcmp(actual.constData(), expected.constData(), static_cast<size_t>(HashBytes)) == 0;
}

} // namespace prepaydesk
