// Importing and exporting customers through the dialogs, with the work on a worker thread.
#include "GuiTestSupport.h"

#include "CustomerSearchModel.h"
#include "CustomersPage.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "MainWindow.h"

#include "io/CustomerCsv.h"
#include "search/CustomerSearch.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

const QByteArray header = "customer_no,name,phone,id_number,region,utility,tariff,meter_serial,meter_carrier,"
                          "sts_sgc,sts_ti,sts_krn,card_no\n";

// Three good customers on four lines, and one line (line 4) with a bad phone number.
QByteArray mixedFile()
{
    return header + QStringLiteral("K-1001,陈静,13911112222,,北京市 / 西城区,electricity,E-RES,E-2025-0001,sts-token,"
                                   "123456,1,1,\n"
                                   "K-1001,陈静,13911112222,,北京市 / 西城区,water,W-RES,W-2025-0001,ic-card,,,,"
                                   "8800000099\n"
                                   "K-1002,Tom Lee,12345,,上海市 / 浦东新区,electricity,,,,,,,\n"
                                   "K-1003,周杰,13922223333,,,gas,G-RES,,,,,,\n")
                        .toUtf8();
}

QByteArray bigFile(int lines)
{
    QByteArray bytes = header;
    for (int i = 0; i < lines; ++i)
        bytes +=
            QStringLiteral("B-%1,测试%1,137%2,,,electricity,,,,,,,\n").arg(i).arg(i, 8, 10, QLatin1Char('0')).toUtf8();
    return bytes;
}

} // namespace

class TestGuiImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void skipBadLinesStoresGoodOnesAndListsErrors();
    void allOrNothingStoresNothing();
    void unreadableFileSaysWhy();
    void cancelStoresNothing();
    void importFromCustomersPageRefreshesResults();
    void exportWritesEveryCustomer();

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    int found(const QString &query) const
    {
        auto hits = CustomerSearch(m_data->db()).search(query);
        return hits ? int(hits->size()) : -1;
    }
    static bool waitForReport(ImportDialog &dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.isRunning() && dialog.report().has_value(); }, 20000);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SeededDatabase> m_data;
};

void TestGuiImport::initTestCase()
{
    applyConsoleTheme();
    QVERIFY(m_dir.isValid());
}

void TestGuiImport::init()
{
    m_data = std::make_unique<SeededDatabase>();
    QCOMPARE(m_data->seed(), QString());
}

void TestGuiImport::cleanup()
{
    m_data.reset();
}

void TestGuiImport::skipBadLinesStoresGoodOnesAndListsErrors()
{
    const QString path = writeFile(QStringLiteral("mixed.csv"), mixedFile());
    ImportDialog dialog(m_data->session(m_data->admin));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.setFile(path);
    dialog.setMode(CustomerCsv::Mode::SkipBadLines);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!saveScreenshot(&dialog, QStringLiteral("import-setup")).isEmpty());
    dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    QVERIFY(dialog.isRunning() || dialog.report());
    QVERIFY(waitForReport(dialog));

    const CustomerCsv::Report report = *dialog.report();
    QVERIFY(report.stored);
    QCOMPARE(report.customersCreated, 2);
    QCOMPARE(imported.count(), 1);
    // The error list: line, field, reason.
    QAbstractItemModel *errors = dialog.findChild<QTableView *>(QStringLiteral("errorsView"))->model();
    QCOMPARE(errors->rowCount(), 1);
    QCOMPARE(errors->index(0, 0).data().toString(), QStringLiteral("4"));
    QCOMPARE(errors->index(0, 1).data().toString(), QStringLiteral("phone"));
    QCOMPARE(errors->index(0, 2).data().toString(), report.errors.first().reason);
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("skipped")), qPrintable(summary));
    QVERIFY(!saveScreenshot(&dialog, QStringLiteral("import-result")).isEmpty());

    // Stored for real: the new customers can be found.
    QCOMPARE(found(QStringLiteral("13911112222")), 1);
    QCOMPARE(found(QStringLiteral("13922223333")), 1);
    QCOMPARE(found(QStringLiteral("Tom Lee")), 0);

    // The error list can be saved for correcting the file in a spreadsheet.
    const QString errorsPath = m_dir.filePath(QStringLiteral("errors.csv"));
    PD_VERIFY_OK(dialog.writeErrors(errorsPath));
    QFile saved(errorsPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    // UTF-8 with a byte-order mark, so that spreadsheets read Chinese correctly.
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY2(text.startsWith(QStringLiteral("line,field,reason\r\n4,phone,")), qPrintable(text));
}

