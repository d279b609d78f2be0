#pragma once

#include "Session.h"

#include "vending/MeterTokens.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace prepaydesk {

// The Engineer page's token decoding, for the phone call "my meter says the token is wrong":
// type the 20 digits the customer reads out (spaces or dashes between groups are fine) and
// MeterTokens::explain says, in one sentence, what the meter does with it and why — accepted,
// CRC error (wrong key or a digit typed wrong), needs the key change first, already used, too
// old, another utility — then what the token is, when it was made, and what to do.
// Keyboard: type, Enter decodes.
class TokenDecodePanel : public QWidget
{
    Q_OBJECT
public:
    TokenDecodePanel(const Session &session, MeterTokens &tokens, QWidget *parent = nullptr);
    ~TokenDecodePanel() override;

    void setMeter(const std::optional<MeterTokens::StsMeter> &meter);
    void setTokenText(const QString &text);
    std::optional<MeterTokens::Explanation> explanation() const { return m_explanation; }
    QString verdictText() const;
    QString detailText() const;
    QString messageText() const;

public slots:
    void decode();

signals:
    void statusMessage(const QString &message);

private:
    void showMessage(const QString &text);
    void updateEnabled();

    const Session m_session;
    MeterTokens &m_tokens;
    std::optional<MeterTokens::StsMeter> m_meter;
    std::optional<MeterTokens::Explanation> m_explanation;
    QLineEdit *m_token;
    QPushButton *m_decode;
    QLabel *m_message;
    QWidget *m_result;
    QLabel *m_verdict;
    QLabel *m_kind;
    QLabel *m_detail;
};

} // namespace prepaydesk
