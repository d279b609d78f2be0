#include "card/StatusWords.h"

#include <winscard.h>

namespace prepaydesk {

namespace {

QString hex(quint32 value, int digits)
{
    return QString::number(value, 16).toUpper().rightJustified(digits, QLatin1Char('0'));
}

} // namespace

// Status words: ISO/IEC 7816-4:2005, 5.1.3 (tables 5 and 6, interindustry values of SW1-SW2).
QString StatusWords::describe(quint16 sw)
{
    const quint8 sw1 = quint8(sw >> 8);
    const quint8 sw2 = quint8(sw & 0xFF);
    if (sw1 == 0x61)
        return tr("The card has %1 more bytes of answer ready.").arg(sw2 ? sw2 : 256);
    if (sw1 == 0x6C)
        return tr("The card expected a different answer length (%1 bytes).").arg(sw2 ? sw2 : 256);
    if (sw1 == 0x63 && (sw2 & 0xF0) == 0xC0) {
        const int left = sw2 & 0x0F;
        return left == 0 ? tr("Wrong key or code: no tries are left, the card is blocked.")
                         : tr("Wrong key or code: %n tries left before the card is blocked.", nullptr, left);
    }
    switch (sw) {
    case 0x9000:
        return tr("Done.");
    case 0x6200:
    case 0x6281:
        return tr("The card returned data that may be damaged. Read the card again.");
    case 0x6282:
        return tr("The card reached the end of its data before the length asked for.");
    case 0x6283:
        return tr("The card's file is disabled. The card cannot be used.");
    case 0x6300:
        return tr("Wrong key or code: the card refused it.");
    case 0x6400:
        return tr("The card failed to carry out the command; nothing was changed. Try again.");
    case 0x6500:
    case 0x6581:
        return tr("The card's memory failed while writing. The card may be worn out: replace it.");
    case 0x6700:
        return tr("The card refused the command's length. The card may be of another kind.");
    case 0x6881:
    case 0x6882:
        return tr("The card does not support this kind of access.");
    case 0x6981:
        return tr("The card refused the command for this kind of file.");
    case 0x6982:
        return tr("The card refused: it is not unlocked with the right key or code.");
    case 0x6983:
        return tr("The card's key or code is blocked after too many wrong tries. The card cannot be written.");
    case 0x6984:
        return tr("The card's key or code cannot be used.");
    case 0x6985:
        return tr("The card refused the command at this step (conditions of use not satisfied).");
    case 0x6986:
        return tr("The card refused the command: no file is selected.");
    case 0x6A80:
        return tr("The card refused the data sent to it.");
    case 0x6A81:
        return tr("The card does not support this function.");
    case 0x6A82:
        return tr("The card does not have the expected file. It may not be a card for this system.");
    case 0x6A83:
        return tr("The card does not have the expected record.");
    case 0x6A84:
        return tr("The card has not enough memory for this data.");
    case 0x6A86:
    case 0x6B00:
        return tr("The card refused the address or parameters of the command.");
    case 0x6A88:
        return tr("The card does not have the key or data asked for.");
    case 0x6D00:
        return tr("The card does not know this command. It may be of another kind.");
    case 0x6E00:
        return tr("The card does not support this class of command. It may be of another kind.");
    case 0x6F00:
        return tr("The card reported an internal error. Take it out, put it back and try again.");
    default:
        return tr("The card answered with status %1.").arg(hex(sw, 4));
    }
}

int StatusWords::triesLeft(quint16 sw)
{
    return (sw & 0xFFF0) == 0x63C0 ? int(sw & 0x0F) : -1;
}

// PC/SC return codes: PC/SC Workgroup specifications part 5, and pcsc-lite's pcsclite.h.
QString StatusWords::pcscReason(quint32 code)
{
    switch (code) {
    case quint32(SCARD_E_NO_SERVICE):
    case quint32(SCARD_E_SERVICE_STOPPED):
    case quint32(SCARD_E_INVALID_HANDLE): // the handle died with the service that made it
    case quint32(SCARD_F_COMM_ERROR):
        return cardreader::NoService;
    case quint32(SCARD_E_NO_READERS_AVAILABLE):
        return cardreader::NoReaders;
    case quint32(SCARD_E_READER_UNAVAILABLE):
    case quint32(SCARD_E_UNKNOWN_READER):
        return cardreader::ReaderGone;
    case quint32(SCARD_E_NO_SMARTCARD):
        return cardreader::NoCard;
    case quint32(SCARD_W_REMOVED_CARD):
        return cardreader::CardRemoved;
    case quint32(SCARD_W_RESET_CARD):
        return cardreader::CardReset;
    case quint32(SCARD_W_UNRESPONSIVE_CARD):
    case quint32(SCARD_W_UNPOWERED_CARD):
    case quint32(SCARD_W_UNSUPPORTED_CARD):
    case quint32(SCARD_E_PROTO_MISMATCH):
    case quint32(SCARD_E_CARD_UNSUPPORTED):
        return cardreader::Unresponsive;
    case quint32(SCARD_E_SHARING_VIOLATION):
        return cardreader::Sharing;
    case quint32(SCARD_E_TIMEOUT):
        return cardreader::Timeout;
    case quint32(SCARD_E_CANCELLED):
    case quint32(SCARD_E_SYSTEM_CANCELLED):
        return cardreader::Cancelled;
    case quint32(SCARD_E_NOT_TRANSACTED):
    case quint32(SCARD_E_COMM_DATA_LOST):
        return cardreader::CardRemoved; // the exchange broke off: most often the card left mid-command
    default:
        return cardreader::Failed;
    }
}

QString StatusWords::describePcsc(quint32 code)
{
    switch (code) {
    case quint32(SCARD_E_NO_SERVICE):
    case quint32(SCARD_E_SERVICE_STOPPED):
    case quint32(SCARD_F_COMM_ERROR):
        return tr("The smart card service (PC/SC) is not running, so no card reader can be used. Start it "
                  "(pcscd on Linux, \"Smart Card\" on Windows) or ask your administrator.");
    case quint32(SCARD_E_INVALID_HANDLE):
        return tr("The connection to the smart card service was lost (it was restarted). Try again.");
    case quint32(SCARD_E_NO_READERS_AVAILABLE):
        return tr("No card reader is connected. Plug in the card reader.");
    case quint32(SCARD_E_READER_UNAVAILABLE):
    case quint32(SCARD_E_UNKNOWN_READER):
        return tr("The card reader is not available: it may have been unplugged. Plug it back in and try again.");
    case quint32(SCARD_E_NO_SMARTCARD):
        return tr("There is no card in the reader. Insert the card, chip first.");
    case quint32(SCARD_W_REMOVED_CARD):
        return tr("The card was taken out of the reader. Put it back and try again.");
    case quint32(SCARD_E_NOT_TRANSACTED):
    case quint32(SCARD_E_COMM_DATA_LOST):
        return tr("The exchange with the card broke off; the card may have been taken out. Put it back and try "
                  "again.");
    case quint32(SCARD_W_RESET_CARD):
        return tr("The card was reset by another program. Try again.");
    case quint32(SCARD_W_UNRESPONSIVE_CARD):
    case quint32(SCARD_W_UNPOWERED_CARD):
        return tr("The card does not answer. Check that it is inserted the right way round, chip first.");
    case quint32(SCARD_W_UNSUPPORTED_CARD):
    case quint32(SCARD_E_PROTO_MISMATCH):
    case quint32(SCARD_E_CARD_UNSUPPORTED):
        return tr("The reader cannot work with this card. It may not be a card for this system.");
    case quint32(SCARD_E_SHARING_VIOLATION):
        return tr("Another program is using the card. Close it and try again.");
    case quint32(SCARD_E_TIMEOUT):
        return tr("The card reader did not answer in time. Try again.");
    case quint32(SCARD_E_CANCELLED):
    case quint32(SCARD_E_SYSTEM_CANCELLED):
        return tr("The card operation was cancelled.");
    default:
        return tr("The card reader reported an error (PC/SC code %1). Take the card out, put it back and try "
                  "again.")
            .arg(hex(code, 8));
    }
}

Error StatusWords::pcscError(quint32 code)
{
    return Error{Error::Code::Io, describePcsc(code), pcscReason(code)};
}

} // namespace prepaydesk
