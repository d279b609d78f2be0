#include "meter/Transport.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSerialPort>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/sysmacros.h>
#endif

namespace prepaydesk {

namespace {

Error linkError(const QString &reason, const QString &message)
{
    return Error{Error::Code::Io, message, reason};
}

QSerialPort::Parity toQt(SerialSettings::Parity parity)
{
    switch (parity) {
    case SerialSettings::Parity::Even:
        return QSerialPort::EvenParity;
    case SerialSettings::Parity::Odd:
        return QSerialPort::OddParity;
    case SerialSettings::Parity::None:
        break;
    }
    return QSerialPort::NoParity;
}

bool isPseudoTerminal(qintptr fd, const QString &port)
{
#ifdef Q_OS_LINUX
    struct stat st
    {
    };
    // Unix98 pty slaves have majors 136..143 (Documentation/admin-guide/devices.txt).
    if (fd >= 0 && ::fstat(int(fd), &st) == 0 && S_ISCHR(st.st_mode))
        return major(st.st_rdev) >= 136 && major(st.st_rdev) <= 143;
#else
    Q_UNUSED(fd);
#endif
    return port.startsWith(QLatin1String("/dev/pts/")) || port.startsWith(QLatin1String("/dev/ttys"));
}

} // namespace

// ---- LinkEndpoint --------------------------------------------------------------------------

LinkEndpoint LinkEndpoint::serialPort(const QString &port, const SerialSettings &settings)
{
    LinkEndpoint e;
    e.kind = Kind::Serial;
    e.port = port;
    e.serial = settings;
    return e;
}

LinkEndpoint LinkEndpoint::tcp(const QString &host, quint16 port)
{
    LinkEndpoint e;
    e.kind = Kind::Tcp;
    e.host = host;
    e.tcpPort = port;
    return e;
}

Result<LinkEndpoint> LinkEndpoint::fromText(const QString &text, const SerialSettings &serial)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Error::invalid(tr("Name a serial port (such as /dev/ttyUSB0 or COM3) or a device server as "
                                 "tcp://host:port."),
                              QStringLiteral("port"));
    // tcp://host:port, tcp://[::1]:port, or host:port (a serial port name has no ":<digits>" end,
    // except Windows' "COM3" which has no colon at all).
    static const QRegularExpression tcpForm(QStringLiteral("^(?:tcp://)?(\\[[^\\]]+\\]|[^:/\\s]+):(\\d{1,5})$"));
    const auto m = tcpForm.match(t);
    if (m.hasMatch()) {
        QString host = m.captured(1);
        if (host.startsWith(u'['))
            host = host.mid(1, host.size() - 2);
        const int port = m.captured(2).toInt();
        if (port < 1 || port > 65535)
            return Error::invalid(tr("%1 is not a TCP port number (1 to 65535).").arg(m.captured(2)),
                                  QStringLiteral("port"));
        return tcp(host, quint16(port));
    }
    if (t.startsWith(QLatin1String("tcp://")))
        return Error::invalid(tr("Write a device server as tcp://host:port, for example tcp://192.168.1.20:4001."),
                              QStringLiteral("port"));
    return serialPort(t, serial);
}

QString LinkEndpoint::toText() const
{
    if (kind == Kind::Tcp) {
        const QString h = host.contains(u':') ? u'[' + host + u']' : host;
        return QStringLiteral("tcp://%1:%2").arg(h).arg(tcpPort);
    }
    return port + u' ' + serial.toText();
}

std::unique_ptr<Transport> Transport::create(const LinkEndpoint &endpoint)
{
    if (endpoint.kind == LinkEndpoint::Kind::Tcp)
        return std::make_unique<TcpTransport>(endpoint.host, endpoint.tcpPort, endpoint.connectTimeoutMs);
    return std::make_unique<SerialTransport>(endpoint.port, endpoint.serial);
}

// ---- SerialTransport -----------------------------------------------------------------------

SerialTransport::SerialTransport(const QString &port, const SerialSettings &settings)
    : m_port(port)
    , m_settings(settings)
{}

SerialTransport::~SerialTransport()
{
    close();
}

QString SerialTransport::description() const
{
    return m_port + u' ' + m_settings.toText();
}

bool SerialTransport::isOpen() const
{
    return m_serial && m_serial->isOpen();
}

