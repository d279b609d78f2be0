#include "PcscStack.h"

#include "ChildProcess.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <winscard.h>

#include <atomic>
#include <vector>

namespace prepaydesk::test {

namespace {

// Debian's vsmartcard-vpcd driver and its python3-virtualsmartcard module path.
const QString VpcdDriver = QStringLiteral("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
const QString VirtualSmartcardPath = QStringLiteral("/usr/lib/python3/site-packages/virtualsmartcard");
const QString FriendlyName = QStringLiteral("PrepayDesk virtual reader");
const QString SystemRunDir = QStringLiteral("/run/pcscd");

std::atomic_bool g_started{false}; // libpcsclite reads PCSCLITE_CSOCK_NAME once per process

Error ioError(const QString &message)
{
    return Error::make(Error::Code::Io, message);
}

// A port for vpcd's first slot with the next one (its second slot) free too.
quint16 freePortPair()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer first;
        if (!first.listen(QHostAddress::Any, 0))
            continue;
        const quint16 port = first.serverPort();
        if (port >= 65535)
            continue;
        QTcpServer second;
        if (second.listen(QHostAddress::Any, quint16(port + 1)))
            return port;
    }
    return 0;
}

bool runsOk(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString findProgram(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

QString scardText(LONG rv)
{
    return QStringLiteral("%1 (0x%2)")
        .arg(QString::fromLocal8Bit(pcsc_stringify_error(rv)))
        .arg(quint32(rv), 8, 16, QLatin1Char('0'));
}

// The state of `reader` as PC/SC sees it now, waiting up to `timeoutMs` for it to differ from
// `known` (SCARD_STATE_UNAWARE: answer at once).
LONG readerState(SCARDCONTEXT context, const QByteArray &reader, DWORD known, DWORD timeoutMs, DWORD *state,
                 QByteArray *atr)
{
    SCARD_READERSTATE rs{};
    rs.szReader = reader.constData();
    rs.dwCurrentState = known;
    const LONG rv = SCardGetStatusChange(context, timeoutMs, &rs, 1);
    if (rv == SCARD_S_SUCCESS) {
        *state = rs.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
        if (atr)
            *atr = QByteArray(reinterpret_cast<const char *>(rs.rgbAtr), qsizetype(rs.cbAtr));
    }
    return rv;
}

} // namespace

PcscStack::PcscStack() = default;

PcscStack::~PcscStack()
{
    shutdown();
}

QString PcscStack::python()
{
    const QString env = qEnvironmentVariable("PREPAYDESK_PYTHON");
    return env.isEmpty() ? QStringLiteral("/usr/bin/python3") : env;
}

QString PcscStack::virtualCardScript()
{
    return QStringLiteral(PREPAYDESK_VIRTUAL_CARD);
}

QProcessEnvironment PcscStack::pythonEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PYTHONHOME")); // a pyenv's home would break Debian's Python
    env.insert(QStringLiteral("PYTHONPATH"), VirtualSmartcardPath);
    return env;
}

Status PcscStack::runScript(const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(pythonEnvironment());
    p.start(python(), QStringList{virtualCardScript()} + arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished(5000);
        return ioError(
            QStringLiteral("virtual_card.py %1 failed: %2 %3")
                .arg(arguments.join(u' '), p.errorString(), QString::fromLocal8Bit(p.readAllStandardError())));
    }
    return {};
}

Status PcscStack::makeBlankSle4442(const QString &file)
{
    return runScript({QStringLiteral("make-blank"), QStringLiteral("sle4442"), file});
}

Status PcscStack::makeBlankCpu(const QString &file, const QByteArray &serial, const QByteArray &master)
{
    return runScript({QStringLiteral("make-blank"), QStringLiteral("cpu"), file, QStringLiteral("--serial"),
                      QString::fromLatin1(serial.toHex()), QStringLiteral("--master"),
                      QString::fromLatin1(master.toHex())});
}

QString PcscStack::socketPath() const
{
    return m_runDir + QStringLiteral("/pcscd.comm");
}

QString PcscStack::readerName() const
{
    return m_reader;
}

QString PcscStack::daemonLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("pcscd.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return QString::fromLocal8Bit(all.right(6000));
}

Status PcscStack::start()
{
    if (g_started.exchange(true))
        return ioError(QStringLiteral("one PcscStack per process: libpcsclite keeps the first socket path"));
    if (!m_dir.isValid())
        return ioError(QStringLiteral("no temporary folder"));
    if (!QFileInfo::exists(VpcdDriver))
        return ioError(QStringLiteral("%1 is missing: install Debian's vsmartcard-vpcd").arg(VpcdDriver));
    if (findProgram(QStringLiteral("pcscd")).isEmpty())
        return ioError(QStringLiteral("pcscd is missing: install Debian's pcscd"));

    m_port = freePortPair();
    if (m_port == 0)
        return ioError(QStringLiteral("no free TCP port pair for vpcd"));

    m_confDir = m_dir.filePath(QStringLiteral("reader.conf.d"));
    QDir().mkpath(m_confDir);
    QFile conf(m_confDir + QStringLiteral("/vpcd"));
    if (!conf.open(QIODevice::WriteOnly))
        return ioError(QStringLiteral("cannot write %1").arg(conf.fileName()));
    // reader.conf(5); vpcd takes its port from DEVICENAME (slot 0 on it, slot 1 on the next).
    conf.write(QStringLiteral("FRIENDLYNAME \"%1\"\nDEVICENAME   /dev/null:%2\nLIBPATH      %3\nCHANNELID    %2\n")
                   .arg(FriendlyName)
                   .arg(m_port)
                   .arg(VpcdDriver)
                   .toLocal8Bit());
    conf.close();

    // A private /run/pcscd: a mount namespace, else one inside a user namespace, else the system's.
    // PREPAYDESK_PCSC_SYSTEM=1 forces the system path (to try the fallback where unshare works).
    const QString unshare =
        qEnvironmentVariableIntValue("PREPAYDESK_PCSC_SYSTEM") ? QString() : findProgram(QStringLiteral("unshare"));
    const QStringList plain{QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private")};
    const QStringList user = QStringList{QStringLiteral("-r")} + plain;
    if (!unshare.isEmpty() && runsOk(unshare, plain + QStringList{QStringLiteral("true")}))
        m_unshare = plain;
    else if (!unshare.isEmpty() && runsOk(unshare, user + QStringList{QStringLiteral("true")}))
        m_unshare = user;
    m_private = !m_unshare.isEmpty();
    if (m_private) {
        m_runDir = m_dir.filePath(QStringLiteral("run"));
        QDir().mkpath(m_runDir);
    } else {
        m_runDir = SystemRunDir;
        qWarning("PcscStack: no private mount namespace (unshare not permitted, or PREPAYDESK_PCSC_SYSTEM set), so "
                 "pcscd runs on the system path %s; no other pcscd may run meanwhile",
                 qPrintable(socketPath()));
    }
    qputenv("PCSCLITE_CSOCK_NAME", QFile::encodeName(socketPath()));

    if (Status s = launchDaemon(); !s)
        return s;
    if (Status s = waitForReader(20000); !s)
        return s;

    endWithTest(m_card);
    m_card.setProcessEnvironment(pythonEnvironment());
    m_card.setStandardErrorFile(m_dir.filePath(QStringLiteral("virtual_card.log")));
    m_card.start(python(),
                 {virtualCardScript(), QStringLiteral("serve"), QStringLiteral("--port"), QString::number(m_port)});
    if (!m_card.waitForStarted(10000))
        return ioError(QStringLiteral("%1 did not start: %2").arg(python(), m_card.errorString()));
    const Result<QString> st = command(QStringLiteral("status"));
    if (!st.ok())
        return st.error();
    if (*st != u"empty")
        return ioError(QStringLiteral("virtual_card.py answered '%1' to status").arg(*st));
    return {};
}

Status PcscStack::launchDaemon()
{
    endWithTest(m_pcscd);
    m_pcscd.setProcessChannelMode(QProcess::MergedChannels);
    m_pcscd.setStandardOutputFile(m_dir.filePath(QStringLiteral("pcscd.log")), QIODevice::Append);
    const QString pcscd = findProgram(QStringLiteral("pcscd"));
    // PREPAYDESK_PCSCD_DEBUG=1: pcscd logs every step (shown in failure messages).
    const QString level =
        qEnvironmentVariableIntValue("PREPAYDESK_PCSCD_DEBUG") ? QStringLiteral("-d") : QStringLiteral("-e");
    if (m_private) {
        // sh's $0 and $1: the folder to bind over /run/pcscd and the reader.conf folder.
        m_pcscd.start(findProgram(QStringLiteral("unshare")),
                      m_unshare + QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                              QStringLiteral("mkdir -p /run/pcscd && mount --bind \"$0\" /run/pcscd && "
                                                             "exec \"$2\" -f \"$3\" -c \"$1\""),
                                              m_runDir, m_confDir, pcscd, level});
    } else {
        m_pcscd.start(pcscd, {QStringLiteral("-f"), level, QStringLiteral("-c"), m_confDir});
    }
    if (!m_pcscd.waitForStarted(10000))
        return ioError(QStringLiteral("pcscd did not start: %1").arg(m_pcscd.errorString()));
    return {};
}

Status PcscStack::waitForReader(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QString last;
    while (!deadline.hasExpired()) {
        if (m_pcscd.state() == QProcess::NotRunning)
            return ioError(QStringLiteral("pcscd ended: %1").arg(daemonLog()));
        SCARDCONTEXT context = 0;
        LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
        if (rv != SCARD_S_SUCCESS) {
            last = scardText(rv);
            m_pcscd.waitForFinished(20); // not up yet: the socket appears when it is
            continue;
        }
        DWORD size = 0;
        rv = SCardListReaders(context, nullptr, nullptr, &size);
        std::vector<char> names(size ? size : 1);
        if (rv == SCARD_S_SUCCESS)
            rv = SCardListReaders(context, nullptr, names.data(), &size);
        if (rv == SCARD_S_SUCCESS) {
            for (const char *p = names.data(); *p; p += qstrlen(p) + 1) {
                const QString name = QString::fromLocal8Bit(p);
                if (name.startsWith(FriendlyName) && name.endsWith(QStringLiteral(" 00"))) {
                    m_reader = name;
                    SCardReleaseContext(context);
                    return {};
                }
            }
        }
        last = scardText(rv);
        // Until the reader list changes (or a short while, to look at the deadline again).
        SCARD_READERSTATE pnp{};
        pnp.szReader = "\\\\?PnP?\\Notification";
        pnp.dwCurrentState = SCARD_STATE_UNAWARE;
        SCardGetStatusChange(context, 200, &pnp, 1);
        SCardReleaseContext(context);
    }
    return ioError(QStringLiteral("the virtual reader was not listed within %1 ms (%2); pcscd log: %3")
                       .arg(timeoutMs)
                       .arg(last, daemonLog()));
}

Status PcscStack::waitForCard(bool present, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const QByteArray reader = m_reader.toLocal8Bit();
    QString last;
    while (!deadline.hasExpired()) {
        SCARDCONTEXT context = 0;
        LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
        if (rv != SCARD_S_SUCCESS) {
            last = scardText(rv);
            QThread::msleep(20); // pcscd still coming up
            continue;
        }
        DWORD state = SCARD_STATE_UNAWARE;
        while (!deadline.hasExpired()) {
            DWORD now = 0;
            rv = readerState(context, reader, state, DWORD(qBound(qint64(1), deadline.remainingTime(), qint64(500))),
                             &now, nullptr);
            if (rv == SCARD_E_TIMEOUT)
                continue;
            if (rv != SCARD_S_SUCCESS)
                break;
            state = now;
            const int counter = int(state >> 16); // pcscd's count of card events in this reader
            if (present && (state & SCARD_STATE_PRESENT) && !(state & SCARD_STATE_MUTE)) {
                m_presentEvents = counter;
                SCardReleaseContext(context);
                return {};
            }
            // Gone means pcscd's reader thread saw it go (its event count moved on): a failed
            // reset on disconnect also shows the reader empty, while pcscd still thinks the card
            // is there and would miss the next insertion.
            if (!present && (state & SCARD_STATE_EMPTY) && counter != m_presentEvents) {
                m_presentEvents = -1;
                SCardReleaseContext(context);
                return {};
            }
        }
        last = scardText(rv);
        SCardReleaseContext(context);
        if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT)
            QThread::msleep(20); // the reader not there yet
    }
    return ioError(QStringLiteral("PC/SC did not show the card %1 within %2 ms (%3); pcscd log: %4")
                       .arg(present ? QStringLiteral("inserted") : QStringLiteral("removed"))
                       .arg(timeoutMs)
                       .arg(last, daemonLog()));
}

