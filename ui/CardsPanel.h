#pragma once

#include "Session.h"

#include "card/CardService.h"

#include <QMutex>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace prepaydesk {

class KeyVault;
class ReaderMonitor;

// Cards & meters → IC cards: the card in the counter's reader. The reader is watched off the GUI
// thread (ReaderMonitor): putting a card in reads it at once and shows its summary (chip,
// serial, whose card it is, purchase count, the credit on it and whether the meter has loaded
// it, what the meter wrote back: remaining credit, use, readings, valve/leak/tamper/battery
// alarms, PSC tries left), and records what the meter wrote back (CardService::read). From here:
// issue a blank card for a meter, replace a lost or damaged card (a supervisor approves; the old
// card is blacklisted), write an engineer's card (setup, check, clear, tool; approved), and top
// up through the Top-up page. Every card operation runs on a worker thread behind a busy dialog
// and is done by CardService in core; anything that cannot be undone asks first.
// Keyboard: F5 reads the card; Alt+letter on every button.
class CardsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CardsPanel(const Session &session, QWidget *parent = nullptr);
    ~CardsPanel() override;

    // The reader the panel uses (empty: the first one with a card).
    QString readerName() const;
    void setReaderName(const QString &reader);
    std::optional<CardSummary> summary() const { return m_summary; }
    QString stateText() const;
    // A card is in the reader (as the monitor last said).
    bool cardPresent() const { return m_cardPresent; }
    QString messageText() const;
    // The summary as shown, label -> value (tests and screenshots).
    QList<std::pair<QString, QString>> summaryRows() const;
    CardService &service() { return *m_service; }

    // Operations as the buttons run them, with the answers the dialogs would give (tests).
    bool issueFor(const QString &meterSerial);
    bool replaceFor(const QString &meterSerial, const Operator &approver, const QString &reason);
    bool writeEngineerCard(const EngineerCardRequest &request, const Operator &approver);
    bool checkCodeWith(const Operator &approver, const QString &reason);

public slots:
    void readCard();
    void issueCard();
    void replaceCard();
    void engineerCard();
    void checkSecurityCode();
    void requestTopUp();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void statusMessage(const QString &message);
    void topUpRequested(const QString &meterSerial);
    // A card was read and shown (tests wait for it).
    void cardShown();

private:
    void showSummary();
    // A card operation on a worker thread behind a busy dialog: its summary shown and `done`'s
    // words on success, its error otherwise.
    bool runCardWork(const QString &busy, const std::function<Result<CardSummary>()> &work,
                     const std::function<QString(const CardSummary &)> &done);
    void showMessage(const QString &text, bool error);
    void readersChanged(const QStringList &readers);
    void updateEnabled();
    std::optional<qint64> meterBySerial(const QString &serial);
    bool confirmWrite(const QString &what);

    const Session m_session;
    std::unique_ptr<KeyVault> m_ownVault;
    std::unique_ptr<CardService> m_service;
    ReaderMonitor *m_monitor = nullptr;
    std::optional<CardSummary> m_summary;
    // The reader chosen, for the card operations that run on a worker thread.
    QMutex m_readerMutex;
    QString m_chosenReader;
    bool m_cardPresent = false;
    QComboBox *m_reader;
    QLabel *m_state;
    QLabel *m_message;
    QFormLayout *m_form;
    QWidget *m_details;
    QPushButton *m_read;
    QPushButton *m_topUp;
    QPushButton *m_issue;
    QPushButton *m_replace;
    QPushButton *m_engineer;
    QPushButton *m_checkCode;
};

} // namespace prepaydesk
