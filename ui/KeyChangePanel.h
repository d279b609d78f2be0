#pragma once

#include "Session.h"

#include "vending/MeterTokens.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace prepaydesk {

// The Engineer page's key change: the meter's present SGC/TI/KRN, any change waiting, and the
// new key (one of the vault's keys, by SGC and KRN) and tariff index to move to. Scheduling and
// calling off need a supervisor's approval and a reason (ApprovalDialog); MeterTokens records
// them. The meter's next sale then begins with the key change tokens (StsCarrier), as the panel
// says.
class KeyChangePanel : public QWidget
{
    Q_OBJECT
public:
    KeyChangePanel(const Session &session, MeterTokens &tokens, QWidget *parent = nullptr);
    ~KeyChangePanel() override;

    void setMeter(const std::optional<MeterTokens::StsMeter> &meter);
    // Chooses the vault key with this SGC and KRN; false when the vault has none.
    bool setNewKey(int sgc, int keyRevision);
    void setNewTariffIndex(int tariffIndex);
    QString messageText() const;

public slots:
    void refreshKeys();
    void schedule();
    void cancelChange();

signals:
    void statusMessage(const QString &message);
    void meterChanged();

private:
    void showMessage(const QString &text, bool error);
    void updateState();

    const Session m_session;
    MeterTokens &m_tokens;
    std::optional<MeterTokens::StsMeter> m_meter;
    QLabel *m_present;
    QLabel *m_pending;
    QComboBox *m_newKey;
    QSpinBox *m_tariffIndex;
    QLabel *m_keysHint;
    QPushButton *m_schedule;
    QPushButton *m_cancel;
    QLabel *m_message;
};

} // namespace prepaydesk
