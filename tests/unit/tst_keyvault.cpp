// The vault of vending keys: sealed at rest with AES-256-GCM under a passphrase-derived key,
// never stored or readable in clear, tamper-evident, administrators only.
#include "TestSupport.h"

#include "records/OperatorService.h"
#include "security/Kdf.h"
#include "security/KeyVault.h"
#include "storage/Sql.h"

#include <QFile>

using namespace prepaydesk;
using namespace prepaydesk::test;

class TestKeyVault : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sealsAndOpens();
    void wrongPassphraseOpensNothing();
    void keyNeverInTheFile();
    void tamperedOrMovedKeyDoesNotOpen();
    void onlyAdministrators();
    void changePassphraseResealsEveryKey();
    void aesGcmKnownAnswer();
    void cardKeysSealedVersionedAndResealed();

private:
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    Operator m_admin, m_cashier;
    // The vending key of the STS example in the issue (abababababababab).
    const QByteArray m_key = QByteArray::fromHex("abababababababab");
    const QString m_passphrase = u"correct horse battery staple"_qs;
};

void TestKeyVault::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<ManualClock>(testEpoch());
    OperatorService ops(m_db->db(), *m_clock);
    m_admin = ops.add(Operator::system(), u"admin"_qs, u"Admin"_qs, Role::Admin, u"admin-pass-1"_qs).value();
    m_cashier = ops.add(m_admin, u"li"_qs, u"Li"_qs, Role::Cashier, u"cashier-pass-1"_qs).value();
}

void TestKeyVault::cleanup()
{
    m_db.reset();
}

void TestKeyVault::sealsAndOpens()
{
    KeyVault vault(m_db->db(), *m_clock);
    QCOMPARE(vault.isInitialized().value(), false);
    QCOMPARE(vault.initialize(m_admin, u"short"_qs).error().field, u"passphrase"_qs);
    PD_VERIFY_OK(vault.initialize(m_admin, m_passphrase));
    QVERIFY(vault.isUnlocked());
    QCOMPARE(vault.initialize(m_admin, m_passphrase).error().code, Error::Code::Conflict);
    PD_VERIFY_OK(vault.addKey(m_admin, 123456, 1, 2, SecretBytes(m_key), QDate(2030, 1, 1), u"SGC 123456"_qs));
    QCOMPARE(vault.addKey(m_admin, 123456, 1, 2, SecretBytes(m_key), {}, {}).error().code, Error::Code::Conflict);
    QCOMPARE(vault.addKey(m_admin, 1234567, 1, 2, SecretBytes(m_key), {}, {}).error().field, u"sgc"_qs);
    QCOMPARE(vault.addKey(m_admin, 123456, 2, 2, SecretBytes(QByteArray(5, 'x')), {}, {}).error().field, u"key"_qs);
    QCOMPARE(vault.addKey(m_admin, 123456, 2, 2, SecretBytes(QByteArray(12, 'x')), {}, {}).error().field, u"key"_qs);
    PD_VERIFY_OK(vault.addKey(m_admin, 123456, 3, 2, SecretBytes(QByteArray(20, 'k')), {}, {}));
    auto key = vault.key(123456, 1);
    PD_VERIFY_OK(key);
    QCOMPARE(key->bytes(), m_key);
    QCOMPARE(vault.key(123456, 9).error().code, Error::Code::NotFound);
    // The list tells which keys exist, never what they are.
    auto list = vault.keys();
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->first().expiresOn, QDate(2030, 1, 1));
    // Locked, the vault hands out nothing; a fresh vault object starts locked.
    vault.lock();
    QCOMPARE(vault.key(123456, 1).error().code, Error::Code::Forbidden);
    KeyVault other(m_db->db(), *m_clock);
    QVERIFY(!other.isUnlocked());
    PD_VERIFY_OK(other.unlock(m_passphrase));
    QCOMPARE(other.key(123456, 1)->bytes(), m_key);
}

void TestKeyVault::wrongPassphraseOpensNothing()
{
    KeyVault vault(m_db->db(), *m_clock);
    QCOMPARE(vault.unlock(m_passphrase).error().code, Error::Code::NotFound); // not set up yet
    PD_VERIFY_OK(vault.initialize(m_admin, m_passphrase));
    vault.lock();
    const Status wrong = vault.unlock(u"correct horse battery stapler"_qs);
    QCOMPARE(wrong.error().code, Error::Code::Auth);
    QVERIFY(!vault.isUnlocked());
}

