// CSV import and export of customers, on database files on disk.
#include "TestSupport.h"

#include "io/CustomerCsv.h"
#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "search/CustomerSearch.h"
#include "storage/Sql.h"

#include <QFile>
#include <QStringEncoder>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

const QByteArray header = "customer_no,name,phone,id_number,address,region,category,elderly,language,utility,"
                          "account_no,tariff,meter_serial,meter_carrier,sts_sgc,sts_ti,sts_krn,card_no\n";

// Three customers, four accounts, four meters of different carriers.
QByteArray goodFile()
{
    return header +
           QStringLiteral("K-1,张三,13800138000,11010519491231002X,幸福路 1 号,北京市/东城区/和平里社区/3 号楼,"
                          "residential,yes,zh_CN,electricity,,,E-2024-1,sts-token,123456,1,1,\n"
                          "K-1,张三,13800138000,11010519491231002X,幸福路 1 号,北京市/东城区/和平里社区/3 号楼,"
                          "residential,yes,zh_CN,water,,,W-2024-1,ic-card,,,,8800000001\n"
                          "K-2,\"Smith, Mary\",13900139000,,\"1 \"\"Oak\"\" Road\",上海市/浦东新区,commercial,no,en,"
                          "electricity,E-777,,E-2024-2,remote,,,,\n"
                          ",李四,,,,,,,,gas,,,G-2024-1,ic-card,,,,8800000002\n")
               .toUtf8();
}

int count(Database &db, const char *table)
{
    return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))->toInt();
}

QString fieldsOf(const CustomerCsv::Report &r)
{
    QStringList out;
    for (const auto &e : r.errors)
        out << QStringLiteral("%1:%2").arg(e.line).arg(e.field);
    return out.join(u' ');
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importsGoodFile();
    void gb18030File();
    void exportThenImportRoundTrips();
    void brokenEncodingStoresNothing();
    void badLinesAllOrNothing();
    void badLinesSkipped();
    void duplicateMeterSerials();
    void hugeFields();
    void sqlMetacharactersInEveryField();
    void notACsvFile();
    void headerProblems();
    void cancelStoresNothing();
    void cashierMayNotImport();

private:
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    Operator m_supervisor{1, QStringLiteral("system"), QStringLiteral("System"), Role::Supervisor};
};

void TestImport::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<ManualClock>(testEpoch());
    // A tariff for the tariff column.
    PD_VERIFY_OK(Sql::exec(m_db->db().connection(),
                           QStringLiteral("INSERT INTO tariffs (utility, code, name, unit_price, created_at) "
                                          "VALUES ('electricity', 'E-RES', 'Residential', 4883, 'x')")));
}

void TestImport::importsGoodFile()
{
    CustomerCsv csv(m_db->db(), *m_clock);
    auto r = csv.importBytes(m_supervisor, goodFile(), CustomerCsv::Mode::AllOrNothing);
    PD_VERIFY_OK(r);
    QVERIFY2(r->errors.isEmpty(), qPrintable(fieldsOf(r.value())));
    QVERIFY(r->stored);
    QCOMPARE(r->linesRead, 4);
    QCOMPARE(r->customersCreated, 3);
    QCOMPARE(r->accountsCreated, 4);
    QCOMPARE(r->metersCreated, 4);
    QCOMPARE(count(m_db->db(), "customers"), 3);
    QCOMPARE(count(m_db->db(), "meters"), 4);
    CustomerSearch search(m_db->db());
    auto zs = search.search(QStringLiteral("zs"));
    QCOMPARE(zs->size(), 1);
    CustomerService customers(m_db->db(), *m_clock);
    auto zhang = customers.get(zs->first().customerId);
    QCOMPARE(zhang->customerNo, QStringLiteral("K-1"));
    QCOMPARE(zhang->regionPath.size(), 4);
    QVERIFY(zhang->assistElderly);
    QCOMPARE(customers.accounts(zhang->id)->size(), 2);
    auto mary = search.search(QStringLiteral("E-777"));
    QCOMPARE(customers.get(mary->first().customerId)->name, QStringLiteral("Smith, Mary"));
    QCOMPARE(customers.get(mary->first().customerId)->address, QStringLiteral("1 \"Oak\" Road"));
    QCOMPARE(search.search(QStringLiteral("8800000002"))->size(), 1);
    // Who and when: the import is in the change history.
    QCOMPARE(customers.history(zhang->id)->last().action, QStringLiteral("create"));
}

