#include "CardsPanel.h"

#include "ApprovalDialog.h"
#include "BusyWork.h"
#include "DisplayText.h"
#include "TextRole.h"

#include "card/CardReaders.h"
#include "card/PrepayCardFormat.h"
#include "card/ReaderMonitor.h"
#include "money/Money.h"
#include "money/Quantity.h"
#include "plugin/PluginManager.h"
#include "records/MeterService.h"
#include "security/KeyVault.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutexLocker>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

const PrepayCardFormat &cardFormat()
{
    static const PrepayCardFormat format;
    return format;
}

QList<const CardDriver *> driversOf(const PluginManager *plugins)
{
    QList<const CardDriver *> drivers;
    if (plugins) {
        for (CardDriver *d : plugins->instances<CardDriver>())
            drivers << d;
    }
    return drivers;
}

QString amountText(CreditUnit unit, qint64 value)
{
    return unit == CreditUnit::Money ? Money::fromMinor(value).toString()
                                     : CardsPanel::tr("%1 units").arg(Quantity::fromMilli(value).toString());
}

QString kindText(CardKind kind)
{
    switch (kind) {
    case CardKind::User:
        return CardsPanel::tr("Customer's card");
    case CardKind::Setup:
        return CardsPanel::tr("Engineer: setup card");
    case CardKind::Check:
        return CardsPanel::tr("Engineer: check card");
    case CardKind::Clear:
        return CardsPanel::tr("Engineer: clear card");
    case CardKind::Tool:
        return CardsPanel::tr("Engineer: tool card");
    }
    return {};
}

} // namespace

CardsPanel::CardsPanel(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    // Each call connects to the reader chosen here at that moment, on the caller's thread.
    if (!session.vault) // a console without a vault: every card operation says to unlock it
        m_ownVault = std::make_unique<KeyVault>(session.db, session.clock);
    KeyVault &vault = session.vault ? *session.vault : *m_ownVault;
    m_service = std::make_unique<CardService>(session.db, session.clock, vault, driversOf(session.plugins),
                                              cardFormat(), [this] {
                                                  // Called on the worker thread: the name, not the combo box.
                                                  QMutexLocker lock(&m_readerMutex);
                                                  const QString reader = m_chosenReader;
                                                  lock.unlock();
                                                  return CardReaders::connect(reader);
                                              });

    auto *layout = new QVBoxLayout(this);
    auto *readerRow = new QHBoxLayout;
    auto *readerLabel = new QLabel(tr("&Reader:"), this);
    m_reader = new QComboBox(this);
    m_reader->setMinimumContentsLength(28);
    m_reader->setObjectName(QStringLiteral("cardReader"));
    connect(m_reader, &QComboBox::currentIndexChanged, this, [this] {
        QMutexLocker lock(&m_readerMutex);
        m_chosenReader = m_reader->currentData().toString();
    });
    readerLabel->setBuddy(m_reader);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("readerState"));
    readerRow->addWidget(readerLabel);
    readerRow->addWidget(m_reader);
    readerRow->addWidget(m_state, 1);
    layout->addLayout(readerRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_details = new QWidget(this);
    m_form = new QFormLayout(m_details);
    layout->addWidget(m_details);

    auto *buttons = new QHBoxLayout;
    m_read = new QPushButton(tr("Re&ad card (F5)"), this);
    m_topUp = new QPushButton(tr("&Top up…"), this);
    m_issue = new QPushButton(tr("&Issue card…"), this);
    m_replace = new QPushButton(tr("Re&place lost card…"), this);
    m_engineer = new QPushButton(tr("&Engineer card…"), this);
    m_checkCode = new QPushButton(tr("Check security &code…"), this);
    m_checkCode->setObjectName(QStringLiteral("checkCodeButton"));
    m_checkCode->setToolTip(tr("The card has one security-code try left: a supervisor approves checking it once"));
    for (QPushButton *b : {m_read, m_topUp, m_issue, m_replace, m_engineer, m_checkCode})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_read, &QPushButton::clicked, this, &CardsPanel::readCard);
    connect(m_topUp, &QPushButton::clicked, this, &CardsPanel::requestTopUp);
    connect(m_issue, &QPushButton::clicked, this, &CardsPanel::issueCard);
    connect(m_replace, &QPushButton::clicked, this, &CardsPanel::replaceCard);
    connect(m_engineer, &QPushButton::clicked, this, &CardsPanel::engineerCard);
    connect(m_checkCode, &QPushButton::clicked, this, &CardsPanel::checkSecurityCode);
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &CardsPanel::readCard);

    // The reader is watched on the monitor's own thread (started when the page is first shown);
    // its signals arrive queued here. A card is read only while the page is on screen: one put in
    // for a sale on the Top-up page is that sale's business.
    m_monitor = new ReaderMonitor(this);
    connect(m_monitor, &ReaderMonitor::readersChanged, this, &CardsPanel::readersChanged);
    connect(m_monitor, &ReaderMonitor::stateChanged, this, [this] { m_state->setText(m_monitor->stateText()); });
    connect(m_monitor, &ReaderMonitor::cardInserted, this, [this](const QString &reader) {
        if (readerName().isEmpty() || reader == readerName()) {
            m_cardPresent = true;
            m_summary.reset();
            if (isVisible())
                readCard();
            else
                showSummary();
        }
    });
    connect(m_monitor, &ReaderMonitor::cardRemoved, this, [this](const QString &reader) {
        if (readerName().isEmpty() || reader == readerName()) {
            m_cardPresent = false;
            m_summary.reset();
            showSummary();
            showMessage(tr("The card was taken out of the reader."), false);
        }
    });
    m_state->setText(ReaderMonitor::textFor(ReaderMonitor::State::Stopped));
    showSummary();
}

void CardsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_monitor->isRunning()) {
        m_monitor->start();
        m_state->setText(m_monitor->stateText());
    } else if (m_cardPresent && !m_summary) {
        // Put in while another page was shown.
        QTimer::singleShot(0, this, &CardsPanel::readCard);
    }
}

CardsPanel::~CardsPanel()
{
    // Stopping announces the cards as gone: nothing here may react while it is being destroyed.
    if (m_monitor) {
        m_monitor->disconnect(this);
        m_monitor->stop();
    }
}

QString CardsPanel::readerName() const
{
    return m_reader->currentData().toString();
}

void CardsPanel::setReaderName(const QString &reader)
{
    const int i = m_reader->findData(reader);
    if (i >= 0)
        m_reader->setCurrentIndex(i);
}

QString CardsPanel::stateText() const
{
    return m_state->text();
}

QString CardsPanel::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void CardsPanel::readersChanged(const QStringList &readers)
{
    const QString current = readerName();
    m_reader->clear();
    m_reader->addItem(tr("First reader with a card"), QString());
    for (const QString &r : readers)
        m_reader->addItem(r, r);
    setReaderName(current);
}

void CardsPanel::showMessage(const QString &text, bool error)
{
    setTextRole(m_message, error ? QStringLiteral("banner") : QStringLiteral("notice"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit statusMessage(text);
}

QList<std::pair<QString, QString>> CardsPanel::summaryRows() const
{
    QList<std::pair<QString, QString>> rows;
    if (!m_summary)
        return rows;
    const CardSummary &s = *m_summary;
    const QString chip = s.chip == QLatin1String("sle4442") ? tr("SLE4442 memory card") : tr("CPU card");
    rows << std::pair{tr("Card"), tr("%1, serial %2").arg(chip, s.serial)};
    if (s.blank) {
        rows << std::pair{tr("State"), tr("Blank: not issued yet")};
        return rows;
    }
    if (s.image) {
        const CardImage &i = *s.image;
        rows << std::pair{tr("Kind"), kindText(i.kind)};
        QString status = s.status == QLatin1String("active")        ? tr("In use")
                         : s.status == QLatin1String("blacklisted") ? tr("Blacklisted: %1").arg(s.statusReason)
                                                                    : tr("Not in this console's records");
        rows << std::pair{tr("Status"), status};
        if (!i.meter.isEmpty())
            rows << std::pair{tr("Meter"), s.customerName.isEmpty()
                                               ? i.meter
                                               : tr("%1 — %2 (account %3)").arg(i.meter, s.customerName, s.accountNo)};
        if (i.kind == CardKind::User) {
            rows << std::pair{tr("Purchase"), QString::number(i.purchaseCount)};
            rows << std::pair{tr("Credit on the card"),
                              i.credit == 0     ? tr("none")
                              : s.creditWaiting ? tr("%1 — not loaded yet: the customer puts the card in the meter")
                                                      .arg(amountText(i.unit, i.credit))
                                                : tr("%1 — loaded by the meter").arg(amountText(i.unit, i.credit))};
        }
        if (i.kind == CardKind::Tool)
            rows << std::pair{tr("Action"), i.toolAction == 1 ? tr("Open the valve / close the relay")
                                                              : tr("Close the valve / open the relay")};
        if (i.kind == CardKind::Setup)
            rows << std::pair{tr("Limits"), tr("alarm at %1, overdraft %2, most %3")
                                                .arg(amountText(i.unit, i.alarm), amountText(i.unit, i.overdraft),
                                                     i.maxBalance ? amountText(i.unit, i.maxBalance) : tr("no limit"))};
        const CardWriteBack &wb = i.writeBack;
        if (wb.present) {
            rows << std::pair{tr("Meter wrote back"), tr("%1: purchase %2 loaded, %3 left, %4 used in all")
                                                          .arg(DisplayText::dateTime(wb.at))
                                                          .arg(wb.loadedCount)
                                                          .arg(amountText(i.unit, wb.remaining),
                                                               Quantity::fromMilli(wb.cumulativeMilli).toString())};
            QStringList readings;
            for (const auto &[date, milli] : wb.readings)
                readings << tr("%1: %2").arg(date.toString(Qt::ISODate), Quantity::fromMilli(milli).toString());
            if (!readings.isEmpty())
                rows << std::pair{tr("Readings"), readings.join(QStringLiteral("; "))};
            QStringList alarms;
            if (wb.valveClosed)
                alarms << tr("valve closed / relay open");
            if (wb.leak)
                alarms << tr("leak");
            if (wb.tamper)
                alarms << tr("tamper");
            if (wb.lowBattery)
                alarms << tr("low battery");
            if (wb.alarm)
                alarms << tr("alarm");
            rows << std::pair{tr("Alarms"), alarms.isEmpty() ? tr("none") : alarms.join(QStringLiteral(", "))};
        } else if (i.kind == CardKind::User) {
            rows << std::pair{tr("Meter wrote back"), tr("nothing yet: the card has not been in the meter")};
        }
    }
    if (s.triesLeft >= 0 && s.chip == QLatin1String("sle4442"))
        rows << std::pair{tr("PSC tries left"), QString::number(s.triesLeft)};
    return rows;
}

void CardsPanel::showSummary()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    if (!m_summary) {
        m_form->addRow(new QLabel(m_cardPresent ? tr("Reading the card…") : tr("No card in the reader."), m_details));
    } else {
        for (const auto &[label, value] : summaryRows()) {
            auto *v = new QLabel(value, m_details);
            v->setTextInteractionFlags(Qt::TextSelectableByMouse);
            v->setWordWrap(true);
            m_form->addRow(label + QLatin1Char(':'), v);
        }
    }
    updateEnabled();
}

void CardsPanel::updateEnabled()
{
    const bool user = m_summary && m_summary->image && m_summary->image->kind == CardKind::User && !m_summary->problem;
    m_topUp->setEnabled(user && m_summary->status == QLatin1String("active"));
    m_issue->setEnabled(!m_summary || m_summary->blank);
    m_replace->setEnabled(!m_summary || m_summary->blank);
    m_engineer->setEnabled(!m_summary || m_summary->blank ||
                           (m_summary->image && m_summary->image->kind != CardKind::User));
    m_checkCode->setVisible(m_summary && m_summary->chip == QLatin1String("sle4442") && m_summary->triesLeft == 1);
}

void CardsPanel::readCard()
{
    const Operator actor = m_session.op;
    auto read = runBusy(this, tr("Reading the card…"), [this, actor] { return m_service->read(actor); });
    if (!read) {
        m_summary.reset();
        showSummary();
        showMessage(read.error().message, true);
        emit cardShown();
        return;
    }
    m_summary = read.value();
    showSummary();
    if (m_summary->problem)
        showMessage(m_summary->problem->message, true);
    else if (m_summary->chip == QLatin1String("sle4442") && m_summary->triesLeft == 1)
        showMessage(tr("The card has one security-code try left: it is not written until a supervisor approves "
                       "checking the code (Check security code…)."),
                    true);
    else if (m_summary->chip == QLatin1String("sle4442") && m_summary->triesLeft == 0)
        showMessage(tr("The card is locked: its security code has no tries left. Replace the card."), true);
    else if (m_summary->blank)
        showMessage(tr("A blank card: issue it for a meter, as a replacement, or as an engineer's card."), false);
    else
        showMessage({}, false);
    emit cardShown();
}

std::optional<qint64> CardsPanel::meterBySerial(const QString &serial)
{
    auto id = MeterService(m_session.db, m_session.clock).idBySerial(serial.trimmed());
    if (!id) {
        showMessage(id.error().message, true);
        return std::nullopt;
    }
    if (!id.value()) {
        showMessage(tr("There is no meter %1.").arg(serial.trimmed()), true);
        return std::nullopt;
    }
    return id.value();
}

bool CardsPanel::confirmWrite(const QString &what)
{
    return QMessageBox::question(this, tr("Write the card"),
                                 tr("%1\n\nA card given its serial and security code cannot be made blank again. "
                                    "Write it?")
                                     .arg(what),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

bool CardsPanel::runCardWork(const QString &busy, const std::function<Result<CardSummary>()> &work,
                             const std::function<QString(const CardSummary &)> &done)
{
    auto result = runBusy(this, busy, work);
    if (!result) {
        showMessage(result.error().message, true);
        return false;
    }
    m_summary = result.value();
    showSummary();
    showMessage(done(*m_summary), false);
    return true;
}

bool CardsPanel::issueFor(const QString &meterSerial)
{
    const auto meter = meterBySerial(meterSerial);
    if (!meter)
        return false;
    const Operator actor = m_session.op;
    return runCardWork(
        tr("Writing the card…"), [this, actor, id = *meter] { return m_service->issue(actor, id, true); },
        [&](const CardSummary &done) {
            return tr("Card %1 issued for meter %2.").arg(done.serial, meterSerial.trimmed());
        });
}

void CardsPanel::issueCard()
{
    bool ok = false;
    const QString serial =
        QInputDialog::getText(this, tr("Issue a card"), tr("Meter serial the card is for:"), QLineEdit::Normal,
                              m_summary && m_summary->image ? m_summary->image->meter : QString(), &ok);
    if (!ok || serial.trimmed().isEmpty())
        return;
    if (!confirmWrite(tr("Issue the card in the reader for meter %1.").arg(serial.trimmed())))
        return;
    issueFor(serial);
}

bool CardsPanel::replaceFor(const QString &meterSerial, const Operator &approver, const QString &reason)
{
    const auto meter = meterBySerial(meterSerial);
    if (!meter)
        return false;
    const Operator actor = m_session.op;
    return runCardWork(
        tr("Writing the replacement card…"),
        [&, id = *meter] { return m_service->replace(actor, approver, id, reason, true); },
        [&](const CardSummary &done) {
            return tr("Card %1 replaces the meter's old card, which is now blacklisted.").arg(done.serial);
        });
}

void CardsPanel::replaceCard()
{
    bool ok = false;
    const QString serial =
        QInputDialog::getText(this, tr("Replace a lost or damaged card"),
                              tr("Meter serial of the lost or damaged card:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || serial.trimmed().isEmpty())
        return;
    if (!confirmWrite(tr("Blacklist the card in use of meter %1 and issue the card in the reader in its place.")
                          .arg(serial.trimmed())))
        return;
    ApprovalDialog dialog(
        m_session, tr("Approve a replacement card"),
        tr("The old card of meter %1 will be refused by the meter and at this counter.").arg(serial.trimmed()), this);
    dialog.setAction([&](const Operator &approver, const QString &reason, bool) -> Status {
        if (!replaceFor(serial, approver, reason))
            return Error::invalid(messageText());
        return {};
    });
    dialog.exec();
}

bool CardsPanel::writeEngineerCard(const EngineerCardRequest &request, const Operator &approver)
{
    const Operator actor = m_session.op;
    return runCardWork(
        tr("Writing the engineer's card…"),
        [&] { return m_service->writeEngineerCard(actor, approver, request, true); },
        [&](const CardSummary &done) { return tr("%1 written on card %2.").arg(kindText(request.kind), done.serial); });
}

void CardsPanel::engineerCard()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Write an engineer's card"));
    auto *form = new QFormLayout(&ask);
    auto *kind = new QComboBox(&ask);
    kind->addItem(kindText(CardKind::Setup), int(CardKind::Setup));
    kind->addItem(kindText(CardKind::Check), int(CardKind::Check));
    kind->addItem(kindText(CardKind::Clear), int(CardKind::Clear));
    kind->addItem(kindText(CardKind::Tool), int(CardKind::Tool));
    auto *meter = new QLineEdit(&ask);
    meter->setPlaceholderText(tr("empty: any meter of the utility"));
    // Money meters keep yuan, unit meters kWh or m3: the card carries one or the other.
    auto *unit = new QComboBox(&ask);
    unit->addItem(tr("Money (yuan)"), int(CreditUnit::Money));
    unit->addItem(tr("Units (kWh or m³)"), int(CreditUnit::Units));
    auto *alarm = new QLineEdit(QStringLiteral("10.00"), &ask);
    auto *overdraft = new QLineEdit(QStringLiteral("0.00"), &ask);
    auto *action = new QComboBox(&ask);
    action->addItem(tr("Open the valve / close the relay"), 1);
    action->addItem(tr("Close the valve / open the relay"), 2);
    form->addRow(tr("&Card:"), kind);
    form->addRow(tr("&Meter serial:"), meter);
    form->addRow(tr("Meter &keeps:"), unit);
    form->addRow(tr("&Alarm at:"), alarm);
    form->addRow(tr("&Overdraft:"), overdraft);
    form->addRow(tr("Tool &action:"), action);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    EngineerCardRequest request;
    request.kind = CardKind(kind->currentData().toInt());
    if (!meter->text().trimmed().isEmpty()) {
        request.meterId = meterBySerial(meter->text());
        if (!request.meterId)
            return;
    }
    request.unit = CreditUnit(unit->currentData().toInt());
    if (request.unit == CreditUnit::Money) {
        const auto alarmMoney = Money::parse(alarm->text());
        const auto overdraftMoney = Money::parse(overdraft->text());
        if (!alarmMoney || !overdraftMoney) {
            showMessage(tr("Type the alarm and overdraft as amounts, e.g. 10.00."), true);
            return;
        }
        request.alarm = alarmMoney->minor();
        request.overdraft = overdraftMoney->minor();
    } else {
        const auto alarmUnits = Quantity::parse(alarm->text());
        const auto overdraftUnits = Quantity::parse(overdraft->text());
        if (!alarmUnits || !overdraftUnits) {
            showMessage(tr("Type the alarm and overdraft in kWh or m³, e.g. 10.000."), true);
            return;
        }
        request.alarm = alarmUnits->milli();
        request.overdraft = overdraftUnits->milli();
    }
    request.toolAction = action->currentData().toInt();
    if (!confirmWrite(tr("Write a %1.").arg(kindText(request.kind).toLower())))
        return;
    ApprovalDialog dialog(m_session, tr("Approve an engineer's card"),
                          tr("%1: it changes any meter it is put into%2.")
                              .arg(kindText(request.kind), meter->text().trimmed().isEmpty()
                                                               ? QString()
                                                               : tr(" (only meter %1)").arg(meter->text().trimmed())),
                          this);
    dialog.setAction([&](const Operator &approver, const QString &reason, bool) -> Status {
        request.reason = reason;
        if (!writeEngineerCard(request, approver))
            return Error::invalid(messageText());
        return {};
    });
    dialog.exec();
}

bool CardsPanel::checkCodeWith(const Operator &approver, const QString &reason)
{
    const Operator actor = m_session.op;
    return runCardWork(
        tr("Checking the card's security code…"), [&] { return m_service->checkSecurityCode(actor, approver, reason); },
        [&](const CardSummary &done) {
            return tr("The security code is right: the card has %n try(s) again.", nullptr, done.triesLeft);
        });
}

void CardsPanel::checkSecurityCode()
{
    ApprovalDialog dialog(m_session, tr("Approve checking the security code"),
                          tr("The card has a single security-code try left. If the code were wrong the card would "
                             "lock for good; PrepayDesk presents the code it derives for this card once."),
                          this);
    dialog.setAction([&](const Operator &approver, const QString &reason, bool) -> Status {
        if (!checkCodeWith(approver, reason))
            return Error::invalid(messageText());
        return {};
    });
    dialog.exec();
}

void CardsPanel::requestTopUp()
{
    if (m_summary && m_summary->image && !m_summary->meterSerial.isEmpty())
        emit topUpRequested(m_summary->meterSerial);
}

} // namespace prepaydesk
