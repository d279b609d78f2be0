// The card reader layer (app/core/card: PcscContext, PcscCard, ReaderMonitor, StatusWords) on the
// real PC/SC stack: a private pcscd with Debian's vpcd reader driver and the virtual SLE4442 and
// CPU cards of tests/cards/virtual_card.py (PcscStack). The card replies asserted here are the
// ones CARDS.md specifies; the CPU card's keys are computed here with OpenSSL, independently of
// the virtual card's own pycryptodome code.

#include "PcscStack.h"
#include "TestSupport.h"
#include "card/Pcsc.h"
#include "card/ReaderMonitor.h"
#include "card/StatusWords.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

using namespace prepaydesk;
using prepaydesk::test::PcscStack;

namespace {

const QByteArray SleAtr = QByteArray::fromHex("3B04A2131091");
const QByteArray CpuAtr = QByteArray::fromHex("3B680000") + QByteArray("PDCPU001");
const QByteArray CpuSerial = QByteArray::fromHex("8600000012345678");
const QByteArray CpuMaster = QByteArray::fromHex("404142434445464748494A4B4C4D4E4F");

CommandApdu apdu(quint8 cla, quint8 ins, quint8 p1, quint8 p2, const QByteArray &data = {}, int le = -1)
{
    CommandApdu c;
    c.cla = cla;
    c.ins = ins;
    c.p1 = p1;
    c.p2 = p2;
    c.data = data;
    c.le = le;
    return c;
}

// 2-key triple DES (EDE2), ECB, one block, with OpenSSL.
QByteArray des3(const QByteArray &key, const QByteArray &block)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    QByteArray out(16, '\0');
    int n = 0;
    int m = 0;
    const bool ok =
        EVP_EncryptInit_ex(ctx, EVP_des_ede_ecb(), nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                           nullptr) == 1 &&
        EVP_CIPHER_CTX_set_padding(ctx, 0) == 1 &&
        EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &n,
                          reinterpret_cast<const unsigned char *>(block.constData()), int(block.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + n, &m) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? out.left(n + m) : QByteArray();
}

// CARDS.md (PBOC-style, JR/T 0025): D = serial XOR 00..0n; K = 3DES(master, D) || 3DES(master, NOT D).
QByteArray diversify(const QByteArray &master, const QByteArray &serial, int n)
{
    QByteArray d = serial;
    d[7] = char(quint8(d[7]) ^ n);
    QByteArray notD = d;
    for (char &c : notD)
        c = char(~quint8(c));
    return des3(master, d) + des3(master, notD);
}

QJsonObject image(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray memoryOf(const QString &file)
{
    return QByteArray::fromHex(image(file).value(u"memory").toString().toLatin1());
}

QByteArray areaOf(const QString &file)
{
    return QByteArray::fromHex(image(file).value(u"area").toString().toLatin1());
}

} // namespace

#define SEND(card, command)                                                                                            \
    [&] {                                                                                                              \
        const Result<ResponseApdu> r_ = (card).transmit(command);                                                      \
        return r_.ok() ? r_.value() : ResponseApdu{QByteArray("transmit failed: ") + r_.error().message.toUtf8(), 0};  \
    }()

class TestCardReader : public QObject
{
    Q_OBJECT

private:
    PcscStack m_stack;
    QTemporaryDir m_dir;
    int m_files = 0;

    QString blankSle()
    {
        const QString file = m_dir.filePath(QStringLiteral("sle-%1.json").arg(++m_files));
        const Status s = PcscStack::makeBlankSle4442(file);
        return s.ok() ? file : QString();
    }

    QString blankCpu()
    {
        const QString file = m_dir.filePath(QStringLiteral("cpu-%1.json").arg(++m_files));
        const Status s = PcscStack::makeBlankCpu(file, CpuSerial, CpuMaster);
        return s.ok() ? file : QString();
    }

