#pragma once

// FrameLog: every byte a meter link sends and receives, with its direction and time, and the
// link's notes on what it made of them (frame decoded, noise skipped, checksum error, another
// meter, timeout, retry). The engineer workbench shows it live and exports it as text; support
// staff read the export to see what really went over the line. Thread-safe: the link's worker
// thread appends, any thread reads.

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

namespace prepaydesk {

struct FrameLogEntry
{
    enum class Direction
    {
        Tx,   // bytes sent
        Rx,   // bytes received
        Note, // what the link made of them
    };
    // What a note says (Note entries; Tx/Rx entries use None).
    enum class Kind
    {
        None,
        Info,       // port opened or closed, broadcast sent
        Decoded,    // a reply frame was decoded (text: what it says)
        Noise,      // bytes skipped before or between frames
        Stale,      // input thrown away before sending (left over from earlier)
        Damaged,    // a frame that cannot be trusted: checksum, end byte, length
        OtherMeter, // a reply from another meter's address, or the line's own echo
        LateReply,  // a reply about another item: the late answer to an earlier request
        Timeout,    // no good reply in time on one try
        Retry,      // the request is sent again
        Error,      // the exchange or the link failed
    };

    quint64 sequence = 0; // 1, 2, 3 ... in the order appended
    QDateTime time;       // local time, millisecond precision
    Direction direction = Direction::Note;
    Kind kind = Kind::None;
    QByteArray bytes; // Tx/Rx
    QString text;     // Tx: what the request is; Note: the note

    static QString kindCode(Kind kind); // "decoded", "noise", "damaged", ...
};

class FrameLog : public QObject
{
    Q_OBJECT
public:
    explicit FrameLog(QObject *parent = nullptr);

    // The newest `limit` entries are kept (a session can run all day); older ones are dropped
    // and counted.
    void setLimit(int limit);
    int limit() const;

    void tx(const QByteArray &bytes, const QString &text = {});
    void rx(const QByteArray &bytes);
    void note(FrameLogEntry::Kind kind, const QString &text);

    QList<FrameLogEntry> entries() const;
    // Entries after `sequence` (0: all), for a view that catches up.
    QList<FrameLogEntry> entriesAfter(quint64 sequence) const;
    quint64 dropped() const;
    void clear();

    // One line per entry: "2025-05-11 10:00:00.123 TX FE FE 68 ... | read energy"; notes as
    // "2025-05-11 10:00:00.124 -- [decoded] ...".
    QString toText() const;
    static QString formatEntry(const FrameLogEntry &entry);
    // Writes toText() to a file (UTF-8); an Error says why it could not.
    Status exportText(const QString &path) const;

signals:
    // Emitted from the thread that appended (the link's worker): connect with a queued or
    // automatic connection to show it live.
    void appended(const prepaydesk::FrameLogEntry &entry);
    void cleared();

private:
    void append(FrameLogEntry entry);

    mutable QMutex m_mutex;
    QList<FrameLogEntry> m_entries;
    quint64 m_next = 1;
    quint64 m_dropped = 0;
    int m_limit = 100000;
};

} // namespace prepaydesk

Q_DECLARE_METATYPE(prepaydesk::FrameLogEntry)
