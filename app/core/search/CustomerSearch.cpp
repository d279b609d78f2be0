#include "search/CustomerSearch.h"

#include "search/Pinyin.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace prepaydesk {

namespace {

// Past the last character a key can hold: the end of a prefix range in binary collation.
const QString rangeEnd = QString::fromUcs4(U"\U0010FFFF");

// Scanning a pinyin initials range verifies each key; this bounds the work for very common
// initials so that a keystroke never stalls the counter.
constexpr int PinyinScanBudget = 6000;

class Collector
{
public:
    explicit Collector(int limit)
        : m_limit(limit)
    {}
    bool full() const { return m_hits.size() >= m_limit; }
    int remaining() const { return m_limit - int(m_hits.size()); }
    void add(qint64 id, CustomerSearch::Field field, bool exact)
    {
        if (full() || m_seen.contains(id))
            return;
        m_seen.insert(id);
        m_hits.append(CustomerSearch::Hit{id, field, exact});
    }
    QList<CustomerSearch::Hit> take() { return std::move(m_hits); }

private:
    int m_limit;
    QSet<qint64> m_seen;
    QList<CustomerSearch::Hit> m_hits;
};

CustomerSearch::Field fieldOfKind(QChar kind)
{
    switch (kind.unicode()) {
    case u'k':
        return CustomerSearch::Field::CustomerNo;
    case u'a':
        return CustomerSearch::Field::Account;
    case u'm':
        return CustomerSearch::Field::MeterSerial;
    case u'c':
        return CustomerSearch::Field::CardNo;
    case u't':
    case u'r':
        return CustomerSearch::Field::Phone;
    case u'i':
        return CustomerSearch::Field::IdNumber;
    case u'p':
        return CustomerSearch::Field::Pinyin;
    default:
        return CustomerSearch::Field::Name;
    }
}

// Rows of one key prefix, in key order, handed to `accept` until it returns false.
template<typename Accept>
Status scanPrefix(const QSqlDatabase &db, const QString &prefix, Accept accept)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT key, customer_id FROM search_keys WHERE key >= ? AND key < ?")))
        return Sql::errorFrom(q);
    q.addBindValue(prefix);
    q.addBindValue(QString(prefix + rangeEnd));
    if (!q.exec())
        return Sql::errorFrom(q);
    while (q.next()) {
        if (!accept(q.value(0).toString(), q.value(1).toLongLong()))
            break;
    }
    return {};
}

} // namespace

QString CustomerSearch::fieldName(Field field)
{
    switch (field) {
    case Field::CustomerNo:
        return tr("customer number");
    case Field::Account:
        return tr("account number");
    case Field::MeterSerial:
        return tr("meter serial");
    case Field::CardNo:
        return tr("card number");
    case Field::Phone:
        return tr("phone");
    case Field::IdNumber:
        return tr("identity number");
    case Field::Name:
        return tr("name");
    case Field::Pinyin:
        return tr("pinyin");
    }
    return {};
}

