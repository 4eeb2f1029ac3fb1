#include "curlworker.h"

#include "transfer.h"

#include <QCoreApplication>
#include <algorithm>

namespace sre::prom::detail {

namespace {

// HTTP/1.1 servers get up to this many parallel connections (HTTP/2 multiplexes over one); more
// transfers queue inside curl, and the queueing counts against their timeout.
constexpr long kMaxConnectionsPerHost = 8;
// How often the loop looks at QFuture cancellations while transfers wait for their server.
constexpr int kIdlePollMs = 500;
constexpr int kNothingToDoPollMs = 60 * 60 * 1000;
// A retry is only worth starting when at least this much of the timeout is left for it.
constexpr std::chrono::milliseconds kMinAttemptTime { 100 };

CURLM *multiOf(void *handle)
{
    return static_cast<CURLM *>(handle);
}

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::prom::PrometheusClient)
};

QString messageFor(Error::Kind kind)
{
    return kind == Error::Kind::Stale ? Tr::tr("replaced by a newer request") : Tr::tr("cancelled");
}

} // namespace

CurlWorker::CurlWorker(DatasourceConfig config)
    : m_config(std::move(config))
{
    static std::once_flag curlInit;
    std::call_once(curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    CURLM *multi = curl_multi_init();
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, kMaxConnectionsPerHost);
    curl_multi_setopt(multi, CURLMOPT_PIPELINING, static_cast<long>(CURLPIPE_MULTIPLEX));
    m_multi = multi;
    // Only the worker thread touches the share handle, so it needs no lock callbacks.
    CURLSH *share = curl_share_init();
    curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
    m_share = share;
    m_thread = std::thread([this] { run(); });
}

CurlWorker::~CurlWorker()
{
    post({ Command::Type::Stop, {}, {} });
    m_thread.join();
    curl_multi_cleanup(multiOf(m_multi));
    curl_share_cleanup(static_cast<CURLSH *>(m_share));
}

void CurlWorker::post(Command command)
{
    {
        std::lock_guard lock(m_mutex);
        m_commands.push_back(std::move(command));
    }
    curl_multi_wakeup(multiOf(m_multi));
}

void CurlWorker::submit(TransferRequest request)
{
    post({ Command::Type::Submit, std::move(request), {} });
}

void CurlWorker::cancel(const QString &viewKey)
{
    {
        std::lock_guard lock(m_mutex);
        // Also covers requests still queued as commands and answers racing with the cancel.
        m_cancelledThrough[viewKey] = m_generations.value(viewKey);
    }
    post({ Command::Type::Cancel, {}, viewKey });
}

void CurlWorker::cancelAll()
{
    post({ Command::Type::CancelAll, {}, {} });
}

void CurlWorker::close()
{
    m_closed = true;
    cancelAll();
}

quint64 CurlWorker::nextGeneration(const QString &viewKey)
{
    std::lock_guard lock(m_mutex);
    return ++m_generations[viewKey];
}

bool CurlWorker::isLatest(const QString &viewKey, quint64 generation) const
{
    if (viewKey.isEmpty())
        return true;
    std::lock_guard lock(m_mutex);
    return m_generations.value(viewKey) == generation;
}

std::optional<Error::Kind> CurlWorker::superseded(const TransferRequest &request) const
{
    if (request.viewKey.isEmpty())
        return std::nullopt;
    std::lock_guard lock(m_mutex);
    if (request.generation <= m_cancelledThrough.value(request.viewKey))
        return Error::Kind::Cancelled;
    if (request.generation != m_generations.value(request.viewKey))
        return Error::Kind::Stale;
    return std::nullopt;
}

ClientStatistics CurlWorker::stats() const
{
    ClientStatistics stats;
    stats.transfers = m_statTransfers.load();
    stats.connectionsOpened = m_statConnections.load();
    stats.retries = m_statRetries.load();
    stats.bytesOnWire = m_statWireBytes.load();
    stats.bytesDecoded = m_statDecodedBytes.load();
    stats.lastHttpVersion = m_statHttpVersion.load();
    stats.activeTransfers = m_statActive.load();
    return stats;
}

