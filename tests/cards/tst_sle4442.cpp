// The SLE4442 card driver (plugins/card-sle4442): the reader pseudo-APDUs byte for byte against
// the ACS manuals, the replies it parses, and the card memory on the real PC/SC stack (a private
// pcscd with Debian's vpcd, tests/cards/virtual_card.py as the card): open and blank, first issue,
// PSC tries (a wrong PSC costs one and says how many are left; the last one only with a
// supervisor's approval; a locked card), writes read back, a write the card did not take, and a
// card pulled out between a write and its read-back.
//
// Sources of the command bytes (also in plugins/card-sle4442/Sle4442.h):
//  [ACS38] ACS "ACR38x (CCID) Reference Manual" v6.04, 9.3.6: SELECT_CARD_TYPE FF A4 00 00 01 06,
//          READ_MEMORY_CARD FF B0 00 <addr> <len>, READ_PRESENTATION_ERROR_COUNTER FF B1 00 00 04,
//          READ_PROTECTION_BITS FF B2 00 00 04, WRITE_MEMORY_CARD FF D0 00 <addr> <len> <data>,
//          WRITE_PROTECTION_MEMORY_CARD FF D1 00 <addr> <len> <data>, PRESENT_CODE
//          FF 20 00 00 03 <psc> (90 07 right code), CHANGE_CODE FF D2 00 01 03 <psc>.
//  [ACS39] ACS "ACR39x Reference Manual" v1.03, 8.4: ERRCNT 07 right, 00 locked.
//  [v1.9]  ACS "ACR38 Reference Manual" v1.9 (2006), 8.2.7.5: older firmware answers PRESENT CODE
//          with ERRCNT and the code as data and 90 00.
#include "Sle4442.h"
#include "Sle4442Memory.h"
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
using namespace prepaydesk::sle4442;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// A command APDU as it goes to the reader (ISO/IEC 7816-3 short form: header, Lc data, Le).
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

ResponseApdu reply(const char *dataHex, quint16 sw)
{
    return ResponseApdu{hex(dataHex), sw};
}

QJsonObject loadImage(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool saveImage(const QString &path, const QJsonObject &image)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(image).toJson()) > 0;
}

QByteArray memoryOf(const QString &path)
{
    return QByteArray::fromHex(loadImage(path).value(QStringLiteral("memory")).toString().toLatin1());
}

const QByteArray Serial = hex("0102030405060708");
const QByteArray Psc = hex("5A3C96");

CardAccess access(const QByteArray &psc, bool approved = false)
{
    CardAccess a;
    a.psc = psc;
    a.lastTryApproved = approved;
    return a;
}

QByteArray pattern(int size, int seed)
{
    QByteArray out(size, '\0');
    for (int i = 0; i < size; ++i)
        out[i] = char((i * 7 + seed) & 0xFF);
    return out;
}

} // namespace

class TestSle4442 : public QObject
{
    Q_OBJECT

private slots:
    // Codec, no reader.
    void commandBytes();
    void commandRangesRefused();
    void errorCounter();
    void presentCodeReplies();
    void protectionBits();
    void answerToReset();

    // On the PC/SC stack.
    void openBlankCard();
    void pluginOpensTheCard();
    void personaliseThenUnlockWithTheNewPsc();
    void personaliseRefusesAnIssuedCard();
    void wrongPscCostsATryAndSaysHowManyAreLeft();
    void lastTryNeedsApproval();
    void lockedCard();
    void writeIsReadBack();
    void writeWithoutUnlockIsAnError();
    void writeOutsideTheAreaSendsNothing();
    void cardPulledBetweenWriteAndReadBack();
    void changePscAfterUnlock();
    void cpuCardIsNotASle4442();

    void cleanup();
    void cleanupTestCase();

private:
    bool stack();
    QString personalisedImage(const QString &name, int errorCounter);
    // Inserts the card and opens it; the channel stays in m_channel.
    Result<std::unique_ptr<Sle4442Memory>> insertAndOpen(const QString &image);

