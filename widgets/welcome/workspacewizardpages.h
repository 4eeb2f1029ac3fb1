#pragma once

// The pages of WorkspaceWizard; internal to widgets/welcome.

#include "connectiontest.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace sre {

class WorkspaceWizard;

// Name, folder and time zone.
class WizardNamePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardNamePage(QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void nameEdited(const QString &name);
    void chooseFolder();

    QLineEdit *m_name;
    QLineEdit *m_folder;
    QComboBox *m_timezone;
    QLabel *m_error;
    bool m_folderTouched = false;
};

// Prometheus URL, authentication, Test connection.
class WizardPrometheusPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPrometheusPage(QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;

    // Starts the connection test off the GUI thread; the result shows below the button.
    void testConnection();
    prom::ConnectionTester *tester() const { return m_tester; }

private:
    void showResult(const prom::ConnectionCheck &result);
    QLineEdit *fileRow(const QString &objectName, const QString &title, QWidget *parent, QWidget **row);

    QLineEdit *m_url;
    QComboBox *m_auth;
    QStackedWidget *m_authFields;
    QLineEdit *m_tokenFile;
    QLineEdit *m_user;
    QLineEdit *m_passwordFile;
    QPushButton *m_test;
    QLabel *m_result;
    prom::ConnectionTester *m_tester;
};

// Optional Alertmanager, runbook folders.
class WizardRunbooksPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardRunbooksPage(QWidget *parent = nullptr);
    bool validatePage() override;
    QStringList runbookPaths() const;
    void addRunbookPath(const QString &path);

private:
    QLineEdit *m_alertmanager;
    QListWidget *m_paths;
    QLabel *m_error;
};

// What will be written, then writes it.
class WizardSummaryPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardSummaryPage(WorkspaceWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    void showError(const QString &error);

private:
    WorkspaceWizard *m_wizard;
    QLabel *m_where;
    QPlainTextEdit *m_preview;
    QLabel *m_error;
};

} // namespace sre
