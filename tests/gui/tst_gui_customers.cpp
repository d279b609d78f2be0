// The main window and the Customers page, driven through the keyboard and the real dialogs.
#include "GuiTestSupport.h"

#include "CustomerDetailPanel.h"
#include "CustomerDialog.h"
#include "CustomerSearchModel.h"
#include "CustomersPage.h"
#include "DisplayText.h"
#include "MainWindow.h"
#include "OpenAccountDialog.h"
#include "RegionCompleter.h"

#include "records/Validation.h"
#include "search/CustomerSearch.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace prepaydesk;
using namespace prepaydesk::test;

class TestGuiCustomers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void focusStartsInSearch();
    void pagesSwitchWithCtrlDigits();
    void statusBarShowsOperatorShiftAndSync();
    void searchAsYouTypeByPinyinInitials();
    void keyboardBetweenSearchAndResults();
    void detailPanelShowsCustomer();
    void meterHistoryShowsReplacement();
    void editCustomerWithInlineValidation();
    void staleEditShowsConflictAndKeepsInput();
    void newCustomerWithCtrlN();
    void openAccountWithTariff();
    void roleDecidesWhichActionsAreOffered();

private:
    void openWindow(const Operator &op);
    CustomersPage *page() const { return m_window->customersPage(); }
    QLineEdit *searchEdit() const { return page()->findChild<QLineEdit *>(QStringLiteral("searchEdit")); }
    QTableView *results() const { return page()->findChild<QTableView *>(QStringLiteral("resultsView")); }
    QString detailText(const char *name) const
    {
        return page()->detailPanel()->findChild<QLabel *>(QLatin1String(name))->text();
    }
    QAbstractItemModel *detailTable(const char *name) const
    {
        return page()->detailPanel()->findChild<QTableView *>(QLatin1String(name))->model();
    }
    // Types into the search box and waits for the (debounced) search.
    bool typeSearch(const QString &text);
    QStringList resultColumn(int column) const;
    int resultRowOf(const QString &name) const;
    static void pressCtrl(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key, Qt::ControlModifier); }

    std::unique_ptr<SeededDatabase> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiCustomers::initTestCase()
{
    applyConsoleTheme();
}

void TestGuiCustomers::init()
{
    m_data = std::make_unique<SeededDatabase>();
    QCOMPARE(m_data->seed(), QString());
    openWindow(m_data->cashier);
}

void TestGuiCustomers::cleanup()
{
    m_window.reset();
    m_data.reset();
}

void TestGuiCustomers::openWindow(const Operator &op)
{
    m_window = std::make_unique<MainWindow>(m_data->session(op));
    m_window->resize(1366, 768);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

bool TestGuiCustomers::typeSearch(const QString &text)
{
    QSignalSpy finished(page(), &CustomersPage::searchFinished);
    typeText(searchEdit(), text);
    // Nothing is searched while the cashier is still typing...
    if (!finished.isEmpty())
        return false;
    // ...then once, shortly after the last key.
    if (!finished.wait(2000))
        return false;
    QTest::qWait(2 * CustomersPage::SearchDelayMs);
    return finished.count() == 1;
}

QStringList TestGuiCustomers::resultColumn(int column) const
{
    QStringList values;
    const QAbstractItemModel *model = results()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

int TestGuiCustomers::resultRowOf(const QString &name) const
{
    return int(resultColumn(CustomerSearchModel::NameColumn).indexOf(name));
}

void TestGuiCustomers::focusStartsInSearch()
{
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Customers);
    QCOMPARE(QApplication::focusWidget(), searchEdit());
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("main-window-empty")).isEmpty());
}

void TestGuiCustomers::pagesSwitchWithCtrlDigits()
{
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(navigation->count(), MainWindow::PageCount);
    for (int i = MainWindow::PageCount - 1; i >= 0; --i) {
        pressCtrl(Qt::Key(Qt::Key_1 + i));
        QCOMPARE(int(m_window->currentPage()), i);
        QCOMPARE(navigation->currentRow(), i);
        QCOMPARE(pages->currentIndex(), i);
        const auto page = MainWindow::Page(i);
        if (page == MainWindow::Page::Charts || page == MainWindow::Page::Alarms || page == MainWindow::Page::Sync) {
            // A page not built yet says what is coming.
            auto *text = pages->currentWidget()->findChild<QLabel *>(QStringLiteral("placeholderText"));
            QVERIFY(text && text->isVisible());
            QVERIFY(text->text().size() > 40);
        }
        if (page == MainWindow::Page::CardsMeters) {
            // The engineer's page: Ctrl+3 puts the cursor in its meter search.
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("meterSearchEdit"));
        }
    }
    // Ctrl+2 is the Top-up page, ready for the customer's name or number.
    pressCtrl(Qt::Key_2);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::TopUp);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QCOMPARE(focus->objectName(), QStringLiteral("customerSearch"));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("page-top-up")).isEmpty());
    // Back on Customers, the cashier can type a search at once.
    pressCtrl(Qt::Key_1);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Customers);
    QCOMPARE(QApplication::focusWidget(), searchEdit());
}

