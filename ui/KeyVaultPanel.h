#pragma once

#include "Session.h"

#include "security/KeyVault.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace prepaydesk {

class RowTableModel;

// Settings → Key vault: whether the vault of vending keys is set up, locked or unlocked, and for
// administrators (Permission::ManageTariffs, as KeyVault checks) the buttons to set it up,
// unlock, lock, change its passphrase and add keys, with the list of keys (SGC, KRN, type,
// expiry, description — never key material). Other roles see the state and a line saying that
// administrators manage keys. Every change goes through KeyVault; its errors are shown as they
// come.
class KeyVaultPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Missing, // the console has no vault
        NotSetUp,
        Locked,
        Unlocked,
    };

    explicit KeyVaultPanel(const Session &session, QWidget *parent = nullptr);
    ~KeyVaultPanel() override;

    State state() const { return m_state; }
    bool canManage() const;
    const QList<KeyVault::KeyInfo> &keys() const { return m_keys; }
    QString messageText() const;

public slots:
    void refresh();
    void setUp();
    void unlock();
    void lock();
    void changePassphrase();
    void addKey();

signals:
    void statusMessage(const QString &message);
    // The vault was unlocked or locked here (pages that make tokens look again).
    void vaultChanged();

private:
    void showMessage(const QString &text, bool error);

    const Session m_session;
    State m_state = State::Missing;
    QList<KeyVault::KeyInfo> m_keys;
    RowTableModel *m_model;
    QLabel *m_stateLabel;
    QLabel *m_stateText;
    QLabel *m_adminNote;
    QLabel *m_message;
    QWidget *m_buttons;
    QPushButton *m_setUp;
    QPushButton *m_unlock;
    QPushButton *m_lock;
    QPushButton *m_change;
    QPushButton *m_add;
    QLabel *m_keysTitle;
    QTableView *m_view;
};

} // namespace prepaydesk
