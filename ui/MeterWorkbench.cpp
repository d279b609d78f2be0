#include "MeterWorkbench.h"

#include "RowTableModel.h"
#include "SaleText.h"
#include "TextRole.h"

#include "meter/Exchange.h"
#include "meter/MeterPorts.h"
#include "plugin/PluginManager.h"
#include "records/MeterService.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QSerialPortInfo>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

QString actionText(RelayAction a)
{
    switch (a) {
    case RelayAction::Trip:
        return MeterWorkbench::tr("Trip the relay (cut the supply)");
    case RelayAction::CloseAllowed:
        return MeterWorkbench::tr("Allow closing (the customer presses the meter's button)");
    case RelayAction::DirectClose:
        return MeterWorkbench::tr("Close the relay now (restore the supply)");
    case RelayAction::AlarmOn:
        return MeterWorkbench::tr("Sound the meter's alarm");
    case RelayAction::AlarmOff:
        return MeterWorkbench::tr("Silence the meter's alarm");
    case RelayAction::ProtectOn:
        return MeterWorkbench::tr("Keep the supply on whatever the balance");
    case RelayAction::ProtectOff:
        return MeterWorkbench::tr("End keeping the supply on");
    }
    return {};
}

} // namespace

MeterWorkbench::MeterWorkbench(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_link(new MeterLink(this))
    , m_port(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_variant(new QComboBox(this))
    , m_line(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_connect(new QPushButton(tr("C&onnect"), this))
    , m_discover(new QPushButton(tr("&Discover"), this))
    , m_state(new QLabel(this))
    , m_message(new QLabel(this))
    , m_model(new RowTableModel({tr("Value"), tr("Reading"), tr("Unit")}, this))
    , m_view(new QTableView(this))
    , m_read(new QPushButton(tr("&Read all"), this))
    , m_clock(new QPushButton(tr("Set the meter's &clock…"), this))
    , m_relayBox(new QGroupBox(tr("Relay"), this))
    , m_valveBox(new QGroupBox(tr("Valve"), this))
    , m_topUp(new QPushButton(tr("&Load credit…"), this))
    , m_password(new QLineEdit(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("meterWorkbench"));
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(4, 10, 4, 4);
    page->setSpacing(8);

    // The line: port, protocol, edition, line settings, address.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    m_port->setObjectName(QStringLiteral("portCombo"));
    m_port->setEditable(true);
    m_port->setMinimumContentsLength(22);
    m_port->setToolTip(tr("A serial port (/dev/ttyUSB0, COM3) or a serial-device server as tcp://host:port"));
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setObjectName(QStringLiteral("refreshPortsButton"));
    refresh->setToolTip(tr("Look for serial ports again (after plugging in an adapter)"));
    grid->addWidget(label(tr("&Port"), m_port), 0, 0);
    grid->addWidget(m_port, 0, 1);
    grid->addWidget(refresh, 0, 2);
    m_protocol->setObjectName(QStringLiteral("protocolCombo"));
    grid->addWidget(label(tr("Pro&tocol"), m_protocol), 0, 3);
    grid->addWidget(m_protocol, 0, 4);
    m_variant->setObjectName(QStringLiteral("variantCombo"));
    grid->addWidget(label(tr("&Edition"), m_variant), 0, 5);
    grid->addWidget(m_variant, 0, 6);
    m_line->setObjectName(QStringLiteral("lineCombo"));
    m_line->setEditable(true);
    m_line->setToolTip(tr("Baud rate and byte format, e.g. 2400 8E1"));
    grid->addWidget(label(tr("L&ine"), m_line), 0, 7);
    grid->addWidget(m_line, 0, 8);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("As printed on the meter; Discover finds it"));
    m_address->setMaxLength(14);
    grid->addWidget(label(tr("&Address"), m_address), 1, 0);
    grid->addWidget(m_address, 1, 1);
    m_discover->setObjectName(QStringLiteral("discoverButton"));
    m_discover->setToolTip(tr("Ask the one meter on the line for its address"));
    grid->addWidget(m_discover, 1, 2);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    grid->addWidget(m_connect, 1, 3, 1, 2);
    m_state->setObjectName(QStringLiteral("linkState"));
    m_state->setProperty("textRole", QStringLiteral("hint"));
    grid->addWidget(m_state, 1, 5, 1, 4);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(8, 1);
    page->addLayout(grid);

    m_message->setObjectName(QStringLiteral("workbenchMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    page->addWidget(m_message);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *upper = new QWidget(split);
    auto *columns = new QHBoxLayout(upper);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    m_view->setObjectName(QStringLiteral("valuesView"));
    m_view->setAccessibleName(tr("Values read from the meter"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    left->addWidget(m_view, 1);
    m_read->setObjectName(QStringLiteral("readAllButton"));
    m_read->setToolTip(tr("Read every value the protocol knows (Enter in the address field)"));
    left->addWidget(m_read, 0, Qt::AlignLeft);
    columns->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    auto *relayLayout = new QVBoxLayout(m_relayBox);
    m_relayBox->setObjectName(QStringLiteral("relayBox"));
    auto *passwordRow = new QHBoxLayout;
    m_password->setObjectName(QStringLiteral("relayPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Fa-f]{0,8}")), m_password));
    m_password->setPlaceholderText(tr("blank: 00000000"));
    m_password->setToolTip(tr("The meter's control password: level and password, 8 hex digits (PA P0 P1 P2); "
                              "blank sends zeros, which simulated meters take"));
    passwordRow->addWidget(label(tr("Pass&word"), m_password));
    passwordRow->addWidget(m_password, 1);
    relayLayout->addLayout(passwordRow);
    for (RelayAction a : {RelayAction::Trip, RelayAction::DirectClose, RelayAction::CloseAllowed, RelayAction::AlarmOn,
                          RelayAction::AlarmOff}) {
        auto *b = new QPushButton(actionText(a) + QStringLiteral("…"), m_relayBox);
        b->setObjectName(QStringLiteral("relay%1Button").arg(int(a)));
        relayLayout->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, a] { relay(a); });
    }
    right->addWidget(m_relayBox);
    auto *valveLayout = new QHBoxLayout(m_valveBox);
    m_valveBox->setObjectName(QStringLiteral("valveBox"));
    auto *open = new QPushButton(tr("O&pen the valve…"), m_valveBox);
    open->setObjectName(QStringLiteral("valveOpenButton"));
    auto *close = new QPushButton(tr("Clo&se the valve…"), m_valveBox);
    close->setObjectName(QStringLiteral("valveCloseButton"));
    valveLayout->addWidget(open);
    valveLayout->addWidget(close);
    connect(open, &QPushButton::clicked, this, [this] { valve(ValveAction::Open); });
    connect(close, &QPushButton::clicked, this, [this] { valve(ValveAction::Close); });
    right->addWidget(m_valveBox);
    m_clock->setObjectName(QStringLiteral("setClockButton"));
    right->addWidget(m_clock);
    m_topUp->setObjectName(QStringLiteral("loadCreditButton"));
    m_topUp->setToolTip(tr("Sell credit for this meter on the Top-up page; it is loaded over this line and read "
                           "back before the sale counts as delivered"));
    right->addWidget(m_topUp);
    right->addStretch(1);
    columns->addLayout(right, 2);

    auto *lower = new QWidget(split);
    auto *logLayout = new QVBoxLayout(lower);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *logHead = new QHBoxLayout;
    auto *logTitle = new QLabel(tr("Frame log"), lower);
    logTitle->setProperty("textRole", QStringLiteral("fieldLabel"));
    logHead->addWidget(logTitle);
    logHead->addStretch(1);
    auto *exportButton = new QPushButton(tr("E&xport log…"), lower);
    exportButton->setObjectName(QStringLiteral("exportLogButton"));
    auto *clearButton = new QPushButton(tr("Clear lo&g"), lower);
    clearButton->setObjectName(QStringLiteral("clearLogButton"));
    logHead->addWidget(exportButton);
    logHead->addWidget(clearButton);
    logLayout->addLayout(logHead);
    m_log->setObjectName(QStringLiteral("frameLogView"));
    m_log->setReadOnly(true);
    m_log->setFont(SaleText::fixedPitchFont(9));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(5000);
    m_log->setAccessibleName(tr("Frame log"));
    logLayout->addWidget(m_log, 1);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    page->addWidget(split, 1);

    if (m_session.plugins) {
        for (const char *name : {"dlt645", "cjt188", "modbus"}) {
            const QString code = QLatin1String(name);
            if (m_session.plugins->meterProtocol(code))
                m_protocol->addItem(code == QLatin1String("dlt645")   ? tr("DL/T 645 (electricity)")
                                    : code == QLatin1String("cjt188") ? tr("CJ/T 188 (water, gas, heat)")
                                                                      : tr("Modbus RTU"),
                                    code);
        }
    }

    connect(refresh, &QPushButton::clicked, this, &MeterWorkbench::refreshPorts);
    connect(m_port, &QComboBox::activated, this, [this](int index) {
        // A simulated meter brings its protocol and address with it.
        const QStringList meter = m_port->itemData(index).toStringList();
        if (meter.size() == 2) {
            setProtocol(meter[0]);
            m_address->setText(meter[1]);
        }
    });
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &MeterWorkbench::protocolChanged);
    connect(m_connect, &QPushButton::clicked, this, [this] { m_connected ? disconnectLink() : connectLink(); });
    connect(m_discover, &QPushButton::clicked, this, &MeterWorkbench::discover);
    connect(m_read, &QPushButton::clicked, this, &MeterWorkbench::readAll);
    connect(m_address, &QLineEdit::returnPressed, this, &MeterWorkbench::readAll);
    connect(m_clock, &QPushButton::clicked, this, &MeterWorkbench::setClock);
    connect(m_topUp, &QPushButton::clicked, this, &MeterWorkbench::requestTopUp);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the frame log"),
            QStringLiteral("meter-log-%1.txt")
                .arg(m_session.clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"))),
            tr("Text files (*.txt)"));
        if (!path.isEmpty())
            exportLog(path);
    });
    connect(clearButton, &QPushButton::clicked, this, &MeterWorkbench::clearLog);
    connect(m_link->frameLog(), &FrameLog::appended, this, &MeterWorkbench::appendLog);
    connect(m_link->frameLog(), &FrameLog::cleared, m_log, &QPlainTextEdit::clear);
    connect(m_link, &MeterLink::progress, this, [this](const ExchangeProgress &p) { m_state->setText(p.text); });
    connect(m_link, &MeterLink::linkLost, this, [this](const QString &, const QString &message) {
        m_connected = false;
        m_connect->setText(tr("C&onnect"));
        m_state->setText(tr("Not connected"));
        showMessage(message, true);
        updateEnabled();
    });
    refreshPorts();
    protocolChanged();
    m_state->setText(tr("Not connected"));
}

