#pragma once

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace prepaydesk {

// Reads `length` bytes from `offset` in commands of at most `chunk` bytes, as card drivers do
// (a reader or chip limits a reply's length). `command` builds the read for one piece;
// `statusText` says what a status word means for this chip. A reply that is not 90 00 with
// exactly the bytes asked for is an Error naming the bytes.
class ChunkedRead
{
    Q_DECLARE_TR_FUNCTIONS(ChunkedRead)
public:
    using Command = std::function<Result<CommandApdu>(int at, int length)>;
    static Result<QByteArray> read(CardChannel &channel, int offset, int length, int chunk, const Command &command,
                                   const std::function<QString(quint16)> &statusText);
};

} // namespace prepaydesk
