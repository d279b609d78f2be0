#include "security/KeyVault.h"

#include "security/Kdf.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <functional>

namespace prepaydesk {

namespace {

// scrypt cost for the vault's master key: as for passwords, 32 MiB and ~0.1 s here.
constexpr int Log2N = 15, R = 8, P = 1;
const QByteArray verifierText = QByteArrayLiteral("prepaydesk-key-vault-v1");
const QByteArray verifierAad = QByteArrayLiteral("verifier");

// Binds a sealed key to its row: swapping sealed values between keys makes them unreadable.
QByteArray keyAad(int sgc, int keyRevision)
{
    return QByteArrayLiteral("vending-key|") + QByteArray::number(sgc) + '|' + QByteArray::number(keyRevision);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QByteArray cardKeyAad(const QString &utilityCode, int version)
{
    return QStringLiteral("card-key|%1|%2").arg(utilityCode).arg(version).toLatin1();
}

// Re-seals every key of `table` (id, the two columns its sealing is bound to, sealed) from the
// old master key to the new one; `altered` (with %1 for the id) when one does not open.
Status reseal(const QSqlDatabase &c, const QString &table, const QString &aadColumns,
              const std::function<QByteArray(const QVariant &, const QVariant &)> &aad, const SecretBytes &oldMaster,
              const SecretBytes &newMaster, const QString &altered)
{
    auto rows = Sql::exec(c, QStringLiteral("SELECT id, %1, sealed FROM %2").arg(aadColumns, table));
    if (!rows)
        return rows.error();
    QList<std::pair<qint64, QByteArray>> resealed;
    while (rows.value().next()) {
        const QSqlQuery &r = rows.value();
        const QByteArray bound = aad(r.value(1), r.value(2));
        bool ok = false;
        QByteArray plain =
            crypto::open(oldMaster.bytes(), QByteArray::fromBase64(r.value(3).toString().toLatin1()), bound, &ok);
        if (!ok)
            return Error::make(Error::Code::Corrupt, altered.arg(r.value(0).toLongLong()));
        resealed.append({r.value(0).toLongLong(), crypto::seal(newMaster.bytes(), plain, bound)});
        crypto::wipe(plain);
    }
    for (const auto &[id, sealed] : resealed) {
        if (auto u = Sql::exec(c, QStringLiteral("UPDATE %1 SET sealed = ? WHERE id = ?").arg(table),
                               {QString::fromLatin1(sealed.toBase64()), id});
            !u)
            return u.error();
    }
    return {};
}

} // namespace

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        crypto::wipe(m_bytes);
        m_bytes = std::exchange(other.m_bytes, {});
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    crypto::wipe(m_bytes);
}

KeyVault::KeyVault(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

KeyVault::~KeyVault()
{
    lock();
}

void KeyVault::lock()
{
    m_master = SecretBytes();
}

Result<bool> KeyVault::isInitialized() const
{
    auto n = Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM key_vault"));
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Status KeyVault::initialize(const Operator &actor, const QString &passphrase)
{
    if (Status s = Access::require(actor, Permission::ManageTariffs); !s)
        return s;
    if (passphrase.size() < MinPassphraseLength)
        return Error::invalid(tr("The key vault's passphrase has at least %1 characters.").arg(MinPassphraseLength),
                              QStringLiteral("passphrase"));
    auto done = isInitialized();
    if (!done)
        return done.error();
    if (done.value())
        return Error::make(Error::Code::Conflict,
                           tr("The key vault is already set up; change its passphrase instead."));
    const QByteArray salt = crypto::randomBytes(16);
    QByteArray secret = passphrase.toUtf8();
    SecretBytes master(crypto::scrypt(secret, salt, Log2N, R, P, 32));
    crypto::wipe(secret);
    if (salt.isEmpty() || master.isEmpty())
        return Error::make(Error::Code::Storage, tr("The key vault could not be set up (no random source)."));
    const QString kdf =
        QStringLiteral("scrypt$%1$%2$%3$%4").arg(Log2N).arg(R).arg(P).arg(QString::fromLatin1(salt.toBase64()));
    const QByteArray verifier = crypto::seal(master.bytes(), verifierText, verifierAad);
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto ins = Sql::exec(m_db.connection(),
                         QStringLiteral("INSERT INTO key_vault (id, kdf, verifier, created_at, created_by) "
                                        "VALUES (1, ?, ?, ?, ?)"),
                         {kdf, QString::fromLatin1(verifier.toBase64()), iso(m_clock.now()), actor.id});
    if (!ins)
        return ins.error();
    if (Status s = t.commit(); !s)
        return s;
    m_master = std::move(master);
    return {};
}

Result<SecretBytes> KeyVault::deriveAndCheck(const QString &passphrase) const
{
    auto row = Sql::exec(m_db.connection(), QStringLiteral("SELECT kdf, verifier FROM key_vault WHERE id = 1"));
    if (!row)
        return row.error();
    if (!row.value().next())
        return Error::make(Error::Code::NotFound, tr("The key vault is not set up yet."));
    const QStringList kdf = row.value().value(0).toString().split(u'$');
    if (kdf.size() != 5 || kdf[0] != QLatin1String("scrypt"))
        return Error::make(Error::Code::Corrupt, tr("The key vault's settings are damaged."));
    QByteArray secret = passphrase.toUtf8();
    SecretBytes master(crypto::scrypt(secret, QByteArray::fromBase64(kdf[4].toLatin1()), kdf[1].toInt(), kdf[2].toInt(),
                                      kdf[3].toInt(), 32));
    crypto::wipe(secret);
    bool ok = false;
    QByteArray check = crypto::open(master.bytes(), QByteArray::fromBase64(row.value().value(1).toString().toLatin1()),
                                    verifierAad, &ok);
    const bool right = ok && check == verifierText;
    crypto::wipe(check);
    if (!right)
        return Error::make(Error::Code::Auth, tr("Wrong key vault passphrase."));
    return master;
}

Status KeyVault::unlock(const QString &passphrase)
{
    auto master = deriveAndCheck(passphrase);
    if (!master)
        return master.error();
    m_master = std::move(master).value();
    return {};
}

Result<qint64> KeyVault::addKey(const Operator &actor, int sgc, int keyRevision, int keyType, const SecretBytes &key,
                                const QDate &expiresOn, const QString &description)
{
    if (Status s = Access::require(actor, Permission::ManageTariffs); !s)
        return s.error();
    if (!isUnlocked())
        return Error::make(Error::Code::Forbidden, tr("Unlock the key vault first."));
    if (sgc < 0 || sgc > 999999)
        return Error::invalid(tr("A supply group code has six digits."), QStringLiteral("sgc"));
    if (keyRevision < 1 || keyRevision > 9)
        return Error::invalid(tr("The key revision number is 1 to 9."), QStringLiteral("key_revision"));
    if (keyType < 0 || keyType > 3)
        return Error::invalid(tr("The key type is 0 to 3."), QStringLiteral("key_type"));
    // 8 bytes (64 bits) for DES-based DKGA02; 20 bytes (160 bits) for HMAC-based DKGA04, as the
    // sts plugin requires and the DKGA04 compliance vectors (STS 531-1-0-04) use.
    if (key.bytes().size() != 8 && key.bytes().size() != 20)
        return Error::invalid(tr("A vending key has 8 bytes (DKGA02) or 20 bytes (DKGA04)."), QStringLiteral("key"));
    const QByteArray sealed = crypto::seal(m_master.bytes(), key.bytes(), keyAad(sgc, keyRevision));
    if (sealed.isEmpty())
        return Error::make(Error::Code::Storage, tr("The key could not be sealed."));
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto ins = Sql::exec(
        m_db.connection(),
        QStringLiteral("INSERT INTO vending_keys (sgc, key_revision, key_type, description, sealed, "
                       "expires_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {sgc, keyRevision, keyType, description.simplified(), QString::fromLatin1(sealed.toBase64()),
         expiresOn.isValid() ? QVariant(expiresOn.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
         iso(m_clock.now()), actor.id});
    if (!ins)
        return ins.error().code == Error::Code::Conflict
                   ? Error::make(Error::Code::Conflict,
                                 tr("There is already a key for SGC %1, key revision %2.").arg(sgc).arg(keyRevision))
                   : ins.error();
    const qint64 id = ins.value().lastInsertId().toLongLong();
    if (Status s = t.commit(); !s)
        return s.error();
    return id;
}

Result<SecretBytes> KeyVault::key(int sgc, int keyRevision) const
{
    if (!isUnlocked())
        return Error::make(Error::Code::Forbidden, tr("Unlock the key vault first."));
    auto sealed = Sql::scalar(m_db.connection(),
                              QStringLiteral("SELECT sealed FROM vending_keys WHERE sgc = ? AND key_revision = ?"),
                              {sgc, keyRevision});
    if (!sealed) {
        if (sealed.error().code == Error::Code::NotFound)
            return Error::make(Error::Code::NotFound,
                               tr("There is no vending key for SGC %1, key revision %2.").arg(sgc).arg(keyRevision));
        return sealed.error();
    }
    bool ok = false;
    QByteArray plain = crypto::open(m_master.bytes(), QByteArray::fromBase64(sealed.value().toString().toLatin1()),
                                    keyAad(sgc, keyRevision), &ok);
    if (!ok)
        return Error::make(
            Error::Code::Corrupt,
            tr("The vending key for SGC %1, key revision %2 does not open: it was altered.").arg(sgc).arg(keyRevision));
    return SecretBytes(std::move(plain));
}

Result<QList<KeyVault::KeyInfo>> KeyVault::keys() const
{
    auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT id, sgc, key_revision, key_type, description, "
                                                         "expires_on FROM vending_keys ORDER BY sgc, key_revision"));
    if (!q)
        return q.error();
    QList<KeyInfo> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list << KeyInfo{r.value(0).toLongLong(), r.value(1).toInt(),
                        r.value(2).toInt(),      r.value(3).toInt(),
                        r.value(4).toString(),   QDate::fromString(r.value(5).toString(), Qt::ISODate)};
    }
    return list;
}

Result<qint64> KeyVault::addCardKey(const Operator &actor, const QString &utilityCode, const SecretBytes &key,
                                    const QString &description)
{
    if (Status s = Access::require(actor, Permission::ManageTariffs); !s)
        return s.error();
    if (!isUnlocked())
        return Error::make(Error::Code::Forbidden, tr("Unlock the key vault first."));
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!sixDigits.match(utilityCode).hasMatch())
        return Error::invalid(tr("A utility code has six digits."), QStringLiteral("utility_code"));
    if (key.bytes().size() != CardKeyLength)
        return Error::invalid(tr("A card key has %1 bytes.").arg(CardKeyLength), QStringLiteral("key"));
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto last = Sql::scalar(m_db.connection(),
                            QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM card_keys WHERE utility_code = ?"),
                            {utilityCode});
    if (!last)
        return last.error();
    const int version = last.value().toInt() + 1;
    const QByteArray sealed = crypto::seal(m_master.bytes(), key.bytes(), cardKeyAad(utilityCode, version));
    if (sealed.isEmpty())
        return Error::make(Error::Code::Storage, tr("The key could not be sealed."));
    auto ins =
        Sql::exec(m_db.connection(),
                  QStringLiteral("INSERT INTO card_keys (utility_code, version, description, sealed, created_at, "
                                 "created_by) VALUES (?, ?, ?, ?, ?, ?)"),
                  {utilityCode, version, description.simplified(), QString::fromLatin1(sealed.toBase64()),
                   iso(m_clock.now()), actor.id});
    if (!ins)
        return ins.error();
    const qint64 id = ins.value().lastInsertId().toLongLong();
    if (Status s = t.commit(); !s)
        return s.error();
    return id;
}

