// The CPU card driver (plugins/card-cpu): ISO/IEC 7816-4 commands byte for byte, 3DES and the
// PBOC-style key diversification against answers computed independently with the openssl command
// line, status words, and the card memory on the real PC/SC stack (a private pcscd with Debian's
// vpcd, tests/cards/virtual_card.py as the card): serial and blank, internal authentication (a
// card of another utility is "not genuine" and costs no try), external authentication tries and
// blocking, an update without authentication refused, writes read back, a card pulled out between
// a write and its read-back.
//
// Sources: ISO/IEC 7816-4:2005 7.1.1 SELECT, 7.2.3 READ BINARY, 7.2.5 UPDATE BINARY, 7.5.2
// INTERNAL AUTHENTICATE, 7.5.3 GET CHALLENGE, 7.5.4 EXTERNAL AUTHENTICATE, 5.1.3 status words;
// the PrepayDesk card contract (docs/card-format.md) for file ids, key numbers and the ATR.
#include "CpuCard.h"
#include "CpuCardMemory.h"
#include "plugin/PluginManager.h"

#include "CountingChannel.h"
#include "PcscStack.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace prepaydesk;
using namespace prepaydesk::cpucard;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray wire(const CommandApdu &c)
{
    QByteArray out;
    out.append(char(c.cla)).append(char(c.ins)).append(char(c.p1)).append(char(c.p2));
    if (!c.data.isEmpty())
        out.append(char(c.data.size())).append(c.data);
    if (c.le >= 0)
        out.append(char(c.le));
    return out;
}

QJsonObject loadImage(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool saveImage(const QString &path, const QJsonObject &image)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(image).toJson()) > 0;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray areaOf(const QString &path)
{
    return QByteArray::fromHex(loadImage(path).value(QStringLiteral("area")).toString().toLatin1());
}

int triesOf(const QString &path)
{
    return loadImage(path).value(QStringLiteral("extTries")).toInt(-1);
}

QByteArray pattern(int size, int seed)
{
    QByteArray out(size, '\0');
    for (int i = 0; i < size; ++i)
        out[i] = char((i * 13 + seed) & 0xFF);
    return out;
}

// The worked example of the diversification (below) uses this master and serial.
const QByteArray Master = hex("404142434445464748494A4B4C4D4E4F");
const QByteArray Serial = hex("1122334455667788");
const QByteArray OtherMaster = hex("0F0E0D0C0B0A09080706050403020100");

CardAccess withMaster(const QByteArray &master)
{
    CardAccess a;
    a.masterKey = master;
    return a;
}

} // namespace

class TestCpuCard : public QObject
{
    Q_OBJECT

private slots:
    // Codec, no reader.
    void commandBytes();
    void commandRangesRefused();
    void tripleDesKnownAnswer();
    void diversificationWorkedExample();
    void statusWords();
    void answerToReset();

    // On the PC/SC stack.
    void openReadsSerialAndBlank();
    void pluginOpensTheCard();
    void keysMatchTheVirtualCardsOwnDiversification();
    void unlockThenWriteIsReadBack();
    void updateWithoutAuthenticationIsRefused();
    void anotherUtilitysCardIsNotGenuine();
    void externalAuthenticationTriesAndBlocking();
    void cardPulledBetweenWriteAndReadBack();
    void sle4442IsNotACpuCard();

    void cleanup();
    void cleanupTestCase();

private:
    bool stack();
    QString blankCard(const QByteArray &serial, const QByteArray &master);
    Result<std::unique_ptr<CpuCardMemory>> insertAndOpen(const QString &image);

    QString folder() const { return m_dir.path(); }

    QTemporaryDir m_dir;
    std::unique_ptr<test::PcscStack> m_stack;
    QString m_failed;
    std::unique_ptr<test::CountingChannel> m_channel;
    int m_images = 0;
};

void TestCpuCard::commandBytes()
{
    QCOMPARE(wire(select(0x3F00)), hex("00A4000002 3F00"));
    QCOMPARE(wire(select(0x0002)), hex("00A4000002 0002"));
    QCOMPARE(wire(*readBinary(0, 8)), hex("00B0000008"));
    QCOMPARE(wire(*readBinary(0x0180, 0x20)), hex("00B0018020")); // offset in P1-P2
    QCOMPARE(wire(*readBinary(0, 256)), hex("00B0000000"));       // Le 256 is 00
    QCOMPARE(wire(*updateBinary(0x10, hex("0102"))), hex("00D6001002 0102"));
    QCOMPARE(wire(getChallenge()), hex("0084000008"));
    QCOMPARE(wire(*externalAuthenticate(1, hex("0011223344556677"))), hex("0082000108 0011223344556677"));
    // Case 4: challenge in, 8-byte answer expected.
    QCOMPARE(wire(*internalAuthenticate(2, hex("8899AABBCCDDEEFF"))), hex("0088000208 8899AABBCCDDEEFF 08"));
}

