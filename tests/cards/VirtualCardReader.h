#pragma once

// The real PC/SC stack for the card driver suites: a private pcscd (Debian 1.9.9) with Debian's
// vpcd reader driver, and tests/cards/virtual_card.py as the card in its slot (CARDS.md, "The
// PC/SC stack in tests"), reached through the plain pcsc-lite API.
//
// Stopgap: app/core/card/PcscCard and tests/cards/PcscStack (helper "pcsc") were not committed
// when these suites were written, so this header carries a minimal fixture and CardChannel of its
// own. It uses nothing but pcsc-lite and the virtual card's stdin protocol, so the drivers are
// still tested on the real stack, byte for byte through pcscd and vpcd.

#include "plugin/DriverInterfaces.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>

#include <memory>

namespace prepaydesk::test {

inline QString pcscText(LONG rv)
{
    return QStringLiteral("%1 (0x%2)")
        .arg(QString::fromLocal8Bit(pcsc_stringify_error(rv)))
        .arg(QString::number(quint32(rv), 16));
}

// One connection to the card in the virtual reader, through pcsc-lite.
class PcscLiteChannel : public CardChannel
{
public:
    PcscLiteChannel(SCARDCONTEXT context, SCARDHANDLE card, DWORD protocol, QString reader, QByteArray atr)
        : m_context(context)
        , m_card(card)
        , m_protocol(protocol)
        , m_reader(std::move(reader))
        , m_atr(std::move(atr))
    {}
    ~PcscLiteChannel() override { SCardDisconnect(m_card, SCARD_LEAVE_CARD); }

    QString readerName() const override { return m_reader; }
    QByteArray atr() const override { return m_atr; }
    int transmitted() const { return m_count; }

    Result<ResponseApdu> transmit(const CommandApdu &command) override
    {
        QByteArray wire;
        wire.append(char(command.cla)).append(char(command.ins)).append(char(command.p1)).append(char(command.p2));
        if (!command.data.isEmpty())
            wire.append(char(command.data.size())).append(command.data);
        if (command.le >= 0)
            wire.append(char(command.le));
        auto reply = exchange(wire);
        // T=0 procedure bytes (ISO/IEC 7816-3 10.3.3): 61 xx, fetch with GET RESPONSE.
        while (reply && reply->sw1() == 0x61) {
            const QByteArray before = reply->data;
            reply = exchange(QByteArray::fromHex("00C00000") + char(reply->sw2()));
            if (reply)
                reply.value().data.prepend(before);
        }
        return reply;
    }

private:
    Result<ResponseApdu> exchange(const QByteArray &wire)
    {
        ++m_count;
        const SCARD_IO_REQUEST *pci = m_protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
        unsigned char buffer[258];
        DWORD length = sizeof buffer;
        const LONG rv = SCardTransmit(m_card, pci, reinterpret_cast<const unsigned char *>(wire.constData()),
                                      DWORD(wire.size()), nullptr, buffer, &length);
        if (rv == SCARD_W_REMOVED_CARD || rv == SCARD_E_NO_SMARTCARD || rv == SCARD_W_RESET_CARD)
            return Error::make(Error::Code::Io, QStringLiteral("the card was removed from the reader"));
        // A pulled card shows as a failed exchange or (vpcd, when its socket closed mid-answer) as an
        // empty answer.
        if ((rv != SCARD_S_SUCCESS || length < 2) && cardGone())
            return Error::make(Error::Code::Io, QStringLiteral("the card was removed from the reader"));
        if (rv != SCARD_S_SUCCESS)
            return Error::make(Error::Code::Io, QStringLiteral("PC/SC transmit failed: %1").arg(pcscText(rv)));
        if (length < 2)
            return Error::make(Error::Code::Io, QStringLiteral("the card answered with no status word"));
        ResponseApdu reply;
        reply.data = QByteArray(reinterpret_cast<const char *>(buffer), int(length) - 2);
        reply.sw = quint16(buffer[length - 2] << 8 | buffer[length - 1]);
        return reply;
    }

