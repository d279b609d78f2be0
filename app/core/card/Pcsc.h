#pragma once

// PC/SC through pcsc-lite (winscard on Windows: the same calls). A PcscContext is the
// application's connection to the smart card service; a PcscCard is the card in one reader,
// connected through it, and is the CardChannel card drivers talk to.
//
// Thread rule: one PcscContext per thread, used only on that thread, and every PcscCard made from
// it used on that thread too and destroyed before it. The one call meant for another thread is
// PcscContext::cancel(), which ends a wait in progress. Errors carry a cardreader:: reason in
// Error::field (card/StatusWords.h) and say in words what to do.

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace prepaydesk {

// A reader as PC/SC sees it now.
struct ReaderStatus
{
    bool present = false; // a card is in it
    bool mute = false;    // ... but does not answer (upside down, not a chip card)
    bool inUse = false;   // another program holds it exclusively
    QByteArray atr;       // the card's answer to reset when present
};

class PcscContext
{
    Q_DECLARE_TR_FUNCTIONS(PcscContext)
public:
    PcscContext() = default;
    ~PcscContext();
    PcscContext(const PcscContext &) = delete;
    PcscContext &operator=(const PcscContext &) = delete;

    // Connects to the PC/SC service (again: an earlier context is released first).
    Status establish();
    bool isEstablished() const { return m_established; }
    void release();
    // The readers connected now; empty (not an Error) when there are none.
    Result<QStringList> readers() const;
    Result<ReaderStatus> status(const QString &reader) const;
    // From another thread: ends a wait of this context in progress (SCardCancel).
    void cancel() const;
    // SCARDCONTEXT, as an integer of the same size (kept out of this header so that winscard's
    // macros stay out of every file that includes it).
    qintptr handle() const { return m_context; }

private:
    qintptr m_context = 0;
    bool m_established = false;
};

class PcscCard : public CardChannel
{
    Q_DECLARE_TR_FUNCTIONS(PcscCard)
public:
    // What happens to the card when this connection ends.
    enum class Disposition
    {
        Reset, // warm reset: a PSC presented or a key authenticated does not outlive the connection
        Leave, // leave it as it is (another connection of ours goes on with it)
    };

    // Connects to the card in `reader` (shared, T=0 or T=1, whichever the card speaks). The
    // context must outlive the card.
    static Result<std::unique_ptr<PcscCard>> connect(const PcscContext &context, const QString &reader,
                                                     Disposition disposition = Disposition::Reset);
    ~PcscCard() override;

    QString readerName() const override { return m_reader; }
    QByteArray atr() const override { return m_atr; }
    int protocol() const { return m_protocol; } // 0: T=0, 1: T=1

    // One command and its whole answer: 61 xx is followed by GET RESPONSE (the parts joined),
    // 6C xx by the same command again with Le = xx. A status word other than 9000 is not an Error.
    Result<ResponseApdu> transmit(const CommandApdu &command) override;
    // One exchange of raw bytes, as the card answered it (data and SW1 SW2), nothing added.
    Result<QByteArray> transmitRaw(const QByteArray &apdu);

    // The short APDU (ISO/IEC 7816-3 12.1, cases 1 to 4); an Error for more than 255 bytes of data
    // or an Le outside -1..256.
    static Result<QByteArray> encode(const CommandApdu &command);

private:
    PcscCard() = default;
    Error failure(long rv) const;

    qintptr m_card = 0;
    QString m_reader;
    QByteArray m_atr;
    int m_protocol = 0;
    Disposition m_disposition = Disposition::Reset;
};

} // namespace prepaydesk
