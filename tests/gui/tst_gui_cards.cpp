// Cards & meters → IC cards in the real main window, on the real PC/SC stack (PcscStack: a
// private pcscd, Debian's vpcd, a virtual SLE4442 card) with the card driver plugins: putting a
// card in the reader shows its summary by itself; a blank card is issued for a meter; the
// cashier tops it up on the Top-up page; the meter (prepay-metersim) loads it and writes back,
// and the card read again shows what the meter wrote; a card pulled out is said so; a cashier
// cannot write an engineer's card. Screenshots of each screen.
#include "GuiTestSupport.h"
#include "MetersimFixture.h"
#include "PcscStack.h"

#include "ApprovalDialog.h"
#include "CardsPanel.h"
#include "EngineerPage.h"
#include "MainWindow.h"
#include "SaleConfirmDialog.h"
#include "TopUpPage.h"

#include "card/CardReaders.h"
#include "card/CardService.h"
#include "card/PrepayCardFormat.h"
#include "card/ReaderMonitor.h"
#include "plugin/PluginManager.h"
#include "security/KeyVault.h"
#include "vending/IcCardCarrier.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

const QByteArray CardKey = QByteArray::fromHex("3f1e5d7c9b0a28466482a0bedcf01e3c5a7896b4d2f0e1c3a5b79d8f0a2c4e61");
const QString UtilityCode = QStringLiteral("330100");
const QString MeterNo = QStringLiteral("000000000321");

QString rowsText(CardsPanel *panel)
{
    QStringList lines;
    for (const auto &[label, value] : panel->summaryRows())
        lines << label + u": " + value;
    return lines.join(u'\n');
}

} // namespace

class TestGuiCards : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void issueTopUpAndReadTheWriteBack();
    void cashierCannotWriteEngineerCards();
    void lastSecurityCodeTryNeedsASupervisor();
    void engineerWritesASetupCardInUnits();
    void inChinese();

private:
    CardsPanel *panel() const { return m_window->engineerPage()->cardsPanel(); }
    bool waitShown(const std::function<void()> &action);

    PcscStack m_stack;
    SimProcess m_sim;
    PluginManager m_plugins;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SeededDatabase> m_data;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<CardService> m_cards;
    PrepayCardFormat m_format;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_meter = 0;
};

void TestGuiCards::initTestCase()
{
    applyConsoleTheme();
    // The stack first: the console's reader monitor must see this process's pcscd.
    PD_VERIFY_OK(m_stack.start());
    m_plugins.scan();
    QVERIFY(m_plugins.cardDriver(u"sle4442"_qs));
    const QStringList args{u"--speed"_qs,        u"0"_qs,
                           u"--start"_qs,        u"2026-11-18T12:00:00"_qs,
                           u"--meter"_qs,        u"electricity:%1:balance=10,price=0.5,limit=500"_qs.arg(MeterNo),
                           u"--card-key"_qs,     QString::fromLatin1(CardKey.toHex()),
                           u"--utility-code"_qs, UtilityCode};
    QVERIFY2(m_sim.start(args, 1), qPrintable(m_sim.errors()));
}

