// The Top-up page, driven as a cashier drives it: with the keyboard, through the real dialogs,
// against a real database and the real vending service.
#include "GuiTestSupport.h"

#include "AccountVendsPanel.h"
#include "ApprovalDialog.h"
#include "MainWindow.h"
#include "QuoteView.h"
#include "ReceiptPreviewDialog.h"
#include "SaleConfirmDialog.h"
#include "SaleText.h"
#include "TopUpPage.h"
#include "VendResultPanel.h"

#include "vending/Ledger.h"
#include "vending/Receipt.h"
#include "vending/VendingService.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

Money yuan(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

// Records when a widget was last painted.
class PaintWatch : public QObject
{
public:
    qint64 paintedAt = -1;
    const QElapsedTimer *clock = nullptr;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && clock)
            paintedAt = clock->nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestGuiTopUp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardSaleInUnderTenKeys();
    void liveQuoteOnEveryKeystroke();
    void belowMinimumIsRefusedAndCannotBeSold();
    void escapeStepsBack();
    void confirmationEscapeSellsNothing();
    void retryAfterErrorReusesTheKey();
    void splitPaymentAndChangeDue();
    void cardPaymentNeedsReference();
    void pendingSaleSaysDeliveryNotConfirmed();
    void reversalNeedsSupervisor();
    void withoutShiftThePageOffersToOpenOne();
    void receiptLinesUpChineseAndOffersCustomerLanguage();
    void keystrokeToQuoteLatency();

private:
    void openWindow(const Operator &op, bool scripted = false);
    TopUpPage *page() const { return m_window->topUpPage(); }
    template<typename T>
    T *child(const char *name) const
    {
        return page()->findChild<T *>(QLatin1String(name));
    }
    QLineEdit *amountEdit() const { return child<QLineEdit>("amountEdit"); }
    int vendCount() const
    {
        return Sql::scalar(m_data->db().connection(), QStringLiteral("SELECT count(*) FROM vends"))->toInt();
    }
    // The widget with the keyboard focus. When a modal dialog closes, the offscreen platform
    // (unlike a window manager) does not activate the main window again: the test does.
    QWidget *focused() const
    {
        if (!QApplication::focusWidget() && !QApplication::activeModalWidget()) {
            m_window->activateWindow();
            if (!QTest::qWaitForWindowActive(m_window.get()))
                qWarning("the main window did not become active again");
        }
        return QApplication::focusWidget();
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) const { QTest::keyClick(focused(), k, m); }
    void type(const QString &text) const
    {
        for (const QChar c : text)
            QTest::keyClick(focused(), c.toLatin1());
    }
    // Customer 李四, his account, the amount typed: ready to sell.
    void startSale(const QString &amount);
    // Enter, then Enter in the confirmation.
    bool confirmSale();

    std::unique_ptr<SeededDatabase> m_data;
    std::shared_ptr<ScriptedCarrier> m_carrier;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiTopUp::initTestCase()
{
    applyConsoleTheme();
}

void TestGuiTopUp::init()
{
    m_data = std::make_unique<SeededDatabase>();
    QCOMPARE(m_data->seed(), QString());
    QCOMPARE(m_data->seedVending(), QString());
    m_carrier = std::make_shared<ScriptedCarrier>();
}

void TestGuiTopUp::cleanup()
{
    m_window.reset();
    if (m_data) {
        // Whatever the screens did, the books balance.
        auto check = Ledger::verify(m_data->db().connection());
        QVERIFY(check.ok());
        QVERIFY2(check->problems.isEmpty(), qPrintable(check->problems.join(u'\n')));
    }
    m_data.reset();
}

void TestGuiTopUp::openWindow(const Operator &op, bool scripted)
{
    m_window = std::make_unique<MainWindow>(m_data->session(op));
    if (scripted) {
        auto registry = std::make_shared<CarrierRegistry>();
        registry->add(Carrier::StsToken, m_carrier);
        m_window->setCarriers(registry);
    }
    m_window->setOutletName(QStringLiteral("和平里营业厅 Hepingli counter"));
    m_window->resize(1366, 768);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiTopUp::startSale(const QString &amount)
{
    m_window->showPage(MainWindow::Page::TopUp);
    type(QStringLiteral("ls"));
    key(Qt::Key_Return);
    QCOMPARE(page()->accountId(), m_data->liSiAccount);
    QCOMPARE(focused(), amountEdit());
    type(amount);
}

bool TestGuiTopUp::confirmSale()
{
    bool seen = false;
    onNextModal<SaleConfirmDialog>([](SaleConfirmDialog *d) { QTest::keyClick(d->focusWidget(), Qt::Key_Return); },
                                   &seen);
    key(Qt::Key_Return);
    return seen;
}

void TestGuiTopUp::keyboardSaleInUnderTenKeys()
{
    openWindow(m_data->cashier);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Customers);
    // The shift is on the status bar.
    const QString shiftStatus = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("shiftStatus"))->text();
    QCOMPARE(shiftStatus, QStringLiteral("Shift %1 open since 10:00").arg(m_data->shift->id));

    int keys = 0;
    auto press = [this, &keys](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        key(k, m);
        ++keys;
    };
    auto typeCounted = [this, &keys](const QString &text) {
        type(text);
        keys += int(text.size());
    };
    press(Qt::Key_2, Qt::ControlModifier); // the Top-up page
    QCOMPARE(m_window->currentPage(), MainWindow::Page::TopUp);
    QCOMPARE(focused(), child<QLineEdit>("customerSearch"));
    typeCounted(QStringLiteral("ls")); // 李四 by pinyin initials
    press(Qt::Key_Return);             // the first match; his only account is chosen with him
    QCOMPARE(page()->customerId(), m_data->liSi);
    QCOMPARE(page()->accountId(), m_data->liSiAccount);
    QCOMPARE(page()->step(), TopUpPage::Step::Amount);
    QCOMPARE(focused(), amountEdit());
    const QString saleKey = page()->saleKey();
    QVERIFY(!saleKey.isEmpty());
    typeCounted(QStringLiteral("50"));
    QVERIFY(page()->quoteView()->hasQuote());
    QVERIFY2(page()->quoteView()->totalText().contains(QStringLiteral("100.000 kWh")),
             qPrintable(page()->quoteView()->totalText()));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("top-up-quote")).isEmpty());

    bool seen = false;
    QString confirmedAmount;
    onNextModal<SaleConfirmDialog>(
        [&](SaleConfirmDialog *d) {
            confirmedAmount = d->findChild<QLabel *>(QStringLiteral("amountValue"))->text();
            saveScreenshot(d, QStringLiteral("top-up-confirm"));
            QTest::keyClick(d->focusWidget(), Qt::Key_Return); // confirm
            ++keys;
        },
        &seen);
    press(Qt::Key_Return); // quote accepted, cash exact by default: the confirmation
    QVERIFY(seen);
    QCOMPARE(confirmedAmount, QStringLiteral("¥50.00"));
    qInfo("top-up keystrokes from the Customers page to a delivered vend: %d", keys);
    QCOMPARE(keys, 8);
    QVERIFY(keys < 10);

    // Sold, once, with the key made when the sale started, and the code on screen is the stored one.
    QCOMPARE(page()->step(), TopUpPage::Step::Result);
    const std::optional<Vend> shown = page()->resultVend();
    QVERIFY(shown);
    const auto stored = VendingService(m_data->db(), m_data->clock()).get(shown->id);
    PD_VERIFY_OK(stored);
    QCOMPARE(stored->state, VendState::Delivered);
    QCOMPARE(stored->key, saleKey);
    QCOMPARE(stored->amount, yuan("50.00"));
    QCOMPARE(stored->units, Quantity::fromWhole(100));
    QCOMPARE(stored->creditCode.size(), 20);
    QCOMPARE(page()->resultPanel()->codeText(), VendText::grouped(stored->creditCode));
    QCOMPARE(page()->resultPanel()->findChild<QLabel *>(QStringLiteral("creditCode"))->text(),
             VendText::grouped(stored->creditCode));
    QCOMPARE(vendCount(), 1);
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("top-up-delivered")).isEmpty());

    // The receipt: Ctrl+P previews it; its text carries the code in fours; a PDF is written.
    const QString pdf = outputFolder(QStringLiteral("gui")) + QStringLiteral("/receipt-keyboard-sale.pdf");
    QFile::remove(pdf);
    QString text58, text80;
    Status saved = Error::make(Error::Code::Io, QStringLiteral("not saved"));
    onNextModal<ReceiptPreviewDialog>(
        [&](ReceiptPreviewDialog *d) {
            text58 = d->text();
            saveScreenshot(d, QStringLiteral("receipt-preview-58mm"));
            d->setPaper(ReceiptRenderer::Paper::Thermal80);
            text80 = d->text();
            saved = d->savePdf(pdf);
            d->reject();
        },
        &seen);
    key(Qt::Key_P, Qt::ControlModifier);
    QVERIFY(seen);
    const QString grouped = VendText::grouped(stored->creditCode);
    QVERIFY2(text58.contains(grouped), qPrintable(text58));
    QVERIFY(text80.contains(grouped));
    QVERIFY2(text58.contains(QStringLiteral("Block 1: 100.000 kWh x")), qPrintable(text58));
    for (const QString &line : text58.split(u'\n'))
        QVERIFY2(Receipt::displayWidth(line) <= Receipt::Columns58mm, qPrintable(line));
    for (const QString &line : text80.split(u'\n'))
        QVERIFY2(Receipt::displayWidth(line) <= Receipt::Columns80mm, qPrintable(line));
    PD_VERIFY_OK(saved);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const QString a4 = outputFolder(QStringLiteral("gui")) + QStringLiteral("/receipt-keyboard-sale-58mm.pdf");
    PD_VERIFY_OK(page()->resultPanel()->saveReceiptPdf(a4));
    QVERIFY(QFileInfo(a4).size() > 1000);

    // Enter: the next customer.
    key(Qt::Key_Return);
    QCOMPARE(page()->step(), TopUpPage::Step::Customer);
    QCOMPARE(focused(), child<QLineEdit>("customerSearch"));
    QVERIFY(page()->saleKey().isEmpty());
}

