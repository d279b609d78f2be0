// Settings → Key vault and Cards & meters → the engineer's STS work, as people use them: an
// administrator sets the vault up, adds a key, locks and unlocks it (a wrong passphrase is
// refused); an engineer finds a meter, makes a management token that a supervisor approves with a
// reason, decodes what a customer reads out (the token itself, a mistyped one), and schedules a
// key change; a cashier only looks. Real STS plugin from the build tree, real vault, SQLite file.
#include "GuiTestSupport.h"

#include "ApprovalDialog.h"
#include "EngineerPage.h"
#include "KeyChangePanel.h"
#include "KeyDialog.h"
#include "KeyVaultPanel.h"
#include "MainWindow.h"
#include "ManagementTokenPanel.h"
#include "PassphraseDialog.h"
#include "SettingsPage.h"
#include "TokenDecodePanel.h"

#include "plugin/PluginManager.h"
#include "security/KeyVault.h"
#include "vending/StsCarrier.h"

#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

// The vending key of the published STS compliance example (issue 4): DKGA02, SGC 123456, KRN 1.
const QByteArray vendingKey = QByteArray::fromHex("abababababababab");
const QString vaultPassphrase = u"counter vault passphrase"_qs;
const QString drn = u"01234567890"_qs;

void fillSecret(QDialog *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    edit->setText(text);
}

} // namespace

class TestGuiEngineer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void adminSetsUpVaultAndManagesKeys();
    void engineerMakesApprovedManagementToken();
    void engineerDecodesWhatACustomerReadsOut();
    void engineerSchedulesKeyChange();
    void cashierOnlyLooks();

private:
    void openWindow(const Operator &op, MainWindow::Page page);
    void unlockVaultWithKey();
    EngineerPage *engineer() const { return m_window->engineerPage(); }

    PluginManager m_plugins;
    std::unique_ptr<SeededDatabase> m_data;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<MainWindow> m_window;
    Operator m_engineer;
    qint64 m_meter = 0;
};

void TestGuiEngineer::initTestCase()
{
    applyConsoleTheme();
    m_plugins.scan();
    QVERIFY2(m_plugins.tokenGenerator(u"sts"_qs), "the STS plugin of the build tree loads");
}

void TestGuiEngineer::init()
{
    m_data = std::make_unique<SeededDatabase>();
    QCOMPARE(m_data->seed(), QString());
    QCOMPARE(m_data->seedVending(), QString());
    OperatorService ops(m_data->db(), m_data->clock());
    m_engineer = ops.add(m_data->admin, u"zhou"_qs, u"Zhou Gong"_qs, Role::Engineer, u"engineer-pass-1"_qs).value();
    // 王五's keypad meter: the serial is the meter's 11-digit decoder reference number.
    auto account = CustomerService(m_data->db(), m_data->clock())
                       .openAccount(m_data->cashier, m_data->wangWu, Utility::Electricity, m_data->electricityTariff);
    QVERIFY(account);
    MeterService meters(m_data->db(), m_data->clock());
    m_meter = meters.registerMeter(m_data->admin, stsMeterDraft(drn)).value();
    PD_VERIFY_OK(meters.install(m_data->admin, m_meter, account->id));
    m_data->clock().advanceSecs(3600);
    m_vault = std::make_unique<KeyVault>(m_data->db(), m_data->clock());
}

void TestGuiEngineer::cleanup()
{
    m_window.reset();
    m_vault.reset();
    m_data.reset();
}

void TestGuiEngineer::openWindow(const Operator &op, MainWindow::Page page)
{
    Session session = m_data->session(op);
    session.plugins = &m_plugins;
    session.vault = m_vault.get();
    m_window = std::make_unique<MainWindow>(session);
    m_window->resize(1366, 768);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->showPage(page);
    QCOMPARE(m_window->currentPage(), page);
}

void TestGuiEngineer::unlockVaultWithKey()
{
    PD_VERIFY_OK(m_vault->initialize(m_data->admin, vaultPassphrase));
    PD_VERIFY_OK(m_vault->addKey(m_data->admin, 123456, 1, 2, SecretBytes(vendingKey), {}, u"KRN 1"_qs));
    PD_VERIFY_OK(m_vault->addKey(m_data->admin, 123456, 2, 2, SecretBytes(QByteArray::fromHex("0123456789abcdef")), {},
                                 u"KRN 2"_qs));
}