void TestCpuCard::commandRangesRefused()
{
    QVERIFY(!readBinary(0x8000, 1)); // 15-bit offsets only
    QVERIFY(!readBinary(0, 0));
    QVERIFY(!readBinary(0, 257));
    QVERIFY(!updateBinary(0, QByteArray(256, 'x')));
    QVERIFY(!updateBinary(0, {}));
    QVERIFY(!externalAuthenticate(1, hex("0011")));
    QVERIFY(!internalAuthenticate(2, hex("00112233445566778899")));
}

void TestCpuCard::tripleDesKnownAnswer()
{
    // With both halves equal, 2-key 3DES is single DES: the textbook DES example (key
    // 133457799BBCDFF1, plaintext 0123456789ABCDEF, ciphertext 85E813540F0AB405, as worked in
    // J. Orlin Grabbe, "The DES Algorithm Illustrated"). Checked with:
    //   echo -n 0123456789ABCDEF | xxd -r -p | openssl enc -des-ede -K 133457799BBCDFF1133457799BBCDFF1 -nopad | xxd -p
    auto single = tdesEncrypt(hex("133457799BBCDFF1133457799BBCDFF1"), hex("0123456789ABCDEF"));
    PD_VERIFY_OK(single);
    QCOMPARE(*single, hex("85E813540F0AB405"));
    //   echo -n 0123456789ABCDEF | xxd -r -p | openssl enc -des-ede -K 0123456789ABCDEFFEDCBA9876543210 -nopad | xxd -p
    QCOMPARE(*tdesEncrypt(hex("0123456789ABCDEFFEDCBA9876543210"), hex("0123456789ABCDEF")), hex("1A4D672DCA6CB335"));
    // ECB: two blocks are the two one-block answers.
    QCOMPARE(*tdesEncrypt(hex("133457799BBCDFF1133457799BBCDFF1"), hex("0123456789ABCDEF0123456789ABCDEF")),
             hex("85E813540F0AB40585E813540F0AB405"));
    QCOMPARE(tdesEncrypt(hex("0011"), hex("0123456789ABCDEF")).error().field, QStringLiteral("masterKey"));
    QVERIFY(!tdesEncrypt(Master, hex("0123")));
}

void TestCpuCard::diversificationWorkedExample()
{
    // Master 40..4F, serial 1122334455667788:
    //   D1 = 1122334455667789, NOT D1 = EEDDCCBBAA998876
    //   D2 = 112233445566778A, NOT D2 = EEDDCCBBAA998875
    // each encrypted with the openssl command line, independently of the code under test:
    //   for d in 1122334455667789 EEDDCCBBAA998876 112233445566778A EEDDCCBBAA998875; do
    //     echo -n $d | xxd -r -p | openssl enc -des-ede -K 404142434445464748494A4B4C4D4E4F -nopad | xxd -p; done
    //   a16ea79482272b64  a7e73cf8266181af  38031d84d4d5dc2a  b0a9dc08bc8be2ae
    auto k1 = diversify(Master, Serial, 1);
    PD_VERIFY_OK(k1);
    QCOMPARE(*k1, hex("A16EA79482272B64A7E73CF8266181AF"));
    auto k2 = diversify(Master, Serial, 2);
    PD_VERIFY_OK(k2);
    QCOMPARE(*k2, hex("38031D84D4D5DC2AB0A9DC08BC8BE2AE"));
    QVERIFY(*k1 != *diversify(OtherMaster, Serial, 1));
    QVERIFY(*k1 != *diversify(Master, hex("1122334455667789"), 1)); // another card, another key
    QVERIFY(!diversify(Master, hex("11223344"), 1));
    QVERIFY(!diversify(hex("4041"), Serial, 1));
}

void TestCpuCard::statusWords()
{
    QCOMPARE(triesFromStatus(0x63C2), 2);
    QCOMPARE(triesFromStatus(0x63C0), 0);
    QCOMPARE(triesFromStatus(0x9000), -1);
    QCOMPARE(triesFromStatus(0x6983), -1);
    QCOMPARE(statusText(0x6A82), QStringLiteral("6A82 file not found"));
    // "1 try" or "1 tries" (the English plural comes with the translations).
    QVERIFY(statusText(0x63C1).startsWith(QLatin1String("63C1 wrong key, 1 tr")));
    QCOMPARE(statusText(0x6F00), QStringLiteral("6F00"));
}

