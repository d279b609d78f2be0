// Settings → Tariffs: everyone sees the prices; administrators add a version in the editor,
// which checks it as they type and prices a sample sale.
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "QuoteView.h"
#include "SettingsPage.h"

#include "plugin/PluginManager.h"

#include "TariffEditorDialog.h"
#include <QTableView>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace prepaydesk;
using namespace prepaydesk::test;

class TestGuiTariffs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cashierSeesTariffsReadOnly();
    void adminAddsVersionWithValidationAndPreview();
    void listsDriverPlugins();

private:
    void openWindow(const Operator &op);
    SettingsPage *page() const { return m_window->settingsPage(); }

    std::unique_ptr<SeededDatabase> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiTariffs::initTestCase()
{
    applyConsoleTheme();
}

void TestGuiTariffs::init()
{
    m_data = std::make_unique<SeededDatabase>();
    QCOMPARE(m_data->seed(), QString());
    QCOMPARE(m_data->seedVending(), QString());
}

void TestGuiTariffs::cleanup()
{
    m_window.reset();
    m_data.reset();
}

void TestGuiTariffs::openWindow(const Operator &op)
{
    m_window = std::make_unique<MainWindow>(m_data->session(op));
    m_window->resize(1366, 768);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Settings);
}

void TestGuiTariffs::listsDriverPlugins()
{
    // The build tree's plugins: the STS plugin loads; a disabled one is listed, not loaded.
    PluginManager plugins;
    plugins.scan();
    PluginManager without;
    without.setDisabled({u"sts"_qs});
    without.scan();
    for (const PluginManager *pm : {&plugins, &without}) {
        Session session = m_data->session(m_data->cashier);
        session.plugins = pm;
        MainWindow window(session);
        window.resize(1366, 768);
        window.show();
        window.showPage(MainWindow::Page::Settings);
        auto *view = window.findChild<QTableView *>(u"pluginView"_qs);
        QVERIFY(view);
        const QAbstractItemModel *model = view->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == u"sts"_qs)
                row = r;
        }
        QVERIFY2(row >= 0, "the STS plugin is listed");
        QCOMPARE(model->index(row, 1).data().toString(), u"1.0.0"_qs);
        QCOMPARE(model->index(row, 2).data().toString(), u"PrepayDesk"_qs);
        QCOMPARE(model->index(row, 3).data().toString(), pm == &plugins ? u"Loaded"_qs : u"Disabled"_qs);
        if (pm == &plugins)
            QVERIFY(!saveScreenshot(&window, u"settings-plugins"_qs).isEmpty());
    }
}

void TestGuiTariffs::cashierSeesTariffsReadOnly()
{
    openWindow(m_data->cashier);
    QCOMPARE(page()->tariffs().size(), 3);
    page()->selectTariff(m_data->electricityTariff);
    QCOMPARE(page()->versions().size(), 1);
    QVERIFY2(page()->versionText().contains(QStringLiteral("0.5000")), qPrintable(page()->versionText()));
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("readOnlyNote"))->isVisible());
    auto *add = page()->findChild<QPushButton *>(QStringLiteral("addVersionButton"));
    QVERIFY(!add->isEnabled());
    QVERIFY(add->toolTip().contains(QStringLiteral("administrators")));
    // The shortcut does nothing either.
    bool seen = false;
    onNextModal<TariffEditorDialog>([](TariffEditorDialog *d) { d->reject(); }, &seen, 300);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(400);
    QVERIFY(!seen);
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("settings-tariffs-cashier")).isEmpty());
}

void TestGuiTariffs::adminAddsVersionWithValidationAndPreview()
{
    openWindow(m_data->admin);
    page()->selectTariff(m_data->electricityTariff);
    QVERIFY(!page()->findChild<QLabel *>(QStringLiteral("readOnlyNote"))->isVisible());
    bool seen = false;
    QString gapError, previewAfterGap, cellColour, cellText;
    QStringList previewLines;
    QString previewTotal, saveEnabledWithGap;
    qint64 saved = 0;
    onNextModal<TariffEditorDialog>(
        [&](TariffEditorDialog *d) {
            QTableWidget *blocks = d->blocksTable();
            QCOMPARE(blocks->rowCount(), 2);
            // The preview prices 100.00 at the current blocks: 100 kWh at 0.50, 62.5 at 0.80.
            previewTotal = d->preview()->totalText();
            // A third block: 100-200 at 0.80, 200+ at 1.00 — typed into the table.
            d->addBlock();
            QCOMPARE(blocks->rowCount(), 3);
            // A gap: block 3 starting at 250 while block 2 ends at 200 (the cell's edit committed).
            blocks->item(2, 0)->setText(QStringLiteral("250"));
            gapError = d->errorText(QStringLiteral("blocks[2].from"));
            cellText = blocks->item(2, 0)->text();
            saveEnabledWithGap = d->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled()
                                     ? QStringLiteral("enabled")
                                     : QStringLiteral("disabled");
            cellColour = blocks->item(2, 0)->background().color().name();
            previewAfterGap = d->preview()->lineTexts().join(u'\n');
            saveScreenshot(d, QStringLiteral("tariff-editor-gap"));
            // Close the gap, set the new block's price, and look at a sample of 300.00 with 50 kWh
            // bought this month already.
            d->setBlock(2, QStringLiteral("200"), QString(), QStringLiteral("1.0000"));
            auto *amount = d->findChild<QLineEdit *>(QStringLiteral("sampleAmountEdit"));
            amount->setText(QStringLiteral("300"));
            d->findChild<QLineEdit *>(QStringLiteral("sampleCycleUnitsEdit"))->setText(QStringLiteral("50"));
            previewLines = d->preview()->lineTexts();
            saveScreenshot(d, QStringLiteral("tariff-editor-preview"));
            // Effective tomorrow.
            d->findChild<QDateEdit *>(QStringLiteral("effectiveDateEdit"))
                ->setDate(TariffService::localDay(m_data->clock().now()).addDays(1));
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
            saved = d->savedVersionId();
        },
        &seen);
    page()->addVersion();
    QVERIFY(seen);
    QCOMPARE(previewTotal, QStringLiteral("162.500 kWh | ¥100.00"));
    QVERIFY2(gapError.contains(QStringLiteral("gap between 200.000 and 250.000")),
             qPrintable(gapError + u'|' + cellText));
    QCOMPARE(saveEnabledWithGap, QStringLiteral("disabled"));
    QCOMPARE(cellColour, QStringLiteral("#fee4e2"));
    QVERIFY(previewAfterGap.isEmpty());
    // 50 kWh left in block 1 (25.00), 100 kWh in block 2 (80.00), 195 kWh in block 3 (195.00).
    QCOMPARE(previewLines, (QStringList{QStringLiteral("Block 1 | 50.000 kWh × 0.5000 | ¥25.00"),
                                        QStringLiteral("Block 2 | 100.000 kWh × 0.8000 | ¥80.00"),
                                        QStringLiteral("Block 3 | 195.000 kWh × 1.0000 | ¥195.00")}));
    QVERIFY(saved > 0);
    QCOMPARE(page()->versions().size(), 2);
    QCOMPARE(page()->versions().last().rules.blocks.size(), 3);
    QCOMPARE(page()->versions().last().rules.blocks[2].price, 10000);
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("settings-tariffs-admin")).isEmpty());
}

QTEST_MAIN(TestGuiTariffs)
#include "tst_gui_tariffs.moc"