    QString folder() const { return m_dir.path(); }

    QTemporaryDir m_dir;
    std::unique_ptr<test::PcscStack> m_stack;
    QString m_failed;
    std::unique_ptr<test::CountingChannel> m_channel;
    int m_images = 0;
};

void TestSle4442::commandBytes()
{
    // Every command as [ACS38] lays it out.
    QCOMPARE(wire(selectCardType()), hex("FFA4000001 06"));
    QCOMPARE(wire(*readMemory(0x20, 0x10)), hex("FFB0002010"));
    QCOMPARE(wire(*readMemory(0x00, 0xFF)), hex("FFB00000FF"));
    QCOMPARE(wire(readErrorCounter()), hex("FFB1000004"));
    QCOMPARE(wire(readProtectionBits()), hex("FFB2000004"));
    QCOMPARE(wire(*writeMemory(0x40, hex("A1B2C3"))), hex("FFD0004003 A1B2C3"));
    QCOMPARE(wire(*writeProtection(0x10, hex("5044"))), hex("FFD1001002 5044"));
    QCOMPARE(wire(*presentCode(hex("FFFFFF"))), hex("FF20000003 FFFFFF"));
    QCOMPARE(wire(*changeCode(hex("123456"))), hex("FFD2000103 123456"));
    QCOMPARE(transportPsc(), hex("FFFFFF"));
}

void TestSle4442::commandRangesRefused()
{
    QVERIFY(!readMemory(0xF0, 0x20)); // past 0xFF
    QVERIFY(!readMemory(-1, 4));
    QVERIFY(!readMemory(0x10, 0));
    QVERIFY(readMemory(0xE0, 0x20)); // up to the last byte
    QVERIFY(!writeMemory(0xFF, hex("0102")));
    QVERIFY(!writeMemory(0x20, {}));
    QVERIFY(!writeMemory(0x00, QByteArray(256, 'x'))); // more than one command carries
    auto protect = writeProtection(0x1F, hex("0102")); // protection bits end at 1F
    QVERIFY(!protect);
    QVERIFY(protect.error().message.contains(QLatin1String("1F")));
    auto shortPsc = presentCode(hex("1234"));
    QVERIFY(!shortPsc);
    QCOMPARE(shortPsc.error().field, QStringLiteral("psc"));
    QVERIFY(!changeCode(hex("12345678")));
}

void TestSle4442::errorCounter()
{
    // ERRCNT bits, one per try left [ACS39]: 07 3, 03 2, 01 1, 00 locked.
    QCOMPARE(triesFromCounter(0x07), 3);
    QCOMPARE(triesFromCounter(0x03), 2);
    QCOMPARE(triesFromCounter(0x01), 1);
    QCOMPARE(triesFromCounter(0x00), 0);
    QCOMPARE(triesFromCounter(0xF8), 0); // only the low three bits count
    QCOMPARE(*parseErrorCounter(reply("03000000", 0x9000)), 2);
    QVERIFY(!parseErrorCounter(reply("", 0x9000)));
    QVERIFY(!parseErrorCounter(reply("", 0x6A81)));
}

void TestSle4442::presentCodeReplies()
{
    auto right = parsePresentCode(reply("", 0x9007));
    PD_VERIFY_OK(right);
    QVERIFY(right->accepted);
    QCOMPARE(right->triesLeft, 3);
    auto wrong = parsePresentCode(reply("", 0x9003));
    QVERIFY(!wrong->accepted);
    QCOMPARE(wrong->triesLeft, 2);
    QCOMPARE(parsePresentCode(reply("", 0x9001))->triesLeft, 1);
    auto locked = parsePresentCode(reply("", 0x9000));
    QVERIFY(!locked->accepted);
    QCOMPARE(locked->triesLeft, 0);
    // Older ACR38 firmware [v1.9]: ERRCNT and the code as data, 90 00.
    auto old = parsePresentCode(reply("07FFFFFF", 0x9000));
    QVERIFY(old->accepted);
    auto oldWrong = parsePresentCode(reply("03FFFFFF", 0x9000));
    QVERIFY(!oldWrong->accepted);
    QCOMPARE(oldWrong->triesLeft, 2);
    // Anything else is no answer to trust.
    QVERIFY(!parsePresentCode(reply("", 0x6E00)));
    QVERIFY(!parsePresentCode(reply("", 0x6700)));
}