void TestCpuCard::answerToReset()
{
    QVERIFY(recognises(hex("3B68000050444350553030 31")));
    QVERIFY(!recognises(hex("3B04A2131091")));
    QVERIFY(!recognises(hex("3B680000504443505530303132")));
}

// --- on the PC/SC stack -----------------------------------------------------------------------

bool TestCpuCard::stack()
{
    // One stack for the whole suite, started by the first test that needs it (before any other
    // PC/SC call in this process).
    if (!m_stack && m_failed.isEmpty()) {
        m_stack = std::make_unique<test::PcscStack>();
        if (Status started = m_stack->start(); !started) {
            m_failed = started.error().message;
            m_stack.reset();
        }
    }
    if (!m_failed.isEmpty())
        qWarning("PC/SC stack: %s", qPrintable(m_failed));
    return m_failed.isEmpty();
}

void TestCpuCard::cleanup()
{
    m_channel.reset();
    if (m_stack)
        PD_VERIFY_OK(m_stack->remove());
}

void TestCpuCard::cleanupTestCase()
{
    m_stack.reset();
}

QString TestCpuCard::blankCard(const QByteArray &serial, const QByteArray &master)
{
    const QString path = folder() + QStringLiteral("/cpu%1.json").arg(++m_images);
    const Status made = test::PcscStack::makeBlankCpu(path, serial, master);
    if (!made)
        qWarning("make-blank: %s", qPrintable(made.error().message));
    return made ? path : QString();
}

Result<std::unique_ptr<CpuCardMemory>> TestCpuCard::insertAndOpen(const QString &image)
{
    m_channel.reset();
    if (Status inserted = m_stack->insert(image); !inserted)
        return inserted.error();
    auto channel = test::CountingChannel::connect(m_stack->readerName());
    if (!channel)
        return channel.error();
    m_channel = std::move(channel).value();
    return CpuCardMemory::open(*m_channel);
}

#define PD_STACK() QVERIFY2(stack(), qPrintable(m_failed))

void TestCpuCard::openReadsSerialAndBlank()
{
    PD_STACK();
    const QString path = blankCard(Serial, Master);
    QVERIFY(!path.isEmpty());
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    CpuCardMemory &card = **memory;
    QCOMPARE(m_channel->atr(), hex("3B6800005044435055303031"));
    QCOMPARE(card.cardType(), QStringLiteral("cpu"));
    QCOMPARE(card.serial(), Serial);
    QVERIFY(card.isBlank());
    QCOMPARE(card.capacity(), 224);
    QCOMPARE(*card.read(0, 224), QByteArray(224, char(0xFF)));
    QCOMPARE(*card.read(200, 24), QByteArray(24, char(0xFF)));
    // The card tells its tries only when a key is presented.
    QCOMPARE(card.triesLeft().error().code, Error::Code::NotFound);
    QVERIFY(!card.unlocked());
    // Out-of-range reads never reach the card.
    const int sent = m_channel->transmitted();
    QCOMPARE(card.read(200, 25).error().code, Error::Code::Invalid);
    QCOMPARE(m_channel->transmitted(), sent);
}

void TestCpuCard::pluginOpensTheCard()
{
    PD_STACK();
    const QString path = blankCard(Serial, Master);
    PD_VERIFY_OK(m_stack->insert(path));
    auto channel = test::CountingChannel::connect(m_stack->readerName());
    PD_VERIFY_OK(channel);
    m_channel = std::move(channel).value();
    PluginManager manager;
    manager.scan();
    const auto *plugin = manager.plugin(QStringLiteral("card-cpu"));
    QVERIFY(plugin);
    QCOMPARE(plugin->state, PluginManager::State::Loaded);
    QCOMPARE(plugin->iid, QStringLiteral(PrepayDesk_CardDriver_iid));
    CardDriver *driver = manager.cardDriverForAtr(m_channel->atr());
    QVERIFY(driver);
    QCOMPARE(driver->cardType(), QStringLiteral("cpu"));
    auto memory = driver->open(*m_channel);
    PD_VERIFY_OK(memory);
    QCOMPARE((*memory)->serial(), Serial);
    PD_VERIFY_OK((*memory)->unlock(withMaster(Master)));
    PD_VERIFY_OK((*memory)->write(0, hex("0102")));
    QCOMPARE(areaOf(path).left(2), hex("0102"));
}

