#include "meter/SumFrame.h"

namespace prepaydesk::sumframe {

namespace {

quint8 at(QByteArrayView bytes, qsizetype i)
{
    return static_cast<quint8>(bytes[i]);
}

// What one candidate start byte turned out to be.
enum class Candidate
{
    NotAFrame, // no second 68H where the shape wants one: noise
    Complete,
    NeedMore,
    Invalid,
};

struct CandidateResult
{
    Candidate kind = Candidate::NotAFrame;
    qsizetype total = 0;
    QString errorCode;
};

CandidateResult examine(QByteArrayView bytes, qsizetype p, const Shape &shape)
{
    const qsizetype avail = bytes.size() - p;
    if (shape.secondStartOffset > 0) {
        if (avail <= shape.secondStartOffset)
            return {Candidate::NeedMore, 0, {}};
        if (at(bytes, p + shape.secondStartOffset) != StartByte)
            return {Candidate::NotAFrame, 0, {}};
    }
    if (avail < shape.headerBytes)
        return {Candidate::NeedMore, 0, {}};
    const int length = at(bytes, p + shape.headerBytes - 1);
    if (length > shape.maxData)
        return {Candidate::Invalid, 0, QStringLiteral("length")};
    const qsizetype total = shape.headerBytes + length + 2;
    if (avail < total)
        return {Candidate::NeedMore, total, {}};
    if (checksum(bytes.sliced(p, shape.headerBytes + length)) != at(bytes, p + shape.headerBytes + length))
        return {Candidate::Invalid, total, QStringLiteral("checksum")};
    if (at(bytes, p + total - 1) != EndByte)
        return {Candidate::Invalid, total, QStringLiteral("end-byte")};
    return {Candidate::Complete, total, {}};
}

} // namespace

quint8 checksum(QByteArrayView bytes)
{
    quint32 sum = 0;
    for (const char c : bytes)
        sum += static_cast<quint8>(c);
    return static_cast<quint8>(sum & 0xFF);
}

Found locate(QByteArrayView bytes, const Shape &shape)
{
    Found result;
    bool haveFirst = false;
    qsizetype firstStart = 0;
    CandidateResult first;
    for (qsizetype p = 0; p < bytes.size(); ++p) {
        if (at(bytes, p) != StartByte)
            continue;
        const CandidateResult c = examine(bytes, p, shape);
        if (c.kind == Candidate::NotAFrame)
            continue;
        if (c.kind == Candidate::Complete) {
            result.status = Status::Complete;
            result.start = p;
            result.consumed = p + c.total;
            qsizetype pre = p;
            while (pre > 0 && at(bytes, pre - 1) == Preamble)
                --pre;
            result.preamble = p - pre;
            result.dataLength = at(bytes, p + shape.headerBytes - 1);
            return result;
        }
        if (!haveFirst) { // the earliest possible frame decides, unless a whole one follows it
            haveFirst = true;
            firstStart = p;
            first = c;
        }
    }
    if (!haveFirst) {
        result.consumed = bytes.size();
        return result;
    }
    if (first.kind == Candidate::NeedMore) {
        result.consumed = firstStart;
        return result;
    }
    result.status = Status::Invalid;
    result.start = firstStart;
    result.consumed = firstStart + 1;
    result.errorCode = first.errorCode;
    return result;
}

} // namespace prepaydesk::sumframe