Result<SecretBytes> KeyVault::cardKey(const QString &utilityCode) const
{
    if (!isUnlocked())
        return Error::make(Error::Code::Forbidden, tr("Unlock the key vault first."));
    auto q =
        Sql::exec(m_db.connection(),
                  QStringLiteral("SELECT utility_code, version, sealed FROM card_keys WHERE utility_code = ? OR ? = '' "
                                 "ORDER BY version DESC LIMIT 1"),
                  {utilityCode, utilityCode});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, utilityCode.isEmpty()
                                                      ? tr("There is no card key in the key vault.")
                                                      : tr("There is no card key for utility %1.").arg(utilityCode));
    bool ok = false;
    QByteArray plain = crypto::open(m_master.bytes(), QByteArray::fromBase64(q.value().value(2).toString().toLatin1()),
                                    cardKeyAad(q.value().value(0).toString(), q.value().value(1).toInt()), &ok);
    if (!ok)
        return Error::make(
            Error::Code::Corrupt,
            tr("The card key of utility %1 does not open: it was altered.").arg(q.value().value(0).toString()));
    return SecretBytes(std::move(plain));
}

Result<QList<KeyVault::CardKeyInfo>> KeyVault::cardKeys() const
{
    auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT id, utility_code, version, description FROM card_keys "
                                                         "ORDER BY utility_code, version"));
    if (!q)
        return q.error();
    QList<CardKeyInfo> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list << CardKeyInfo{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toInt(), r.value(3).toString()};
    }
    return list;
}

