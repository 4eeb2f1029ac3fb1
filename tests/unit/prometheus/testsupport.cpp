#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace sre::prom::test {

QString testDataPath(const QString &relativePath)
{
    return QStringLiteral(PROM_TEST_DATA "/") + relativePath;
}

QByteArray readTestFile(const QString &relativePath)
{
    QFile file(testDataPath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

PrometheusProcess::~PrometheusProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString PrometheusProcess::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("prometheus"));
}

bool PrometheusProcess::start(const QByteArray &configYaml, const QStringList &extraArgs)
{
    m_dir = std::make_unique<QTemporaryDir>();
    QFile config(m_dir->filePath(QStringLiteral("prometheus.yml")));
    if (!m_dir->isValid() || !config.open(QIODevice::WriteOnly) || config.write(configYaml) < 0)
        return false;
    config.close();
    m_port = closedPort(); // free a moment ago; a clash shows up as an early exit below
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir->filePath(QStringLiteral("prometheus.log")));
#ifdef Q_OS_LINUX
    // If the test crashes, the server must not outlive it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start(executable(),
                     QStringList { QStringLiteral("--config.file=") + config.fileName(),
                                   QStringLiteral("--storage.tsdb.path=") + m_dir->filePath(QStringLiteral("tsdb")),
                                   QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                                   QStringLiteral("--log.level=warn") }
                         + extraArgs);
    return m_process->waitForStarted(10000);
}

QString PrometheusProcess::log() const
{
    if (!m_dir)
        return {};
    QFile file(m_dir->filePath(QStringLiteral("prometheus.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

ScriptedResponder::ScriptedResponder(QList<QByteArray> responses, QObject *parent)
    : QObject(parent)
    , m_responses(std::move(responses))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedResponder::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray ScriptedResponder::response(int status, const QByteArray &reason, const QByteArray &body,
                                       const QByteArray &contentType)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

void ScriptedResponder::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            const int index = std::min<int>(m_requests, static_cast<int>(m_responses.size()) - 1);
            ++m_requests;
            buffer->clear();
            socket->write(m_responses.at(index));
            socket->disconnectFromHost();
        });
    }
}

} // namespace sre::prom::test