void TestGuiCustomers::statusBarShowsOperatorShiftAndSync()
{
    QStatusBar *bar = m_window->statusBar();
    const QString who = bar->findChild<QLabel *>(QStringLiteral("operatorStatus"))->text();
    QVERIFY2(who.contains(QStringLiteral("Li Na")) && who.contains(Domain::name(Role::Cashier)), qPrintable(who));
    QVERIFY(bar->findChild<QLabel *>(QStringLiteral("shiftStatus"))->isVisible());
    QVERIFY(!bar->findChild<QLabel *>(QStringLiteral("shiftStatus"))->text().isEmpty());
    QVERIFY(bar->findChild<QLabel *>(QStringLiteral("syncStatus"))->text().contains(QStringLiteral("Sync")));
}

void TestGuiCustomers::searchAsYouTypeByPinyinInitials()
{
    QVERIFY(typeSearch(QStringLiteral("zs")));
    const QStringList names = resultColumn(CustomerSearchModel::NameColumn);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()),
             (QSet<QString>{QStringLiteral("张三"), QStringLiteral("张珊")}));
    // The table says why each customer was found.
    for (const QString &matched : resultColumn(CustomerSearchModel::MatchedByColumn))
        QCOMPARE(matched, CustomerSearch::fieldName(CustomerSearch::Field::Pinyin));
    // The best match is shown at once.
    QCOMPARE(page()->currentCustomerId(),
             results()->model()->index(0, 0).data(CustomerSearchModel::CustomerIdRole).toLongLong());
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("customers-search-pinyin")).isEmpty());

    // Full pinyin works too, and typing on narrows the results: 张珊 is zhang shan.
    searchEdit()->clear();
    QVERIFY(typeSearch(QStringLiteral("zhang")));
    QCOMPARE(results()->model()->rowCount(), 2);
    QVERIFY(typeSearch(QStringLiteral("san")));
    QCOMPARE(resultColumn(CustomerSearchModel::NameColumn), QStringList{QStringLiteral("张三")});
    // And a search that finds nobody says so.
    searchEdit()->clear();
    QVERIFY(typeSearch(QStringLiteral("nobody here")));
    QCOMPARE(results()->model()->rowCount(), 0);
    QCOMPARE(page()->currentCustomerId(), 0);
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("resultLabel"))->text().contains(QStringLiteral("nobody here")));
}

void TestGuiCustomers::keyboardBetweenSearchAndResults()
{
    QVERIFY(typeSearch(QStringLiteral("zs")));
    QCOMPARE(results()->model()->rowCount(), 2);
    QCOMPARE(QApplication::focusWidget(), searchEdit());
    QTest::keyClick(searchEdit(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), results());
    QCOMPARE(results()->currentIndex().row(), 0);
    QTest::keyClick(results(), Qt::Key_Down);
    QCOMPARE(results()->currentIndex().row(), 1);
    // The detail panel follows the selection.
    const QString second = results()->model()->index(1, CustomerSearchModel::NameColumn).data().toString();
    QCOMPARE(detailText("nameValue"), second);
    QTest::keyClick(results(), Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), searchEdit());
    // Ctrl+F from anywhere in the window.
    QTest::keyClick(searchEdit(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), results());
    pressCtrl(Qt::Key_F);
    QCOMPARE(QApplication::focusWidget(), searchEdit());
    QCOMPARE(searchEdit()->selectedText(), QStringLiteral("zs"));

    // Enter on a result opens it for editing.
    QTest::keyClick(searchEdit(), Qt::Key_Down);
    bool seen = false;
    QString heading;
    onNextModal<CustomerDialog>(
        [&](CustomerDialog *dialog) {
            heading = dialog->findChild<QLabel *>(QStringLiteral("headingLabel"))->text();
            dialog->reject();
        },
        &seen);
    QTest::keyClick(results(), Qt::Key_Return);
    QVERIFY(seen);
    QVERIFY2(heading.contains(page()->detailPanel()->customer()->customerNo), qPrintable(heading));
}

