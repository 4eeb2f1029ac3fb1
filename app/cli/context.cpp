#include "context.h"

namespace sre::cli {

ws::Workspace &Context::workspace()
{
    if (!m_workspace) {
        m_workspace = std::make_unique<ws::Workspace>();
        m_workspace->openBlocking(workspaceDir);
    }
    return *m_workspace;
}

bool Context::reportLoadErrors(ws::Part part)
{
    bool any = false;
    for (const Problem &p : workspace().problems(part)) {
        err(p.toString());
        any = any || p.isError();
    }
    return any;
}

void print(const Context &ctx, const Table &table, const QJsonArray &json)
{
    switch (ctx.format) {
    case Format::Table: out(renderTable(table)); break;
    case Format::Markdown: out(renderMarkdown(table)); break;
    case Format::Json: out(renderJson(json)); break;
    }
}

} // namespace sre::cli