void TestSle4442::protectionBits()
{
    // PROT 1 bit 0 is byte 0, PROT 4 bit 7 is byte 1F; 1 writable [ACS38].
    const QByteArray bits = hex("FEFFFF7F");
    QVERIFY(!writable(bits, 0x00));
    QVERIFY(writable(bits, 0x01));
    QVERIFY(writable(bits, 0x1E));
    QVERIFY(!writable(bits, 0x1F));
    QVERIFY(writable(bits, 0x20)); // no protection bits past 1F
    QVERIFY(!writable(hex("00000000"), 0x14));
    QVERIFY(!writable(QByteArray(), 0x14)); // unknown bits: not writable
    QCOMPARE(*parseProtectionBits(reply("FFFFFFFF", 0x9000)), hex("FFFFFFFF"));
    QVERIFY(!parseProtectionBits(reply("FFFF", 0x9000)));
}

void TestSle4442::answerToReset()
{
    QVERIFY(recognises(hex("3B04A2131091")));
    QVERIFY(!recognises(hex("3B6800005044435055303031"))); // the PrepayDesk CPU card
    QVERIFY(!recognises(hex("3B04A21310")));
    QVERIFY(!recognises({}));
}

// --- on the PC/SC stack -----------------------------------------------------------------------

bool TestSle4442::stack()
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

void TestSle4442::cleanup()
{
    m_channel.reset();
    if (m_stack)
        PD_VERIFY_OK(m_stack->remove());
}

void TestSle4442::cleanupTestCase()
{
    m_stack.reset();
}

Result<std::unique_ptr<Sle4442Memory>> TestSle4442::insertAndOpen(const QString &image)
{
    m_channel.reset();
    if (Status inserted = m_stack->insert(image); !inserted)
        return inserted.error();
    auto channel = test::CountingChannel::connect(m_stack->readerName());
    if (!channel)
        return channel.error();
    m_channel = std::move(channel).value();
    return Sle4442Memory::open(*m_channel);
}

// A card PrepayDesk issued: header "PD" 01 00 + Serial, protection burnt over 00-1F, PSC Psc.
QString TestSle4442::personalisedImage(const QString &name, int errorCounter)
{
    const QString path = folder() + u'/' + name + QString::number(++m_images) + QStringLiteral(".json");
    QByteArray memory = hex("A2131091") + QByteArray(12, char(0x11)) + QByteArrayLiteral("PD") + hex("0100") + Serial +
                        QByteArray(4, char(0xFF));
    memory.append(QByteArray(224, char(0xFF)));
    QJsonObject image{{QStringLiteral("chip"), QStringLiteral("sle4442")},
                      {QStringLiteral("memory"), QString::fromLatin1(memory.toHex().toUpper())},
                      {QStringLiteral("protection"), QStringLiteral("00000000")},
                      {QStringLiteral("psc"), QString::fromLatin1(Psc.toHex().toUpper())},
                      {QStringLiteral("errorCounter"), errorCounter}};
    return saveImage(path, image) ? path : QString();
}

#define PD_STACK()                                                                                                     \
    QVERIFY2(stack(), qPrintable(m_failed));                                                                           \
    do {                                                                                                               \
    } while (false)

#define PD_BLANK(path)                                                                                                 \
    const QString path = folder() + QStringLiteral("/blank%1.json").arg(++m_images);                                   \
    PD_VERIFY_OK(test::PcscStack::makeBlankSle4442(path))