void TestGuiCards::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = std::make_unique<SeededDatabase>();
    QCOMPARE(m_data->seed(), QString());
    auto supervisor = OperatorService(m_data->db(), m_data->clock())
                          .add(m_data->admin, u"wang"_qs, u"Wang Qiang"_qs, Role::Supervisor, u"super-pass-1"_qs);
    PD_VERIFY_OK(supervisor);
    m_data->supervisor = supervisor.value();
    m_vault = std::make_unique<KeyVault>(m_data->db(), m_data->clock());
    PD_VERIFY_OK(m_vault->initialize(m_data->admin, u"gui cards test passphrase"_qs));
    PD_VERIFY_OK(m_vault->addCardKey(m_data->admin, UtilityCode, SecretBytes(CardKey), u"test"_qs));
    // 王五's electricity account on a money tariff, with the IC-card meter 000000000321.
    const char *moneyTariff = R"({"effective_from":"2026-01-01","meter_kind":"money","basis":"purchase",
        "cycle":{"kind":"monthly","start_month":1,"start_day":1},"blocks":[{"from":"0","price":"0.5000"}]})";
    auto version = TariffVersion::fromJson(QJsonDocument::fromJson(moneyTariff).object());
    PD_VERIFY_OK(version);
    auto tariff = TariffService(m_data->db(), m_data->clock())
                      .createTariff(m_data->admin, Utility::Electricity, u"E-MONEY"_qs, u"Money"_qs, version.value());
    PD_VERIFY_OK(tariff);
    auto account = CustomerService(m_data->db(), m_data->clock())
                       .openAccount(m_data->cashier, m_data->wangWu, Utility::Electricity, tariff.value());
    PD_VERIFY_OK(account);
    MeterDraft draft;
    draft.serial = MeterNo;
    draft.utility = Utility::Electricity;
    draft.carrier = Carrier::IcCard;
    MeterService meters(m_data->db(), m_data->clock());
    auto meter = meters.registerMeter(m_data->admin, draft);
    PD_VERIFY_OK(meter);
    m_meter = meter.value();
    PD_VERIFY_OK(meters.install(m_data->admin, m_meter, account->id));
    PD_VERIFY_OK(ShiftService(m_data->db(), m_data->clock()).open(m_data->cashier, Money::fromMinor(20000)));
    // The meter starts with no card bound.
    QCOMPARE(m_sim.command(u"status "_qs + MeterNo).value(1), u"ok"_qs);

    QList<const CardDriver *> drivers;
    for (CardDriver *d : m_plugins.instances<CardDriver>())
        drivers << d;
    const QString reader = m_stack.readerName();
    m_cards = std::make_unique<CardService>(m_data->db(), m_data->clock(), *m_vault, drivers, m_format,
                                            [reader] { return CardReaders::connect(reader); });
    auto carriers = std::make_shared<CarrierRegistry>();
    carriers->add(Carrier::IcCard, std::make_shared<IcCardCarrier>(m_data->db(), *m_cards));

    Session session = m_data->session(m_data->cashier);
    session.plugins = &m_plugins;
    session.vault = m_vault.get();
    m_window = std::make_unique<MainWindow>(session);
    m_window->setCarriers(carriers);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::Page::CardsMeters);
    m_window->engineerPage()->showCards();
    // The monitor finds the reader on its own thread.
    QTRY_COMPARE_WITH_TIMEOUT(panel()->stateText(), ReaderMonitor::textFor(ReaderMonitor::State::Working), 15000);
}

void TestGuiCards::cleanup()
{
    m_window.reset();
    if (auto st = m_stack.status(); st && st->startsWith(u"inserted"_qs))
        m_stack.remove().ok();
    m_cards.reset();
    m_vault.reset();
    m_data.reset();
    m_dir.reset();
}

bool TestGuiCards::waitShown(const std::function<void()> &action)
{
    QSignalSpy shown(panel(), &CardsPanel::cardShown);
    action();
    return shown.count() > 0 || shown.wait(15000);
}

void TestGuiCards::issueTopUpAndReadTheWriteBack()
{
    const QString card = m_dir->filePath(u"card.json"_qs);
    PD_VERIFY_OK(PcscStack::makeBlankSle4442(card));
    // Putting the card in is enough: the panel reads it and says it is blank.
    QVERIFY(waitShown([&] { PD_VERIFY_OK(m_stack.insert(card)); }));
    QVERIFY(panel()->summary());
    QVERIFY(panel()->summary()->blank);
    QVERIFY2(rowsText(panel()).contains(u"Blank"_qs), qPrintable(rowsText(panel())));
    QVERIFY(!saveScreenshot(m_window.get(), u"cards-blank-card"_qs).isEmpty());

    // Issue it for the meter.
    QVERIFY2(panel()->issueFor(MeterNo), qPrintable(panel()->messageText()));
    QVERIFY(panel()->summary()->image);
    QCOMPARE(panel()->summary()->status, u"active"_qs);
    QVERIFY2(rowsText(panel()).contains(u"王五"_qs), qPrintable(rowsText(panel())));
    QVERIFY(!saveScreenshot(m_window.get(), u"cards-issued"_qs).isEmpty());

    // Top up from the card: the Top-up page on the meter's customer sells onto the card.
    QSignalSpy topUpAsked(panel(), &CardsPanel::topUpRequested);
    panel()->requestTopUp();
    QCOMPARE(topUpAsked.count(), 1);
    TopUpPage *topUp = m_window->topUpPage();
    QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::TopUp);
    auto *amount = topUp->findChild<QLineEdit *>(u"amountEdit"_qs);
    QVERIFY(amount);
    amount->setText(u"20"_qs);
    bool seen = false;
    onNextModal<SaleConfirmDialog>([](SaleConfirmDialog *d) { d->accept(); }, &seen);
    topUp->sell();
    QVERIFY(seen);
    auto state = Sql::scalar(m_data->db().connection(), u"SELECT state FROM vends ORDER BY id DESC LIMIT 1"_qs);
    PD_VERIFY_OK(state);
    QCOMPARE(state->toString(), u"delivered"_qs);
    QVERIFY(!saveScreenshot(m_window.get(), u"cards-topup-delivered"_qs).isEmpty());

    // Out of the reader: the panel says so. The customer puts the card in the meter.
    m_window->showPage(MainWindow::Page::CardsMeters);
    PD_VERIFY_OK(m_stack.remove());
    QTRY_VERIFY_WITH_TIMEOUT(panel()->messageText().contains(u"taken out"_qs), 15000);
    QVERIFY(!panel()->summary());
    const QStringList loaded = m_sim.command(u"card %1 %2"_qs.arg(MeterNo, card));
    QVERIFY2(loaded.value(0).contains(u"result=loaded"_qs), qPrintable(loaded.join(u'\n')));
    QCOMPARE(m_sim.command(u"tamper %1 on"_qs.arg(MeterNo)).value(0), u"ok"_qs);
    QVERIFY2(m_sim.command(u"card %1 %2"_qs.arg(MeterNo, card)).value(0).contains(u"result=already-loaded"_qs),
             "the meter loads the card's credit once");

    // Back in the reader while the cashier is on the Top-up page: the card is not read there (a
    // sale would be using it), but as soon as the IC cards page is shown.
    m_window->showPage(MainWindow::Page::TopUp);
    QSignalSpy shownElsewhere(panel(), &CardsPanel::cardShown);
    PD_VERIFY_OK(m_stack.insert(card));
    QTRY_VERIFY_WITH_TIMEOUT(panel()->cardPresent(), 15000);
    QCOMPARE(shownElsewhere.count(), 0);
    QVERIFY(!panel()->summary());
    // What the meter wrote back is shown and recorded.
    QVERIFY(waitShown([&] { m_window->showPage(MainWindow::Page::CardsMeters); }));
    const QString rows = rowsText(panel());
    QVERIFY2(rows.contains(u"loaded by the meter"_qs), qPrintable(rows));
    QVERIFY2(rows.contains(u"tamper"_qs), qPrintable(rows));
    QVERIFY2(rows.contains(u"purchase 1 loaded"_qs), qPrintable(rows));
    QCOMPARE(Sql::scalar(m_data->db().connection(),
                         u"SELECT count(*) FROM meter_alarms WHERE meter_id = ? AND kind = 'tamper'"_qs, {m_meter})
                 ->toInt(),
             1);
    QVERIFY(!saveScreenshot(m_window.get(), u"cards-written-back"_qs).isEmpty());
    QCOMPARE(m_sim.command(u"tamper %1 off"_qs.arg(MeterNo)).value(0), u"ok"_qs);
    // The meter forgets the card for the next test.
    m_sim.command(u"state-reset %1"_qs.arg(MeterNo));
}

