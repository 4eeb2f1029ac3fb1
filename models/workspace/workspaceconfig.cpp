#include "workspaceconfig.h"

#include "duration.h"
#include "timezones.h"
#include "yamlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sre::ws {

namespace {
// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::ws)
};

struct Ctx
{
    QString file;
    QString dir;
    Problems &problems;
};

// `<key>_file` / `<key>_env` into a SecretRef; an inline secret is refused, not used.
SecretRef readSecret(const YAML::Node &map, const char *key, const Ctx &ctx)
{
    SecretRef ref;
    const std::string k(key);
    if (const YAML::Node file = map[k + "_file"]) {
        ref.file = resolvePath(yaml::str(file), ctx.dir);
        if (!QFileInfo(ref.file).isReadable())
            ctx.problems << Problem::warning(
                ctx.file, yaml::lineOf(file),
                Tr::tr("secret file %1 is not readable; requests will fail until it is").arg(ref.file));
    }
    if (const YAML::Node env = map[k + "_env"]) {
        ref.envVar = yaml::str(env);
        if (!qEnvironmentVariableIsSet(ref.envVar.toLocal8Bit().constData()))
            ctx.problems << Problem::warning(ctx.file, yaml::lineOf(env),
                                             Tr::tr("environment variable %1 is not set").arg(ref.envVar));
    }
    if (const YAML::Node inlineSecret = map[k]; inlineSecret) {
        ctx.problems << Problem::error(ctx.file, yaml::lineOf(inlineSecret),
                                       Tr::tr("\"%1\" holds a secret inside workspace.yaml, which is kept in git; "
                                              "use %1_file or %1_env instead (the value is ignored)")
                                           .arg(QString::fromStdString(k)));
    }
    return ref;
}

