// Runbook resolution: an alert's runbook_url and runbook annotations, its name, and every link of
// a Markdown text, resolved against a fixed tree of runbook roots that has a symlink out, a file
// symlink out, and a sibling folder whose name starts like a root's (runbooks-evil beside
// runbooks). Input: the runbook_url line, the runbook line, the alert-name line, then Markdown.
// Property: whatever the input, a runbook found lies inside the roots or the runbook_url_map
// folders once symlinks are resolved, and refusal() never lets a path outside them through.
#include "fuzzcheck.h"
#include "markdown.h"
#include "resolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace sre::rb;

namespace {

struct Fixture
{
    QTemporaryDir tmp;
    QString roots; // tmp/ws/runbooks
    QStringList allowedCanonical;
    std::unique_ptr<Resolver> resolver;

    Fixture()
    {
        // QFileInfo warns about every path with a NUL in it; the fuzzer makes many.
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        const QString t = tmp.path();
        const auto write = [](const QString &path, const QByteArray &text) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            FUZZ_CHECK(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(t + QStringLiteral("/ws/runbooks/svc/api/availability.md"),
              "---\nalerts: [ApiAvailability]\n---\n# API availability\n## Mitigation\n");
        write(t + QStringLiteral("/ws/runbooks/HighLatency.md"), "# HighLatency\n[up](svc/api/availability.md#x)\n");
        write(t + QStringLiteral("/ws/runbooks/bundle/_index.md"), "# Bundle\n");
        write(t + QStringLiteral("/ws/operator/kubernetes/KubePodCrashLooping.md"), "# KubePodCrashLooping\n");
        write(t + QStringLiteral("/outside/secret.md"), "---\nalerts: [Secret]\n---\n# Secret\n");
        write(t + QStringLiteral("/ws/runbooks-evil/Evil.md"), "# Evil\n");
        QFile::link(t + QStringLiteral("/outside"), t + QStringLiteral("/ws/runbooks/escape"));
        QFile::link(t + QStringLiteral("/outside/secret.md"), t + QStringLiteral("/ws/runbooks/Leak.md"));
        roots = t + QStringLiteral("/ws/runbooks");
        const QString mapped = t + QStringLiteral("/ws/operator");
        allowedCanonical = { QFileInfo(roots).canonicalFilePath(), QFileInfo(mapped).canonicalFilePath() };
        ScanResult scan = scanRoots({ roots });
        resolver = std::make_unique<Resolver>(
            QStringList { roots },
            std::vector<UrlMapping> { { QStringLiteral("https://runbooks.example.com/runbooks/"), mapped } },
            std::move(scan.runbooks));
    }

    bool inside(const QString &path) const
    {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty())
            return false;
        return std::any_of(allowedCanonical.begin(), allowedCanonical.end(),
                           [&](const QString &root) { return canonical == root || canonical.startsWith(root + u'/'); });
    }

    void check(const AlertRef &alert) const
    {
        const Resolution r = resolver->resolve(alert);
        if (r.found()) {
            FUZZ_CHECK(!r.file.isEmpty());
            FUZZ_CHECK(inside(r.file));
        }
        (void)r.location();
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Fixture fx;
    sre::fuzz::Input in(data, size);
    AlertRef alert;
    if (const QByteArray url = in.line(); !url.isEmpty())
        alert.annotations.insert(QStringLiteral("runbook_url"), QString::fromUtf8(url));
    if (const QByteArray path = in.line(); !path.isEmpty())
        alert.annotations.insert(QStringLiteral("runbook"), QString::fromUtf8(path));
    alert.name = QString::fromUtf8(in.line());
    fx.check(alert);

    const QByteArray markdown = in.rest();
    const md::Outline outline = md::outline(markdown);
    int n = 0;
    for (const md::Link &link : outline.links) {
        if (++n > 16)
            break;
        fx.check(AlertRef { {}, { { QStringLiteral("runbook"), link.target } }, {}, 0 });
        // The same target as a path below a root, through refusal() directly.
        const QString candidate = QDir::cleanPath(fx.roots + u'/' + link.target);
        if (fx.resolver->refusal(candidate).isEmpty() && QFileInfo::exists(candidate))
            FUZZ_CHECK(fx.inside(candidate));
    }
    return 0;
}
