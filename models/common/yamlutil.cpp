#include "yamlutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>
#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <yaml-cpp/eventhandler.h>
#include <yaml.h>

namespace sre::yaml {

namespace {
// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::yaml)
};

// 1-based line of a byte offset (libyaml's reader errors give an offset, not a mark).
int lineAtOffset(const QByteArray &text, size_t offset)
{
    const qsizetype end = std::min<qsizetype>(text.size(), qsizetype(offset));
    return int(std::count(text.constBegin(), text.constBegin() + end, '\n')) + 1;
}

// 1-based line of a libyaml mark, counting '\n' only, as editors and yaml-cpp do (libyaml also
// breaks lines at a lone '\r' and at U+0085/U+2028/U+2029). The mark's index counts characters
// after the byte order mark; UTF-8 is assumed, and the result kept within the text either way.
int lineAtMark(const QByteArray &text, const yaml_mark_t &mark)
{
    qsizetype i = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    size_t characters = 0;
    int line = 1;
    for (; i < text.size() && characters < mark.index; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0) != 0x80)
            ++characters;
        if (byte == '\n')
            ++line;
    }
    return std::min(line, int(text.count('\n')) + 1);
}

// Counts nodes as yaml-cpp would build them with every alias expanded, and the nesting depth.
class Budget
{
public:
    explicit Budget(const Limits &limits)
        : m_limits(limits)
    { }

    // False when the limit is passed; `why` says which.
    bool scalar(const char *anchor) { return add(1, anchor); }
    bool alias(const char *anchor)
    {
        const auto it = m_anchors.find(anchor);
        // An unknown alias is yaml-cpp's error to report (with its mark); it adds nothing here.
        return add(it == m_anchors.end() ? 1 : it->second, nullptr);
    }
    bool open(const char *anchor)
    {
        m_stack.push_back({ 1, anchor ? std::string(anchor) : std::string() });
        ++m_total;
        return int(m_stack.size()) <= m_limits.maxDepth && m_total <= m_limits.maxNodes;
    }
    void close()
    {
        if (m_stack.empty())
            return;
        const Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (!frame.anchor.empty())
            m_anchors[frame.anchor] = frame.nodes;
        if (!m_stack.empty())
            m_stack.back().nodes = std::min(m_stack.back().nodes + frame.nodes, m_limits.maxNodes + 1);
    }
    bool tooDeep() const { return int(m_stack.size()) > m_limits.maxDepth; }

private:
    struct Frame
    {
        qint64 nodes; // this collection and everything in it, aliases expanded
        std::string anchor;
    };

    bool add(qint64 nodes, const char *anchor)
    {
        if (anchor)
            m_anchors[anchor] = nodes;
        if (!m_stack.empty())
            m_stack.back().nodes = std::min(m_stack.back().nodes + nodes, m_limits.maxNodes + 1);
        m_total = std::min(m_total + nodes, m_limits.maxNodes + 1);
        return m_total <= m_limits.maxNodes;
    }

    const Limits &m_limits;
    std::vector<Frame> m_stack;
    std::unordered_map<std::string, qint64> m_anchors;
    qint64 m_total = 0;
};

// yaml-cpp 0.7 loops forever, allocating without bound, on a plain scalar continued on a line
// that starts with a comma when the scalar has a tag or anchor (`!a b\n,c`, found by
// fuzz_workspace_yaml). libyaml rightly accepts it, so the guard names it instead. Any plain
// multi-line scalar with such a line is refused, tagged or not: the rule stays simple, real files
// do not do this, and quoting the text is the fix either way. Returns that line (1-based), or 0.
int commaContinuationLine(const QByteArray &text, int firstLine, int lastLine)
{
    int line = 1;
    qsizetype i = 0;
    while (i < text.size() && line <= lastLine) {
        const qsizetype eol = text.indexOf('\n', i);
        const qsizetype end = eol < 0 ? text.size() : eol;
        if (line > firstLine) {
            qsizetype j = i;
            while (j < end && (text[j] == ' ' || text[j] == '\t'))
                ++j;
            if (j < end && text[j] == ',')
                return line;
        }
        if (eol < 0)
            break;
        i = eol + 1;
        ++line;
    }
    return 0;
}

