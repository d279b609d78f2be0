#pragma once

// A CardChannel over the plain pcsc-lite API, for the card driver suites on PcscStack (pcscd +
// vpcd + virtual_card.py).
//
// Stopgap: app/core/card's PcscCard (the console's CardChannel, helper "pcsc") was not committed
// when these suites were written. This channel uses nothing but pcsc-lite (SCardConnect,
// SCardTransmit, GET RESPONSE for 61 xx), so the drivers are still tested on the real stack, byte
// for byte through pcscd and vpcd.

#include "plugin/DriverInterfaces.h"

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
    // A new connection to the card in `reader`.
    static Result<std::unique_ptr<PcscLiteChannel>> connect(const QString &reader)
    {
        SCARDCONTEXT context = 0;
        LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
        if (rv != SCARD_S_SUCCESS)
            return Error::make(Error::Code::Io, QStringLiteral("SCardEstablishContext: %1").arg(pcscText(rv)));
        SCARDHANDLE card = 0;
        DWORD protocol = 0;
        const QByteArray name = reader.toLocal8Bit();
        rv = SCardConnect(context, name.constData(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card,
                          &protocol);
        if (rv != SCARD_S_SUCCESS) {
            SCardReleaseContext(context);
            return Error::make(Error::Code::Io, QStringLiteral("SCardConnect: %1").arg(pcscText(rv)));
        }
        auto channel = std::unique_ptr<PcscLiteChannel>(new PcscLiteChannel(context, card, protocol, reader));
        unsigned char atr[MAX_ATR_SIZE];
        DWORD atrLength = sizeof atr;
        DWORD readerLength = 0;
        DWORD state = 0;
        rv = SCardStatus(card, nullptr, &readerLength, &state, &protocol, atr, &atrLength);
        if (rv != SCARD_S_SUCCESS)
            return Error::make(Error::Code::Io, QStringLiteral("SCardStatus: %1").arg(pcscText(rv)));
        channel->m_atr = QByteArray(reinterpret_cast<const char *>(atr), int(atrLength));
        return channel;
    }

    ~PcscLiteChannel() override
    {
        SCardDisconnect(m_card, SCARD_LEAVE_CARD);
        SCardReleaseContext(m_context);
    }
    PcscLiteChannel(const PcscLiteChannel &) = delete;
    PcscLiteChannel &operator=(const PcscLiteChannel &) = delete;

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
    PcscLiteChannel(SCARDCONTEXT context, SCARDHANDLE card, DWORD protocol, QString reader)
        : m_context(context)
        , m_card(card)
        , m_protocol(protocol)
        , m_reader(std::move(reader))
    {}

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

} // namespace prepaydesk::test
