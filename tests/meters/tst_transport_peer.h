#pragma once

// The far end of a meter link for the transport tests and the round-trip benchmark: a real
// pseudo-terminal pair (openpty) or a real TCP socket on loopback, and a DL/T 645 meter on it
// that runs in its own thread and answers read requests through the dlt645 codec, misbehaving
// on request (noise, damaged replies, silence, another meter's reply, hanging up mid-reply).
// It is a test peer, not a meter model: prepay-metersim is the simulator.

#include "Dlt645.h"

#include <QByteArray>
#include <QMutex>
#include <QRandomGenerator>
#include <QString>

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <deque>
#include <fcntl.h>
#include <functional>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pty.h>
#include <sys/socket.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

namespace prepaydesk::test {

// A pseudo-terminal pair in raw mode: the link opens slavePath() as a serial port, the peer
// talks on master(). The slave stays open here too, so that the link closing its side does not
// hang up the master.
class PtyPair
{
public:
    PtyPair()
    {
        char name[256] = {};
        if (::openpty(&m_master, &m_slave, name, nullptr, nullptr) != 0) {
            m_master = m_slave = -1;
            return;
        }
        m_path = QString::fromLocal8Bit(name);
        termios tio{};
        ::tcgetattr(m_slave, &tio);
        ::cfmakeraw(&tio);
        ::tcsetattr(m_slave, TCSANOW, &tio);
    }
    ~PtyPair()
    {
        closeMaster();
        if (m_slave >= 0)
            ::close(m_slave);
    }
    PtyPair(const PtyPair &) = delete;
    PtyPair &operator=(const PtyPair &) = delete;

    bool ok() const { return m_master >= 0; }
    int master() const { return m_master; }
    int slaveFd() const { return m_slave; }
    QString slavePath() const { return m_path; }
    // The far end goes away: the link's next read fails as an unplugged adapter would.
    void closeMaster()
    {
        if (m_master >= 0) {
            ::close(m_master);
            m_master = -1;
        }
    }
    // Closes the test's own copy of the slave, so that only the link holds it.
    void closeSlave()
    {
        if (m_slave >= 0) {
            ::close(m_slave);
            m_slave = -1;
        }
    }

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_path;
};

inline bool writeAll(int fd, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) {
            pollfd p{fd, POLLOUT, 0};
            ::poll(&p, 1, 100);
            continue;
        }
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// A listening TCP socket on 127.0.0.1 with a kernel-chosen port.
class LoopbackListener
{
public:
    LoopbackListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_fd, 4) != 0) {
            ::close(m_fd);
            m_fd = -1;
            return;
        }
        socklen_t len = sizeof a;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
    }
    ~LoopbackListener() { close(); }
    LoopbackListener(const LoopbackListener &) = delete;
    LoopbackListener &operator=(const LoopbackListener &) = delete;

    bool ok() const { return m_fd >= 0; }
    quint16 port() const { return m_port; }
    int fd() const { return m_fd; }
    void close()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

// A DL/T 645-2007 meter that answers reads of energy.forward_total (DI 00010000) with a fixed
// reading, on a file descriptor (pty master) or on the first connection to a listener.
class Dlt645Peer
{
public:
    enum class Behaviour
    {
        Normal,          // four FE, the reply
        Noisy,           // random noise, a cut-off frame start, FE, the reply in small pieces
        BadChecksum,     // the reply with its checksum wrong
        Silent,          // no reply
        OtherMeterFirst, // a reply from meter 000000000002, then ours
        OtherMeterOnly,  // only meter 000000000002 answers
        EchoFirst,       // the line echoes the request (RS-485 adapters without echo cancel), then the reply
        MeterError,      // an abnormal reply: error word 02H (no data requested)
        LateReplyFirst,  // a reply about remaining money (00900200), as if to an earlier read, then ours
        HangUpMidReply,  // half the reply, then the peer closes its end
    };