void TestSle4442::openBlankCard()
{
    PD_STACK();
    PD_BLANK(path);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    Sle4442Memory &card = **memory;
    QCOMPARE(m_channel->atr(), hex("3B04A2131091"));
    QCOMPARE(card.cardType(), QStringLiteral("sle4442"));
    QCOMPARE(card.serial(), hex("FFFFFFFFFFFFFFFF"));
    QVERIFY(card.isBlank());
    QCOMPARE(card.capacity(), 224);
    QCOMPARE(card.header().left(4), hex("A2131091")); // the chip's own ATR header at 00-03
    QVERIFY(!card.unlocked());
    QCOMPARE(*card.triesLeft(), 3);
    QCOMPARE(*card.readProtection(), hex("FFFFFFFF"));
    auto area = card.read(0, 224); // 7 reads of 32 bytes
    PD_VERIFY_OK(area);
    QCOMPARE(*area, QByteArray(224, char(0xFF)));
    QCOMPARE(*card.readMemory(0, 256), memoryOf(path));
}

void TestSle4442::pluginOpensTheCard()
{
    PD_STACK();
    PD_BLANK(path);
    PD_VERIFY_OK(m_stack->insert(path));
    auto channel = test::CountingChannel::connect(m_stack->readerName());
    PD_VERIFY_OK(channel);
    m_channel = std::move(channel).value();

    // The plugin file from the build tree (<build>/plugins, found from <build>/bin).
    PluginManager manager;
    manager.scan();
    const auto *plugin = manager.plugin(QStringLiteral("card-sle4442"));
    QVERIFY(plugin);
    QCOMPARE(plugin->state, PluginManager::State::Loaded);
    QCOMPARE(plugin->iid, QStringLiteral(PrepayDesk_CardDriver_iid));
    CardDriver *driver = manager.cardDriverForAtr(m_channel->atr());
    QVERIFY(driver);
    QCOMPARE(driver->cardType(), QStringLiteral("sle4442"));
    QCOMPARE(manager.cardDriver(QStringLiteral("sle4442")), driver);
    auto memory = driver->open(*m_channel);
    PD_VERIFY_OK(memory);
    QCOMPARE((*memory)->cardType(), QStringLiteral("sle4442"));
    QVERIFY((*memory)->isBlank());
    QCOMPARE((*memory)->capacity(), 224);
}

void TestSle4442::personaliseThenUnlockWithTheNewPsc()
{
    PD_STACK();
    PD_BLANK(path);
    const QByteArray before = memoryOf(path);
    {
        auto memory = insertAndOpen(path);
        PD_VERIFY_OK(memory);
        Sle4442Memory &card = **memory;
        PD_VERIFY_OK(card.personalise(Serial, access(transportPsc()), access(Psc)));
        QCOMPARE(card.serial(), Serial);
        QVERIFY(!card.isBlank());
        QVERIFY(card.unlocked());
    }
    // What the card holds now.
    const QJsonObject image = loadImage(path);
    const QByteArray memory = memoryOf(path);
    QCOMPARE(memory.left(0x10), before.left(0x10)); // chip header and maker bytes untouched
    QCOMPARE(memory.mid(0x10, 4), QByteArrayLiteral("PD") + hex("0100"));
    QCOMPARE(memory.mid(0x14, 8), Serial);
    QCOMPARE(memory.mid(0x20), before.mid(0x20)); // the area is not touched
    QCOMPARE(image.value(QStringLiteral("protection")).toString(), QStringLiteral("00000000"));
    QCOMPARE(image.value(QStringLiteral("psc")).toString(), QStringLiteral("5A3C96"));
    QCOMPARE(image.value(QStringLiteral("errorCounter")).toInt(), 3);

    // Out and back in: an issued card that opens with the new PSC and takes data.
    PD_VERIFY_OK(m_stack->remove());
    auto again = insertAndOpen(path);
    PD_VERIFY_OK(again);
    Sle4442Memory &card = **again;
    QCOMPARE(card.serial(), Serial);
    QVERIFY(!card.isBlank());
    QVERIFY(!card.unlocked());
    PD_VERIFY_OK(card.unlock(access(Psc)));
    PD_VERIFY_OK(card.write(0, hex("CAFE")));
    QCOMPARE(memoryOf(path).mid(0x20, 2), hex("CAFE"));
    // The header is protected for good: even unlocked, it does not change.
    QCOMPARE(*card.readProtection(), hex("00000000"));
}

