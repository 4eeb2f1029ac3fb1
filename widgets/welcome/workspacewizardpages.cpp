#include "workspacewizardpages.h"

#include "datasource.h"
#include "workspaceconfig.h"
#include "workspacewizard.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sre {

namespace {
QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828"));
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

// A form on top of the page; the space below it stays empty instead of stretching its rows.
QFormLayout *topAlignedForm(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    return form;
}

QString slug(const QString &name)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString s = name.toLower();
    s.replace(nonWord, QStringLiteral("-"));
    while (s.startsWith(u'-'))
        s.remove(0, 1);
    while (s.endsWith(u'-'))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("sre-workspace") : s;
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}
} // namespace

// ---- name, folder, time zone ----

WizardNamePage::WizardNamePage(QWidget *parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_timezone(new QComboBox(this))
    , m_error(errorLabel(this))
{
    setTitle(tr("Name the workspace"));
    setSubTitle(tr("A workspace is a folder your team keeps in git: workspace.yaml, SLO files, postmortems and "
                   "runbooks."));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Payments team"));
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setText(QDir::home().filePath(QStringLiteral("sre-workspace")));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &WizardNamePage::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_timezone->setObjectName(QStringLiteral("timezone"));
    m_timezone->setEditable(true);
    m_timezone->setInsertPolicy(QComboBox::NoInsert);
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        ids << QString::fromUtf8(id);
    m_timezone->addItems(ids);
    m_timezone->completer()->setFilterMode(Qt::MatchContains);
    m_timezone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timezone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timezone->setCurrentText(ws::systemTimeZoneId());

    auto *form = topAlignedForm(this);
    form->addRow(tr("&Name:"), m_name);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(),
                 noteLabel(tr("A new folder, or an existing one without workspace.yaml (for example "
                              "your git checkout)."),
                           this));
    form->addRow(tr("&Time zone:"), m_timezone);
    form->addRow(QString(),
                 noteLabel(tr("Calendar periods (months, quarters) and times are shown in it; "
                              "everything is stored in UTC. Type to search, e.g. \"Tokyo\"."),
                           this));
    form->addRow(m_error);

    registerField(QStringLiteral("name"), m_name);
    registerField(QStringLiteral("folder"), m_folder);
    registerField(QStringLiteral("timezone"), m_timezone, "currentText", SIGNAL(currentTextChanged(QString)));
    connect(m_name, &QLineEdit::textEdited, this, &WizardNamePage::nameEdited);
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderTouched = true; });
    connect(m_folder, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void WizardNamePage::nameEdited(const QString &name)
{
    if (!m_folderTouched)
        m_folder->setText(QDir::home().filePath(slug(name)));
}

void WizardNamePage::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Workspace Folder"), m_folder->text());
    if (!dir.isEmpty()) {
        m_folderTouched = true;
        m_folder->setText(dir);
    }
}

bool WizardNamePage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && !m_folder->text().trimmed().isEmpty();
}

bool WizardNamePage::validatePage()
{
    QString problem;
    const QString folder = QDir::cleanPath(QDir(m_folder->text().trimmed()).absolutePath());
    if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("workspace.yaml"))))
        problem = tr("%1 already has a workspace.yaml. Open it from the welcome page, or choose another folder.")
                      .arg(folder);
    else if (QFileInfo::exists(folder) && !QFileInfo(folder).isDir())
        problem = tr("%1 exists and is not a folder.").arg(folder);
    else if (!QTimeZone(m_timezone->currentText().toUtf8()).isValid())
        problem = tr("Unknown time zone \"%1\": pick one from the list.").arg(m_timezone->currentText());
    setError(m_error, problem);
    return problem.isEmpty();
}

// ---- Prometheus ----

