#pragma once

// What cards and the PC/SC layer answer, in words a cashier can act on: ISO/IEC 7816-4 status
// words (SW1 SW2) and PC/SC return codes (SCARD_E_* / SCARD_W_*, the same values in pcsc-lite
// and winscard). Errors of the reader layer carry a machine reason in Error::field (namespace
// cardreader) with Error::Code::Io, so services and tests can tell them apart.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace prepaydesk {

namespace cardreader {
inline const QString NoService = QStringLiteral("no-service");           // the PC/SC service is not running
inline const QString NoReaders = QStringLiteral("no-readers");           // no reader connected
inline const QString ReaderGone = QStringLiteral("reader-gone");         // this reader is not (or no longer) there
inline const QString NoCard = QStringLiteral("no-card");                 // no card in the reader
inline const QString CardRemoved = QStringLiteral("card-removed");       // the card was pulled out while in use
inline const QString CardReset = QStringLiteral("card-reset");           // another program reset the card
inline const QString Unresponsive = QStringLiteral("card-unresponsive"); // mute, upside down, or not a chip card
inline const QString Sharing = QStringLiteral("sharing");                // another program holds the card
inline const QString Timeout = QStringLiteral("timeout");
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString Protocol = QStringLiteral("protocol"); // malformed exchange, bad APDU
inline const QString Failed = QStringLiteral("failed");     // any other PC/SC failure
} // namespace cardreader

class StatusWords
{
    Q_DECLARE_TR_FUNCTIONS(StatusWords)
public:
    // The meaning of an ISO/IEC 7816-4 status word (0x9000 included), translated; an unknown one
    // is named by its hex value.
    static QString describe(quint16 sw);
    // For 63 Cx (verification failed): the tries left x; -1 for any other status word.
    static int triesLeft(quint16 sw);

    // A PC/SC return code (as the 32-bit value pcsc-lite's LONG and winscard's HRESULT carry).
    static QString describePcsc(quint32 code);
    // Its machine reason (a cardreader:: constant).
    static QString pcscReason(quint32 code);
    // An Error (Code::Io, field = reason) for a failed PC/SC call.
    static Error pcscError(quint32 code);
};

} // namespace prepaydesk
