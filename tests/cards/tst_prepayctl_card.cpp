// `prepayctl card` as a script uses it: the real prepayctl ($PREPAYCTL) on a SQLite file, the card
// in this test's private PC/SC stack (PcscStack; prepayctl inherits PCSCLITE_CSOCK_NAME), the
// key vault's passphrase and an approver's password on standard input. name=value lines out,
// and the exit status says what went wrong: 3 no reader or card, 4 a card that cannot be used.
#include "PcscStack.h"
#include "TestSupport.h"

#include "card/VirtualCardFile.h"
#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "records/OperatorService.h"
#include "security/KeyVault.h"
#include "storage/Sql.h"
#include "tariff/TariffService.h"
#include "vending/ShiftService.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

const QByteArray CardKey = QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0");
const QString Passphrase = QStringLiteral("prepayctl card test passphrase");
const QString MeterNo = QStringLiteral("000000000777");

struct Run
{
    int exit = -1;
    QString out;
    QString err;
    QHash<QString, QString> values;
};

Run prepayctl(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setProgram(qEnvironmentVariable("PREPAYCTL"));
    p.setArguments(args);
    p.start();
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("prepayctl did not finish");
        return r;
    }
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
        r.values.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    return r;
}

QString explain(const Run &r)
{
    return QStringLiteral("exit %1\n%2\n%3").arg(r.exit).arg(r.out, r.err);
}

} // namespace

class TestPrepayctlCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readersReadIssueTopUpReissue();
    void noCardAndAlteredCard();

private:
    QStringList base(const QStringList &more) const { return more + QStringList{u"--db"_qs, m_db->path()}; }

    PcscStack m_stack;
    QTemporaryDir m_dir;
    std::unique_ptr<TempDatabase> m_db;
    qint64 m_account = 0;
};

void TestPrepayctlCard::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("PREPAYCTL"), "PREPAYCTL is set by CMake");
    PD_VERIFY_OK(m_stack.start());
    m_db = std::make_unique<TempDatabase>();
    ManualClock clock(testEpoch());
    OperatorService ops(m_db->db(), clock);
    const Operator admin =
        ops.add(Operator::system(), u"admin"_qs, u"Admin"_qs, Role::Admin, u"admin-pass-1"_qs).value();
    const Operator cashier = ops.add(admin, u"li"_qs, u"Li"_qs, Role::Cashier, u"cashier-pass-1"_qs).value();
    PD_VERIFY_OK(ops.add(admin, u"wang"_qs, u"Wang"_qs, Role::Supervisor, u"super-pass-1"_qs));
    KeyVault vault(m_db->db(), clock);
    PD_VERIFY_OK(vault.initialize(admin, Passphrase));
    PD_VERIFY_OK(vault.addCardKey(admin, u"440300"_qs, SecretBytes(CardKey), {}));
    const char *tariff = R"({"effective_from":"2020-01-01","meter_kind":"money","basis":"purchase",
        "cycle":{"kind":"monthly","start_month":1,"start_day":1},"blocks":[{"from":"0","price":"0.5000"}]})";
    auto version = TariffVersion::fromJson(QJsonDocument::fromJson(tariff).object());
    PD_VERIFY_OK(version);
    const qint64 tariffId = TariffService(m_db->db(), clock)
                                .createTariff(admin, Utility::Water, u"W-MONEY"_qs, u"Water"_qs, version.value())
                                .value();
    CustomerDraft d;
    d.name = u"赵六"_qs;
    CustomerService customers(m_db->db(), clock);
    const qint64 customer = customers.create(cashier, d).value();
    auto account = customers.openAccount(cashier, customer, Utility::Water, tariffId);
    PD_VERIFY_OK(account);
    m_account = account->id;
    MeterDraft m;
    m.serial = MeterNo;
    m.utility = Utility::Water;
    m.carrier = Carrier::IcCard;
    MeterService meters(m_db->db(), clock);
    auto meter = meters.registerMeter(admin, m);
    PD_VERIFY_OK(meter);
    PD_VERIFY_OK(meters.install(admin, meter.value(), m_account));
    PD_VERIFY_OK(ShiftService(m_db->db(), clock).open(cashier, Money()));
    m_db->close();
}

