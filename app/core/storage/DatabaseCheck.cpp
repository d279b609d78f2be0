#include "storage/DatabaseCheck.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QThread>

#include <sqlite3.h>

namespace prepaydesk {

DatabaseCheck::DatabaseCheck(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

DatabaseCheck::~DatabaseCheck()
{
    if (m_thread) {
        // quick_check cannot be told to stop except by interrupting its connection.
        if (sqlite3 *h = m_handle.load())
            sqlite3_interrupt(h);
        m_thread->wait();
        delete m_thread;
    }
}

void DatabaseCheck::start()
{
    if (m_thread)
        return;
    m_db.setCheckRunning();
    m_thread = QThread::create([this] {
        QElapsedTimer timer;
        timer.start();
        m_handle = Database::nativeHandle(m_db.connection());
        Status verdict = m_db.quickCheck();
        m_handle = nullptr;
        m_db.setCheckResult(verdict);
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(
            this,
            [this, verdict, ms] {
                m_elapsedMs = ms;
                m_result = verdict;
                emit finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace prepaydesk
