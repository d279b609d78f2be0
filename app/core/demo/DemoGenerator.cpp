#include "demo/DemoGenerator.h"

#include "records/Operator.h"
#include "records/Validation.h"
#include "search/SearchIndex.h"
#include "security/KeyVault.h"
#include "security/PasswordHasher.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <random>

Q_LOGGING_CATEGORY(lcDemo, "prepaydesk.demo")

namespace prepaydesk {

namespace {

// --- Source data. Place names and area codes are real (GB/T 2260 county-level codes); names
// are drawn from common Chinese surnames and given-name characters and common English names.

struct District
{
    const char *name;
    const char *areaCode;
};

struct City
{
    const char *name;
    QList<District> districts;
};

const QList<City> &cities()
{
    static const QList<City> list{
        {"北京市", {{"东城区", "110101"}, {"西城区", "110102"}, {"朝阳区", "110105"}, {"海淀区", "110108"}}},
        {"上海市", {{"黄浦区", "310101"}, {"徐汇区", "310104"}, {"静安区", "310106"}, {"浦东新区", "310115"}}},
        {"广州市", {{"越秀区", "440104"}, {"海珠区", "440105"}, {"天河区", "440106"}}},
        {"深圳市", {{"罗湖区", "440303"}, {"福田区", "440304"}, {"南山区", "440305"}}},
        {"杭州市", {{"拱墅区", "330105"}, {"西湖区", "330106"}, {"滨江区", "330108"}}},
        {"成都市", {{"锦江区", "510104"}, {"青羊区", "510105"}, {"武侯区", "510107"}}},
    };
    return list;
}

const char *const communityWords[] = {"和平", "幸福", "光明", "新华", "阳光", "花园", "翠苑", "东湖",
                                      "金桥", "春晓", "长青", "丰收", "建设", "团结", "胜利", "文化"};
const char *const streets[] = {"人民路", "解放路", "中山路", "建设路", "和平路", "新华路",
                               "文化路", "青年路", "滨江路", "长安街", "复兴路", "学院路"};

// The most common surnames, roughly in order of frequency (more weight to the front).
const char *const surnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",   "郭",   "何",
    "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",   "肖",   "田",
    "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任",   "沈",   "姚",
    "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付",   "方",   "白",
    "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶",   "黎",   "贺",
    "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "司马", "上官"};
const char *const givenChars[] = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞",
    "平", "刚", "玲", "桂", "英", "华", "建", "国", "文", "志", "红", "梅", "兰", "秀", "云", "海", "波", "辉",
    "鹏", "宇", "浩", "欣", "婷", "雪", "琳", "晨", "阳", "思", "佳", "子", "嘉", "俊", "博", "泽", "瑞", "萍",
    "凤", "春", "玉", "林", "斌", "宁", "亮", "飞", "新", "荣", "德", "福", "庆", "光", "永", "金", "安", "丹"};
const char *const englishFirst[] = {"James",  "Mary",   "John",  "Patricia", "Robert", "Jennifer", "Michael", "Linda",
                                    "David",  "Emma",   "Peter", "Sarah",    "Thomas", "Laura",    "Daniel",  "Anna",
                                    "George", "Olivia", "Henry", "Grace",    "Lucas",  "Sophie",   "Adam",    "Chloe"};
const char *const englishLast[] = {"Smith",  "Johnson",  "Williams", "Brown",  "Jones",    "Miller",   "Davis",
                                   "Wilson", "Taylor",   "Clark",    "Walker", "Hall",     "Allen",    "Young",
                                   "King",   "Wright",   "Scott",    "Green",  "Baker",    "Adams",    "Nelson",
                                   "Carter", "Mitchell", "Roberts",  "Turner", "Phillips", "Campbell", "Evans"};

struct TariffSeed
{
    const char *utility;
    const char *code;
    const char *name;
    int unitPrice;          // first block, 1/10000 yuan per kWh or m3 (schema 1's column)
    const char *definition; // the version's rules (docs/tariffs.md)
};

// Tiered residential prices as published for Beijing (annual tiers: electricity 2880/4800 kWh,
// water 180/260 m3, gas 350/500 m3), flat commercial prices; VAT 13 % (electricity), 9 % (water, gas).
const TariffSeed tariffSeeds[] = {
    {"electricity", "E-RES", "居民阶梯电价 Residential electricity (tiered)", 4883,
     R"({"effective_from":"2020-01-01","meter_kind":"unit","basis":"purchase",
        "cycle":{"kind":"annual","start_month":1,"start_day":1},
        "blocks":[{"from":"0","to":"2880","price":"0.4883"},{"from":"2880","to":"4800","price":"0.5383"},
                  {"from":"4800","price":"0.7883"}],
        "tax_rate_percent":"13","debt_recovery":{"percent":"20","min":"5.00","max":"50.00"},
        "min_vend":"5.00","max_vend":"5000.00","max_credit_units":"9999.000"})"},
    {"electricity", "E-COM", "一般工商业用电 Commercial electricity", 8016,
     R"({"effective_from":"2020-01-01","meter_kind":"unit","basis":"purchase",
        "cycle":{"kind":"monthly","start_month":1,"start_day":1},
        "blocks":[{"from":"0","price":"0.8016"}],"fixed_charge_per_month":"5.00","tax_rate_percent":"13",
        "min_vend":"10.00","max_vend":"50000.00"})"},
    {"water", "W-RES", "居民阶梯水价 Residential water (tiered)", 50000,
     R"({"effective_from":"2020-01-01","meter_kind":"unit","basis":"purchase",
        "cycle":{"kind":"annual","start_month":1,"start_day":1},
        "blocks":[{"from":"0","to":"180","price":"5.0000"},{"from":"180","to":"260","price":"7.0000"},
                  {"from":"260","price":"9.0000"}],
        "tax_rate_percent":"9","debt_recovery":{"percent":"20","min":"5.00","max":"50.00"},
        "min_vend":"5.00","max_vend":"3000.00","max_credit_units":"999.000"})"},
    {"water", "W-COM", "非居民用水 Commercial water", 95000,
     R"({"effective_from":"2020-01-01","meter_kind":"unit","basis":"purchase",
        "cycle":{"kind":"monthly","start_month":1,"start_day":1},
        "blocks":[{"from":"0","price":"9.5000"}],"tax_rate_percent":"9","min_vend":"10.00","max_vend":"20000.00"})"},
    {"gas", "G-RES", "居民阶梯气价 Residential gas (tiered)", 26100,
     R"({"effective_from":"2020-01-01","meter_kind":"unit","basis":"purchase",
        "cycle":{"kind":"annual","start_month":1,"start_day":1},
        "blocks":[{"from":"0","to":"350","price":"2.6100"},{"from":"350","to":"500","price":"2.8300"},
                  {"from":"500","price":"4.2300"}],
        "tax_rate_percent":"9","debt_recovery":{"percent":"20","min":"5.00","max":"50.00"},
        "min_vend":"5.00","max_vend":"3000.00","max_credit_units":"999.000"})"},
    {"gas", "G-COM", "非居民天然气 Commercial gas", 38500,
     R"({"effective_from":"2020-01-01","meter_kind":"unit","basis":"purchase",
        "cycle":{"kind":"monthly","start_month":1,"start_day":1},
        "blocks":[{"from":"0","price":"3.8500"}],"tax_rate_percent":"9","min_vend":"10.00","max_vend":"20000.00"})"},
};

