#include "ModbusSlave.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace prepaydesk::test {

ModbusSlave::ModbusSlave() = default;

ModbusSlave::~ModbusSlave()
{
    stop();
}

QString ModbusSlave::python()
{
    const QString env = qEnvironmentVariable("PREPAYDESK_PYTHON");
    return env.isEmpty() ? QStringLiteral("/usr/bin/python3") : env;
}

QString ModbusSlave::port() const
{
    return m_dir.filePath(QStringLiteral("meter"));
}

bool ModbusSlave::start(const QJsonObject &state, QString *error, int unit)
{
    const QString statePath = m_dir.filePath(QStringLiteral("state.json"));
    QFile f(statePath);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(state).toJson()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(statePath);
        return false;
    }
    f.close();

    // raw, echo=0: a transparent byte pipe, as a serial line is.
    const QString slaveEnd = m_dir.filePath(QStringLiteral("slave"));
    m_socat.setStandardErrorFile(m_dir.filePath(QStringLiteral("socat.log")));
    m_socat.start(QStringLiteral("socat"),
                  {QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("pty,raw,echo=0,link=") + slaveEnd,
                   QStringLiteral("pty,raw,echo=0,link=") + port()});
    if (!m_socat.waitForStarted(10000)) {
        *error = QStringLiteral("socat did not start (%1); install Debian's socat").arg(m_socat.errorString());
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!(QFileInfo::exists(slaveEnd) && QFileInfo::exists(port())) && !deadline.hasExpired())
        QTest::qWait(20);
    if (!QFileInfo::exists(port())) {
        *error = QStringLiteral("socat made no pty pair within 10 s");
        return false;
    }

    m_slave.start(python(), {QStringLiteral(PREPAYDESK_MODBUS_SLAVE), QStringLiteral("--port"), slaveEnd,
                             QStringLiteral("--state"), statePath, QStringLiteral("--unit"), QString::number(unit)});
    if (!m_slave.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(python(), m_slave.errorString());
        return false;
    }
    QByteArray out;
    deadline.setRemainingTime(30000);
    while (!out.contains("ready") && m_slave.state() == QProcess::Running && !deadline.hasExpired()) {
        m_slave.waitForReadyRead(200);
        out += m_slave.readAllStandardOutput();
    }
    if (!out.contains("ready")) {
        *error = QStringLiteral("the pymodbus slave did not come up (is Debian's python3-pymodbus with "
                                "python3-serial-asyncio installed?): %1")
                     .arg(QString::fromLocal8Bit(out + m_slave.readAllStandardError()));
        return false;
    }
    return true;
}

void ModbusSlave::pause()
{
    if (m_slave.state() == QProcess::Running)
        ::kill(pid_t(m_slave.processId()), SIGSTOP);
}

void ModbusSlave::kill()
{
    if (m_slave.state() != QProcess::NotRunning) {
        m_slave.kill();
        m_slave.waitForFinished(10000);
    }
}

void ModbusSlave::stop()
{
    kill();
    if (m_socat.state() != QProcess::NotRunning) {
        m_socat.terminate();
        if (!m_socat.waitForFinished(5000)) {
            m_socat.kill();
            m_socat.waitForFinished(5000);
        }
    }
}

QJsonObject ModbusSlave::state() const
{
    QFile f(m_dir.filePath(QStringLiteral("state.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace prepaydesk::test
