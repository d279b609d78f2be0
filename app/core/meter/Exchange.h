#pragma once

// One request and its reply over a Transport: silence before sending (and throwing away stale
// input), the response timeout, retries, and finding the reply in whatever comes back (FE
// preambles, noise, damaged frames, other meters, the line's own echo) by calling the
// protocol's MeterProtocol::parse() as its contract says. Every byte and every decision goes to
// the FrameLog. Runs on the thread that owns the Transport (MeterLink's worker); tests and
// benchmarks may drive it directly.

#include "meter/FrameLog.h"
#include "meter/LineSettings.h"
#include "meter/Transport.h"
#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>
#include <optional>

namespace prepaydesk {

// What to send and how to recognise the answer.
struct MeterExchange
{
    Q_DECLARE_TR_FUNCTIONS(MeterExchange)
public:
    QByteArray request; // the bytes to send, preamble included (MeterProtocol::request)
    // Parses the reply. Not owned: it must outlive the exchange (plugins live as long as the
    // PluginManager). Stateless, so the link's worker thread may call it.
    const MeterProtocol *protocol = nullptr;
    MeterTarget target;      // the meter that must answer (its address filters other meters' replies)
    bool expectReply = true; // false for broadcasts (DL/T 645 time sync, Modbus address 0)
    QString description;     // for the frame log: "dlt645 read energy.forward_total"
    // A read's item name: a reply that carries another item (a late answer to an earlier read
    // that timed out) is skipped. Empty: any item is taken.
    QString expectItem;
    std::optional<LinkTiming> timing; // this exchange only; otherwise the link's

    // Builds the request with the protocol. Time sync is a broadcast: no reply is waited for.
    static Result<MeterExchange> build(const MeterProtocol &protocol, const MeterTarget &target,
                                       const MeterRequest &request);
    static QString commandCode(MeterCommand command); // "read", "read-address", "time-sync", ...
};

struct ExchangeProgress
{
    enum class Phase
    {
        Sending,       // waiting for silence, then sending
        AwaitingReply, // sent; reading the reply
        Retrying,      // the try failed; sending again
        Done,
    };
    Phase phase = Phase::Sending;
    int attempt = 0; // 1-based
    int attempts = 0;
    QString text; // translated: "Waiting for meter 000000000001 (try 2 of 3)"
};

class Exchanger
{
    Q_DECLARE_TR_FUNCTIONS(Exchanger)
public:
    using CancelCheck = std::function<bool()>;
    using ProgressSink = std::function<void(const ExchangeProgress &)>;

    Exchanger(Transport &transport, FrameLog &log);

    // The decoded reply (MeterReply::error set when the meter refused), an empty MeterReply for a
    // broadcast (complete == false), or an Error (Code::Io, reason in Error::field: see
    // namespace linkerror). A transport failure closes the transport.
    Result<MeterReply> run(const MeterExchange &exchange, const LinkTiming &timing, const CancelCheck &cancelled = {},
                           const ProgressSink &progress = {});

    // Text for the frame log: what a reply says.
    static QString describeReply(const MeterReply &reply);

private:
    Status waitForSilence(const LinkTiming &timing, const CancelCheck &cancelled);
    void lineBusyFor(qint64 us);
    void heard();
    qint64 quietForUs() const;
    Error fail(const Error &error);

    Transport &m_transport;
    FrameLog &m_log;
    QElapsedTimer m_clock;
    qint64 m_lineBusyUntilNs = 0; // on m_clock: when the last byte left or arrived
};

} // namespace prepaydesk

Q_DECLARE_METATYPE(prepaydesk::ExchangeProgress)