void TestSle4442::personaliseRefusesAnIssuedCard()
{
    PD_STACK();
    const QString path = personalisedImage(QStringLiteral("issued"), 3);
    const QByteArray before = fileBytes(path);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    const int sent = m_channel->transmitted();
    Status again = (*memory)->personalise(hex("1111111111111111"), access(Psc), access(hex("010203")));
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QVERIFY2(again.error().message.contains(QLatin1String("01 02 03 04 05 06 07 08")),
             qPrintable(again.error().message));
    QCOMPARE(m_channel->transmitted(), sent); // refused before anything went to the card
    QCOMPARE(fileBytes(path), before);

    // Bad arguments are refused before the card too.
    PD_BLANK(blank);
    PD_VERIFY_OK(m_stack->remove());
    auto fresh = insertAndOpen(blank);
    PD_VERIFY_OK(fresh);
    const QByteArray blankBefore = fileBytes(blank);
    QCOMPARE((*fresh)->personalise(hex("01020304"), access(transportPsc()), access(Psc)).error().field,
             QStringLiteral("serial"));
    QCOMPARE((*fresh)->personalise(hex("FFFFFFFFFFFFFFFF"), access(transportPsc()), access(Psc)).error().field,
             QStringLiteral("serial"));
    QCOMPARE((*fresh)->personalise(Serial, access(transportPsc()), access(transportPsc())).error().field,
             QStringLiteral("psc"));
    QCOMPARE(fileBytes(blank), blankBefore);
}

void TestSle4442::wrongPscCostsATryAndSaysHowManyAreLeft()
{
    PD_STACK();
    const QString path = personalisedImage(QStringLiteral("wrong"), 3);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    Sle4442Memory &card = **memory;

    Status wrong = card.unlock(access(hex("000000")));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, Error::Code::Auth);
    QVERIFY2(wrong.error().message.contains(QLatin1String("2 tries left")), qPrintable(wrong.error().message));
    QVERIFY(!card.unlocked());
    QCOMPARE(loadImage(path).value(QStringLiteral("errorCounter")).toInt(), 2); // it cost a try
    QCOMPARE(*card.triesLeft(), 2);
    // Still not writable.
    const QByteArray before = memoryOf(path);
    QVERIFY(!card.write(0, hex("01")));
    QCOMPARE(memoryOf(path), before);

    // The right one restores all three.
    PD_VERIFY_OK(card.unlock(access(Psc)));
    QCOMPARE(*card.triesLeft(), 3);
    QCOMPARE(loadImage(path).value(QStringLiteral("errorCounter")).toInt(), 3);

    // A PSC of the wrong size never reaches the card.
    const int sent = m_channel->transmitted();
    Status bad = card.unlock(access(hex("0102")));
    QCOMPARE(bad.error().field, QStringLiteral("psc"));
    QCOMPARE(m_channel->transmitted(), sent);
}