void TestGuiTopUp::liveQuoteOnEveryKeystroke()
{
    openWindow(m_data->cashier);
    startSale(QString());
    QuoteView *quote = page()->quoteView();
    int updates = quote->updates();
    // 2 -> refused (below the 5.00 minimum), 25 -> 50 kWh in block 1, 250 -> blocks 1 and 2.
    type(QStringLiteral("2"));
    QCOMPARE(quote->updates(), ++updates);
    QVERIFY(!quote->hasQuote());
    type(QStringLiteral("5"));
    QCOMPARE(quote->updates(), ++updates);
    QCOMPARE(quote->lineTexts(), QStringList{QStringLiteral("Block 1 | 50.000 kWh × 0.5000 | ¥25.00")});
    type(QStringLiteral("0"));
    QCOMPARE(quote->updates(), ++updates);
    // 100 kWh at 0.50 = 50.00, then 200.00 at 0.80 = 250 kWh.
    QCOMPARE(quote->lineTexts(), (QStringList{QStringLiteral("Block 1 | 100.000 kWh × 0.5000 | ¥50.00"),
                                              QStringLiteral("Block 2 | 250.000 kWh × 0.8000 | ¥200.00")}));
    QCOMPARE(quote->totalText(), QStringLiteral("350.000 kWh | ¥250.00"));
    QVERIFY(quote->findChild<QLabel *>(QStringLiteral("quoteTax"))->text() == QStringLiteral("¥28.76"));
    QVERIFY(child<QPushButton>("sellButton")->isEnabled());
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("top-up-two-blocks")).isEmpty());

    // By units: Ctrl+U, and the price of 120 kWh is worked out (100 at 0.50 + 20 at 0.80 = 66.00).
    key(Qt::Key_U, Qt::ControlModifier);
    QVERIFY(child<QRadioButton>("byUnitsRadio")->isChecked());
    amountEdit()->clear();
    type(QStringLiteral("120"));
    QCOMPARE(quote->totalText(), QStringLiteral("120.000 kWh | ¥66.00"));
    QVERIFY(confirmSale());
    const auto v = page()->resultVend();
    QVERIFY(v);
    QCOMPARE(v->units, Quantity::fromWhole(120));
    QCOMPARE(v->amount, yuan("66.00"));
}