WizardPrometheusPage::WizardPrometheusPage(QWidget *parent)
    : QWizardPage(parent)
    , m_url(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_authFields(new QStackedWidget(this))
    , m_tokenFile(nullptr)
    , m_user(new QLineEdit(this))
    , m_passwordFile(nullptr)
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
    , m_tester(new prom::ConnectionTester(this))
{
    setTitle(tr("Connect to Prometheus"));
    setSubTitle(tr("Where the SLO numbers come from: Prometheus, or anything with its HTTP API (Thanos, Mimir, "
                   "Cortex, VictoriaMetrics)."));
    m_url->setObjectName(QStringLiteral("prometheusUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://prometheus.example.com"));
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->addItems({ tr("None"), tr("Bearer token from a file"), tr("Basic auth: user name and password file") });

    m_authFields->addWidget(new QWidget(m_authFields));
    QWidget *tokenRow = nullptr;
    m_tokenFile = fileRow(QStringLiteral("tokenFile"), tr("Token File"), m_authFields, &tokenRow);
    auto *tokenForm = new QFormLayout;
    auto *tokenPage = new QWidget(m_authFields);
    tokenPage->setLayout(tokenForm);
    tokenForm->setContentsMargins(0, 0, 0, 0);
    tokenForm->addRow(tr("Token &file:"), tokenRow);
    m_authFields->addWidget(tokenPage);

    QWidget *passwordRow = nullptr;
    m_passwordFile = fileRow(QStringLiteral("passwordFile"), tr("Password File"), m_authFields, &passwordRow);
    m_user->setObjectName(QStringLiteral("basicUser"));
    auto *basicPage = new QWidget(m_authFields);
    auto *basicForm = new QFormLayout(basicPage);
    basicForm->setContentsMargins(0, 0, 0, 0);
    basicForm->addRow(tr("&User name:"), m_user);
    basicForm->addRow(tr("&Password file:"), passwordRow);
    m_authFields->addWidget(basicPage);
    connect(m_auth, &QComboBox::currentIndexChanged, m_authFields, &QStackedWidget::setCurrentIndex);

    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_test, &QPushButton::clicked, this, &WizardPrometheusPage::testConnection);
    connect(m_tester, &prom::ConnectionTester::finished, this, &WizardPrometheusPage::showResult);

    auto *form = topAlignedForm(this);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(QString(), m_authFields);
    form->addRow(QString(),
                 noteLabel(tr("Only the file's path goes into workspace.yaml; the secret stays in the file and is "
                              "read when a request needs it. Keep the file outside the workspace."),
                           this));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_result);

    registerField(QStringLiteral("prometheusUrl"), m_url);
    registerField(QStringLiteral("auth"), m_auth);
    registerField(QStringLiteral("tokenFile"), m_tokenFile);
    registerField(QStringLiteral("basicUser"), m_user);
    registerField(QStringLiteral("passwordFile"), m_passwordFile);
    connect(m_url, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_url, &QLineEdit::textChanged, m_result, &QLabel::clear);
    connect(m_url, &QLineEdit::textChanged, m_test,
            [this](const QString &text) { m_test->setEnabled(isHttpUrl(text) && !m_tester->isRunning()); });
    m_test->setEnabled(false);
}