void TestImport::gb18030File()
{
    QStringEncoder gb("GB18030");
    const QByteArray bytes = gb.encode(QString::fromUtf8(goodFile()));
    QVERIFY(bytes != goodFile());
    auto r = CustomerCsv(m_db->db(), *m_clock).importBytes(m_supervisor, bytes, CustomerCsv::Mode::AllOrNothing);
    PD_VERIFY_OK(r);
    QCOMPARE(r->encoding, Csv::Encoding::Gb18030);
    QCOMPARE(r->customersCreated, 3);
    QCOMPARE(CustomerSearch(m_db->db()).search(QStringLiteral("张三"))->size(), 1);
}

void TestImport::exportThenImportRoundTrips()
{
    CustomerCsv csv(m_db->db(), *m_clock);
    PD_VERIFY_OK(csv.importBytes(m_supervisor, goodFile(), CustomerCsv::Mode::AllOrNothing));
    const QString first = m_db->folder() + QStringLiteral("/first.csv");
    auto rows = csv.exportFile(m_supervisor, first);
    PD_VERIFY_OK(rows);
    QCOMPARE(rows.value(), 4);

    TempDatabase other;
    PD_VERIFY_OK(Sql::exec(other.db().connection(),
                           QStringLiteral("INSERT INTO tariffs (utility, code, name, unit_price, created_at) "
                                          "VALUES ('electricity', 'E-RES', 'Residential', 4883, 'x')")));
    CustomerCsv again(other.db(), *m_clock);
    auto r = again.importFile(m_supervisor, first, CustomerCsv::Mode::AllOrNothing);
    PD_VERIFY_OK(r);
    QVERIFY2(r->errors.isEmpty(), qPrintable(fieldsOf(r.value())));
    const QString second = other.folder() + QStringLiteral("/second.csv");
    PD_VERIFY_OK(again.exportFile(m_supervisor, second));
    QFile a(first), b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray exported = a.readAll();
    QCOMPARE(exported, b.readAll());
    QVERIFY(exported.startsWith("\xEF\xBB\xBF"));
    // The line without a customer number got one, and it survived the trip.
    QVERIFY(exported.contains("C00000003"));
}

void TestImport::brokenEncodingStoresNothing()
{
    QByteArray bytes = goodFile();
    bytes.append("K-9,\xFF\xFE\x81\x20 name,,,,,,,,,,,,,,,,\n");
    auto r = CustomerCsv(m_db->db(), *m_clock).importBytes(m_supervisor, bytes, CustomerCsv::Mode::SkipBadLines);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("6"))); // the line with the bad bytes
    QCOMPARE(count(m_db->db(), "customers"), 0);
}

void TestImport::badLinesAllOrNothing()
{
    const QByteArray bytes = header + QStringLiteral("K-1,张三,13800138000,,,,,,,,,,,,,,,\n"
                                                     "K-2,李四,12345,,,,,,,,,,,,,,,\n"
                                                     "K-3,王五,,110105194912310021,,,,,,,,,,,,,,\n"
                                                     "K-4,赵六,,,,,,,,,,\n"
                                                     "K-5,钱七,,,,,,maybe,,,,,,,,,,\n")
                                          .toUtf8();
    auto r = CustomerCsv(m_db->db(), *m_clock).importBytes(m_supervisor, bytes, CustomerCsv::Mode::AllOrNothing);
    PD_VERIFY_OK(r);
    QVERIFY(!r->stored);
    QCOMPARE(fieldsOf(r.value()), QStringLiteral("3:phone 4:id_number 5: 6:elderly"));
    for (const auto &e : r->errors)
        QVERIFY(!e.reason.isEmpty());
    QCOMPARE(r->customersCreated, 0);
    QCOMPARE(count(m_db->db(), "customers"), 0);
    QCOMPARE(count(m_db->db(), "search_keys"), 0);
    QCOMPARE(count(m_db->db(), "change_log"), 0);
}