Status SerialTransport::open()
{
    close();
    m_serial = std::make_unique<QSerialPort>();
    m_serial->setPortName(m_port);
    if (!m_serial->open(QIODevice::ReadWrite)) {
        const auto error = m_serial->error();
        const QString detail = m_serial->errorString();
        m_serial.reset();
        switch (error) {
        case QSerialPort::DeviceNotFoundError:
            return linkError(linkerror::NotFound,
                             tr("There is no serial port %1. Check that the adapter is plugged in and choose the "
                                "port again.")
                                 .arg(m_port));
        case QSerialPort::PermissionError:
            return linkError(linkerror::Busy,
                             tr("The serial port %1 is in use by another program, or this user may not open it "
                                "(on Linux, the user must be in the \"dialout\" group). %2")
                                 .arg(m_port, detail));
        default:
            return linkError(linkerror::OpenFailed, tr("The serial port %1 cannot be opened: %2").arg(m_port, detail));
        }
    }
    // One at a time, so that the error names the setting the port refused.
    const auto refused = [this](const QString &what) {
        const QString detail = m_serial->errorString();
        close();
        return linkError(linkerror::Settings,
                         tr("The serial port %1 does not accept %2: %3").arg(m_port, what, detail));
    };
    if (!m_serial->setBaudRate(m_settings.baudRate))
        return refused(tr("the speed %1 bps").arg(m_settings.baudRate));
    // A pseudo-terminal (prepay-metersim, socat, tests) keeps 8 data bits and no parity whatever
    // it is told (Linux pty_set_termios); the bytes pass all the same, so that is not an error.
    const bool pty = isPseudoTerminal(m_serial->handle(), m_port);
    m_note.clear();
    if (!m_serial->setDataBits(static_cast<QSerialPort::DataBits>(m_settings.dataBits))) {
        if (!pty)
            return refused(tr("%1 data bits").arg(m_settings.dataBits));
        m_serial->clearError();
        m_note = tr("%1 is a pseudo-terminal: its byte format stays 8N.").arg(m_port);
    }
    if (!m_serial->setParity(toQt(m_settings.parity))) {
        if (!pty)
            return refused(tr("the parity of %1").arg(m_settings.toText()));
        m_serial->clearError();
        m_note = tr("%1 is a pseudo-terminal: its byte format stays 8N.").arg(m_port);
    }
    if (!m_serial->setStopBits(m_settings.stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop))
        return refused(tr("%1 stop bits").arg(m_settings.stopBits));
    if (!m_serial->setFlowControl(m_settings.rtsCts ? QSerialPort::HardwareControl : QSerialPort::NoFlowControl))
        return refused(m_settings.rtsCts ? tr("hardware flow control") : tr("turning flow control off"));
    return {};
}

void SerialTransport::close()
{
    if (m_serial) {
        if (m_serial->isOpen())
            m_serial->close();
        m_serial.reset();
    }
}

Error SerialTransport::lineError(const QString &doing)
{
    // A vanished device leaves a stale errno behind ("Invalid argument"): say only what matters.
    // A failed read is how Linux reports a device that went away (EIO; Qt says ReadError).
    const bool gone =
        !m_serial || m_serial->error() == QSerialPort::ResourceError || m_serial->error() == QSerialPort::ReadError;
    const QString detail = m_serial ? m_serial->errorString() : QString();
    close();
    if (gone)
        return linkError(linkerror::Gone, tr("The serial port %1 stopped working while %2. Was the adapter unplugged "
                                             "or the cable pulled?")
                                              .arg(m_port, doing));
    return linkError(linkerror::Gone, tr("The serial port %1 failed while %2: %3").arg(m_port, doing, detail));
}

Status SerialTransport::write(const QByteArray &bytes, int timeoutMs)
{
    if (!isOpen())
        return linkError(linkerror::NotOpen, tr("The serial port %1 is not open.").arg(m_port));
    if (m_serial->write(bytes) != bytes.size())
        return lineError(tr("sending"));
    const QDeadlineTimer deadline(timeoutMs);
    while (m_serial->bytesToWrite() > 0) {
        if (!m_serial->waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_serial->error() == QSerialPort::TimeoutError || deadline.hasExpired())
                return linkError(linkerror::Gone,
                                 tr("The serial port %1 did not take the request within %2 ms (is a hardware "
                                    "handshake line holding it back?).")
                                     .arg(m_port)
                                     .arg(timeoutMs));
            return lineError(tr("sending"));
        }
    }
    return {};
}

