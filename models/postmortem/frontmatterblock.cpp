#include "frontmatterblock.h"

#include "yamlutil.h"

#include <QRegularExpression>
#include <algorithm>

namespace sre::pm {

namespace {

// The order postmortem files use (DESIGN.md); a new key goes after the ones before it.
const QStringList &canonicalOrder()
{
    static const QStringList order
        = { QStringLiteral("id"),        QStringLiteral("title"),    QStringLiteral("status"),
            QStringLiteral("severity"),  QStringLiteral("started"),  QStringLiteral("detected"),
            QStringLiteral("mitigated"), QStringLiteral("resolved"), QStringLiteral("services"),
            QStringLiteral("slos"),      QStringLiteral("authors"),  QStringLiteral("template") };
    return order;
}

// The front matter's mapping, looked up through yaml::interpret's guard; undefined when broken.
YAML::Node root(const QByteArray &yaml)
{
    return yaml::firstMap(yaml);
}

// Index of the '#' that starts a comment after `from`, outside quotes; -1 when none.
qsizetype commentStart(const QByteArray &text, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t')) {
            return i;
        }
    }
    return -1;
}

// Characters YAML does not allow as they are (outside its printable set), and the line breaks
// YAML 1.1 knows beyond \n and \r (NEL, LINE and PARAGRAPH SEPARATOR): only escaped in a
// double-quoted scalar do they read back as themselves.
bool needsEscape(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t') || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0xFFFE
        || u == 0xFFFF;
}

bool isSequenceItem(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    return t == "-" || t.startsWith("- ");
}

} // namespace

FrontMatterBlock::FrontMatterBlock(const Lines &lines, const QByteArray &eol)
    : m_lines(lines)
    , m_eol(eol)
{ }

QByteArray FrontMatterBlock::yaml() const
{
    QByteArray out;
    for (qsizetype i = 1; i + 1 < m_lines.size(); ++i)
        out += m_lines[i].text + '\n';
    return out;
}

QStringList FrontMatterBlock::keys() const
{
    static const QRegularExpression keyRe(QStringLiteral(R"(^([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*:(\s|$))"));
    QStringList out;
    for (qsizetype i = 1; i + 1 < m_lines.size(); ++i) {
        const auto m = keyRe.match(QString::fromUtf8(m_lines[i].text));
        if (m.hasMatch())
            out << m.captured(1);
    }
    return out;
}

qsizetype FrontMatterBlock::findKey(const QString &key) const
{
    const QByteArray k = key.toUtf8();
    for (qsizetype i = 1; i + 1 < m_lines.size(); ++i) {
        const QByteArray &t = m_lines[i].text;
        if (!t.startsWith(k))
            continue;
        qsizetype p = k.size();
        while (p < t.size() && (t[p] == ' ' || t[p] == '\t'))
            ++p;
        if (p < t.size() && t[p] == ':' && (p + 1 == t.size() || t[p + 1] == ' ' || t[p + 1] == '\t'))
            return i;
    }
    return -1;
}

qsizetype FrontMatterBlock::extent(qsizetype index) const
{
    qsizetype n = 1;
    while (index + n + 1 < m_lines.size()) {
        const QByteArray &t = m_lines[index + n].text;
        if (t.isEmpty() || !(t.startsWith(' ') || t.startsWith('\t') || isSequenceItem(t)))
            break;
        ++n;
    }
    return n;
}

int FrontMatterBlock::keyLine(const QString &key) const
{
    const qsizetype i = findKey(key);
    return i < 0 ? 0 : int(i) + 1;
}

QString FrontMatterBlock::value(const QString &key) const
{
    return yaml::str(root(yaml())[key.toStdString()]);
}

QStringList FrontMatterBlock::listValue(const QString &key) const
{
    return yaml::strList(root(yaml())[key.toStdString()]);
}

qsizetype FrontMatterBlock::insertionIndex(const QString &key) const
{
    const qsizetype closing = m_lines.size() - 1;
    const qsizetype rank = canonicalOrder().indexOf(key);
    if (rank < 0)
        return closing;
    for (qsizetype r = rank - 1; r >= 0; --r)
        if (const qsizetype i = findKey(canonicalOrder()[r]); i >= 0)
            return i + extent(i);
    for (qsizetype r = rank + 1; r < canonicalOrder().size(); ++r)
        if (const qsizetype i = findKey(canonicalOrder()[r]); i >= 0)
            return i;
    return closing;
}

QByteArray FrontMatterBlock::withComment(qsizetype index, const QByteArray &newText) const
{
    if (index < 0)
        return newText;
    const QByteArray &old = m_lines[index].text;
    const qsizetype colon = old.indexOf(':');
    const qsizetype hash = commentStart(old, colon + 1);
    if (hash < 0)
        return newText;
    // Keep the comment in its column when the new value leaves room for it.
    const int column = displayWidth(QString::fromUtf8(old.left(hash)));
    const int width = displayWidth(QString::fromUtf8(newText));
    const int pad = width < column ? column - width : 1;
    return newText + QByteArray(pad, ' ') + old.mid(hash);
}

