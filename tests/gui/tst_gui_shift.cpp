// The Shift page: opening with a float, closing with the drawer counted (with and without a
// cash difference), the Z report; and the shift on the status bar.
#include "GuiTestSupport.h"

#include "ApprovalDialog.h"
#include "MainWindow.h"
#include "ReportDialog.h"
#include "ShiftCloseDialog.h"
#include "ShiftPage.h"
#include "TopUpPage.h"

#include "vending/Ledger.h"
#include "vending/VendingService.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

Money yuan(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

} // namespace

class TestGuiShift : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openWithFloat();
    void closeWhenCountMatches();
    void closeWithDifferenceNeedsSupervisorAndNote();
    void pendingSaleBlocksClosing();

private:
    void openWindow();
    ShiftPage *page() const { return m_window->shiftPage(); }
    QString shiftStatus() const
    {
        return m_window->statusBar()->findChild<QLabel *>(QStringLiteral("shiftStatus"))->text();
    }
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
    static void typeInto(QWidget *w, const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(w, c.toLatin1());
    }
    // A cash sale by the cashier, through the service.
    void sell(const char *amount);
    // Types the drawer's count into the close dialog: pieces per denomination, Enter moving down.
    static void count(ShiftCloseDialog *d, const QMap<qint64, int> &pieces);

    std::unique_ptr<SeededDatabase> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiShift::initTestCase()
{
    applyConsoleTheme();
}

void TestGuiShift::init()
{
    m_data = std::make_unique<SeededDatabase>();
    QCOMPARE(m_data->seed(), QString());
    QCOMPARE(m_data->seedVending(false), QString()); // no shift yet
}

void TestGuiShift::cleanup()
{
    m_window.reset();
    if (m_data) {
        auto check = Ledger::verify(m_data->db().connection());
        QVERIFY(check.ok());
        QVERIFY2(check->problems.isEmpty(), qPrintable(check->problems.join(u'\n')));
    }
    m_data.reset();
}

void TestGuiShift::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_data->session(m_data->cashier));
    m_window->resize(1366, 768);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiShift::sell(const char *amount)
{
    VendingService::Request r;
    r.key = VendingService::newKey();
    r.accountId = m_data->liSiAccount;
    r.amount = yuan(amount);
    r.payments << PaymentDraft{PaymentMethod::Cash, r.amount, {}, {}};
    PD_VERIFY_OK(VendingService(m_data->db(), m_data->clock()).vend(m_data->cashier, r));
}

void TestGuiShift::count(ShiftCloseDialog *d, const QMap<qint64, int> &pieces)
{
    // Keys move the focus only once the dialog is the active window (late on a busy machine).
    if (!QTest::qWaitForWindowActive(d))
        qWarning("the closing dialog did not become the active window");
    for (qint64 denomination : ShiftService::denominations()) {
        QLineEdit *edit = d->piecesEdit(denomination);
        if (QApplication::focusWidget() != edit)
            qWarning("the count did not move down to %lld", denomination);
        if (pieces.value(denomination) > 0)
            typeInto(edit, QString::number(pieces.value(denomination)));
        QTest::keyClick(edit, Qt::Key_Return); // down to the next one
    }
}

void TestGuiShift::openWithFloat()
{
    openWindow();
    QCOMPARE(shiftStatus(), QStringLiteral("No shift open"));
    key(Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Shift);
    auto *floatEdit = page()->findChild<QLineEdit *>(QStringLiteral("floatEdit"));
    QCOMPARE(focused(), floatEdit);
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("shift-none-open")).isEmpty());
    // A float that is not money is refused beside the field.
    typeInto(floatEdit, QStringLiteral("abc"));
    key(Qt::Key_Return);
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("floatError"))->isVisible());
    QVERIFY(!page()->currentShift());
    floatEdit->clear();
    typeInto(floatEdit, QStringLiteral("200"));
    key(Qt::Key_Return);
    QVERIFY(page()->currentShift());
    QCOMPARE(page()->currentShift()->floatAmount, yuan("200.00"));
    QCOMPARE(shiftStatus(), QStringLiteral("Shift %1 open since 10:10").arg(page()->currentShift()->id));
    QCOMPARE(page()->findChild<QLabel *>(QStringLiteral("shiftExpected"))->text(), QStringLiteral("¥200.00"));
    // The Top-up page now sells.
    QVERIFY(m_window->topUpPage()->hasOpenShift());
    sell("50.00");
    page()->refresh();
    QCOMPARE(page()->findChild<QLabel *>(QStringLiteral("shiftExpected"))->text(), QStringLiteral("¥250.00"));
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("shiftSales"))->text().contains(QStringLiteral("¥50.00")));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("shift-open")).isEmpty());
}