void TestGuiTopUp::belowMinimumIsRefusedAndCannotBeSold()
{
    openWindow(m_data->cashier);
    startSale(QStringLiteral("3"));
    QuoteView *quote = page()->quoteView();
    QVERIFY(!quote->hasQuote());
    // The engine's refusal, as it words it, naming the minimum.
    QVERIFY2(quote->errorText().contains(QStringLiteral("5.00")), qPrintable(quote->errorText()));
    QVERIFY(!child<QPushButton>("sellButton")->isEnabled());
    QVERIFY(child<QLabel>("sellHint")->text().contains(QStringLiteral("amount")));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("top-up-below-minimum")).isEmpty());
    // Enter sells nothing: no confirmation opens.
    bool seen = false;
    onNextModal<SaleConfirmDialog>([](SaleConfirmDialog *d) { d->reject(); }, &seen, 500);
    key(Qt::Key_Return);
    QTest::qWait(600);
    QVERIFY(!seen);
    QCOMPARE(vendCount(), 0);
    // Above the maximum too.
    amountEdit()->clear();
    type(QStringLiteral("2500"));
    QVERIFY(quote->errorText().contains(QStringLiteral("2000.00")));
    QVERIFY(!child<QPushButton>("sellButton")->isEnabled());
}

void TestGuiTopUp::escapeStepsBack()
{
    openWindow(m_data->cashier);
    startSale(QStringLiteral("20"));
    QCOMPARE(page()->step(), TopUpPage::Step::Amount);
    // Into the payment: Tab to the payment choice.
    child<QLineEdit>("tenderedEdit")->setFocus();
    QCOMPARE(page()->step(), TopUpPage::Step::Payment);
    key(Qt::Key_Escape); // payment -> amount
    QCOMPARE(page()->step(), TopUpPage::Step::Amount);
    QCOMPARE(focused(), amountEdit());
    key(Qt::Key_Escape); // amount -> customer (李四 has one account)
    QCOMPARE(page()->step(), TopUpPage::Step::Customer);
    QCOMPARE(focused(), child<QLineEdit>("customerSearch"));
    QVERIFY(child<QTableView>("customerResults")->isVisible());

    // 张三 has two accounts: Enter on "zs" stops at the account list; Esc goes back.
    child<QLineEdit>("customerSearch")->clear();
    type(QStringLiteral("zs"));
    key(Qt::Key_Return);
    QCOMPARE(page()->customerId(), m_data->zhangSan);
    QCOMPARE(page()->step(), TopUpPage::Step::Account);
    QCOMPARE(focused(), child<QListWidget>("accountList"));
    QCOMPARE(child<QListWidget>("accountList")->count(), 2);
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("top-up-two-accounts")).isEmpty());
    // The electricity account has no tariff: choosing it shows why it cannot be sold to.
    key(Qt::Key_Return);
    QCOMPARE(page()->step(), TopUpPage::Step::Amount);
    type(QStringLiteral("50"));
    QVERIFY2(page()->quoteView()->errorText().contains(QStringLiteral("tariff")),
             qPrintable(page()->quoteView()->errorText()));
    key(Qt::Key_Escape); // amount -> account list
    QCOMPARE(page()->step(), TopUpPage::Step::Account);
    QCOMPARE(focused(), child<QListWidget>("accountList"));
    key(Qt::Key_Escape); // account -> customer
    QCOMPARE(page()->step(), TopUpPage::Step::Customer);
    key(Qt::Key_Escape); // the search is cleared
    QVERIFY(child<QLineEdit>("customerSearch")->text().isEmpty());
    QCOMPARE(vendCount(), 0);
}