// yaml-cpp 0.7's LoadAll() asks its parser for one document after another until it has none left.
// When the next token is one the parser cannot start a node with (a ',' or '?' that yaml-cpp reads
// where libyaml reads something else: `&n:,` is the anchor "n" before the text ":," to libyaml, the
// anchor "n:" before a ',' to yaml-cpp; `! o\n? \n?`; `! b,c\n\n! b,c`), the parser returns an
// empty document without taking the token, and LoadAll() asks again forever, a null node more
// each time (found by the fuzz targets of every YAML loader, past the libyaml check). This runs
// yaml-cpp's parser over the text without building nodes; a document that starts where the one
// before it started took no token, and every later one would too. Returns that place, if any. A
// yaml-cpp exception is left for the real load to report.
class DocumentStarts final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &mark) override { last = mark; }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override { }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {
    }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnMapEnd() override { }

    YAML::Mark last = YAML::Mark::null_mark();
};

std::optional<YAML::Mark> yamlCppStall(const QByteArray &text)
{
    try {
        std::istringstream in(text.toStdString());
        YAML::Parser parser(in);
        DocumentStarts starts;
        std::optional<int> previous;
        while (parser.HandleNextDocument(starts)) {
            if (previous && *previous == starts.last.pos)
                return starts.last;
            previous = starts.last.pos;
        }
    } catch (const std::exception &) { }
    return std::nullopt;
}

const char *anchorOf(const yaml_event_t &e)
{
    switch (e.type) {
    case YAML_SCALAR_EVENT: return reinterpret_cast<const char *>(e.data.scalar.anchor);
    case YAML_SEQUENCE_START_EVENT: return reinterpret_cast<const char *>(e.data.sequence_start.anchor);
    case YAML_MAPPING_START_EVENT: return reinterpret_cast<const char *>(e.data.mapping_start.anchor);
    default: return nullptr;
    }
}
} // namespace

std::optional<Problem> validate(const QByteArray &text, const QString &file, const Limits &limits, int firstLine)
{
    const auto fileLine = [&](const yaml_mark_t &mark) { return lineAtMark(text, mark) + firstLine - 1; };
    if (text.size() > limits.maxBytes)
        return Problem::error(file, 0,
                              Tr::tr("the file is %1 MB; YAML files are read up to %2 MB")
                                  .arg(text.size() / (1024 * 1024))
                                  .arg(limits.maxBytes / (1024 * 1024)));
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return Problem::error(file, 0, Tr::tr("cannot start the YAML parser (out of memory)"));
    const auto deleteParser = qScopeGuard([&] { yaml_parser_delete(&parser); });
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(text.constData()),
                                 size_t(text.size()));
    Budget budget(limits);
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            const QString problem = QString::fromUtf8(parser.problem ? parser.problem : "syntax error");
            if (parser.error == YAML_READER_ERROR) {
                // Bad bytes (invalid UTF-8, a control character): libyaml gives an offset.
                const int line = lineAtOffset(text, parser.problem_offset) + firstLine - 1;
                return Problem::error(file, line,
                                      Tr::tr("invalid YAML: %1 (byte %2)").arg(problem).arg(parser.problem_offset));
            }
            const yaml_mark_t &mark = parser.problem_mark;
            QString message = Tr::tr("invalid YAML at %1:%2: %3").arg(fileLine(mark)).arg(mark.column + 1).arg(problem);
            if (parser.context)
                message += Tr::tr(" (%1 at %2:%3)")
                               .arg(QString::fromUtf8(parser.context))
                               .arg(fileLine(parser.context_mark))
                               .arg(parser.context_mark.column + 1);
            return Problem::error(file, fileLine(mark), message);
        }
        const auto deleteEvent = qScopeGuard([&] { yaml_event_delete(&event); });
        bool within = true;
        switch (event.type) {
        case YAML_STREAM_END_EVENT:
            if (const std::optional<YAML::Mark> stall = yamlCppStall(text)) {
                const int line = std::min(stall->line + 1, int(text.count('\n')) + 1) + firstLine - 1;
                return Problem::error(file, line,
                                      Tr::tr("yaml-cpp cannot read on from %1:%2: put the value there (or the "
                                             "one before it, with its anchor or tag) in quotes")
                                          .arg(line)
                                          .arg(stall->column + 1));
            }
            return std::nullopt;
        case YAML_SCALAR_EVENT:
            within = budget.scalar(anchorOf(event));
            if (event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE && event.end_mark.line > event.start_mark.line) {
                if (const int comma = commaContinuationLine(text, lineAtMark(text, event.start_mark),
                                                            lineAtMark(text, event.end_mark))) {
                    return Problem::error(file, comma + firstLine - 1,
                                          Tr::tr("unquoted text continued on a line that starts with a comma: put "
                                                 "the text in quotes (yaml-cpp cannot read it)"));
                }
            }
            break;
        case YAML_ALIAS_EVENT: within = budget.alias(reinterpret_cast<const char *>(event.data.alias.anchor)); break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
            within = budget.open(anchorOf(event));
            if (budget.tooDeep())
                return Problem::error(file, fileLine(event.start_mark),
                                      Tr::tr("YAML nested deeper than %1 levels").arg(limits.maxDepth));
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: budget.close(); break;
        default: break;
        }
        if (!within)
            return Problem::error(
                file, fileLine(event.start_mark),
                Tr::tr("YAML expands to more than %1 nodes (aliases of aliases?)").arg(limits.maxNodes));
    }
}

