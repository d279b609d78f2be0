#pragma once

// Runs the real prepay-metersim (path in $METERSIM) and talks to its meters over the real
// pseudo-terminals or TCP ports it prints, as the console would.

#include "ChildProcess.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpSocket>

#include <functional>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace prepaydesk::test {

// Generous upper bounds only: nothing asserts that anything is fast.
constexpr int ReplyTimeoutMs = 10'000;

struct SimDevice
{
    QString protocol, address, endpoint, name, utility;
};

class SimProcess
{
public:
    ~SimProcess() { stop(); }

    // Starts the simulator and reads the `meters` device lines it prints.
    bool start(const QStringList &args, int meters)
    {
        endWithTest(m_process);
        m_process.setProgram(qEnvironmentVariable("METERSIM"));
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(ReplyTimeoutMs))
            return false;
        devices.clear();
        while (devices.size() < meters) {
            const QString line = readLine();
            if (line.isNull())
                return false;
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.size() != 5)
                return false;
            devices << SimDevice{f[0], f[1], f[2], f[3], f[4]};
        }
        return true;
    }

    // One control command on stdin; returns every reply line, the last being "ok" or "error: ...".
    QStringList command(const QString &command)
    {
        m_process.write(command.toUtf8() + '\n');
        QStringList out;
        for (;;) {
            const QString line = readLine();
            if (line.isNull())
                return out << QStringLiteral("error: no answer");
            out << line;
            if (line == QLatin1String("ok") || line.startsWith(QLatin1String("error")))
                return out;
        }
    }

    QString readLine()
    {
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine()) {
            if (t.elapsed() > ReplyTimeoutMs || m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(100);
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    bool waitForExit()
    {
        return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(ReplyTimeoutMs);
    }

    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(ReplyTimeoutMs))
            m_process.kill();
        m_process.waitForFinished(ReplyTimeoutMs);
    }

    QList<SimDevice> devices;

private:
    QProcess m_process;
};

// The client end of a simulated line: the pty's slave device (raw, as a serial port) or a TCP
// connection to the simulator's port.
class LinePort
{
public:
    ~LinePort()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool open(const QString &endpoint)
    {
        if (endpoint.startsWith(QLatin1String("tcp://"))) {
            const QString hostPort = endpoint.mid(6);
            m_socket.connectToHost(hostPort.section(QLatin1Char(':'), 0, 0),
                                   static_cast<quint16>(hostPort.section(QLatin1Char(':'), 1).toUInt()));
            m_tcp = true;
            return m_socket.waitForConnected(ReplyTimeoutMs);
        }
        m_fd = ::open(endpoint.toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (m_fd < 0)
            return false;
        termios t{};
        ::tcgetattr(m_fd, &t);
        ::cfmakeraw(&t);
        ::cfsetspeed(&t, B2400);
        t.c_cflag |= PARENB; // 8E1, as DL/T 645 lines run
        ::tcsetattr(m_fd, TCSANOW, &t);
        return true;
    }

    void write(const QByteArray &bytes)
    {
        if (m_tcp) {
            m_socket.write(bytes);
            m_socket.waitForBytesWritten(ReplyTimeoutMs);
            return;
        }
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
            if (n > 0)
                done += n;
            else if (errno != EAGAIN && errno != EINTR)
                return;
        }
    }

    // Reads until `done(buffer)` holds or the timeout passes; returns whether it held.
    bool readUntil(const std::function<bool(const QByteArray &)> &done, int timeoutMs = ReplyTimeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (!done(buffer)) {
            const qint64 left = timeoutMs - t.elapsed();
            if (left <= 0)
                return false;
            if (m_tcp) {
                if (m_socket.bytesAvailable() == 0)
                    m_socket.waitForReadyRead(static_cast<int>(qMin<qint64>(left, 100)));
                buffer.append(m_socket.readAll());
                continue;
            }
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(qMin<qint64>(left, 100))) > 0) {
                char chunk[512];
                const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
                if (n > 0)
                    buffer.append(chunk, static_cast<qsizetype>(n));
            }
        }
        return true;
    }

    QByteArray buffer;

private:
    int m_fd = -1;
    bool m_tcp = false;
    QTcpSocket m_socket;
};

} // namespace prepaydesk::test
