// The login dialog and the first-administrator setup, driven like a cashier would.
#include "GuiTestSupport.h"

#include "DemoSetup.h"
#include "FirstAdminDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"

#include "demo/DemoGenerator.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using namespace prepaydesk;
using namespace prepaydesk::test;

class TestGuiLogin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wrongPasswordShowsError();
    void rightPasswordOpensMainWindow();
    void escapeQuits();
    void demoHintShowsCredentials();
    void firstAdministratorOnEmptyDatabase();
    void demoDatabaseIsFilledWithProgress();
    void demoGenerationCanBeCancelled();

private:
    QLineEdit *edit(QWidget *w, const char *name) { return w->findChild<QLineEdit *>(QLatin1String(name)); }
    QLabel *label(QWidget *w, const char *name) { return w->findChild<QLabel *>(QLatin1String(name)); }

    std::unique_ptr<SeededDatabase> m_data;
};

void TestGuiLogin::initTestCase()
{
    applyConsoleTheme();
}

void TestGuiLogin::init()
{
    m_data = std::make_unique<SeededDatabase>();
}

void TestGuiLogin::cleanup()
{
    m_data.reset();
}

void TestGuiLogin::wrongPasswordShowsError()
{
    QCOMPARE(m_data->seed(false), QString());
    LoginDialog login(m_data->db(), m_data->clock());
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QLabel *error = label(&login, "errorLabel");
    QVERIFY(error->isHidden());

    QTest::keyClicks(edit(&login, "userEdit"), QStringLiteral("li"));
    QTest::keyClicks(edit(&login, "passwordEdit"), QStringLiteral("not-the-password"));
    QTest::keyClick(edit(&login, "passwordEdit"), Qt::Key_Return);

    // The dialog stays, says why (the service's own translated message) and is ready for a retry.
    QVERIFY(login.isVisible());
    QVERIFY(!login.loggedIn());
    QVERIFY(error->isVisible());
    const QString expected = OperatorService(m_data->db(), m_data->clock())
                                 .authenticate(QStringLiteral("li"), QStringLiteral("x"))
                                 .error()
                                 .message;
    QCOMPARE(error->text(), expected);
    QVERIFY(edit(&login, "passwordEdit")->text().isEmpty());
    QCOMPARE(edit(&login, "userEdit")->text(), QStringLiteral("li"));
    QVERIFY(!saveScreenshot(&login, QStringLiteral("login-wrong-password")).isEmpty());

    // Typing again clears the complaint.
    QTest::keyClicks(edit(&login, "passwordEdit"), QStringLiteral("x"));
    QVERIFY(error->isHidden());
}

void TestGuiLogin::rightPasswordOpensMainWindow()
{
    QCOMPARE(m_data->seed(false), QString());
    LoginDialog login(m_data->db(), m_data->clock());
    QSignalSpy accepted(&login, &QDialog::accepted);
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QVERIFY(!saveScreenshot(&login, QStringLiteral("login")).isEmpty());
    // Focus starts in the user name; Enter in the password box logs in.
    QCOMPARE(QApplication::focusWidget(), edit(&login, "userEdit"));
    QTest::keyClicks(edit(&login, "userEdit"), QStringLiteral("li"));
    QTest::keyClick(edit(&login, "userEdit"), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QLatin1String(SeededDatabase::CashierPassword));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(login.result(), int(QDialog::Accepted));
    QVERIFY(login.loggedIn());
    QCOMPARE(login.loggedIn()->id, m_data->cashier.id);

    // What main() does next: the main window for that operator, named in the status bar.
    MainWindow window(m_data->session(*login.loggedIn()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *who = window.statusBar()->findChild<QLabel *>(QStringLiteral("operatorStatus"));
    QVERIFY(who);
    QVERIFY2(who->text().contains(QStringLiteral("Li Na")), qPrintable(who->text()));
    QVERIFY2(who->text().contains(Domain::name(Role::Cashier)), qPrintable(who->text()));
}

void TestGuiLogin::escapeQuits()
{
    QCOMPARE(m_data->seed(false), QString());
    LoginDialog login(m_data->db(), m_data->clock());
    QSignalSpy rejected(&login, &QDialog::rejected);
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QTest::keyClick(edit(&login, "userEdit"), Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!login.loggedIn());
}

void TestGuiLogin::demoHintShowsCredentials()
{
    QCOMPARE(m_data->seed(false), QString());
    LoginDialog login(m_data->db(), m_data->clock());
    QLabel *hint = label(&login, "demoHintLabel");
    login.show();
    QVERIFY(hint->isHidden());
    login.setDemoHint(true);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("admin-demo")));
    QVERIFY(hint->text().contains(QStringLiteral("cashier-demo")));
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QVERIFY(!saveScreenshot(&login, QStringLiteral("login-demo")).isEmpty());
}

