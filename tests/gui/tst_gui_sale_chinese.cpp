// Selling in Chinese, as most counters run the console: the selling screens with the zh_CN
// translation installed, saved for a look. Strings added with these screens are English until
// the translation catches up; what is already translated (navigation, utilities, roles) and
// every Chinese name must show, never as boxes, and the columns of the receipt must line up.
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "QuoteView.h"
#include "ReceiptPreviewDialog.h"
#include "SaleConfirmDialog.h"
#include "ShiftPage.h"
#include "TopUpPage.h"
#include "VendResultPanel.h"

#include "vending/Receipt.h"

#include <QLabel>
#include <QLineEdit>
#include <QTranslator>

using namespace prepaydesk;
using namespace prepaydesk::test;

class TestGuiSaleChinese : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sellingScreensInChinese();

private:
    QTranslator m_zh;
    SeededDatabase m_seeded;
};

void TestGuiSaleChinese::initTestCase()
{
    QVERIFY(m_zh.load(QStringLiteral(":/i18n/prepaydesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_zh);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    applyConsoleTheme();
    QCOMPARE(m_seeded.seed(), QString());
    QCOMPARE(m_seeded.seedVending(), QString());
}

void TestGuiSaleChinese::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_zh);
}

void TestGuiSaleChinese::sellingScreensInChinese()
{
    MainWindow window(m_seeded.session(m_seeded.cashier));
    window.setOutletName(QStringLiteral("和平里营业厅"));
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::TopUp);
    TopUpPage *page = window.topUpPage();
    page->chooseFirstHitFor(QStringLiteral("ls"));
    QCOMPARE(page->customerId(), m_seeded.liSi);
    auto *amount = page->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    for (const QChar c : QStringLiteral("150"))
        QTest::keyClick(amount, c.toLatin1());
    QCOMPARE(page->quoteView()->lineTexts().size(), 2);
    QVERIFY(!saveScreenshot(&window, QStringLiteral("zh_CN-top-up-quote")).isEmpty());

    bool seen = false;
    onNextModal<SaleConfirmDialog>(
        [](SaleConfirmDialog *d) {
            saveScreenshot(d, QStringLiteral("zh_CN-top-up-confirm"));
            d->accept();
        },
        &seen);
    QTest::keyClick(amount, Qt::Key_Return);
    QVERIFY(seen);
    const auto vend = page->resultVend();
    QVERIFY(vend);
    QCOMPARE(vend->state, VendState::Delivered);
    QVERIFY(!saveScreenshot(&window, QStringLiteral("zh_CN-top-up-delivered")).isEmpty());

    QString text;
    onNextModal<ReceiptPreviewDialog>(
        [&text](ReceiptPreviewDialog *d) {
            text = d->text();
            saveScreenshot(d, QStringLiteral("zh_CN-receipt-preview"));
            d->reject();
        },
        &seen);
    page->resultPanel()->printReceipt();
    QVERIFY(seen);
    // The utility's name comes from the translation; the lines still fit the 58 mm paper.
    QVERIFY2(text.contains(QStringLiteral("电力")), qPrintable(text));
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(Receipt::displayWidth(line) <= Receipt::Columns58mm, qPrintable(line));

    window.showPage(MainWindow::Page::Shift);
    QVERIFY(!saveScreenshot(&window, QStringLiteral("zh_CN-shift")).isEmpty());
    window.showPage(MainWindow::Page::Settings);
    QVERIFY(!saveScreenshot(&window, QStringLiteral("zh_CN-settings")).isEmpty());
}

QTEST_MAIN(TestGuiSaleChinese)
#include "tst_gui_sale_chinese.moc"
