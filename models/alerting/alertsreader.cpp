#include "alertsreader.h"

#include "alertmanagerjson.h"
#include "jsontokenizer.h"

#include <QCoreApplication>
#include <cstdint>
#include <string_view>

namespace sre::alerting::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::alerting::Alertmanager)
};

// Where the reader is: the JSON containers it interprets. Containers it does not interpret are
// skipped by depth counting and never pushed.
enum class Ctx : std::uint8_t {
    Top,
    Alerts, // the top-level array
    Alert, // one gettableAlert
    Map, // labels or annotations
    Receivers,
    Receiver,
    Status,
    List // status.silencedBy or status.inhibitedBy
};

// The member whose value comes next.
enum class Field : std::uint8_t {
    Other,
    Fingerprint,
    Labels,
    Annotations,
    StartsAt,
    EndsAt,
    UpdatedAt,
    GeneratorURL,
    Receivers,
    Status,
    State,
    SilencedBy,
    InhibitedBy,
    Name
};

enum class Kind : std::uint8_t { String, Scalar, Object, Array };

Field alertField(std::string_view key)
{
    static constexpr std::pair<std::string_view, Field> fields[] = {
        { "fingerprint", Field::Fingerprint },
        { "labels", Field::Labels },
        { "annotations", Field::Annotations },
        { "startsAt", Field::StartsAt },
        { "endsAt", Field::EndsAt },
        { "updatedAt", Field::UpdatedAt },
        { "generatorURL", Field::GeneratorURL },
        { "receivers", Field::Receivers },
        { "status", Field::Status },
    };
    for (const auto &[name, field] : fields)
        if (name == key)
            return field;
    return Field::Other;
}

Field statusField(std::string_view key)
{
    if (key == "state")
        return Field::State;
    if (key == "silencedBy")
        return Field::SilencedBy;
    if (key == "inhibitedBy")
        return Field::InhibitedBy;
    return Field::Other;
}

AlertState alertState(const QString &text)
{
    if (text == u"suppressed")
        return AlertState::Suppressed;
    if (text == u"unprocessed")
        return AlertState::Unprocessed;
    return AlertState::Active;
}

QDateTime time(const QString &text)
{
    return text.isEmpty() ? QDateTime() : parseAmTime(text);
}

class Reader final : public nlohmann::json_sax<nlohmann::json>
{
public:
    explicit Reader(const QString &source)
        : m_source(source)
    { }