    // vpcd fails the exchange (SCARD_E_NOT_TRANSACTED) before pcscd's poll sees the card go: ask
    // pcscd, waiting up to 2 s for it to notice.
    bool cardGone()
    {
        SCARD_READERSTATE rs{};
        const QByteArray name = m_reader.toLocal8Bit();
        rs.szReader = name.constData();
        rs.dwCurrentState = SCARD_STATE_PRESENT;
        for (int i = 0; i < 10; ++i) {
            const LONG rv = SCardGetStatusChange(m_context, 200, &rs, 1);
            if (rv == SCARD_S_SUCCESS && (rs.dwEventState & SCARD_STATE_EMPTY))
                return true;
            if (rv == SCARD_S_SUCCESS)
                rs.dwCurrentState = rs.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
        }
        return false;
    }

    SCARDCONTEXT m_context;
    SCARDHANDLE m_card;
    DWORD m_protocol;
    QString m_reader;
    QByteArray m_atr;
    int m_count = 0;
};

// A private pcscd with one vpcd reader, and virtual_card.py serving its slot 0.
class VirtualCardReader
{
public:
    VirtualCardReader() = default;
    VirtualCardReader(const VirtualCardReader &) = delete;
    VirtualCardReader &operator=(const VirtualCardReader &) = delete;
    ~VirtualCardReader() { stop(); }

    // Starts pcscd and the virtual card; must run before this process's first PC/SC call
    // (libpcsclite reads PCSCLITE_CSOCK_NAME once). Empty on success, else why not.
    QString start(const QString &virtualCardScript)
    {
        m_script = virtualCardScript;
        QTcpServer probe; // a free port for vpcd: bind to 0 and read it
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free TCP port");
        const quint16 port = probe.serverPort();
        probe.close();

        const QString conf = m_dir.filePath(QStringLiteral("conf"));
        const QString run = m_dir.filePath(QStringLiteral("run"));
        QDir().mkpath(conf);
        QDir().mkpath(run);
        QFile readerConf(conf + QStringLiteral("/reader.conf"));
        if (!readerConf.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write reader.conf");
        readerConf.write(QStringLiteral("FRIENDLYNAME \"PrepayDesk virtual reader\"\n"
                                        "DEVICENAME   /dev/null:%1\n"
                                        "LIBPATH      /usr/lib/pcsc/drivers/serial/libifdvpcd.so\n"
                                        "CHANNELID    %1\n")
                             .arg(port)
                             .toLatin1());
        readerConf.close();

        // pcscd always serves /run/pcscd/pcscd.comm: give it a private /run/pcscd (CARDS.md).
        m_pcscd.setProcessChannelMode(QProcess::MergedChannels);
        m_pcscd.start(QStringLiteral("unshare"),
                      {QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"),
                       QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("mount --bind '%1' /run/pcscd && exec pcscd -f -c '%2'").arg(run, conf)});
        const QString socket = run + QStringLiteral("/pcscd.comm");
        for (int i = 0; i < 200 && !QFile::exists(socket); ++i) {
            if (m_pcscd.state() == QProcess::NotRunning)
                return QStringLiteral("pcscd did not start: %1").arg(QString::fromLocal8Bit(m_pcscd.readAll()));
            QTest::qWait(50);
        }
        if (!QFile::exists(socket))
            return QStringLiteral("pcscd made no socket in 10 s");
        qputenv("PCSCLITE_CSOCK_NAME", socket.toLocal8Bit());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), QStringLiteral("/usr/lib/python3/site-packages/virtualsmartcard"));
        m_card.setProcessEnvironment(env);
        m_card.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its complaints in the test log
        m_card.start(QStringLiteral("/usr/bin/python3"),
                     {m_script, QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port)});
        if (!m_card.waitForStarted(10000))
            return QStringLiteral("virtual_card.py did not start");