void TestGuiTopUp::confirmationEscapeSellsNothing()
{
    openWindow(m_data->cashier);
    startSale(QStringLiteral("20"));
    const QString saleKey = page()->saleKey();
    bool seen = false;
    QString credit;
    onNextModal<SaleConfirmDialog>(
        [&credit](SaleConfirmDialog *d) {
            credit = d->findChild<QLabel *>(QStringLiteral("creditValue"))->text();
            QTest::keyClick(d->focusWidget(), Qt::Key_Escape);
        },
        &seen);
    key(Qt::Key_Return);
    QVERIFY(seen);
    QCOMPARE(credit, QStringLiteral("40.000 kWh"));
    QCOMPARE(vendCount(), 0);
    // Back where the cashier was, with the sale as it was.
    QCOMPARE(page()->step(), TopUpPage::Step::Amount);
    QCOMPARE(focused(), amountEdit());
    QCOMPARE(amountEdit()->text(), QStringLiteral("20"));
    QCOMPARE(page()->saleKey(), saleKey);
}

void TestGuiTopUp::retryAfterErrorReusesTheKey()
{
    m_carrier->failPrepare = 1; // the first attempt fails before anything is recorded
    openWindow(m_data->cashier, true);
    startSale(QStringLiteral("30"));
    const QString saleKey = page()->saleKey();
    QVERIFY(confirmSale());
    QVERIFY2(page()->messageText().contains(QStringLiteral("did not answer")), qPrintable(page()->messageText()));
    QCOMPARE(page()->step(), TopUpPage::Step::Amount);
    QCOMPARE(vendCount(), 0);
    QCOMPARE(page()->saleKey(), saleKey);
    QCOMPARE(child<QPushButton>("sellButton")->text(), QStringLiteral("Try again…"));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("top-up-error-retry")).isEmpty());
    // Enter again: the same key, one sale.
    QVERIFY(confirmSale());
    auto v = page()->resultVend();
    QVERIFY(v);
    QCOMPARE(v->key, saleKey);
    QCOMPARE(vendCount(), 1);
    QCOMPARE(m_carrier->deliveries, 1);

    // A sale recorded under the key although the screen never heard of it (the answer was lost):
    // confirming finds that sale instead of making a second one.
    key(Qt::Key_Return); // next customer
    startSale(QStringLiteral("40"));
    const QString second = page()->saleKey();
    VendingService::Request lost;
    lost.key = second;
    lost.accountId = m_data->liSiAccount;
    lost.amount = yuan("40.00");
    lost.payments << PaymentDraft{PaymentMethod::Cash, yuan("40.00"), {}, {}};
    auto earlier =
        VendingService(m_data->db(), m_data->clock(), std::make_shared<CarrierRegistry>()).vend(m_data->cashier, lost);
    PD_VERIFY_OK(earlier);
    QCOMPARE(vendCount(), 2);
    QVERIFY(confirmSale());
    v = page()->resultVend();
    QVERIFY(v);
    QCOMPARE(v->id, earlier->id);
    QCOMPARE(v->creditCode, earlier->creditCode);
    QCOMPARE(vendCount(), 2);
}