void CurlWorker::countTransfer(const Transfer &transfer)
{
    long newConnections = 0;
    long httpVersion = 0;
    curl_off_t wireBytes = 0;
    curl_easy_getinfo(transfer.easy, CURLINFO_NUM_CONNECTS, &newConnections);
    curl_easy_getinfo(transfer.easy, CURLINFO_HTTP_VERSION, &httpVersion);
    curl_easy_getinfo(transfer.easy, CURLINFO_SIZE_DOWNLOAD_T, &wireBytes);
    ++m_statTransfers;
    m_statWireBytes += static_cast<quint64>(std::max<curl_off_t>(wireBytes, 0));
    m_statDecodedBytes += static_cast<quint64>(transfer.decodedBytes);
    m_statConnections += static_cast<quint64>(std::max(newConnections, 0L));
    switch (httpVersion) {
    case CURL_HTTP_VERSION_1_0:
    case CURL_HTTP_VERSION_1_1: m_statHttpVersion = 1; break;
    case CURL_HTTP_VERSION_2_0: m_statHttpVersion = 2; break;
    case CURL_HTTP_VERSION_3: m_statHttpVersion = 3; break;
    default: break; // no answer: keep the last known
    }
}

void CurlWorker::run()
{
    CURLM *multi = multiOf(m_multi);
    while (processCommands()) {
        startDueRetries();
        int running = 0;
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg *message = curl_multi_info_read(multi, &queued)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            Transfer *transfer = nullptr;
            curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &transfer);
            finishAttempt(*transfer, static_cast<int>(message->data.result));
        }
        curl_multi_poll(multi, nullptr, 0, pollTimeoutMs(), nullptr);
    }
    m_stopping = true;
    abortWhere([](const Transfer &) { return true; }, Error::Kind::Cancelled);
    // Requests submitted while stopping (e.g. by a `done` callback) still get their answer.
    while (true) {
        Command command;
        {
            std::lock_guard lock(m_mutex);
            if (m_commands.empty())
                break;
            command = std::move(m_commands.front());
            m_commands.pop_front();
        }
        if (command.type == Command::Type::Submit)
            start(std::make_unique<Transfer>(Transfer { std::move(command.request) }));
    }
}

bool CurlWorker::processCommands()
{
    std::deque<Command> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_commands);
    }
    for (Command &command : batch) {
        switch (command.type) {
        case Command::Type::Submit: {
            const QString key = command.request.viewKey;
            const quint64 generation = command.request.generation;
            if (!key.isEmpty()) {
                abortWhere(
                    [&](const Transfer &t) { return t.request.viewKey == key && t.request.generation < generation; },
                    Error::Kind::Stale);
            }
            start(std::make_unique<Transfer>(Transfer { std::move(command.request) }));
            break;
        }
        case Command::Type::Cancel:
            abortWhere([&](const Transfer &t) { return t.request.viewKey == command.viewKey; }, Error::Kind::Cancelled);
            break;
        case Command::Type::CancelAll: abortWhere([](const Transfer &) { return true; }, Error::Kind::Cancelled); break;
        case Command::Type::Stop: {
            // Keep what came after Stop for run() to answer.
            std::lock_guard lock(m_mutex);
            const auto next = std::next(std::find_if(batch.begin(), batch.end(),
                                                     [](const Command &c) { return c.type == Command::Type::Stop; }));
            m_commands.insert(m_commands.begin(), std::make_move_iterator(next), std::make_move_iterator(batch.end()));
            return false;
        }
        }
    }
    return true;
}

void CurlWorker::start(std::unique_ptr<Transfer> owned)
{
    Transfer &transfer = *owned;
    transfer.worker = this;
    transfer.timeout = effectiveTimeout(m_config);
    transfer.deadline = Clock::now() + transfer.timeout;
    m_transfers.push_back(std::move(owned));
    m_statActive = int(m_transfers.size());
    if (m_stopping || m_closed || (transfer.request.isCanceled && transfer.request.isCanceled())) {
        complete(transfer, { transferError(transfer, Error::Kind::Cancelled, Tr::tr("cancelled"), m_config) });
        return;
    }
    // E.g. a later part of a split range query whose view was cancelled or asked for more.
    if (const std::optional<Error::Kind> kind = superseded(transfer.request)) {
        complete(transfer, { transferError(transfer, *kind, messageFor(*kind), m_config) });
        return;
    }
    if (std::optional<Error> error = setUpTransfer(transfer, m_config, static_cast<CURLSH *>(m_share))) {
        complete(transfer, { std::move(error) });
        return;
    }
    startAttempt(transfer);
}