void TestGuiCustomers::detailPanelShowsCustomer()
{
    QVERIFY(typeSearch(QStringLiteral("13800138000")));
    QCOMPARE(resultColumn(CustomerSearchModel::NameColumn), QStringList{QStringLiteral("张三")});
    QCOMPARE(resultColumn(CustomerSearchModel::MatchedByColumn).first(),
             CustomerSearchModel::tr("%1 (exact)").arg(CustomerSearch::fieldName(CustomerSearch::Field::Phone)));
    QCOMPARE(page()->currentCustomerId(), m_data->zhangSan);

    QCOMPARE(detailText("nameValue"), QStringLiteral("张三"));
    QCOMPARE(detailText("phoneValue"), QStringLiteral("13800138000"));
    // Only the last four characters of the identity number are shown.
    QCOMPARE(detailText("idNumberValue"), QStringLiteral("**************002X"));
    QCOMPARE(detailText("regionValue"), QStringLiteral("北京市 / 东城区 / 和平里社区 / 3 号楼"));
    const Customer zhang = CustomerService(m_data->db(), m_data->clock()).get(m_data->zhangSan).value();
    QCOMPARE(detailText("assistanceValue"), DisplayText::assistance(zhang));
    QVERIFY(zhang.assistElderly && zhang.assistLargePrint && !zhang.assistHearing);
    QCOMPARE(detailText("categoryValue"), Domain::name(CustomerCategory::Residential));

    QAbstractItemModel *accounts = detailTable("accountsView");
    QCOMPARE(accounts->rowCount(), 2);
    QAbstractItemModel *meters = detailTable("metersView");
    QCOMPARE(meters->rowCount(), 2);
    QStringList keys;
    for (int row = 0; row < meters->rowCount(); ++row)
        keys << meters->index(row, meters->columnCount() - 1).data().toString();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("Card 8800000001"), QStringLiteral("SGC 123456 · TI 01 · KRN 1")}));
    QCOMPARE(detailTable("meterEventsView")->rowCount(), 2);
    QAbstractItemModel *history = detailTable("historyView");
    QCOMPARE(history->rowCount(), 5); // created, two accounts, two meters installed
    QCOMPARE(history->index(history->rowCount() - 1, 2).data().toString(), QStringLiteral("Customer created"));

    auto *tabs = page()->detailPanel()->findChild<QTabWidget *>(QStringLiteral("tabs"));
    const char *shots[] = {"customer-accounts", "customer-meters", "customer-meter-history", "customer-changes"};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QVERIFY(!saveScreenshot(m_window.get(), QLatin1String(shots[i])).isEmpty());
    }
}

void TestGuiCustomers::meterHistoryShowsReplacement()
{
    // An engineer replaces 张三's electricity meter (at another desk); the counter shows it.
    MeterService meters(m_data->db(), m_data->clock());
    const qint64 old = meters.idBySerial(QStringLiteral("E-2024-0001")).value().value();
    MeterDraft draft = meters.get(old)->draft();
    draft.serial = QStringLiteral("E-2024-0002");
    const auto replacement = meters.registerMeter(m_data->admin, draft);
    PD_VERIFY_OK(replacement);
    m_data->clock().advanceSecs(86400);
    PD_VERIFY_OK(meters.replace(m_data->admin, old, replacement.value(), 98765, QStringLiteral("display failed")));

    QVERIFY(typeSearch(QStringLiteral("E-2024-0002")));
    QCOMPARE(page()->currentCustomerId(), m_data->zhangSan);
    QCOMPARE(resultColumn(CustomerSearchModel::MatchedByColumn).first(),
             CustomerSearchModel::tr("%1 (exact)").arg(CustomerSearch::fieldName(CustomerSearch::Field::MeterSerial)));
    QAbstractItemModel *events = detailTable("meterEventsView");
    QCOMPARE(events->rowCount(), 4); // two installs, the old meter removed, the new one in its place
    // Newest first: the replacement, with the old meter, the final reading and the note.
    QStringList first;
    for (int column = 0; column < events->columnCount(); ++column)
        first << events->index(0, column).data().toString();
    QStringList second;
    for (int column = 0; column < events->columnCount(); ++column)
        second << events->index(1, column).data().toString();
    const QString all = first.join(u'|') + u'\n' + second.join(u'|');
    QVERIFY2(all.contains(QStringLiteral("replaces E-2024-0001")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("98.765 kWh")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("display failed")), qPrintable(all));
    QAbstractItemModel *installed = detailTable("metersView");
    QCOMPARE(installed->rowCount(), 2);
    auto *tabs = page()->detailPanel()->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentIndex(2);
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("customer-meter-replaced")).isEmpty());
}

