// Cards & meters → Serial meters, as an engineer uses it against the real prepay-metersim on
// real pseudo-terminals: connect, discover the meter, read its values, trip and close the relay
// and close the valve (each only after a confirmation; cancelling sends nothing), set the clock,
// see every byte in the frame log and export it; a meter that does not answer gives a clear
// message and the page stays usable.
#include "GuiTestSupport.h"

#include "EngineerPage.h"
#include "MainWindow.h"
#include "MeterWorkbench.h"
#include "MetersimFixture.h"
#include "TopUpPage.h"

#include "SaleConfirmDialog.h"
#include "SoftwareSecurityModule.h"

#include "meter/MeterPorts.h"
#include "plugin/PluginManager.h"
#include "vending/SerialMeterCarrier.h"

#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace prepaydesk;
using namespace prepaydesk::test;

class TestGuiWorkbench : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void electricityMeterReadAndRelay();
    void waterMeterValveAndClock();
    void silentMeterGivesClearMessage();
    void loadCreditOpensTopUpForTheMeter();
    void cashierSellsCreditIntoTheMeter();

private:
    MeterWorkbench *bench() const { return m_window->engineerPage()->workbench(); }
    // Runs what `act` starts and waits until the workbench says it finished.
    bool waitFor(const std::function<void()> &act);
    bool connectTo(const SimDevice &device);
    QString status(const QString &meter);
    // Answers the next confirmation: the button whose text starts with `button`, or Cancel.
    void answerConfirmation(const QString &button, bool *seen);

    PluginManager m_plugins;
    std::unique_ptr<SeededDatabase> m_data;
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<MainWindow> m_window;
    Operator m_engineer;
};

void TestGuiWorkbench::initTestCase()
{
    applyConsoleTheme();
    m_plugins.scan();
    QVERIFY(m_plugins.meterProtocol(u"dlt645"_qs));
    QVERIFY(m_plugins.meterProtocol(u"cjt188"_qs));
}

void TestGuiWorkbench::init()
{
    m_data = std::make_unique<SeededDatabase>();
    QCOMPARE(m_data->seed(), QString());
    m_engineer = OperatorService(m_data->db(), m_data->clock())
                     .add(m_data->admin, u"zhou"_qs, u"Zhou Gong"_qs, Role::Engineer, u"engineer-pass-1"_qs)
                     .value();
    m_sim = std::make_unique<SimProcess>();
    // The meters' clocks show the console's (test) time: relay commands carry a deadline from it.
    const QString start = m_data->clock().now().toLocalTime().toString(u"yyyy-MM-ddTHH:mm:ss"_qs);
    QVERIFY2(m_sim->start({u"--speed"_qs, u"0"_qs, u"--start"_qs, start, u"--meter"_qs,
                           u"electricity:000000000123:name=elec,balance=88.50"_qs, u"--meter"_qs,
                           u"water:00000000000456:name=water,balance=30.00"_qs},
                          2),
             qPrintable(m_sim->errors()));
    Session session = m_data->session(m_engineer);
    session.plugins = &m_plugins;
    m_window = std::make_unique<MainWindow>(session);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::Page::CardsMeters);
    m_window->engineerPage()->showWorkbench(true);
}

void TestGuiWorkbench::cleanup()
{
    m_window.reset();
    m_sim.reset();
    m_data.reset();
}

bool TestGuiWorkbench::waitFor(const std::function<void()> &act)
{
    QSignalSpy done(bench(), &MeterWorkbench::finished);
    act();
    return done.count() > 0 || done.wait(30000);
}

bool TestGuiWorkbench::connectTo(const SimDevice &device)
{
    bench()->setPortText(device.endpoint);
    bench()->setProtocol(device.protocol);
    return waitFor([this] { bench()->connectLink(); }) && bench()->messageText().isEmpty();
}

QString TestGuiWorkbench::status(const QString &meter)
{
    const QStringList lines = m_sim->command(u"status "_qs + meter);
    return lines.isEmpty() ? QString() : lines.first();
}

