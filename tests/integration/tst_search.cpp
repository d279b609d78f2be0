// Customer search on a generated database: every way a cashier types finds the customer, and
// exact identifiers rank first.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "records/CustomerService.h"
#include "search/CustomerSearch.h"
#include "search/Pinyin.h"
#include "storage/Sql.h"

#include <QSqlQuery>

#include <random>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

QList<qint64> ids(const Result<QList<CustomerSearch::Hit>> &hits)
{
    QList<qint64> list;
    if (hits) {
        for (const auto &h : hits.value())
            list << h.customerId;
    }
    return list;
}

struct Sample
{
    qint64 id;
    QString name, phone, idNumber, accountNo, serial, cardNo;
};

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exactIdentifiersComeFirst();
    void everyWayOfTypingFindsTheCustomer();
    void pinyinForms();
    void nameSubstringsAndFullWidthInput();
    void limitsAndEmptyQueries();
    void rowsKeepOrder();

private:
    QList<Sample> sample(int n);
    std::unique_ptr<TempDatabase> m_db;
};

void TestSearch::initTestCase()
{
    m_db = std::make_unique<TempDatabase>();
    DemoGenerator::Options o;
    o.customers = 4000;
    o.readingMonths = 1;
    o.operators = false;
    PD_VERIFY_OK(DemoGenerator::generate(m_db->db(), o));
    ManualClock clock(testEpoch());
    CustomerDraft zhang;
    zhang.name = QStringLiteral("张三");
    zhang.phone = QStringLiteral("13512345678");
    PD_VERIFY_OK(CustomerService(m_db->db(), clock).create(Operator::system(), zhang));
}

QList<Sample> TestSearch::sample(int n)
{
    QList<Sample> list;
    auto q =
        Sql::exec(m_db->db().connection(),
                  QStringLiteral("SELECT c.id, c.name, c.phone, c.id_number, a.account_no, m.serial, "
                                 "coalesce(m.card_no, '') FROM customers c JOIN accounts a ON a.customer_id = c.id "
                                 "JOIN meters m ON m.account_id = a.id AND m.status = 'installed' "
                                 "WHERE c.id % 97 = 3 LIMIT ?"),
                  {n});
    while (q && q.value().next()) {
        const QSqlQuery &r = q.value();
        list << Sample{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                       r.value(4).toString(),   r.value(5).toString(), r.value(6).toString()};
    }
    return list;
}

void TestSearch::exactIdentifiersComeFirst()
{
    CustomerSearch search(m_db->db());
    for (const Sample &s : sample(30)) {
        for (const QString &q : {s.accountNo, s.serial, s.phone}) {
            if (q.isEmpty())
                continue;
            auto hits = search.search(q);
            PD_VERIFY_OK(hits);
            QVERIFY2(!hits->isEmpty(), qPrintable(q));
            QCOMPARE(hits->first().customerId, s.id);
            QVERIFY(hits->first().exact);
        }
        // A meter serial is also a prefix of nothing else's exact match: ranking puts the exact one first
        // even when the query is a prefix of other serials.
        auto prefix = search.search(s.serial.left(s.serial.size() - 1));
        PD_VERIFY_OK(prefix);
        QVERIFY(ids(prefix).contains(s.id));
    }
}

void TestSearch::everyWayOfTypingFindsTheCustomer()
{
    CustomerSearch search(m_db->db());
    int withCard = 0, withId = 0;
    for (const Sample &s : sample(60)) {
        if (!s.cardNo.isEmpty()) {
            QCOMPARE(ids(search.search(s.cardNo)).value(0), s.id);
            ++withCard;
        }
        if (!s.idNumber.isEmpty()) {
            // The last six characters of the identity number, as printed on many forms.
            QVERIFY(ids(search.search(s.idNumber.right(6), 5000)).contains(s.id));
            QCOMPARE(ids(search.search(s.idNumber)).value(0), s.id);
            ++withId;
        }
        if (!s.phone.isEmpty()) {
            QVERIFY(ids(search.search(s.phone.left(7), 5000)).contains(s.id));
            QVERIFY(ids(search.search(s.phone.right(4), 5000)).contains(s.id));
        }
        QVERIFY2(ids(search.search(s.name, 5000)).contains(s.id), qPrintable(s.name));
    }
    QVERIFY(withCard > 0);
    QVERIFY(withId > 0);
}