Result<QList<CustomerSearch::Hit>> CustomerSearch::search(const QString &query, int limit) const
{
    const QString q = SearchIndex::normalize(query);
    if (q.isEmpty() || limit <= 0)
        return QList<Hit>{};
    const QSqlDatabase db = m_db.connection();
    Collector found(limit);
    // Identifiers are matched as typed without spaces; phone numbers also without dashes.
    const QString ident = QString(q).remove(u' ');
    const QString compact = QString(ident).remove(u'-');
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    const bool digits = digitsOnly.match(compact).hasMatch();

    // 1. Exact identifiers.
    {
        QStringList exact{QStringLiteral("k:") + ident, QStringLiteral("a:") + ident, QStringLiteral("m:") + ident,
                          QStringLiteral("c:") + ident, QStringLiteral("t:") + compact};
        if (compact.size() == 18)
            exact << QStringLiteral("i:") + SearchIndex::reversed(compact);
        QString sql = QStringLiteral("SELECT key, customer_id FROM search_keys WHERE key IN (");
        for (qsizetype i = 0; i < exact.size(); ++i)
            sql += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
        sql += u')';
        QVariantList params(exact.cbegin(), exact.cend());
        auto r = Sql::exec(db, sql, params);
        if (!r)
            return r.error();
        // The statement returns keys in index order; rank by the order of kinds above.
        QList<std::pair<qsizetype, qint64>> rows;
        while (r.value().next())
            rows.append({exact.indexOf(r.value().value(0).toString()), r.value().value(1).toLongLong()});
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[index, id] : rows)
            found.add(id, fieldOfKind(exact[index][0]), true);
    }

    auto collect = [&found](const QString &key, qint64 id) {
        found.add(id, fieldOfKind(key[0]), false);
        return !found.full();
    };
    // 2. Identifiers that start with the query; phone and identity numbers also by their last digits.
    if (ident.size() >= 2) {
        const char *kinds[] = {"k:", "a:", "m:", "c:"};
        for (const char *kind : kinds) {
            if (found.full())
                break;
            if (Status s = scanPrefix(db, QLatin1String(kind) + ident, collect); !s)
                return s.error();
        }
    }
    if (digits && compact.size() >= 3 && !found.full()) {
        if (Status s = scanPrefix(db, QStringLiteral("t:") + compact, collect); !s)
            return s.error();
    }
    static const QRegularExpression idTail(QStringLiteral("^[0-9]*x?$"));
    if (compact.size() >= 4 && idTail.match(SearchIndex::reversed(compact)).hasMatch() && !found.full()) {
        const QString tail = SearchIndex::reversed(compact);
        if (Status s = scanPrefix(db, QStringLiteral("i:") + tail, collect); !s)
            return s.error();
        if (digits && !found.full()) {
            if (Status s = scanPrefix(db, QStringLiteral("r:") + tail, collect); !s)
                return s.error();
        }
    }

    // 3. Names: keys hold every suffix, so a substring is a key prefix. A name ending in the
    // query (or equal to it) ranks first.
    if (!found.full() && !digits) {
        const QString head = q.left(SearchIndex::NameKeyLength);
        const bool needsCheck = q.size() > SearchIndex::NameKeyLength;
        QList<qint64> candidates;
        auto gather = [&](const QString &key, qint64 id) {
            if (!needsCheck && key.size() == head.size() + 2)
                found.add(id, Field::Name, true);
            else
                candidates.append(id);
            return !found.full() && candidates.size() < 20 * limit;
        };
        if (Status s = scanPrefix(db, QStringLiteral("n:") + head, gather); !s)
            return s.error();
        if (needsCheck && !candidates.isEmpty()) {
            // Keys hold only the first 12 characters: confirm longer queries against the name.
            auto r = rows(candidates);
            if (!r)
                return r.error();
            for (const Row &row : r.value()) {
                if (SearchIndex::normalize(row.name).contains(q))
                    found.add(row.id, Field::Name, false);
            }
        } else {
            for (qint64 id : std::as_const(candidates))
                found.add(id, Field::Name, false);
        }
    }

    // 4. Pinyin: look candidates up by initials, then check the spelling against the syllables.
    static const QRegularExpression letters(QStringLiteral("^[a-z]+$"));
    if (!found.full() && letters.match(compact).hasMatch()) {
        for (const QString &initials : Pinyin::initialsCandidates(compact)) {
            if (found.full())
                break;
            int budget = PinyinScanBudget;
            auto verify = [&](const QString &key, qint64 id) {
                const qsizetype space = key.indexOf(u' ');
                if (space > 0 && Pinyin::matches(compact, key.mid(space + 1).split(u' ')))
                    found.add(id, Field::Pinyin, false);
                return !found.full() && --budget > 0;
            };
            if (Status s = scanPrefix(db, QStringLiteral("p:") + initials, verify); !s)
                return s.error();
        }
    }
    return found.take();
}

Result<QList<CustomerSearch::Row>> CustomerSearch::rows(const QList<qint64> &ids) const
{
    QList<Row> result;
    if (ids.isEmpty())
        return result;
    const QSqlDatabase db = m_db.connection();
    QHash<qint64, Row> byId;
    // SQLite allows a limited number of parameters per statement; go in slices.
    constexpr qsizetype Slice = 500;
    for (qsizetype from = 0; from < ids.size(); from += Slice) {
        const QList<qint64> part = ids.mid(from, Slice);
        QString marks;
        for (qsizetype i = 0; i < part.size(); ++i)
            marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
        QVariantList params;
        for (qint64 id : part)
            params << id;
        auto q =
            Sql::exec(db,
                      QStringLiteral("SELECT c.id, c.customer_no, c.name, c.phone, c.address, "
                                     "(SELECT group_concat(account_no, ' ') FROM "
                                     "(SELECT account_no FROM accounts WHERE customer_id = c.id ORDER BY utility)) "
                                     "FROM customers c WHERE c.id IN (") +
                          marks + u')',
                      params);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            const QString accounts = r.value(5).toString();
            byId.insert(r.value(0).toLongLong(),
                        Row{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                            r.value(3).toString(), r.value(4).toString(),
                            accounts.isEmpty() ? QStringList() : accounts.split(u' ')});
        }
    }
    for (qint64 id : ids) {
        if (auto it = byId.constFind(id); it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

} // namespace prepaydesk
