// Start-up recovery: sales left pending (the console stopped mid-sale, the meter did not answer)
// are listed when the console starts, and each is finished (the same credit, a reprinted
// receipt) or voided (with a reason, the money back); nothing is lost or sold twice. Put off,
// they stay on a banner of the Top-up page.
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "PendingVendsDialog.h"
#include "ReceiptPreviewDialog.h"
#include "TopUpPage.h"

#include "vending/Ledger.h"
#include "vending/VendingService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

Money yuan(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

} // namespace

class TestGuiRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void nothingPendingShowsNothing();
    void pendingSalesAreListedThenFinishedOrVoided();
    void postponedSalesStayOnTheTopUpBanner();

private:
    Vend leavePending(const char *amount);
    void openWindow();
    int countOf(const char *state) const
    {
        return Sql::scalar(m_data->db().connection(), QStringLiteral("SELECT count(*) FROM vends WHERE state = ?"),
                           {QLatin1String(state)})
            ->toInt();
    }

    std::unique_ptr<SeededDatabase> m_data;
    std::shared_ptr<ScriptedCarrier> m_carrier;
    std::shared_ptr<CarrierRegistry> m_registry;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiRecovery::initTestCase()
{
    applyConsoleTheme();
}

void TestGuiRecovery::init()
{
    m_data = std::make_unique<SeededDatabase>();
    QCOMPARE(m_data->seed(), QString());
    QCOMPARE(m_data->seedVending(), QString());
    m_carrier = std::make_shared<ScriptedCarrier>();
    m_registry = std::make_shared<CarrierRegistry>();
    m_registry->add(Carrier::StsToken, m_carrier);
}

void TestGuiRecovery::cleanup()
{
    m_window.reset();
    if (m_data) {
        auto check = Ledger::verify(m_data->db().connection());
        QVERIFY(check.ok());
        QVERIFY2(check->problems.isEmpty(), qPrintable(check->problems.join(u'\n')));
    }
    m_data.reset();
}

Vend TestGuiRecovery::leavePending(const char *amount)
{
    // The meter does not answer: the sale is recorded with its credit, its delivery unknown.
    m_carrier->next = CreditCarrier::Outcome::Unknown;
    VendingService::Request r;
    r.key = VendingService::newKey();
    r.accountId = m_data->liSiAccount;
    r.amount = yuan(amount);
    r.payments << PaymentDraft{PaymentMethod::Cash, r.amount, {}, {}};
    auto v = VendingService(m_data->db(), m_data->clock(), m_registry).vend(m_data->cashier, r);
    if (!v || v->state != VendState::Pending)
        qWarning("the sale did not stay pending");
    m_data->clock().advanceSecs(60);
    return v ? v.value() : Vend{};
}

