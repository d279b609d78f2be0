#pragma once

// A protocol's meter side: finds request frames in the bytes a line received and answers them
// for the meters of that protocol on the line. One implementation per protocol (DL/T 645,
// CJ/T 188); the line and the meter model know nothing of frames.

#include "Meter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace prepaydesk::metersim {

struct FrameScan
{
    enum class Status
    {
        Complete, // a whole, checked frame at [start, end)
        NeedMore, // no whole frame yet; the first `drop` bytes are noise
        Invalid,  // a frame at `start` failed its checks; drop `drop` (= start + 1) bytes and go on
    };
    Status status = Status::NeedMore;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype drop = 0;
};

// What one meter sends back (the frame, preamble included, before any injected line fault).
struct Answer
{
    Meter *meter = nullptr;
    QByteArray bytes;
};

class Responder
{
public:
    virtual ~Responder() = default;
    virtual QString protocol() const = 0;
    virtual FrameScan scan(QByteArrayView bytes) const = 0;
    // Acts on one whole request frame for the meters of this protocol that share a line (already
    // advanced to the current simulation time). Returns the reply of the meter it was for, or
    // nothing: another meter's address, a broadcast, a wildcard while several meters share the
    // line, or a frame that is not a request.
    virtual std::optional<Answer> handle(QByteArrayView frame, const QList<Meter *> &meters) = 0;
};

} // namespace prepaydesk::metersim
