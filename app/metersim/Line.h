#pragma once

// One simulated line (an RS-485 bus, an optical head, or a serial-device server's TCP port) with
// the meters on it. The line is a pseudo-terminal whose slave side a client opens like a serial
// port, or a TCP port where every connection is a client. Bytes from a client are cut into
// request frames by the protocols' responders; the meter a frame is for answers, through the
// line faults it has been given (noise, delay, silence).

#include "Responder.h"
#include "SimClock.h"

#include "util/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <random>
#include <vector>

class QSocketNotifier;
class QTcpServer;

namespace prepaydesk::metersim {

class Line : public QObject
{
    Q_OBJECT
public:
    // A partial frame older than this is dropped, as a meter's receiver resets after a pause.
    static constexpr qint64 InterFrameResetMs = 500;

    Line(QString name, SimClock &clock, QList<Responder *> responders, quint32 seed, QObject *parent = nullptr);
    ~Line() override;

    // A new pseudo-terminal; `link`, when given, becomes a symlink to its slave device.
    Status openPty(const QString &link = {});
    // Listens on 127.0.0.1:port (0: any free port).
    Status listenTcp(quint16 port);

    QString name() const { return m_name; }
    // "/dev/pts/7" or "tcp://127.0.0.1:4059"
    QString endpoint() const { return m_endpoint; }
    void addMeter(Meter *meter) { m_meters.append(meter); }
    const QList<Meter *> &meters() const { return m_meters; }

    // Requests and replies seen (for --verbose and the tests' figures).
    qint64 framesReceived() const { return m_framesReceived; }
    qint64 repliesSent() const { return m_repliesSent; }

signals:
    void traffic(const QString &direction, const QByteArray &bytes);

private:
    struct Peer
    {
        QByteArray buffer;
        QElapsedTimer lastByte;
        std::function<void(const QByteArray &)> write;
    };

    void received(const std::shared_ptr<Peer> &peer, const QByteArray &bytes);
    void process(const std::shared_ptr<Peer> &peer);
    void send(const std::shared_ptr<Peer> &peer, const Answer &answer);
    QByteArray withNoise(QByteArray frame, const LineFaults &faults);
    void readPty();
    void writePty(const QByteArray &bytes);

    QString m_name;
    SimClock &m_clock;
    QList<Responder *> m_responders;
    QList<Meter *> m_meters;
    QString m_endpoint;
    QString m_link;
    std::mt19937 m_random;

    int m_master = -1;
    int m_slave = -1; // kept open so that the line survives clients closing it
    QSocketNotifier *m_notifier = nullptr;
    std::shared_ptr<Peer> m_ptyPeer;
    QTcpServer *m_server = nullptr;

    qint64 m_framesReceived = 0;
    qint64 m_repliesSent = 0;
};

} // namespace prepaydesk::metersim
