#pragma once

#include "util/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace prepaydesk {

// Asks for the key vault's passphrase: to set the vault up (twice), to unlock it (once) or to
// change it (the present one, then the new one twice). The action (a KeyVault call) runs on
// OK; its error is shown here and the dialog stays open. The passphrase fields are cleared after
// every attempt and when the dialog goes; nothing typed is shown or kept.
// Keyboard: Enter confirms, Esc cancels.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        SetUp,
        Unlock,
        Change
    };
    // current: the present passphrase (Change only); passphrase: the new or the only one.
    using Action = std::function<Status(const QString &current, const QString &passphrase)>;

    PassphraseDialog(Mode mode, int minimumLength, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    void setAction(Action action) { m_action = std::move(action); }
    QString errorText() const;

public slots:
    void confirm();

protected:
    void done(int result) override;

private:
    void showError(const QString &message, QLineEdit *focus);
    void clearFields();

    const Mode m_mode;
    const int m_minimumLength;
    Action m_action;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace prepaydesk
