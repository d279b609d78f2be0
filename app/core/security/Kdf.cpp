#include "security/Kdf.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace prepaydesk::crypto {

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

constexpr int NonceBytes = 12; // the GCM recommended nonce size (NIST SP 800-38D)
constexpr int TagBytes = 16;

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

} // namespace

QByteArray scrypt(const QByteArray &secret, const QByteArray &salt, int log2N, int r, int p, int length)
{
    QByteArray out(length, Qt::Uninitialized);
    const quint64 n = quint64(1) << log2N;
    // maxmem must cover 128 * r * (N + p + 2) bytes.
    const quint64 maxmem = 128ULL * quint64(r) * (n + quint64(p) + 2) + (1 << 20);
    if (EVP_PBE_scrypt(secret.constData(), size_t(secret.size()), bytes(salt), size_t(salt.size()), n, quint64(r),
                       quint64(p), maxmem, bytes(out), size_t(out.size())) != 1)
        return {};
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(bytes(out), count) != 1)
        return {};
    return out;
}

QByteArray seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad)
{
    if (key.size() != 32)
        return {};
    const QByteArray nonce = randomBytes(NonceBytes);
    if (nonce.isEmpty())
        return {};
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out = nonce;
    out.resize(NonceBytes + plaintext.size() + TagBytes);
    int len = 0;
    if (!ctx || nonce.size() != NonceBytes ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), bytes(out) + NonceBytes, &len, bytes(plaintext), int(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), bytes(out) + NonceBytes + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagBytes, bytes(out) + NonceBytes + plaintext.size()) != 1)
        return {};
    return out;
}

QByteArray open(const QByteArray &key, const QByteArray &sealed, const QByteArray &aad, bool *ok)
{
    *ok = false;
    if (key.size() != 32 || sealed.size() < NonceBytes + TagBytes)
        return {};
    const qsizetype textBytes = sealed.size() - NonceBytes - TagBytes;
    QByteArray out(textBytes, Qt::Uninitialized);
    QByteArray tag = sealed.right(TagBytes);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(sealed)) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), bytes(out), &len, bytes(sealed) + NonceBytes, int(textBytes)) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagBytes, bytes(tag)) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), bytes(out) + len, &len) != 1) {
        wipe(out);
        return {};
    }
    *ok = true;
    return out;
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace prepaydesk::crypto
