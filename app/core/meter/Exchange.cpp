#include "meter/Exchange.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>

namespace prepaydesk {

Q_LOGGING_CATEGORY(lcExchange, "prepaydesk.meter.link")

namespace {

// A reply is a few hundred bytes at most; anything past this much unparsed input is a line
// that only babbles, and the oldest bytes go.
constexpr qsizetype MaxPending = 64 * 1024;
// Longest single wait, so that a cancel is seen promptly.
constexpr int SliceMs = 50;

Error linkError(const QString &reason, const QString &message)
{
    return Error{Error::Code::Io, message, reason};
}

QString meterName(const MeterTarget &target)
{
    return target.address.isEmpty() ? Exchanger::tr("the meter") : Exchanger::tr("meter %1").arg(target.address);
}

} // namespace

// ---- MeterExchange -------------------------------------------------------------------------

QString MeterExchange::commandCode(MeterCommand command)
{
    switch (command) {
    case MeterCommand::ReadAddress:
        return QStringLiteral("read-address");
    case MeterCommand::Read:
        return QStringLiteral("read");
    case MeterCommand::TimeSync:
        return QStringLiteral("time-sync");
    case MeterCommand::SetTime:
        return QStringLiteral("set-time");
    case MeterCommand::Relay:
        return QStringLiteral("relay");
    case MeterCommand::Valve:
        return QStringLiteral("valve");
    case MeterCommand::WriteAddress:
        return QStringLiteral("write-address");
    case MeterCommand::OpenAccount:
        return QStringLiteral("open-account");
    case MeterCommand::Recharge:
        return QStringLiteral("recharge");
    }
    return {};
}

Result<MeterExchange> MeterExchange::build(const MeterProtocol &protocol, const MeterTarget &target,
                                           const MeterRequest &request)
{
    auto bytes = protocol.request(target, request);
    if (!bytes)
        return bytes.error();
    MeterExchange e;
    e.request = std::move(bytes).value();
    e.protocol = &protocol;
    e.target = target;
    // DriverInterfaces.h: TimeSync is the broadcast time sync, which no meter answers.
    e.expectReply = request.command != MeterCommand::TimeSync;
    e.description = protocol.protocol() + u' ' + commandCode(request.command);
    if (request.command == MeterCommand::Read && !request.item.isEmpty()) {
        e.description += u' ' + request.item;
        if (protocol.items(target.variant).contains(request.item))
            e.expectItem = request.item;
    }
    if (!target.address.isEmpty())
        e.description += u" @"_qs + target.address;
    return e;
}

// ---- Exchanger -----------------------------------------------------------------------------

Exchanger::Exchanger(Transport &transport, FrameLog &log)
    : m_transport(transport)
    , m_log(log)
{
    m_clock.start();
}

void Exchanger::lineBusyFor(qint64 us)
{
    m_lineBusyUntilNs = qMax(m_lineBusyUntilNs, m_clock.nsecsElapsed() + us * 1000);
}

void Exchanger::heard()
{
    // Bytes in: whatever we sent has left the line (the meter answered it), so the silence
    // counts from now, not from an estimate of our own transmission.
    m_lineBusyUntilNs = m_clock.nsecsElapsed();
}

qint64 Exchanger::quietForUs() const
{
    return (m_clock.nsecsElapsed() - m_lineBusyUntilNs) / 1000;
}

Error Exchanger::fail(const Error &error)
{
    m_log.note(FrameLogEntry::Kind::Error, error.message);
    qCInfo(lcExchange).noquote() << error.field << error.message;
    return error;
}

QString Exchanger::describeReply(const MeterReply &reply)
{
    QString what = reply.command;
    if (!reply.item.isEmpty())
        what += u' ' + reply.item;
    if (reply.error)
        return tr("Meter %1 refused (%2): %3").arg(reply.address, what, reply.errorText);
    QStringList values;
    for (const MeterValue &v : reply.values)
        values << (v.unit.isEmpty() ? QString(v.name + u'=' + v.value)
                                    : QString(v.name + u'=' + v.value + u' ' + v.unit));
    QString text = tr("Reply from meter %1 (%2)").arg(reply.address, what);
    if (!values.isEmpty())
        text += u": "_qs + values.join(u", "_qs);
    if (reply.moreFollows)
        text += u' ' + tr("(more data follows)");
    return text;
}

Status Exchanger::waitForSilence(const LinkTiming &timing, const CancelCheck &cancelled)
{
    const qint64 gapUs = timing.gapUs(m_transport.serialSettings());
    QElapsedTimer waited;
    waited.start();
    QByteArray stale;
    while (true) {
        auto bytes = m_transport.read(0);
        if (!bytes)
            return bytes.error();
        if (!bytes->isEmpty()) {
            stale += *bytes;
            heard();
        }
        const qint64 quiet = quietForUs();
        if (bytes->isEmpty() && quiet >= gapUs)
            break;
        if (waited.elapsed() >= timing.maxSilenceWaitMs)
            break; // a line that never falls silent: send anyway, the reply check copes
        if (cancelled && cancelled())
            break; // run() reports it
        if (bytes->isEmpty()) {
            const qint64 waitMs = qBound<qint64>(1, (gapUs - quiet + 999) / 1000, qint64(SliceMs));
            auto more = m_transport.read(int(waitMs));
            if (!more)
                return more.error();
            if (!more->isEmpty()) {
                stale += *more;
                heard();
            }
        }
    }
    if (!stale.isEmpty()) {
        m_log.rx(stale);
        m_log.note(FrameLogEntry::Kind::Stale,
                   tr("%n byte(s) already on the line before sending were thrown away.", nullptr, int(stale.size())));
    }
    return {};
}

Result<MeterReply> Exchanger::run(const MeterExchange &exchange, const LinkTiming &timing, const CancelCheck &cancelled,
                                  const ProgressSink &progress)
{
    if (exchange.request.isEmpty())
        return fail(linkError(linkerror::Invalid, tr("There is no request to send.")));
    if (exchange.expectReply && !exchange.protocol)
        return fail(linkError(linkerror::Invalid, tr("A request that expects a reply needs its protocol.")));
    if (!m_transport.isOpen())
        return fail(linkError(linkerror::NotOpen, tr("The line to the meter is not open.")));

    const auto isCancelled = [&] { return cancelled && cancelled(); };
    const auto cancelledError = [&] {
        return fail(
            linkError(linkerror::Cancelled, tr("Cancelled before %1 answered.").arg(meterName(exchange.target))));
    };
    const auto report = [&](ExchangeProgress::Phase phase, int attempt, int attempts, const QString &text) {
        if (progress)
            progress(ExchangeProgress{phase, attempt, attempts, text});
    };

    const int tries = qMax(1, timing.tries);
    const SerialSettings *serial = m_transport.serialSettings();
    const qint64 txUs = serial ? exchange.request.size() * serial->characterTimeUs() : 0;
    const QString who = meterName(exchange.target);
    const QString whoFirst =
        exchange.target.address.isEmpty() ? tr("The meter") : tr("Meter %1").arg(exchange.target.address);
    bool anyDamaged = false;
    bool anyOther = false;
    bool anyBytes = false;

    for (int attempt = 1; attempt <= tries; ++attempt) {
        if (isCancelled())
            return cancelledError();
        if (attempt > 1) {
            const QString text = tr("Sending again to %1, try %2 of %3.").arg(who).arg(attempt).arg(tries);
            m_log.note(FrameLogEntry::Kind::Retry, text);
            report(ExchangeProgress::Phase::Retrying, attempt, tries, text);
        }
        report(ExchangeProgress::Phase::Sending, attempt, tries,
               tr("Sending to %1 (try %2 of %3)").arg(who).arg(attempt).arg(tries));
        if (Status quiet = waitForSilence(timing, cancelled); !quiet)
            return fail(quiet.error());
        if (isCancelled())
            return cancelledError();

        QString txText = exchange.description;
        if (tries > 1)
            txText += (txText.isEmpty() ? QString() : u", "_qs) + tr("try %1 of %2").arg(attempt).arg(tries);
        m_log.tx(exchange.request, txText);
        // Enough for the bytes to go out at the line speed, with room for a slow adapter.
        const int writeTimeoutMs = int(qMin<qint64>(txUs / 1000 * 2 + 2000, 60000));
        if (Status sent = m_transport.write(exchange.request, writeTimeoutMs); !sent)
            return fail(sent.error());
        lineBusyFor(txUs);

        if (!exchange.expectReply) {
            m_log.note(FrameLogEntry::Kind::Info, tr("Broadcast sent; meters do not answer it."));
            report(ExchangeProgress::Phase::Done, attempt, tries, tr("Broadcast sent"));
            return MeterReply{};
        }

        report(ExchangeProgress::Phase::AwaitingReply, attempt, tries,
               tr("Waiting for %1 (try %2 of %3)").arg(who).arg(attempt).arg(tries));
        // The timeout runs from the end of the request on the line, not from handing it to the driver.
        const QDeadlineTimer deadline(timing.responseTimeoutMs + (txUs + 999) / 1000);
        QElapsedTimer sinceRx;
        sinceRx.start();
        QByteArray pending;
        QString lastProblem;
        qsizetype noise = 0;
        bool damaged = false;
        bool earlyRetry = false;

        while (!deadline.hasExpired()) {
            if (isCancelled())
                return cancelledError();
            // A damaged reply will not be followed by a good one on this try: retry once the
            // line has been quiet a while instead of waiting out the whole timeout.
            if (damaged && sinceRx.elapsed() >= timing.quietAfterDamageMs) {
                earlyRetry = true;
                break;
            }
            const int slice = int(qBound<qint64>(1, deadline.remainingTime(), qint64(SliceMs)));
            auto bytes = m_transport.read(slice);
            if (!bytes)
                return fail(bytes.error());
            if (bytes->isEmpty())
                continue;
            heard();
            sinceRx.restart();
            anyBytes = true;
            m_log.rx(*bytes);
            pending += *bytes;

            while (!pending.isEmpty()) {
                auto parsed = exchange.protocol->parse(exchange.target, pending);
                if (!parsed) {
                    // The contract: a frame that cannot be trusted; drop the first byte and look again.
                    const QString &reason = parsed.error().field;
                    const bool other = reason == QLatin1String("address") || reason == QLatin1String("direction");
                    (other ? anyOther : anyDamaged) = true;
                    damaged = damaged || !other;
                    if (parsed.error().message != lastProblem) {
                        lastProblem = parsed.error().message;
                        m_log.note(other ? FrameLogEntry::Kind::OtherMeter : FrameLogEntry::Kind::Damaged,
                                   tr("Skipped: %1").arg(lastProblem));
                    }
                    pending.remove(0, 1);
                    ++noise;
                    continue;
                }
                if (!parsed->complete) {
                    if (parsed->consumed > 0) {
                        noise += parsed->consumed;
                        pending.remove(0, parsed->consumed);
                    }
                    break;
                }
                MeterReply reply = std::move(parsed).value();
                if (!reply.error && !exchange.expectItem.isEmpty() && !reply.item.isEmpty() &&
                    reply.item != exchange.expectItem) {
                    m_log.note(FrameLogEntry::Kind::LateReply,
                               tr("Skipped a reply about %1 while waiting for %2 (a late answer to an earlier "
                                  "request).")
                                   .arg(reply.item, exchange.expectItem));
                    pending.remove(0, qMax<qsizetype>(1, reply.consumed));
                    continue;
                }
                noise += reply.skipped;
                if (noise > 0)
                    m_log.note(FrameLogEntry::Kind::Noise,
                               tr("%n byte(s) of noise or damaged frames skipped before the reply.", nullptr,
                                  int(qMin<qsizetype>(noise, INT_MAX))));
                m_log.note(FrameLogEntry::Kind::Decoded, describeReply(reply));
                report(ExchangeProgress::Phase::Done, attempt, tries,
                       reply.error ? tr("%1 refused the request").arg(whoFirst) : tr("%1 answered").arg(whoFirst));
                return reply;
            }
            if (pending.size() > MaxPending) {
                noise += pending.size() - MaxPending;
                pending.remove(0, pending.size() - MaxPending);
            }
        }

        if (earlyRetry)
            m_log.note(FrameLogEntry::Kind::Timeout,
                       tr("Try %1 of %2: only a damaged reply came back.").arg(attempt).arg(tries));
        else if (damaged || !pending.isEmpty() || noise > 0)
            m_log.note(
                FrameLogEntry::Kind::Timeout,
                tr("Try %1 of %2: no good reply within %3 ms.").arg(attempt).arg(tries).arg(timing.responseTimeoutMs));
        else
            m_log.note(
                FrameLogEntry::Kind::Timeout,
                tr("Try %1 of %2: no reply within %3 ms.").arg(attempt).arg(tries).arg(timing.responseTimeoutMs));
    }

    QString message;
    if (anyDamaged)
        message = tr("%1 answered, but every reply was damaged (%n tries). Check the wiring, the line settings and "
                     "for electrical noise on the line.",
                     nullptr, tries)
                      .arg(whoFirst);
    else if (anyOther)
        message = tr("No reply from %1 after %n tries; only other meters answered. Check the address.", nullptr, tries)
                      .arg(who);
    else if (anyBytes)
        message = tr("No valid reply from %1 after %n tries, only noise. Check the line settings (speed, parity).",
                     nullptr, tries)
                      .arg(who);
    else
        message = tr("No reply from %1 after %n tries of %2 ms each. Check the address, the wiring and that the meter "
                     "is powered.",
                     nullptr, tries)
                      .arg(who)
                      .arg(timing.responseTimeoutMs);
    return fail(linkError(linkerror::Timeout, message));
}

} // namespace prepaydesk