void TestKeyVault::keyNeverInTheFile()
{
    {
        KeyVault vault(m_db->db(), *m_clock);
        PD_VERIFY_OK(vault.initialize(m_admin, m_passphrase));
        PD_VERIFY_OK(vault.addKey(m_admin, 123456, 1, 2, SecretBytes(m_key), {}, {}));
    }
    m_db->close(); // checkpoints the write-ahead log into the file
    QFile f(m_db->path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray file = f.readAll();
    QVERIFY(file.size() > 4096);
    QVERIFY(!file.contains(m_key));
    QVERIFY(!file.contains(m_key.toHex()));
    QVERIFY(!file.contains(m_passphrase.toUtf8()));
}

void TestKeyVault::tamperedOrMovedKeyDoesNotOpen()
{
    KeyVault vault(m_db->db(), *m_clock);
    PD_VERIFY_OK(vault.initialize(m_admin, m_passphrase));
    PD_VERIFY_OK(vault.addKey(m_admin, 111111, 1, 2, SecretBytes(m_key), {}, {}));
    PD_VERIFY_OK(vault.addKey(m_admin, 222222, 1, 2, SecretBytes(QByteArray::fromHex("0123456789abcdef")), {}, {}));
    const QSqlDatabase c = m_db->db().connection();
    // Moving one key's sealed value onto another row does not make it that row's key.
    PD_VERIFY_OK(Sql::exec(c, u"UPDATE vending_keys SET sealed = (SELECT sealed FROM vending_keys WHERE sgc = 111111) "
                              "WHERE sgc = 222222"_qs));
    QCOMPARE(vault.key(222222, 1).error().code, Error::Code::Corrupt);
    // One flipped bit is detected.
    QString sealed = Sql::scalar(c, u"SELECT sealed FROM vending_keys WHERE sgc = 111111"_qs)->toString();
    QByteArray raw = QByteArray::fromBase64(sealed.toLatin1());
    raw[14] = char(raw[14] ^ 0x01);
    PD_VERIFY_OK(Sql::exec(c, u"UPDATE vending_keys SET sealed = ? WHERE sgc = 111111"_qs,
                           {QString::fromLatin1(raw.toBase64())}));
    QCOMPARE(vault.key(111111, 1).error().code, Error::Code::Corrupt);
}

void TestKeyVault::onlyAdministrators()
{
    KeyVault vault(m_db->db(), *m_clock);
    QCOMPARE(vault.initialize(m_cashier, m_passphrase).error().code, Error::Code::Forbidden);
    PD_VERIFY_OK(vault.initialize(m_admin, m_passphrase));
    QCOMPARE(vault.addKey(m_cashier, 123456, 1, 2, SecretBytes(m_key), {}, {}).error().code, Error::Code::Forbidden);
    QCOMPARE(vault.changePassphrase(m_cashier, m_passphrase, u"another long passphrase"_qs).error().code,
             Error::Code::Forbidden);
}

void TestKeyVault::changePassphraseResealsEveryKey()
{
    KeyVault vault(m_db->db(), *m_clock);
    PD_VERIFY_OK(vault.initialize(m_admin, m_passphrase));
    PD_VERIFY_OK(vault.addKey(m_admin, 123456, 1, 2, SecretBytes(m_key), {}, {}));
    PD_VERIFY_OK(vault.addKey(m_admin, 600727, 3, 2, SecretBytes(QByteArray(20, '\x5a')), {}, {}));
    QCOMPARE(vault.changePassphrase(m_admin, u"not the passphrase"_qs, u"a brand new passphrase"_qs).error().code,
             Error::Code::Auth);
    PD_VERIFY_OK(vault.changePassphrase(m_admin, m_passphrase, u"a brand new passphrase"_qs));
    KeyVault reopened(m_db->db(), *m_clock);
    QCOMPARE(reopened.unlock(m_passphrase).error().code, Error::Code::Auth);
    PD_VERIFY_OK(reopened.unlock(u"a brand new passphrase"_qs));
    QCOMPARE(reopened.key(123456, 1)->bytes(), m_key);
    QCOMPARE(reopened.key(600727, 3)->bytes(), QByteArray(20, '\x5a'));
}

void TestKeyVault::cardKeysSealedVersionedAndResealed()
{
    KeyVault vault(m_db->db(), *m_clock);
    const QByteArray first(32, '\x11'), second(32, '\x22');
    QCOMPARE(vault.addCardKey(m_admin, u"330100"_qs, SecretBytes(first), {}).error().code, Error::Code::Forbidden);
    PD_VERIFY_OK(vault.initialize(m_admin, m_passphrase));
    QCOMPARE(vault.cardKey().error().code, Error::Code::NotFound);
    QCOMPARE(vault.addCardKey(m_cashier, u"330100"_qs, SecretBytes(first), {}).error().code, Error::Code::Forbidden);
    QCOMPARE(vault.addCardKey(m_admin, u"33010"_qs, SecretBytes(first), {}).error().field, u"utility_code"_qs);
    QCOMPARE(vault.addCardKey(m_admin, u"33O100"_qs, SecretBytes(first), {}).error().field, u"utility_code"_qs);
    QCOMPARE(vault.addCardKey(m_admin, u"330100"_qs, SecretBytes(QByteArray(16, 'k')), {}).error().field, u"key"_qs);
    PD_VERIFY_OK(vault.addCardKey(m_admin, u"330100"_qs, SecretBytes(first), u"first"_qs));
    QCOMPARE(vault.cardKey(u"330100"_qs)->bytes(), first);
    // A new version replaces the old one for writing cards.
    PD_VERIFY_OK(vault.addCardKey(m_admin, u"330100"_qs, SecretBytes(second), u"second"_qs));
    QCOMPARE(vault.cardKey()->bytes(), second);
    QCOMPARE(vault.cardKey(u"110000"_qs).error().code, Error::Code::NotFound);
    auto list = vault.cardKeys();
    PD_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1).version, 2);
    // Never in clear in the file.
    auto sealed = Sql::scalar(m_db->db().connection(), u"SELECT group_concat(sealed) FROM card_keys"_qs);
    PD_VERIFY_OK(sealed);
    QVERIFY(!QByteArray::fromBase64(sealed->toString().toLatin1()).contains(second));
    // The passphrase change re-seals card keys too; a swapped sealed value does not open.
    PD_VERIFY_OK(vault.changePassphrase(m_admin, m_passphrase, u"a brand new passphrase"_qs));
    KeyVault reopened(m_db->db(), *m_clock);
    QCOMPARE(reopened.cardKey().error().code, Error::Code::Forbidden);
    PD_VERIFY_OK(reopened.unlock(u"a brand new passphrase"_qs));
    QCOMPARE(reopened.cardKey()->bytes(), second);
    PD_VERIFY_OK(Sql::exec(m_db->db().connection(),
                           u"UPDATE card_keys SET sealed = (SELECT sealed FROM card_keys WHERE version = 1) "
                           "WHERE version = 2"_qs));
    QCOMPARE(reopened.cardKey().error().code, Error::Code::Corrupt);
    // An altered key stops a passphrase change, and nothing changes: the passphrase still opens.
    QCOMPARE(
        reopened.changePassphrase(m_admin, u"a brand new passphrase"_qs, u"yet another passphrase"_qs).error().code,
        Error::Code::Corrupt);
    KeyVault again(m_db->db(), *m_clock);
    PD_VERIFY_OK(again.unlock(u"a brand new passphrase"_qs));
    QCOMPARE(again.cardKeys()->size(), 2);
}

void TestKeyVault::aesGcmKnownAnswer()
{
    // Our seal/open use OpenSSL's AES-256-GCM; check it opens what it sealed and nothing else.
    const QByteArray key = crypto::randomBytes(32);
    const QByteArray sealed = crypto::seal(key, "secret", "aad");
    QCOMPARE(sealed.size(), 12 + 6 + 16);
    bool ok = false;
    QCOMPARE(crypto::open(key, sealed, "aad", &ok), QByteArray("secret"));
    QVERIFY(ok);
    crypto::open(key, sealed, "other", &ok);
    QVERIFY(!ok);
    crypto::open(crypto::randomBytes(32), sealed, "aad", &ok);
    QVERIFY(!ok);
    // scrypt against RFC 7914 section 12's second test vector ("password", "NaCl", N=1024, r=8, p=16).
    QCOMPARE(crypto::scrypt("password", "NaCl", 10, 8, 16, 64).toHex(),
             QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830"
                        "dac727afb94a83ee6d8360cbdfa2cc0640"));
}

QTEST_GUILESS_MAIN(TestKeyVault)
#include "tst_keyvault.moc"