void TestSle4442::lastTryNeedsApproval()
{
    PD_STACK();
    const QString path = personalisedImage(QStringLiteral("last"), 1);
    const QByteArray before = fileBytes(path);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    Sle4442Memory &card = **memory;

    // Without approval: refused, nothing presented (the file, counter included, is unchanged).
    Status refused = card.unlock(access(Psc));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY2(refused.error().message.contains(QLatin1String("supervisor")), qPrintable(refused.error().message));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(*card.triesLeft(), 1);
    // Even a wrong PSC is not presented: it would lock the card.
    QVERIFY(!card.unlock(access(hex("000000"))));
    QCOMPARE(fileBytes(path), before);

    // With approval the right PSC goes in and restores the counter.
    PD_VERIFY_OK(card.unlock(access(Psc, true)));
    QCOMPARE(loadImage(path).value(QStringLiteral("errorCounter")).toInt(), 3);

    // An approved wrong PSC at the last try locks the card, and says so.
    const QString other = personalisedImage(QStringLiteral("lastwrong"), 1);
    PD_VERIFY_OK(m_stack->remove());
    auto second = insertAndOpen(other);
    PD_VERIFY_OK(second);
    Status locked = (*second)->unlock(access(hex("000000"), true));
    QVERIFY(!locked);
    QVERIFY2(locked.error().message.contains(QLatin1String("locked")), qPrintable(locked.error().message));
    QCOMPARE(loadImage(other).value(QStringLiteral("errorCounter")).toInt(), 0);
}

void TestSle4442::lockedCard()
{
    PD_STACK();
    const QString path = personalisedImage(QStringLiteral("locked"), 0);
    const QByteArray before = fileBytes(path);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    Sle4442Memory &card = **memory;
    QCOMPARE(*card.triesLeft(), 0);
    Status refused = card.unlock(access(Psc, true));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY2(refused.error().message.contains(QLatin1String("locked")), qPrintable(refused.error().message));
    QVERIFY(!card.write(0, hex("01")));
    QCOMPARE(fileBytes(path), before);
    // It can still be read.
    PD_VERIFY_OK(card.read(0, 224));
    QCOMPARE(card.serial(), Serial);
}

void TestSle4442::writeIsReadBack()
{
    PD_STACK();
    const QString path = personalisedImage(QStringLiteral("write"), 3);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    Sle4442Memory &card = **memory;
    PD_VERIFY_OK(card.unlock(access(Psc)));

    const QByteArray whole = pattern(224, 3);
    int sent = m_channel->transmitted();
    PD_VERIFY_OK(card.write(0, whole));
    QCOMPARE(m_channel->transmitted() - sent, 14); // 7 chunks of 32: a write and a read-back each
    QCOMPARE(*card.read(0, 224), whole);
    QCOMPARE(memoryOf(path).mid(0x20), whole);

    // Across chunk boundaries, in the middle of the area.
    const QByteArray part = pattern(50, 99);
    PD_VERIFY_OK(card.write(100, part));
    QByteArray expected = whole;
    expected.replace(100, 50, part);
    QCOMPARE(*card.read(0, 224), expected);
    QCOMPARE(memoryOf(path).mid(0x20), expected);
    PD_VERIFY_OK(card.write(223, hex("5A"))); // the last byte
    QCOMPARE(memoryOf(path).at(255), char(0x5A));
    // The header is not reached through the area.
    QCOMPARE(memoryOf(path).mid(0x14, 8), Serial);
}

void TestSle4442::writeWithoutUnlockIsAnError()
{
    PD_STACK();
    const QString path = personalisedImage(QStringLiteral("nounlock"), 3);
    const QByteArray before = fileBytes(path);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    // The chip answers 90 00 and keeps its bytes: the read-back catches it.
    Status write = (*memory)->write(0, pattern(40, 1));
    QVERIFY(!write);
    QCOMPARE(write.error().message, QStringLiteral("The card did not take the data: it is protected or not unlocked."));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(loadImage(path).value(QStringLiteral("errorCounter")).toInt(), 3);
}

void TestSle4442::writeOutsideTheAreaSendsNothing()
{
    PD_STACK();
    const QString path = personalisedImage(QStringLiteral("range"), 3);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    Sle4442Memory &card = **memory;
    PD_VERIFY_OK(card.unlock(access(Psc)));
    const QByteArray before = fileBytes(path);
    const int sent = m_channel->transmitted();
    QCOMPARE(card.write(220, pattern(8, 0)).error().code, Error::Code::Invalid);
    QCOMPARE(card.write(-1, hex("00")).error().code, Error::Code::Invalid);
    QCOMPARE(card.read(200, 30).error().code, Error::Code::Invalid);
    QCOMPARE(card.readMemory(250, 10).error().code, Error::Code::Invalid);
    QCOMPARE(m_channel->transmitted(), sent);
    QCOMPARE(fileBytes(path), before);
}