void TestGuiTopUp::splitPaymentAndChangeDue()
{
    openWindow(m_data->cashier);
    // Cash first: 100 handed over for 50, 50 change.
    startSale(QStringLiteral("50"));
    key(Qt::Key_T, Qt::AltModifier); // &Tendered
    QCOMPARE(focused(), child<QLineEdit>("tenderedEdit"));
    type(QStringLiteral("100"));
    QCOMPARE(child<QLabel>("changeLabel")->text(), QStringLiteral("Change due: ¥50.00"));
    QVERIFY(confirmSale());
    auto v = page()->resultVend();
    QVERIFY(v);
    QCOMPARE(v->payments.size(), 1);
    QCOMPARE(v->payments[0].tendered, yuan("100.00"));
    QCOMPARE(v->payments[0].change, yuan("50.00"));
    QCOMPARE(page()->resultPanel()->findChild<QLabel *>(QStringLiteral("resultChange"))->text(),
             QStringLiteral("Give change: ¥50.00"));
    key(Qt::Key_Return);

    // Split: 80.00, of which 30.00 in cash (50.00 handed over) and 50.00 by bank card.
    startSale(QStringLiteral("80"));
    key(Qt::Key_P, Qt::AltModifier); // S&plit (a mnemonic clicks after a short animation)
    QTRY_VERIFY(child<QRadioButton>("splitRadio")->isChecked());
    key(Qt::Key_H, Qt::AltModifier); // Cas&h part
    type(QStringLiteral("30"));
    QCOMPARE(child<QLabel>("splitOtherLabel")->text(), QStringLiteral("¥50.00 by Bank card"));
    key(Qt::Key_T, Qt::AltModifier);
    type(QStringLiteral("50"));
    QCOMPARE(child<QLabel>("changeLabel")->text(), QStringLiteral("Change due: ¥20.00"));
    key(Qt::Key_F, Qt::AltModifier); // Re&ference
    type(QStringLiteral("POS-778812"));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("top-up-split-payment")).isEmpty());
    bool seen = false;
    QString first, second, change;
    onNextModal<SaleConfirmDialog>(
        [&](SaleConfirmDialog *d) {
            first = d->findChild<QLabel *>(QStringLiteral("paymentValue"))->text();
            second = d->findChild<QLabel *>(QStringLiteral("secondPaymentValue"))->text();
            change = d->findChild<QLabel *>(QStringLiteral("changeValue"))->text();
            saveScreenshot(d, QStringLiteral("top-up-split-confirm"));
            QTest::keyClick(d->focusWidget(), Qt::Key_Return);
        },
        &seen);
    key(Qt::Key_Return);
    QVERIFY(seen);
    QCOMPARE(first, QStringLiteral("¥30.00, tendered ¥50.00"));
    QCOMPARE(second, QStringLiteral("¥50.00, reference POS-778812"));
    QCOMPARE(change, QStringLiteral("¥20.00"));
    v = page()->resultVend();
    QVERIFY(v);
    QCOMPARE(v->amount, yuan("80.00"));
    QCOMPARE(v->payments.size(), 2);
    QCOMPARE(v->payments[0].method, PaymentMethod::Cash);
    QCOMPARE(v->payments[0].amount, yuan("30.00"));
    QCOMPARE(v->payments[0].change, yuan("20.00"));
    QCOMPARE(v->payments[1].method, PaymentMethod::Card);
    QCOMPARE(v->payments[1].amount, yuan("50.00"));
    QCOMPARE(v->payments[1].reference, QStringLiteral("POS-778812"));
    QCOMPARE(Ledger::balance(m_data->db().connection(), LedgerAccounts::Card).value(), yuan("50.00"));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("top-up-split-delivered")).isEmpty());
}

