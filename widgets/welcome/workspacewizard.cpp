#include "workspacewizard.h"

#include "workspacewizardpages.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>

namespace sre {

WorkspaceWizard::WorkspaceWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("workspaceWizard"));
    setWindowTitle(tr("Create a Workspace"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/app.svg")).pixmap(48, 48));
    setPage(NamePage, new WizardNamePage(this));
    setPage(PrometheusPage, new WizardPrometheusPage(this));
    setPage(RunbooksPage, new WizardRunbooksPage(this));
    setPage(SummaryPage, new WizardSummaryPage(this));
    setButtonText(QWizard::FinishButton, tr("&Create"));
    resize(720, 560);
}

ws::WorkspaceInit WorkspaceWizard::answers() const
{
    ws::WorkspaceInit init;
    init.dir = field(QStringLiteral("folder")).toString().trimmed();
    init.name = field(QStringLiteral("name")).toString().trimmed();
    init.timezone = field(QStringLiteral("timezone")).toString().trimmed();
    init.prometheusUrl = QUrl(field(QStringLiteral("prometheusUrl")).toString().trimmed(), QUrl::StrictMode);
    switch (field(QStringLiteral("auth")).toInt()) {
    case 1:
        init.auth = ws::WorkspaceInit::Auth::BearerTokenFile;
        init.bearerTokenFile = field(QStringLiteral("tokenFile")).toString().trimmed();
        break;
    case 2:
        init.auth = ws::WorkspaceInit::Auth::BasicAuth;
        init.basicAuthUser = field(QStringLiteral("basicUser")).toString().trimmed();
        init.basicAuthPasswordFile = field(QStringLiteral("passwordFile")).toString().trimmed();
        break;
    default: break;
    }
    if (const QString am = field(QStringLiteral("alertmanagerUrl")).toString().trimmed(); !am.isEmpty())
        init.alertmanagerUrl = QUrl(am, QUrl::StrictMode);
    if (auto *runbooks = qobject_cast<WizardRunbooksPage *>(page(RunbooksPage)))
        init.runbookPaths = runbooks->runbookPaths();
    return init;
}

bool WorkspaceWizard::writeWorkspace()
{
    const ws::InitResult result = ws::initWorkspace(answers());
    auto *summary = qobject_cast<WizardSummaryPage *>(page(SummaryPage));
    if (!result.ok()) {
        summary->showError(result.error);
        return false;
    }
    m_createdDir = QFileInfo(result.workspaceFile).absolutePath();
    emit created(m_createdDir);
    return true;
}

} // namespace sre
