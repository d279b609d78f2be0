#include "meter/MeterPorts.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSerialPortInfo>
#include <QStringList>

namespace prepaydesk {

namespace {

int addressWidth(const QString &protocol)
{
    // DL/T 645: six BCD bytes; CJ/T 188: seven (plugins/dlt645/Dlt645.h, plugins/cjt188/Cjt188.h).
    return protocol == QLatin1String("cjt188") ? 14 : 12;
}

} // namespace

MeterPorts MeterPorts::fromEnvironment(const QString &counterPortSetting)
{
    MeterPorts ports;
    ports.setSimulatorDevices(qEnvironmentVariable(SimulatorDevicesVariable));
    const QString counter = qEnvironmentVariable(CounterPortVariable);
    ports.setCounterPort(counter.trimmed().isEmpty() ? counterPortSetting : counter);
    return ports;
}

QString MeterPorts::addressOf(const QString &protocol, const QString &meterNumber)
{
    QString digits;
    for (const QChar c : meterNumber) {
        if (c.isDigit())
            digits += c;
    }
    const int width = addressWidth(protocol);
    if (digits.isEmpty() || digits.size() > width)
        return {};
    return digits.rightJustified(width, QLatin1Char('0'));
}

bool MeterPorts::isSimulatorDevice(const QString &device)
{
    if (device.startsWith(QLatin1String("tcp://"))) {
        const QString host = device.mid(6).section(QLatin1Char(':'), 0, -2);
        if (host == QLatin1String("localhost"))
            return true;
        const QHostAddress address(host.startsWith(u'[') ? host.mid(1, host.size() - 2) : host);
        return !address.isNull() && address.isLoopback();
    }
    // prepay-metersim prints the slave side of its pseudo-terminals (/dev/pts/N); ./dev run links
    // them under build/dev/metersim, so the link is followed.
    const QString target = QFileInfo(device).canonicalFilePath();
    return target.startsWith(QLatin1String("/dev/pts/"));
}

Result<QList<MeterPorts::SimulatedMeter>> MeterPorts::simulatedMeters() const
{
    QList<SimulatedMeter> out;
    if (m_devicesFile.isEmpty())
        return out;
    QFile file(m_devicesFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::make(Error::Code::Io, tr("The meter simulator's devices file %1 cannot be read (%2): "
                                               "is prepay-metersim running?")
                                                .arg(m_devicesFile, file.errorString()));
    while (!file.atEnd()) {
        // PROTOCOL ADDRESS DEVICE NAME UTILITY (docs/metersim.md)
        const QStringList f =
            QString::fromUtf8(file.readLine()).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() >= 3)
            out << SimulatedMeter{f[0], f[1], f[2], f.value(3)};
    }
    return out;
}

Result<MeterPorts::Route> MeterPorts::route(const QString &protocol, const QString &address) const
{
    const QString wanted = addressOf(protocol, address);
    if (wanted.isEmpty())
        return Error::invalid(tr("The meter number %1 is not a %2 meter address (up to %3 digits).")
                                  .arg(address, protocol)
                                  .arg(addressWidth(protocol)),
                              QStringLiteral("serial"));

    QString listedOn; // the simulator lists the meter, under another protocol
    auto simulated = simulatedMeters();
    if (!simulated)
        return simulated.error();
    for (const SimulatedMeter &m : std::as_const(simulated.value())) {
        if (addressOf(m.protocol, m.address) != wanted)
            continue;
        if (m.protocol != protocol) {
            listedOn = m.protocol;
            continue;
        }
        auto endpoint = LinkEndpoint::fromText(m.device, SerialSettings::forProtocol(protocol));
        if (!endpoint)
            return endpoint.error();
        return Route{endpoint.value(), isSimulatorDevice(m.device), m.device};
    }
    if (m_counterPort.isEmpty()) {
        if (!listedOn.isEmpty())
            return Error::invalid(tr("The meter simulator has meter %1 as a %2 meter, but the console has it as %3.")
                                      .arg(wanted, listedOn, protocol),
                                  QStringLiteral("protocol"));
        if (!m_devicesFile.isEmpty())
            return Error::make(Error::Code::NotFound,
                               tr("Meter %1 is not one of the simulator's meters (%2), and no counter port is set.")
                                   .arg(wanted, m_devicesFile));
        return Error::make(Error::Code::NotFound,
                           tr("No serial port is set for meters at the counter: set %1 (for example /dev/ttyUSB0, "
                              "COM3 or tcp://10.0.0.5:4001) and start the console again.")
                               .arg(QLatin1String(CounterPortVariable)));
    }

    // "PORT [SETTINGS]": the settings override the protocol's usual ones.
    const QString port = m_counterPort.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    const QString settingsText = m_counterPort.section(QLatin1Char(' '), 1, -1, QString::SectionSkipEmpty);
    SerialSettings settings = SerialSettings::forProtocol(protocol);
    if (!settingsText.isEmpty()) {
        auto parsed = SerialSettings::fromText(settingsText, settings);
        if (!parsed)
            return Error::invalid(tr("The counter port setting \"%1\": %2").arg(m_counterPort, parsed.error().message),
                                  QStringLiteral("port"));
        settings = parsed.value();
    }
    auto endpoint = LinkEndpoint::fromText(port, settings);
    if (!endpoint)
        return Error::invalid(tr("The counter port setting \"%1\": %2").arg(m_counterPort, endpoint.error().message),
                              QStringLiteral("port"));
    if (endpoint->kind == LinkEndpoint::Kind::Serial) {
        // A path must exist; a bare name ("ttyUSB0", "COM3") must be a port the system lists.
        const bool exists =
            port.contains(u'/') ? QFileInfo::exists(port) : !QSerialPortInfo(port).isNull() || QFileInfo::exists(port);
        if (!exists)
            return Error::make(Error::Code::NotFound,
                               tr("The counter's serial port %1 is not there: check that the adapter is plugged in, "
                                  "or correct %2.")
                                   .arg(port, QLatin1String(CounterPortVariable)));
    }
    return Route{endpoint.value(), false, m_counterPort};
}

} // namespace prepaydesk