std::optional<DatasourceConfig> readDatasource(const YAML::Node &node, const Ctx &ctx)
{
    const int line = yaml::lineOf(node);
    if (!yaml::isMap(node)) {
        ctx.problems << Problem::error(ctx.file, line, Tr::tr("datasource must be a mapping with name, type and url"));
        return std::nullopt;
    }
    yaml::warnUnknownKeys(
        node,
        { "name", "type", "url", "authorization", "basic_auth", "tls_config", "headers", "timeout", "poll_interval" },
        ctx.file, Tr::tr("datasource"), ctx.problems);
    DatasourceConfig ds;
    ds.name = yaml::str(node["name"]);
    if (ds.name.isEmpty()) {
        ctx.problems << Problem::error(ctx.file, line, Tr::tr("datasource has no name"));
        return std::nullopt;
    }
    const QString type = yaml::str(node["type"], QStringLiteral("prometheus"));
    if (type == u"prometheus")
        ds.type = DatasourceConfig::Type::Prometheus;
    else if (type == u"alertmanager")
        ds.type = DatasourceConfig::Type::Alertmanager;
    else {
        ctx.problems << Problem::error(
            ctx.file, yaml::lineOf(node["type"]),
            Tr::tr("datasource \"%1\": unknown type \"%2\" (expected prometheus or alertmanager; "
                   "Thanos, Mimir, Cortex and VictoriaMetrics use type prometheus)")
                .arg(ds.name, type));
        return std::nullopt;
    }
    ds.url = QUrl(yaml::str(node["url"]), QUrl::StrictMode);
    if (!ds.url.isValid() || (ds.url.scheme() != u"http" && ds.url.scheme() != u"https") || ds.url.host().isEmpty()) {
        ctx.problems << Problem::error(
            ctx.file, yaml::lineOf(node["url"]) ? yaml::lineOf(node["url"]) : line,
            Tr::tr("datasource \"%1\": url \"%2\" is not an http(s) URL").arg(ds.name, yaml::str(node["url"])));
        return std::nullopt;
    }
    if (const YAML::Node auth = node["authorization"]; yaml::isMap(auth)) {
        ds.authorizationType = yaml::str(auth["type"], ds.authorizationType);
        ds.authorizationCredentials = readSecret(auth, "credentials", ctx);
    }
    if (const YAML::Node basic = node["basic_auth"]; yaml::isMap(basic)) {
        ds.basicAuthUsername = yaml::str(basic["username"]);
        ds.basicAuthPassword = readSecret(basic, "password", ctx);
    }
    if (const YAML::Node tls = node["tls_config"]; yaml::isMap(tls)) {
        auto path = [&](const char *key) {
            const QString p = yaml::str(tls[key]);
            return p.isEmpty() ? p : resolvePath(p, ctx.dir);
        };
        ds.caFile = path("ca_file");
        ds.certFile = path("cert_file");
        ds.keyFile = path("key_file");
        ds.insecureSkipVerify = tls["insecure_skip_verify"].as<bool>(false);
        if (ds.insecureSkipVerify)
            ctx.problems << Problem::warning(
                ctx.file, yaml::lineOf(tls["insecure_skip_verify"]),
                Tr::tr("datasource \"%1\": TLS certificate verification is off").arg(ds.name));
    }
    if (const YAML::Node headers = node["headers"]; yaml::isMap(headers))
        for (const auto &kv : headers)
            ds.headers.insert(yaml::str(kv.first), yaml::str(kv.second));
    if (const YAML::Node timeout = node["timeout"]) {
        const auto parsed = parseDuration(yaml::str(timeout));
        if (parsed && parsed->count() > 0)
            ds.timeout = *parsed;
        else
            ctx.problems << Problem::error(ctx.file, yaml::lineOf(timeout),
                                           Tr::tr("datasource \"%1\": timeout \"%2\" is not a duration such as 30s")
                                               .arg(ds.name, yaml::str(timeout)));
    }
    if (const YAML::Node poll = node["poll_interval"]) {
        const auto parsed = parseDuration(yaml::str(poll));
        if (ds.type != DatasourceConfig::Type::Alertmanager)
            ctx.problems << Problem::warning(
                ctx.file, yaml::lineOf(poll),
                Tr::tr("datasource \"%1\": poll_interval applies to alertmanager datasources only; ignored")
                    .arg(ds.name));
        else if (parsed && *parsed >= std::chrono::seconds(1))
            ds.pollInterval = *parsed;
        else
            ctx.problems << Problem::error(
                ctx.file, yaml::lineOf(poll),
                Tr::tr("datasource \"%1\": poll_interval \"%2\" is not a duration of at least 1s, such as 15s; "
                       "polling every 15s")
                    .arg(ds.name, yaml::str(poll)));
    }
    return ds;
}
void readConfig(const YAML::Node &root, const QString &file, ConfigResult &result)
{
    WorkspaceConfig &c = result.config;
    const Ctx ctx { file, c.dir, result.problems };
    yaml::warnUnknownKeys(
        root, { "name", "timezone", "datasources", "default_datasource", "runbook_paths", "runbook_url_map" }, file,
        QStringLiteral("workspace.yaml"), result.problems);
    c.name = yaml::str(root["name"], c.name);
    if (root["timezone"]) {
        c.timezone = yaml::str(root["timezone"]);
        if (!isKnownTimeZone(c.timezone)) {
            c.unknownTimezone = c.timezone;
            result.problems << Problem::warning(
                file, yaml::lineOf(root["timezone"]),
                Tr::tr("unknown time zone \"%1\" (use an IANA name such as Asia/Tokyo); using UTC").arg(c.timezone));
            c.timezone = QStringLiteral("UTC");
        }
    }
    if (const YAML::Node list = root["datasources"]) {
        if (!yaml::isSeq(list))
            result.problems << Problem::error(file, yaml::lineOf(list), Tr::tr("\"datasources\" must be a list"));
        for (const auto &node : list) {
            std::optional<DatasourceConfig> ds = readDatasource(node, ctx);
            if (!ds)
                continue;
            if (c.datasource(ds->name))
                result.problems << Problem::error(file, yaml::lineOf(node),
                                                  Tr::tr("datasource \"%1\" is defined twice").arg(ds->name));
            else
                c.datasources.push_back(std::move(*ds));
        }
    }
    c.defaultDatasource = yaml::str(root["default_datasource"]);
    if (!c.defaultDatasource.isEmpty() && !c.datasource(c.defaultDatasource))
        result.problems << Problem::error(
            file, yaml::lineOf(root["default_datasource"]),
            Tr::tr("default_datasource \"%1\" is not one of the datasources").arg(c.defaultDatasource));
    if (const YAML::Node paths = root["runbook_paths"]) {
        c.runbookPaths.clear();
        for (const QString &p : yaml::strList(paths))
            c.runbookPaths << resolvePath(p, c.dir);
    }
    for (const auto &node : root["runbook_url_map"]) {
        if (!yaml::isMap(node)) {
            result.problems << Problem::error(file, yaml::lineOf(node),
                                              Tr::tr("runbook_url_map entry must be a mapping with prefix and path"));
            continue;
        }
        const RunbookUrlMapping m { yaml::str(node["prefix"]), resolvePath(yaml::str(node["path"]), c.dir) };
        if (m.prefix.isEmpty() || yaml::str(node["path"]).isEmpty())
            result.problems << Problem::error(file, yaml::lineOf(node),
                                              Tr::tr("runbook_url_map entry needs prefix and path"));
        else
            c.runbookUrlMap.push_back(m);
    }
}
} // namespace