QLineEdit *WizardPrometheusPage::fileRow(const QString &objectName, const QString &title, QWidget *parent,
                                         QWidget **row)
{
    *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(*row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(*row);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(QStringLiteral("~/.config/sre/prometheus.secret"));
    auto *browse = new QPushButton(tr("Browse…"), *row);
    connect(browse, &QPushButton::clicked, this, [this, edit, title] {
        const QString file = QFileDialog::getOpenFileName(this, title, QDir::homePath());
        if (!file.isEmpty())
            edit->setText(file);
    });
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return edit;
}

bool WizardPrometheusPage::isComplete() const
{
    return isHttpUrl(m_url->text());
}

bool WizardPrometheusPage::validatePage()
{
    auto *w = qobject_cast<WorkspaceWizard *>(wizard());
    ws::WorkspaceInit init = w->answers();
    init.alertmanagerUrl.clear(); // asked for on the next page
    const QString problem = init.validate();
    if (!problem.isEmpty())
        m_result->setText(QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(problem.toHtmlEscaped()));
    return problem.isEmpty();
}

void WizardPrometheusPage::testConnection()
{
    auto *w = qobject_cast<WorkspaceWizard *>(wizard());
    const ws::WorkspaceInit init = w->answers();
    const QString folder = QDir(init.dir).absolutePath();
    DatasourceConfig config;
    config.name = QStringLiteral("prometheus");
    config.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    config.timeout = std::chrono::seconds(10);
    if (init.auth == ws::WorkspaceInit::Auth::BearerTokenFile)
        config.authorizationCredentials.file = ws::resolvePath(init.bearerTokenFile, folder);
    if (init.auth == ws::WorkspaceInit::Auth::BasicAuth) {
        config.basicAuthUsername = init.basicAuthUser;
        config.basicAuthPassword.file = ws::resolvePath(init.basicAuthPasswordFile, folder);
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Testing %1…").arg(config.url.toString(QUrl::RemoveUserInfo).toHtmlEscaped()));
    m_tester->start(config);
}

void WizardPrometheusPage::showResult(const prom::ConnectionCheck &result)
{
    m_test->setEnabled(isComplete());
    const QString color = result.ok() ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
    const QString mark = result.ok() ? QStringLiteral("✔") : QStringLiteral("✘");
    QString html
        = QStringLiteral("<span style=\"color:%1\">%2</span> %3").arg(color, mark, result.message.toHtmlEscaped());
    if (!result.ok() && !result.detail.isEmpty() && !result.message.contains(result.detail))
        html += QStringLiteral("<br><small>%1</small>").arg(result.detail.toHtmlEscaped());
    m_result->setText(html);
    m_result->setProperty("outcome", prom::connectionOutcomeName(result.outcome));
}

// ---- Alertmanager, runbooks ----

WizardRunbooksPage::WizardRunbooksPage(QWidget *parent)
    : QWizardPage(parent)
    , m_alertmanager(new QLineEdit(this))
    , m_paths(new QListWidget(this))
    , m_error(errorLabel(this))
{
    setTitle(tr("Alerts and runbooks"));
    setSubTitle(tr("Both optional. Alertmanager shows firing alerts and silences; runbook folders are searched "
                   "offline and opened from an alert."));
    m_alertmanager->setObjectName(QStringLiteral("alertmanagerUrl"));
    m_alertmanager->setPlaceholderText(QStringLiteral("http://alertmanager.example.com:9093"));
    m_paths->setObjectName(QStringLiteral("runbookPaths"));
    m_paths->setMaximumHeight(m_paths->fontMetrics().height() * 8);
    auto *add = new QPushButton(tr("&Add Folder…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Runbook Folder"), QDir::homePath());
        if (!dir.isEmpty())
            addRunbookPath(dir);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_paths->currentItem(); });
    connect(m_paths, &QListWidget::currentRowChanged, remove, [remove](int row) { remove->setEnabled(row >= 0); });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *pathsRow = new QHBoxLayout;
    pathsRow->addWidget(m_paths, 1);
    pathsRow->addLayout(buttons);

    auto *form = topAlignedForm(this);
    form->addRow(tr("Alert&manager URL:"), m_alertmanager);
    auto *pathsLabel = new QLabel(tr("Runbook &folders:"), this);
    pathsLabel->setBuddy(m_paths);
    form->addRow(pathsLabel, pathsRow);
    form->addRow(QString(),
                 noteLabel(tr("The workspace's own runbooks/ folder is always included. Add folders "
                              "such as a checkout of your team's runbook repository."),
                           this));
    form->addRow(m_error);
    registerField(QStringLiteral("alertmanagerUrl"), m_alertmanager);
}

QStringList WizardRunbooksPage::runbookPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_paths->count(); ++i)
        paths << m_paths->item(i)->text();
    return paths;
}

void WizardRunbooksPage::addRunbookPath(const QString &path)
{
    if (m_paths->findItems(path, Qt::MatchExactly).isEmpty())
        m_paths->addItem(path);
}

bool WizardRunbooksPage::validatePage()
{
    const QString text = m_alertmanager->text().trimmed();
    const QString problem = text.isEmpty() || isHttpUrl(text)
        ? QString()
        : tr("The Alertmanager URL \"%1\" is not an http:// or https:// URL.").arg(text);
    setError(m_error, problem);
    return problem.isEmpty();
}

// ---- summary ----

WizardSummaryPage::WizardSummaryPage(WorkspaceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_where(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_error(errorLabel(this))
{
    setTitle(tr("Create the workspace"));
    setSubTitle(tr("Finish writes this workspace.yaml and the folders slos/, postmortems/, runbooks/ and "
                   "templates/, then opens the workspace."));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
}

void WizardSummaryPage::initializePage()
{
    const ws::WorkspaceInit init = m_wizard->answers();
    m_where->setText(tr("In %1:").arg(QDir::cleanPath(QDir(init.dir).absolutePath())));
    m_preview->setPlainText(QString::fromUtf8(init.yaml()));
    setError(m_error, QString());
}

bool WizardSummaryPage::validatePage()
{
    return m_wizard->writeWorkspace();
}

void WizardSummaryPage::showError(const QString &error)
{
    setError(m_error, error);
}

} // namespace sre