void TestGuiShift::closeWhenCountMatches()
{
    PD_VERIFY_OK(ShiftService(m_data->db(), m_data->clock()).open(m_data->cashier, yuan("200.00")));
    sell("50.00");
    openWindow();
    m_window->showPage(MainWindow::Page::Shift);
    const qint64 shiftId = page()->currentShift()->id;
    bool seen = false, reportSeen = false;
    QString counted, difference, reportText;
    onNextModal<ShiftCloseDialog>(
        [&](ShiftCloseDialog *d) {
            // 250.00: two 100s and one 50.
            count(d, {{10000, 2}, {5000, 1}});
            counted = d->findChild<QLabel *>(QStringLiteral("countedLabel"))->text();
            difference = d->findChild<QLabel *>(QStringLiteral("differenceLabel"))->text();
            saveScreenshot(d, QStringLiteral("shift-close-matching"));
            // The Z report comes up once the shift is closed.
            onNextModal<ReportDialog>(
                [&](ReportDialog *r) {
                    reportText = r->text();
                    saveScreenshot(r, QStringLiteral("shift-z-report"));
                    const QString pdf = outputFolder(QStringLiteral("gui")) + QStringLiteral("/z-report.pdf");
                    if (r->savePdf(pdf).ok() && QFileInfo(pdf).size() > 1000)
                        reportSeen = true;
                    r->reject();
                },
                nullptr);
            // Past the last pieces field the focus is on the close button: Enter closes.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        },
        &seen);
    key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(seen);
    QCOMPARE(counted, QStringLiteral("¥250.00"));
    QCOMPARE(difference, QStringLiteral("none"));
    QTRY_VERIFY(reportSeen);
    QVERIFY2(reportText.contains(QStringLiteral("Z REPORT")), qPrintable(reportText));
    QVERIFY(reportText.contains(QStringLiteral("250.00")));
    const auto closed = ShiftService(m_data->db(), m_data->clock()).get(shiftId);
    QVERIFY(!closed->open);
    QCOMPARE(closed->countedCash, yuan("250.00"));
    QVERIFY(closed->approvedBy.isEmpty());
    QCOMPARE(shiftStatus(), QStringLiteral("No shift open"));
    QVERIFY(!page()->currentShift());
    // The closed shift heads the list with its report.
    QCOMPARE(page()->recentShifts().first().id, shiftId);
    QVERIFY(page()->selectedReportText().contains(QStringLiteral("250.00")));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("shift-closed")).isEmpty());
}

