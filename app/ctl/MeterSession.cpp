#include "MeterSession.h"

#include "Ctl.h"
#include "ModbusMeterProtocol.h"

namespace prepaydesk::ctl {

namespace {

// A Modbus reply does not say which registers it holds, so MeterProtocol::parse() alone gives
// only raw words. This parser knows the request it answers and decodes the register map's value
// by name (ModbusMeterProtocol::parseReplyTo), while the link still does the framing, noise,
// retries and timeouts. It lives for one exchange.
class ModbusReplyParser final : public MeterProtocol
{
public:
    explicit ModbusReplyParser(QByteArray request)
        : m_request(std::move(request))
    {}
    QString protocol() const override { return m_modbus.protocol(); }
    Result<QByteArray> readRequest(const QString &address, const QString &item) const override
    {
        return m_modbus.readRequest(address, item);
    }
    Result<MeterReply> parseReply(const QByteArray &bytes) const override
    {
        return m_modbus.parseReplyTo(MeterTarget{}, m_request, bytes);
    }
    QStringList variants() const override { return m_modbus.variants(); }
    QStringList items(const QString &variant) const override { return m_modbus.items(variant); }
    Result<MeterReply> parse(const MeterTarget &target, const QByteArray &bytes) const override
    {
        return m_modbus.parseReplyTo(target, m_request, bytes);
    }

private:
    modbus::ModbusMeterProtocol m_modbus;
    QByteArray m_request;
};

// The meter's codes for "I have no such item": DL/T 645-2007 ERR bit 1, DL/T 645-1997 ERR bit 1,
// Modbus exception 02.
bool isNoData(const MeterReply &reply)
{
    for (const QString &code : reply.errors) {
        if (code == QLatin1String("no-data") || code == QLatin1String("bad-identifier") ||
            code == QLatin1String("illegal-data-address"))
            return true;
    }
    return false;
}

} // namespace

MeterSession::MeterSession(const MeterProtocol &protocol, MeterTarget target, LinkEndpoint endpoint, LinkTiming timing)
    : m_protocol(protocol)
    , m_target(std::move(target))
    , m_endpoint(std::move(endpoint))
    , m_link(std::make_unique<MeterLink>())
{
    m_link->setTiming(timing);
}

MeterSession::~MeterSession() = default;

MeterOutcome MeterSession::open()
{
    if (m_open)
        return {};
    const Status opened = m_link->open(m_endpoint).result();
    if (!opened)
        return {LinkFailed, opened.error().message, {}};
    m_open = true;
    return {};
}

MeterOutcome MeterSession::transact(const MeterRequest &request)
{
    if (m_protocol.protocol() == QLatin1String("cjt188"))
        m_target.sequence = (m_target.sequence + 1) & 0xFF;
    // Built before the port is opened: a request the protocol cannot make is wrong usage (exit 2)
    // whatever the line.
    const auto built = MeterExchange::build(m_protocol, m_target, request);
    if (!built)
        return {Ctl::Usage, built.error().message, {}};
    if (MeterOutcome opened = open(); !opened.ok())
        return opened;
    MeterExchange exchange = *built;
    std::unique_ptr<ModbusReplyParser> modbusParser;
    if (m_protocol.protocol() == QLatin1String("modbus")) {
        modbusParser = std::make_unique<ModbusReplyParser>(exchange.request);
        exchange.protocol = modbusParser.get();
    }
    // result() waits, so the parser outlives the exchange.
    const Result<MeterReply> reply = m_link->transact(exchange).result();
    if (!reply)
        return {LinkFailed, reply.error().message, {}};
    if (reply->error) {
        QString text = reply->errorText.isEmpty() ? tr("The meter refused the request.") : reply->errorText;
        if (!reply->errors.isEmpty())
            text += QStringLiteral(" (") + reply->errors.join(u", ") + u')';
        return {MeterRefused, text, *reply};
    }
    return {0, {}, *reply};
}

MeterOutcome MeterSession::read(const QString &item, bool skipNoData)
{
    MeterRequest request;
    request.command = MeterCommand::Read;
    request.item = item;
    MeterOutcome outcome = transact(request);
    if (outcome.exit == MeterRefused && skipNoData && isNoData(outcome.reply))
        return {};
    if (outcome.exit == MeterRefused)
        outcome.message = tr("The meter refused to read %1: %2").arg(item, outcome.message);
    return outcome;
}

} // namespace prepaydesk::ctl