void TestGuiRecovery::openWindow()
{
    // As the console does after login (app/console/main.cpp).
    m_window = std::make_unique<MainWindow>(m_data->session(m_data->cashier));
    m_window->setCarriers(m_registry);
    m_window->resize(1366, 768);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiRecovery::nothingPendingShowsNothing()
{
    openWindow();
    bool seen = false;
    onNextModal<PendingVendsDialog>([](PendingVendsDialog *d) { d->reject(); }, &seen, 300);
    QCOMPARE(m_window->resolvePendingVends(), 0);
    QTest::qWait(400);
    QVERIFY(!seen);
}

void TestGuiRecovery::pendingSalesAreListedThenFinishedOrVoided()
{
    const Vend first = leavePending("25.00");
    const Vend second = leavePending("40.00");
    openWindow();
    m_carrier->next = CreditCarrier::Outcome::Delivered; // the meter answers again
    bool seen = false, receiptSeen = false;
    QStringList listed;
    QString receiptText, voidedMessage;
    int remainingAfterVoid = -1;
    onNextModal<PendingVendsDialog>(
        [&](PendingVendsDialog *d) {
            auto *view = d->findChild<QTableView *>(QStringLiteral("pendingView"));
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                QStringList cells;
                for (int c = 0; c < view->model()->columnCount(); ++c)
                    cells << view->model()->index(row, c).data().toString();
                listed << cells.join(QStringLiteral(" | "));
            }
            saveScreenshot(d, QStringLiteral("recovery-pending-list"));
            // Finish the first: the same credit again, and its receipt reprinted.
            d->selectVend(first.id);
            onNextModal<ReceiptPreviewDialog>(
                [&](ReceiptPreviewDialog *p) {
                    receiptSeen = true;
                    receiptText = p->text();
                    p->reject();
                },
                nullptr);
            QTest::keyClick(d->findChild<QTableView *>(QStringLiteral("pendingView")), Qt::Key_Return);
            // Void the second, with a reason typed into the reason field (Alt+R) and Enter.
            d->selectVend(second.id);
            QTest::keyClick(d->focusWidget(), Qt::Key_R, Qt::AltModifier);
            for (const QChar c : QStringLiteral("customer left"))
                QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), c.toLatin1());
            QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), Qt::Key_Return);
            voidedMessage = d->messageText();
            remainingAfterVoid = d->remaining();
            saveScreenshot(d, QStringLiteral("recovery-all-resolved"));
            d->reject();
        },
        &seen);
    QCOMPARE(m_window->resolvePendingVends(), 0);
    QVERIFY(seen);
    QCOMPARE(listed.size(), 2);
    QVERIFY2(listed[0].contains(QStringLiteral("李四")) && listed[0].contains(QStringLiteral("¥25.00")) &&
                 listed[0].contains(VendText::grouped(first.creditCode)),
             qPrintable(listed[0]));
    QVERIFY(listed[1].contains(QStringLiteral("¥40.00")));
    // Finished: delivered with the credit made when it was sold, and a receipt marked as a reprint.
    QVERIFY(receiptSeen);
    QVERIFY(receiptText.contains(VendText::grouped(first.creditCode)));
    QVERIFY2(receiptText.contains(QStringLiteral("REPRINT 1")), qPrintable(receiptText));
    VendingService vending(m_data->db(), m_data->clock(), m_registry);
    const auto finished = vending.get(first.id);
    QCOMPARE(finished->state, VendState::Delivered);
    QCOMPARE(finished->creditCode, first.creditCode);
    // Voided, with the reason, and the money out of the drawer again.
    const auto voided = vending.get(second.id);
    QCOMPARE(voided->state, VendState::Voided);
    QCOMPARE(voided->endReason, QStringLiteral("customer left"));
    QVERIFY2(voidedMessage.contains(QStringLiteral("¥40.00")), qPrintable(voidedMessage));
    QCOMPARE(remainingAfterVoid, 0);
    QCOMPARE(countOf("pending"), 0);
    QCOMPARE(Sql::scalar(m_data->db().connection(), QStringLiteral("SELECT count(*) FROM vends"))->toInt(), 2);
    QCOMPARE(ShiftService(m_data->db(), m_data->clock()).expectedCash(m_data->shift->id).value(), yuan("225.00"));
    // The delivery was asked for again exactly once, for the finished sale.
    QCOMPARE(m_carrier->deliveries, 3);
}

void TestGuiRecovery::postponedSalesStayOnTheTopUpBanner()
{
    leavePending("25.00");
    openWindow();
    bool seen = false;
    onNextModal<PendingVendsDialog>([](PendingVendsDialog *d) { QTest::keyClick(d, Qt::Key_Escape); }, &seen);
    QCOMPARE(m_window->resolvePendingVends(), 1); // Later
    QVERIFY(seen);
    QCOMPARE(countOf("pending"), 1);
    m_window->showPage(MainWindow::Page::TopUp);
    TopUpPage *page = m_window->topUpPage();
    auto *banner = page->findChild<QWidget *>(QStringLiteral("pendingBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("pendingBannerText"))->text().contains(QStringLiteral("1 sale")));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("top-up-pending-banner")).isEmpty());
    // Resolving from the banner: finish it; the banner goes.
    m_carrier->next = CreditCarrier::Outcome::Delivered;
    onNextModal<PendingVendsDialog>(
        [](PendingVendsDialog *d) {
            onNextModal<ReceiptPreviewDialog>([](ReceiptPreviewDialog *p) { p->reject(); }, nullptr);
            d->finishSelected();
            d->reject();
        },
        &seen);
    page->findChild<QPushButton *>(QStringLiteral("resolvePendingButton"))->click();
    QVERIFY(seen);
    QCOMPARE(countOf("pending"), 0);
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestGuiRecovery)
#include "tst_gui_recovery.moc"