void TestGuiEngineer::adminSetsUpVaultAndManagesKeys()
{
    openWindow(m_data->admin, MainWindow::Page::Settings);
    m_window->settingsPage()->showSection(SettingsPage::Section::KeyVault);
    KeyVaultPanel *panel = m_window->settingsPage()->keyVaultPanel();
    QCOMPARE(panel->state(), KeyVaultPanel::State::NotSetUp);
    QVERIFY(panel->canManage());
    QVERIFY(!saveScreenshot(m_window.get(), u"settings-key-vault-not-set-up"_qs).isEmpty());

    // Set up: two passphrases that differ are refused and the dialog stays; then the same twice.
    QString mismatch;
    bool seen = false;
    onNextModal<PassphraseDialog>(
        [&](PassphraseDialog *d) {
            fillSecret(d, "passphraseEdit", vaultPassphrase);
            fillSecret(d, "repeatEdit", vaultPassphrase + u"x"_qs);
            d->confirm();
            mismatch = d->errorText();
            QVERIFY(d->isVisible());
            fillSecret(d, "passphraseEdit", vaultPassphrase);
            fillSecret(d, "repeatEdit", vaultPassphrase);
            d->confirm();
        },
        &seen);
    panel->setUp();
    QVERIFY(seen);
    QVERIFY2(!mismatch.isEmpty(), "different passphrases are refused with a message");
    QCOMPARE(panel->state(), KeyVaultPanel::State::Unlocked);
    QCOMPARE(m_vault->isInitialized().value(), true);

    // Add the key; a key of the wrong length is refused first.
    QString badKey;
    onNextModal<KeyDialog>(
        [&](KeyDialog *d) {
            d->setSgc(u"123456"_qs);
            d->setKeyRevision(1);
            d->setKeyType(2);
            d->setAlgorithm(u"02"_qs);
            d->setKeyText(u"abab"_qs);
            d->setDescription(u"Supply group 123456, revision 1"_qs);
            d->add();
            badKey = d->errorText();
            d->setKeyText(u"abab abab abab abab"_qs);
            d->add();
        },
        &seen);
    panel->addKey();
    QVERIFY(seen);
    QVERIFY2(!badKey.isEmpty(), "a short key is refused with a message");
    QCOMPARE(panel->keys().size(), 1);
    QCOMPARE(panel->keys().first().sgc, 123456);
    QCOMPARE(m_vault->key(123456, 1)->bytes(), vendingKey);
    // The list shows which keys there are, never a key.
    auto *view = panel->findChild<QTableView *>(u"keyView"_qs);
    for (int r = 0; r < view->model()->rowCount(); ++r)
        for (int c = 0; c < view->model()->columnCount(); ++c)
            QVERIFY(!view->model()->index(r, c).data().toString().contains(u"abab"_qs, Qt::CaseInsensitive));
    QVERIFY(!saveScreenshot(m_window.get(), u"settings-key-vault"_qs).isEmpty());

    panel->lock();
    QCOMPARE(panel->state(), KeyVaultPanel::State::Locked);
    QVERIFY(!m_vault->isUnlocked());

    // A wrong passphrase does not unlock; the right one does.
    QString wrong;
    onNextModal<PassphraseDialog>(
        [&](PassphraseDialog *d) {
            fillSecret(d, "passphraseEdit", u"not the vault passphrase"_qs);
            d->confirm();
            wrong = d->errorText();
            fillSecret(d, "passphraseEdit", vaultPassphrase);
            d->confirm();
        },
        &seen);
    panel->unlock();
    QVERIFY(seen);
    QVERIFY2(!wrong.isEmpty(), "a wrong passphrase is refused with a message");
    QCOMPARE(panel->state(), KeyVaultPanel::State::Unlocked);
    QCOMPARE(m_vault->key(123456, 1)->bytes(), vendingKey);
}