void TestGuiTopUp::cardPaymentNeedsReference()
{
    openWindow(m_data->cashier);
    startSale(QStringLiteral("20"));
    key(Qt::Key_Q, Qt::AltModifier); // &QR payment
    QTRY_VERIFY(child<QRadioButton>("qrRadio")->isChecked());
    bool seen = false;
    onNextModal<SaleConfirmDialog>([](SaleConfirmDialog *d) { d->reject(); }, &seen, 500);
    key(Qt::Key_Return);
    QTest::qWait(600);
    QVERIFY(!seen);
    QVERIFY(child<QLabel>("paymentError")->isVisible());
    QVERIFY(child<QLabel>("paymentError")->text().contains(QStringLiteral("reference")));
    QCOMPARE(focused(), child<QLineEdit>("referenceEdit"));
    type(QStringLiteral("WX-42"));
    QVERIFY(confirmSale());
    QCOMPARE(page()->resultVend()->payments.first().method, PaymentMethod::Qr);
}

void TestGuiTopUp::pendingSaleSaysDeliveryNotConfirmed()
{
    m_carrier->next = CreditCarrier::Outcome::Unknown; // the meter did not answer
    openWindow(m_data->cashier, true);
    startSale(QStringLiteral("25"));
    QVERIFY(confirmSale());
    auto v = page()->resultVend();
    QVERIFY(v);
    QCOMPARE(v->state, VendState::Pending);
    QVERIFY(page()->resultPanel()->stateText().contains(QStringLiteral("NOT confirmed")));
    auto *finish = page()->resultPanel()->findChild<QPushButton *>(QStringLiteral("finishButton"));
    QVERIFY(finish->isVisible());
    QVERIFY(page()->resultPanel()->findChild<QPushButton *>(QStringLiteral("voidButton"))->isVisible());
    QCOMPARE(focused(), finish);
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("top-up-pending")).isEmpty());
    // The banner counts it while it stays pending.
    page()->refreshState();
    QCOMPARE(page()->pendingCount(), 1);
    // Finish: delivered, the same code.
    m_carrier->next = CreditCarrier::Outcome::Delivered;
    key(Qt::Key_Return);
    v = page()->resultVend();
    QCOMPARE(v->state, VendState::Delivered);
    QCOMPARE(page()->resultPanel()->codeText(),
             VendText::grouped(VendingService(m_data->db(), m_data->clock()).get(v->id)->creditCode));
    QCOMPARE(page()->pendingCount(), 0);
}

