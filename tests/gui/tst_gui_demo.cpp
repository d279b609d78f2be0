// The console on a demo database of realistic size: log in with the demo credentials, search,
// and scroll through a long result that the table fetches lazily.
#include "GuiTestSupport.h"

#include "CustomerDetailPanel.h"
#include "CustomerSearchModel.h"
#include "CustomersPage.h"
#include "DemoSetup.h"
#include "LoginDialog.h"
#include "MainWindow.h"

#include "demo/DemoGenerator.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>

using namespace prepaydesk;
using namespace prepaydesk::test;

class TestGuiDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginAndSearchLongResult();

private:
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
};

void TestGuiDemo::initTestCase()
{
    applyConsoleTheme();
    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<ManualClock>(testEpoch());
    PD_VERIFY_OK(DemoSetup::generate(m_db->db(), 3000));
}

void TestGuiDemo::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
    m_db.reset();
}

void TestGuiDemo::loginAndSearchLongResult()
{
    LoginDialog login(m_db->db(), *m_clock);
    login.setDemoHint(true);
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("userEdit")),
                     QLatin1String(DemoGenerator::CashierUser));
    QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QLatin1String(DemoGenerator::CashierPassword));
    QTest::keyClick(login.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    QVERIFY(login.loggedIn());

    MainWindow window(Session{m_db->db(), *m_clock, *login.loggedIn(), true});
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    CustomersPage *page = window.customersPage();
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QCOMPARE(QApplication::focusWidget(), search);

    // A common surname by pinyin: hundreds of customers, ranked; only a batch is read at first.
    QSignalSpy finished(page, &CustomersPage::searchFinished);
    QTest::keyClicks(search, QStringLiteral("wang"));
    QVERIFY(finished.wait(5000));
    CustomerSearchModel *model = page->searchModel();
    const int hits = model->hitCount();
    QVERIFY2(hits > CustomerSearchModel::DefaultBatchSize, qPrintable(QString::number(hits)));
    QCOMPARE(model->rowCount(), CustomerSearchModel::DefaultBatchSize);
    QVERIFY(page->currentCustomerId() != 0);
    QVERIFY(!saveScreenshot(&window, QStringLiteral("demo-search-wang")).isEmpty());

    // Scrolling to the end makes the table fetch the next batch.
    auto *results = page->findChild<QTableView *>(QStringLiteral("resultsView"));
    results->setFocus();
    QTest::keyClick(results, Qt::Key_End, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([&] { return model->rowCount() > CustomerSearchModel::DefaultBatchSize; }, 5000));
    while (model->canFetchMore({})) {
        QTest::keyClick(results, Qt::Key_End, Qt::ControlModifier);
        QTest::qWait(20);
    }
    QCOMPARE(model->rowCount(), hits);
    QVERIFY(!saveScreenshot(&window, QStringLiteral("demo-search-wang-end")).isEmpty());

    // The detail of a generated customer, with the readings-backed meters and history.
    QVERIFY(!page->detailPanel()->customer()->name.isEmpty());
}

QTEST_MAIN(TestGuiDemo)
#include "tst_gui_demo.moc"
