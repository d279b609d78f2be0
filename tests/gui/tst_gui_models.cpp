// The item models behind the Customers page, checked with QAbstractItemModelTester, and the
// text the detail panel shows.
#include "GuiTestSupport.h"

#include "CustomerSearchModel.h"
#include "DisplayText.h"
#include "RowTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace prepaydesk;
using namespace prepaydesk::test;

class TestGuiModels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void searchModelFetchesLazilyInBatches();
    void searchModelPassesModelTester();
    void searchModelBehindSortProxy();
    void searchModelSkipsVanishedCustomers();
    void rowTableModel();
    void maskedIdNumber();
    void changeHistoryReadsAsText();

private:
    QList<CustomerSearch::Hit> hitsFor(const QString &query)
    {
        auto hits = CustomerSearch(m_data->db()).search(query);
        return hits ? hits.value() : QList<CustomerSearch::Hit>();
    }

    std::unique_ptr<SeededDatabase> m_data;
};

void TestGuiModels::init()
{
    m_data = std::make_unique<SeededDatabase>();
    QCOMPARE(m_data->seed(), QString());
    // Twelve more customers named 刘, so that a search has several batches to fetch.
    CustomerService customers(m_data->db(), m_data->clock());
    for (int i = 0; i < 12; ++i) {
        CustomerDraft d;
        d.name = QStringLiteral("刘%1").arg(QChar(u'一' + i));
        d.phone = QStringLiteral("1580000%1").arg(i, 4, 10, QLatin1Char('0'));
        PD_VERIFY_OK(customers.create(m_data->cashier, d));
    }
}

void TestGuiModels::cleanup()
{
    m_data.reset();
}

void TestGuiModels::searchModelFetchesLazilyInBatches()
{
    // No tester here: it asks for more rows itself, and this test counts what is fetched when.
    CustomerSearchModel model(m_data->db());
    model.setBatchSize(5);
    const QList<CustomerSearch::Hit> hits = hitsFor(QStringLiteral("158000"));
    QCOMPARE(hits.size(), 12);

    model.setHits(hits);
    // Every hit is known, only the first batch of rows is read.
    QCOMPARE(model.hitCount(), 12);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 10);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 12);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.count(), 2);

    // Rows come in ranked order with what matched.
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(CustomerSearchModel::CustomerIdRole).toLongLong(), hits[row].customerId);
        QCOMPARE(model.index(row, CustomerSearchModel::MatchedByColumn).data().toString(),
                 CustomerSearch::fieldName(CustomerSearch::Field::Phone));
    }
    QCOMPARE(model.headerData(CustomerSearchModel::MatchedByColumn, Qt::Horizontal).toString(),
             QStringLiteral("Matched by"));

    // A new search starts over.
    model.setHits(hitsFor(QStringLiteral("13800138000")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CustomerSearchModel::NameColumn).data().toString(), QStringLiteral("张三"));
    QCOMPARE(model.index(0, CustomerSearchModel::AccountsColumn).data().toString(),
             QStringLiteral("E000000001, W000000002"));
    QVERIFY(model.index(0, 0).data(CustomerSearchModel::ExactMatchRole).toBool());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestGuiModels::searchModelPassesModelTester()
{
    CustomerSearchModel model(m_data->db());
    model.setBatchSize(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString &query : {QStringLiteral("158000"), QStringLiteral("zs"), QStringLiteral("none at all"),
                                 QStringLiteral("13800138000")}) {
        model.setHits(hitsFor(query));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), model.hitCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(model.index(row, column).data().isValid());
        }
    }
}

void TestGuiModels::searchModelBehindSortProxy()
{
    CustomerSearchModel model(m_data->db());
    model.setBatchSize(4);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHits(hitsFor(QStringLiteral("158000")));
    QCOMPARE(proxy.rowCount(), 4);
    // The proxy passes fetchMore on to the lazy model.
    QVERIFY(proxy.canFetchMore({}));
    while (proxy.canFetchMore({}))
        proxy.fetchMore({});
    QCOMPARE(proxy.rowCount(), 12);

    proxy.sort(CustomerSearchModel::PhoneColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, CustomerSearchModel::PhoneColumn).data().toString(), QStringLiteral("15800000011"));
    QCOMPARE(proxy.index(11, CustomerSearchModel::PhoneColumn).data().toString(), QStringLiteral("15800000000"));
    // No sort column: back to the ranked order.
    proxy.sort(-1);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, 0).data(CustomerSearchModel::RankRole).toInt(), row);
}

