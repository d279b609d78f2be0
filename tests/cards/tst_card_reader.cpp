// The card reader layer on the real PC/SC stack (PcscStack: a private pcscd with Debian's vpcd and
// the virtual card of tests/cards/virtual_card.py).

#include "PcscStack.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <winscard.h>

#include <vector>

using namespace prepaydesk;
using prepaydesk::test::PcscStack;

class TestCardReader : public QObject
{
    Q_OBJECT

private:
    PcscStack m_stack;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        PD_VERIFY_OK(m_stack.start());
        if (!m_stack.isPrivate())
            qWarning("pcscd runs on the system path (no mount namespace here)");
    }

    void readerIsListed()
    {
        SCARDCONTEXT context = 0;
        QCOMPARE(SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context), SCARD_S_SUCCESS);
        DWORD size = 0;
        QCOMPARE(SCardListReaders(context, nullptr, nullptr, &size), SCARD_S_SUCCESS);
        std::vector<char> names(size);
        QCOMPARE(SCardListReaders(context, nullptr, names.data(), &size), SCARD_S_SUCCESS);
        QStringList list;
        for (const char *p = names.data(); *p; p += qstrlen(p) + 1)
            list << QString::fromLocal8Bit(p);
        SCardReleaseContext(context);
        QVERIFY2(list.contains(m_stack.readerName()), qPrintable(list.join(u", ")));
    }

    void insertAndRemove()
    {
        const QString file = m_dir.filePath(QStringLiteral("sle.json"));
        PD_VERIFY_OK(PcscStack::makeBlankSle4442(file));
        PD_VERIFY_OK(m_stack.insert(file));
        QCOMPARE(m_stack.atr(), QByteArray::fromHex("3B04A2131091"));
        QCOMPARE(*m_stack.status(), QStringLiteral("inserted ") + file);
        PD_VERIFY_OK(m_stack.remove());
        QCOMPARE(m_stack.atr(), QByteArray());
        QCOMPARE(*m_stack.status(), QStringLiteral("empty"));
    }

    void daemonStopAndStart()
    {
        const QString file = m_dir.filePath(QStringLiteral("cpu.json"));
        PD_VERIFY_OK(PcscStack::makeBlankCpu(file, QByteArray::fromHex("0102030405060708"),
                                             QByteArray::fromHex("00112233445566778899AABBCCDDEEFF")));
        PD_VERIFY_OK(m_stack.insert(file));
        PD_VERIFY_OK(m_stack.stopDaemon());
        SCARDCONTEXT context = 0;
        QCOMPARE(SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context), SCARD_E_NO_SERVICE);
        PD_VERIFY_OK(m_stack.startDaemon());
        QCOMPARE(m_stack.atr(), QByteArray::fromHex("3B680000") + QByteArray("PDCPU001"));
        PD_VERIFY_OK(m_stack.remove());
    }
};

QTEST_GUILESS_MAIN(TestCardReader)
#include "tst_card_reader.moc"