    // External authentication with key 1 as a host does it: GET CHALLENGE, encrypt, answer.
    static quint16 externalAuth(PcscCard &card, const QByteArray &key)
    {
        const ResponseApdu challenge = SEND(card, apdu(0x00, 0x84, 0x00, 0x00, {}, 8));
        if (!challenge.ok() || challenge.data.size() != 8)
            return 0;
        return SEND(card, apdu(0x00, 0x82, 0x00, 0x01, des3(key, challenge.data))).sw;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        PD_VERIFY_OK(m_stack.start());
        QVERIFY(des3(CpuMaster, CpuSerial).size() == 8); // OpenSSL gives 2-key 3DES
    }

    void cleanup()
    {
        // A failed test leaves no card in the slot for the next one.
        if (m_stack.daemonRunning())
            (void)m_stack.remove();
    }

    void readerIsListed()
    {
        PcscContext context;
        PD_VERIFY_OK(context.establish());
        const Result<QStringList> readers = context.readers();
        PD_VERIFY_OK(readers);
        QVERIFY2(readers->contains(m_stack.readerName()), qPrintable(readers->join(u", ")));
        const Result<ReaderStatus> status = context.status(m_stack.readerName());
        PD_VERIFY_OK(status);
        QVERIFY(!status->present);

        // No card: connecting says so; an unknown reader is not there.
        const auto none = PcscCard::connect(context, m_stack.readerName());
        QVERIFY(!none.ok());
        QCOMPARE(none.error().field, cardreader::NoCard);
        QVERIFY(!none.error().message.isEmpty());
        const auto unknown = PcscCard::connect(context, QStringLiteral("No such reader 00 00"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().field, cardreader::ReaderGone);
        QCOMPARE(context.status(QStringLiteral("No such reader 00 00")).error().field, cardreader::ReaderGone);
    }

    void monitorSeesInsertionAndRemoval()
    {
        ReaderMonitor monitor;
        QSignalSpy readers(&monitor, &ReaderMonitor::readersChanged);
        QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
        QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(readers.size() >= 1, 10000);
        QVERIFY(readers.last().at(0).toStringList().contains(m_stack.readerName()));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderMonitor::State::Working, 10000);
        QCOMPARE(monitor.stateText(), ReaderMonitor::textFor(ReaderMonitor::State::Working));
        QCOMPARE(inserted.size(), 0);

        PD_VERIFY_OK(m_stack.insert(blankSle(), PcscStack::Wait::No));
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, 10000);
        QCOMPARE(inserted[0][0].toString(), m_stack.readerName());
        QCOMPARE(inserted[0][1].toByteArray(), SleAtr);
        QCOMPARE(monitor.cardAtr(m_stack.readerName()), SleAtr);

        PD_VERIFY_OK(m_stack.remove(PcscStack::Wait::No));
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
        QCOMPARE(removed[0][0].toString(), m_stack.readerName());
        QCOMPARE(monitor.cardAtr(m_stack.readerName()), QByteArray());