void TestGuiCustomers::editCustomerWithInlineValidation()
{
    QVERIFY(typeSearch(QStringLiteral("zs")));
    results()->setCurrentIndex(results()->model()->index(resultRowOf(QStringLiteral("张三")), 0));
    QCOMPARE(page()->currentCustomerId(), m_data->zhangSan);

    const QString badPhone = QStringLiteral("12345");
    const QString expectedError = Validation::checkPhone(badPhone)->message;
    QString shownError;
    bool okWhileBad = true;
    bool errorGoneWhenFixed = false;
    bool okWhenFixed = false;
    bool seen = false;
    onNextModal<CustomerDialog>(
        [&](CustomerDialog *dialog) {
            auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("phoneError"));
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            phone->setFocus();
            phone->selectAll();
            QTest::keyClicks(phone, badPhone);
            shownError = error->isVisible() ? error->text() : QString();
            okWhileBad = ok->isEnabled();
            saveScreenshot(dialog, QStringLiteral("edit-customer-bad-phone"));
            phone->selectAll();
            QTest::keyClicks(phone, QStringLiteral("139 0013 9000"));
            errorGoneWhenFixed = !error->isVisible();
            okWhenFixed = ok->isEnabled();
            saveScreenshot(dialog, QStringLiteral("edit-customer"));
            ok->click();
        },
        &seen);
    pressCtrl(Qt::Key_E);
    QVERIFY(seen);
    QCOMPARE(shownError, expectedError);
    QVERIFY(!okWhileBad);
    QVERIFY(errorGoneWhenFixed);
    QVERIFY(okWhenFixed);

    // Stored (normalised by the service)...
    auto stored = CustomerService(m_data->db(), m_data->clock()).get(m_data->zhangSan);
    PD_VERIFY_OK(stored);
    QCOMPARE(stored->phone, QStringLiteral("13900139000"));
    QCOMPARE(stored->revision, 2);
    // ...and on screen: the detail, the result row and the change history.
    QCOMPARE(page()->currentCustomerId(), m_data->zhangSan);
    QCOMPARE(detailText("phoneValue"), QStringLiteral("13900139000"));
    QCOMPARE(results()->model()->index(resultRowOf(QStringLiteral("张三")), CustomerSearchModel::PhoneColumn).data(),
             QVariant(QStringLiteral("13900139000")));
    QAbstractItemModel *history = detailTable("historyView");
    QCOMPARE(history->index(0, 2).data().toString(), QStringLiteral("Customer edited"));
    QCOMPARE(history->index(0, 1).data().toString(), QStringLiteral("Li Na"));
    QCOMPARE(history->index(0, 3).data().toString(), QStringLiteral("Phone: 13800138000 → 13900139000"));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("customer-after-edit")).isEmpty());
}

