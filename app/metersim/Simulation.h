#pragma once

// The simulator as a whole: the meters, the lines they sit on, the responders, the clock, the
// optional state file, and the control commands (stdin, --control socket, --fault at start).

#include "Line.h"
#include "Meter.h"
#include "Responder.h"
#include "SimClock.h"

#include "plugin/DriverInterfaces.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QLocalServer;
class QTimer;

namespace prepaydesk::metersim {

struct SimOptions
{
    QList<MeterConfig> meters;
    double speed = 1;
    QDateTime start;      // simulation start (default: now)
    bool oneBus = false;  // all meters on one line
    int tcpPort = -1;     // >= 0: TCP lines from this port on (0: any free port)
    QString linkDir;      // symlinks <dir>/<meter or line name> to the pty devices
    QString statePath;    // --state FILE
    QByteArray key;       // the software security module's key
    quint32 seed = 1;     // line noise
    QStringList commands; // control commands run at start (--fault, --noise, ...)
    QByteArray cardKey;   // IC cards: the utility's card key for meters without their own
    QString utilityCode;  // IC cards: the utility code for meters without their own
};

// Parses "electricity:000000000001:name=elec-1,balance=50,price=0.5283,rate=1.2,alarm=10".
Result<MeterConfig> parseMeterSpec(const QString &spec, int index);
// Three meters for a quick start: electricity 000000000001, water 00000000000001, gas 00000000000002.
QList<MeterConfig> defaultMeters();
// "90s", "15m", "2h", "3d" or plain milliseconds.
std::optional<qint64> parseDuration(const QString &text);

class Simulation : public QObject
{
    Q_OBJECT
public:
    // The key the simulator and the console's software security module share unless --key
    // says otherwise. Test-only: no real meter knows it.
    static constexpr const char *DefaultKey = "prepaydesk-metersim-software-test-key";

    explicit Simulation(SimOptions options, QObject *parent = nullptr);
    ~Simulation() override;

    // Opens the lines, loads the state file and runs the start commands.
    Status start();
    // "dlt645 000000000001 /dev/pts/7 elec-1 electricity", one per meter.
    QStringList deviceLines() const;
    // One control command; the reply's last line is "ok" or "error: ...".
    QStringList execute(const QString &command);
    Status saveState();

    SimClock &clock() { return m_clock; }
    const std::vector<std::unique_ptr<Meter>> &meters() const { return m_meters; }

signals:
    void quitRequested();

private:
    void tick();
    QList<Meter *> select(const QString &ref, QString *error) const;

    SimOptions m_options;
    SimClock m_clock;
    std::unique_ptr<SecurityModule> m_security;
    std::vector<std::unique_ptr<Responder>> m_responders;
    std::vector<std::unique_ptr<Meter>> m_meters;
    std::vector<std::unique_ptr<Line>> m_lines;
    QTimer *m_ticker = nullptr;
    QString m_lastSaved;
    QHash<Meter *, QString> m_lastEvent;
};

} // namespace prepaydesk::metersim