        PD_VERIFY_OK(m_stack.insert(blankCpu(), PcscStack::Wait::No));
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 2, 10000);
        QCOMPARE(inserted[1][1].toByteArray(), CpuAtr);
        PD_VERIFY_OK(m_stack.remove(PcscStack::Wait::No));
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 2, 10000);

        // stop() ends the blocked wait at once (SCardCancel); the bound is a generous upper one.
        QElapsedTimer clock;
        clock.start();
        monitor.stop();
        QVERIFY(!monitor.isRunning());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(monitor.state(), ReaderMonitor::State::Stopped);
    }

    void sle4442ThroughPcscCard()
    {
        const QString file = blankSle();
        PD_VERIFY_OK(m_stack.insert(file));
        PcscContext context;
        PD_VERIFY_OK(context.establish());
        auto connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);
        PcscCard &card = **connected;
        QCOMPARE(card.atr(), SleAtr);
        QCOMPARE(card.readerName(), m_stack.readerName());

        QCOMPARE(SEND(card, apdu(0xFF, 0xA4, 0x00, 0x00, QByteArray::fromHex("06"))).sw, 0x9000);
        ResponseApdu r = SEND(card, apdu(0xFF, 0xB0, 0x00, 0x00, {}, 256));
        QCOMPARE(r.sw, 0x9000);
        QCOMPARE(r.data.size(), 256);
        QCOMPARE(r.data.left(4), QByteArray::fromHex("A2131091")); // the chip's ATR header
        QCOMPARE(r.data.mid(0x10), QByteArray(0xF0, char(0xFF)));  // blank: no header, no serial, no data
        r = SEND(card, apdu(0xFF, 0xB1, 0x00, 0x00, {}, 4));
        QCOMPARE(r.data, QByteArray::fromHex("07000000")); // 3 tries
        QCOMPARE(SEND(card, apdu(0xFF, 0xB2, 0x00, 0x00, {}, 4)).data, QByteArray::fromHex("FFFFFFFF"));

        // Write without the PSC: 90 00 as on the chip, but nothing written (the host reads back).
        QCOMPARE(SEND(card, apdu(0xFF, 0xD0, 0x00, 0x20, QByteArray::fromHex("1122"))).sw, 0x9000);
        QCOMPARE(SEND(card, apdu(0xFF, 0xB0, 0x00, 0x20, {}, 2)).data, QByteArray::fromHex("FFFF"));
        QCOMPARE(memoryOf(file).mid(0x20, 2), QByteArray::fromHex("FFFF"));

        // A wrong PSC costs a try: 90 03 (two left), the counter shows it, the file keeps it.
        r = SEND(card, apdu(0xFF, 0x20, 0x00, 0x00, QByteArray::fromHex("123456")));
        QCOMPARE(r.sw, 0x9003);
        QCOMPARE(SEND(card, apdu(0xFF, 0xB1, 0x00, 0x00, {}, 4)).data.left(1), QByteArray::fromHex("03"));
        QCOMPARE(image(file).value(u"errorCounter").toInt(), 2);
        // The right one (transport code FFFFFF) restores 3 and allows writing.
        QCOMPARE(SEND(card, apdu(0xFF, 0x20, 0x00, 0x00, QByteArray::fromHex("FFFFFF"))).sw, 0x9007);
        QCOMPARE(image(file).value(u"errorCounter").toInt(), 3);
        QCOMPARE(SEND(card, apdu(0xFF, 0xD0, 0x00, 0x20, QByteArray::fromHex("1122"))).sw, 0x9000);
        QCOMPARE(SEND(card, apdu(0xFF, 0xB0, 0x00, 0x20, {}, 2)).data, QByteArray::fromHex("1122"));
        QCOMPARE(memoryOf(file).mid(0x20, 2), QByteArray::fromHex("1122")); // saved at once

        // Burning protection over 00-03 (data equal to the memory): those bytes stay as they are.
        QCOMPARE(SEND(card, apdu(0xFF, 0xD1, 0x00, 0x00, QByteArray::fromHex("A2131091"))).sw, 0x9000);
        QCOMPARE(SEND(card, apdu(0xFF, 0xB2, 0x00, 0x00, {}, 4)).data, QByteArray::fromHex("F0FFFFFF"));
        QCOMPARE(SEND(card, apdu(0xFF, 0xD0, 0x00, 0x00, QByteArray::fromHex("00"))).sw, 0x9000);
        QCOMPARE(SEND(card, apdu(0xFF, 0xB0, 0x00, 0x00, {}, 1)).data, QByteArray::fromHex("A2"));

        // Change the PSC; after a reset (a new connection) only the new one opens the card.
        QCOMPARE(SEND(card, apdu(0xFF, 0xD2, 0x00, 0x01, QByteArray::fromHex("A1B2C3"))).sw, 0x9000);
        QCOMPARE(image(file).value(u"psc").toString(), QStringLiteral("A1B2C3"));
        connected = Error{}; // disconnects with a reset
        connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);
        PcscCard &again = **connected;
        QCOMPARE(SEND(again, apdu(0xFF, 0xD0, 0x00, 0x22, QByteArray::fromHex("33"))).sw, 0x9000);
        QCOMPARE(SEND(again, apdu(0xFF, 0xB0, 0x00, 0x22, {}, 1)).data, QByteArray::fromHex("FF")); // reset: locked
        QCOMPARE(SEND(again, apdu(0xFF, 0x20, 0x00, 0x00, QByteArray::fromHex("A1B2C3"))).sw, 0x9007);

        // Pseudo-APDUs of another class or unknown ones are refused, not crashed on.
        QCOMPARE(SEND(again, apdu(0x00, 0xB0, 0x00, 0x00, {}, 1)).sw, 0x6E00);
        QCOMPARE(SEND(again, apdu(0xFF, 0xEE, 0x00, 0x00)).sw, 0x6D00);
        QCOMPARE(SEND(again, apdu(0xFF, 0xB0, 0x00, 0xF0, {}, 0x20)).sw, 0x6B00); // past the end
        connected = Error{};
        PD_VERIFY_OK(m_stack.remove());
    }

    void sle4442LocksAfterThreeWrongCodes()
    {
        const QString file = blankSle();
        PD_VERIFY_OK(m_stack.insert(file));
        PcscContext context;
        PD_VERIFY_OK(context.establish());
        auto connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);
        PcscCard &card = **connected;
        const CommandApdu wrong = apdu(0xFF, 0x20, 0x00, 0x00, QByteArray::fromHex("000000"));
        QCOMPARE(SEND(card, wrong).sw, 0x9003);
        QCOMPARE(SEND(card, wrong).sw, 0x9001);
        QCOMPARE(SEND(card, wrong).sw, 0x9000); // no tries left
        QCOMPARE(image(file).value(u"errorCounter").toInt(), 0);
        // Locked for good: even the right code no longer opens it.
        QCOMPARE(SEND(card, apdu(0xFF, 0x20, 0x00, 0x00, QByteArray::fromHex("FFFFFF"))).sw, 0x9000);
        QCOMPARE(SEND(card, apdu(0xFF, 0xB1, 0x00, 0x00, {}, 4)).data, QByteArray::fromHex("00000000"));
        QCOMPARE(SEND(card, apdu(0xFF, 0xD0, 0x00, 0x30, QByteArray::fromHex("55"))).sw, 0x9000);
        QCOMPARE(memoryOf(file).at(0x30), char(0xFF));
        connected = Error{};
        PD_VERIFY_OK(m_stack.remove());
    }

    void cpuCardThroughPcscCard()
    {
        const QString file = blankCpu();
        PD_VERIFY_OK(m_stack.insert(file));
        PcscContext context;
        PD_VERIFY_OK(context.establish());
        auto connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);
        PcscCard &card = **connected;
        QCOMPARE(card.atr(), CpuAtr);
        QCOMPARE(card.protocol(), 0); // the ATR offers T=0 only

        QCOMPARE(SEND(card, apdu(0x00, 0xA4, 0x00, 0x00, QByteArray::fromHex("3F00"))).sw, 0x9000);
        QCOMPARE(SEND(card, apdu(0x00, 0xA4, 0x00, 0x00, QByteArray::fromHex("0009"))).sw, 0x6A82);
        QCOMPARE(SEND(card, apdu(0x00, 0xA4, 0x00, 0x00, QByteArray::fromHex("0001"))).sw, 0x9000);
        ResponseApdu r = SEND(card, apdu(0x00, 0xB0, 0x00, 0x00, {}, 8));
        QCOMPARE(r.sw, 0x9000);
        QCOMPARE(r.data, CpuSerial);

        // Le 256 past the end of the 224-byte area: the card says 6C E0, PcscCard sends again with E0.
        QCOMPARE(SEND(card, apdu(0x00, 0xA4, 0x00, 0x00, QByteArray::fromHex("0002"))).sw, 0x9000);
        const Result<QByteArray> raw = card.transmitRaw(QByteArray::fromHex("00B0000000"));
        PD_VERIFY_OK(raw);
        QCOMPARE(*raw, QByteArray::fromHex("6CE0"));
        r = SEND(card, apdu(0x00, 0xB0, 0x00, 0x00, {}, 256));
        QCOMPARE(r.sw, 0x9000);
        QCOMPARE(r.data, QByteArray(224, char(0xFF)));
        QCOMPARE(SEND(card, apdu(0x00, 0xB0, 0x00, 0xE0, {}, 1)).sw, 0x6B00); // beyond the file

        // Update without authentication: refused with 69 82, nothing written.
        QCOMPARE(SEND(card, apdu(0x00, 0xD6, 0x00, 0x00, QByteArray::fromHex("0102"))).sw, 0x6982);
        QCOMPARE(areaOf(file).left(2), QByteArray::fromHex("FFFF"));

        // Internal authentication sent T=0 style (no Le): 61 08, PcscCard fetches it with GET RESPONSE.
        const QByteArray k1 = diversify(CpuMaster, CpuSerial, 1);
        const QByteArray k2 = diversify(CpuMaster, CpuSerial, 2);
        QCOMPARE(k1.size(), 16);
        const QByteArray challenge = QByteArray::fromHex("0011223344556677");
        const Result<QByteArray> pending = card.transmitRaw(QByteArray::fromHex("0088000208") + challenge);
        PD_VERIFY_OK(pending);
        QCOMPARE(*pending, QByteArray::fromHex("6108"));
        r = SEND(card, apdu(0x00, 0x88, 0x00, 0x02, challenge));
        QCOMPARE(r.sw, 0x9000);
        QCOMPARE(r.data, des3(k2, challenge)); // the card holds K2 diversified from the master

        // External authentication: no challenge first, a wrong key (a try gone), then the right one.
        QCOMPARE(SEND(card, apdu(0x00, 0x82, 0x00, 0x01, QByteArray(8, '\0'))).sw, 0x6985);
        const quint16 wrong = externalAuth(card, diversify(CpuMaster, CpuSerial, 3));
        QCOMPARE(wrong, 0x63C2);
        QCOMPARE(StatusWords::triesLeft(wrong), 2);
        QCOMPARE(image(file).value(u"extTries").toInt(), 2);
        QCOMPARE(SEND(card, apdu(0x00, 0xD6, 0x00, 0x00, QByteArray::fromHex("0102"))).sw, 0x6982);
        QCOMPARE(externalAuth(card, k1), 0x9000);
        QCOMPARE(image(file).value(u"extTries").toInt(), 3);
        QCOMPARE(SEND(card, apdu(0x00, 0xD6, 0x00, 0x10, QByteArray::fromHex("A1A2A3"))).sw, 0x9000);
        QCOMPARE(SEND(card, apdu(0x00, 0xB0, 0x00, 0x10, {}, 3)).data, QByteArray::fromHex("A1A2A3"));
        QCOMPARE(areaOf(file).mid(0x10, 3), QByteArray::fromHex("A1A2A3"));

        QCOMPARE(SEND(card, apdu(0x80, 0xB0, 0x00, 0x00, {}, 1)).sw, 0x6E00);
        QCOMPARE(SEND(card, apdu(0x00, 0xEE, 0x00, 0x00)).sw, 0x6D00);
        QCOMPARE(SEND(card, apdu(0x00, 0x84, 0x00, 0x00, {}, 4)).sw, 0x6700);

        // Disconnecting resets the card: the authentication does not outlive the connection.
        connected = Error{};
        connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);
        QCOMPARE(SEND(**connected, apdu(0x00, 0xA4, 0x00, 0x00, QByteArray::fromHex("0002"))).sw, 0x9000);
        QCOMPARE(SEND(**connected, apdu(0x00, 0xD6, 0x00, 0x00, QByteArray::fromHex("01"))).sw, 0x6982);
        connected = Error{};
        PD_VERIFY_OK(m_stack.remove());
    }

    void cpuCardBlocksAfterThreeWrongKeys()
    {
        const QString file = blankCpu();
        PD_VERIFY_OK(m_stack.insert(file));
        PcscContext context;
        PD_VERIFY_OK(context.establish());
        auto connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);
        const QByteArray bad = QByteArray(16, '\x5A');
        QCOMPARE(externalAuth(**connected, bad), 0x63C2);
        QCOMPARE(externalAuth(**connected, bad), 0x63C1);
        QCOMPARE(externalAuth(**connected, bad), 0x63C0);
        // Blocked: the right key no longer helps.
        QCOMPARE(externalAuth(**connected, diversify(CpuMaster, CpuSerial, 1)), 0x6983);
        QCOMPARE(image(file).value(u"extTries").toInt(), 0);
        QVERIFY(StatusWords::describe(0x6983) != StatusWords::describe(0x6982));
        connected = Error{};
        PD_VERIFY_OK(m_stack.remove());
    }

    void cardPulledBetweenWriteAndReadBack()
    {
        const QString file = blankSle();
        PD_VERIFY_OK(m_stack.insert(file));
        PcscContext context;
        PD_VERIFY_OK(context.establish());
        auto connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);
        PcscCard &card = **connected;
        QCOMPARE(SEND(card, apdu(0xFF, 0x20, 0x00, 0x00, QByteArray::fromHex("FFFFFF"))).sw, 0x9007);
        PD_VERIFY_OK(m_stack.pullAfterWrites(2));
        QCOMPARE(SEND(card, apdu(0xFF, 0xD0, 0x00, 0x40, QByteArray::fromHex("01"))).sw, 0x9000);
        QCOMPARE(SEND(card, apdu(0xFF, 0xD0, 0x00, 0x41, QByteArray::fromHex("02"))).sw,
                 0x9000); // answered, then pulled
        // The read-back finds no card: a clear Error, not a crash and not stale data.
        const Result<ResponseApdu> readBack = card.transmit(apdu(0xFF, 0xB0, 0x00, 0x40, {}, 2));
        QVERIFY(!readBack.ok());
        QCOMPARE(readBack.error().field, cardreader::CardRemoved);
        QCOMPARE(readBack.error().code, Error::Code::Io);
        QVERIFY(!readBack.error().message.isEmpty());
        QVERIFY(!card.transmit(apdu(0xFF, 0xB0, 0x00, 0x40, {}, 2)).ok()); // and stays so
        PD_VERIFY_OK(m_stack.waitForCard(false));
        QCOMPARE(*m_stack.status(), QStringLiteral("empty"));
        // The pulled card kept both writes it answered.
        QCOMPARE(memoryOf(file).mid(0x40, 2), QByteArray::fromHex("0102"));
        connected = Error{};

        // Put back: it reads what was written.
        PD_VERIFY_OK(m_stack.insert(file));
        connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);
        QCOMPARE(SEND(**connected, apdu(0xFF, 0xB0, 0x00, 0x40, {}, 2)).data, QByteArray::fromHex("0102"));
        connected = Error{};
        PD_VERIFY_OK(m_stack.remove());
    }

    void cpuCardPulledAfterUpdate()
    {
        const QString file = blankCpu();
        PD_VERIFY_OK(m_stack.insert(file));
        PcscContext context;
        PD_VERIFY_OK(context.establish());
        auto connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);
        PcscCard &card = **connected;
        QCOMPARE(SEND(card, apdu(0x00, 0xA4, 0x00, 0x00, QByteArray::fromHex("0002"))).sw, 0x9000);
        QCOMPARE(externalAuth(card, diversify(CpuMaster, CpuSerial, 1)), 0x9000);
        PD_VERIFY_OK(m_stack.pullAfterWrites(1));
        QCOMPARE(SEND(card, apdu(0x00, 0xD6, 0x00, 0x00, QByteArray::fromHex("CAFE"))).sw, 0x9000);
        const Result<ResponseApdu> readBack = card.transmit(apdu(0x00, 0xB0, 0x00, 0x00, {}, 2));
        QVERIFY(!readBack.ok());
        QCOMPARE(readBack.error().field, cardreader::CardRemoved);
        QCOMPARE(areaOf(file).left(2), QByteArray::fromHex("CAFE"));
        connected = Error{};
        PD_VERIFY_OK(m_stack.waitForCard(false));
    }

    void cardRemovedWhileConnected()
    {
        PD_VERIFY_OK(m_stack.insert(blankSle()));
        PcscContext context;
        PD_VERIFY_OK(context.establish());
        auto connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);
        PD_VERIFY_OK(m_stack.remove());
        const Result<ResponseApdu> r = (*connected)->transmit(apdu(0xFF, 0xB0, 0x00, 0x00, {}, 4));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, cardreader::CardRemoved);
        QCOMPARE(r.error().message, StatusWords::describePcsc(0x80100069)); // SCARD_W_REMOVED_CARD
    }

    void commandsThatCannotBeSent()
    {
        QVERIFY(!PcscCard::encode(apdu(0x00, 0xD6, 0x00, 0x00, QByteArray(256, 'x'))).ok());
        QVERIFY(!PcscCard::encode(apdu(0x00, 0xB0, 0x00, 0x00, {}, 257)).ok());
        QCOMPARE(PcscCard::encode(apdu(0x00, 0xB0, 0x00, 0x00, {}, 256)).value(), QByteArray::fromHex("00B0000000"));
        QCOMPARE(PcscCard::encode(apdu(0x00, 0xA4, 0x00, 0x00, QByteArray::fromHex("3F00"))).value(),
                 QByteArray::fromHex("00A40000023F00"));
        QCOMPARE(PcscCard::encode(apdu(0x00, 0x88, 0x00, 0x02, QByteArray(8, '\1'), 8)).value().size(), 5 + 8 + 1);
        QCOMPARE(PcscCard::encode(apdu(0x00, 0xEE, 0x01, 0x02)).value(), QByteArray::fromHex("00EE0102"));

        // Nothing reaches the card from a command that cannot be encoded.
        const QString file = blankCpu();
        PD_VERIFY_OK(m_stack.insert(file));
        PcscContext context;
        PD_VERIFY_OK(context.establish());
        auto connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);
        const Result<ResponseApdu> r = (*connected)->transmit(apdu(0x00, 0xD6, 0x00, 0x00, QByteArray(300, 'x')));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, cardreader::Protocol);
        QCOMPARE(areaOf(file), QByteArray(224, char(0xFF)));
        connected = Error{};
        PD_VERIFY_OK(m_stack.remove());
    }

    void statusWordTexts()
    {
        // Each status word of ISO/IEC 7816-4 the drivers meet has its own words, not the fallback.
        const QList<quint16> known{0x9000, 0x6281, 0x6282, 0x6300, 0x6581, 0x6700, 0x6982, 0x6983, 0x6985,
                                   0x6986, 0x6A82, 0x6A86, 0x6A88, 0x6B00, 0x6D00, 0x6E00, 0x6F00};
        QSet<QString> texts;
        for (quint16 sw : known) {
            const QString text = StatusWords::describe(sw);
            QVERIFY2(!text.contains(QString::number(sw, 16), Qt::CaseInsensitive), qPrintable(text));
            texts.insert(text);
        }
        QVERIFY(texts.size() >= known.size() - 2); // 6A86/6B00 and 6281/... may share words
        QVERIFY(StatusWords::describe(0x6A99).contains(QStringLiteral("6A99")));
        QVERIFY(StatusWords::describe(0x63C2).contains(u'2'));
        QCOMPARE(StatusWords::triesLeft(0x63C1), 1);
        QCOMPARE(StatusWords::triesLeft(0x63C0), 0);
        QCOMPARE(StatusWords::triesLeft(0x9000), -1);
        QCOMPARE(StatusWords::triesLeft(0x6300), -1);

        // PC/SC codes (pcsclite.h values) to reasons.
        QCOMPARE(StatusWords::pcscReason(0x8010001D), cardreader::NoService);
        QCOMPARE(StatusWords::pcscReason(0x8010001E), cardreader::NoService);
        QCOMPARE(StatusWords::pcscReason(0x80100017), cardreader::ReaderGone);
        QCOMPARE(StatusWords::pcscReason(0x8010002E), cardreader::NoReaders);
        QCOMPARE(StatusWords::pcscReason(0x80100069), cardreader::CardRemoved);
        QCOMPARE(StatusWords::pcscReason(0x8010000C), cardreader::NoCard);
        QCOMPARE(StatusWords::pcscReason(0x8010000B), cardreader::Sharing);
        QCOMPARE(StatusWords::pcscReason(0x8010000A), cardreader::Timeout);
        QCOMPARE(StatusWords::pcscReason(0x80100068), cardreader::CardReset);
        QCOMPARE(StatusWords::pcscReason(0x80100066), cardreader::Unresponsive);
        QCOMPARE(StatusWords::pcscReason(0x80100099), cardreader::Failed);
        QVERIFY(StatusWords::describePcsc(0x80100099).contains(QStringLiteral("80100099")));
        QVERIFY(StatusWords::describePcsc(0x8010001D) != StatusWords::describePcsc(0x8010000C));
    }

    void sharedAccessFromTwoContexts()
    {
        // Two connections at once (shared mode), as the console and prepayctl may hold.
        PD_VERIFY_OK(m_stack.insert(blankSle()));
        PcscContext a;
        PcscContext b;
        PD_VERIFY_OK(a.establish());
        PD_VERIFY_OK(b.establish());
        auto first = PcscCard::connect(a, m_stack.readerName(), PcscCard::Disposition::Leave);
        auto second = PcscCard::connect(b, m_stack.readerName(), PcscCard::Disposition::Leave);
        PD_VERIFY_OK(first);
        PD_VERIFY_OK(second);
        QCOMPARE(SEND(**first, apdu(0xFF, 0xB0, 0x00, 0x00, {}, 4)).data, QByteArray::fromHex("A2131091"));
        QCOMPARE(SEND(**second, apdu(0xFF, 0xB0, 0x00, 0x00, {}, 4)).data, QByteArray::fromHex("A2131091"));
        first = Error{};
        second = Error{};
        PD_VERIFY_OK(m_stack.remove());
    }

    // Last: pcscd goes away (the reader "unplugged") and comes back.
    void serviceStoppedAndBack()
    {
        const QString file = blankCpu();
        PD_VERIFY_OK(m_stack.insert(file));
        ReaderMonitor monitor;
        monitor.setRetryInterval(200); // the default second, shortened to keep the suite short
        QSignalSpy readers(&monitor, &ReaderMonitor::readersChanged);
        QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
        QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
        QSignalSpy states(&monitor, &ReaderMonitor::stateChanged);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, 10000);
        QCOMPARE(inserted[0][1].toByteArray(), CpuAtr);

        PcscContext context;
        PD_VERIFY_OK(context.establish());
        auto connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);

        PD_VERIFY_OK(m_stack.stopDaemon());
        // A transmit on the open connection: the service is gone, said clearly.
        const Result<ResponseApdu> r =
            (*connected)->transmit(apdu(0x00, 0xA4, 0x00, 0x00, QByteArray::fromHex("0002")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, cardreader::NoService);
        connected = Error{};
        const Result<QStringList> listed = context.readers();
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().field, cardreader::NoService);
        PcscContext fresh;
        const Status none = fresh.establish();
        QVERIFY(!none.ok());
        QCOMPARE(none.error().field, cardreader::NoService);
        QCOMPARE(none.error().message, StatusWords::describePcsc(0x8010001D));

        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderMonitor::State::NoService, 10000);
        QCOMPARE(states.last().at(1).toString(), ReaderMonitor::textFor(ReaderMonitor::State::NoService));
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!readers.isEmpty() && readers.last().at(0).toStringList().isEmpty(), 10000);
        QVERIFY(monitor.readers().isEmpty());

        // Back: the monitor finds the service again, lists the reader and the card still in it.
        const qsizetype readersBefore = readers.size();
        PD_VERIFY_OK(m_stack.startDaemon());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderMonitor::State::Working, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(readers.size() > readersBefore, 10000);
        QVERIFY(readers.last().at(0).toStringList().contains(m_stack.readerName()));
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 2, 10000);
        QCOMPARE(inserted[1][1].toByteArray(), CpuAtr);

        // And a new context talks to the card again.
        PD_VERIFY_OK(context.establish());
        connected = PcscCard::connect(context, m_stack.readerName());
        PD_VERIFY_OK(connected);
        QCOMPARE(SEND(**connected, apdu(0x00, 0xA4, 0x00, 0x00, QByteArray::fromHex("0001"))).sw, 0x9000);
        QCOMPARE(SEND(**connected, apdu(0x00, 0xB0, 0x00, 0x00, {}, 8)).data, CpuSerial);
        connected = Error{};
        monitor.stop();
        PD_VERIFY_OK(m_stack.remove());
    }
};

QTEST_GUILESS_MAIN(TestCardReader)
#include "tst_card_reader.moc"
