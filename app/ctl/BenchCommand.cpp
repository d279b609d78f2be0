// prepayctl bench search: customer search latency, and the same query shapes on bare SQLite
// in the same process, so that the figures are ratios and not machine-dependent numbers.
#include "Ctl.h"

#include "search/CustomerSearch.h"
#include "search/Pinyin.h"
#include "search/SearchIndex.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <random>

namespace prepaydesk::ctl {

namespace {

struct Stats
{
    double p50 = 0, p95 = 0, max = 0, meanHits = 0;
};

Stats statsOf(QList<double> ms, double hits)
{
    Stats s;
    if (ms.isEmpty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.p50 = ms[ms.size() / 2];
    s.p95 = ms[std::min<qsizetype>(ms.size() - 1, qsizetype(std::ceil(ms.size() * 0.95)) - 1)];
    s.max = ms.last();
    s.meanHits = hits / ms.size();
    return s;
}

// The same work as CustomerSearch for one key range, written against the SQLite C API with
// no Qt in between: the range scan with the hit limit, then the first screen of rows.
class BareSqlite
{
public:
    explicit BareSqlite(sqlite3 *db)
    {
        sqlite3_prepare_v2(db, "SELECT customer_id FROM search_keys WHERE key >= ?1 AND key < ?2 LIMIT 500", -1,
                           &m_scan, nullptr);
        sqlite3_prepare_v2(
            db,
            "SELECT c.id, c.customer_no, c.name, c.phone, c.address, (SELECT group_concat(account_no, ' ') "
            "FROM accounts WHERE customer_id = c.id) FROM customers c WHERE c.id = ?1",
            -1, &m_row, nullptr);
        sqlite3_prepare_v2(db, "SELECT id FROM customers WHERE name LIKE ?1 LIMIT 500", -1, &m_like, nullptr);
    }
    ~BareSqlite()
    {
        sqlite3_finalize(m_scan);
        sqlite3_finalize(m_row);
        sqlite3_finalize(m_like);
    }
    int rangeAndRows(const QByteArray &prefix)
    {
        const QByteArray end = prefix + "\xF4\x8F\xBF\xBF";
        sqlite3_bind_text(m_scan, 1, prefix.constData(), int(prefix.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_scan, 2, end.constData(), int(end.size()), SQLITE_STATIC);
        QList<qint64> ids;
        while (sqlite3_step(m_scan) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(m_scan, 0);
            if (!ids.contains(id))
                ids << id;
        }
        sqlite3_reset(m_scan);
        for (qsizetype i = 0; i < std::min<qsizetype>(50, ids.size()); ++i) {
            sqlite3_bind_int64(m_row, 1, ids[i]);
            while (sqlite3_step(m_row) == SQLITE_ROW)
                sqlite3_column_text(m_row, 2);
            sqlite3_reset(m_row);
        }
        return int(ids.size());
    }
    int like(const QByteArray &pattern)
    {
        sqlite3_bind_text(m_like, 1, pattern.constData(), int(pattern.size()), SQLITE_STATIC);
        int n = 0;
        while (sqlite3_step(m_like) == SQLITE_ROW)
            ++n;
        sqlite3_reset(m_like);
        return n;
    }

private:
    sqlite3_stmt *m_scan = nullptr;
    sqlite3_stmt *m_row = nullptr;
    sqlite3_stmt *m_like = nullptr;
};

} // namespace

int runBench(Ctl &ctl)
{
    if (ctl.arguments().value(2) == QLatin1String("tariff"))
        return runTariffBench(ctl);
    if (ctl.arguments().value(2) == QLatin1String("vend"))
        return runVendBench(ctl);
    if (ctl.arguments().value(2) == QLatin1String("sts"))
        return runStsBench(ctl);
    if (ctl.arguments().value(2) != QLatin1String("search")) {
        ctl.err() << Ctl::tr("Usage: prepayctl bench search|tariff|vend|sts ... (see --help)") << Qt::endl;
        return Ctl::Usage;
    }
    QCommandLineParser parser;
    ctl.setupParser(parser, Ctl::tr("Measure customer search (search plus the first 50 result rows, as the "
                                    "Customers page shows them) for name fragments, pinyin initials, phone prefixes "
                                    "and meter serials, and the same key-range query on bare SQLite."));
    parser.addOption({QStringLiteral("queries"), Ctl::tr("Queries per kind (default 300)."), QStringLiteral("N"),
                      QStringLiteral("300")});
    parser.addOption({QStringLiteral("seed"), Ctl::tr("Random seed for choosing queries."), QStringLiteral("S"),
                      QStringLiteral("7")});
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    const int perKind = std::clamp(parser.value(QStringLiteral("queries")).toInt(), 10, 100000);
    Database::Options o;
    o.exclusive = false;
    o.create = false;
    o.migrate = false;
    o.quickCheck = false;
    auto db = ctl.openDatabase(parser, o);
    if (!db)
        return Ctl::Failed;
    const QSqlDatabase c = db->connection();
    const qint64 customers = Sql::scalar(c, QStringLiteral("SELECT max(id) FROM customers"))->toLongLong();
    const qint64 meterCount = Sql::scalar(c, QStringLiteral("SELECT max(id) FROM meters"))->toLongLong();
    if (customers < 1)
        return ctl.fail(Ctl::tr("The database has no customers; run prepayctl demo generate first."));

    // Queries drawn from the data itself, the way cashiers would type them.
    std::mt19937 random(parser.value(QStringLiteral("seed")).toUInt());
    auto randomId = [&](qint64 max) { return std::uniform_int_distribution<qint64>(1, max)(random); };
    QList<std::pair<QString, QStringList>> kinds{{QStringLiteral("name-fragment"), {}},
                                                 {QStringLiteral("pinyin-initials"), {}},
                                                 {QStringLiteral("phone-prefix"), {}},
                                                 {QStringLiteral("meter-serial"), {}}};
    while (kinds[0].second.size() < perKind || kinds[1].second.size() < perKind || kinds[2].second.size() < perKind) {
        auto r = Sql::exec(c, QStringLiteral("SELECT name, phone FROM customers WHERE id = ?"), {randomId(customers)});
        if (!r || !r.value().next())
            continue;
        const QString name = r.value().value(0).toString();
        const QString phone = r.value().value(1).toString();
        const QStringList syllables = Pinyin::syllables(name);
        if (kinds[0].second.size() < perKind) {
            // Two characters of a Chinese name (surname and given name are both typed), four of a Latin one.
            const int len = syllables.isEmpty() ? 4 : 2;
            const int from = std::uniform_int_distribution<int>(0, std::max<int>(0, int(name.size()) - len))(random);
            kinds[0].second << name.mid(from, len);
        }
        if (syllables.size() >= 2 && kinds[1].second.size() < perKind)
            kinds[1].second << Pinyin::initials(syllables);
        if (phone.size() == 11 && kinds[2].second.size() < perKind)
            kinds[2].second << phone.left(7);
    }
    while (kinds[3].second.size() < perKind) {
        auto r = Sql::exec(c, QStringLiteral("SELECT serial FROM meters WHERE id = ? AND status = 'installed'"),
                           {randomId(meterCount)});
        if (r && r.value().next())
            kinds[3].second << r.value().value(0).toString();
    }

    const QFileInfo file(db->path());
    ctl.out() << "database=" << file.fileName() << " size_mib=" << file.size() / (1024 * 1024)
              << " customers=" << customers
              << " search_keys=" << Sql::scalar(c, QStringLiteral("SELECT count(*) FROM search_keys"))->toLongLong()
              << " queries_per_kind=" << perKind << '\n';
    ctl.out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                     .arg(u"kind"_qs, -16)
                     .arg(u"p50_ms"_qs, 8)
                     .arg(u"p95_ms"_qs, 8)
                     .arg(u"max_ms"_qs, 8)
                     .arg(u"hits"_qs, 6)
                     .arg(u"bare_p50"_qs, 9)
                     .arg(u"bare_p95"_qs, 9)
                     .arg(u"ratio_p50/p95"_qs, 14);

    CustomerSearch search(*db);
    BareSqlite bare(Database::nativeHandle(c));
    const QHash<QString, QString> keyKind{{QStringLiteral("name-fragment"), QStringLiteral("n:")},
                                          {QStringLiteral("pinyin-initials"), QStringLiteral("p:")},
                                          {QStringLiteral("phone-prefix"), QStringLiteral("t:")},
                                          {QStringLiteral("meter-serial"), QStringLiteral("m:")}};
    for (const auto &[kind, queries] : kinds) {
        // One pass to warm the page cache, as a console that has been open a while.
        for (const QString &q : queries)
            (void)search.search(q);
        QList<double> ours, theirs;
        double hits = 0, bareHits = 0;
        QElapsedTimer t;
        for (const QString &q : queries) {
            t.start();
            auto found = search.search(q);
            if (found) {
                QList<qint64> ids;
                for (qsizetype i = 0; i < std::min<qsizetype>(50, found->size()); ++i)
                    ids << found->at(i).customerId;
                (void)search.rows(ids);
                hits += found->size();
            }
            ours << t.nsecsElapsed() / 1e6;
            const QByteArray prefix = (keyKind.value(kind) + SearchIndex::normalize(q)).toUtf8();
            t.start();
            bareHits += bare.rangeAndRows(prefix);
            theirs << t.nsecsElapsed() / 1e6;
        }
        const Stats s = statsOf(ours, hits);
        const Stats b = statsOf(theirs, bareHits);
        ctl.out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                         .arg(kind, -16)
                         .arg(s.p50, 8, 'f', 3)
                         .arg(s.p95, 8, 'f', 3)
                         .arg(s.max, 8, 'f', 3)
                         .arg(s.meanHits, 6, 'f', 0)
                         .arg(b.p50, 9, 'f', 3)
                         .arg(b.p95, 9, 'f', 3)
                         .arg(QStringLiteral("%1/%2").arg(s.p50 / b.p50, 0, 'f', 2).arg(s.p95 / b.p95, 0, 'f', 2), 14);
        ctl.out().flush();
    }
    // For scale: a substring search without the key index (a scan of the customers table).
    QList<double> like;
    QElapsedTimer t;
    for (qsizetype i = 0; i < std::min<qsizetype>(20, kinds[0].second.size()); ++i) {
        t.start();
        bare.like((u'%' + kinds[0].second[i] + u'%').toUtf8());
        like << t.nsecsElapsed() / 1e6;
    }
    const Stats l = statsOf(like, 0);
    ctl.out() << "name LIKE '%x%' scan without the key index: p50_ms=" << QString::number(l.p50, 'f', 1)
              << " p95_ms=" << QString::number(l.p95, 'f', 1) << Qt::endl;
    return Ctl::Ok;
}

} // namespace prepaydesk::ctl