QByteArray PcscStack::atr()
{
    SCARDCONTEXT context = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context) != SCARD_S_SUCCESS)
        return {};
    DWORD state = 0;
    QByteArray bytes;
    const LONG rv = readerState(context, m_reader.toLocal8Bit(), SCARD_STATE_UNAWARE, 0, &state, &bytes);
    SCardReleaseContext(context);
    return rv == SCARD_S_SUCCESS && (state & SCARD_STATE_PRESENT) ? bytes : QByteArray();
}

Result<QString> PcscStack::command(const QString &line)
{
    if (m_card.state() != QProcess::Running)
        return ioError(QStringLiteral("virtual_card.py is not running"));
    m_card.write(line.toLocal8Bit() + '\n');
    QDeadlineTimer deadline(15000);
    while (!m_card.canReadLine() && !deadline.hasExpired() && m_card.state() == QProcess::Running)
        m_card.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(1000))));
    if (!m_card.canReadLine()) {
        QFile log(m_dir.filePath(QStringLiteral("virtual_card.log")));
        log.open(QIODevice::ReadOnly);
        return ioError(QStringLiteral("virtual_card.py did not answer '%1': %2")
                           .arg(line, QString::fromLocal8Bit(log.readAll().right(2000))));
    }
    const QString answer = QString::fromLocal8Bit(m_card.readLine()).trimmed();
    if (answer.startsWith(QStringLiteral("ok")))
        return answer.mid(3);
    return ioError(QStringLiteral("virtual_card.py: %1").arg(answer));
}