void TestImport::badLinesSkipped()
{
    const QByteArray bytes = header + QStringLiteral("K-1,张三,13800138000,,,,,,,,,,,,,,,\n"
                                                     "K-2,李四,12345,,,,,,,,,,,,,,,\n"
                                                     "K-3,王五,13700137000,,,,,,,,,,,,,,,\n")
                                          .toUtf8();
    auto r = CustomerCsv(m_db->db(), *m_clock).importBytes(m_supervisor, bytes, CustomerCsv::Mode::SkipBadLines);
    PD_VERIFY_OK(r);
    QVERIFY(r->stored);
    QCOMPARE(r->customersCreated, 2);
    QCOMPARE(r->linesSkipped, 1);
    QCOMPARE(fieldsOf(r.value()), QStringLiteral("3:phone"));
    QCOMPARE(count(m_db->db(), "customers"), 2);
    QVERIFY(CustomerSearch(m_db->db()).search(QStringLiteral("李四"))->isEmpty());
}

void TestImport::duplicateMeterSerials()
{
    // The second line repeats a serial from the first; the third repeats one already in the database.
    MeterDraft existing;
    existing.serial = QStringLiteral("E-OLD");
    existing.carrier = Carrier::Remote;
    PD_VERIFY_OK(MeterService(m_db->db(), *m_clock).registerMeter(Operator::system(), existing));
    const QByteArray bytes = header + QStringLiteral("K-1,张三,,,,,,,,electricity,,,E-1,remote,,,,\n"
                                                     "K-2,李四,,,,,,,,electricity,,,e-1,remote,,,,\n"
                                                     "K-3,王五,,,,,,,,electricity,,,E-OLD,remote,,,,\n")
                                          .toUtf8();
    auto r = CustomerCsv(m_db->db(), *m_clock).importBytes(m_supervisor, bytes, CustomerCsv::Mode::SkipBadLines);
    PD_VERIFY_OK(r);
    QCOMPARE(fieldsOf(r.value()), QStringLiteral("3:meter_serial 4:meter_serial"));
    QVERIFY(r->errors.first().reason.contains(QStringLiteral("E-1")));
    // Each bad line is stored not at all: no customer without the meter it came with.
    QCOMPARE(count(m_db->db(), "customers"), 1);
    QCOMPARE(count(m_db->db(), "accounts"), 1);
    QCOMPARE(count(m_db->db(), "meters"), 2);
}

void TestImport::hugeFields()
{
    const QString big(10000, u'张');
    const QByteArray bytes =
        header + (QStringLiteral("K-1,") + big + QStringLiteral(",,,") + big + u',' + big + QStringLiteral(",,,,,,,") +
                  big + QStringLiteral(",,,,,\nK-2,正常,,,,,,,,,,,,,,,,\n"))
                     .toUtf8();
    auto r = CustomerCsv(m_db->db(), *m_clock).importBytes(m_supervisor, bytes, CustomerCsv::Mode::SkipBadLines);
    PD_VERIFY_OK(r);
    QStringList fields;
    for (const auto &e : r->errors) {
        QCOMPARE(e.line, 2);
        fields << e.field;
        QVERIFY(e.reason.size() < 300); // the error names the problem, it does not echo the field
    }
    QVERIFY(fields.contains(QStringLiteral("name")));
    QVERIFY(fields.contains(QStringLiteral("address")));
    QVERIFY(fields.contains(QStringLiteral("region")));
    QCOMPARE(count(m_db->db(), "customers"), 1);
}

