#pragma once

#include "Session.h"

#include "vending/MeterTokens.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace prepaydesk {

class CardsPanel;
class KeyChangePanel;
class ManagementTokenPanel;
class MeterWorkbench;
class RowTableModel;
class TokenDecodePanel;

// Cards & meters → the meter engineer's page, in two sections: STS keypad meters and the
// serial-meter workbench (MeterWorkbench). For STS keypad meters: choose a meter by its serial
// (MeterTokens::find) and see its STS state (SGC, TI, KRN, base date, last token, a key change
// waiting); then, in three tabs: make a management token (ManagementTokenPanel), schedule a key
// change (KeyChangePanel), or decode a token a customer reads out (TokenDecodePanel). Everything
// is done by MeterTokens in core, which also checks the roles: engineers, supervisors and
// administrators act, other roles look only. The third section is the card in the counter's
// reader (CardsPanel).
// Keyboard: Ctrl+F searches, Enter chooses the first meter found; Alt+1..3 in the tabs' titles.
class EngineerPage : public QWidget
{
    Q_OBJECT
public:
    explicit EngineerPage(const Session &session, QWidget *parent = nullptr);
    ~EngineerPage() override;

    // Searches and, when the serial is found, chooses that meter.
    void search(const QString &text);
    bool chooseMeter(qint64 meterId);
    std::optional<MeterTokens::StsMeter> meter() const { return m_meter; }
    QList<MeterTokens::StsMeter> found() const { return m_found; }
    QString stateText() const;
    QString bannerText() const;

    ManagementTokenPanel *managementPanel() const { return m_management; }
    KeyChangePanel *keyChangePanel() const { return m_keyChange; }
    TokenDecodePanel *decodePanel() const { return m_decode; }
    QTabWidget *tabs() const { return m_tabs; }
    MeterWorkbench *workbench() const { return m_workbench; }
    CardsPanel *cardsPanel() const { return m_cards; }
    // Shows the IC cards section.
    void showCards();
    // Shows the serial-meter workbench (true) or the STS keypad meters.
    void showWorkbench(bool workbench);

public slots:
    void refresh();
    void focusDefault();

signals:
    void statusMessage(const QString &message);
    // The workbench asks to sell credit for a serial meter (its address = the meter's serial).
    void topUpRequested(const QString &meterSerial);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void searchChanged();
    void rowChanged();
    void showMeter();
    void updateBanner();

    const Session m_session;
    const std::unique_ptr<MeterTokens> m_tokens;
    QList<MeterTokens::StsMeter> m_found;
    std::optional<MeterTokens::StsMeter> m_meter;
    RowTableModel *m_model;
    QLabel *m_banner;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_state;
    QTabWidget *m_tabs;
    ManagementTokenPanel *m_management;
    KeyChangePanel *m_keyChange;
    TokenDecodePanel *m_decode;
    QTabWidget *m_sections;
    MeterWorkbench *m_workbench;
    CardsPanel *m_cards;
};

} // namespace prepaydesk
