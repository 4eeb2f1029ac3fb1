#include "corpus.h"

#include <QDir>
#include <QFile>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace {

const char *const kCommon[] = {
    "the",     "a",      "to",        "of",        "and",    "is",     "in",       "that",    "it",      "for",
    "on",      "with",   "as",        "this",      "be",     "are",    "if",       "not",     "or",      "by",
    "from",    "at",     "when",      "can",       "will",   "an",     "was",      "has",     "have",    "but",
    "than",    "then",   "its",       "which",     "more",   "all",    "one",      "so",      "also",    "into",
    "only",    "any",    "other",     "there",     "should", "after",  "before",   "each",    "new",     "may",
    "over",    "most",   "some",      "time",      "first",  "until",  "about",    "without", "because", "while",
    "where",   "what",   "how",       "check",     "see",    "run",    "look",     "find",    "make",    "keep",
    "use",     "get",    "set",       "take",      "start",  "stop",   "usually",  "often",   "again",   "still",
    "already", "never",  "always",    "enough",    "slow",   "fast",   "high",     "low",     "recent",  "last",
    "next",    "same",   "different", "whole",     "part",   "every",  "both",     "few",     "many",    "much",
    "long",    "short",  "old",       "wrong",     "right",  "likely", "possible", "safe",    "careful", "quickly",
    "first",   "second", "third",     "customers", "users",  "team",   "owner",    "change",  "changes", "release",
    "version", "window", "minutes",   "hours",     "days",   "week",   "value",    "values",  "number",  "count",
    "state",   "status", "reason",    "cause",     "effect", "result",
};

const char *const kDomain[] = {
    "pod",        "pods",       "node",       "nodes",       "deployment", "replica",      "replicas",   "container",
    "cluster",    "namespace",  "service",    "endpoint",    "ingress",    "latency",      "error",      "errors",
    "rate",       "budget",     "burn",       "alert",       "alerts",     "alertmanager", "prometheus", "metric",
    "metrics",    "query",      "scrape",     "target",      "targets",    "disk",         "memory",     "cpu",
    "throttling", "network",    "dns",        "certificate", "tls",        "timeout",      "retry",      "restart",
    "rollout",    "rollback",   "deploy",     "config",      "secret",     "volume",       "storage",    "quota",
    "limit",      "request",    "requests",   "traffic",     "load",       "balancer",     "upstream",   "downstream",
    "database",   "connection", "pool",       "replication", "lag",        "leader",       "election",   "quorum",
    "etcd",       "kubelet",    "scheduler",  "controller",  "operator",   "webhook",      "probe",      "readiness",
    "liveness",   "crash",      "loop",       "oom",         "killed",     "evicted",      "pending",    "failed",
    "unknown",    "ready",      "healthy",    "degraded",    "outage",     "incident",     "page",       "ticket",
    "severity",   "oncall",     "escalate",   "mitigate",    "dashboard",  "grafana",      "logs",       "trace",
    "span",       "kafka",      "consumer",   "producer",    "partition",  "broker",       "topic",      "offset",
    "redis",      "cache",      "eviction",   "postgres",    "mysql",      "index",        "vacuum",     "backup",
    "snapshot",   "restore",    "queue",      "worker",      "job",        "cron",         "batch",      "throughput",
    "saturation", "capacity",   "autoscaler", "hpa",         "spot",       "instance",     "zone",       "region",
    "failover",   "shard",      "kernel",     "filesystem",  "inode",      "mount",        "socket",     "conntrack",
    "iptables",   "gateway",    "envoy",      "sidecar",     "mesh",       "istio",        "jaeger",     "loki",
    "thanos",     "mimir",      "compaction", "retention",
};

const char *const kComponents[] = {
    "kubernetes", "node",    "etcd",          "prometheus", "alertmanager", "kafka",        "redis",     "postgres",
    "ingress",    "dns",     "storage",       "network",    "istio",        "thanos",       "loki",      "grafana",
    "vault",      "consul",  "elasticsearch", "rabbitmq",   "mysql",        "mongodb",      "cassandra", "nginx",
    "haproxy",    "coredns", "kubelet",       "scheduler",  "apiserver",    "cert-manager", "argocd",    "flux",
    "jenkins",    "gitlab",  "minio",         "ceph",       "zookeeper",    "clickhouse",   "memcached", "keycloak",
};

const char *const kSubjects[] = {
    "Pod",      "Node",    "Deployment", "StatefulSet", "Job",  "Container", "Volume", "Certificate", "Broker",
    "Consumer", "Replica", "Query",      "Request",     "Disk", "Memory",    "Cpu",    "Connection",  "Queue",
};