void TestGuiCards::cashierCannotWriteEngineerCards()
{
    const QString card = m_dir->filePath(u"tool.json"_qs);
    PD_VERIFY_OK(PcscStack::makeBlankSle4442(card));
    QVERIFY(waitShown([&] { PD_VERIFY_OK(m_stack.insert(card)); }));
    EngineerCardRequest tool;
    tool.kind = CardKind::Tool;
    tool.reason = u"maintenance"_qs;
    QVERIFY(!panel()->writeEngineerCard(tool, m_data->supervisor));
    QVERIFY2(!panel()->messageText().isEmpty(), "the cashier is told why");
    QVERIFY(!saveScreenshot(m_window.get(), u"cards-engineer-refused"_qs).isEmpty());
    // Nothing was written: the card is still blank.
    QVERIFY(waitShown([&] { panel()->readCard(); }));
    QVERIFY(panel()->summary()->blank);
}

void TestGuiCards::lastSecurityCodeTryNeedsASupervisor()
{
    const QString card = m_dir->filePath(u"last-try.json"_qs);
    PD_VERIFY_OK(PcscStack::makeBlankSle4442(card));
    QVERIFY(waitShown([&] { PD_VERIFY_OK(m_stack.insert(card)); }));
    QVERIFY2(panel()->issueFor(MeterNo), qPrintable(panel()->messageText()));
    PD_VERIFY_OK(m_stack.remove());
    // Two wrong codes somewhere else: one try left.
    QFile f(card);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject image = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    image.insert(u"errorCounter"_qs, 1);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(image).toJson());
    f.close();
    QVERIFY(waitShown([&] { PD_VERIFY_OK(m_stack.insert(card)); }));
    QCOMPARE(panel()->summary()->triesLeft, 1);
    auto *check = panel()->findChild<QPushButton *>(u"checkCodeButton"_qs);
    QVERIFY(check);
    QVERIFY(check->isVisible());
    QVERIFY2(panel()->messageText().contains(u"supervisor"_qs), qPrintable(panel()->messageText()));
    QVERIFY2(rowsText(panel()).contains(u"PSC tries left: 1"_qs), qPrintable(rowsText(panel())));
    QVERIFY(!saveScreenshot(m_window.get(), u"cards-last-try"_qs).isEmpty());
    // The cashier cannot approve it; a supervisor can, and the tries come back.
    QVERIFY(!panel()->checkCodeWith(m_data->cashier, u"one try left"_qs));
    QVERIFY2(panel()->checkCodeWith(m_data->supervisor, u"one try left"_qs), qPrintable(panel()->messageText()));
    QCOMPARE(panel()->summary()->triesLeft, 3);
    QVERIFY(!check->isVisible());
    m_sim.command(u"state-reset %1"_qs.arg(MeterNo));
}