void TestPrepayctlCard::readersReadIssueTopUpReissue()
{
    const QByteArray vault = Passphrase.toUtf8() + '\n';
    Run readers = prepayctl({u"card"_qs, u"readers"_qs});
    QCOMPARE(readers.exit, 0);
    QVERIFY2(readers.out.contains(m_stack.readerName()), qPrintable(explain(readers)));

    const QString card = m_dir.filePath(u"card.json"_qs);
    PD_VERIFY_OK(PcscStack::makeBlankSle4442(card));
    PD_VERIFY_OK(m_stack.insert(card));
    // Without the vault: refused, nothing written.
    Run locked = prepayctl(base({u"card"_qs, u"issue"_qs, u"--meter"_qs, MeterNo, u"--yes"_qs}));
    QCOMPARE(locked.exit, 1);
    QVERIFY2(locked.err.contains(u"vault"_qs), qPrintable(explain(locked)));
    Run blank = prepayctl(base({u"card"_qs, u"read"_qs, u"--unlock-vault"_qs}), vault);
    QCOMPARE(blank.exit, 0);
    QCOMPARE(blank.values.value(u"blank"_qs), u"yes"_qs);
    // Without --yes nothing is written either.
    Run unconfirmed = prepayctl(base({u"card"_qs, u"issue"_qs, u"--meter"_qs, MeterNo, u"--unlock-vault"_qs}), vault);
    QCOMPARE(unconfirmed.exit, 1);
    QVERIFY(VirtualCardFile::load(card)->isBlank());

    Run issued = prepayctl(base({u"card"_qs, u"issue"_qs, u"--meter"_qs, MeterNo, u"--yes"_qs, u"--unlock-vault"_qs,
                                 u"--operator"_qs, u"li"_qs}),
                           vault);
    QCOMPARE(issued.exit, 0);
    QCOMPARE(issued.values.value(u"kind"_qs), u"user"_qs);
    QCOMPARE(issued.values.value(u"meter"_qs), MeterNo);
    QCOMPARE(issued.values.value(u"purchase_count"_qs), u"0"_qs);
    const QString serial = issued.values.value(u"serial"_qs);
    QCOMPARE(serial.size(), 16);

    Run topup = prepayctl(base({u"card"_qs, u"topup"_qs, u"--account"_qs, QString::number(m_account), u"--amount"_qs,
                                u"15.00"_qs, u"--unlock-vault"_qs, u"--operator"_qs, u"li"_qs}),
                          vault);
    QCOMPARE(topup.exit, 0);
    QCOMPARE(topup.values.value(u"state"_qs), u"delivered"_qs);
    QVERIFY2(topup.values.value(u"credit"_qs).startsWith(serial + u"/1/"_qs), qPrintable(explain(topup)));
    Run read = prepayctl(base({u"card"_qs, u"read"_qs, u"--unlock-vault"_qs}), vault);
    QCOMPARE(read.exit, 0);
    QCOMPARE(read.values.value(u"purchase_count"_qs), u"1"_qs);
    QCOMPARE(read.values.value(u"credit"_qs), u"15.00"_qs);
    QCOMPARE(read.values.value(u"credit_waiting"_qs), u"yes"_qs);
    // A second top-up before the meter has the first: refused, exit 1, nothing written.
    Run twice = prepayctl(base({u"card"_qs, u"topup"_qs, u"--account"_qs, QString::number(m_account), u"--amount"_qs,
                                u"5.00"_qs, u"--unlock-vault"_qs, u"--operator"_qs, u"li"_qs}),
                          vault);
    QCOMPARE(twice.exit, 1);
    QVERIFY2(twice.err.contains(u"meter"_qs), qPrintable(explain(twice)));

    // The card is lost: a blank one replaces it with the same purchase, approved by wang.
    PD_VERIFY_OK(m_stack.remove());
    const QString fresh = m_dir.filePath(u"fresh.json"_qs);
    PD_VERIFY_OK(PcscStack::makeBlankSle4442(fresh));
    PD_VERIFY_OK(m_stack.insert(fresh));
    Run wrongPassword =
        prepayctl(base({u"card"_qs, u"reissue"_qs, u"--meter"_qs, MeterNo, u"--approver"_qs, u"wang"_qs, u"--reason"_qs,
                        u"lost"_qs, u"--yes"_qs, u"--unlock-vault"_qs, u"--operator"_qs, u"li"_qs}),
                  vault + "not-the-password\n");
    QCOMPARE(wrongPassword.exit, 1);
    QVERIFY(VirtualCardFile::load(fresh)->isBlank());
    Run reissued =
        prepayctl(base({u"card"_qs, u"reissue"_qs, u"--meter"_qs, MeterNo, u"--approver"_qs, u"wang"_qs, u"--reason"_qs,
                        u"lost at the market"_qs, u"--yes"_qs, u"--unlock-vault"_qs, u"--operator"_qs, u"li"_qs}),
                  vault + "super-pass-1\n");
    QCOMPARE(reissued.exit, 0);
    QCOMPARE(reissued.values.value(u"purchase_count"_qs), u"1"_qs);
    QCOMPARE(reissued.values.value(u"credit"_qs), u"15.00"_qs);
    QCOMPARE(reissued.values.value(u"replaces"_qs), serial);
    // The old card is refused now: exit 4 with the reason.
    PD_VERIFY_OK(m_stack.remove());
    PD_VERIFY_OK(m_stack.insert(card));
    Run old = prepayctl(base({u"card"_qs, u"read"_qs, u"--unlock-vault"_qs}), vault);
    QCOMPARE(old.exit, 4);
    QCOMPARE(old.values.value(u"status"_qs), u"blacklisted"_qs);
    QVERIFY(!old.values.value(u"problem"_qs).isEmpty());
    PD_VERIFY_OK(m_stack.remove());
}