QString resolvePath(const QString &path, const QString &base)
{
    QString p = path;
    if (p == u"~" || p.startsWith(u"~/"))
        p = QDir::homePath() + p.mid(1);
    return QDir::cleanPath(QDir(base).absoluteFilePath(p));
}

const DatasourceConfig *WorkspaceConfig::datasource(const QString &dsName) const
{
    for (const DatasourceConfig &ds : datasources)
        if (ds.name == dsName)
            return &ds;
    return nullptr;
}

const DatasourceConfig *WorkspaceConfig::prometheus(const QString &dsName) const
{
    if (const DatasourceConfig *ds = datasource(dsName.isEmpty() ? defaultDatasource : dsName))
        return ds;
    if (!dsName.isEmpty())
        return nullptr;
    for (const DatasourceConfig &ds : datasources)
        if (ds.type == DatasourceConfig::Type::Prometheus)
            return &ds;
    return nullptr;
}

ConfigResult parseWorkspaceConfig(const QByteArray &text, const QString &file, const QString &dir)
{
    ConfigResult result;
    WorkspaceConfig &c = result.config;
    c.dir = QDir(dir).absolutePath();
    c.name = QFileInfo(c.dir).fileName();
    // The default folder is used when it exists; only folders the user lists are required.
    if (const QString runbooks = resolvePath(QStringLiteral("runbooks"), c.dir); QFileInfo(runbooks).isDir())
        c.runbookPaths = { runbooks };
    yaml::interpret(text, file, result.problems, [&](const yaml::Documents &documents) {
        const YAML::Node root = documents.empty() ? YAML::Node() : documents.front();
        if (!yaml::isMap(root)) {
            result.problems << Problem::error(
                file, 1, Tr::tr("workspace.yaml must be a mapping (name, timezone, datasources, …)"));
            return;
        }
        readConfig(root, file, result);
    });
    return result;
}

ConfigResult loadWorkspaceConfig(const QString &dir)
{
    const QString file = QDir(dir).filePath(QStringLiteral("workspace.yaml"));
    if (!QFileInfo::exists(file))
        return parseWorkspaceConfig("{}", file, dir);
    ConfigResult result;
    if (const std::optional<QByteArray> bytes = yaml::readFile(file, result.problems))
        return parseWorkspaceConfig(*bytes, file, dir);
    result.config.dir = QDir(dir).absolutePath();
    return result;
}

} // namespace sre::ws
