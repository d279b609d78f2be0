#include "card/Pcsc.h"

#include "card/StatusWords.h"

#include <QLoggingCategory>

#include <winscard.h>

#include <vector>

Q_LOGGING_CATEGORY(lcPcsc, "prepaydesk.card.pcsc")

namespace prepaydesk {

static_assert(sizeof(SCARDCONTEXT) <= sizeof(qintptr) && sizeof(SCARDHANDLE) <= sizeof(qintptr));

namespace {

SCARDCONTEXT ctx(qintptr h)
{
    return SCARDCONTEXT(h);
}

quint32 code(LONG rv)
{
    return quint32(rv);
}

// Room for the longest short answer (256 bytes + SW1 SW2) with some to spare for reader framing.
constexpr DWORD MaxResponse = 258 + 6;

} // namespace

PcscContext::~PcscContext()
{
    release();
}

Status PcscContext::establish()
{
    release();
    SCARDCONTEXT context = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rv != SCARD_S_SUCCESS)
        return StatusWords::pcscError(code(rv));
    m_context = qintptr(context);
    m_established = true;
    return {};
}

void PcscContext::release()
{
    if (!m_established)
        return;
    SCardReleaseContext(ctx(m_context));
    m_established = false;
    m_context = 0;
}

void PcscContext::cancel() const
{
    if (m_established)
        SCardCancel(ctx(m_context));
}

Result<QStringList> PcscContext::readers() const
{
    if (!m_established)
        return StatusWords::pcscError(code(SCARD_E_NO_SERVICE));
    DWORD size = 0;
    LONG rv = SCardListReaders(ctx(m_context), nullptr, nullptr, &size);
    if (rv == SCARD_E_NO_READERS_AVAILABLE)
        return QStringList{};
    if (rv != SCARD_S_SUCCESS)
        return StatusWords::pcscError(code(rv));
    std::vector<char> names(size + 1, '\0');
    rv = SCardListReaders(ctx(m_context), nullptr, names.data(), &size);
    if (rv == SCARD_E_NO_READERS_AVAILABLE)
        return QStringList{};
    if (rv != SCARD_S_SUCCESS)
        return StatusWords::pcscError(code(rv));
    // A multi-string: names each ending in NUL, the list in a second NUL.
    QStringList list;
    for (const char *p = names.data(); p < names.data() + size && *p; p += qstrlen(p) + 1)
        list << QString::fromLocal8Bit(p);
    return list;
}

Result<ReaderStatus> PcscContext::status(const QString &reader) const
{
    if (!m_established)
        return StatusWords::pcscError(code(SCARD_E_NO_SERVICE));
    const QByteArray name = reader.toLocal8Bit();
    SCARD_READERSTATE state{};
    state.szReader = name.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    const LONG rv = SCardGetStatusChange(ctx(m_context), 0, &state, 1);
    if (rv != SCARD_S_SUCCESS)
        return StatusWords::pcscError(code(rv));
    if (state.dwEventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_UNAVAILABLE))
        return StatusWords::pcscError(code(SCARD_E_READER_UNAVAILABLE));
    ReaderStatus s;
    s.present = state.dwEventState & SCARD_STATE_PRESENT;
    s.mute = state.dwEventState & SCARD_STATE_MUTE;
    s.inUse = state.dwEventState & SCARD_STATE_EXCLUSIVE;
    if (s.present)
        s.atr = QByteArray(reinterpret_cast<const char *>(state.rgbAtr), qsizetype(state.cbAtr));
    return s;
}

Result<std::unique_ptr<PcscCard>> PcscCard::connect(const PcscContext &context, const QString &reader,
                                                    Disposition disposition)
{
    if (!context.isEstablished())
        return StatusWords::pcscError(code(SCARD_E_NO_SERVICE));
    const QByteArray name = reader.toLocal8Bit();
    SCARDHANDLE handle = 0;
    DWORD active = 0;
    const LONG rv = SCardConnect(ctx(context.handle()), name.constData(), SCARD_SHARE_SHARED,
                                 SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle, &active);
    if (rv != SCARD_S_SUCCESS)
        return StatusWords::pcscError(code(rv));

    std::unique_ptr<PcscCard> card(new PcscCard);
    card->m_card = qintptr(handle);
    card->m_reader = reader;
    card->m_protocol = active == SCARD_PROTOCOL_T1 ? 1 : 0;
    card->m_disposition = disposition;

    // The ATR from the connection itself (the card may have changed since the reader was polled).
    BYTE atr[MAX_ATR_SIZE];
    DWORD atrLength = sizeof atr;
    DWORD state = 0;
    DWORD protocol = 0;
    DWORD nameLength = 0;
    const LONG st = SCardStatus(handle, nullptr, &nameLength, &state, &protocol, atr, &atrLength);
    if (st != SCARD_S_SUCCESS)
        return StatusWords::pcscError(code(st)); // the destructor disconnects
    card->m_atr = QByteArray(reinterpret_cast<const char *>(atr), qsizetype(atrLength));
    qCDebug(lcPcsc) << "connected" << reader << "T=" << card->m_protocol << card->m_atr.toHex(' ');
    return card;
}

PcscCard::~PcscCard()
{
    if (m_card)
        SCardDisconnect(SCARDHANDLE(m_card), m_disposition == Disposition::Reset ? SCARD_RESET_CARD : SCARD_LEAVE_CARD);
}

