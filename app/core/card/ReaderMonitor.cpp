#include "card/ReaderMonitor.h"

#include "card/Pcsc.h"
#include "card/StatusWords.h"

#include <QLoggingCategory>
#include <QThread>

#include <winscard.h>

#include <vector>

Q_LOGGING_CATEGORY(lcReaderMonitor, "prepaydesk.card.monitor")

namespace prepaydesk {

namespace {

// PC/SC part 5 (and pcsc-lite, winscard): this pseudo-reader's state changes when a reader is
// plugged in or out.
const char PnpReader[] = "\\\\?PnP?\\Notification";

// The upper bound of one wait, so that a stop is prompt even if the cancel is lost.
constexpr DWORD WaitMs = 500;

bool serviceGone(LONG rv)
{
    return rv == SCARD_E_NO_SERVICE || rv == SCARD_E_SERVICE_STOPPED || rv == SCARD_E_INVALID_HANDLE ||
           rv == SCARD_F_COMM_ERROR;
}

} // namespace

ReaderMonitor::ReaderMonitor(QObject *parent)
    : QObject(parent)
{}

ReaderMonitor::~ReaderMonitor()
{
    stop();
}

QString ReaderMonitor::textFor(State state)
{
    switch (state) {
    case State::Stopped:
        return tr("Card readers are not watched.");
    case State::Starting:
        return tr("Looking for card readers…");
    case State::Working:
        return tr("Card reader ready.");
    case State::NoService:
        return tr("The smart card service (PC/SC) is not running: card readers cannot be used. Trying again "
                  "every second; start the service (pcscd on Linux, \"Smart Card\" on Windows) or ask your "
                  "administrator.");
    case State::NoReaders:
        return tr("No card reader is connected. Plug in the card reader.");
    }
    return {};
}

void ReaderMonitor::start()
{
    if (m_thread)
        return;
    m_stop = false;
    setState(State::Starting);
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("ReaderMonitor"));
    m_thread->start();
}

void ReaderMonitor::stop()
{
    if (!m_thread)
        return;
    m_stop = true;
    {
        QMutexLocker lock(&m_mutex);
        if (m_context)
            m_context->cancel(); // ends the wait in SCardGetStatusChange at once
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    forgetAll();
    setState(State::Stopped);
}

bool ReaderMonitor::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

ReaderMonitor::State ReaderMonitor::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

QString ReaderMonitor::stateText() const
{
    return textFor(state());
}

QStringList ReaderMonitor::readers() const
{
    QMutexLocker lock(&m_mutex);
    return m_readers;
}

QByteArray ReaderMonitor::cardAtr(const QString &reader) const
{
    QMutexLocker lock(&m_mutex);
    return m_cards.value(reader);
}

void ReaderMonitor::setState(State state)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_state == state)
            return;
        m_state = state;
    }
    qCInfo(lcReaderMonitor) << "state" << state;
    emit stateChanged(state, textFor(state));
}

void ReaderMonitor::setReaders(const QStringList &readers)
{
    QStringList gone;
    {
        QMutexLocker lock(&m_mutex);
        if (m_readersKnown && m_readers == readers)
            return;
        m_readersKnown = true;
        m_readers = readers;
        for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
            if (!readers.contains(it.key()))
                gone << it.key();
    }
    for (const QString &reader : gone)
        setCard(reader, {}, false); // its card went with it
    qCInfo(lcReaderMonitor) << "readers" << readers;
    emit readersChanged(readers);
}

void ReaderMonitor::setCard(const QString &reader, const QByteArray &atr, bool present)
{
    {
        QMutexLocker lock(&m_mutex);
        if (present == m_cards.contains(reader) && (!present || m_cards.value(reader) == atr))
            return;
        if (present)
            m_cards.insert(reader, atr);
        else
            m_cards.remove(reader);
    }
    if (present) {
        qCInfo(lcReaderMonitor) << "card in" << reader << atr.toHex(' ');
        emit cardInserted(reader, atr);
    } else {
        qCInfo(lcReaderMonitor) << "card out of" << reader;
        emit cardRemoved(reader);
    }
}

void ReaderMonitor::forgetAll()
{
    QStringList withCards;
    bool hadReaders = false;
    {
        QMutexLocker lock(&m_mutex);
        withCards = m_cards.keys();
        hadReaders = !m_readersKnown || !m_readers.isEmpty();
    }
    for (const QString &reader : withCards)
        setCard(reader, {}, false);
    if (hadReaders)
        setReaders({});
}