    bool null() override { return value(Kind::Scalar, nullptr); }
    bool boolean(bool) override { return value(Kind::Scalar, nullptr); }
    bool number_integer(number_integer_t) override { return value(Kind::Scalar, nullptr); }
    bool number_unsigned(number_unsigned_t) override { return value(Kind::Scalar, nullptr); }
    bool number_float(number_float_t, const string_t &) override { return value(Kind::Scalar, nullptr); }
    bool string(string_t &text) override { return value(Kind::String, &text); }
    bool binary(binary_t &) override { return value(Kind::Scalar, nullptr); }
    bool start_object(std::size_t) override { return value(Kind::Object, nullptr); }
    bool start_array(std::size_t) override { return value(Kind::Array, nullptr); }
    bool end_object() override { return end(); }
    bool end_array() override { return end(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override { return false; }

    bool key(string_t &name) override
    {
        if (m_skip > 0)
            return true;
        switch (m_stack.back()) {
        case Ctx::Alert: m_field = alertField(name); break;
        case Ctx::Status: m_field = statusField(name); break;
        case Ctx::Receiver: m_field = name == "name" ? Field::Name : Field::Other; break;
        case Ctx::Map: m_mapKey = QString::fromUtf8(name.data(), qsizetype(name.size())); break;
        default: break;
        }
        return true;
    }

    std::vector<Alert> alerts;
    bool notArray = false;
    bool alertWithoutFingerprint = false;

private:
    bool value(Kind kind, const string_t *text)
    {
        const bool container = kind == Kind::Object || kind == Kind::Array;
        if (m_skip > 0) {
            m_skip += container ? 1 : 0;
            return true;
        }
        // A member of another type reads as an empty string, as QJsonValue::toString() gives.
        const QString str = kind == Kind::String ? QString::fromUtf8(text->data(), qsizetype(text->size())) : QString();
        if (!enter(kind, str) && container)
            m_skip = 1;
        return true;
    }

    // Takes one value where the stack says; true when it pushed a container to interpret.
    bool enter(Kind kind, const QString &str)
    {
        switch (m_stack.back()) {
        case Ctx::Top:
            if (kind == Kind::Array)
                return push(Ctx::Alerts);
            notArray = true;
            return false;
        case Ctx::Alerts:
            if (kind != Kind::Object) {
                alertWithoutFingerprint = true;
                return false;
            }
            alerts.emplace_back();
            alerts.back().sources << m_source;
            return push(Ctx::Alert);
        case Ctx::Alert: return alertMember(kind, str, alerts.back());
        case Ctx::Map: m_map->insert(m_mapKey, str); return false;
        case Ctx::Receivers: m_list->append(QString()); return kind == Kind::Object && push(Ctx::Receiver);
        case Ctx::Receiver:
            if (m_field == Field::Name)
                m_list->last() = str;
            return false;
        case Ctx::Status: return statusMember(kind, str, alerts.back());
        case Ctx::List: m_list->append(str); return false;
        }
        return false;
    }

    bool alertMember(Kind kind, const QString &str, Alert &a)
    {
        switch (m_field) {
        case Field::Fingerprint: a.fingerprint = str; return false;
        case Field::GeneratorURL: a.generatorURL = str; return false;
        case Field::StartsAt: a.startsAt = time(str); return false;
        case Field::EndsAt: a.endsAt = time(str); return false;
        case Field::UpdatedAt: a.updatedAt = time(str); return false;
        case Field::Labels:
        case Field::Annotations:
            m_map = m_field == Field::Labels ? &a.labels : &a.annotations;
            m_map->clear();
            return kind == Kind::Object && push(Ctx::Map);
        case Field::Receivers:
            a.receivers.clear();
            m_list = &a.receivers;
            return kind == Kind::Array && push(Ctx::Receivers);
        case Field::Status:
            a.state = AlertState::Active;
            a.silencedBy.clear();
            a.inhibitedBy.clear();
            return kind == Kind::Object && push(Ctx::Status);
        default: return false;
        }
    }

    bool statusMember(Kind kind, const QString &str, Alert &a)
    {
        switch (m_field) {
        case Field::State: a.state = alertState(str); return false;
        case Field::SilencedBy:
        case Field::InhibitedBy:
            m_list = m_field == Field::SilencedBy ? &a.silencedBy : &a.inhibitedBy;
            m_list->clear();
            return kind == Kind::Array && push(Ctx::List);
        default: return false;
        }
    }

    bool push(Ctx ctx)
    {
        m_stack.push_back(ctx);
        m_field = Field::Other;
        return true;
    }

    bool end()
    {
        if (m_skip > 0) {
            --m_skip;
            return true;
        }
        const Ctx ended = m_stack.back();
        m_stack.pop_back();
        if (ended == Ctx::Alert && alerts.back().fingerprint.isEmpty())
            alertWithoutFingerprint = true;
        if (ended == Ctx::Receiver)
            m_field = Field::Other;
        if (ended == Ctx::List)
            m_field = Field::Other;
        return true;
    }

    QString m_source;
    std::vector<Ctx> m_stack { Ctx::Top };
    Field m_field = Field::Other;
    QString m_mapKey;
    LabelSet *m_map = nullptr;
    QStringList *m_list = nullptr;
    int m_skip = 0; // > 0 inside a container not interpreted
};

} // namespace

std::optional<std::vector<Alert>> readAlerts(const QByteArray &json, const QString &source, QString *error)
{
    Reader reader(source);
    prom::JsonTokenizer tokenizer(reader);
    const bool ok = tokenizer.feed(std::string_view(json.constData(), std::size_t(json.size()))) && tokenizer.finish();
    QString problem;
    if (!ok)
        problem = Tr::tr("%1: not JSON: %2 at offset %3")
                      .arg(QStringLiteral("/api/v2/alerts"),
                           QCoreApplication::translate("sre::prom::JsonTokenizer", tokenizer.errorString().c_str()))
                      .arg(tokenizer.errorOffset());
    else if (reader.notArray)
        problem = Tr::tr("/api/v2/alerts: expected a JSON array of alerts");
    else if (reader.alertWithoutFingerprint)
        problem = Tr::tr("/api/v2/alerts: an alert without fingerprint");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return std::move(reader.alerts);
}

} // namespace sre::alerting::detail
