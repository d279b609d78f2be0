#pragma once

#include <QString>

namespace prepaydesk {

// Operator passwords, hashed with scrypt (memory-hard, RFC 7914) through OpenSSL.
// Stored form: "scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>", so that the cost can be
// raised later without invalidating stored hashes.
class PasswordHasher
{
public:
    struct Cost
    {
        int log2N = 15; // N = 32768: 32 MiB with r = 8
        int r = 8;
        int p = 1;
    };

    static QString hash(const QString &password, const Cost &cost);
    static QString hash(const QString &password) { return hash(password, Cost{}); }
    // Constant-time comparison; false for malformed stored values.
    static bool verify(const QString &password, const QString &stored);
};

} // namespace prepaydesk
