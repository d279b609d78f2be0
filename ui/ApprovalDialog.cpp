#include "ApprovalDialog.h"

#include "records/OperatorService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prepaydesk {

ApprovalDialog::ApprovalDialog(const Session &session, const QString &title, const QString &explanation,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_waive(new QCheckBox(this))
    , m_waiveHint(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(title);
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setProperty("textRole", QStringLiteral("title"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("explanationLabel"));
    text->setProperty("textRole", QStringLiteral("subtitle"));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *who = new QLabel(tr("A supervisor other than %1 logs in here to approve.").arg(session.op.displayName), this);
    who->setProperty("textRole", QStringLiteral("hint"));
    who->setWordWrap(true);
    layout->addWidget(who);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setMaxLength(32);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMaxLength(200);
    auto *userLabel = new QLabel(tr("Supervisor's &user name"), this);
    userLabel->setBuddy(m_user);
    auto *passwordLabel = new QLabel(tr("&Password"), this);
    passwordLabel->setBuddy(m_password);
    m_reasonLabel->setText(tr("&Reason"));
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(userLabel, m_user);
    form->addRow(passwordLabel, m_password);
    form->addRow(m_reasonLabel, m_reason);
    layout->addLayout(form);

    m_waive->setObjectName(QStringLiteral("waiveCheck"));
    m_waive->setText(tr("&Waive the debt"));
    m_waive->hide();
    layout->addWidget(m_waive);
    m_waiveHint->setObjectName(QStringLiteral("waiveHint"));
    m_waiveHint->setProperty("textRole", QStringLiteral("hint"));
    m_waiveHint->setWordWrap(true);
    m_waiveHint->hide();
    layout->addWidget(m_waiveHint);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setProperty("textRole", QStringLiteral("banner"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setToolTip(tr("Log in as the supervisor and approve (Enter)"));
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setToolTip(tr("Go back without approving (Esc)"));
    m_approve->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::approve);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_user, m_password, m_reason})
        connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_reason);
    setTabOrder(m_reason, m_waive);
    m_user->setFocus();
}

ApprovalDialog::~ApprovalDialog() = default;

void ApprovalDialog::setReasonLabel(const QString &label)
{
    m_reasonLabel->setText(label);
    m_reasonLabel->setVisible(!label.isEmpty());
    m_reason->setVisible(!label.isEmpty());
}

void ApprovalDialog::setWaiveOption(const QString &consequence)
{
    m_waiveHint->setText(consequence);
    m_waive->show();
    m_waiveHint->show();
}

void ApprovalDialog::setUserName(const QString &userName)
{
    m_user->setText(userName);
    m_password->setFocus();
}

void ApprovalDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void ApprovalDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void ApprovalDialog::setWaiveDebt(bool waive)
{
    m_waive->setChecked(waive);
}

QString ApprovalDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool ApprovalDialog::waiveDebt() const
{
    return m_waive->isVisible() && m_waive->isChecked();
}

QString ApprovalDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ApprovalDialog::showError(const QString &message, QWidget *focus)
{
    m_error->setText(message);
    m_error->show();
    // Word-wrapped labels do not make a shown window grow by themselves.
    adjustSize();
    if (focus)
        focus->setFocus();
}

void ApprovalDialog::approve()
{
    if (m_user->text().trimmed().isEmpty()) {
        showError(tr("Enter the supervisor's user name."), m_user);
        return;
    }
    if (m_reason->isVisibleTo(this) && reason().isEmpty()) {
        showError(tr("Give the reason; it is kept with the approval."), m_reason);
        return;
    }
    // The password check is deliberately slow (memory-hard KDF); say so with the cursor.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Operator> who =
        OperatorService(m_session.db, m_session.clock).authenticate(m_user->text(), m_password->text());
    QGuiApplication::restoreOverrideCursor();
    m_password->clear();
    if (!who) {
        showError(who.error().message, m_password);
        return;
    }
    if (who->id == m_session.op.id) {
        showError(
            tr("%1 cannot approve their own request: another supervisor must log in.").arg(m_session.op.displayName),
            m_user);
        return;
    }
    if (!Access::allows(who->role, Permission::ApproveReversal)) {
        showError(
            tr("%1 (%2) cannot approve this; a supervisor must log in.").arg(who->displayName, Domain::name(who->role)),
            m_user);
        return;
    }
    if (m_action) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const Status done = m_action(who.value(), reason(), waiveDebt());
        QGuiApplication::restoreOverrideCursor();
        if (!done) {
            showError(done.error().message, done.error().field == QStringLiteral("reason") ? m_reason : nullptr);
            return;
        }
    }
    m_approver = who.value();
    accept();
}

} // namespace prepaydesk