void TestGuiModels::searchModelSkipsVanishedCustomers()
{
    // A hit whose customer no longer exists (deleted between search and fetch) is left out.
    CustomerSearchModel model(m_data->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHits({CustomerSearch::Hit{m_data->zhangSan, CustomerSearch::Field::Name, true},
                   CustomerSearch::Hit{999999, CustomerSearch::Field::Name, false},
                   CustomerSearch::Hit{m_data->liSi, CustomerSearch::Field::Name, false}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.customerId(0), m_data->zhangSan);
    QCOMPARE(model.customerId(1), m_data->liSi);
    QCOMPARE(model.rowOf(m_data->liSi), 1);
    QCOMPARE(model.rowOf(999999), -1);
}

void TestGuiModels::rowTableModel()
{
    RowTableModel model({QStringLiteral("A"), QStringLiteral("B")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRightAligned(1);
    model.setRows({{QStringLiteral("x"), QStringLiteral("1")}, {QStringLiteral("y"), QStringLiteral("2")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("y"));
    QVERIFY(model.index(0, 1).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("B"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiModels::maskedIdNumber()
{
    QCOMPARE(DisplayText::maskedIdNumber(QStringLiteral("11010519491231002X")), QStringLiteral("**************002X"));
    QCOMPARE(DisplayText::maskedIdNumber(QStringLiteral("1234")), QStringLiteral("****"));
    QCOMPARE(DisplayText::maskedIdNumber(QString()), DisplayText::none());
}

void TestGuiModels::changeHistoryReadsAsText()
{
    ChangeLog::Entry edit;
    edit.entity = QStringLiteral("customer");
    edit.action = QStringLiteral("update");
    edit.details = QJsonObject{
        {QStringLiteral("phone"), QJsonArray{QStringLiteral("13800138000"), QStringLiteral("13900139000")}},
        {QStringLiteral("category"), QJsonArray{QStringLiteral("residential"), QStringLiteral("commercial")}},
        {QStringLiteral("assist_hearing"), QJsonArray{false, true}},
        {QStringLiteral("id_number"), QJsonArray{QString(), QStringLiteral("11010519491231002X")}},
        {QStringLiteral("name"), QJsonArray{QStringLiteral("张三"), QStringLiteral("张三丰")}}};
    QCOMPARE(DisplayText::changeAction(edit), QStringLiteral("Customer edited"));
    // In the order of the form, codes as words, identity numbers masked even in the history.
    QCOMPARE(DisplayText::changeDetails(edit), QStringLiteral("Name: 张三 → 张三丰\n"
                                                              "Phone: 13800138000 → 13900139000\n"
                                                              "ID number: (empty) → **************002X\n"
                                                              "Category: Residential → Commercial\n"
                                                              "Hearing: No → Yes"));

    ChangeLog::Entry created;
    created.entity = QStringLiteral("customer");
    created.action = QStringLiteral("create");
    created.details = QJsonObject{{QStringLiteral("name"), QStringLiteral("李四")},
                                  {QStringLiteral("phone"), QString()},
                                  {QStringLiteral("assist_elderly"), false},
                                  {QStringLiteral("preferred_language"), QStringLiteral("en")}};
    // A new record lists what was filled in.
    QCOMPARE(DisplayText::changeDetails(created), QStringLiteral("Name: 李四\nLanguage: English"));

    ChangeLog::Entry transfer;
    transfer.entity = QStringLiteral("meter");
    transfer.action = QStringLiteral("transfer-out");
    QCOMPARE(DisplayText::changeAction(transfer), QStringLiteral("Meter transferred out"));
}

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