void CurlWorker::startAttempt(Transfer &transfer)
{
    const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(transfer.deadline - Clock::now());
    ++transfer.attempts;
    prepareAttempt(transfer, std::max(remaining, std::chrono::milliseconds(1)));
    curl_multi_add_handle(multiOf(m_multi), transfer.easy);
    transfer.inMulti = true;
}

void CurlWorker::finishAttempt(Transfer &transfer, int curlCode)
{
    curl_multi_remove_handle(multiOf(m_multi), transfer.easy);
    transfer.inMulti = false;
    countTransfer(transfer);

    const auto code = static_cast<CURLcode>(curlCode);
    TransferOutcome outcome = classifyAttempt(transfer, code, m_config);
    const RetryPolicy &policy = transfer.request.retry;
    const bool canceled = transfer.request.isCanceled && transfer.request.isCanceled();
    if (!canceled && isRetryable(outcome, code) && transfer.attempts <= policy.maxRetries) {
        std::chrono::milliseconds delay = policy.initialBackoff * (1L << std::min(transfer.attempts - 1, 20));
        if (outcome.httpStatus == 429 || outcome.httpStatus == 503) {
            if (const auto serverDelay = retryAfter(transfer))
                delay = std::max(delay, *serverDelay);
        }
        const auto at = Clock::now() + delay;
        if (at + kMinAttemptTime < transfer.deadline) {
            transfer.retryAt = at;
            ++m_statRetries;
            return;
        }
    }
    complete(transfer, std::move(outcome));
}

void CurlWorker::complete(Transfer &transfer, TransferOutcome outcome)
{
    if (transfer.inMulti) {
        curl_multi_remove_handle(multiOf(m_multi), transfer.easy);
        transfer.inMulti = false;
    }
    const bool cancellation = outcome.error && outcome.error->isCancellation();
    if (const std::optional<Error::Kind> kind = cancellation ? std::nullopt : superseded(transfer.request)) {
        // Finished, but the view was cancelled or wants something newer: never hand out old data.
        const int attempts = outcome.attempts;
        outcome = { transferError(transfer, *kind, messageFor(*kind), m_config) };
        outcome.attempts = attempts;
    }
    if (outcome.error)
        outcome.error->attempts = std::max(transfer.attempts, 1);
    auto done = std::move(transfer.request.done);
    releaseTransfer(transfer);
    const auto it
        = std::find_if(m_transfers.begin(), m_transfers.end(), [&](const auto &t) { return t.get() == &transfer; });
    if (it != m_transfers.end())
        m_transfers.erase(it);
    m_statActive = int(m_transfers.size());
    if (done)
        done(std::move(outcome));
}

void CurlWorker::abortWhere(const std::function<bool(const Transfer &)> &match, Error::Kind kind)
{
    std::vector<Transfer *> matching;
    for (const auto &transfer : m_transfers) {
        if (match(*transfer))
            matching.push_back(transfer.get());
    }
    for (Transfer *transfer : matching)
        complete(*transfer, { transferError(*transfer, kind, messageFor(kind), m_config) });
}

void CurlWorker::startDueRetries()
{
    const auto now = Clock::now();
    std::vector<Transfer *> due;
    for (const auto &transfer : m_transfers) {
        if (transfer->retryAt && *transfer->retryAt <= now)
            due.push_back(transfer.get());
    }
    for (Transfer *transfer : due) {
        transfer->retryAt.reset();
        if (transfer->request.isCanceled && transfer->request.isCanceled())
            complete(*transfer, { transferError(*transfer, Error::Kind::Cancelled, Tr::tr("cancelled"), m_config) });
        else
            startAttempt(*transfer);
    }
}

int CurlWorker::pollTimeoutMs() const
{
    if (m_transfers.empty())
        return kNothingToDoPollMs; // new work arrives with curl_multi_wakeup()
    auto timeout = std::chrono::milliseconds(kIdlePollMs);
    const auto now = Clock::now();
    for (const auto &transfer : m_transfers) {
        if (transfer->retryAt) {
            const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*transfer->retryAt - now);
            timeout = std::clamp(wait, std::chrono::milliseconds(0), timeout);
        }
    }
    return static_cast<int>(timeout.count());
}

} // namespace sre::prom::detail