const char *const kProblems[] = {
    "CrashLooping", "NotReady",        "HighLatency", "ErrorBudgetBurn", "Down",     "Saturated", "FillingUp",
    "LagHigh",      "Flapping",        "Throttling",  "Expiring",        "Failing",  "Stuck",     "Missing",
    "Mismatch",     "TooManyRestarts", "OutOfMemory", "Unreachable",     "Degraded", "Slow",
};

const char *const kCommands[] = {
    "kubectl get pods -n $NAMESPACE -l app=$SERVICE -o wide",
    "kubectl describe pod -n $NAMESPACE $POD",
    "kubectl logs -n $NAMESPACE $POD -c $CONTAINER --previous --tail=200",
    "kubectl rollout history deployment/$SERVICE -n $NAMESPACE",
    "kubectl rollout undo deployment/$SERVICE -n $NAMESPACE",
    "kubectl rollout restart deployment/$SERVICE -n $NAMESPACE",
    "kubectl get events -n $NAMESPACE --sort-by=.lastTimestamp | tail -30",
    "kubectl top pods -n $NAMESPACE --sort-by=memory",
    "kubectl get nodes -o wide",
    "kubectl describe node $NODE | grep -A5 Conditions",
    "kubectl scale deployment/$SERVICE -n $NAMESPACE --replicas=6",
    "journalctl -u kubelet --since \"1 hour ago\" --no-pager",
    "df -h /var/lib/containerd && df -i /var/lib/containerd",
    "etcdctl endpoint status --cluster -w table",
    "curl -sS http://localhost:9090/api/v1/targets | jq '.data.activeTargets | length'",
    "promtool check rules /etc/prometheus/rules/*.yaml",
    "amtool silence add alertname=$ALERT --duration=2h --comment=\"investigating\"",
    "psql -c 'select count(*) from pg_stat_activity'",
    "redis-cli -h $HOST info memory | grep used_memory_human",
    "kafka-consumer-groups.sh --bootstrap-server $BROKER --describe --group $GROUP",
};

// Ranks 1..n drawn with probability proportional to 1 / rank^s.
class Zipf
{
public:
    Zipf(std::size_t n, double s)
    {
        std::vector<double> w(n);
        for (std::size_t i = 0; i < n; ++i)
            w[i] = 1.0 / std::pow(double(i + 1), s);
        m_dist = std::discrete_distribution<std::size_t>(w.begin(), w.end());
    }
    std::size_t operator()(std::mt19937 &rng) { return m_dist(rng); }

private:
    std::discrete_distribution<std::size_t> m_dist;
};

std::string capitalized(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = char(s[0] - 'a' + 'A');
    return s;
}

struct Generator
{
    std::mt19937 rng;
    std::vector<std::string> synthetic;
    std::vector<int> syntheticUse;
    Zipf common { std::size(kCommon), 1.0 };
    Zipf domain { std::size(kDomain), 1.0 };
    Zipf tail { 20000, 1.1 };

    explicit Generator(unsigned seed)
        : rng(seed)
    {
        static const char *const syllables[] = { "ka",  "zo",  "ri", "mel", "tan", "quor", "vex", "li", "dra", "nu",
                                                 "sio", "bek", "ta", "rom", "fi",  "gal",  "pex", "ur", "yo",  "sha" };
        std::uniform_int_distribution<int> count(2, 4), pick(0, int(std::size(syllables)) - 1);
        for (int i = 0; i < 20000; ++i) {
            std::string w;
            const int n = count(rng);
            for (int k = 0; k < n; ++k)
                w += syllables[pick(rng)];
            w += std::to_string(i % 97); // keeps the tail distinct
            synthetic.push_back(w);
        }
        syntheticUse.assign(synthetic.size(), 0);
    }
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    std::string word()
    {
        const int r = uniform(0, 99);
        if (r < 55)
            return kCommon[common(rng)];
        if (r < 90)
            return kDomain[domain(rng)];
        const std::size_t i = tail(rng);
        ++syntheticUse[i];
        return synthetic[i];
    }
    std::string sentence()
    {
        std::string s = capitalized(word());
        const int n = uniform(8, 20);
        for (int i = 1; i < n; ++i) {
            s += ' ';
            if (uniform(0, 30) == 0)
                s += '`' + word() + '_' + word() + "_total`";
            else
                s += word();
        }
        return s + '.';
    }
    std::string paragraph()
    {
        std::string p;
        const int n = uniform(2, 5);
        for (int i = 0; i < n; ++i)
            p += (i ? " " : "") + sentence();
        // Lines wrap at about 100 columns, as people write Markdown.
        for (std::size_t at = 100; at < p.size(); at += 100) {
            const std::size_t space = p.find(' ', at);
            if (space == std::string::npos)
                break;
            p[space] = '\n';
            at = space;
        }
        return p + "\n\n";
    }
};

} // namespace

