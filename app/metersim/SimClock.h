#pragma once

// The simulation's clock: real time since start, times a speed factor (--speed 60: an hour of
// use per real minute). Speed 0 stops it (tests freeze it to read values that cannot move);
// advance() jumps it forward.

#include <QDateTime>
#include <QElapsedTimer>

namespace prepaydesk::metersim {

class SimClock
{
public:
    SimClock(const QDateTime &start, double speed)
        : m_base(start)
        , m_speed(speed)
    {
        m_timer.start();
    }

    QDateTime now() const
    {
        return m_base.addMSecs(static_cast<qint64>(static_cast<double>(m_timer.elapsed()) * m_speed));
    }
    double speed() const { return m_speed; }
    void setSpeed(double speed)
    {
        m_base = now();
        m_timer.restart();
        m_speed = speed;
    }
    void advance(qint64 ms) { m_base = m_base.addMSecs(ms); }

private:
    QDateTime m_base;
    QElapsedTimer m_timer;
    double m_speed = 1;
};

} // namespace prepaydesk::metersim
