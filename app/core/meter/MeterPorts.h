#pragma once

// MeterPorts: where a meter brought to the counter can be reached, for the serial-meter carrier.
//
//  - The meter simulator (demo, tests): prepay-metersim writes a devices file, one meter a line,
//    "PROTOCOL ADDRESS DEVICE NAME UTILITY" (docs/metersim.md), e.g.
//        dlt645 000000000001 /dev/pts/7 elec-1 electricity
//        cjt188 00000000000002 tcp://127.0.0.1:4059 gas-1 gas
//    named by the environment variable PREPAYDESK_METERSIM_DEVICES. A meter listed there is
//    reached on its own device. The file is read at every look-up, so a restarted simulator
//    (new pseudo-terminals) is found without restarting the console.
//  - Real meters: the counter's one serial line, PREPAYDESK_COUNTER_PORT (or the console
//    setting meters/counter_port when the variable is not set): a serial port, optionally
//    with its line settings ("/dev/ttyUSB0", "COM3 2400 8E1"), or a serial-device server
//    ("tcp://10.0.0.5:4001"). Without line settings a port runs at the protocol's usual
//    settings (SerialSettings::forProtocol: 2400 8E1 for DL/T 645 and CJ/T 188).
//
// A route counts as the simulator only when it comes from the devices file AND its device is a
// pseudo-terminal or a TCP port on this machine (loopback): that is what prepay-metersim opens,
// and never what a real meter is on. The carrier sends purchases sealed by the software
// security module (test key) only over such routes.

#include "meter/Transport.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace prepaydesk {

class MeterPorts
{
    Q_DECLARE_TR_FUNCTIONS(MeterPorts)
public:
    static constexpr const char *SimulatorDevicesVariable = "PREPAYDESK_METERSIM_DEVICES";
    static constexpr const char *CounterPortVariable = "PREPAYDESK_COUNTER_PORT";

    struct Route
    {
        LinkEndpoint endpoint;
        bool simulator = false; // a device of prepay-metersim (see above)
        QString device;         // as configured: "/dev/pts/7", "/dev/ttyUSB0 2400 8E1", "tcp://..."
    };

    // One meter of the simulator's devices file.
    struct SimulatedMeter
    {
        QString protocol, address, device, name;
    };

    MeterPorts() = default;
    // From the environment; `counterPortSetting` is used when PREPAYDESK_COUNTER_PORT is unset.
    static MeterPorts fromEnvironment(const QString &counterPortSetting = {});

    void setSimulatorDevices(const QString &path) { m_devicesFile = path; }
    QString simulatorDevices() const { return m_devicesFile; }
    void setCounterPort(const QString &text) { m_counterPort = text.trimmed(); }
    QString counterPort() const { return m_counterPort; }

    // The way to the meter with this address ("000000000001"; leading zeros and any letters of
    // the meter's serial do not matter). Errors, translated: nothing configured, the devices
    // file unreadable, a port text that is not one, a serial port that does not exist.
    Result<Route> route(const QString &protocol, const QString &address) const;
    // The simulator's meters (none when no devices file is set).
    Result<QList<SimulatedMeter>> simulatedMeters() const;

    // The address digits of a meter number, left-padded with zeros to the protocol's width
    // (12 digits for DL/T 645, 14 for CJ/T 188): "E000000012345" -> "000000012345". Empty when
    // the number has no digits or more than the width.
    static QString addressOf(const QString &protocol, const QString &meterNumber);
    // Whether a device (path or tcp://host:port) is what prepay-metersim opens: a
    // pseudo-terminal or a loopback TCP port.
    static bool isSimulatorDevice(const QString &device);

private:
    QString m_devicesFile;
    QString m_counterPort;
};

} // namespace prepaydesk