void ReaderMonitor::pause(int ms)
{
    QMutexLocker lock(&m_mutex);
    if (!m_stop)
        m_wake.wait(&m_mutex, ms);
}

void ReaderMonitor::run()
{
    PcscContext context;
    while (!m_stop) {
        Status established;
        {
            QMutexLocker lock(&m_mutex);
            established = context.establish();
            if (established.ok())
                m_context = &context;
        }
        if (!established.ok()) {
            qCDebug(lcReaderMonitor) << "no service:" << established.error().message;
            forgetAll();
            setState(State::NoService);
            pause(m_retryMs);
            continue;
        }
        const bool lost = !watch(context);
        {
            QMutexLocker lock(&m_mutex);
            m_context = nullptr;
            context.release();
        }
        if (lost) {
            forgetAll();
            setState(State::NoService);
            pause(m_retryMs);
        }
    }
}

bool ReaderMonitor::watch(PcscContext &context)
{
    const auto scard = SCARDCONTEXT(context.handle());
    DWORD pnpState = SCARD_STATE_UNAWARE;
    QStringList readers;
    QMap<QString, DWORD> known; // reader -> its state at the last look
    bool relist = true;
    while (!m_stop) {
        if (relist) {
            const Result<QStringList> listed = context.readers();
            if (!listed.ok()) {
                if (listed.error().field == cardreader::NoService)
                    return false;
                pause(200); // a reader half plugged in: look again shortly
                continue;
            }
            readers = *listed;
            QMap<QString, DWORD> kept;
            for (const QString &r : std::as_const(readers))
                kept.insert(r, known.value(r, SCARD_STATE_UNAWARE));
            known = kept;
            setReaders(readers);
            setState(readers.isEmpty() ? State::NoReaders : State::Working);
            relist = false;
        }

        std::vector<QByteArray> names;
        names.reserve(size_t(readers.size()));
        std::vector<SCARD_READERSTATE> states(size_t(readers.size()) + 1);
        states[0].szReader = PnpReader;
        states[0].dwCurrentState = pnpState;
        for (qsizetype i = 0; i < readers.size(); ++i) {
            names.push_back(readers[i].toLocal8Bit());
            states[size_t(i) + 1].szReader = names.back().constData();
            states[size_t(i) + 1].dwCurrentState = known.value(readers[i]);
        }
        const LONG rv = SCardGetStatusChange(scard, WaitMs, states.data(), DWORD(states.size()));
        if (rv == SCARD_E_TIMEOUT || rv == SCARD_E_CANCELLED)
            continue; // the loop looks at m_stop
        if (serviceGone(rv)) {
            qCInfo(lcReaderMonitor) << "service gone:" << Qt::hex << quint32(rv);
            return false;
        }
        if (rv != SCARD_S_SUCCESS) {
            // A reader vanished between the listing and the wait, or a passing failure.
            qCDebug(lcReaderMonitor) << "wait failed:" << Qt::hex << quint32(rv);
            relist = true;
            if (rv != SCARD_E_UNKNOWN_READER && rv != SCARD_E_READER_UNAVAILABLE)
                pause(200);
            continue;
        }
        if (states[0].dwEventState & SCARD_STATE_CHANGED) {
            pnpState = states[0].dwEventState & ~DWORD(SCARD_STATE_CHANGED);
            relist = true;
        }
        for (qsizetype i = 0; i < readers.size(); ++i) {
            const SCARD_READERSTATE &s = states[size_t(i) + 1];
            const DWORD before = known.value(readers[i]);
            if (!(s.dwEventState & SCARD_STATE_CHANGED) && before != SCARD_STATE_UNAWARE)
                continue;
            const DWORD now = s.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
            known[readers[i]] = now;
            if (now & (SCARD_STATE_UNKNOWN | SCARD_STATE_UNAVAILABLE)) {
                setCard(readers[i], {}, false);
                relist = true;
                continue;
            }
            const bool present = now & SCARD_STATE_PRESENT;
            const QByteArray atr =
                present ? QByteArray(reinterpret_cast<const char *>(s.rgbAtr), qsizetype(s.cbAtr)) : QByteArray();
            // pcsc-lite counts insertions and removals in the upper 16 bits: a card swapped
            // between two looks shows as present both times with a different count.
            const bool swapped = present && (before & SCARD_STATE_PRESENT) && (before >> 16) != (now >> 16);
            if (swapped)
                setCard(readers[i], {}, false);
            setCard(readers[i], atr, present);
        }
    }
    return true;
}

} // namespace prepaydesk