void TestGuiCards::engineerWritesASetupCardInUnits()
{
    // An engineer's window; the dialogs answered as an engineer and a supervisor would.
    auto engineer = OperatorService(m_data->db(), m_data->clock())
                        .add(m_data->admin, u"zhou"_qs, u"Zhou Gong"_qs, Role::Engineer, u"engineer-pass-1"_qs);
    PD_VERIFY_OK(engineer);
    Session session = m_data->session(engineer.value());
    session.plugins = &m_plugins;
    session.vault = m_vault.get();
    m_window = std::make_unique<MainWindow>(session);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::Page::CardsMeters);
    m_window->engineerPage()->showCards();
    const QString card = m_dir->filePath(u"setup.json"_qs);
    PD_VERIFY_OK(PcscStack::makeBlankSle4442(card));
    QVERIFY(waitShown([&] { PD_VERIFY_OK(m_stack.insert(card)); }));

    bool asked = false, confirmed = false, approved = false;
    onNextModal<QDialog>(
        [&](QDialog *ask) {
            const auto combos = ask->findChildren<QComboBox *>();
            QCOMPARE(combos.size(), 3); // card kind, unit, tool action
            combos.at(1)->setCurrentIndex(combos.at(1)->findData(int(CreditUnit::Units)));
            const auto edits = ask->findChildren<QLineEdit *>();
            QCOMPARE(edits.size(), 3); // meter, alarm, overdraft
            edits.at(0)->setText(MeterNo);
            edits.at(1)->setText(u"5.5"_qs);
            edits.at(2)->setText(u"2"_qs);
            (void)saveScreenshot(ask, u"cards-engineer-dialog"_qs);
            onNextModal<QMessageBox>(
                [&](QMessageBox *box) {
                    onNextModal<ApprovalDialog>(
                        [&](ApprovalDialog *approval) {
                            approval->setUserName(u"wang"_qs);
                            approval->setPassword(u"super-pass-1"_qs);
                            approval->setReason(u"new alarm level for the estate"_qs);
                            approval->approve();
                        },
                        &approved);
                    box->button(QMessageBox::Yes)->click();
                },
                &confirmed);
            ask->accept();
        },
        &asked);
    panel()->engineerCard();
    QVERIFY(asked && confirmed && approved);
    QVERIFY2(panel()->summary() && panel()->summary()->image, qPrintable(panel()->messageText()));
    const CardImage image = *panel()->summary()->image; // summary() gives a copy
    QCOMPARE(image.kind, CardKind::Setup);
    QCOMPARE(image.unit, CreditUnit::Units);
    QCOMPARE(image.alarm, 5500);
    QCOMPARE(image.overdraft, 2000);
    QCOMPARE(image.meter, MeterNo);
    QVERIFY(!saveScreenshot(m_window.get(), u"cards-engineer-setup-written"_qs).isEmpty());
    // The meter keeps money: it refuses a card in units, and says so.
    QVERIFY(m_sim.command(u"card %1 %2"_qs.arg(MeterNo, card)).value(0).contains(u"reason=wrong-unit"_qs));
    PD_VERIFY_OK(m_stack.remove());
}

void TestGuiCards::inChinese()
{
    // Most counters run in Chinese: the page made anew with the zh_CN translation.
    QTranslator zh;
    QVERIFY(zh.load(u":/i18n/prepaydesk_zh_CN.qm"_qs));
    QCoreApplication::installTranslator(&zh);
    Session session = m_data->session(m_data->cashier);
    session.plugins = &m_plugins;
    session.vault = m_vault.get();
    m_window = std::make_unique<MainWindow>(session);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::Page::CardsMeters);
    m_window->engineerPage()->showCards();
    const QString card = m_dir->filePath(u"zh.json"_qs);
    PD_VERIFY_OK(PcscStack::makeBlankSle4442(card));
    QVERIFY(waitShown([&] { PD_VERIFY_OK(m_stack.insert(card)); }));
    QVERIFY2(panel()->issueFor(MeterNo), qPrintable(panel()->messageText()));
    const QString rows = rowsText(panel());
    QVERIFY2(rows.contains(u"用户卡"_qs), qPrintable(rows));
    QVERIFY(!saveScreenshot(m_window.get(), u"zh_CN-cards-issued"_qs).isEmpty());
    m_window.reset();
    QCoreApplication::removeTranslator(&zh);
    m_sim.command(u"state-reset %1"_qs.arg(MeterNo));
}

QTEST_MAIN(TestGuiCards)
#include "tst_gui_cards.moc"