void TestSearch::pinyinForms()
{
    CustomerSearch search(m_db->db());
    for (const QString &q : {u"zs"_qs, u"zhangs"_qs, u"zhangsan"_qs, u"ZhangSan"_qs, u"zhang san"_qs}) {
        auto hits = search.search(q, 20000);
        PD_VERIFY_OK(hits);
        bool found = false;
        for (const auto &h : hits.value()) {
            if (CustomerSearch(m_db->db()).rows({h.customerId})->first().name == QStringLiteral("张三"))
                found = true;
        }
        QVERIFY2(found, qPrintable(q));
    }
    // Every pinyin hit really spells the query; an exact initials match ranks before longer names.
    auto hits = search.search(QStringLiteral("zs"), 300);
    auto rows = search.rows(ids(hits));
    PD_VERIFY_OK(rows);
    for (const auto &r : rows.value()) {
        const QStringList syl = Pinyin::syllables(r.name);
        bool anyStart = false;
        for (qsizetype i = 0; i < syl.size(); ++i)
            anyStart = anyStart || Pinyin::matches(u"zs", syl.mid(i));
        QVERIFY2(anyStart, qPrintable(r.name));
    }
    QCOMPARE(Pinyin::syllables(rows->first().name).size(), 2);
    // Random names from the data are found by their initials.
    for (const Sample &s : sample(25)) {
        const QStringList syl = Pinyin::syllables(s.name);
        if (syl.size() < 2)
            continue;
        QVERIFY2(ids(search.search(Pinyin::initials(syl), 20000)).contains(s.id), qPrintable(s.name));
    }
}

void TestSearch::nameSubstringsAndFullWidthInput()
{
    CustomerSearch search(m_db->db());
    for (const Sample &s : sample(25)) {
        const QString part = s.name.mid(1, 2);
        if (part.trimmed().isEmpty())
            continue;
        auto hits = search.search(part, 20000);
        QVERIFY2(ids(hits).contains(s.id), qPrintable(part));
        // Hits by name contain the text; pinyin hits ("an" finds 安) may follow them.
        QList<qint64> byName;
        for (const auto &h : hits.value()) {
            if (h.field == CustomerSearch::Field::Name)
                byName << h.customerId;
        }
        QVERIFY(!byName.isEmpty());
        for (const auto &r : search.rows(byName.mid(0, 200)).value()) {
            const QString shown = r.name + QStringLiteral(" / ") + part;
            QVERIFY2(r.name.toCaseFolded().contains(part.toCaseFolded()), qPrintable(shown));
        }
    }
    // Full-width digits from a Chinese input method find the same customer as ASCII digits.
    QCOMPARE(ids(search.search(QStringLiteral("１３５１２３４５６７８"))).value(0),
             ids(search.search(QStringLiteral("13512345678"))).value(0));
    // An English name, any case.
    auto q = Sql::scalar(m_db->db().connection(), QStringLiteral("SELECT name FROM customers WHERE name LIKE '% %' "
                                                                 "LIMIT 1"));
    PD_VERIFY_OK(q);
    const QString english = q->toString();
    QVERIFY(!search.search(english.toUpper().mid(2, 5), 20000)->isEmpty());
}

void TestSearch::limitsAndEmptyQueries()
{
    CustomerSearch search(m_db->db());
    QVERIFY(search.search(QString())->isEmpty());
    QVERIFY(search.search(QStringLiteral("   "))->isEmpty());
    QCOMPARE(search.search(QStringLiteral("138"), 7)->size(), 7);
    QVERIFY(search.search(QStringLiteral("no such customer anywhere"))->isEmpty());
    // Hits are distinct customers.
    const QList<qint64> many = ids(search.search(QStringLiteral("王"), 2000));
    QCOMPARE(QSet<qint64>(many.cbegin(), many.cend()).size(), many.size());
    // A long query past the key length still matches only names that contain it all.
    QVERIFY(search.search(QStringLiteral("abcdefghijklmnopqrstuvwxyz"))->isEmpty());
}

void TestSearch::rowsKeepOrder()
{
    CustomerSearch search(m_db->db());
    const QList<qint64> order{40, 3, 2000, 17};
    auto rows = search.rows(order);
    PD_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(rows->at(i).id, order[i]);
    QVERIFY(!rows->first().accountNos.isEmpty());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