void TestGuiShift::closeWithDifferenceNeedsSupervisorAndNote()
{
    PD_VERIFY_OK(ShiftService(m_data->db(), m_data->clock()).open(m_data->cashier, yuan("200.00")));
    sell("50.00");
    openWindow();
    m_window->showPage(MainWindow::Page::Shift);
    const qint64 shiftId = page()->currentShift()->id;
    bool seen = false, approvalSeen = false;
    QString difference, noNote, buttonText, cashierRefused;
    bool noteFocused = false;
    onNextModal<ShiftCloseDialog>(
        [&](ShiftCloseDialog *d) {
            // 240.00: two 100s and two 20s; 10.00 short.
            count(d, {{10000, 2}, {2000, 2}});
            difference = d->findChild<QLabel *>(QStringLiteral("differenceLabel"))->text();
            buttonText = d->findChild<QPushButton *>(QStringLiteral("closeShiftButton"))->text();
            // The focus went on to the note (checked after the dialog has gone, so that a failure
            // cannot leave it open); closing without one is refused.
            noteFocused = QApplication::focusWidget() == d->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
            d->closeShift();
            noNote = d->errorText();
            typeInto(d->findChild<QLineEdit *>(QStringLiteral("noteEdit")), QStringLiteral("10 yuan missing"));
            saveScreenshot(d, QStringLiteral("shift-close-difference"));
            onNextModal<ApprovalDialog>(
                [&](ApprovalDialog *a) {
                    approvalSeen = true;
                    a->setUserName(QStringLiteral("li"));
                    a->setPassword(QLatin1String(SeededDatabase::CashierPassword));
                    a->approve();
                    cashierRefused = a->errorText();
                    a->setUserName(QStringLiteral("wang"));
                    a->setPassword(QLatin1String(SeededDatabase::SupervisorPassword));
                    saveScreenshot(a, QStringLiteral("shift-close-approval"));
                    onNextModal<ReportDialog>([](ReportDialog *r) { r->reject(); }, nullptr);
                    QTest::keyClick(a->focusWidget(), Qt::Key_Return);
                },
                nullptr, 30000);
            QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("noteEdit")), Qt::Key_Return);
        },
        &seen, 30000);
    page()->closeShift();
    QVERIFY(seen);
    QVERIFY2(noteFocused, "after the count, the focus moves on to the note");
    QVERIFY(approvalSeen);
    QCOMPARE(difference, QStringLiteral("¥10.00 short"));
    QVERIFY(buttonText.contains(QStringLiteral("approval")));
    QVERIFY2(noNote.contains(QStringLiteral("note")), qPrintable(noNote));
    QVERIFY2(cashierRefused.contains(QStringLiteral("Li Na")), qPrintable(cashierRefused));
    const auto closed = ShiftService(m_data->db(), m_data->clock()).get(shiftId);
    QVERIFY(!closed->open);
    QCOMPARE(closed->countedCash, yuan("240.00"));
    QCOMPARE(closed->approvedBy, QStringLiteral("Wang Qiang"));
    QCOMPARE(closed->note, QStringLiteral("10 yuan missing"));
    QVERIFY(page()->selectedReportText().contains(QStringLiteral("Wang Qiang")));
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("shift-closed-with-difference")).isEmpty());
}

void TestGuiShift::pendingSaleBlocksClosing()
{
    PD_VERIFY_OK(ShiftService(m_data->db(), m_data->clock()).open(m_data->cashier, yuan("200.00")));
    auto carrier = std::make_shared<ScriptedCarrier>();
    carrier->next = CreditCarrier::Outcome::Unknown;
    auto registry = std::make_shared<CarrierRegistry>();
    registry->add(Carrier::StsToken, carrier);
    VendingService::Request r;
    r.key = VendingService::newKey();
    r.accountId = m_data->liSiAccount;
    r.amount = yuan("30.00");
    r.payments << PaymentDraft{PaymentMethod::Cash, r.amount, {}, {}};
    PD_VERIFY_OK(VendingService(m_data->db(), m_data->clock(), registry).vend(m_data->cashier, r));
    openWindow();
    m_window->setCarriers(registry);
    m_window->showPage(MainWindow::Page::Shift);
    page()->refresh();
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("pendingWarning"))->isVisible());
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("shift-pending-warning")).isEmpty());
    QString refused;
    bool seen = false;
    onNextModal<ShiftCloseDialog>(
        [&](ShiftCloseDialog *d) {
            count(d, {{10000, 2}, {1000, 3}});
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            refused = d->errorText();
            d->reject();
        },
        &seen);
    page()->closeShift();
    QVERIFY(seen);
    QVERIFY2(refused.contains(QStringLiteral("pending")), qPrintable(refused));
    QVERIFY(page()->currentShift());
}

QTEST_MAIN(TestGuiShift)
#include "tst_gui_shift.moc"
