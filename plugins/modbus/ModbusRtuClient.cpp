#include "ModbusRtuClient.h"

#include <QDir>
#include <QEventLoop>
#include <QModbusReply>
#include <QModbusRtuSerialClient>
#include <QSerialPort>
#include <QTimer>

namespace prepaydesk::modbus {

namespace {

struct LaterDeleter
{
    void operator()(QObject *o) const { o->deleteLater(); }
};

QSerialPort::Parity parity(QChar p)
{
    if (p == u'E')
        return QSerialPort::EvenParity;
    if (p == u'O')
        return QSerialPort::OddParity;
    return QSerialPort::NoParity;
}

} // namespace

ModbusRtuClient::ModbusRtuClient(RegisterMap map, QObject *parent)
    : QObject(parent)
    , m_map(std::move(map))
    , m_client(std::make_unique<QModbusRtuSerialClient>())
    , m_unit(m_map.unit)
    , m_timeoutMs(m_map.timeoutMs)
    , m_retries(m_map.retries)
{
    m_client->setTimeout(m_timeoutMs);
    m_client->setNumberOfRetries(m_retries);
}

ModbusRtuClient::~ModbusRtuClient()
{
    close();
}

void ModbusRtuClient::setTimeout(int ms)
{
    m_timeoutMs = ms;
    m_client->setTimeout(ms);
}

void ModbusRtuClient::setRetries(int retries)
{
    m_retries = retries;
    m_client->setNumberOfRetries(retries);
}

Status ModbusRtuClient::open(const QString &portName)
{
    return open(portName, m_map.line);
}

Status ModbusRtuClient::open(const QString &portName, const LineSpec &line)
{
    close();
    m_port = portName;
    m_client->setConnectionParameter(QModbusDevice::SerialPortNameParameter, portName);
    m_client->setConnectionParameter(QModbusDevice::SerialBaudRateParameter, line.baudRate);
    m_client->setConnectionParameter(QModbusDevice::SerialParityParameter, parity(line.parity));
    m_client->setConnectionParameter(QModbusDevice::SerialDataBitsParameter, line.dataBits);
    m_client->setConnectionParameter(QModbusDevice::SerialStopBitsParameter, line.stopBits);
    if (!m_client->connectDevice() || m_client->state() != QModbusDevice::ConnectedState) {
        const QString why = m_client->errorString();
        m_client->disconnectDevice();
        return Error::make(Error::Code::Io,
                           tr("Serial port %1 cannot be opened: %2").arg(QDir::toNativeSeparators(portName), why));
    }
    return {};
}

void ModbusRtuClient::close()
{
    if (m_client->state() != QModbusDevice::UnconnectedState)
        m_client->disconnectDevice();
}

bool ModbusRtuClient::isOpen() const
{
    return m_client->state() == QModbusDevice::ConnectedState;
}

Result<Reply> ModbusRtuClient::transact(const Frame &request)
{
    if (!isOpen())
        return Error::make(Error::Code::Io, tr("The serial port is not open."));
    const auto info = describeRequest(encode(request));
    if (!info)
        return info.error();
    std::unique_ptr<QModbusReply, LaterDeleter> reply(m_client->sendRawRequest(
        QModbusRequest(QModbusPdu::FunctionCode(request.function), request.data), request.unit));
    if (!reply)
        return Error::make(Error::Code::Io,
                           tr("The request could not be sent on %1: %2").arg(m_port, m_client->errorString()));
    if (!reply->isFinished()) {
        QEventLoop loop;
        connect(reply.get(), &QModbusReply::finished, &loop, &QEventLoop::quit);
        // QModbusRtuSerialClient gives up after its own timeouts; this only guards against a reply
        // that never finishes at all.
        QTimer::singleShot(m_timeoutMs * (m_retries + 1) + 5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!reply->isFinished() || reply->error() == QModbusDevice::TimeoutError)
        return Error{Error::Code::Io,
                     tr("Meter %1 on %2 did not answer within %3 ms (%4 tries). Check the cable, the meter's "
                        "Modbus address and its line settings.")
                         .arg(request.unit)
                         .arg(QDir::toNativeSeparators(m_port))
                         .arg(m_timeoutMs)
                         .arg(m_retries + 1),
                     QStringLiteral("timeout")};
    const QModbusResponse raw = reply->rawResult();
    if (reply->error() != QModbusDevice::NoError &&
        !(reply->error() == QModbusDevice::ProtocolError && raw.isException()))
        return Error{Error::Code::Io,
                     tr("Talking to meter %1 on %2 failed: %3").arg(request.unit).arg(m_port, reply->errorString()),
                     QStringLiteral("line")};
    // The reply's PDU goes through the codec's checks, exactly as a reply framed by parse() does.
    const Frame frame{static_cast<quint8>(reply->serverAddress()),
                      static_cast<quint8>(raw.functionCode() | (raw.isException() ? fn::ExceptionBit : 0)), raw.data()};
    auto content = decodeReply(frame);
    if (!content)
        return Error{Error::Code::Invalid, content.error().message, QStringLiteral("mismatch")};
    if (const Status s = matchReply(*info, *content); !s)
        return Error{Error::Code::Invalid, s.error().message, QStringLiteral("mismatch")};
    if (content->exception)
        return Error{Error::Code::Invalid, exceptionMeaning(content->exceptionCode),
                     exceptionCode(content->exceptionCode)};
    return content;
}

const ValueSpec *ModbusRtuClient::spec(const QString &name, bool forWrite, Error *error) const
{
    const ValueSpec *v = m_map.value(name);
    if (!v) {
        *error = Error::invalid(tr("Register map %1 has no value \"%2\".").arg(m_map.id, name), QStringLiteral("item"));
        return nullptr;
    }
    if (forWrite ? !v->writable : !v->readable) {
        *error = Error::invalid(forWrite ? tr("\"%1\" cannot be written.").arg(name)
                                         : tr("\"%1\" cannot be read.").arg(name),
                                QStringLiteral("item"));
        return nullptr;
    }
    return v;
}

Result<QList<quint16>> ModbusRtuClient::readWords(const ValueSpec &v)
{
    const auto frame = RegisterMap::readFrame(v, m_unit);
    if (!frame)
        return frame.error();
    const auto reply = transact(*frame);
    if (!reply)
        return reply.error();
    if (v.type == ValueType::Bool)
        return QList<quint16>{quint16(bitAt(reply->bits, 0))};
    return reply->registers;
}

Status ModbusRtuClient::writeWords(const ValueSpec &v, const QList<quint16> &words)
{
    const auto frame = RegisterMap::writeFrame(v, m_unit, words);
    if (!frame)
        return frame.error();
    const auto reply = transact(*frame);
    if (!reply)
        return reply.error();
    return {};
}

Result<MeterValue> ModbusRtuClient::read(const QString &name)
{
    Error error;
    const ValueSpec *v = spec(name, false, &error);
    if (!v)
        return error;
    const auto words = readWords(*v);
    if (!words)
        return words.error();
    return m_map.decode(*v, *words);
}

Result<QList<MeterValue>> ModbusRtuClient::readAll()
{
    QList<MeterValue> out;
    for (const ValueSpec &v : m_map.values) {
        if (!v.readable)
            continue;
        auto value = read(v.name);
        if (!value)
            return value.error();
        out.append(std::move(value).value());
    }
    return out;
}

Result<ModbusRtuClient::Credit> ModbusRtuClient::writeCredit(const Decimal &amount)
{
    if (!m_map.credit)
        return Error::invalid(tr("Register map %1 has no credit register.").arg(m_map.id));
    if (amount.number <= 0)
        return Error::invalid(tr("A recharge must be for more than zero."), QStringLiteral("amount"));
    Error error;
    const ValueSpec *credit = spec(m_map.credit->value, true, &error);
    if (!credit)
        return error;
    // Checked before anything goes on the line: an amount the register cannot carry exactly is refused.
    const auto words = m_map.encode(*credit, amount);
    if (!words)
        return words.error();
    auto before = read(m_map.credit->balance);
    if (!before)
        return before.error();
    if (const Status s = writeWords(*credit, *words); !s)
        return s.error();
    auto after = read(m_map.credit->balance);
    if (!after)
        return after.error();
    return Credit{std::move(before).value(), std::move(after).value()};
}

Result<MeterValue> ModbusRtuClient::setRelay(RelayAction action)
{
    if (!m_map.relay)
        return Error::invalid(tr("Register map %1 has no relay control.").arg(m_map.id));
    const RelaySpec &relay = *m_map.relay;
    if (action != RelayAction::Trip && action != RelayAction::DirectClose)
        return Error::invalid(tr("A Modbus meter's relay can only be tripped or closed."));
    Error error;
    const ValueSpec *control = spec(relay.control, true, &error);
    if (!control)
        return error;
    const ValueSpec *state = spec(relay.state, false, &error);
    if (!state)
        return error;
    const bool trip = action == RelayAction::Trip;
    const auto words = RegisterMap::encodeRaw(*control, trip ? relay.trip : relay.close);
    if (!words)
        return words.error();
    if (const Status s = writeWords(*control, *words); !s)
        return s.error();
    const auto stateWords = readWords(*state);
    if (!stateWords)
        return stateWords.error();
    const auto raw = RegisterMap::rawInteger(*state, *stateWords);
    if (!raw)
        return raw.error();
    auto value = m_map.decode(*state, *stateWords);
    if (!value)
        return value.error();
    if (*raw != (trip ? relay.stateOpen : relay.stateClosed))
        return Error::invalid(
            trip ? tr("The meter accepted the trip command but reports its relay as \"%1\".").arg(value->value)
                 : tr("The meter accepted the close command but reports its relay as \"%1\".").arg(value->value),
            QStringLiteral("relay-state"));
    return value;
}

} // namespace prepaydesk::modbus
