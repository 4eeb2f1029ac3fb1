#include "rulesauditmark.h"

namespace sre {

RulesAuditMark::RulesAuditMark(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("rulesAuditMark"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { border-left: 3px solid #c77c00; padding-left: 6px; }"));
    hide();
}

void RulesAuditMark::setFindings(const QString &brief, const QString &detail)
{
    if (brief.isEmpty()) {
        clear();
        setToolTip({});
        hide();
        return;
    }
    setText(tr("The rules deployed in Prometheus record other values than the exact events give "
               "(srectl slo audit):\n%1")
                .arg(brief));
    setToolTip(detail);
    show();
}

QString RulesAuditMark::shownText() const
{
    return isHidden() ? QString() : text();
}

} // namespace sre
