#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <optional>

namespace sre::prom::test {

// Waits for a future while spinning the event loop (so QTcpServers in this thread keep working).
// nullopt on timeout or when the future was cancelled without a result.
template<typename T> std::optional<T> await(const QFuture<T> &future, int timeoutMs = 30000)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QSignalSpy spy(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        if (!future.isFinished())
            spy.wait(timeoutMs);
    }
    if (!future.isFinished() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

// The error of a result as text, or nothing; safe to use in QVERIFY2 messages, which are always
// evaluated.
template<typename Result> QString describe(const Result &result)
{
    return result.error ? result.error->toString() : QString();
}

QByteArray readTestFile(const QString &relativePath);
QString testDataPath(const QString &relativePath);

// A real Prometheus server on a free loopback port with an empty TSDB in a temporary folder.
class PrometheusProcess final
{
public:
    PrometheusProcess() = default;
    ~PrometheusProcess();

    static QString executable();
    // Starts it and returns once the process runs; use waitUntilReady() (in a test function) next.
    bool start(const QByteArray &configYaml, const QStringList &extraArgs = {});
    quint16 port() const { return m_port; }
    QString log() const;
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// A port nothing listens on (bound once, then released).
quint16 closedPort();

// Answers HTTP requests with a fixed script of raw responses, one per request (the last one
// repeats), then closes the connection. Only for fault injection (retry, broken bodies); it is
// not a stand-in for Prometheus.
class ScriptedResponder final : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedResponder(QList<QByteArray> responses, QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    int requestCount() const { return m_requests; }

    static QByteArray response(int status, const QByteArray &reason, const QByteArray &body,
                               const QByteArray &contentType = "application/json");

private:
    void onConnection();

    QTcpServer m_server;
    QList<QByteArray> m_responses;
    int m_requests = 0;
};

} // namespace sre::prom::test