    static constexpr const char *Address = "000000000001";
    static constexpr const char *OtherAddress = "000000000002";
    // 1206.42 kWh: BCD 00 12 06 42, sent low byte first (DL/T 645-2007, DI 00010000 XXXXXX.XX).
    static QByteArray readingBytes() { return QByteArray::fromHex("42061200"); }

    // Serve on an fd the test owns (pty master).
    explicit Dlt645Peer(int fd)
        : m_fd(fd)
    {
        m_thread = std::thread([this] { serve(); });
    }
    // Serve the first connection accepted on `listener`; the peer owns and closes that socket.
    explicit Dlt645Peer(LoopbackListener &listener)
        : m_listenFd(listener.fd())
    {
        m_thread = std::thread([this] { serve(); });
    }
    ~Dlt645Peer() { stop(); }
    Dlt645Peer(const Dlt645Peer &) = delete;
    Dlt645Peer &operator=(const Dlt645Peer &) = delete;

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_ownsFd && m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }

    // How the next requests are answered, in order; after the script, `Normal`.
    void script(std::initializer_list<Behaviour> behaviours)
    {
        QMutexLocker lock(&m_mutex);
        m_script.assign(behaviours.begin(), behaviours.end());
    }
    void setDefault(Behaviour b)
    {
        QMutexLocker lock(&m_mutex);
        m_default = b;
    }
    void setSeed(quint32 seed)
    {
        QMutexLocker lock(&m_mutex);
        m_random.seed(seed);
    }

    int requests() const { return m_requests.load(); }
    int timeSyncs() const { return m_timeSyncs.load(); }
    // Set when the peer hung up (HangUpMidReply): the pty master is closed by the test's PtyPair
    // through `hangUp`, the TCP socket by the peer itself.
    std::function<void()> hangUp;

    // The reply to a read of `id` from `address` (line bytes), with `preambles` FE before it.
    static QByteArray readReply(const QByteArray &address, quint32 id, int preambles = 4)
    {
        dlt645::Frame f;
        f.address = address;
        f.control = 0x91; // D7 reply, function 11H read (DL/T 645-2007 control code)
        f.data.append(char(id & 0xFF))
            .append(char((id >> 8) & 0xFF))
            .append(char((id >> 16) & 0xFF))
            .append(char((id >> 24) & 0xFF));
        f.data.append(readingBytes());
        return dlt645::encode(f, preambles);
    }

