#pragma once

#include "Session.h"

#include "util/Result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace prepaydesk {

// A supervisor's second login at the cashier's counter, for what one person may not do alone:
// a reversal, a shift closed with a cash difference. The supervisor types their user name and
// password (OperatorService::authenticate); the approver must be allowed to approve and must
// not be the cashier. With a reason field (required) and, for reversals, a "waive the debt"
// choice whose consequence is spelled out. Approve runs the action with the approver; the
// action's error (from the core service) is shown here and the dialog stays open.
// Keyboard: Enter approves, Esc cancels.
class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    using Action = std::function<Status(const Operator &approver, const QString &reason, bool waiveDebt)>;

    ApprovalDialog(const Session &session, const QString &title, const QString &explanation, QWidget *parent = nullptr);
    ~ApprovalDialog() override;

    // The reason is asked for unless this is called with an empty label.
    void setReasonLabel(const QString &label);
    // Offers to waive the debt a reversal would leave, with what waiving means.
    void setWaiveOption(const QString &consequence);
    void setAction(Action action) { m_action = std::move(action); }

    void setUserName(const QString &userName);
    void setPassword(const QString &password);
    void setReason(const QString &reason);
    void setWaiveDebt(bool waive);

    std::optional<Operator> approver() const { return m_approver; }
    QString reason() const;
    bool waiveDebt() const;
    QString errorText() const;

public slots:
    void approve();

private:
    void showError(const QString &message, QWidget *focus);

    const Session m_session;
    Action m_action;
    std::optional<Operator> m_approver;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QCheckBox *m_waive;
    QLabel *m_waiveHint;
    QLabel *m_error;
    QPushButton *m_approve;
};

} // namespace prepaydesk