void TestCpuCard::keysMatchTheVirtualCardsOwnDiversification()
{
    // virtual_card.py diversifies with pycryptodome (single DES, E-D-E by hand): a second,
    // independent implementation of the same rule.
    PD_STACK();
    const QByteArray serial = hex("A5A5000012345678");
    const QString path = blankCard(serial, OtherMaster);
    QVERIFY(!path.isEmpty());
    const QJsonObject keys = loadImage(path).value(QStringLiteral("keys")).toObject();
    QCOMPARE(QByteArray::fromHex(keys.value(QStringLiteral("1")).toString().toLatin1()),
             *diversify(OtherMaster, serial, 1));
    QCOMPARE(QByteArray::fromHex(keys.value(QStringLiteral("2")).toString().toLatin1()),
             *diversify(OtherMaster, serial, 2));
}

void TestCpuCard::unlockThenWriteIsReadBack()
{
    PD_STACK();
    const QString path = blankCard(Serial, Master);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    CpuCardMemory &card = **memory;
    // personalise() of a CPU card only checks that the key opens it: serial and keys stay.
    PD_VERIFY_OK(card.personalise(hex("0000000000000001"), CardAccess{}, withMaster(Master)));
    QCOMPARE(card.serial(), Serial);
    QCOMPARE(loadImage(path).value(QStringLiteral("serial")).toString(), QStringLiteral("1122334455667788"));
    PD_VERIFY_OK(card.unlock(withMaster(Master)));
    QVERIFY(card.unlocked());
    QCOMPARE(*card.triesLeft(), 3);

    const QByteArray whole = pattern(224, 5);
    const int sent = m_channel->transmitted();
    PD_VERIFY_OK(card.write(0, whole));
    QCOMPARE(m_channel->transmitted() - sent, 4); // 128 + 96 bytes: an update and a read-back each
    QCOMPARE(areaOf(path), whole);
    QCOMPARE(*card.read(0, 224), whole);
    QVERIFY(!card.isBlank());

    const QByteArray part = pattern(30, 77);
    PD_VERIFY_OK(card.write(110, part)); // across the 128-byte chunk boundary of reads
    QByteArray expected = whole;
    expected.replace(110, 30, part);
    QCOMPARE(areaOf(path), expected);
    QCOMPARE(*card.read(0, 224), expected);

    // Outside the area: refused before the card.
    const QByteArray before = fileBytes(path);
    const int now = m_channel->transmitted();
    QCOMPARE(card.write(220, pattern(5, 0)).error().code, Error::Code::Invalid);
    QCOMPARE(m_channel->transmitted(), now);
    QCOMPARE(fileBytes(path), before);
}

void TestCpuCard::updateWithoutAuthenticationIsRefused()
{
    PD_STACK();
    const QString path = blankCard(Serial, Master);
    const QByteArray before = fileBytes(path);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    Status write = (*memory)->write(0, pattern(16, 1));
    QVERIFY(!write);
    QCOMPARE(write.error().code, Error::Code::Forbidden);
    QVERIFY2(write.error().message.contains(QLatin1String("not been unlocked")), qPrintable(write.error().message));
    QCOMPARE(fileBytes(path), before);
    QVERIFY((*memory)->isBlank());
}

void TestCpuCard::anotherUtilitysCardIsNotGenuine()
{
    PD_STACK();
    const QString path = blankCard(Serial, OtherMaster); // keys from another master
    const QByteArray before = fileBytes(path);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    CpuCardMemory &card = **memory;
    Status unlock = card.unlock(withMaster(Master));
    QVERIFY(!unlock);
    QCOMPARE(unlock.error().code, Error::Code::Forbidden);
    QVERIFY2(unlock.error().message.contains(QLatin1String("not a genuine card for this utility's key")),
             qPrintable(unlock.error().message));
    QVERIFY(!card.unlocked());
    // No external authentication was tried: the card's tries are untouched, nothing written.
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(triesOf(path), 3);
    QVERIFY(!card.write(0, hex("01")));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(card.checkGenuine(Master).error().code, Error::Code::Forbidden);
    PD_VERIFY_OK(card.checkGenuine(OtherMaster));
    // A key of the wrong size never reaches the card.
    const int sent = m_channel->transmitted();
    QCOMPARE(card.unlock(withMaster(hex("0102"))).error().field, QStringLiteral("masterKey"));
    QCOMPARE(m_channel->transmitted(), sent);
}

