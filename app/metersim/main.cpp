// prepay-metersim: virtual prepaid electricity, water and gas meters on pseudo-terminals or TCP,
// for the demo and the tests. Prints one line per meter on stdout ("dlt645 000000000001
// /dev/pts/7 elec-1 electricity"), then takes control commands on stdin and --control.
#include "Simulation.h"

#include "card/CardKeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSaveFile>
#include <QSocketNotifier>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace prepaydesk::metersim;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

void printLines(const QStringList &lines)
{
    for (const QString &l : lines)
        std::fprintf(stdout, "%s\n", qPrintable(l));
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "prepay-metersim: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prepay-metersim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PREPAYDESK_VERSION));

    const auto tr = [](const char *text) { return QCoreApplication::translate("main", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Virtual prepaid meters speaking DL/T 645 (electricity) and CJ/T 188 (water, gas) on pseudo-terminals "
           "or TCP. Prints \"PROTOCOL ADDRESS DEVICE NAME UTILITY\" per meter, then reads control commands "
           "(\"help\") from stdin and --control.\n\n"
           "METER is UTILITY:ADDRESS[:key=value,...] with the keys name, protocol (dlt645|cjt188), edition, "
           "mode (money|units), balance, price (yuan per unit), rate (units per hour), night (percent of the "
           "rate used 00:00-05:00), leak (units per hour), alarm (low-balance threshold), limit (hoarding limit), "
           "customer, line (meters with the same line share one bus), cardkey (64 hex digits) and utilitycode "
           "(6 digits) for IC cards. Without --meter: electricity "
           "000000000001, water 00000000000001 and gas 00000000000002."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption meterOpt(QStringLiteral("meter"), tr("A meter (repeatable)."), QStringLiteral("METER"));
    const QCommandLineOption busOpt(QStringLiteral("bus"), tr("Put every meter on one line (an RS-485 bus)."));
    const QCommandLineOption tcpOpt(QStringLiteral("tcp"),
                                    tr("Listen on TCP 127.0.0.1 from PORT on (one port per line; 0: any free "
                                       "ports) instead of pseudo-terminals."),
                                    QStringLiteral("PORT"));
    const QCommandLineOption speedOpt(QStringLiteral("speed"),
                                      tr("Simulated seconds per real second (default 1; 0 stops the clock)."),
                                      QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption startOpt(QStringLiteral("start"),
                                      tr("Simulation start time, e.g. 2026-11-29T23:00 (default: now)."),
                                      QStringLiteral("TIME"));
    const QCommandLineOption linkOpt(QStringLiteral("link-dir"),
                                     tr("Make symlinks DIR/<line name> to the pseudo-terminals."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption devicesOpt(QStringLiteral("devices-file"),
                                        tr("Also write the meter lines to FILE (removed on exit)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption stateOpt(QStringLiteral("state"),
                                      tr("Keep the meters' state in FILE across runs (default: nothing is kept)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption controlOpt(
        QStringLiteral("control"), tr("Also take control commands on a local socket at PATH."), QStringLiteral("PATH"));
    const QCommandLineOption keyOpt(QStringLiteral("key"),
                                    tr("Key of the software security module (test only) that checks DL/T 645 "
                                       "purchases (default: \"%1\").")
                                        .arg(QLatin1String(Simulation::DefaultKey)),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption cardKeyOpt(QStringLiteral("card-key"),
                                        tr("The utility's IC card key, 64 hexadecimal digits, for meters that have "
                                           "none of their own (cardkey=...). Without one, meters refuse cards."),
                                        QStringLiteral("HEX"));
    const QCommandLineOption utilityCodeOpt(
        QStringLiteral("utility-code"),
        tr("The 6-digit utility code whose IC cards meters take, for meters that have none of their own "
           "(utilitycode=...)."),
        QStringLiteral("CODE"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), tr("Seed of the line noise (default 1)."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption faultOpt(QStringLiteral("fault"),
                                      tr("A control command to run at start, e.g. \"leak water-1\" (repeatable)."),
                                      QStringLiteral("COMMAND"));
    const QCommandLineOption noiseOpt(
        QStringLiteral("noise"), tr("Probability of random bytes before and inside each reply."), QStringLiteral("P"));
    const QCommandLineOption slowOpt(QStringLiteral("slow"), tr("Delay every reply by MS milliseconds."),
                                     QStringLiteral("MS"));
    const QCommandLineOption muteOpt(QStringLiteral("mute"), tr("Send no replies at all."));
    const QCommandLineOption leakOpt(QStringLiteral("leak"), tr("Water leak on METER (repeatable)."),
                                     QStringLiteral("METER"));
    const QCommandLineOption gasOpt(QStringLiteral("gas-alarm"), tr("Gas leak alarm on METER (repeatable)."),
                                    QStringLiteral("METER"));
    const QCommandLineOption tamperOpt(QStringLiteral("tamper"), tr("Tamper (cover opened) on METER (repeatable)."),
                                       QStringLiteral("METER"));
    const QCommandLineOption batteryOpt(QStringLiteral("battery-low"), tr("Low battery on METER (repeatable)."),
                                        QStringLiteral("METER"));
    parser.addOptions({meterOpt, busOpt,     tcpOpt, speedOpt,  startOpt,   linkOpt,    devicesOpt,
                       stateOpt, controlOpt, keyOpt, seedOpt,   faultOpt,   noiseOpt,   slowOpt,
                       muteOpt,  leakOpt,    gasOpt, tamperOpt, batteryOpt, cardKeyOpt, utilityCodeOpt});
    parser.process(app);

    SimOptions options;
    const QStringList specs = parser.values(meterOpt);
    QHash<QString, int> perUtility;
    for (const QString &spec : specs) {
        const QString utility = spec.section(QLatin1Char(':'), 0, 0);
        auto meter = parseMeterSpec(spec, ++perUtility[utility]);
        if (!meter)
            return fail(meter.error().message);
        options.meters << *meter;
    }
    if (options.meters.isEmpty())
        options.meters = defaultMeters();
    bool ok = false;
    options.speed = parser.value(speedOpt).toDouble(&ok);
    if (!ok || options.speed < 0)
        return fail(tr("--speed takes a factor of 0 or more."));
    if (parser.isSet(startOpt)) {
        options.start = QDateTime::fromString(parser.value(startOpt), Qt::ISODate);
        if (!options.start.isValid())
            return fail(tr("--start takes a time such as 2026-11-29T23:00."));
    }
    if (parser.isSet(tcpOpt)) {
        options.tcpPort = parser.value(tcpOpt).toInt(&ok);
        if (!ok || options.tcpPort < 0 || options.tcpPort > 65535)
            return fail(tr("--tcp takes a port number."));
    }
    options.oneBus = parser.isSet(busOpt);
    options.linkDir = parser.value(linkOpt);
    options.statePath = parser.value(stateOpt);
    options.key = parser.value(keyOpt).toUtf8();
    if (parser.isSet(cardKeyOpt)) {
        const auto cardKey = prepaydesk::CardKeys::fromHex(parser.value(cardKeyOpt));
        if (!cardKey)
            return fail(tr("--card-key: ") + cardKey.error().message);
        options.cardKey = cardKey->bytes();
    }
    options.utilityCode = parser.value(utilityCodeOpt);
    if (parser.isSet(utilityCodeOpt) &&
        (options.utilityCode.size() != 6 ||
         !std::all_of(options.utilityCode.begin(), options.utilityCode.end(),
                      [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); })))
        return fail(tr("--utility-code takes the 6-digit utility code."));
    options.seed = parser.value(seedOpt).toUInt(&ok);
    if (!ok)
        return fail(tr("--seed takes a whole number."));
    if (parser.isSet(noiseOpt))
        options.commands << QStringLiteral("noise ") + parser.value(noiseOpt);
    if (parser.isSet(slowOpt))
        options.commands << QStringLiteral("slow ") + parser.value(slowOpt);
    if (parser.isSet(muteOpt))
        options.commands << QStringLiteral("mute");
    for (const QString &m : parser.values(leakOpt))
        options.commands << QStringLiteral("leak ") + m;
    for (const QString &m : parser.values(gasOpt))
        options.commands << QStringLiteral("gas-alarm ") + m;
    for (const QString &m : parser.values(tamperOpt))
        options.commands << QStringLiteral("tamper ") + m;
    for (const QString &m : parser.values(batteryOpt))
        options.commands << QStringLiteral("battery-low ") + m;
    options.commands << parser.values(faultOpt);

    Simulation sim(options);
    if (const auto started = sim.start(); !started)
        return fail(started.error().message);

    const QString devicesFile = parser.value(devicesOpt);
    if (!devicesFile.isEmpty()) {
        QSaveFile f(devicesFile);
        const QByteArray text = sim.deviceLines().join(QLatin1Char('\n')).toUtf8() + '\n';
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit())
            return fail(tr("Cannot write %1.").arg(devicesFile));
    }
    printLines(sim.deviceLines());

    // Control commands on stdin; end of input (a background job's /dev/null) just stops reading.
    QByteArray stdinBuffer;
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, &app, [&] {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            stdinNotifier.setEnabled(false);
            return;
        }
        stdinBuffer.append(chunk, static_cast<qsizetype>(n));
        qsizetype eol;
        while ((eol = stdinBuffer.indexOf('\n')) >= 0) {
            const QString command = QString::fromUtf8(stdinBuffer.left(eol)).trimmed();
            stdinBuffer.remove(0, eol + 1);
            if (!command.isEmpty())
                printLines(sim.execute(command));
        }
    });

    QLocalServer control;
    if (parser.isSet(controlOpt)) {
        QLocalServer::removeServer(parser.value(controlOpt));
        if (!control.listen(parser.value(controlOpt)))
            return fail(tr("Cannot listen on %1: %2").arg(parser.value(controlOpt), control.errorString()));
        QObject::connect(&control, &QLocalServer::newConnection, &app, [&] {
            while (QLocalSocket *socket = control.nextPendingConnection()) {
                QObject::connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QLocalSocket::readyRead, socket, [socket, &sim] {
                    while (socket->canReadLine()) {
                        const QString command = QString::fromUtf8(socket->readLine()).trimmed();
                        if (!command.isEmpty())
                            socket->write(sim.execute(command).join(QLatin1Char('\n')).toUtf8() + '\n');
                    }
                });
            }
        });
    }

    // SIGINT/SIGTERM end the run cleanly: state saved, links and the devices file removed.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return fail(tr("Cannot set up signal handling."));
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [&] {
        char c;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &c, 1);
        app.quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGPIPE, SIG_IGN);
    QObject::connect(&sim, &Simulation::quitRequested, &app, &QCoreApplication::quit, Qt::QueuedConnection);

    const int code = app.exec();
    if (!options.statePath.isEmpty())
        if (const auto saved = sim.saveState(); !saved)
            std::fprintf(stderr, "prepay-metersim: %s\n", qPrintable(saved.error().message));
    if (!devicesFile.isEmpty())
        QFile::remove(devicesFile);
    return code;
}