// --- A thin prepared-statement wrapper: the generator writes millions of rows and goes
// straight to SQLite (the services' per-row validation is what the data is generated to pass).
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }

    Statement &bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement &bind(int i, const QString &v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bindNull(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    // Runs the statement; false with error() set when SQLite refuses.
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
            return false;
        }
        return true;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

class Generator
{
public:
    Generator(sqlite3 *db, const DemoGenerator::Options &options)
        : m_db(db)
        , m_options(options)
        , m_random(options.seed)
        , m_now(QDateTime(options.today, QTime(9, 0), Qt::UTC).toString(Qt::ISODate))
    {}

    QString run(const DemoGenerator::Progress &progress);

private:
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_random); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    template<typename T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[uniform(0, int(N) - 1)];
    }
    // Front-weighted choice for surnames: common ones far more often.
    const char *surname()
    {
        const int n = int(std::size(surnames));
        const double u = std::uniform_real_distribution<double>(0, 1)(m_random);
        return surnames[std::min(n - 1, int(n * u * u * u))];
    }

    QString chineseName()
    {
        QString name = utf8(surname());
        const int given = chance(0.7) ? 2 : 1;
        for (int i = 0; i < given; ++i)
            name += utf8(pick(givenChars));
        return name;
    }

    QString idNumber(const char *areaCode, const QDate &birth)
    {
        const QString first17 = QString::fromLatin1(areaCode) + birth.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(uniform(1, 999), 3, 10, QLatin1Char('0'));
        return first17 + Validation::idCheckCharacter(first17);
    }

    QString buildRegions(QList<std::pair<qint64, const District *>> &buildings);

    sqlite3 *m_db;
    DemoGenerator::Options m_options;
    std::mt19937 m_random;
    QString m_now;
};

