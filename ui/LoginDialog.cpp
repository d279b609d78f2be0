#include "LoginDialog.h"
#include "ui_LoginDialog.h"

#include "FirstAdminDialog.h"

#include "demo/DemoGenerator.h"
#include "records/OperatorService.h"
#include "storage/DatabaseCheck.h"

#include <QGuiApplication>
#include <QPushButton>

namespace prepaydesk {

LoginDialog::LoginDialog(Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_db(db)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    m_ui->errorLabel->hide();
    m_ui->noticeLabel->hide();
    m_ui->demoHintLabel->hide();
    setMinimumWidth(440);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->createAdminButton, &QPushButton::clicked, this, &LoginDialog::createFirstAdministrator);
    // A new attempt clears the old complaint.
    connect(m_ui->userEdit, &QLineEdit::textEdited, m_ui->errorLabel, &QWidget::hide);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, m_ui->errorLabel, &QWidget::hide);

    refreshSetupState();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setDemoHint(bool shown)
{
    m_ui->demoHintLabel->setText(
        tr("Demo database. Administrator: %1 / %2\nCashier: %3 / %4")
            .arg(QLatin1String(DemoGenerator::AdminUser), QLatin1String(DemoGenerator::AdminPassword),
                 QLatin1String(DemoGenerator::CashierUser), QLatin1String(DemoGenerator::CashierPassword)));
    m_ui->demoHintLabel->setVisible(shown);
}

void LoginDialog::setDatabaseCheck(DatabaseCheck *check)
{
    m_check = check;
    if (!m_check)
        return;
    if (m_check->isDone()) {
        checkFinished();
        return;
    }
    showNotice(tr("Checking the database file in the background; saving is possible once it has finished."));
    connect(m_check, &DatabaseCheck::finished, this, &LoginDialog::checkFinished);
}

void LoginDialog::checkFinished()
{
    const Status &verdict = *m_check->result();
    if (!verdict.ok()) {
        m_ui->userEdit->setEnabled(false);
        m_ui->passwordEdit->setEnabled(false);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_ui->noticeLabel->hide();
        showError(verdict.error().message);
        return;
    }
    m_ui->noticeLabel->hide();
}

void LoginDialog::showNotice(const QString &message)
{
    m_ui->errorLabel->hide();
    m_ui->noticeLabel->setText(message);
    m_ui->noticeLabel->show();
}

void LoginDialog::setUserName(const QString &userName)
{
    m_ui->userEdit->setText(userName);
    if (!userName.isEmpty())
        m_ui->passwordEdit->setFocus();
}

void LoginDialog::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

void LoginDialog::refreshSetupState()
{
    const Result<int> count = OperatorService(m_db, m_clock).loginCount();
    if (!count) {
        showError(count.error().message);
        return;
    }
    const bool empty = count.value() == 0;
    m_ui->firstAdminPanel->setVisible(empty);
    m_ui->userEdit->setEnabled(!empty);
    m_ui->passwordEdit->setEnabled(!empty);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!empty);
    if (empty) {
        m_ui->createAdminButton->setDefault(true);
        m_ui->createAdminButton->setFocus();
    } else {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
        m_ui->userEdit->setFocus();
    }
}

void LoginDialog::showError(const QString &message)
{
    m_ui->noticeLabel->hide();
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void LoginDialog::logIn()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_ui->userEdit->text().trimmed().isEmpty()) {
        showError(tr("Enter your user name."));
        m_ui->userEdit->setFocus();
        return;
    }
    // Logging in reads only; saving waits for the check in core (Database::writable).
    if (m_check && m_check->isDone() && !m_check->result()->ok())
        return;
    // The password check is deliberately slow (memory-hard KDF); say so with the cursor.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Operator> op =
        OperatorService(m_db, m_clock).authenticate(m_ui->userEdit->text(), m_ui->passwordEdit->text());
    QGuiApplication::restoreOverrideCursor();
    if (!op) {
        showError(op.error().message);
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_operator = op.value();
    m_ui->passwordEdit->clear();
    accept();
}

void LoginDialog::createFirstAdministrator()
{
    FirstAdminDialog dialog(m_db, m_clock, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.created())
        return;
    refreshSetupState();
    m_ui->errorLabel->hide();
    m_ui->noticeLabel->setText(
        tr("Administrator %1 was created. Log in with the new password.").arg(dialog.created()->username));
    m_ui->noticeLabel->show();
    setUserName(dialog.created()->username);
    adjustSize();
}

} // namespace prepaydesk