private:
    void serve()
    {
        if (m_listenFd >= 0) {
            while (!m_stop) {
                pollfd p{m_listenFd, POLLIN, 0};
                if (::poll(&p, 1, 20) > 0) {
                    m_fd = ::accept(m_listenFd, nullptr, nullptr);
                    m_ownsFd = true;
                    break;
                }
            }
        }
        QByteArray in;
        while (!m_stop && m_fd >= 0) {
            pollfd p{m_fd, POLLIN, 0};
            const int r = ::poll(&p, 1, 20);
            if (r <= 0)
                continue;
            if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) {
                if (!(p.revents & POLLIN))
                    return;
            }
            char buf[512];
            const ssize_t n = ::read(m_fd, buf, sizeof buf);
            if (n <= 0) {
                if (n < 0 && (errno == EINTR || errno == EAGAIN))
                    continue;
                return;
            }
            in.append(buf, n);
            while (true) {
                const dlt645::Scan s = dlt645::scan(in);
                if (s.status == dlt645::ScanStatus::NeedMore) {
                    in.remove(0, s.consumed);
                    break;
                }
                const qsizetype end = s.status == dlt645::ScanStatus::Complete ? s.consumed : s.start + 1;
                const QByteArray raw = in.left(end);
                in.remove(0, end);
                if (s.status == dlt645::ScanStatus::Complete && !answer(s.frame, raw))
                    return;
            }
        }
    }

    Behaviour next()
    {
        QMutexLocker lock(&m_mutex);
        if (m_script.empty())
            return m_default;
        const Behaviour b = m_script.front();
        m_script.pop_front();
        return b;
    }

    int bounded(int n)
    {
        QMutexLocker lock(&m_mutex);
        return int(m_random.bounded(n));
    }

    QByteArray noise(int n)
    {
        QMutexLocker lock(&m_mutex);
        QByteArray out;
        // Bytes that look like parts of frames are the interesting noise.
        static const char special[] = {char(0x68), char(0x16), char(0xFE), char(0xAA), char(0x99)};
        for (int i = 0; i < n; ++i)
            out.append(m_random.bounded(4) == 0 ? special[m_random.bounded(int(sizeof special))]
                                                : char(m_random.bounded(256)));
        return out;
    }

    // false: stop serving (hung up)
    bool answer(const dlt645::Frame &frame, const QByteArray &raw)
    {
        const auto request = dlt645::parseRequest(frame);
        if (!request)
            return true;
        if (request->command == MeterCommand::TimeSync) {
            ++m_timeSyncs;
            return true; // broadcast: no reply
        }
        const QByteArray ours = dlt645::addressFromText(QString::fromLatin1(Address)).value();
        const QByteArray other = dlt645::addressFromText(QString::fromLatin1(OtherAddress)).value();
        if (request->command != MeterCommand::Read || (request->address != ours))
            return true; // not for this meter: stay quiet as a meter on a bus does
        ++m_requests;
        const QByteArray reply = readReply(ours, request->id);
        switch (next()) {
        case Behaviour::Normal:
            return writeAll(m_fd, reply);
        case Behaviour::Noisy: {
            QByteArray cut = readReply(ours, request->id, 0);
            cut.truncate(7); // 68 A0..A5: a frame start that never finishes
            const QByteArray parts[] = {noise(24), cut, noise(9), QByteArray(3, char(0xFE))};
            for (const QByteArray &part : parts) {
                if (!writeAll(m_fd, part))
                    return false;
            }
            // The reply itself in pieces of 1..5 bytes, so the link sees partial frames.
            for (qsizetype at = 0; at < reply.size();) {
                const int piece = 1 + bounded(5);
                if (!writeAll(m_fd, QByteArrayView(reply).sliced(at, qMin<qsizetype>(piece, reply.size() - at))))
                    return false;
                at += piece;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return writeAll(m_fd, noise(6)); // trailing noise belongs to no reply
        }
        case Behaviour::BadChecksum: {
            QByteArray bad = reply;
            bad[bad.size() - 2] = char(bad.at(bad.size() - 2) ^ 0x5A);
            return writeAll(m_fd, bad);
        }
        case Behaviour::Silent:
            return true;
        case Behaviour::OtherMeterFirst:
            return writeAll(m_fd, readReply(other, request->id)) && writeAll(m_fd, reply);
        case Behaviour::OtherMeterOnly:
            return writeAll(m_fd, readReply(other, request->id));
        case Behaviour::LateReplyFirst:
            return writeAll(m_fd, readReply(ours, 0x00900200)) && writeAll(m_fd, reply);
        case Behaviour::EchoFirst:
            return writeAll(m_fd, raw) && writeAll(m_fd, reply);
        case Behaviour::MeterError: {
            dlt645::Frame f;
            f.address = ours;
            f.control = 0xD1; // reply + abnormal + read
            f.data = QByteArray(1, char(0x02));
            return writeAll(m_fd, dlt645::encode(f));
        }
        case Behaviour::HangUpMidReply:
            writeAll(m_fd, reply.left(reply.size() / 2));
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (m_ownsFd) {
                ::close(m_fd);
                m_fd = -1;
            } else if (hangUp) {
                hangUp();
                m_fd = -1;
            }
            return false;
        }
        return true;
    }

    int m_fd = -1;
    int m_listenFd = -1;
    bool m_ownsFd = false;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_requests{0};
    std::atomic<int> m_timeSyncs{0};
    QMutex m_mutex;
    std::deque<Behaviour> m_script;
    Behaviour m_default = Behaviour::Normal;
    QRandomGenerator m_random{20250511};
};

} // namespace prepaydesk::test
