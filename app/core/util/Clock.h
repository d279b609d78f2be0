#pragma once

#include <QDateTime>

namespace prepaydesk {

// Time comes through a Clock so that services and tests agree on "now" (shift days, tariff
// versions and change history all depend on it).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }

    static const Clock &instance();
};

// A clock that only moves when told to; used by tests and by the demo generator.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace prepaydesk