void TestGuiWorkbench::answerConfirmation(const QString &button, bool *seen)
{
    onNextModal<QMessageBox>(
        [button](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons()) {
                if (!button.isEmpty() && b->text().startsWith(button)) {
                    b->click();
                    return;
                }
            }
            box->button(QMessageBox::Cancel)->click();
        },
        seen);
}

void TestGuiWorkbench::electricityMeterReadAndRelay()
{
    const SimDevice elec = m_sim->devices.at(0);
    QVERIFY2(connectTo(elec), qPrintable(bench()->messageText()));

    // Discover: the one meter on the line says its address.
    QVERIFY(waitFor([this] { bench()->discover(); }));
    QCOMPARE(bench()->address(), u"000000000123"_qs);

    QVERIFY(waitFor([this] { bench()->readAll(); }));
    const QList<QStringList> values = bench()->values();
    QVERIFY2(values.size() >= 10, qPrintable(bench()->messageText()));
    bool money = false;
    for (const QStringList &row : values)
        money = money || (row.value(1) == u"88.50"_qs && row.value(2) == u"yuan"_qs);
    QVERIFY2(money, "the remaining money is read as the meter holds it");
    QVERIFY(bench()->logText().contains(u"TX"_qs));
    QVERIFY(!saveScreenshot(m_window.get(), u"workbench-dlt645-read"_qs).isEmpty());

    // Cancelling the confirmation sends nothing.
    const QString logBefore = bench()->logText();
    bool seen = false;
    answerConfirmation({}, &seen);
    bench()->relay(RelayAction::Trip);
    QVERIFY(seen);
    QCOMPARE(bench()->logText(), logBefore);
    QVERIFY(status(u"elec"_qs).contains(u"supply=on"_qs));

    // Confirmed: the meter trips, then closes again.
    answerConfirmation(u"Send"_qs, &seen);
    QVERIFY(waitFor([this] { bench()->relay(RelayAction::Trip); }));
    QVERIFY(seen);
    QVERIFY2(bench()->messageText().contains(u"confirmed"_qs), qPrintable(bench()->messageText()));
    QVERIFY(status(u"elec"_qs).contains(u"supply=off"_qs));
    answerConfirmation(u"Send"_qs, &seen);
    QVERIFY(waitFor([this] { bench()->relay(RelayAction::DirectClose); }));
    QVERIFY(status(u"elec"_qs).contains(u"supply=on"_qs));

    // The session's log, exported, holds the frames with their meaning.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"meter-log.txt"_qs);
    QVERIFY(bench()->exportLog(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"TX"_qs) && text.contains(u"RX"_qs));
    QVERIFY(text.contains(u"000000000123"_qs));
}

void TestGuiWorkbench::waterMeterValveAndClock()
{
    const SimDevice water = m_sim->devices.at(1);
    QVERIFY2(connectTo(water), qPrintable(bench()->messageText()));
    bench()->setAddress(water.address);
    QVERIFY(waitFor([this] { bench()->readAll(); }));
    QVERIFY2(!bench()->values().isEmpty(), qPrintable(bench()->messageText()));

    bool seen = false;
    answerConfirmation(u"Close the valve"_qs, &seen);
    QVERIFY(waitFor([this] { bench()->valve(ValveAction::Close); }));
    QVERIFY(seen);
    QVERIFY2(bench()->messageText().contains(u"confirmed"_qs), qPrintable(bench()->messageText()));
    QVERIFY(status(u"water"_qs).contains(u"supply=off"_qs));

    answerConfirmation(u"Set the clock"_qs, &seen);
    QVERIFY(waitFor([this] { bench()->setClock(); }));
    QVERIFY(seen);
    QVERIFY2(bench()->messageText().contains(u"clock"_qs), qPrintable(bench()->messageText()));
    QVERIFY(!saveScreenshot(m_window.get(), u"workbench-cjt188-valve"_qs).isEmpty());
}

