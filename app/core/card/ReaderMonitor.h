#pragma once

// Watches the card readers and the cards in them off the GUI thread: its own thread with its own
// PC/SC context, blocked in SCardGetStatusChange on the readers and on the "\\?PnP?\Notification"
// pseudo-reader (readers plugged in or out). When the PC/SC service goes away (pcscd stopped, the
// Windows service restarted) it says so and tries to connect again every second; once the service
// is back it announces the readers and the cards in them again.
//
// Signals are emitted from the monitor's thread; connect them normally (queued to receivers in
// other threads). Getters may be called from any thread.

#include <QByteArray>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <atomic>

class QThread;

namespace prepaydesk {

class PcscContext;

class ReaderMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,   // not started
        Starting,  // started, first look not done yet
        Working,   // the service answers and at least one reader is connected
        NoService, // the PC/SC service is not running (retried every second)
        NoReaders, // the service runs but no reader is connected
    };
    Q_ENUM(State)

    explicit ReaderMonitor(QObject *parent = nullptr);
    ~ReaderMonitor() override;

    void start();
    // Returns once the monitor's thread has ended (promptly: the wait is cancelled).
    void stop();
    bool isRunning() const;

    State state() const;
    QString stateText() const; // translated, for the status bar
    QStringList readers() const;
    // The ATR of the card in `reader`, empty when there is none.
    QByteArray cardAtr(const QString &reader) const;

    static QString textFor(State state);

    // How long to wait between tries while the service is away (default 1000 ms).
    void setRetryInterval(int ms) { m_retryMs = ms; }

signals:
    void readersChanged(const QStringList &readers);
    void cardInserted(const QString &reader, const QByteArray &atr);
    void cardRemoved(const QString &reader);
    void stateChanged(prepaydesk::ReaderMonitor::State state, const QString &text);

private:
    void run();
    bool watch(PcscContext &context); // false when the service went away
    void setState(State state);
    void setReaders(const QStringList &readers);
    void setCard(const QString &reader, const QByteArray &atr, bool present);
    void forgetAll();
    void pause(int ms);

    QThread *m_thread = nullptr;
    std::atomic_bool m_stop{false};
    std::atomic_int m_retryMs{1000};
    mutable QMutex m_mutex; // guards everything below, and m_context's cancel against its release
    QWaitCondition m_wake;
    PcscContext *m_context = nullptr; // the monitor thread's context while it exists
    State m_state = State::Stopped;
    QStringList m_readers;
    bool m_readersKnown = false;
    QMap<QString, QByteArray> m_cards; // reader -> ATR of the card in it
};

} // namespace prepaydesk