        if (const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_context);
            rv != SCARD_S_SUCCESS)
            return QStringLiteral("SCardEstablishContext: %1").arg(pcscText(rv));
        m_hasContext = true;
        // The reader appears once pcscd has loaded vpcd.
        for (int i = 0; i < 200 && m_reader.isEmpty(); ++i) {
            char names[1024];
            DWORD size = sizeof names;
            if (SCardListReaders(m_context, nullptr, names, &size) == SCARD_S_SUCCESS)
                m_reader = QString::fromLocal8Bit(names);
            else
                QTest::qWait(50);
        }
        return m_reader.isEmpty() ? QStringLiteral("pcscd shows no reader") : QString();
    }

    void stop()
    {
        if (m_card.state() != QProcess::NotRunning) {
            m_card.write("quit\n");
            if (!m_card.waitForFinished(5000))
                m_card.kill();
        }
        if (m_hasContext)
            SCardReleaseContext(m_context);
        m_hasContext = false;
        if (m_pcscd.state() != QProcess::NotRunning) {
            m_pcscd.terminate();
            if (!m_pcscd.waitForFinished(5000))
                m_pcscd.kill();
        }
    }

    QString folder() const { return m_dir.path(); }
    QString script() const { return m_script; }

    // One command to virtual_card.py; its answer line.
    QString command(const QString &line)
    {
        m_card.write(line.toUtf8() + '\n');
        while (!m_card.canReadLine()) {
            if (!m_card.waitForReadyRead(15000))
                return QStringLiteral("error no answer from virtual_card.py");
        }
        return QString::fromUtf8(m_card.readLine()).trimmed();
    }

    // "make-blank" through the script: empty on success.
    QString makeBlank(const QStringList &arguments)
    {
        QProcess make;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), QStringLiteral("/usr/lib/python3/site-packages/virtualsmartcard"));
        make.setProcessEnvironment(env);
        make.setProcessChannelMode(QProcess::MergedChannels);
        make.start(QStringLiteral("/usr/bin/python3"), QStringList{m_script, QStringLiteral("make-blank")} + arguments);
        if (!make.waitForFinished(15000) || make.exitCode() != 0)
            return QString::fromLocal8Bit(make.readAll());
        return {};
    }

    // Puts the card in the slot and waits until pcscd sees it.
    bool insert(const QString &image)
    {
        // pcscd polls the reader: make sure it saw the last card go before the next comes in.
        if (!waitFor(SCARD_STATE_EMPTY))
            return false;
        if (!command(QStringLiteral("insert ") + image).startsWith(QLatin1String("ok")))
            return false;
        return waitFor(SCARD_STATE_PRESENT);
    }
    bool remove()
    {
        if (!command(QStringLiteral("remove")).startsWith(QLatin1String("ok")))
            return false;
        return waitFor(SCARD_STATE_EMPTY);
    }
    bool waitFor(DWORD state)
    {
        SCARD_READERSTATE rs{};
        const QByteArray name = m_reader.toLocal8Bit();
        rs.szReader = name.constData();
        rs.dwCurrentState = SCARD_STATE_UNAWARE;
        for (int i = 0; i < 100; ++i) { // generous: up to 100 x 200 ms
            const LONG rv = SCardGetStatusChange(m_context, 200, &rs, 1);
            if (rv == SCARD_S_SUCCESS) {
                if (rs.dwEventState & state)
                    return true;
                rs.dwCurrentState = rs.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
            } else if (rv != SCARD_E_TIMEOUT) {
                QTest::qWait(50);
            }
        }
        return false;
    }

    // A new connection to the card in the slot.
    Result<std::unique_ptr<PcscLiteChannel>> connect()
    {
        SCARDHANDLE card = 0;
        DWORD protocol = 0;
        const QByteArray name = m_reader.toLocal8Bit();
        LONG rv = SCardConnect(m_context, name.constData(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                               &card, &protocol);
        if (rv != SCARD_S_SUCCESS)
            return Error::make(Error::Code::Io, QStringLiteral("SCardConnect: %1").arg(pcscText(rv)));
        unsigned char atr[MAX_ATR_SIZE];
        DWORD atrLength = sizeof atr;
        DWORD readerLength = 0;
        DWORD state = 0;
        rv = SCardStatus(card, nullptr, &readerLength, &state, &protocol, atr, &atrLength);
        if (rv != SCARD_S_SUCCESS) {
            SCardDisconnect(card, SCARD_LEAVE_CARD);
            return Error::make(Error::Code::Io, QStringLiteral("SCardStatus: %1").arg(pcscText(rv)));
        }
        return std::make_unique<PcscLiteChannel>(m_context, card, protocol, m_reader,
                                                 QByteArray(reinterpret_cast<const char *>(atr), int(atrLength)));
    }

private:
    QTemporaryDir m_dir;
    QString m_script;
    QProcess m_pcscd;
    QProcess m_card;
    SCARDCONTEXT m_context = 0;
    bool m_hasContext = false;
    QString m_reader;
};

} // namespace prepaydesk::test