bool interpret(const QByteArray &text, const QString &file, Problems &problems,
               const std::function<void(const Documents &)> &reader, int firstLine)
{
    const auto fileLine = [firstLine](int line) { return line > 0 ? line + firstLine - 1 : 0; };
    if (std::optional<Problem> rejected = validate(text, file, Limits(), firstLine)) {
        problems << *rejected;
        return false;
    }
    bool parsed = false;
    try {
        const Documents documents = YAML::LoadAll(text.toStdString());
        parsed = true;
        reader(documents);
        return true;
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        const QString what = QString::fromStdString(e.msg);
        problems << Problem::error(file, fileLine(line),
                                   parsed ? Tr::tr("unexpected structure here: %1").arg(what)
                                          : Tr::tr("invalid YAML: %1").arg(what));
    } catch (const std::exception &e) {
        problems << Problem::error(file, 0, Tr::tr("cannot read this file: %1").arg(QString::fromUtf8(e.what())));
    }
    return false;
}

YAML::Node firstMap(const QByteArray &text)
{
    YAML::Node root;
    Problems ignored;
    interpret(text, QString(), ignored, [&](const Documents &documents) {
        if (!documents.empty() && isMap(documents.front()))
            root = documents.front();
    });
    return isMap(root) ? root : YAML::Node(YAML::NodeType::Undefined);
}

std::optional<QByteArray> readFile(const QString &path, Problems &problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems << Problem::error(path, 0, Tr::tr("cannot read file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

int lineOf(const YAML::Node &node)
{
    if (!node.IsDefined())
        return 0;
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

QString str(const YAML::Node &node, const QString &fallback)
{
    if (!node || !isScalar(node))
        return fallback;
    return QString::fromStdString(node.Scalar());
}

QStringList strList(const YAML::Node &node)
{
    QStringList out;
    if (!node)
        return out;
    if (isScalar(node)) {
        out << str(node);
    } else if (isSeq(node)) {
        for (const auto &item : node)
            if (isScalar(item))
                out << str(item);
    }
    return out;
}

std::optional<double> number(const YAML::Node &node)
{
    if (!node || !isScalar(node))
        return std::nullopt;
    bool ok = false;
    const double value = QString::fromStdString(node.Scalar()).trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void warnUnknownKeys(const YAML::Node &map, std::initializer_list<const char *> known, const QString &file,
                     const QString &context, Problems &out)
{
    if (!isMap(map))
        return;
    for (const auto &entry : map) {
        const std::string key = entry.first.as<std::string>("");
        const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char *k) { return key == k; });
        if (!isKnown)
            out << Problem::warning(file, lineOf(entry.first),
                                    Tr::tr("unknown key \"%1\" in %2").arg(QString::fromStdString(key), context));
    }
}

} // namespace sre::yaml