void TestGuiEngineer::engineerMakesApprovedManagementToken()
{
    unlockVaultWithKey();
    openWindow(m_engineer, MainWindow::Page::CardsMeters);
    QCOMPARE(engineer()->bannerText(), QString());
    engineer()->search(drn);
    QVERIFY(engineer()->meter());
    QCOMPARE(engineer()->meter()->id, m_meter);
    QVERIFY2(engineer()->stateText().contains(u"SGC 123456"_qs), qPrintable(engineer()->stateText()));

    ManagementTokenPanel *panel = engineer()->managementPanel();
    panel->setFunction(ManagementFunction::SetMaximumPowerLimit);
    panel->setValueText(u"5000"_qs);
    // The engineer cannot approve their own token; a supervisor with a reason can.
    QString selfApproval;
    bool seen = false;
    onNextModal<ApprovalDialog>(
        [&](ApprovalDialog *d) {
            d->setUserName(u"zhou"_qs);
            d->setPassword(u"engineer-pass-1"_qs);
            d->setReason(u"Customer's shop needs a higher limit"_qs);
            d->approve();
            selfApproval = d->errorText();
            d->setUserName(u"wang"_qs);
            d->setPassword(QLatin1String(SeededDatabase::SupervisorPassword));
            d->approve();
        },
        &seen);
    panel->makeToken();
    QVERIFY(seen);
    QVERIFY2(!selfApproval.isEmpty(), "self-approval is refused with a message");
    QVERIFY(panel->lastIssued());
    const QString digits = panel->lastIssued()->token.digits;
    QCOMPARE(digits.size(), 20);
    QCOMPARE(QString(panel->tokenText()).remove(u' '), digits);

    // The token opens with the meter's key and carries what was asked.
    const TokenGenerator *sts = m_plugins.tokenGenerator(u"sts"_qs);
    TokenKeyParams key;
    key.vendingKey = vendingKey;
    key.supplyGroupCode = 123456;
    key.tariffIndex = 1;
    key.keyRevision = 1;
    key.pan = StsCarrier::panOf(drn).value();
    key.baseDate = 2014;
    auto decoded = sts->decode(sts->decoderKey(key).value(), u"07"_qs, 2014, digits);
    QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
    QCOMPARE(decoded->tokenClass, 2);
    QCOMPARE(decoded->value, std::optional<qint64>(5000));

    // Who, who approved and why are in the meter's history.
    auto last = Sql::exec(m_data->db().connection(),
                          u"SELECT action, details FROM change_log WHERE entity = 'meter' AND entity_id = ? "
                          "ORDER BY id DESC LIMIT 1"_qs,
                          {m_meter});
    QVERIFY(last);
    QSqlQuery &row = last.value();
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), u"sts-management-token"_qs);
    const QString json = row.value(1).toString();
    const QJsonObject details = QJsonDocument::fromJson(json.toUtf8()).object();
    QCOMPARE(details.value(u"reason"_qs).toString(), u"Customer's shop needs a higher limit"_qs);
    QCOMPARE(details.value(u"approver"_qs).toString(), u"Wang Qiang"_qs);
    QVERIFY(!json.contains(u"abab"_qs, Qt::CaseInsensitive));
    QVERIFY(!saveScreenshot(m_window.get(), u"engineer-management-token"_qs).isEmpty());
}