void TestGuiLogin::firstAdministratorOnEmptyDatabase()
{
    // No operator who can log in: the dialog offers to create the first administrator.
    QCOMPARE(OperatorService(m_data->db(), m_data->clock()).loginCount().value(), 0);
    LoginDialog login(m_data->db(), m_data->clock());
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    auto *create = login.findChild<QPushButton *>(QStringLiteral("createAdminButton"));
    QVERIFY(create->isVisible());
    QVERIFY(!edit(&login, "userEdit")->isEnabled());
    QVERIFY(!saveScreenshot(&login, QStringLiteral("login-no-operators")).isEmpty());

    QString mismatchError;
    QString shortPasswordError;
    bool seen = false;
    onNextModal<FirstAdminDialog>(
        [&](FirstAdminDialog *dialog) {
            QTest::keyClicks(edit(dialog, "userEdit"), QStringLiteral("boss"));
            QTest::keyClicks(edit(dialog, "nameEdit"), QStringLiteral("Zhao Lei"));
            QTest::keyClicks(edit(dialog, "passwordEdit"), QStringLiteral("short"));
            QTest::keyClicks(edit(dialog, "repeatEdit"), QStringLiteral("shorter"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            ok->click();
            mismatchError =
                label(dialog, "repeatError")->isVisible() ? label(dialog, "repeatError")->text() : QString();
            edit(dialog, "repeatEdit")->setText(QStringLiteral("short"));
            ok->click();
            // Too short: the service says so, beside the password.
            shortPasswordError =
                label(dialog, "passwordError")->isVisible() ? label(dialog, "passwordError")->text() : QString();
            saveScreenshot(dialog, QStringLiteral("first-admin-error"));
            edit(dialog, "passwordEdit")->setText(QStringLiteral("boss-pass-123"));
            edit(dialog, "repeatEdit")->setText(QStringLiteral("boss-pass-123"));
            ok->click();
        },
        &seen);
    create->click();
    QVERIFY(seen);
    QVERIFY(!mismatchError.isEmpty());
    QVERIFY2(shortPasswordError.contains(QString::number(OperatorService::MinPasswordLength)),
             qPrintable(shortPasswordError));

    // Back in the login dialog: the new administrator can log in.
    QVERIFY(!create->isVisible());
    QVERIFY(edit(&login, "userEdit")->isEnabled());
    QCOMPARE(edit(&login, "userEdit")->text(), QStringLiteral("boss"));
    QVERIFY(label(&login, "noticeLabel")->isVisible());
    QVERIFY(!saveScreenshot(&login, QStringLiteral("login-after-first-admin")).isEmpty());
    QTest::keyClicks(edit(&login, "passwordEdit"), QStringLiteral("boss-pass-123"));
    QTest::keyClick(edit(&login, "passwordEdit"), Qt::Key_Return);
    QVERIFY(login.loggedIn());
    QCOMPARE(login.loggedIn()->role, Role::Admin);
    QCOMPARE(login.loggedIn()->displayName, QStringLiteral("Zhao Lei"));
}

void TestGuiLogin::demoDatabaseIsFilledWithProgress()
{
    // What `prepaydesk --demo` does on first use, with fewer customers.
    bool seen = false;
    int maximum = 0;
    onNextModal<QProgressDialog>(
        [&](QProgressDialog *progress) {
            maximum = progress->maximum();
            saveScreenshot(progress, QStringLiteral("demo-progress"));
        },
        &seen);
    PD_VERIFY_OK(DemoSetup::generate(m_data->db(), 300));
    QVERIFY(seen);
    QCOMPARE(maximum, 300);
    QVERIFY(OperatorService(m_data->db(), m_data->clock()).loginCount().value() >= 2);

    // The demo hint's credentials work.
    LoginDialog login(m_data->db(), m_data->clock());
    login.setDemoHint(true);
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QTest::keyClicks(edit(&login, "userEdit"), QLatin1String(DemoGenerator::CashierUser));
    QTest::keyClicks(edit(&login, "passwordEdit"), QLatin1String(DemoGenerator::CashierPassword));
    QTest::keyClick(edit(&login, "passwordEdit"), Qt::Key_Return);
    QVERIFY(login.loggedIn());
    QCOMPARE(login.loggedIn()->role, Role::Cashier);
}

void TestGuiLogin::demoGenerationCanBeCancelled()
{
    bool seen = false;
    onNextModal<QProgressDialog>(
        [&](QProgressDialog *progress) {
            // What the user does: the dialog's Cancel button.
            progress->findChild<QPushButton *>()->click();
        },
        &seen);
    // Many customers, so that the generator is still busy when Cancel is pressed.
    const Status s = DemoSetup::generate(m_data->db(), 100000);
    QVERIFY(seen);
    QVERIFY(!s.ok());
    // Nothing was stored, so the next start generates again.
    QCOMPARE(OperatorService(m_data->db(), m_data->clock()).loginCount().value(), 0);
}

QTEST_MAIN(TestGuiLogin)
#include "tst_gui_login.moc"
