// The console in Chinese, as most counters run it: every screen's words come from the zh_CN
// translation, and the Chinese screens are saved for a look.
#include "GuiTestSupport.h"

#include "CustomersPage.h"
#include "LoginDialog.h"
#include "MainWindow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{3,}"));

} // namespace

class TestGuiChinese : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loginDialogIsChinese();
    void mainWindowIsChinese();

private:
    QTranslator m_zh;
    SeededDatabase m_seeded;
};

void TestGuiChinese::initTestCase()
{
    QVERIFY(m_zh.load(QStringLiteral(":/i18n/prepaydesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_zh);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    applyConsoleTheme();
    const QString e = m_seeded.seed();
    QVERIFY2(e.isEmpty(), qPrintable(e));
}

void TestGuiChinese::loginDialogIsChinese()
{
    LoginDialog login(m_seeded.db(), m_seeded.clock());
    login.setDemoHint(true);
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QCOMPARE(login.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(), QStringLiteral("登录"));
    // A wrong password: the service's error, in Chinese.
    typeText(login.findChild<QLineEdit *>(QStringLiteral("userEdit")), QStringLiteral("li"));
    typeText(login.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("wrong"));
    login.logIn();
    const QLabel *error = login.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(!latinWord.match(error->text()).hasMatch(), qPrintable(error->text()));
    QVERIFY(!saveScreenshot(&login, QStringLiteral("zh_CN-login-wrong-password")).isEmpty());
}

void TestGuiChinese::mainWindowIsChinese()
{
    MainWindow window(m_seeded.session(m_seeded.cashier));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QListWidget *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), MainWindow::PageCount);
    for (int i = 0; i < nav->count(); ++i)
        QVERIFY2(!latinWord.match(nav->item(i)->text()).hasMatch(), qPrintable(nav->item(i)->text()));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("operatorStatus"))->text(), QStringLiteral("Li Na · 收银员"));

    CustomersPage *page = window.customersPage();
    page->searchNow(QStringLiteral("zs"));
    page->showCustomer(m_seeded.zhangSan);
    QCoreApplication::processEvents();
    // The detail's tabs and labels are Chinese too.
    const auto tabs = window.findChildren<QTabWidget *>();
    QVERIFY(!tabs.isEmpty());
    for (int i = 0; i < tabs.first()->count(); ++i)
        QVERIFY2(!latinWord.match(tabs.first()->tabText(i)).hasMatch(), qPrintable(tabs.first()->tabText(i)));
    QVERIFY(!saveScreenshot(&window, QStringLiteral("zh_CN-customers")).isEmpty());

    window.showPage(MainWindow::Page::TopUp);
    QVERIFY(!saveScreenshot(&window, QStringLiteral("zh_CN-top-up-placeholder")).isEmpty());
}

QTEST_MAIN(TestGuiChinese)
#include "tst_gui_chinese.moc"
