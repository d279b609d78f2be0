#pragma once

// One meter on one line for `prepayctl meter`: the link (serial or TCP), the protocol, the target
// meter, and each exchange's outcome as the exit code a script acts on (see MeterExit).

#include "meter/MeterLink.h"
#include "plugin/DriverInterfaces.h"

#include <QCoreApplication>

#include <memory>

namespace prepaydesk::ctl {

// Exit codes of `prepayctl meter` beyond Ctl::Exit (0 done, 1 failed, 2 wrong usage).
enum MeterExit
{
    LinkFailed = 3,   // the port would not open, the line dropped, or no good reply in time
    MeterRefused = 4, // the meter answered with an error reply (its reason is printed)
    NotConfirmed = 5, // recharge: the meter acknowledged, but the read-back does not show the credit
};

// What one exchange came to: exit 0 with the reply, or the exit code and the message to print.
struct MeterOutcome
{
    int exit = 0;
    QString message;
    MeterReply reply;
    bool ok() const { return exit == 0; }
};

class MeterSession
{
    Q_DECLARE_TR_FUNCTIONS(MeterSession)
public:
    // `protocol` must outlive the session. Modbus replies are decoded by name through the register
    // map of target.variant (see transact()).
    // The port is opened by the first exchange, so that a command checks all its options first.
    MeterSession(const MeterProtocol &protocol, MeterTarget target, LinkEndpoint endpoint, LinkTiming timing);
    ~MeterSession();

    // Sends the request to target() and waits for its reply. CJ/T 188: every request gets the
    // next frame sequence number SER, which the reply must carry.
    MeterOutcome transact(const MeterRequest &request);
    // A read of one item; `skipNoData`: a "no such data" refusal comes back as exit 0 with an
    // empty reply (for the default read set, where a meter may lack an item).
    MeterOutcome read(const QString &item, bool skipNoData = false);

    MeterTarget &target() { return m_target; }
    const MeterTarget &target() const { return m_target; }
    const MeterProtocol &protocol() const { return m_protocol; }
    FrameLog *frameLog() const { return m_link->frameLog(); }

private:
    MeterOutcome open();

    const MeterProtocol &m_protocol;
    MeterTarget m_target;
    LinkEndpoint m_endpoint;
    bool m_open = false;
    std::unique_ptr<MeterLink> m_link;
};

} // namespace prepaydesk::ctl