QString Generator::buildRegions(QList<std::pair<qint64, const District *>> &buildings)
{
    Statement insert(m_db, "INSERT INTO regions (parent_id, level, name) VALUES (?, ?, ?)");
    if (!insert.ok())
        return insert.error();
    auto add = [&](std::optional<qint64> parent, int level, const QString &name) -> qint64 {
        if (parent)
            insert.bind(1, *parent);
        else
            insert.bindNull(1);
        insert.bind(2, level).bind(3, name);
        return insert.run() ? sqlite3_last_insert_rowid(m_db) : -1;
    };
    int districtCount = 0;
    for (const City &c : cities())
        districtCount += int(c.districts.size());
    // About 80 households per building, 6 communities per district.
    const int totalBuildings = std::max(districtCount * 6, m_options.customers / 80 + 1);
    const int buildingsPerCommunity = std::max(1, totalBuildings / (districtCount * 6));
    for (const City &c : cities()) {
        const qint64 city = add(std::nullopt, 1, utf8(c.name));
        for (const District &d : c.districts) {
            const qint64 district = add(city, 2, utf8(d.name));
            for (int k = 0; k < 6; ++k) {
                const QString communityName =
                    utf8(communityWords[(k + (&d - c.districts.constData()) * 3) % std::size(communityWords)]) +
                    utf8("社区");
                const qint64 community = add(district, 3, communityName);
                for (int b = 1; b <= buildingsPerCommunity; ++b) {
                    const qint64 building = add(community, 4, QStringLiteral("%1 号楼").arg(b));
                    if (building < 0)
                        return insert.error();
                    buildings.append({building, &d});
                }
            }
        }
    }
    return {};
}