Result<QByteArray> PcscCard::encode(const CommandApdu &command)
{
    if (command.data.size() > 255)
        return Error{Error::Code::Invalid, tr("A card command cannot carry more than 255 bytes."),
                     cardreader::Protocol};
    if (command.le < -1 || command.le > 256)
        return Error{Error::Code::Invalid, tr("A card command cannot ask for more than 256 bytes."),
                     cardreader::Protocol};
    QByteArray apdu;
    apdu.reserve(5 + command.data.size() + 1);
    apdu.append(char(command.cla)).append(char(command.ins)).append(char(command.p1)).append(char(command.p2));
    if (!command.data.isEmpty())
        apdu.append(char(command.data.size())).append(command.data);
    if (command.le >= 0)
        apdu.append(char(command.le == 256 ? 0 : command.le)); // 00 stands for 256
    return apdu;
}

Error PcscCard::failure(long rv) const
{
    // A broken-off exchange: ask PC/SC what became of the card, which says more than the
    // transmit's own code (pulled out, reader gone, service stopped).
    if (rv == SCARD_E_NOT_TRANSACTED || rv == SCARD_E_COMM_DATA_LOST || rv == SCARD_F_COMM_ERROR ||
        rv == SCARD_F_UNKNOWN_ERROR) {
        DWORD nameLength = 0;
        DWORD state = 0;
        DWORD protocol = 0;
        BYTE atr[MAX_ATR_SIZE];
        DWORD atrLength = sizeof atr;
        const LONG st = SCardStatus(SCARDHANDLE(m_card), nullptr, &nameLength, &state, &protocol, atr, &atrLength);
        if (st != SCARD_S_SUCCESS)
            rv = st;
        else if (state & SCARD_ABSENT)
            rv = SCARD_W_REMOVED_CARD;
    }
    qCDebug(lcPcsc) << "transmit failed on" << m_reader << Qt::hex << quint32(rv);
    return StatusWords::pcscError(code(LONG(rv)));
}

Result<QByteArray> PcscCard::transmitRaw(const QByteArray &apdu)
{
    const SCARD_IO_REQUEST *pci = m_protocol == 1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    BYTE response[MaxResponse];
    DWORD length = sizeof response;
    const LONG rv = SCardTransmit(SCARDHANDLE(m_card), pci, reinterpret_cast<const BYTE *>(apdu.constData()),
                                  DWORD(apdu.size()), nullptr, response, &length);
    if (rv != SCARD_S_SUCCESS)
        return failure(rv);
    // No bytes at all, not even a status word: the card stopped answering mid-exchange (vpcd does
    // this when the card leaves between command and answer). The same as a broken-off exchange.
    if (length == 0)
        return failure(SCARD_E_NOT_TRANSACTED);
    return QByteArray(reinterpret_cast<const char *>(response), qsizetype(length));
}

Result<ResponseApdu> PcscCard::transmit(const CommandApdu &command)
{
    Result<QByteArray> encoded = encode(command);
    if (!encoded.ok())
        return encoded.error();
    const auto malformed = [] {
        return Error{Error::Code::Io,
                     tr("The card gave an answer that makes no sense. Take it out, put it back "
                        "and try again."),
                     cardreader::Protocol};
    };

    Result<QByteArray> raw = transmitRaw(*encoded);
    if (!raw.ok())
        return raw.error();
    if (raw->size() < 2)
        return malformed();

    // 6C xx: wrong Le, xx is the right one; send the same command again with it, once
    // (ISO/IEC 7816-3 10.3.3, T=0 procedure bytes; 7816-4 5.1.3).
    if (quint8(raw->at(raw->size() - 2)) == 0x6C) {
        CommandApdu again = command;
        const quint8 le = quint8(raw->at(raw->size() - 1));
        again.le = le ? le : 256;
        encoded = encode(again);
        if (!encoded.ok())
            return encoded.error();
        raw = transmitRaw(*encoded);
        if (!raw.ok())
            return raw.error();
        if (raw->size() < 2)
            return malformed();
    }

    ResponseApdu response;
    response.data = raw->left(raw->size() - 2);
    response.sw = quint16(quint8(raw->at(raw->size() - 2)) << 8 | quint8(raw->at(raw->size() - 1)));

    // 61 xx: xx more bytes wait for GET RESPONSE (00 C0 00 00 xx, on the command's logical
    // channel); repeated while the card says more remain. Bounded: no card has more than 64 KiB.
    for (int parts = 0; response.sw1() == 0x61; ++parts) {
        if (parts >= 256 || response.data.size() > 65536)
            return malformed();
        CommandApdu get;
        get.cla = command.cla < 0x80 ? quint8(command.cla & 0x03) : 0x00;
        get.ins = 0xC0;
        get.le = response.sw2() ? response.sw2() : 256;
        const Result<QByteArray> getEncoded = encode(get);
        const Result<QByteArray> more = transmitRaw(*getEncoded);
        if (!more.ok())
            return more.error();
        if (more->size() < 2)
            return malformed();
        response.data += more->left(more->size() - 2);
        response.sw = quint16(quint8(more->at(more->size() - 2)) << 8 | quint8(more->at(more->size() - 1)));
    }
    return response;
}

} // namespace prepaydesk
