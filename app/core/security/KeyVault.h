#pragma once

#include "records/Operator.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace prepaydesk {

class Clock;
class Database;

// Key material that is wiped from memory when it goes. Move-only.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    SecretBytes(SecretBytes &&other) noexcept
        : m_bytes(std::exchange(other.m_bytes, {}))
    {}
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes();

    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }

private:
    QByteArray m_bytes;
};

// The vending keys, sealed with AES-256-GCM under a master key derived (scrypt) from an
// administrators' passphrase that is never stored. Keys are never printed, logged or shown:
// only key() hands one out, to the token generator, while the vault is unlocked.
class KeyVault
{
    Q_DECLARE_TR_FUNCTIONS(KeyVault)
public:
    struct KeyInfo
    {
        qint64 id = 0;
        int sgc = 0;
        int keyRevision = 0;
        int keyType = 0;
        QString description;
        QDate expiresOn;
    };

    static constexpr int MinPassphraseLength = 12;

    KeyVault(Database &db, const Clock &clock);
    ~KeyVault();

    Result<bool> isInitialized() const;
    // Administrators only, once per database.
    Status initialize(const Operator &actor, const QString &passphrase);
    Status unlock(const QString &passphrase);
    void lock();
    bool isUnlocked() const { return !m_master.isEmpty(); }

    // Administrators only; the vault must be unlocked. A key is 8 bytes (DES-based DKGA02) or
    // 20 bytes (HMAC-based DKGA04).
    Result<qint64> addKey(const Operator &actor, int sgc, int keyRevision, int keyType, const SecretBytes &key,
                          const QDate &expiresOn, const QString &description);
    Result<SecretBytes> key(int sgc, int keyRevision) const;
    Result<QList<KeyInfo>> keys() const;

    // The utility's IC-card key (docs/card-format.md): 32 bytes, one per utility code, in
    // versions; cards are written with the newest. Administrators add them.
    struct CardKeyInfo
    {
        qint64 id = 0;
        QString utilityCode;
        int version = 0;
        QString description;
    };
    static constexpr int CardKeyLength = 32;
    Result<qint64> addCardKey(const Operator &actor, const QString &utilityCode, const SecretBytes &key,
                              const QString &description);
    // The newest card key; an empty utilityCode means the one utility this console has keys for.
    Result<SecretBytes> cardKey(const QString &utilityCode = {}) const;
    Result<QList<CardKeyInfo>> cardKeys() const;
    // Re-seals every key under a new passphrase, in one transaction.
    Status changePassphrase(const Operator &actor, const QString &oldPassphrase, const QString &newPassphrase);

private:
    Result<SecretBytes> deriveAndCheck(const QString &passphrase) const;

    Database &m_db;
    const Clock &m_clock;
    SecretBytes m_master;
};

} // namespace prepaydesk
