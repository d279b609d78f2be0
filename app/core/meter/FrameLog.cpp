#include "meter/FrameLog.h"

#include <QFile>
#include <QSaveFile>

namespace prepaydesk {

QString FrameLogEntry::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Info:
        return QStringLiteral("info");
    case Kind::Decoded:
        return QStringLiteral("decoded");
    case Kind::Noise:
        return QStringLiteral("noise");
    case Kind::Stale:
        return QStringLiteral("stale");
    case Kind::Damaged:
        return QStringLiteral("damaged");
    case Kind::OtherMeter:
        return QStringLiteral("other-meter");
    case Kind::LateReply:
        return QStringLiteral("late-reply");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Retry:
        return QStringLiteral("retry");
    case Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

FrameLog::FrameLog(QObject *parent)
    : QObject(parent)
{}

void FrameLog::setLimit(int limit)
{
    QMutexLocker lock(&m_mutex);
    m_limit = qMax(1, limit);
    while (m_entries.size() > m_limit) {
        m_entries.removeFirst();
        ++m_dropped;
    }
}

int FrameLog::limit() const
{
    QMutexLocker lock(&m_mutex);
    return m_limit;
}

void FrameLog::tx(const QByteArray &bytes, const QString &text)
{
    append(FrameLogEntry{0, {}, FrameLogEntry::Direction::Tx, FrameLogEntry::Kind::None, bytes, text});
}

void FrameLog::rx(const QByteArray &bytes)
{
    append(FrameLogEntry{0, {}, FrameLogEntry::Direction::Rx, FrameLogEntry::Kind::None, bytes, {}});
}

void FrameLog::note(FrameLogEntry::Kind kind, const QString &text)
{
    append(FrameLogEntry{0, {}, FrameLogEntry::Direction::Note, kind, {}, text});
}

void FrameLog::append(FrameLogEntry entry)
{
    {
        QMutexLocker lock(&m_mutex);
        entry.sequence = m_next++;
        entry.time = QDateTime::currentDateTime();
        m_entries.append(entry);
        if (m_entries.size() > m_limit) {
            m_entries.removeFirst();
            ++m_dropped;
        }
    }
    // Outside the lock: a directly connected slot may read the log.
    emit appended(entry);
}

QList<FrameLogEntry> FrameLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

QList<FrameLogEntry> FrameLog::entriesAfter(quint64 sequence) const
{
    QMutexLocker lock(&m_mutex);
    QList<FrameLogEntry> out;
    for (const FrameLogEntry &e : m_entries) {
        if (e.sequence > sequence)
            out.append(e);
    }
    return out;
}

quint64 FrameLog::dropped() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

void FrameLog::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.clear();
        m_dropped = 0;
    }
    emit cleared();
}

QString FrameLog::formatEntry(const FrameLogEntry &entry)
{
    const QString time = entry.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    switch (entry.direction) {
    case FrameLogEntry::Direction::Tx:
    case FrameLogEntry::Direction::Rx: {
        QString line = time + (entry.direction == FrameLogEntry::Direction::Tx ? u" TX "_qs : u" RX "_qs) +
                       QString::fromLatin1(entry.bytes.toHex(' ').toUpper());
        if (!entry.text.isEmpty())
            line += u" | "_qs + entry.text;
        return line;
    }
    case FrameLogEntry::Direction::Note:
        break;
    }
    return time + u" -- ["_qs + FrameLogEntry::kindCode(entry.kind) + u"] "_qs + entry.text;
}

QString FrameLog::toText() const
{
    QString out;
    const QList<FrameLogEntry> all = entries();
    const quint64 lost = dropped();
    if (lost > 0)
        out +=
            tr("(%n earlier entries were dropped to keep the log small)", nullptr, int(qMin<quint64>(lost, INT_MAX))) +
            u'\n';
    for (const FrameLogEntry &e : all) {
        out += formatEntry(e);
        out += u'\n';
    }
    return out;
}

Status FrameLog::exportText(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error::make(Error::Code::Io,
                           tr("The frame log cannot be saved to %1: %2").arg(path, file.errorString()));
    file.write(toText().toUtf8());
    if (!file.commit())
        return Error::make(Error::Code::Io,
                           tr("The frame log cannot be saved to %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace prepaydesk