void TestGuiWorkbench::silentMeterGivesClearMessage()
{
    const SimDevice elec = m_sim->devices.at(0);
    QVERIFY(connectTo(elec));
    QVERIFY(m_sim->command(u"mute elec"_qs).contains(u"ok"_qs));
    bench()->setAddress(elec.address);
    QVERIFY(waitFor([this] { bench()->readAll(); }));
    QVERIFY2(!bench()->messageText().isEmpty(), "a meter that does not answer is reported");
    QVERIFY(bench()->values().isEmpty());
    QVERIFY(!bench()->isBusy());
    QVERIFY(!saveScreenshot(m_window.get(), u"workbench-no-answer"_qs).isEmpty());
    // It answers again: the page goes on.
    QVERIFY(m_sim->command(u"unmute elec"_qs).contains(u"ok"_qs));
    QVERIFY(waitFor([this] { bench()->readAll(); }));
    QVERIFY(!bench()->values().isEmpty());
}

void TestGuiWorkbench::loadCreditOpensTopUpForTheMeter()
{
    // 王五's electricity meter E000000000123 is the simulator's meter 000000000123 on the line.
    auto account = CustomerService(m_data->db(), m_data->clock())
                       .openAccount(m_data->cashier, m_data->wangWu, Utility::Electricity);
    QVERIFY(account);
    MeterDraft draft;
    draft.serial = u"E000000000123"_qs;
    draft.utility = Utility::Electricity;
    draft.carrier = Carrier::Serial;
    draft.protocol = u"dlt645"_qs;
    MeterService meters(m_data->db(), m_data->clock());
    auto meter = meters.registerMeter(m_data->admin, draft);
    QVERIFY(meter);
    PD_VERIFY_OK(meters.install(m_data->admin, meter.value(), account->id));

    const SimDevice elec = m_sim->devices.at(0);
    QVERIFY(connectTo(elec));
    // An address no registered meter has: said so, and the page stays.
    bench()->setAddress(u"000000000999"_qs);
    bench()->requestTopUp();
    QCOMPARE(m_window->currentPage(), MainWindow::Page::CardsMeters);
    QVERIFY2(bench()->messageText().contains(u"000000000999"_qs), qPrintable(bench()->messageText()));

    // The meter's address: the Top-up page opens on its customer, and the line is let go for
    // the sale's carrier.
    bench()->setAddress(elec.address);
    QSignalSpy released(bench(), &MeterWorkbench::finished);
    bench()->requestTopUp();
    QCOMPARE(m_window->currentPage(), MainWindow::Page::TopUp);
    QCOMPARE(m_window->topUpPage()->customerId(), m_data->wangWu);
    QVERIFY(released.count() > 0 || released.wait(10000));
    QCOMPARE(bench()->link()->state(), MeterLink::State::Closed);
}

