#include "types.h"

#include <QCoreApplication>

namespace sre::prom {

namespace {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::prom::Error)
};

// PromQL is often written over several lines; a one-line message needs it flattened and short.
QString quoteQuery(const QString &query)
{
    constexpr qsizetype kMax = 120;
    QString flat = query.simplified();
    if (flat.size() > kMax)
        flat = flat.left(kMax - 1) + QChar(0x2026);
    return QLatin1Char('"') + flat + QLatin1Char('"');
}

QString hintForPrometheusError(const QString &errorType)
{
    if (errorType == QLatin1String("bad_data"))
        return Tr::tr("fix the query or its parameters");
    if (errorType == QLatin1String("execution"))
        return Tr::tr("the query is valid but cannot be evaluated on this data; adjust the matching or "
                      "aggregation");
    if (errorType == QLatin1String("timeout"))
        return Tr::tr("narrow the time range, increase the step or simplify the query");
    if (errorType == QLatin1String("canceled"))
        return Tr::tr("the server cancelled the query; try again");
    if (errorType == QLatin1String("unavailable"))
        return Tr::tr("the server is starting or overloaded; try again shortly");
    return Tr::tr("check the server logs");
}

} // namespace

QString errorKindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Network: return QStringLiteral("network");
    case Error::Kind::ConnectionRefused: return QStringLiteral("connection-refused");
    case Error::Kind::Timeout: return QStringLiteral("timeout");
    case Error::Kind::Http: return QStringLiteral("http");
    case Error::Kind::Prometheus: return QStringLiteral("prometheus");
    case Error::Kind::Parse: return QStringLiteral("parse");
    case Error::Kind::Cancelled: return QStringLiteral("cancelled");
    case Error::Kind::Stale: return QStringLiteral("stale");
    case Error::Kind::Config: return QStringLiteral("config");
    }
    return {};
}

QString resultTypeName(ResultType type)
{
    switch (type) {
    case ResultType::None: return {};
    case ResultType::Matrix: return QStringLiteral("matrix");
    case ResultType::Vector: return QStringLiteral("vector");
    case ResultType::Scalar: return QStringLiteral("scalar");
    case ResultType::String: return QStringLiteral("string");
    }
    return {};
}

QString Error::toString() const
{
    // The datasource first: with several of them, "which one?" is the first question.
    const QString text = describe();
    if (datasource.isEmpty() || kind == Kind::Config)
        return text;
    return Tr::tr("%1: %2").arg(datasource, text);
}

QString Error::describe() const
{
    const QString subject = query.isEmpty() ? url : Tr::tr("query %1 on %2").arg(quoteQuery(query), url);
    const QString tries = attempts > 1 ? Tr::tr(" (after %n attempts)", nullptr, attempts) : QString();
    const QString text = message.simplified();
    switch (kind) {
    case Kind::ConnectionRefused:
        return Tr::tr("%1: connection refused%2 - check that the server is running and the datasource "
                      "URL is right")
            .arg(subject, tries);
    case Kind::Network:
        return Tr::tr("%1: network error: %2%3 - check the network, proxy and TLS settings of "
                      "datasource %4")
            .arg(subject, text, tries, datasource);
    case Kind::Timeout:
        return Tr::tr("%1: no answer in time (%2)%3 - narrow the query or raise the timeout of "
                      "datasource %4")
            .arg(subject, text, tries, datasource);
    case Kind::Http:
        return Tr::tr("%1: HTTP %2%3%4 - check the URL, credentials and proxy of datasource %5")
            .arg(subject, QString::number(httpStatus), text.isEmpty() ? QString() : QStringLiteral(": ") + text, tries,
                 datasource);
    case Kind::Prometheus:
        return Tr::tr("%1 failed: %2: %3 - %4")
            .arg(subject, errorType.isEmpty() ? Tr::tr("error") : errorType, text, hintForPrometheusError(errorType));
    case Kind::Parse:
        if (!hint.isEmpty())
            return Tr::tr("%1: unreadable response: %2 - %3").arg(subject, text, hint);
        return Tr::tr("%1: unreadable response: %2 - is datasource %3 a Prometheus-compatible API?")
            .arg(subject, text, datasource);
    case Kind::Cancelled: return Tr::tr("%1: cancelled").arg(subject);
    case Kind::Stale: return Tr::tr("%1: replaced by a newer request").arg(subject);
    case Kind::Config: return Tr::tr("datasource %1: %2 - fix it in workspace.yaml").arg(datasource, text);
    }
    return text;
}

} // namespace sre::prom