QString Generator::run(const DemoGenerator::Progress &progress)
{
    // Tariffs.
    QHash<QString, qint64> tariff; // "electricity/residential" -> id
    {
        Statement t(m_db, "INSERT INTO tariffs (utility, code, name, unit_price, created_at) VALUES (?, ?, ?, ?, ?)");
        Statement version(m_db, "INSERT INTO tariff_versions (tariff_id, effective_from, definition, created_at, "
                                "created_by) VALUES (?, '2020-01-01', ?, ?, 1)");
        for (const TariffSeed &s : tariffSeeds) {
            if (!t.bind(1, utf8(s.utility))
                     .bind(2, utf8(s.code))
                     .bind(3, utf8(s.name))
                     .bind(4, s.unitPrice)
                     .bind(5, m_now)
                     .run())
                return t.error();
            const bool commercial = QByteArray(s.code).endsWith("COM");
            const qint64 id = sqlite3_last_insert_rowid(m_db);
            tariff.insert(utf8(s.utility) + (commercial ? u"/commercial"_qs : u"/residential"_qs), id);
            // Compact the JSON the same way TariffService stores it.
            const QByteArray definition =
                QJsonDocument::fromJson(QByteArray(s.definition)).toJson(QJsonDocument::Compact);
            if (definition.isEmpty())
                return QStringLiteral("bad demo tariff %1").arg(QLatin1String(s.code));
            if (!version.bind(1, id).bind(2, QString::fromUtf8(definition)).bind(3, m_now).run())
                return version.error();
        }
    }
    QList<std::pair<qint64, const District *>> buildings;
    if (QString e = buildRegions(buildings); !e.isEmpty())
        return e;

    Statement customer(
        m_db, "INSERT INTO customers (id, customer_no, name, phone, id_number, address, region_id, category, "
              "assist_elderly, assist_large_print, assist_hearing, preferred_language, created_at, created_by, "
              "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 1)");
    Statement account(m_db,
                      "INSERT INTO accounts (id, account_no, customer_id, utility, tariff_id, status, created_at, "
                      "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'active', ?, 1, ?, 1)");
    Statement meter(
        m_db, "INSERT INTO meters (id, serial, utility, model, protocol, carrier, sts_sgc, sts_tariff_index, "
              "sts_key_revision, card_no, purchase_count, status, account_id, created_at, created_by, "
              "updated_at, updated_by, sts_base_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 1, ?)");
    Statement event(m_db, "INSERT INTO meter_events (meter_id, kind, account_id, from_account_id, related_meter_id, "
                          "register_milli, note, at, operator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
    Statement reading(m_db,
                      "INSERT INTO readings (meter_id, read_at, register_milli, source) VALUES (?, ?, ?, 'demo')");
    // Keys go to an unindexed scratch table first and into search_keys in key order at the end:
    // a million customers' keys inserted in random order would thrash the index.
    if (sqlite3_exec(m_db, "CREATE TEMP TABLE demo_keys (key TEXT, customer_id INTEGER)", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    Statement key(m_db, "INSERT INTO temp.demo_keys (key, customer_id) VALUES (?, ?)");
    for (const Statement *s : {&customer, &account, &meter, &event, &reading, &key}) {
        if (!s->ok())
            return s->error();
    }

    struct MeterKind
    {
        const char *carrier;
        const char *protocol;
        const char *model;
        double weight;
    };
    static const QHash<QString, QList<MeterKind>> kinds{
        {u"electricity"_qs,
         {{"sts-token", "sts", "DDSY666 单相费控电能表 (STS)", 0.5},
          {"serial", "dlt645", "DDZY1001 远程费控电能表 (DL/T 645)", 0.2},
          {"remote", "dlt645", "DTZY1001 三相远程费控 (载波)", 0.2},
          {"ic-card", "", "DDSY-IC 单相IC卡电能表", 0.1}}},
        {u"water"_qs,
         {{"ic-card", "", "LXSY-15 IC卡智能水表", 0.6},
          {"serial", "cjt188", "LXSY-20 有线远传水表 (CJ/T 188)", 0.15},
          {"remote", "cjt188", "NB-IoT 无线远传水表", 0.25}}},
        {u"gas"_qs,
         {{"ic-card", "", "G2.5 IC卡膜式燃气表", 0.7},
          {"remote", "cjt188", "G2.5 NB-IoT 物联网燃气表", 0.2},
          {"serial", "cjt188", "G4 有线远传燃气表 (CJ/T 188)", 0.1}}},
    };
    static const QHash<QString, std::pair<int, int>> monthlyUse{
        {u"electricity"_qs, {80'000, 400'000}}, {u"water"_qs, {4'000, 20'000}}, {u"gas"_qs, {8'000, 40'000}}};

    // The first of each month of the reading period, oldest first (formatted once: millions of rows use them).
    QStringList readingDates;
    QList<bool> readingWinter;
    for (int m = m_options.readingMonths; m >= 1; --m) {
        const QDate day = QDate(m_options.today.year(), m_options.today.month(), 1).addMonths(-m + 1);
        readingDates << QDateTime(day, QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
        readingWinter << (day.month() <= 2 || day.month() == 12);
    }
    qint64 accountId = 0, meterId = 0, cardSeq = 0;
    const int n = m_options.customers;
    const QDate today = m_options.today;
    for (int i = 1; i <= n; ++i) {
        const auto &[buildingId, district] = buildings[(i - 1) % buildings.size()];
        const bool english = chance(0.12);
        QString name;
        if (english)
            name = utf8(pick(englishFirst)) + u' ' + utf8(pick(englishLast));
        else
            name = chineseName();
        const QDate birth = QDate(1930, 1, 1).addDays(uniform(0, 75 * 365));
        // A unique phone per customer: the index through a multiplicative permutation of 10^8.
        const qint64 suffix = (qint64(i) * 48'271 + 12'345'678) % 100'000'000;
        static const char *const prefixes[] = {"138", "139", "137", "136", "135", "150", "151", "152", "158",
                                               "159", "186", "187", "188", "189", "177", "199", "166"};
        const QString phone = chance(0.95) ? QString::fromLatin1(pick(prefixes)) +
                                                 QStringLiteral("%1").arg(suffix, 8, 10, QLatin1Char('0'))
                                           : QString();
        const QString id = !english && chance(0.9) ? idNumber(district->areaCode, birth) : QString();
        const QString street = utf8(pick(streets));
        const QString address = street + QStringLiteral(" %1 号 %2 单元 %3 室")
                                             .arg(uniform(1, 300))
                                             .arg(uniform(1, 4))
                                             .arg(uniform(1, 18) * 100 + uniform(1, 4));
        const double c = std::uniform_real_distribution<double>(0, 1)(m_random);
        const char *category = c < 0.92 ? "residential" : c < 0.98 ? "commercial" : "institution";
        const bool elderly = birth.year() <= today.year() - 70;
        const QString customerNo = QStringLiteral("C%1").arg(i, 8, 10, QLatin1Char('0'));
        const QString created =
            QDateTime(today.addDays(-uniform(30, 3650)), QTime(9, 0), Qt::UTC).toString(Qt::ISODate);
        customer.bind(1, i).bind(2, customerNo).bind(3, name).bind(4, phone).bind(5, id).bind(6, address);
        customer.bind(7, buildingId).bind(8, utf8(category)).bind(9, elderly).bind(10, elderly && chance(0.4));
        customer.bind(11, chance(elderly ? 0.15 : 0.01)).bind(12, english ? u"en"_qs : u"zh_CN"_qs);
        customer.bind(13, created).bind(14, created);
        if (!customer.run())
            return customer.error();

        SearchIndex::Subject subject{customerNo, name, phone, id, {}, {}, {}};
        const bool commercial = qstrcmp(category, "residential") != 0;
        for (const char *utility : {"electricity", "water", "gas"}) {
            const QString u = utf8(utility);
            const double p = u == u"electricity"_qs ? 0.95 : u == u"water"_qs ? 0.8 : 0.6;
            if (!chance(p) && !(u == u"electricity"_qs && subject.accountNos.isEmpty()))
                continue;
            ++accountId;
            const QString accountNo =
                QChar(u[0].toUpper()) + QStringLiteral("%1").arg(accountId, 9, 10, QLatin1Char('0'));
            account.bind(1, accountId).bind(2, accountNo).bind(3, i).bind(4, u);
            account.bind(5, tariff.value(u + (commercial ? u"/commercial"_qs : u"/residential"_qs)));
            account.bind(6, created).bind(7, created);
            if (!account.run())
                return account.error();
            subject.accountNos << accountNo;

            // The meter kind by weight for the utility.
            const QList<MeterKind> &options = kinds[u];
            double r = std::uniform_real_distribution<double>(0, 1)(m_random);
            const MeterKind *kind = &options.last();
            for (const MeterKind &k : options) {
                if ((r -= k.weight) < 0) {
                    kind = &k;
                    break;
                }
            }
            // Some meters were replaced once: the old one is in the history, removed.
            const bool replaced = chance(0.03);
            for (int generation = replaced ? 0 : 1; generation <= 1; ++generation) {
                ++meterId;
                // STS keypad meters are numbered by their 11-digit DRN; others by utility letter and id.
                const bool sts = qstrcmp(kind->carrier, "sts-token") == 0;
                const QString serial =
                    sts ? QString::number(10'000'000'000LL + meterId)
                        : QChar(u[0].toUpper()) + QStringLiteral("%1").arg(meterId, 12, 10, QLatin1Char('0'));
                const bool card = qstrcmp(kind->carrier, "ic-card") == 0;
                const bool installed = generation == 1;
                meter.bind(1, meterId).bind(2, serial).bind(3, u).bind(4, utf8(kind->model));
                meter.bind(5, utf8(kind->protocol)).bind(6, utf8(kind->carrier));
                if (sts)
                    meter.bind(7, chance(0.5) ? 123456 : 600727).bind(8, 1).bind(9, 1).bind(16, 2014);
                else
                    meter.bindNull(7).bindNull(8).bindNull(9).bindNull(16);
                QString cardNo;
                if (card) {
                    cardNo = QStringLiteral("%1").arg(8'800'000'000LL + ++cardSeq, 10, 10, QLatin1Char('0'));
                    meter.bind(10, cardNo);
                } else {
                    meter.bindNull(10);
                }
                meter.bind(11, uniform(0, 40)).bind(12, installed ? u"installed"_qs : u"removed"_qs);
                if (installed)
                    meter.bind(13, accountId);
                else
                    meter.bindNull(13);
                meter.bind(14, created).bind(15, created);
                if (!meter.run())
                    return meter.error();
                event.bind(1, meterId).bind(2, u"install"_qs).bind(3, accountId).bindNull(4).bindNull(5).bind(6, 0);
                event.bind(7, QString()).bind(8, created);
                if (!event.run())
                    return event.error();
                if (!installed)
                    continue; // its removal is written with its successor, which the event names
                if (replaced) {
                    // The old meter leaves and this one takes its place (MeterService::replace writes the same).
                    event.bind(1, meterId - 1).bind(2, u"remove"_qs).bindNull(3).bind(4, accountId).bind(5, meterId);
                    event.bind(6, uniform(100'000, 2'000'000))
                        .bind(7, utf8("表计故障更换 meter fault"))
                        .bind(8, created);
                    if (!event.run())
                        return event.error();
                    event.bind(1, meterId).bind(2, u"replace"_qs).bind(3, accountId).bindNull(4).bind(5, meterId - 1);
                    event.bind(6, 0).bind(7, utf8("表计故障更换 meter fault")).bind(8, created);
                    if (!event.run())
                        return event.error();
                }
                subject.meterSerials << serial;
                if (!cardNo.isEmpty())
                    subject.cardNos << cardNo;
                // Monthly register readings, ending this month.
                const auto [lo, hi] = monthlyUse[u];
                qint64 reg = uniform(0, 50) * qint64(lo);
                for (int m = 0; m < m_options.readingMonths; ++m) {
                    // More in winter for gas and electricity.
                    const double season = (u != u"water"_qs && readingWinter[m]) ? 1.5 : 1.0;
                    reg += qint64(uniform(lo, hi) * season);
                    reading.bind(1, meterId).bind(2, readingDates[m]).bind(3, reg);
                    if (!reading.run())
                        return reading.error();
                }
            }
        }
        for (const QString &k : SearchIndex::keysFor(subject)) {
            if (!key.bind(1, k).bind(2, i).run())
                return key.error();
        }
        if (progress && (i % 500 == 0 || i == n) && !progress(i, n))
            return DemoGenerator::tr("Cancelled.");
    }
    if (sqlite3_exec(m_db,
                     "INSERT OR IGNORE INTO search_keys (key, customer_id) SELECT key, customer_id FROM temp.demo_keys "
                     "ORDER BY key, customer_id; DROP TABLE temp.demo_keys",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    // A few meters in stock for installing and replacing at the demo counter.
    for (int s = 0; s < std::max(10, n / 200); ++s) {
        ++meterId;
        const char *utility = s % 3 == 0 ? "electricity" : s % 3 == 1 ? "water" : "gas";
        const QString u = utf8(utility);
        const MeterKind &kind = kinds[u].first();
        const bool sts = qstrcmp(kind.carrier, "sts-token") == 0;
        meter.bind(1, meterId)
            .bind(2, sts ? QString::number(10'000'000'000LL + meterId)
                         : QChar(u[0].toUpper()) + QStringLiteral("%1").arg(meterId, 12, 10, QLatin1Char('0')));
        meter.bind(3, u).bind(4, utf8(kind.model)).bind(5, utf8(kind.protocol)).bind(6, utf8(kind.carrier));
        if (sts)
            meter.bind(7, 123456).bind(8, 1).bind(9, 1).bind(16, 2014);
        else
            meter.bindNull(7).bindNull(8).bindNull(9).bindNull(16);
        meter.bindNull(10).bind(11, 0).bind(12, u"in-stock"_qs).bindNull(13).bind(14, m_now).bind(15, m_now);
        if (!meter.run())
            return meter.error();
    }
    return {};
}

} // namespace

Status DemoGenerator::generate(Database &db, const Options &options, const Progress &progress)
{
    if (options.customers < 1 || options.customers > 5'000'000)
        return Error::invalid(tr("The number of demo customers must be between 1 and 5,000,000."));
    QSqlDatabase connection = db.connection();
    sqlite3 *handle = Database::nativeHandle(connection);
    if (!handle)
        return Error::make(Error::Code::Storage, tr("The SQLite driver did not give access to its connection."));
    if (sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error::make(Error::Code::Locked, tr("The database is busy; try again in a moment."));
    auto rollback = [handle](Error e) {
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return e;
    };
    sqlite3_stmt *count = nullptr;
    sqlite3_prepare_v2(handle, "SELECT count(*) FROM customers", -1, &count, nullptr);
    const bool empty = sqlite3_step(count) == SQLITE_ROW && sqlite3_column_int64(count, 0) == 0;
    sqlite3_finalize(count);
    if (!empty)
        return rollback(Error::make(Error::Code::Conflict, tr("The database already has customers; demo data goes "
                                                              "into an empty database only.")));
    // A large page cache keeps the random-order index inserts of big runs in memory.
    sqlite3_exec(handle, "PRAGMA cache_size = -1048576", nullptr, nullptr, nullptr);
    Generator generator(handle, options);
    const QString failure = generator.run(progress);
    sqlite3_exec(handle, "PRAGMA cache_size = -2000", nullptr, nullptr, nullptr);
    if (!failure.isEmpty())
        return rollback(Error::make(Error::Code::Storage, tr("The demo data could not be written: %1").arg(failure)));
    if (options.operators) {
        // Demo operators, hashed like any other (scrypt).
        sqlite3_stmt *op = nullptr;
        sqlite3_prepare_v2(handle,
                           "INSERT INTO operators (username, display_name, role, password_hash, active, created_at) "
                           "VALUES (?, ?, ?, ?, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                           -1, &op, nullptr);
        const struct
        {
            const char *user;
            const char *name;
            const char *role;
            const char *password;
        } demoOperators[] = {{AdminUser, "Demo Administrator", "admin", AdminPassword},
                             {CashierUser, "李娜 (Demo Cashier)", "cashier", CashierPassword},
                             {"supervisor", "王强 (Demo Supervisor)", "supervisor", "supervisor-demo"},
                             {"engineer", "赵工 (Demo Engineer)", "engineer", "engineer-demo"}};
        bool ok = op != nullptr;
        for (const auto &o : demoOperators) {
            if (!ok)
                break;
            const QByteArray hash = PasswordHasher::hash(QString::fromLatin1(o.password)).toUtf8();
            sqlite3_bind_text(op, 1, o.user, -1, SQLITE_STATIC);
            sqlite3_bind_text(op, 2, o.name, -1, SQLITE_STATIC);
            sqlite3_bind_text(op, 3, o.role, -1, SQLITE_STATIC);
            sqlite3_bind_text(op, 4, hash.constData(), -1, SQLITE_TRANSIENT);
            ok = sqlite3_step(op) == SQLITE_DONE;
            sqlite3_reset(op);
        }
        sqlite3_finalize(op);
        if (!ok)
            return rollback(Error::make(
                Error::Code::Storage,
                tr("The demo operators could not be created: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)))));
    }
    if (sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return rollback(
            Error::make(Error::Code::Storage,
                        tr("The demo data could not be saved: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)))));
    sqlite3_exec(handle, "PRAGMA optimize", nullptr, nullptr, nullptr);
    if (options.operators) {
        // The demo's key vault, with the demo vending keys of both supply groups its STS meters use
        // (the key of the published STS compliance example), so that the demo sells real tokens.
        KeyVault vault(db, SystemClock::instance());
        if (Status s = vault.initialize(Operator::system(), QLatin1String(VaultPassphrase)); !s)
            return s;
        for (int sgc : {123456, 600727}) {
            auto added = vault.addKey(Operator::system(), sgc, 1, 2,
                                      SecretBytes(QByteArray::fromHex("abababababababab")), {}, tr("Demo vending key"));
            if (!added)
                return added.error();
        }
        auto card = vault.addCardKey(Operator::system(), QLatin1String(CardUtilityCode),
                                     SecretBytes(QByteArray::fromHex(CardKeyHex)), tr("Demo card key"));
        if (!card)
            return card.error();
    }
    qCInfo(lcDemo) << "generated" << options.customers << "demo customers";
    return {};
}

} // namespace prepaydesk