MeterWorkbench::~MeterWorkbench() = default;

QString MeterWorkbench::portText() const
{
    return m_port->currentText().trimmed();
}

void MeterWorkbench::setPortText(const QString &text)
{
    m_port->setEditText(text);
}

void MeterWorkbench::setProtocol(const QString &protocol)
{
    const int i = m_protocol->findData(protocol);
    if (i >= 0)
        m_protocol->setCurrentIndex(i);
}

void MeterWorkbench::setAddress(const QString &address)
{
    m_address->setText(address);
}

QString MeterWorkbench::address() const
{
    return m_address->text().trimmed();
}

QList<QStringList> MeterWorkbench::values() const
{
    QList<QStringList> rows;
    for (int r = 0; r < m_model->rowCount(); ++r)
        rows << QStringList{m_model->index(r, 0).data().toString(), m_model->index(r, 1).data().toString(),
                            m_model->index(r, 2).data().toString()};
    return rows;
}

QString MeterWorkbench::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString MeterWorkbench::logText() const
{
    return m_log->toPlainText();
}

QStringList MeterWorkbench::portChoices() const
{
    QStringList out;
    for (int i = 0; i < m_port->count(); ++i)
        out << m_port->itemText(i);
    return out;
}

void MeterWorkbench::refreshPorts()
{
    const QString typed = portText();
    m_port->clear();
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        const QString text = info.description().isEmpty()
                                 ? info.systemLocation()
                                 : tr("%1 — %2").arg(info.systemLocation(), info.description());
        m_port->addItem(text);
        m_port->setItemData(m_port->count() - 1, info.systemLocation(), Qt::ToolTipRole);
    }
    // The simulator's meters bring their protocol and address (./dev run exports its devices file).
    const auto simulated = MeterPorts::fromEnvironment().simulatedMeters();
    for (const MeterPorts::SimulatedMeter &m : simulated ? simulated.value() : QList<MeterPorts::SimulatedMeter>{}) {
        m_port->addItem(m.device, QStringList{m.protocol, m.address});
        m_port->setItemData(m_port->count() - 1, tr("Simulated meter %1 (%2, %3)").arg(m.name, m.protocol, m.address),
                            Qt::ToolTipRole);
    }
    m_port->setEditText(typed);
    if (typed.isEmpty() && m_port->count() > 0) {
        m_port->setCurrentIndex(0);
        emit m_port->activated(0);
    }
}