void TestGuiWorkbench::cashierSellsCreditIntoTheMeter()
{
    // A money tariff (the meter keeps money) for 王五's meter E000000000123 = the simulator's
    // 000000000123, which holds 88.50.
    const char *moneyTariff = R"({"effective_from":"2026-01-01","meter_kind":"money","basis":"purchase",
        "cycle":{"kind":"monthly","start_month":1,"start_day":1},"blocks":[{"from":"0","price":"0.5283"}]})";
    auto version = TariffVersion::fromJson(QJsonDocument::fromJson(moneyTariff).object());
    QVERIFY(version);
    auto tariff = TariffService(m_data->db(), m_data->clock())
                      .createTariff(m_data->admin, Utility::Electricity, u"E-MONEY"_qs, u"Money"_qs, version.value());
    QVERIFY(tariff);
    auto account = CustomerService(m_data->db(), m_data->clock())
                       .openAccount(m_data->cashier, m_data->wangWu, Utility::Electricity, tariff.value());
    QVERIFY(account);
    MeterDraft draft;
    draft.serial = u"E000000000123"_qs;
    draft.utility = Utility::Electricity;
    draft.carrier = Carrier::Serial;
    draft.protocol = u"dlt645"_qs;
    MeterService meters(m_data->db(), m_data->clock());
    auto meter = meters.registerMeter(m_data->admin, draft);
    QVERIFY(meter);
    PD_VERIFY_OK(meters.install(m_data->admin, meter.value(), account->id));
    QVERIFY(ShiftService(m_data->db(), m_data->clock()).open(m_data->cashier, Money::fromMinor(20000)));

    // The console's serial carrier as the demo has it: the simulator's devices, and the software
    // security module under the simulator's key (test meters only).
    QTemporaryDir dir;
    const QString devices = dir.filePath(u"devices.txt"_qs);
    QFile file(devices);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (const SimDevice &d : std::as_const(m_sim->devices))
        file.write(QStringList{d.protocol, d.address, d.endpoint, d.name, d.utility}.join(u' ').toUtf8() + '\n');
    file.close();
    MeterPorts ports;
    ports.setSimulatorDevices(devices);
    const dlt645::SoftwareSecurityModule security(QByteArrayLiteral("prepaydesk-metersim-software-test-key"));
    auto carriers = std::make_shared<CarrierRegistry>();
    carriers->add(Carrier::Serial,
                  std::make_shared<SerialMeterCarrier>(
                      m_data->db(),
                      QHash<QString, const MeterProtocol *>{{u"dlt645"_qs, m_plugins.meterProtocol(u"dlt645"_qs)}},
                      ports, &security));

    Session session = m_data->session(m_data->cashier);
    session.plugins = &m_plugins;
    m_window = std::make_unique<MainWindow>(session);
    m_window->setCarriers(carriers);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::Page::TopUp);
    TopUpPage *topUp = m_window->topUpPage();
    topUp->chooseFirstHitFor(u"E000000000123"_qs);
    QCOMPARE(topUp->accountId(), account->id);
    auto *amount = topUp->findChild<QLineEdit *>(u"amountEdit"_qs);
    QVERIFY(amount);
    amount->setText(u"20"_qs);
    bool seen = false;
    onNextModal<SaleConfirmDialog>([](SaleConfirmDialog *d) { d->accept(); }, &seen);
    topUp->sell();
    QVERIFY(seen);
    // Delivered only after the meter confirmed and a read-back showed it: the meter has it once.
    const QString after = status(u"elec"_qs);
    QVERIFY2(after.contains(u"balance=108.50"_qs), qPrintable(after));
    QVERIFY2(after.contains(u"purchase_count=1"_qs), qPrintable(after));
    auto state = Sql::scalar(m_data->db().connection(), u"SELECT state FROM vends ORDER BY id DESC LIMIT 1"_qs);
    QVERIFY(state);
    QCOMPARE(state->toString(), u"delivered"_qs);
    QVERIFY(!saveScreenshot(m_window.get(), u"topup-serial-meter-delivered"_qs).isEmpty());

    // The meter does not answer (unplugged from the counter's line): the next sale is refused
    // with the reason, nothing is recorded or loaded, and the cashier can try again.
    topUp->newSale();
    topUp->chooseFirstHitFor(u"E000000000123"_qs);
    amount->setText(u"10"_qs);
    onNextModal<SaleConfirmDialog>(
        [this](SaleConfirmDialog *d) {
            QCOMPARE(m_sim->command(u"mute elec"_qs).last(), u"ok"_qs);
            d->accept();
        },
        &seen);
    topUp->sell();
    QVERIFY(seen);
    QVERIFY2(topUp->messageText().contains(u"does not answer"_qs), qPrintable(topUp->messageText()));
    QVERIFY2(status(u"elec"_qs).contains(u"balance=108.50"_qs), qPrintable(status(u"elec"_qs)));
    QCOMPARE(Sql::scalar(m_data->db().connection(), u"SELECT count(*) FROM vends"_qs)->toInt(), 1);
    QVERIFY(!saveScreenshot(m_window.get(), u"topup-serial-meter-silent"_qs).isEmpty());
}

QTEST_MAIN(TestGuiWorkbench)
#include "tst_gui_workbench.moc"