void TestSle4442::cardPulledBetweenWriteAndReadBack()
{
    PD_STACK();
    const QString path = personalisedImage(QStringLiteral("pulled"), 3);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    Sle4442Memory &card = **memory;
    PD_VERIFY_OK(card.unlock(access(Psc)));
    const QByteArray before = memoryOf(path);

    PD_VERIFY_OK(m_stack->pullAfterWrites(2));
    const QByteArray data = pattern(224, 42);
    Status write = card.write(0, data);
    QVERIFY(!write);
    QCOMPARE(write.error().code, Error::Code::Io);
    QVERIFY2(write.error().message.contains(QLatin1String("could not be read back")),
             qPrintable(write.error().message));
    QVERIFY2(write.error().message.contains(QLatin1String("taken out")), qPrintable(write.error().message));
    // The card kept what it got: the first chunk (checked), the second (not checked), no more.
    const QByteArray after = memoryOf(path);
    QCOMPARE(after.mid(0x20, 64), data.left(64));
    QCOMPARE(after.mid(0x60), before.mid(0x60));
    PD_VERIFY_OK(m_stack->waitForCard(false));

    // Back in: a new session reads what it holds, and must unlock again to finish.
    m_channel.reset();
    auto again = insertAndOpen(path);
    PD_VERIFY_OK(again);
    QCOMPARE(*(*again)->read(0, 64), data.left(64));
    QVERIFY(!(*again)->unlocked());
    PD_VERIFY_OK((*again)->unlock(access(Psc)));
    PD_VERIFY_OK((*again)->write(0, data));
    QCOMPARE(memoryOf(path).mid(0x20), data);
}

void TestSle4442::changePscAfterUnlock()
{
    PD_STACK();
    const QString path = personalisedImage(QStringLiteral("change"), 3);
    auto memory = insertAndOpen(path);
    PD_VERIFY_OK(memory);
    Sle4442Memory &card = **memory;
    const QByteArray before = fileBytes(path);
    Status locked = card.changePsc(hex("010203"));
    QCOMPARE(locked.error().code, Error::Code::Forbidden);
    QCOMPARE(fileBytes(path), before);

    PD_VERIFY_OK(card.unlock(access(Psc)));
    PD_VERIFY_OK(card.changePsc(hex("010203")));
    QCOMPARE(loadImage(path).value(QStringLiteral("psc")).toString(), QStringLiteral("010203"));
    QCOMPARE(loadImage(path).value(QStringLiteral("errorCounter")).toInt(), 3);
    PD_VERIFY_OK(m_stack->remove());
    auto again = insertAndOpen(path);
    PD_VERIFY_OK(again);
    PD_VERIFY_OK((*again)->unlock(access(hex("010203"))));
}

void TestSle4442::cpuCardIsNotASle4442()
{
    PD_STACK();
    const QString path = folder() + QStringLiteral("/cpu%1.json").arg(++m_images);
    PD_VERIFY_OK(test::PcscStack::makeBlankCpu(path, hex("0011223344556677"), hex("000102030405060708090A0B0C0D0E0F")));
    const QByteArray before = fileBytes(path);
    auto memory = insertAndOpen(path);
    QVERIFY(!memory);
    QVERIFY2(memory.error().message.contains(QLatin1String("SLE4442")), qPrintable(memory.error().message));
    QVERIFY2(memory.error().message.contains(QLatin1String("6E00")), qPrintable(memory.error().message));
    QCOMPARE(fileBytes(path), before);
}

QTEST_GUILESS_MAIN(TestSle4442)
#include "tst_sle4442.moc"