void TestGuiTopUp::reversalNeedsSupervisor()
{
    openWindow(m_data->cashier);
    startSale(QStringLiteral("50"));
    QVERIFY(confirmSale());
    const qint64 vendId = page()->resultVend()->id;
    key(Qt::Key_Return); // next customer
    // Back to 李四: his sale is in the recent list.
    type(QStringLiteral("ls"));
    key(Qt::Key_Return);
    AccountVendsPanel *recent = page()->recentPanel();
    QCOMPARE(recent->vends().size(), 1);
    recent->selectVend(vendId);
    QVERIFY(recent->findChild<QPushButton *>(QStringLiteral("reverseButton"))->isEnabled());

    bool seen = false;
    QString cashierRefused, heading;
    bool waiveShown = false;
    onNextModal<ApprovalDialog>(
        [&](ApprovalDialog *d) {
            heading = d->windowTitle();
            waiveShown = d->findChild<QLabel *>(QStringLiteral("waiveHint"))->isVisible();
            // The cashier cannot approve their own reversal.
            d->setUserName(QStringLiteral("li"));
            d->setPassword(QLatin1String(SeededDatabase::CashierPassword));
            d->setReason(QStringLiteral("sold to the wrong account"));
            d->approve();
            cashierRefused = d->errorText();
            saveScreenshot(d, QStringLiteral("reversal-approval-refused"));
            // The supervisor can.
            d->setUserName(QStringLiteral("wang"));
            d->setPassword(QLatin1String(SeededDatabase::SupervisorPassword));
            QTest::keyClick(d->focusWidget(), Qt::Key_Return);
        },
        &seen, 30000);
    key(Qt::Key_V, Qt::AltModifier); // Re&verse…
    QTRY_VERIFY_WITH_TIMEOUT(seen, 30000);
    QVERIFY(heading.contains(QString::number(vendId)));
    QVERIFY(waiveShown);
    QVERIFY2(cashierRefused.contains(QStringLiteral("Li Na")), qPrintable(cashierRefused));

    const auto v = VendingService(m_data->db(), m_data->clock()).get(vendId);
    QCOMPARE(v->state, VendState::Reversed);
    // The token was given: its value is the account's debt now, and the page says so.
    QCOMPARE(Ledger::balance(m_data->db(), LedgerAccounts::Debt, m_data->liSiAccount).value(), yuan("50.00"));
    QVERIFY2(page()->messageText().contains(QStringLiteral("Wang Qiang")), qPrintable(page()->messageText()));
    QVERIFY2(page()->messageText().contains(QStringLiteral("owes ¥50.00")), qPrintable(page()->messageText()));
    QVERIFY(child<QLabel>("accountInfo")->text().contains(QStringLiteral("¥50.00")));
    // The next quote recovers part of it.
    amountEdit()->clear();
    type(QStringLiteral("100"));
    QVERIFY2(page()->quoteView()->lineTexts().first().startsWith(QStringLiteral("Debt recovered")),
             qPrintable(page()->quoteView()->lineTexts().join(u'\n')));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("top-up-after-reversal")).isEmpty());
}

void TestGuiTopUp::withoutShiftThePageOffersToOpenOne()
{
    // The supervisor has no open shift.
    openWindow(m_data->supervisor);
    m_window->showPage(MainWindow::Page::TopUp);
    auto *banner = page()->findChild<QWidget *>(QStringLiteral("shiftBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(!page()->hasOpenShift());
    type(QStringLiteral("ls"));
    key(Qt::Key_Return);
    type(QStringLiteral("50"));
    // Quotes still work; selling does not.
    QVERIFY(page()->quoteView()->hasQuote());
    QVERIFY(!child<QPushButton>("sellButton")->isEnabled());
    QCOMPARE(child<QLabel>("sellHint")->text(), QStringLiteral("Open a shift to sell."));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("top-up-no-shift")).isEmpty());
    child<QPushButton>("openShiftButton")->click();
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Shift);
}

