#include "rulesexport.h"

#include "rulesyaml.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

namespace sre {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sre::SloPage)
};
} // namespace

void exportSloRules(ws::Workspace &workspace, QWidget *parent)
{
    const std::vector<slo::SloSpec> specs = workspace.slos().items();
    if (specs.empty()) {
        QMessageBox::information(parent, Tr::tr("Export Rules"), Tr::tr("The workspace has no SLOs to export."));
        return;
    }
    if (hasErrors(workspace.problems(ws::Part::Slos))
        && QMessageBox::warning(parent, Tr::tr("Export Rules"),
                                Tr::tr("Some SLO specs have errors (see the Problems panel), so their SLOs would "
                                       "be missing from the rules. Export the others anyway?"),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;

    const QString rulesFilter = Tr::tr("Prometheus rule file (*.yaml *.yml)");
    const QString crdFilter = Tr::tr("Kubernetes PrometheusRule (*.yaml *.yml)");
    QString selected = rulesFilter;
    QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Export Rules"),
                                                QDir(workspace.dir()).filePath(QStringLiteral("slo-rules.yaml")),
                                                rulesFilter + QStringLiteral(";;") + crdFilter, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yaml");
    const auto format = selected == crdFilter ? rules::RuleFormat::PrometheusRule : rules::RuleFormat::Rules;
    if (const auto error = writeSloRules(workspace, path, format))
        QMessageBox::warning(parent, Tr::tr("Export Rules"), *error);
}

std::optional<QString> writeSloRules(ws::Workspace &workspace, const QString &path, rules::RuleFormat format)
{
    const QByteArray text = rules::renderRules(rules::generateAll(workspace.slos().items(), workspace.dir()), format);
    // Unbuffered: Qt 6.4's QSaveFile commits even when the buffered write failed.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && file.write(text) == text.size() && file.commit())
        return std::nullopt;
    return Tr::tr("Could not write %1: %2\n\nChoose another folder, or check its permissions and free space.")
        .arg(QDir::toNativeSeparators(path), file.errorString());
}

} // namespace sre
