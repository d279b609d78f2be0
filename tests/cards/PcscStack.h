#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace prepaydesk::test {

// The real PC/SC stack for one test process: a private pcscd with Debian's vpcd reader driver
// ("PrepayDesk virtual reader") and one virtual card slot served by tests/cards/virtual_card.py
// (Debian's virtualsmartcard module) on that reader's first slot.
//
// pcscd always serves /run/pcscd/pcscd.comm, so it runs in its own mount namespace with a private
// folder bound over /run/pcscd (unshare -m, or unshare -r -m where only user namespaces are
// allowed); the process then talks to it through PCSCLITE_CSOCK_NAME, which start() sets before
// the first PC/SC call (libpcsclite reads it once). Where no namespace can be made it runs on the
// system path, which needs no other pcscd running, and says so on the test log. Free TCP ports
// are picked for vpcd so that suites run in parallel.
//
// PREPAYDESK_PCSC_SYSTEM=1 forces the system path; PREPAYDESK_PCSCD_DEBUG=1 has pcscd log every
// step (its log ends failure messages); PREPAYDESK_PYTHON replaces /usr/bin/python3.
//
// One PcscStack per process, started before any other PC/SC use in it. Every wait observes PC/SC
// state (the reader listed, the card present or gone) with a generous upper bound; nothing waits
// a fixed time. The destructor stops pcscd and the card process: nothing is left running.
class PcscStack
{
public:
    enum class Wait
    {
        UntilSeen, // return once PC/SC shows the change (the card present/absent in the reader)
        No,        // return once virtual_card.py answered (e.g. to time who notices the change)
    };

    PcscStack();
    ~PcscStack();
    PcscStack(const PcscStack &) = delete;
    PcscStack &operator=(const PcscStack &) = delete;

    // Starts pcscd and virtual_card.py; returns once the reader is listed.
    Status start();
    QString readerName() const;             // e.g. "PrepayDesk virtual reader 00 00"
    quint16 port() const { return m_port; } // vpcd's port of the slot
    bool isPrivate() const { return m_private; }
    QString socketPath() const; // what PCSCLITE_CSOCK_NAME names

    // The card in `imageFile` (a card image JSON, CARDS.md) goes into the slot.
    Status insert(const QString &imageFile, Wait wait = Wait::UntilSeen);
    // The card is pulled out; its image file holds every write it took.
    Status remove(Wait wait = Wait::UntilSeen);
    // Pull the card right after it answered its n-th write command from now (0 cancels).
    Status pullAfterWrites(int n);
    // virtual_card.py's view: "inserted <file>" or "empty"; an Error if it does not answer.
    Result<QString> status();
    // Until PC/SC shows a card in the reader (present) or none (!present).
    Status waitForCard(bool present, int timeoutMs = 15000);
    // The ATR PC/SC reports for the card in the reader (empty when none).
    QByteArray atr();

    // The "reader unplugged" fault: pcscd goes away (its socket with it) and comes back on the
    // same socket and ports; the card left in the slot is seen again once the daemon is back.
    Status stopDaemon();
    Status startDaemon();
    bool daemonRunning() const { return m_pcscd.state() != QProcess::NotRunning; }

    // Everything down (also done by the destructor).
    void shutdown();

    // Blank card images (CARDS.md): SLE4442 with transport PSC FFFFFF; CPU card with `serial`
    // (8 bytes) and its keys diversified from `master` (16 bytes).
    static Status makeBlankSle4442(const QString &file);
    static Status makeBlankCpu(const QString &file, const QByteArray &serial, const QByteArray &master);

    // Debian's Python with the virtualsmartcard module (PREPAYDESK_PYTHON overrides /usr/bin/python3).
    static QString python();
    static QString virtualCardScript();

    // The last lines pcscd logged (for failure messages).
    QString daemonLog() const;

private:
    Result<QString> command(const QString &line);
    Status launchDaemon();
    Status waitForReader(int timeoutMs);
    static QProcessEnvironment pythonEnvironment();
    static Status runScript(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_runDir;  // bound over /run/pcscd in pcscd's namespace
    QString m_confDir; // its reader.conf folder
    QStringList m_unshare;
    bool m_private = false;
    quint16 m_port = 0;
    QString m_reader;
    QProcess m_pcscd;
    QProcess m_card;
    int m_presentEvents = -1; // pcscd's event count when the card was last seen present
};

} // namespace prepaydesk::test
