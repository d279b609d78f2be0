#pragma once

#include "util/Result.h"

#include <QObject>

#include <atomic>
#include <optional>

class QThread;
struct sqlite3;

namespace prepaydesk {

class Database;

// Runs Database::quickCheck() on a worker thread, so that the console's window is up at once
// while a large file is read through. Destroying the check interrupts it and waits.
class DatabaseCheck : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseCheck(Database &db, QObject *parent = nullptr);
    ~DatabaseCheck() override;

    void start();
    bool isDone() const { return m_result.has_value(); }
    // Set once finished() has been emitted.
    const std::optional<Status> &result() const { return m_result; }
    qint64 elapsedMs() const { return m_elapsedMs; }

signals:
    void finished();

private:
    Database &m_db;
    QThread *m_thread = nullptr;
    std::atomic<sqlite3 *> m_handle{nullptr};
    std::optional<Status> m_result;
    qint64 m_elapsedMs = 0;
};

} // namespace prepaydesk