Result<QByteArray> SerialTransport::read(int timeoutMs)
{
    if (!isOpen())
        return linkError(linkerror::NotOpen, tr("The serial port %1 is not open.").arg(m_port));
    if (m_serial->bytesAvailable() > 0)
        return m_serial->readAll();
    if (!m_serial->waitForReadyRead(qMax(0, timeoutMs))) {
        const auto error = m_serial->error();
        if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError) {
            m_serial->clearError();
            return QByteArray();
        }
        return lineError(tr("waiting for the meter"));
    }
    return m_serial->readAll();
}

// ---- TcpTransport --------------------------------------------------------------------------

TcpTransport::TcpTransport(const QString &host, quint16 port, int connectTimeoutMs)
    : m_host(host)
    , m_port(port)
    , m_connectTimeoutMs(connectTimeoutMs)
{}

TcpTransport::~TcpTransport()
{
    close();
}

QString TcpTransport::description() const
{
    return QStringLiteral("tcp://%1:%2").arg(m_host).arg(m_port);
}

bool TcpTransport::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

Status TcpTransport::open()
{
    close();
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(m_host, m_port);
    if (!m_socket->waitForConnected(m_connectTimeoutMs)) {
        const auto error = m_socket->error();
        const QString detail = m_socket->errorString();
        m_socket.reset();
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            return linkError(linkerror::Refused,
                             tr("Nothing accepts connections at %1 port %2 (connection refused). Check the device "
                                "server's address and port, and that it is switched on.")
                                 .arg(m_host)
                                 .arg(m_port));
        case QAbstractSocket::HostNotFoundError:
            return linkError(linkerror::HostNotFound,
                             tr("The device server %1 cannot be found: %2").arg(m_host, detail));
        case QAbstractSocket::SocketTimeoutError:
            return linkError(linkerror::ConnectTimeout, tr("The device server %1 port %2 did not answer within %3 s.")
                                                            .arg(m_host)
                                                            .arg(m_port)
                                                            .arg((m_connectTimeoutMs + 999) / 1000));
        default:
            return linkError(linkerror::OpenFailed,
                             tr("No connection to %1 port %2: %3").arg(m_host).arg(m_port).arg(detail));
        }
    }
    // A request is one small frame: send it now rather than wait to fill a segment (Nagle).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return {};
}

void TcpTransport::close()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
}

Error TcpTransport::socketError()
{
    const bool closedByPeer = !m_socket || m_socket->error() == QAbstractSocket::RemoteHostClosedError ||
                              m_socket->error() == QAbstractSocket::UnknownSocketError;
    const QString detail = m_socket ? m_socket->errorString() : QString();
    close();
    if (closedByPeer)
        return linkError(linkerror::Dropped,
                         tr("The device server at %1 port %2 closed the connection.").arg(m_host).arg(m_port));
    return linkError(
        linkerror::Dropped,
        tr("The connection to the device server at %1 port %2 failed: %3").arg(m_host).arg(m_port).arg(detail));
}

Status TcpTransport::write(const QByteArray &bytes, int timeoutMs)
{
    if (!isOpen())
        return m_socket ? Status(socketError())
                        : Status(linkError(linkerror::NotOpen, tr("The connection to %1 is not open.").arg(m_host)));
    if (m_socket->write(bytes) != bytes.size())
        return socketError();
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_socket->error() == QAbstractSocket::SocketTimeoutError)
                return linkError(linkerror::Dropped, tr("The device server at %1 port %2 took no data for %3 ms.")
                                                         .arg(m_host)
                                                         .arg(m_port)
                                                         .arg(timeoutMs));
            return socketError();
        }
    }
    return {};
}

Result<QByteArray> TcpTransport::read(int timeoutMs)
{
    if (!m_socket)
        return linkError(linkerror::NotOpen, tr("The connection to %1 is not open.").arg(m_host));
    if (m_socket->bytesAvailable() > 0)
        return m_socket->readAll();
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return socketError();
    if (!m_socket->waitForReadyRead(qMax(0, timeoutMs))) {
        if (m_socket->error() == QAbstractSocket::SocketTimeoutError &&
            m_socket->state() == QAbstractSocket::ConnectedState)
            return QByteArray();
        if (m_socket->bytesAvailable() > 0)
            return m_socket->readAll();
        return socketError();
    }
    return m_socket->readAll();
}

} // namespace prepaydesk
