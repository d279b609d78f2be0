#include "card/ChunkedRead.h"

#include <algorithm>

namespace prepaydesk {

Result<QByteArray> ChunkedRead::read(CardChannel &channel, int offset, int length, int chunk, const Command &command,
                                     const std::function<QString(quint16)> &statusText)
{
    QByteArray out;
    out.reserve(length);
    for (int at = offset; at < offset + length; at += chunk) {
        const int n = std::min(chunk, offset + length - at);
        auto apdu = command(at, n);
        if (!apdu)
            return apdu.error();
        auto reply = channel.transmit(*apdu);
        if (!reply)
            return reply.error();
        if (!reply->ok() || reply->data.size() != n)
            return Error::make(Error::Code::Io, tr("The card did not give bytes %1 to %2 (%3, %4 bytes).")
                                                    .arg(at)
                                                    .arg(at + n - 1)
                                                    .arg(statusText(reply->sw))
                                                    .arg(reply->data.size()));
        out.append(reply->data);
    }
    return out;
}

} // namespace prepaydesk