void TestGuiTopUp::receiptLinesUpChineseAndOffersCustomerLanguage()
{
    openWindow(m_data->cashier);
    startSale(QStringLiteral("50"));
    QVERIFY(confirmSale());
    const Vend v = *page()->resultVend();
    auto receipt = Receipt::forVend(m_data->db(), v, QStringLiteral("和平里营业厅"), m_data->clock().now());
    PD_VERIFY_OK(receipt);
    for (int columns : {Receipt::Columns58mm, Receipt::Columns80mm}) {
        const QString text = receipt->text(columns, QLocale());
        const QStringList lines = text.split(u'\n');
        for (const QString &line : lines)
            QVERIFY2(Receipt::displayWidth(line) <= columns, qPrintable(line));
        // "Customer        李四": two Chinese characters take four columns, so the line is
        // two characters shorter than the paper and still ends at its edge.
        const auto customer = std::find_if(lines.cbegin(), lines.cend(),
                                           [](const QString &l) { return l.endsWith(QStringLiteral("李四")); });
        QVERIFY(customer != lines.cend());
        QCOMPARE(Receipt::displayWidth(*customer), columns);
        QCOMPARE(int(customer->size()), columns - 2);
    }
    // A reprint is marked.
    auto reprinted = VendingService(m_data->db(), m_data->clock()).reprint(m_data->cashier, v.id);
    PD_VERIFY_OK(reprinted);
    auto again = Receipt::forVend(m_data->db(), reprinted.value(), QString(), m_data->clock().now());
    QVERIFY(again->text(Receipt::Columns58mm, QLocale()).contains(QStringLiteral("REPRINT 1")));
    QCOMPARE(again->vend.creditCode, v.creditCode);

    // The console speaks English here and 李四 prefers Chinese: the preview offers Chinese and
    // prints in it when chosen, while the screens stay in English.
    bool seen = false;
    QString hint, chinese, english;
    onNextModal<ReceiptPreviewDialog>(
        [&](ReceiptPreviewDialog *d) {
            auto *h = d->findChild<QLabel *>(QStringLiteral("customerLanguageHint"));
            hint = h->isVisible() ? h->text() : QString();
            english = d->text();
            d->setLanguage(QStringLiteral("zh_CN"));
            chinese = d->text();
            saveScreenshot(d, QStringLiteral("receipt-preview-customer-language"));
            const QString pdf = outputFolder(QStringLiteral("gui")) + QStringLiteral("/receipt-zh_CN-80mm.pdf");
            d->setPaper(ReceiptRenderer::Paper::Thermal80);
            if (!d->savePdf(pdf))
                chinese.clear();
            const QString a4 = outputFolder(QStringLiteral("gui")) + QStringLiteral("/receipt-zh_CN-A4.pdf");
            d->setPaper(ReceiptRenderer::Paper::A4);
            if (!d->savePdf(a4))
                chinese.clear();
            d->reject();
        },
        &seen);
    page()->resultPanel()->printReceipt();
    QVERIFY(seen);
    QVERIFY2(hint.contains(QStringLiteral("中文")), qPrintable(hint));
    QVERIFY(english.contains(QStringLiteral("Customer")));
    QVERIFY(!chinese.isEmpty());
    // Words already in the Chinese translation (the utility's name) come out in Chinese; the
    // console itself stays in English.
    QVERIFY2(chinese != english, qPrintable(chinese));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("operatorStatus"))->text(),
             QStringLiteral("Li Na · Cashier"));
    QVERIFY(QFileInfo(outputFolder(QStringLiteral("gui")) + QStringLiteral("/receipt-zh_CN-A4.pdf")).size() > 1000);
}

void TestGuiTopUp::keystrokeToQuoteLatency()
{
    openWindow(m_data->cashier);
    startSale(QStringLiteral("5"));
    QuoteView *quote = page()->quoteView();
    auto *pays = quote->findChild<QLabel *>(QStringLiteral("quotePays"));
    QVERIFY(pays);
    QElapsedTimer clock;
    clock.start();
    PaintWatch watch;
    watch.clock = &clock;
    pays->installEventFilter(&watch);
    QCoreApplication::processEvents();

    // 200 keystrokes: a digit, a digit, Backspace, Backspace, ... so that every amount is a new
    // one from 5.00 to 599.00, each quoted.
    constexpr int Keystrokes = 200;
    QList<double> latencies;
    int updates = quote->updates();
    int updated = 0;
    for (int i = 0; i < Keystrokes; ++i) {
        const int phase = i % 4;
        const Qt::Key k = phase < 2 ? Qt::Key(Qt::Key_0 + (i * 7 + phase * 3) % 10) : Qt::Key_Backspace;
        watch.paintedAt = -1;
        const qint64 start = clock.nsecsElapsed();
        QTest::keyClick(amountEdit(), k);
        // Until the new figure is painted.
        for (int spin = 0; watch.paintedAt < 0 && spin < 200; ++spin)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (quote->updates() == updates + 1 && watch.paintedAt >= 0)
            ++updated;
        updates = quote->updates();
        latencies << (watch.paintedAt >= 0 ? double(watch.paintedAt - start) / 1e6 : -1);
    }
    pays->removeEventFilter(&watch);
    QList<double> sorted = latencies;
    std::sort(sorted.begin(), sorted.end());
    auto percentile = [&sorted](double p) {
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * sorted.size())));
    };
    qInfo("topup_keystroke_to_quote_ms p50=%.2f p95=%.2f max=%.2f n=%d", percentile(0.50), percentile(0.95),
          sorted.last(), int(sorted.size()));
    // Every keystroke gave an updated quote on screen.
    QCOMPARE(updated, Keystrokes);
    QVERIFY(sorted.first() >= 0);
}

QTEST_MAIN(TestGuiTopUp)
#include "tst_gui_topup.moc"
