#pragma once

#include "Session.h"

#include "vending/MeterTokens.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace prepaydesk {

// The Engineer page's management tokens: choose the function (set maximum power limit, clear
// credit, set tariff rate, clear tamper, set maximum phase power unbalance, set water meter
// factor) and its value; Make token asks a supervisor other than the engineer to approve with a
// reason (ApprovalDialog), then MeterTokens::issueManagement makes it with the meter's key and
// records it. The token is shown large, in groups of four, with what it does.
class ManagementTokenPanel : public QWidget
{
    Q_OBJECT
public:
    ManagementTokenPanel(const Session &session, MeterTokens &tokens, QWidget *parent = nullptr);
    ~ManagementTokenPanel() override;

    void setMeter(const std::optional<MeterTokens::StsMeter> &meter);
    void setFunction(ManagementFunction function);
    void setValueText(const QString &text);
    // The last token made here (empty before), grouped in fours.
    QString tokenText() const;
    std::optional<MeterTokens::Issued> lastIssued() const { return m_issued; }
    QString messageText() const;

public slots:
    void makeToken();

signals:
    void statusMessage(const QString &message);
    // A token was made: the meter's last token identifier moved on.
    void meterChanged();

private:
    ManagementFunction function() const;
    void functionChanged();
    void showMessage(const QString &text, bool error);
    void updateEnabled();

    const Session m_session;
    MeterTokens &m_tokens;
    std::optional<MeterTokens::StsMeter> m_meter;
    std::optional<MeterTokens::Issued> m_issued;
    QComboBox *m_function;
    QLabel *m_valueLabel;
    QLineEdit *m_value;
    QLabel *m_hint;
    QPushButton *m_make;
    QLabel *m_message;
    QWidget *m_result;
    QLabel *m_caption;
    QLabel *m_token;
    QLabel *m_detail;
};

} // namespace prepaydesk
