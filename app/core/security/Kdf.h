#pragma once

#include <QByteArray>

namespace prepaydesk {

// Key derivation and authenticated encryption through OpenSSL, shared by operator passwords
// and the vending-key vault.
namespace crypto {

// scrypt (RFC 7914): memory-hard; empty on failure.
QByteArray scrypt(const QByteArray &secret, const QByteArray &salt, int log2N, int r, int p, int length);
// Cryptographically random bytes; empty on failure.
QByteArray randomBytes(int count);
// AES-256-GCM: nonce (12) | ciphertext | tag (16). `aad` is authenticated but not stored, so a
// sealed value only opens with the same aad (it cannot be moved to another record).
QByteArray seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad);
// Empty optional-like result: ok is false when the key, the aad or the bytes are wrong.
QByteArray open(const QByteArray &key, const QByteArray &sealed, const QByteArray &aad, bool *ok);
// Overwrite memory that held a secret.
void wipe(QByteArray &secret);

} // namespace crypto

} // namespace prepaydesk
