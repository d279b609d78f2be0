#include "Line.h"

#include <QFile>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace prepaydesk::metersim {

namespace {

constexpr qsizetype MaxBuffer = 4096;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

Line::Line(QString name, SimClock &clock, QList<Responder *> responders, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_clock(clock)
    , m_responders(std::move(responders))
    , m_random(seed)
{}

Line::~Line()
{
    if (!m_link.isEmpty())
        QFile::remove(m_link);
    if (m_master >= 0)
        ::close(m_master);
    if (m_slave >= 0)
        ::close(m_slave);
}

Status Line::openPty(const QString &link)
{
    char path[128] = {};
    if (::openpty(&m_master, &m_slave, path, nullptr, nullptr) != 0)
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Line", "Cannot open a pseudo-terminal: %1").arg(systemError()));
    // Raw on both sides, so that no byte is translated or echoed (0x0A, 0x0D, 0x11 ... are data).
    termios t{};
    if (::tcgetattr(m_slave, &t) == 0) {
        ::cfmakeraw(&t);
        ::tcsetattr(m_slave, TCSANOW, &t);
    }
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_endpoint = QString::fromLocal8Bit(path);
    if (!link.isEmpty()) {
        QFile::remove(link);
        if (!QFile::link(m_endpoint, link))
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("Line", "Cannot make the link %1 to %2.").arg(link, m_endpoint));
        m_link = link;
    }
    m_ptyPeer = std::make_shared<Peer>();
    m_ptyPeer->write = [this](const QByteArray &bytes) { writePty(bytes); };
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Line::readPty);
    return {};
}

Status Line::listenTcp(quint16 port)
{
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return Error::make(Error::Code::Io, QCoreApplication::translate("Line", "Cannot listen on TCP port %1: %2")
                                                .arg(port)
                                                .arg(m_server->errorString()));
    m_endpoint = QStringLiteral("tcp://127.0.0.1:%1").arg(m_server->serverPort());
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto peer = std::make_shared<Peer>();
            QPointer<QTcpSocket> guard(socket);
            peer->write = [guard](const QByteArray &bytes) {
                if (guard)
                    guard->write(bytes);
            };
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, peer] { received(peer, socket->readAll()); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return {};
}

void Line::readPty()
{
    char chunk[1024];
    for (;;) {
        const ssize_t n = ::read(m_master, chunk, sizeof chunk);
        if (n > 0) {
            received(m_ptyPeer, QByteArray(chunk, static_cast<qsizetype>(n)));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        return; // EAGAIN: all read. EIO cannot happen while we hold the slave open.
    }
}

void Line::writePty(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_master, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n > 0) {
            done += n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            // Nobody reads the line and its buffer is full: the bytes are lost, as on a real line.
            return;
        }
    }
}

void Line::received(const std::shared_ptr<Peer> &peer, const QByteArray &bytes)
{
    emit traffic(QStringLiteral("rx"), bytes);
    if (!peer->buffer.isEmpty() && peer->lastByte.isValid() && peer->lastByte.elapsed() > InterFrameResetMs)
        peer->buffer.clear();
    peer->lastByte.start();
    peer->buffer.append(bytes);
    process(peer);
    if (peer->buffer.size() > MaxBuffer)
        peer->buffer = peer->buffer.right(MaxBuffer / 4);
}

void Line::process(const std::shared_ptr<Peer> &peer)
{
    // Only the protocols of the meters on this line listen.
    QList<Responder *> listening;
    for (Responder *r : m_responders) {
        for (const Meter *m : m_meters) {
            if (m->config().protocol == r->protocol()) {
                listening << r;
                break;
            }
        }
    }
    while (!peer->buffer.isEmpty() && !listening.isEmpty()) {
        Responder *found = nullptr;
        FrameScan best;
        qsizetype drop = peer->buffer.size();
        for (Responder *r : listening) {
            const FrameScan s = r->scan(peer->buffer);
            if (s.status == FrameScan::Status::Complete) {
                if (!found || s.start < best.start) {
                    found = r;
                    best = s;
                }
            } else {
                drop = qMin(drop, s.drop);
            }
        }
        if (found) {
            const QByteArray frame = peer->buffer.mid(best.start, best.end - best.start);
            peer->buffer.remove(0, best.end);
            ++m_framesReceived;
            const QDateTime now = m_clock.now();
            QList<Meter *> meters;
            for (Meter *m : m_meters) {
                m->advanceTo(now);
                if (m->config().protocol == found->protocol())
                    meters << m;
            }
            if (const auto answer = found->handle(frame, meters))
                send(peer, *answer);
            continue;
        }
        if (drop <= 0)
            return; // a frame may be starting: wait for more
        peer->buffer.remove(0, drop);
    }
}

QByteArray Line::withNoise(QByteArray frame, const LineFaults &faults)
{
    std::uniform_real_distribution<double> chance(0, 1);
    std::uniform_int_distribution<int> byte(0, 255);
    if (faults.noiseInside > 0 && chance(m_random) < faults.noiseInside) {
        // Change one address byte: the frame keeps its shape and must fail its checksum.
        const qsizetype start = frame.indexOf('\x68');
        if (start >= 0 && start + 7 < frame.size()) {
            const qsizetype at = start + 1 + std::uniform_int_distribution<int>(0, 5)(m_random);
            frame[at] = static_cast<char>(static_cast<quint8>(frame[at]) ^
                                          std::uniform_int_distribution<int>(1, 255)(m_random));
        }
    }
    if (faults.noiseBefore > 0 && chance(m_random) < faults.noiseBefore) {
        QByteArray junk;
        const int n = std::uniform_int_distribution<int>(1, 8)(m_random);
        for (int i = 0; i < n; ++i)
            junk.append(static_cast<char>(byte(m_random)));
        frame.prepend(junk);
    }
    return frame;
}

void Line::send(const std::shared_ptr<Peer> &peer, const Answer &answer)
{
    const LineFaults &faults = answer.meter->lineFaults();
    if (faults.mute)
        return;
    const QByteArray bytes = withNoise(answer.bytes, faults);
    const auto deliver = [this, weak = std::weak_ptr<Peer>(peer), bytes] {
        if (const auto p = weak.lock()) {
            ++m_repliesSent;
            emit traffic(QStringLiteral("tx"), bytes);
            p->write(bytes);
        }
    };
    if (faults.slowMs > 0)
        QTimer::singleShot(faults.slowMs, this, deliver);
    else
        deliver();
}

} // namespace prepaydesk::metersim