void TestGuiImport::allOrNothingStoresNothing()
{
    const QString path = writeFile(QStringLiteral("mixed.csv"), mixedFile());
    ImportDialog dialog(m_data->session(m_data->admin));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.setFile(path);
    dialog.setMode(CustomerCsv::Mode::AllOrNothing);
    dialog.show();
    dialog.start();
    QVERIFY(waitForReport(dialog));
    QVERIFY(!dialog.report()->stored);
    QCOMPARE(imported.count(), 0);
    QCOMPARE(dialog.findChild<QTableView *>(QStringLiteral("errorsView"))->model()->rowCount(), 1);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("Nothing")));
    QVERIFY(!saveScreenshot(&dialog, QStringLiteral("import-nothing-stored")).isEmpty());
    QCOMPARE(found(QStringLiteral("13911112222")), 0);
}

void TestGuiImport::unreadableFileSaysWhy()
{
    ImportDialog dialog(m_data->session(m_data->admin));
    const QString missing = m_dir.filePath(QStringLiteral("no-such-file.csv"));
    dialog.setFile(missing);
    dialog.show();
    dialog.start();
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isRunning(); }, 10000));
    QTest::qWait(50);
    // The service's message, on the setup page, so that another file can be chosen.
    const Result<CustomerCsv::Report> expected =
        CustomerCsv(m_data->db(), m_data->clock()).importFile(m_data->admin, missing, CustomerCsv::Mode::AllOrNothing);
    QVERIFY(!expected.ok());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), expected.error().message);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isVisible());
    QVERIFY(!dialog.report());
}

void TestGuiImport::cancelStoresNothing()
{
    const QString path = writeFile(QStringLiteral("big.csv"), bigFile(4000));
    ImportDialog dialog(m_data->session(m_data->admin));
    dialog.setFile(path);
    dialog.setMode(CustomerCsv::Mode::SkipBadLines);
    dialog.show();
    dialog.start();
    // Esc while it runs means cancel, not close.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isRunning(); }, 20000));
    QTest::qWait(50);
    QVERIFY(!dialog.report());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("cancelled")), qPrintable(error->text()));
    QCOMPARE(found(QStringLiteral("B-1")), 0);
    QCOMPARE(found(QStringLiteral("13700000001")), 0);
}

void TestGuiImport::importFromCustomersPageRefreshesResults()
{
    const QString path = writeFile(QStringLiteral("mixed.csv"), mixedFile());
    MainWindow window(m_data->session(m_data->admin));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CustomersPage *page = window.customersPage();
    page->searchNow(QStringLiteral("陈静"));
    QCOMPARE(page->searchModel()->rowCount(), 0);

    bool seen = false;
    bool finished = false;
    onNextModal<ImportDialog>(
        [&](ImportDialog *dialog) {
            dialog->setFile(path);
            dialog->setMode(CustomerCsv::Mode::SkipBadLines);
            dialog->start();
            finished = waitForReport(*dialog);
            dialog->accept();
        },
        &seen);
    page->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    QVERIFY(seen);
    QVERIFY(finished);
    // The same search now finds the imported customer, without typing it again.
    QCOMPARE(page->searchModel()->rowCount(), 1);
    QCOMPARE(page->searchModel()->index(0, 1).data().toString(), QStringLiteral("陈静"));
}

void TestGuiImport::exportWritesEveryCustomer()
{
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    ExportDialog dialog(m_data->session(m_data->admin), path);
    dialog.show();
    dialog.start();
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isRunning() && dialog.exported().has_value(); }, 20000));
    QTest::qWait(50);
    QVERIFY(!saveScreenshot(&dialog, QStringLiteral("export-done")).isEmpty());
    // One row per account, one for a customer without: 张三 has two accounts, four others none.
    QCOMPARE(*dialog.exported(), 6);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY2(text.startsWith(CustomerCsv::columns().join(u',')), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("张三")));
    QVERIFY(text.contains(QStringLiteral("Mary Smith")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("6")));

    // A cashier may not export: the service refuses and the dialog says so.
    ExportDialog refused(m_data->session(m_data->cashier), m_dir.filePath(QStringLiteral("refused.csv")));
    refused.show();
    refused.start();
    QVERIFY(QTest::qWaitFor([&] { return !refused.isRunning(); }, 20000));
    QTest::qWait(50);
    QVERIFY(!refused.exported());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.csv"))));
    QVERIFY(!refused.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty());
}

QTEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"