const MeterProtocol *MeterWorkbench::protocol() const
{
    return m_session.plugins ? m_session.plugins->meterProtocol(m_protocol->currentData().toString()) : nullptr;
}

MeterTarget MeterWorkbench::target() const
{
    MeterTarget t;
    t.address = address();
    t.variant = m_variant->currentText();
    return t;
}

void MeterWorkbench::protocolChanged()
{
    m_variant->clear();
    m_line->clear();
    if (const MeterProtocol *p = protocol()) {
        m_variant->addItems(p->variants());
        const SerialSettings base = SerialSettings::forProtocol(p->protocol());
        for (qint32 baud : SerialSettings::baudRates(p->protocol())) {
            SerialSettings s = base;
            s.baudRate = baud;
            m_line->addItem(s.toText());
        }
    }
    updateEnabled();
}

void MeterWorkbench::updateEnabled()
{
    const MeterProtocol *p = protocol();
    const QList<MeterCommand> commands = p ? p->commands(m_variant->currentText()) : QList<MeterCommand>{};
    const bool idle = !m_busy;
    for (QWidget *w : {static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_protocol),
                       static_cast<QWidget *>(m_variant), static_cast<QWidget *>(m_line)})
        w->setEnabled(idle && !m_connected);
    m_connect->setEnabled(idle && p);
    const bool ready = idle && m_connected;
    m_discover->setEnabled(ready && commands.contains(MeterCommand::ReadAddress));
    m_read->setEnabled(ready);
    m_clock->setEnabled(ready &&
                        (commands.contains(MeterCommand::SetTime) || commands.contains(MeterCommand::TimeSync)));
    m_relayBox->setVisible(commands.contains(MeterCommand::Relay));
    m_relayBox->setEnabled(ready);
    m_valveBox->setVisible(commands.contains(MeterCommand::Valve));
    m_valveBox->setEnabled(ready);
    m_topUp->setEnabled(!address().isEmpty() && commands.contains(MeterCommand::Recharge));
}