void TestGuiCustomers::staleEditShowsConflictAndKeepsInput()
{
    QVERIFY(typeSearch(QStringLiteral("李四")));
    QCOMPARE(page()->currentCustomerId(), m_data->liSi);
    const QString otherAddress = QStringLiteral("和平里东街 7 号");
    QString conflict;
    bool stillOpen = false;
    QString keptName;
    bool seen = false;
    onNextModal<CustomerDialog>(
        [&](CustomerDialog *dialog) {
            // Meanwhile, at another counter, someone saves the same customer.
            CustomerService service(m_data->db(), m_data->clock());
            CustomerDraft other = service.get(m_data->liSi)->draft();
            other.address = otherAddress;
            const Status saved = service.update(m_data->admin, m_data->liSi, other, 1);
            if (!saved)
                qWarning("setup failed: %s", qPrintable(saved.error().message));
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            name->selectAll();
            typeText(name, QStringLiteral("李四光"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            auto *general = dialog->findChild<QLabel *>(QStringLiteral("generalError"));
            conflict = general->isVisible() ? general->text() : QString();
            stillOpen = dialog->isVisible();
            keptName = name->text();
            saveScreenshot(dialog, QStringLiteral("edit-customer-conflict"));
            dialog->reject();
        },
        &seen);
    page()->editCustomer();
    QVERIFY(seen);
    QVERIFY(stillOpen);
    QCOMPARE(keptName, QStringLiteral("李四光"));
    // The service's own message (it names the situation and what to do).
    CustomerDraft stale = CustomerService(m_data->db(), m_data->clock()).get(m_data->liSi)->draft();
    const Status expected =
        CustomerService(m_data->db(), m_data->clock()).update(m_data->cashier, m_data->liSi, stale, 1);
    QCOMPARE(expected.error().code, Error::Code::Conflict);
    QCOMPARE(conflict, expected.error().message);
    // The other counter's change stands; ours was not written over it.
    auto stored = CustomerService(m_data->db(), m_data->clock()).get(m_data->liSi);
    QCOMPARE(stored->name, QStringLiteral("李四"));
    QCOMPARE(stored->address, otherAddress);
}

void TestGuiCustomers::newCustomerWithCtrlN()
{
    bool okAtStart = true;
    QStringList regionOffers;
    qint64 created = 0;
    bool seen = false;
    onNextModal<CustomerDialog>(
        [&](CustomerDialog *dialog) {
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okAtStart = ok->isEnabled(); // a customer needs a name
            typeText(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("赵敏"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit")),
                             QStringLiteral("13512345678"));
            auto *region = dialog->findChild<QLineEdit *>(QStringLiteral("regionEdit"));
            typeText(region, QStringLiteral("北京市 / 东"));
            regionOffers = dialog->findChild<RegionCompleter *>()->candidates();
            saveScreenshot(dialog, QStringLiteral("new-customer-region-completion"));
            region->setText(QStringLiteral("北京市 / 东城区 / 和平里社区 / 9 号楼"));
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit")), Qt::Key_Return);
            created = dialog->customerId();
        },
        &seen);
    pressCtrl(Qt::Key_N);
    QVERIFY(seen);
    QVERIFY(!okAtStart);
    QCOMPARE(regionOffers, QStringList{QStringLiteral("北京市 / 东城区")});
    QVERIFY(created > 0);
    auto stored = CustomerService(m_data->db(), m_data->clock()).get(created);
    PD_VERIFY_OK(stored);
    QCOMPARE(stored->name, QStringLiteral("赵敏"));
    QCOMPARE(stored->regionPath.size(), 4);
    QCOMPARE(stored->createdBy, QStringLiteral("Li Na"));
    // The new customer is shown, found by the number the service gave them.
    QCOMPARE(searchEdit()->text(), stored->customerNo);
    QCOMPARE(resultColumn(CustomerSearchModel::NameColumn), QStringList{QStringLiteral("赵敏")});
    QCOMPARE(page()->currentCustomerId(), created);
    QCOMPARE(detailText("nameValue"), QStringLiteral("赵敏"));
}

void TestGuiCustomers::openAccountWithTariff()
{
    QVERIFY(typeSearch(QStringLiteral("李四")));
    QCOMPARE(page()->currentCustomerId(), m_data->liSi);
    QCOMPARE(detailTable("accountsView")->rowCount(), 0);
    bool seen = false;
    onNextModal<OpenAccountDialog>(
        [&](OpenAccountDialog *dialog) {
            auto *utility = dialog->findChild<QComboBox *>(QStringLiteral("utilityCombo"));
            utility->setCurrentIndex(utility->findData(int(Utility::Water)));
            auto *tariff = dialog->findChild<QComboBox *>(QStringLiteral("tariffCombo"));
            tariff->setCurrentIndex(tariff->findData(m_data->waterTariff));
            saveScreenshot(dialog, QStringLiteral("open-account"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        },
        &seen);
    page()->findChild<QPushButton *>(QStringLiteral("openAccountButton"))->click();
    QVERIFY(seen);
    auto accounts = CustomerService(m_data->db(), m_data->clock()).accounts(m_data->liSi);
    PD_VERIFY_OK(accounts);
    QCOMPARE(accounts->size(), 1);
    QCOMPARE(accounts->first().utility, Utility::Water);
    QCOMPARE(accounts->first().tariffId, std::optional<qint64>(m_data->waterTariff));
    QAbstractItemModel *shown = detailTable("accountsView");
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), accounts->first().accountNo);
    QCOMPARE(shown->index(0, 2).data().toString(), QStringLiteral("Residential water"));
}

void TestGuiCustomers::roleDecidesWhichActionsAreOffered()
{
    auto button = [this](const char *name) { return page()->findChild<QPushButton *>(QLatin1String(name)); };
    // A cashier edits customers but neither imports nor exports.
    QVERIFY(button("newButton")->isEnabled());
    QVERIFY(!button("importButton")->isEnabled());
    QVERIFY(!button("exportButton")->isEnabled());
    // Edit needs a customer.
    QVERIFY(!button("editButton")->isEnabled());
    QVERIFY(typeSearch(QStringLiteral("zs")));
    QVERIFY(button("editButton")->isEnabled());
    // An administrator may do both.
    openWindow(m_data->admin);
    QVERIFY(button("importButton")->isEnabled());
    QVERIFY(button("exportButton")->isEnabled());
}

QTEST_MAIN(TestGuiCustomers)
#include "tst_gui_customers.moc"