void TestPrepayctlCard::noCardAndAlteredCard()
{
    const QByteArray vault = Passphrase.toUtf8() + '\n';
    Run none = prepayctl(base({u"card"_qs, u"read"_qs, u"--unlock-vault"_qs}), vault);
    QCOMPARE(none.exit, 3);
    QVERIFY2(!none.err.isEmpty(), "says why");
    Run usage = prepayctl({u"card"_qs, u"frobnicate"_qs});
    QCOMPARE(usage.exit, 2);
    // A card whose data was changed by hand (another utility's key, or tampering): exit 4.
    const QString card = m_dir.filePath(u"altered.json"_qs);
    auto file = VirtualCardFile::personalisedSle4442(QByteArray::fromHex("A17E00000000A17E"), QByteArray(3, '\x11'));
    PD_VERIFY_OK(file);
    QByteArray area(224, '\0');
    area.replace(0, 4, "PDCF");
    PD_VERIFY_OK(file.value().setArea(area));
    PD_VERIFY_OK(file->save(card));
    PD_VERIFY_OK(m_stack.insert(card));
    Run altered = prepayctl(base({u"card"_qs, u"read"_qs, u"--unlock-vault"_qs}), vault);
    QCOMPARE(altered.exit, 4);
    QVERIFY2(!altered.values.value(u"problem"_qs).isEmpty(), qPrintable(explain(altered)));
    PD_VERIFY_OK(m_stack.remove());
}

QTEST_GUILESS_MAIN(TestPrepayctlCard)
#include "tst_prepayctl_card.moc"