void TestImport::sqlMetacharactersInEveryField()
{
    const QString evil = QStringLiteral("x'); DROP TABLE customers; --");
    QStringList fields;
    for (int i = 0; i < 18; ++i)
        fields << evil;
    fields[1] = QStringLiteral("Robert'); DROP TABLE customers; -- \"%_\\");
    const QByteArray bytes = header + Csv::record(fields).toUtf8() +
                             Csv::record({QStringLiteral("K-2"),
                                          QStringLiteral("O'Brien \"; --"),
                                          {},
                                          {},
                                          QStringLiteral("'; DELETE FROM meters; --"),
                                          QStringLiteral("' OR 1=1 --/%"),
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {}})
                                 .toUtf8();
    auto r = CustomerCsv(m_db->db(), *m_clock).importBytes(m_supervisor, bytes, CustomerCsv::Mode::SkipBadLines);
    PD_VERIFY_OK(r);
    // The first line is refused field by field (customer number, phone, category, ...), cleanly.
    QVERIFY(!r->errors.isEmpty());
    for (const auto &e : r->errors)
        QCOMPARE(e.line, 2);
    // The second is valid text and is stored exactly as written.
    QCOMPARE(r->customersCreated, 1);
    CustomerService customers(m_db->db(), *m_clock);
    auto hit = CustomerSearch(m_db->db()).search(QStringLiteral("o'brien"));
    QCOMPARE(hit->size(), 1);
    auto c = customers.get(hit->first().customerId);
    QCOMPARE(c->name, QStringLiteral("O'Brien \"; --"));
    QCOMPARE(c->address, QStringLiteral("'; DELETE FROM meters; --"));
    QCOMPARE(c->regionPath, (QStringList{QStringLiteral("' OR 1=1 --"), QStringLiteral("%")}));
    QCOMPARE(Sql::scalar(m_db->db().connection(), QStringLiteral("PRAGMA integrity_check"))->toString(),
             QStringLiteral("ok"));
}

void TestImport::notACsvFile()
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24);
    png.append(QByteArray(200, '\xff'));
    auto r = CustomerCsv(m_db->db(), *m_clock).importBytes(m_supervisor, png, CustomerCsv::Mode::SkipBadLines);
    QVERIFY(!r.ok());
    QCOMPARE(count(m_db->db(), "customers"), 0);
    auto missing =
        CustomerCsv(m_db->db(), *m_clock)
            .importFile(m_supervisor, m_db->folder() + QStringLiteral("/nope.csv"), CustomerCsv::Mode::SkipBadLines);
    QCOMPARE(missing.error().code, Error::Code::Io);
}

void TestImport::headerProblems()
{
    CustomerCsv csv(m_db->db(), *m_clock);
    auto empty = csv.importBytes(m_supervisor, QByteArray(), CustomerCsv::Mode::AllOrNothing);
    QVERIFY(!empty.ok());
    auto unknown = csv.importBytes(m_supervisor, "name,phon\nx,1\n", CustomerCsv::Mode::AllOrNothing);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("phon")));
    auto noName = csv.importBytes(m_supervisor, "phone\n13800138000\n", CustomerCsv::Mode::AllOrNothing);
    QVERIFY(noName.error().message.contains(QStringLiteral("name")));
    auto twice = csv.importBytes(m_supervisor, "name,name\nx,y\n", CustomerCsv::Mode::AllOrNothing);
    QVERIFY(!twice.ok());
    auto quote = csv.importBytes(m_supervisor, "name\n\"unterminated\n", CustomerCsv::Mode::AllOrNothing);
    QVERIFY(!quote.ok());
    QVERIFY(quote.error().message.contains(QStringLiteral("2")));
}

void TestImport::cancelStoresNothing()
{
    QByteArray bytes = header;
    for (int i = 0; i < 600; ++i)
        bytes += QStringLiteral("K-%1,客户%1,,,,,,,,,,,,,,,,\n").arg(i).toUtf8();
    int calls = 0;
    auto r =
        CustomerCsv(m_db->db(), *m_clock)
            .importBytes(m_supervisor, bytes, CustomerCsv::Mode::SkipBadLines, [&calls](qint64 done, qint64 total) {
                Q_UNUSED(total);
                ++calls;
                return done < 400;
            });
    QVERIFY(!r.ok());
    QVERIFY(calls >= 2);
    QCOMPARE(count(m_db->db(), "customers"), 0);
}

void TestImport::cashierMayNotImport()
{
    const Operator cashier{1, QStringLiteral("c"), QStringLiteral("C"), Role::Cashier};
    auto r = CustomerCsv(m_db->db(), *m_clock).importBytes(cashier, goodFile(), CustomerCsv::Mode::AllOrNothing);
    QCOMPARE(r.error().code, Error::Code::Forbidden);
    QCOMPARE(count(m_db->db(), "customers"), 0);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