void TestCpuCard::externalAuthenticationTriesAndBlocking()
{
    PD_STACK();
    // A card whose internal key is this utility's but whose external key is not: internal
    // authentication passes, external authentication fails and costs tries.
    const QString path = blankCard(Serial, Master);
    QJsonObject image = loadImage(path);
    QJsonObject keys = image.value(QStringLiteral("keys")).toObject();
    keys.insert(QStringLiteral("1"), QString::fromLatin1(diversify(OtherMaster, Serial, 1)->toHex().toUpper()));
    image.insert(QStringLiteral("keys"), keys);
    QVERIFY(saveImage(path, image));

    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    CpuCardMemory &card = **memory;
    Status first = card.unlock(withMaster(Master));
    QCOMPARE(first.error().code, Error::Code::Auth);
    QVERIFY2(first.error().message.contains(QLatin1String("2 tries left")), qPrintable(first.error().message));
    QCOMPARE(triesOf(path), 2);
    QCOMPARE(*card.triesLeft(), 2);
    Status second = card.unlock(withMaster(Master));
    QVERIFY2(second.error().message.contains(QLatin1String("1 tr")), qPrintable(second.error().message));
    QCOMPARE(triesOf(path), 1);
    Status third = card.unlock(withMaster(Master));
    QCOMPARE(third.error().code, Error::Code::Forbidden);
    QVERIFY2(third.error().message.contains(QLatin1String("blocked")), qPrintable(third.error().message));
    QCOMPARE(triesOf(path), 0);
    QCOMPARE(*card.triesLeft(), 0);
    // Blocked for good: even the key it wants is refused now (69 83).
    Status blocked = card.unlock(withMaster(Master));
    QCOMPARE(blocked.error().code, Error::Code::Forbidden);
    QVERIFY2(blocked.error().message.contains(QLatin1String("blocked")), qPrintable(blocked.error().message));
    QVERIFY(!card.write(0, hex("01")));
    QCOMPARE(areaOf(path), QByteArray(224, char(0xFF)));

    // A right key after a wrong one restores the tries.
    cleanup();
    const QString other = blankCard(Serial, Master);
    QJsonObject once = loadImage(other);
    once.insert(QStringLiteral("extTries"), 1);
    QVERIFY(saveImage(other, once));
    auto again = insertAndOpen(other);
    PD_VERIFY_OK(again);
    PD_VERIFY_OK((*again)->unlock(withMaster(Master)));
    QCOMPARE(*(*again)->triesLeft(), 3);
    QCOMPARE(triesOf(other), 3);
}

void TestCpuCard::cardPulledBetweenWriteAndReadBack()
{
    PD_STACK();
    const QString path = blankCard(Serial, Master);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    CpuCardMemory &card = **memory;
    PD_VERIFY_OK(card.unlock(withMaster(Master)));
    PD_VERIFY_OK(m_stack->pullAfterWrites(1));
    const QByteArray data = pattern(224, 9);
    Status write = card.write(0, data);
    QVERIFY(!write);
    QCOMPARE(write.error().code, Error::Code::Io);
    QVERIFY2(write.error().message.contains(QLatin1String("could not be read back")),
             qPrintable(write.error().message));
    QVERIFY2(write.error().message.contains(QLatin1String("taken out")), qPrintable(write.error().message));
    // The first chunk reached the card, the rest did not.
    QCOMPARE(areaOf(path).left(128), data.left(128));
    QCOMPARE(areaOf(path).mid(128), QByteArray(96, char(0xFF)));

    // Back in, a new session must authenticate again before it can finish.
    PD_VERIFY_OK(m_stack->waitForCard(false));
    auto again = insertAndOpen(path);
    PD_VERIFY_OK(again);
    QCOMPARE(*(*again)->read(0, 128), data.left(128));
    QCOMPARE((*again)->write(128, data.mid(128)).error().code, Error::Code::Forbidden);
    PD_VERIFY_OK((*again)->unlock(withMaster(Master)));
    PD_VERIFY_OK((*again)->write(128, data.mid(128)));
    QCOMPARE(areaOf(path), data);
}

void TestCpuCard::sle4442IsNotACpuCard()
{
    PD_STACK();
    const QString path = folder() + QStringLiteral("/sle%1.json").arg(++m_images);
    PD_VERIFY_OK(test::PcscStack::makeBlankSle4442(path));
    auto memory = insertAndOpen(path);
    QVERIFY(!memory);
    QCOMPARE(memory.error().code, Error::Code::NotFound);
    QVERIFY2(memory.error().message.contains(QLatin1String("not a PrepayDesk card")),
             qPrintable(memory.error().message));
}

QTEST_GUILESS_MAIN(TestCpuCard)
#include "tst_cpu_card.moc"
