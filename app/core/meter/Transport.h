#pragma once

// Transport: the byte pipe to a meter, a serial port (RS-485 adapter, optical head, USB-serial)
// or a TCP connection to a serial-device server. Blocking calls with timeouts, made only from
// the one thread that owns it (MeterLink's worker): the request/response logic in Exchange.h
// sits on top and never touches QSerialPort or QTcpSocket itself. Errors are translated and
// carry a machine reason in Error::field (see namespace linkerror).

#include "meter/LineSettings.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QSerialPort;
class QTcpSocket;

namespace prepaydesk {

// Machine reasons of link errors (Error::field, with Error::Code::Io).
namespace linkerror {
inline const QString NotFound = QStringLiteral("port-not-found"); // no such serial port
inline const QString Busy = QStringLiteral("port-busy");          // in use, or not allowed to open
inline const QString OpenFailed = QStringLiteral("open-failed");  // any other failure to open
inline const QString Settings = QStringLiteral("line-settings");  // the port refuses the speed/format
inline const QString Gone = QStringLiteral("port-gone");          // unplugged or failed mid-use
inline const QString Refused = QStringLiteral("refused");         // TCP: nothing listens there
inline const QString HostNotFound = QStringLiteral("host-not-found");
inline const QString ConnectTimeout = QStringLiteral("connect-timeout");
inline const QString Dropped = QStringLiteral("dropped"); // TCP: the server closed the connection
inline const QString Timeout = QStringLiteral("timeout"); // no good reply after every try
inline const QString NotOpen = QStringLiteral("not-open");
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString Invalid = QStringLiteral("invalid"); // the exchange itself is unusable
} // namespace linkerror

// Where a link goes: a serial port with its settings, or host:port over TCP.
struct LinkEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(LinkEndpoint)
public:
    enum class Kind
    {
        Serial,
        Tcp,
    };
    Kind kind = Kind::Serial;
    QString port;          // Serial: "/dev/ttyUSB0", "ttyUSB0", "COM3"
    SerialSettings serial; // Serial only
    QString host;          // Tcp
    quint16 tcpPort = 0;   // Tcp
    int connectTimeoutMs = 5000;

    static LinkEndpoint serialPort(const QString &port, const SerialSettings &settings);
    static LinkEndpoint tcp(const QString &host, quint16 port);
    // "tcp://host:port" or "host:port" with a number after the colon is TCP; anything else is a
    // serial port name (settings from `serial`).
    static Result<LinkEndpoint> fromText(const QString &text, const SerialSettings &serial);
    // "/dev/ttyUSB0 2400 8E1", "tcp://10.0.0.5:4001"
    QString toText() const;
};

class Transport
{
    Q_DECLARE_TR_FUNCTIONS(Transport)
public:
    virtual ~Transport() = default;

    virtual Status open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    // Sends every byte (waits until the driver or the socket took them all).
    virtual Status write(const QByteArray &bytes, int timeoutMs) = 0;
    // Bytes that arrived, waiting up to `timeoutMs` for the first ones (0: only what is already
    // there). Empty means none came; an Error means the line is gone (the transport is closed).
    virtual Result<QByteArray> read(int timeoutMs) = 0;
    // Serial settings when this is a serial line (character times, t3.5); null for TCP.
    virtual const SerialSettings *serialSettings() const { return nullptr; }
    virtual QString description() const = 0;
    // Something worth telling after open() (settings the port could not take but need not), or empty.
    virtual QString openNote() const { return {}; }

    static std::unique_ptr<Transport> create(const LinkEndpoint &endpoint);
};

class SerialTransport final : public Transport
{
public:
    SerialTransport(const QString &port, const SerialSettings &settings);
    ~SerialTransport() override;

    Status open() override;
    void close() override;
    bool isOpen() const override;
    Status write(const QByteArray &bytes, int timeoutMs) override;
    Result<QByteArray> read(int timeoutMs) override;
    const SerialSettings *serialSettings() const override { return &m_settings; }
    QString description() const override;
    QString openNote() const override { return m_note; }

private:
    Error lineError(const QString &doing);

    QString m_port;
    SerialSettings m_settings;
    QString m_note;
    std::unique_ptr<QSerialPort> m_serial;
};

class TcpTransport final : public Transport
{
public:
    TcpTransport(const QString &host, quint16 port, int connectTimeoutMs);
    ~TcpTransport() override;

    Status open() override;
    void close() override;
    bool isOpen() const override;
    Status write(const QByteArray &bytes, int timeoutMs) override;
    Result<QByteArray> read(int timeoutMs) override;
    QString description() const override;

private:
    Error socketError();

    QString m_host;
    quint16 m_port = 0;
    int m_connectTimeoutMs = 5000;
    std::unique_ptr<QTcpSocket> m_socket;
};

} // namespace prepaydesk