void MeterWorkbench::showMessage(const QString &text, bool error)
{
    setTextRole(m_message, error ? QStringLiteral("banner") : QStringLiteral("notice"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit statusMessage(text);
}

void MeterWorkbench::connectLink()
{
    const MeterProtocol *p = protocol();
    if (!p || m_busy)
        return;
    auto line = SerialSettings::fromText(m_line->currentText(), SerialSettings::forProtocol(p->protocol()));
    if (!line) {
        showMessage(line.error().message, true);
        return;
    }
    // "/dev/ttyUSB0 — FT232R" from the list: the path is the part before the description.
    QString port = portText();
    if (const int dash = port.indexOf(QStringLiteral(" — ")); dash > 0)
        port.truncate(dash);
    auto endpoint = LinkEndpoint::fromText(port, line.value());
    if (!endpoint) {
        showMessage(endpoint.error().message, true);
        return;
    }
    m_busy = true;
    updateEnabled();
    m_state->setText(tr("Opening %1…").arg(port));
    m_link->open(endpoint.value()).then(this, [this, port](const Status &opened) {
        m_busy = false;
        m_connected = opened.ok();
        m_portName = port;
        m_connect->setText(m_connected ? tr("Disc&onnect") : tr("C&onnect"));
        m_state->setText(m_connected ? tr("Connected to %1").arg(port) : tr("Not connected"));
        if (!opened)
            showMessage(opened.error().message, true);
        else
            m_message->hide();
        updateEnabled();
        emit finished();
    });
}

void MeterWorkbench::disconnectLink()
{
    m_link->cancel();
    m_busy = true;
    updateEnabled();
    m_link->close().then(this, [this](const Status &) {
        m_busy = false;
        m_connected = false;
        m_connect->setText(tr("C&onnect"));
        m_state->setText(tr("Not connected"));
        updateEnabled();
        emit finished();
    });
}

void MeterWorkbench::run(const QList<Step> &steps, std::function<void(const QList<MeterReply> &)> done)
{
    if (m_busy || !m_connected || steps.isEmpty())
        return;
    m_busy = true;
    m_steps = steps;
    m_replies.clear();
    m_lacking.clear();
    m_done = std::move(done);
    m_message->hide();
    updateEnabled();
    runNext();
}

void MeterWorkbench::runNext()
{
    auto finish = [this](const QString &error) {
        m_busy = false;
        m_steps.clear();
        // The link's last progress line ("try 3 of 3") is over: back to where the line stands.
        m_state->setText(m_connected ? tr("Connected to %1").arg(m_portName) : tr("Not connected"));
        if (!error.isEmpty())
            showMessage(error, true);
        if (m_done)
            m_done(m_replies);
        m_done = {};
        updateEnabled();
        emit finished();
    };
    if (m_steps.isEmpty()) {
        finish({});
        return;
    }
    const Step step = m_steps.takeFirst();
    const MeterProtocol *p = protocol();
    auto exchange = p ? MeterExchange::build(*p, target(), step.request)
                      : Result<MeterExchange>(Error::invalid(tr("No driver plugin for this protocol is loaded.")));
    if (!exchange) {
        finish(tr("%1: %2").arg(step.what, exchange.error().message));
        return;
    }
    m_link->transact(exchange.value()).then(this, [this, step, finish](const Result<MeterReply> &reply) {
        if (!reply) {
            finish(tr("%1: %2").arg(step.what, reply.error().message));
            return;
        }
        m_replies << reply.value();
        if (reply->error && !step.mayLack) {
            finish(tr("%1: %2").arg(step.what, reply->errorText));
            return;
        }
        if (reply->error)
            m_lacking << step.what;
        runNext();
    });
}

void MeterWorkbench::discover()
{
    MeterRequest r;
    r.command = MeterCommand::ReadAddress;
    m_address->clear();
    run({Step{r, tr("Discover")}}, [this](const QList<MeterReply> &replies) {
        if (replies.isEmpty() || replies.first().address.isEmpty())
            return;
        m_address->setText(replies.first().address);
        showMessage(tr("The meter on the line has address %1.").arg(replies.first().address), false);
    });
}

void MeterWorkbench::readAll()
{
    const MeterProtocol *p = protocol();
    if (!p)
        return;
    if (address().isEmpty()) {
        showMessage(tr("Type the meter's address, or Discover it."), true);
        m_address->setFocus();
        return;
    }
    QList<Step> steps;
    for (const QString &item : p->items(m_variant->currentText())) {
        MeterRequest r;
        r.command = MeterCommand::Read;
        r.item = item;
        // Meters carry a subset (a single-phase meter has no phase B): a refusal skips the item.
        steps << Step{r, p->itemLabel(item), true};
    }
    m_model->clear();
    run(steps, [this](const QList<MeterReply> &replies) {
        showValues(replies);
        if (!replies.isEmpty() && m_message->isHidden())
            showMessage(tr("Read %n value(s) from meter %1.", nullptr, int(m_model->rowCount())).arg(address()), false);
    });
}

void MeterWorkbench::showValues(const QList<MeterReply> &replies)
{
    QList<QStringList> rows;
    for (const MeterReply &reply : replies) {
        if (reply.error)
            continue;
        for (const MeterValue &v : reply.values)
            rows << QStringList{v.label.isEmpty() ? v.name : v.label, v.value, v.unit};
    }
    m_model->setRows(rows);
}

bool MeterWorkbench::confirm(const QString &title, const QString &text, const QString &button)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    QPushButton *yes = box.addButton(button, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void MeterWorkbench::relay(RelayAction action)
{
    if (m_busy || !m_connected)
        return;
    if (!confirm(tr("Relay of meter %1").arg(address()),
                 tr("%1 at meter %2? The meter acts on it at once.").arg(actionText(action), address()), tr("Send")))
        return;
    MeterRequest r;
    r.command = MeterCommand::Relay;
    r.relay = action;
    r.validUntil = m_session.clock.now().toLocalTime().addSecs(600);
    const QString password = m_password->text();
    if (!password.isEmpty()) {
        if (password.size() != 8) {
            showMessage(tr("The meter password has 8 hex digits."), true);
            m_password->setFocus();
            return;
        }
        r.password = QByteArray::fromHex(password.toLatin1());
    }
    run({Step{r, actionText(action)}}, [this, action](const QList<MeterReply> &replies) {
        if (!replies.isEmpty() && !replies.last().error)
            showMessage(tr("Meter %1 confirmed: %2.").arg(address(), actionText(action)), false);
    });
}

void MeterWorkbench::valve(ValveAction action)
{
    if (m_busy || !m_connected)
        return;
    const QString what = action == ValveAction::Open ? tr("Open the valve") : tr("Close the valve");
    if (!confirm(tr("Valve of meter %1").arg(address()),
                 action == ValveAction::Open
                     ? tr("Open the valve of meter %1? Water or gas flows again at once.").arg(address())
                     : tr("Close the valve of meter %1? The customer's supply stops at once.").arg(address()),
                 what))
        return;
    MeterRequest r;
    r.command = MeterCommand::Valve;
    r.valve = action;
    run({Step{r, what}}, [this, what](const QList<MeterReply> &replies) {
        if (!replies.isEmpty() && !replies.last().error)
            showMessage(tr("Meter %1 confirmed: %2.").arg(address(), what), false);
    });
}

void MeterWorkbench::setClock()
{
    const MeterProtocol *p = protocol();
    if (!p || m_busy || !m_connected)
        return;
    const QDateTime now = m_session.clock.now().toLocalTime();
    // DL/T 645 sets clocks by a broadcast every meter on the line takes; CJ/T 188 per meter.
    const bool broadcast = !p->commands(m_variant->currentText()).contains(MeterCommand::SetTime);
    if (!confirm(tr("Meter clock"),
                 broadcast ? tr("Set the clock of every meter on this line to %1? (DL/T 645 sets clocks by a "
                                "broadcast, which meters do not answer.)")
                                 .arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                           : tr("Set the clock of meter %1 to %2?")
                                 .arg(address(), now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 tr("Set the clock")))
        return;
    MeterRequest r;
    r.command = broadcast ? MeterCommand::TimeSync : MeterCommand::SetTime;
    r.time = now;
    run({Step{r, tr("Set the clock")}}, [this, broadcast, now](const QList<MeterReply> &replies) {
        if (!replies.isEmpty() && !replies.last().error)
            showMessage(broadcast ? tr("Time %1 sent to every meter on the line.")
                                        .arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                  : tr("Meter %1 confirmed its clock.").arg(address()),
                        false);
    });
}

void MeterWorkbench::requestTopUp()
{
    if (address().isEmpty())
        return;
    // The Top-up page finds the customer by the meter's number, which carries the address.
    const MeterProtocol *p = protocol();
    auto serial = p ? MeterService(m_session.db, m_session.clock).serialByAddress(p->protocol(), address())
                    : Result<QString>(QString());
    if (!serial || serial->isEmpty()) {
        showMessage(serial ? tr("No %1 meter with address %2 is registered: register it and install it on the "
                                "customer's account first.")
                                 .arg(m_protocol->currentText(), address())
                           : serial.error().message,
                    true);
        return;
    }
    // The sale's carrier opens the line itself: let the port go first.
    if (m_connected)
        disconnectLink();
    emit topUpRequested(serial.value());
}

bool MeterWorkbench::exportLog(const QString &path)
{
    const Status s = m_link->frameLog()->exportText(path);
    showMessage(s ? tr("Frame log saved to %1.").arg(path) : s.error().message, !s);
    return s.ok();
}

void MeterWorkbench::clearLog()
{
    m_link->frameLog()->clear();
}

void MeterWorkbench::appendLog(const FrameLogEntry &entry)
{
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_log->appendPlainText(FrameLog::formatEntry(entry));
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace prepaydesk
