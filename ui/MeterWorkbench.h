#pragma once

#include "Session.h"

#include "meter/MeterLink.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace prepaydesk {

class MeterProtocol;
class RowTableModel;

// Cards & meters → Serial meters: the engineer's workbench for a meter on the serial line (or a
// serial-device server on TCP). Choose the port (the machine's serial ports, refreshed, and the
// simulator's devices; any path or tcp://host:port may be typed), the protocol, its edition and
// the line settings; discover the meter's address; read every value the protocol knows, decoded;
// trip or close the relay, open or close the valve and set the meter's clock, each after a
// confirmation; load credit through the Top-up page (the sale is delivered only when the meter
// confirms and a read-back shows the credit); and watch every byte in the live frame log, which
// can be exported. All meter traffic goes through MeterLink on its worker thread, so the window
// never waits for a meter; the protocols are the driver plugins.
// Keyboard: Alt+letter on every field and button; Enter in the address field reads the meter.
class MeterWorkbench : public QWidget
{
    Q_OBJECT
public:
    explicit MeterWorkbench(const Session &session, QWidget *parent = nullptr);
    ~MeterWorkbench() override;

    MeterLink *link() const { return m_link; }
    // What the port field holds, and setting it (a device path or tcp://host:port).
    QString portText() const;
    void setPortText(const QString &text);
    void setProtocol(const QString &protocol);
    void setAddress(const QString &address);
    QString address() const;
    // The values last read, as shown: item, value, unit.
    QList<QStringList> values() const;
    QString messageText() const;
    QString logText() const;
    bool isBusy() const { return m_busy; }
    // The port list (the machine's serial ports and the simulator's devices).
    QStringList portChoices() const;

public slots:
    void refreshPorts();
    void connectLink();
    void disconnectLink();
    void discover();
    void readAll();
    void setClock();
    void relay(prepaydesk::RelayAction action);
    void valve(prepaydesk::ValveAction action);
    void requestTopUp();
    bool exportLog(const QString &path);
    void clearLog();

signals:
    void statusMessage(const QString &message);
    // Load credit into this meter through the Top-up page (the sale's carrier talks to it).
    void topUpRequested(const QString &meterSerial);
    // An exchange finished (tests wait for it).
    void finished();

private:
    struct Step
    {
        MeterRequest request;
        QString what;         // for the message line
        bool mayLack = false; // a refusal ("no such item") is noted and the next step runs
    };
    const MeterProtocol *protocol() const;
    MeterTarget target() const;
    void protocolChanged();
    void updateEnabled();
    void showMessage(const QString &text, bool error);
    // Runs the requests one after another; `done` gets the replies (stops at the first error).
    void run(const QList<Step> &steps, std::function<void(const QList<MeterReply> &)> done);
    void runNext();
    void showValues(const QList<MeterReply> &replies);
    void appendLog(const FrameLogEntry &entry);
    bool confirm(const QString &title, const QString &text, const QString &button);

    const Session m_session;
    MeterLink *m_link;
    bool m_busy = false;
    bool m_connected = false;
    QString m_portName; // the port connected to, as shown
    QList<Step> m_steps;
    QList<MeterReply> m_replies;
    QStringList m_lacking; // items the meter refused during a read-all
    std::function<void(const QList<MeterReply> &)> m_done;

    QComboBox *m_port;
    QComboBox *m_protocol;
    QComboBox *m_variant;
    QComboBox *m_line;
    QLineEdit *m_address;
    QPushButton *m_connect;
    QPushButton *m_discover;
    QLabel *m_state;
    QLabel *m_message;
    RowTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_read;
    QPushButton *m_clock;
    QWidget *m_relayBox;
    QWidget *m_valveBox;
    QPushButton *m_topUp;
    QLineEdit *m_password;
    QPlainTextEdit *m_log;
};

} // namespace prepaydesk
