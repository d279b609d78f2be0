#pragma once

// MeterLink: the console's line to meters, for the engineer workbench, the serial-meter vend
// carrier and `prepayctl meter`. The port (serial or TCP) lives in a worker thread that the link
// owns, so no call here ever blocks: open(), close() and transact() queue work in order and
// return a QFuture (use QFuture::then(context, ...) in the GUI, or result() in the command line,
// which waits). Progress and state come as signals; every byte goes to frameLog().
//
//     MeterLink link;
//     link.open(LinkEndpoint::serialPort("/dev/ttyUSB0", SerialSettings::forProtocol("dlt645")));
//     auto exchange = MeterExchange::build(*protocol, target, request);   // Result<MeterExchange>
//     Result<MeterReply> reply = link.transact(*exchange).result();

#include "meter/Exchange.h"
#include "meter/FrameLog.h"
#include "meter/LineSettings.h"
#include "meter/Transport.h"
#include "util/Result.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace prepaydesk {

class MeterLink : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Closed,
        Opening,
        Open, // idle, ready for a request
        Busy, // an exchange is running
    };
    Q_ENUM(State)

    explicit MeterLink(QObject *parent = nullptr);
    // Cancels what is queued, closes the port and stops the worker thread (waits for it).
    ~MeterLink() override;

    // The log of this link's bytes and notes; it lives as long as the link. Thread-safe.
    FrameLog *frameLog() const { return m_log; }
    State state() const; // any thread
    LinkEndpoint endpoint() const;

    // Timing for exchanges that bring none; unset: LinkTiming::forProtocol(the exchange's protocol).
    void setTiming(std::optional<LinkTiming> timing);
    std::optional<LinkTiming> timing() const;

    // Opens the endpoint (closing any port open before). The Status says why it failed: no such
    // port, busy or not allowed, connection refused, ... (Error::field: linkerror reasons).
    QFuture<Status> open(const LinkEndpoint &endpoint);
    QFuture<Status> close();
    // Sends the request and waits for the reply on the worker thread, after any queued before it.
    // The future always gets a result: the reply, or an Error (Code::Io; Error::field is
    // linkerror::Timeout, Gone, Dropped, NotOpen, Cancelled, ...).
    QFuture<Result<MeterReply>> transact(const MeterExchange &exchange);
    // Ends the running exchange and every queued one with a "cancelled" error, promptly (within
    // tens of milliseconds). The port stays open. Any thread.
    void cancel();

signals:
    // These are emitted from the worker thread: connect with the default (automatic) connection
    // and they arrive on the receiver's thread.
    void stateChanged(prepaydesk::MeterLink::State state);
    void progress(const prepaydesk::ExchangeProgress &progress);
    // The port went away during use (unplugged, device server dropped the connection). The link
    // is Closed; open() again to go on. `reason` is the linkerror code.
    void linkLost(const QString &reason, const QString &message);

private:
    struct Shared;
    class Worker;

    const std::shared_ptr<Shared> m_shared;
    FrameLog *m_log = nullptr;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace prepaydesk
