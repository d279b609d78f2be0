#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace prepaydesk::test {

// A real third-party Modbus RTU slave for tests: Debian's pymodbus (tests/meters/modbus_slave.py)
// on one end of a socat pseudo-terminal pair, both started and stopped here. The client opens
// port(). The slave's whole datastore lives in a JSON state file ({"coils": [...], "discrete":
// [...], "input": [...], "holding": [...], "writes": n}) that it rewrites after each write it
// applies, so a test can check what the meter did, even after the slave was stopped or killed.
class ModbusSlave
{
public:
    ModbusSlave();
    ~ModbusSlave();
    ModbusSlave(const ModbusSlave &) = delete;
    ModbusSlave &operator=(const ModbusSlave &) = delete;

    // Writes `state`, starts socat and the slave, waits until the slave has its port open.
    // On failure returns false with what went wrong (and what to install) in `error`.
    bool start(const QJsonObject &state, QString *error, int unit = 1);
    QString port() const; // the client's end of the pty pair
    void pause();         // SIGSTOP: the slave keeps its port but answers nothing
    void kill();          // SIGKILL, paused or not: it never runs again
    void stop();          // slave and socat
    QJsonObject state() const;

    // The Python that has Debian's python3-pymodbus (PREPAYDESK_PYTHON overrides /usr/bin/python3).
    static QString python();

private:
    QTemporaryDir m_dir;
    QProcess m_socat;
    QProcess m_slave;
};

} // namespace prepaydesk::test
