#include "meter/MeterLink.h"

#include <QMutex>
#include <QPromise>
#include <QThread>

#include <atomic>

namespace prepaydesk {

// What the front and the worker both touch.
struct MeterLink::Shared
{
    std::atomic<State> state{State::Closed};
    // Bumped by cancel(): work queued or running under an older generation ends as cancelled.
    std::atomic<quint64> generation{0};
    mutable QMutex mutex; // guards the two below
    LinkEndpoint endpoint;
    std::optional<LinkTiming> timing;
};

// Lives in the worker thread and owns the transport there; every call comes as a queued lambda.
class MeterLink::Worker : public QObject
{
public:
    Worker(MeterLink *link, std::shared_ptr<Shared> shared, FrameLog *log)
        : m_link(link)
        , m_shared(std::move(shared))
        , m_log(log)
    {}

    void setState(State state)
    {
        if (m_shared->state.exchange(state) != state)
            emit m_link->stateChanged(state);
    }

    Status open(const LinkEndpoint &endpoint)
    {
        closePort(false);
        setState(State::Opening);
        m_transport = Transport::create(endpoint);
        if (Status opened = m_transport->open(); !opened) {
            m_log->note(FrameLogEntry::Kind::Error, opened.error().message);
            m_transport.reset();
            setState(State::Closed);
            return opened;
        }
        m_exchanger = std::make_unique<Exchanger>(*m_transport, *m_log);
        m_log->note(FrameLogEntry::Kind::Info, MeterLink::tr("Opened %1.").arg(m_transport->description()));
        if (const QString note = m_transport->openNote(); !note.isEmpty())
            m_log->note(FrameLogEntry::Kind::Info, note);
        setState(State::Open);
        return {};
    }

    void closePort(bool say)
    {
        if (m_transport) {
            const QString what = m_transport->description();
            m_exchanger.reset();
            m_transport->close();
            m_transport.reset();
            if (say)
                m_log->note(FrameLogEntry::Kind::Info, MeterLink::tr("Closed %1.").arg(what));
        }
        setState(State::Closed);
    }

    Result<MeterReply> transact(const MeterExchange &exchange, quint64 generation)
    {
        const auto cancelled = [this, generation] { return m_shared->generation.load() != generation; };
        if (cancelled())
            return Error{Error::Code::Io, MeterLink::tr("Cancelled."), linkerror::Cancelled};
        if (!m_transport || !m_exchanger || !m_transport->isOpen())
            return Error{Error::Code::Io, MeterLink::tr("The line to the meter is not open: choose a port first."),
                         linkerror::NotOpen};
        LinkTiming timing;
        if (exchange.timing) {
            timing = *exchange.timing;
        } else {
            QMutexLocker lock(&m_shared->mutex);
            timing = m_shared->timing
                         ? *m_shared->timing
                         : LinkTiming::forProtocol(exchange.protocol ? exchange.protocol->protocol() : QString());
        }
        setState(State::Busy);
        auto result = m_exchanger->run(exchange, timing, cancelled,
                                       [this](const ExchangeProgress &p) { emit m_link->progress(p); });
        if (!result && (result.error().field == linkerror::Gone || result.error().field == linkerror::Dropped)) {
            // The transport closed itself; so does the link.
            m_exchanger.reset();
            m_transport.reset();
            setState(State::Closed);
            emit m_link->linkLost(result.error().field, result.error().message);
            return result;
        }
        setState(m_transport && m_transport->isOpen() ? State::Open : State::Closed);
        return result;
    }

private:
    MeterLink *m_link;
    std::shared_ptr<Shared> m_shared;
    FrameLog *m_log;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Exchanger> m_exchanger;
};

MeterLink::MeterLink(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_log(new FrameLog(this))
    , m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("meter-link"));
    m_worker = new Worker(this, m_shared, m_log);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

MeterLink::~MeterLink()
{
    cancel();
    // Queued after everything else, so every promise handed out has its result before the
    // thread stops; the transport is closed on the thread that made it.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker] {
            worker->closePort(false);
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

MeterLink::State MeterLink::state() const
{
    return m_shared->state.load();
}

LinkEndpoint MeterLink::endpoint() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->endpoint;
}

void MeterLink::setTiming(std::optional<LinkTiming> timing)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->timing = std::move(timing);
}

std::optional<LinkTiming> MeterLink::timing() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->timing;
}

QFuture<Status> MeterLink::open(const LinkEndpoint &endpoint)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->endpoint = endpoint;
    }
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    QFuture<Status> future = promise->future();
    const quint64 generation = m_shared->generation.load();
    Worker *worker = m_worker;
    std::shared_ptr<Shared> shared = m_shared;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, shared, promise, endpoint, generation] {
            if (shared->generation.load() != generation)
                promise->addResult(Status(Error{Error::Code::Io, MeterLink::tr("Cancelled."), linkerror::Cancelled}));
            else
                promise->addResult(worker->open(endpoint));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Status> MeterLink::close()
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    QFuture<Status> future = promise->future();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, promise] {
            worker->closePort(true);
            promise->addResult(Status());
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<MeterReply>> MeterLink::transact(const MeterExchange &exchange)
{
    auto promise = std::make_shared<QPromise<Result<MeterReply>>>();
    promise->start();
    QFuture<Result<MeterReply>> future = promise->future();
    const quint64 generation = m_shared->generation.load();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, promise, exchange, generation] {
            promise->addResult(worker->transact(exchange, generation));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

void MeterLink::cancel()
{
    ++m_shared->generation;
}

} // namespace prepaydesk