Status PcscStack::insert(const QString &imageFile, Wait wait)
{
    const Result<QString> r = command(QStringLiteral("insert ") + imageFile);
    if (!r.ok())
        return r.error();
    return wait == Wait::UntilSeen ? waitForCard(true) : Status{};
}

Status PcscStack::remove(Wait wait)
{
    const Result<QString> r = command(QStringLiteral("remove"));
    if (!r.ok())
        return r.error();
    return wait == Wait::UntilSeen && daemonRunning() ? waitForCard(false) : Status{};
}

Status PcscStack::pullAfterWrites(int n)
{
    const Result<QString> r = command(QStringLiteral("pull-after-writes %1").arg(n));
    return r.ok() ? Status{} : Status{r.error()};
}

Result<QString> PcscStack::status()
{
    return command(QStringLiteral("status"));
}

Status PcscStack::stopDaemon()
{
    if (m_pcscd.state() == QProcess::NotRunning)
        return {};
    m_pcscd.terminate(); // pcscd removes its socket on SIGTERM
    if (!m_pcscd.waitForFinished(10000)) {
        m_pcscd.kill();
        if (!m_pcscd.waitForFinished(10000))
            return ioError(QStringLiteral("pcscd did not stop"));
    }
    return {};
}

Status PcscStack::startDaemon()
{
    if (m_pcscd.state() != QProcess::NotRunning)
        return {};
    if (Status s = launchDaemon(); !s)
        return s;
    if (Status s = waitForReader(20000); !s)
        return s;
    const Result<QString> st = status();
    if (!st.ok())
        return st.error();
    return st->startsWith(QStringLiteral("inserted")) ? waitForCard(true) : Status{};
}

void PcscStack::shutdown()
{
    if (m_card.state() != QProcess::NotRunning) {
        m_card.write("quit\n");
        m_card.closeWriteChannel();
        if (!m_card.waitForFinished(5000)) {
            m_card.kill();
            m_card.waitForFinished(5000);
        }
    }
    (void)stopDaemon();
}

} // namespace prepaydesk::test
