#include "responseparser.h"

#include "jsontokenizer.h"
#include "responsehandler.h"

#include <QCoreApplication>

namespace sre::prom {

ResponseParser::ResponseParser()
    : m_handler(std::make_unique<ResponseHandler>())
    , m_tokenizer(std::make_unique<JsonTokenizer>(*m_handler))
{
    m_tokenizer->setPairSink(m_handler.get());
}

ResponseParser::~ResponseParser() = default;

bool ResponseParser::feed(QByteArrayView chunk)
{
    return m_tokenizer->feed(std::string_view(chunk.data(), static_cast<std::size_t>(chunk.size())));
}

bool ResponseParser::finish()
{
    if (m_finished)
        return !failed();
    m_finished = true;
    return m_tokenizer->finish() && m_handler->complete();
}

bool ResponseParser::failed() const
{
    return m_tokenizer->failed() || !m_handler->errorString().isEmpty();
}

QString ResponseParser::errorString() const
{
    if (m_tokenizer->failed()) {
        // When the handler stopped the tokenizer, the handler knows why.
        const QString what = m_tokenizer->handlerStopped() && !m_handler->errorString().isEmpty()
            ? m_handler->errorString()
            : QCoreApplication::translate("sre::prom::JsonTokenizer", m_tokenizer->errorString().c_str());
        return QCoreApplication::translate("sre::prom::ResponseParser", "at byte %1: %2")
            .arg(m_tokenizer->errorOffset())
            .arg(what);
    }
    return m_handler->errorString();
}

ParsedResponse ResponseParser::takeResult()
{
    return m_handler->takeResult();
}

std::optional<ParsedResponse> ResponseParser::parse(QByteArrayView body, QString *error)
{
    ResponseParser parser;
    if (parser.feed(body) && parser.finish())
        return parser.takeResult();
    if (error)
        *error = parser.errorString();
    return std::nullopt;
}

} // namespace sre::prom