void TestGuiEngineer::engineerDecodesWhatACustomerReadsOut()
{
    unlockVaultWithKey();
    openWindow(m_engineer, MainWindow::Page::CardsMeters);
    engineer()->search(drn);
    auto made = MeterTokens(m_data->db(), m_data->clock(), m_plugins.tokenGenerator(u"sts"_qs), m_vault.get())
                    .issueManagement(m_engineer, m_data->supervisor, m_meter, ManagementFunction::ClearTamper, 0,
                                     u"Tamper after a storm"_qs);
    QVERIFY(made);
    const QString digits = made->token.digits;
    engineer()->tabs()->setCurrentIndex(2);
    TokenDecodePanel *panel = engineer()->decodePanel();

    // Read out in groups, as the receipt prints it: the meter takes it.
    QString grouped;
    for (int i = 0; i < 20; i += 4)
        grouped += digits.mid(i, 4) + (i < 16 ? u" "_qs : QString());
    panel->setTokenText(grouped);
    QTest::keyClick(panel->findChild<QLineEdit *>(u"tokenEdit"_qs), Qt::Key_Return);
    QVERIFY(panel->explanation());
    QCOMPARE(panel->explanation()->verdict, MeterTokens::Verdict::Accepted);
    QVERIFY2(panel->detailText().contains(u"tamper"_qs, Qt::CaseInsensitive), qPrintable(panel->detailText()));
    QVERIFY(!saveScreenshot(m_window.get(), u"engineer-decode-accepted"_qs).isEmpty());

    // One digit misheard: the meter refuses it, and the page says why.
    QString misheard = digits;
    misheard[7] = QChar(u'0' + (misheard[7].digitValue() + 1) % 10);
    panel->setTokenText(misheard);
    panel->decode();
    QVERIFY(panel->explanation());
    QCOMPARE(panel->explanation()->verdict, MeterTokens::Verdict::CrcError);
    QVERIFY(!panel->verdictText().isEmpty());
    QVERIFY(!saveScreenshot(m_window.get(), u"engineer-decode-crc-error"_qs).isEmpty());

    // Not a token at all: a message, nothing decoded.
    panel->setTokenText(u"1234"_qs);
    panel->decode();
    QVERIFY(!panel->explanation());
    QVERIFY(!panel->messageText().isEmpty());
}

void TestGuiEngineer::engineerSchedulesKeyChange()
{
    unlockVaultWithKey();
    openWindow(m_engineer, MainWindow::Page::CardsMeters);
    engineer()->search(drn);
    engineer()->tabs()->setCurrentIndex(1);
    KeyChangePanel *panel = engineer()->keyChangePanel();
    QVERIFY2(panel->setNewKey(123456, 2), "the vault's second key is offered");
    panel->setNewTariffIndex(1);
    bool seen = false;
    onNextModal<ApprovalDialog>(
        [&](ApprovalDialog *d) {
            d->setUserName(u"wang"_qs);
            d->setPassword(QLatin1String(SeededDatabase::SupervisorPassword));
            d->setReason(u"Key revision 1 expires"_qs);
            d->approve();
        },
        &seen);
    panel->schedule();
    QVERIFY(seen);
    auto meter = MeterTokens(m_data->db(), m_data->clock()).meter(m_meter);
    QVERIFY(meter);
    QVERIFY(meter->keyChangePending());
    QCOMPARE(meter->targetKeyRevision(), 2);
    QVERIFY2(engineer()->stateText().contains(u"Key change waiting"_qs), qPrintable(engineer()->stateText()));
    QVERIFY(!saveScreenshot(m_window.get(), u"engineer-key-change"_qs).isEmpty());
}

void TestGuiEngineer::cashierOnlyLooks()
{
    unlockVaultWithKey();
    openWindow(m_data->cashier, MainWindow::Page::CardsMeters);
    QVERIFY2(engineer()->bannerText().contains(u"engineers"_qs), qPrintable(engineer()->bannerText()));
    engineer()->search(drn);
    QVERIFY(engineer()->meter());
    QVERIFY(!engineer()->managementPanel()->findChild<QPushButton *>(u"makeTokenButton"_qs)->isEnabled());
    QVERIFY(!engineer()->decodePanel()->findChild<QPushButton *>(u"decodeButton"_qs)->isEnabled());
    // Even called directly, nothing is made: the core refuses.
    engineer()->managementPanel()->makeToken();
    QVERIFY(!engineer()->managementPanel()->lastIssued());
    // Settings: the vault's state, but no buttons to change it.
    m_window->showPage(MainWindow::Page::Settings);
    m_window->settingsPage()->showSection(SettingsPage::Section::KeyVault);
    QVERIFY(!m_window->settingsPage()->keyVaultPanel()->canManage());
    QVERIFY(!m_window->settingsPage()->keyVaultPanel()->findChild<QPushButton *>(u"vaultLockButton"_qs)->isVisible());
}

QTEST_MAIN(TestGuiEngineer)
#include "tst_gui_engineer.moc"