Corpus generateCorpus(const QString &dir, int files, unsigned seed)
{
    Generator g(seed);
    Corpus corpus;
    std::vector<std::string> services;
    services.push_back("Kube");
    for (int i = 0; services.size() < 120; ++i)
        services.push_back(capitalized(g.synthetic[std::size_t(i * 37 % 20000)]));
    // Unique alert names: service x subject x problem, spread over the components.
    std::vector<std::string> alerts, components;
    const std::size_t subjects = std::size(kSubjects), problems = std::size(kProblems);
    for (int i = 0; i < files; ++i) {
        const std::size_t k = std::size_t(i) * 7919 % (services.size() * subjects * problems);
        alerts.push_back(services[k / (subjects * problems)] + kSubjects[k / problems % subjects]
                         + kProblems[k % problems]);
        components.push_back(kComponents[std::size_t(i) % std::size(kComponents)]);
        corpus.alerts << QString::fromStdString(alerts.back());
    }
    for (int i = 0; i < files; ++i) {
        const std::string &alert = alerts[std::size_t(i)];
        const std::string svc = "svc-" + g.synthetic[std::size_t(g.uniform(0, 499))];
        std::string head = "---\ntitle: " + alert + "\nweight: 20\n";
        if (g.uniform(0, 9) < 6)
            head += "alerts: [" + alert + "]\n";
        head += "services: [" + svc + "]\ntags: [" + components[std::size_t(i)] + ", " + g.word() + "]\n---\n\n# "
            + alert + "\n\n";
        std::vector<std::string> sections(4);
        sections[0] = "## Meaning\n\n" + g.paragraph() + "<details>\n<summary>Full context</summary>\n\n"
            + g.paragraph() + "```promql\nsum(rate(http_requests_total{service=\"" + svc
            + "\",code=~\"5..\"}[5m]))\n  / sum(rate(http_requests_total{service=\"" + svc
            + "\"}[5m])) > 0.01\n```\n\n</details>\n\n";
        sections[1] = "## Impact\n\n" + g.paragraph();
        sections[2] = "## Diagnosis\n\n" + g.paragraph() + "```shell\n";
        for (int c = g.uniform(2, 4); c > 0; --c)
            sections[2] += std::string(kCommands[std::size_t(g.uniform(0, int(std::size(kCommands)) - 1))]) + '\n';
        sections[2] += "```\n\n| reason | usually means |\n|---|---|\n";
        for (int r = g.uniform(3, 5); r > 0; --r)
            sections[2] += "| `" + g.word() + "` | " + g.sentence() + " |\n";
        sections[2] += '\n';
        sections[3] = "## Mitigation\n\n{{< alert icon=\"⚠️\" context=\"warning\" >}}\n" + g.sentence()
            + "\n{{< /alert >}}\n\n";
        for (int l = 0; l < 3; ++l) {
            const std::size_t other = std::size_t(g.uniform(0, files - 1));
            sections[3] += "- " + g.sentence() + " See [" + alerts[other] + "](../" + components[other] + '/'
                + alerts[other] + ".md).\n";
        }
        sections[3] += '\n';
        const std::size_t target = std::size_t(g.uniform(2500, 5500));
        std::size_t size = head.size();
        for (const std::string &s : sections)
            size += s.size();
        while (size < target) {
            const std::string p = g.paragraph();
            sections[std::size_t(g.uniform(0, 3))] += p;
            size += p.size();
        }
        std::string text = head;
        for (const std::string &s : sections)
            text += s;
        const QString path
            = QStringLiteral("%1/%2/%3.md")
                  .arg(dir, QString::fromStdString(components[std::size_t(i)]), QString::fromStdString(alert));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.data(), qint64(text.size()));
        corpus.bytes += qint64(text.size());
        ++corpus.files;
    }
    // Tail words that made it into a handful of files: what "rare word" searches look for.
    for (std::size_t i = 5000; i < g.synthetic.size() && corpus.rareWords.size() < 5; i += 389) {
        if (g.syntheticUse[i] >= 1 && g.syntheticUse[i] <= 5)
            corpus.rareWords << QString::fromStdString(g.synthetic[i]);
    }
    return corpus;
}