void FrontMatterBlock::writeKey(const QString &key, const Lines &replacement)
{
    if (m_lines.isEmpty())
        m_lines = { { "---", m_eol }, { "---", m_eol } };
    const qsizetype i = findKey(key);
    if (i >= 0) {
        m_lines.remove(i, extent(i));
        m_lines.insert(i, replacement.size(), Line());
        for (qsizetype r = 0; r < replacement.size(); ++r)
            m_lines[i + r] = replacement[r];
    } else {
        const qsizetype at = insertionIndex(key);
        for (qsizetype r = 0; r < replacement.size(); ++r)
            m_lines.insert(at + r, replacement[r]);
    }
    m_modified = true;
}

void FrontMatterBlock::setValue(const QString &key, const QString &value)
{
    const qsizetype i = findKey(key);
    if (i >= 0) {
        const YAML::Node node = root(yaml())[key.toStdString()];
        const bool scalarOrNull = !node.IsDefined() || node.IsNull() || node.IsScalar();
        if (scalarOrNull && yaml::str(node) == value)
            return;
    }
    QByteArray text = (i >= 0 ? m_lines[i].text.left(m_lines[i].text.indexOf(':') + 1) : key.toUtf8() + ':');
    if (!value.isEmpty())
        text += ' ' + yamlScalar(value).toUtf8();
    const QByteArray eol = i >= 0 && !m_lines[i].eol.isEmpty() ? m_lines[i].eol : m_eol;
    writeKey(key, { { withComment(i >= 0 && extent(i) == 1 ? i : -1, text), eol } });
}

void FrontMatterBlock::setTime(const QString &key, const QDateTime &time)
{
    setValue(key, time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString());
}

QDateTime FrontMatterBlock::timeValue(const QString &key) const
{
    const QString text = value(key);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

void FrontMatterBlock::setList(const QString &key, const QStringList &values)
{
    const qsizetype i = findKey(key);
    if (i >= 0) {
        const YAML::Node node = root(yaml())[key.toStdString()];
        if (yaml::isSeq(node) && yaml::strList(node) == values)
            return;
    }
    const QByteArray prefix = i >= 0 ? m_lines[i].text.left(m_lines[i].text.indexOf(':') + 1) : key.toUtf8() + ':';
    const QByteArray eol = i >= 0 && !m_lines[i].eol.isEmpty() ? m_lines[i].eol : m_eol;
    const bool blockStyle = i >= 0 && extent(i) > 1 && isSequenceItem(m_lines[i + 1].text) && !values.isEmpty();
    if (blockStyle) {
        const QByteArray &first = m_lines[i + 1].text;
        const QByteArray indent = first.left(first.indexOf('-'));
        Lines lines { { prefix, eol } };
        for (const QString &v : values)
            lines.append({ indent + "- " + yamlScalar(v).toUtf8(), eol });
        writeKey(key, lines);
        return;
    }
    QStringList items;
    for (const QString &v : values)
        items << yamlScalar(v, true);
    const QByteArray text = prefix + " [" + items.join(QStringLiteral(", ")).toUtf8() + ']';
    writeKey(key, { { withComment(i >= 0 && extent(i) == 1 ? i : -1, text), eol } });
}

void FrontMatterBlock::remove(const QString &key)
{
    const qsizetype i = findKey(key);
    if (i < 0)
        return;
    m_lines.remove(i, extent(i));
    m_modified = true;
}

QString yamlScalar(const QString &value, bool inFlow)
{
    static const QRegularExpression special(
        QStringLiteral(
            R"(^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\.inf|\.nan)|[-+]?[0-9][0-9_]*(\.[0-9]*)?([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    bool plain = !value.isEmpty() && value == value.trimmed() && !indicators.contains(value.front())
        && !value.contains(QStringLiteral(": ")) && !value.contains(QStringLiteral(" #"))
        && !value.endsWith(QLatin1Char(':')) && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\t'))
        && !value.contains(QLatin1Char('\r')) && std::none_of(value.begin(), value.end(), needsEscape)
        && !special.match(value).hasMatch();
    if (plain && inFlow)
        plain = !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('['))
            && !value.contains(QLatin1Char(']')) && !value.contains(QLatin1Char('{'))
            && !value.contains(QLatin1Char('}'));
    if (plain)
        return value;
    QString q = value;
    q.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    q.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    q.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    q.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    q.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    QString out;
    out.reserve(q.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : std::as_const(q)) {
        if (needsEscape(c))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

} // namespace sre::pm