Status KeyVault::changePassphrase(const Operator &actor, const QString &oldPassphrase, const QString &newPassphrase)
{
    if (Status s = Access::require(actor, Permission::ManageTariffs); !s)
        return s;
    if (newPassphrase.size() < MinPassphraseLength)
        return Error::invalid(tr("The key vault's passphrase has at least %1 characters.").arg(MinPassphraseLength),
                              QStringLiteral("passphrase"));
    auto oldMaster = deriveAndCheck(oldPassphrase);
    if (!oldMaster)
        return oldMaster.error();
    const QByteArray salt = crypto::randomBytes(16);
    QByteArray secret = newPassphrase.toUtf8();
    SecretBytes newMaster(crypto::scrypt(secret, salt, Log2N, R, P, 32));
    crypto::wipe(secret);
    if (salt.isEmpty() || newMaster.isEmpty())
        return Error::make(Error::Code::Storage, tr("The new passphrase could not be applied (no random source)."));
    QSqlDatabase c = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    if (Status s = reseal(
            c, QStringLiteral("vending_keys"), QStringLiteral("sgc, key_revision"),
            [](const QVariant &sgc, const QVariant &krn) { return keyAad(sgc.toInt(), krn.toInt()); },
            oldMaster.value(), newMaster, tr("Vending key %1 does not open: it was altered; nothing was changed."));
        !s)
        return s;
    if (Status s = reseal(
            c, QStringLiteral("card_keys"), QStringLiteral("utility_code, version"),
            [](const QVariant &utility, const QVariant &version) {
                return cardKeyAad(utility.toString(), version.toInt());
            },
            oldMaster.value(), newMaster, tr("Card key %1 does not open: it was altered; nothing was changed."));
        !s)
        return s;
    const QString kdf =
        QStringLiteral("scrypt$%1$%2$%3$%4").arg(Log2N).arg(R).arg(P).arg(QString::fromLatin1(salt.toBase64()));
    if (auto u = Sql::exec(
            c, QStringLiteral("UPDATE key_vault SET kdf = ?, verifier = ? WHERE id = 1"),
            {kdf, QString::fromLatin1(crypto::seal(newMaster.bytes(), verifierText, verifierAad).toBase64())});
        !u)
        return u.error();
    if (Status s = t.commit(); !s)
        return s;
    m_master = std::move(newMaster);
    return {};
}

} // namespace prepaydesk
