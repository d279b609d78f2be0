#include "search/SearchIndex.h"

#include "search/Pinyin.h"
#include "storage/Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace prepaydesk {

QString SearchIndex::normalize(const QString &text)
{
    // NFKC folds full-width digits and letters from Chinese input methods into ASCII.
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

QString SearchIndex::reversed(const QString &text)
{
    QString r(text.size(), Qt::Uninitialized);
    std::reverse_copy(text.cbegin(), text.cend(), r.begin());
    return r;
}

QSet<QString> SearchIndex::keysFor(const Subject &subject)
{
    QSet<QString> keys;
    auto add = [&keys](const char *kind, const QString &value) {
        if (!value.isEmpty())
            keys.insert(QLatin1String(kind) + value);
    };
    add("k:", normalize(subject.customerNo));
    for (const QString &a : subject.accountNos)
        add("a:", normalize(a));
    for (const QString &m : subject.meterSerials)
        add("m:", normalize(m));
    for (const QString &c : subject.cardNos)
        add("c:", normalize(c));
    const QString phone = normalize(subject.phone).remove(u'-');
    add("t:", phone);
    add("r:", reversed(phone));
    add("i:", reversed(normalize(subject.idNumber)));

    // Name: a key from every position that starts a character, so any substring is a prefix of one.
    const QList<uint> name = normalize(subject.name).toUcs4();
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] == u' ')
            continue;
        const qsizetype n = std::min<qsizetype>(NameKeyLength, name.size() - i);
        add("n:", QString::fromUcs4(reinterpret_cast<const char32_t *>(name.constData() + i), n).trimmed());
    }
    // Pinyin from every syllable position, so "san" and "s" find 张三 as well as "zs".
    const QStringList syllables = Pinyin::syllables(subject.name);
    for (qsizetype i = 0; i < syllables.size() && i < 6; ++i) {
        const QStringList tail = syllables.mid(i);
        add("p:", Pinyin::initials(tail) + u' ' + tail.join(u' '));
    }
    return keys;
}

Result<SearchIndex::Subject> SearchIndex::load(const QSqlDatabase &db, qint64 customerId)
{
    auto c = Sql::exec(db, QStringLiteral("SELECT customer_no, name, phone, id_number FROM customers WHERE id = ?"),
                       {customerId});
    if (!c)
        return c.error();
    if (!c.value().next())
        return Subject{};
    Subject s{c.value().value(0).toString(),
              c.value().value(1).toString(),
              c.value().value(2).toString(),
              c.value().value(3).toString(),
              {},
              {},
              {}};
    auto a = Sql::exec(db, QStringLiteral("SELECT account_no FROM accounts WHERE customer_id = ?"), {customerId});
    if (!a)
        return a.error();
    while (a.value().next())
        s.accountNos << a.value().value(0).toString();
    auto m = Sql::exec(db,
                       QStringLiteral("SELECT m.serial, m.card_no FROM meters m JOIN accounts a ON a.id = m.account_id "
                                      "WHERE a.customer_id = ? AND m.status = 'installed'"),
                       {customerId});
    if (!m)
        return m.error();
    while (m.value().next()) {
        s.meterSerials << m.value().value(0).toString();
        if (!m.value().isNull(1))
            s.cardNos << m.value().value(1).toString();
    }
    return s;
}

Result<QSet<QString>> SearchIndex::currentKeys(const QSqlDatabase &db, qint64 customerId)
{
    auto s = load(db, customerId);
    if (!s)
        return s.error();
    return keysFor(s.value());
}

Status SearchIndex::refresh(const QSqlDatabase &db, qint64 customerId, const QSet<QString> &before)
{
    auto after = currentKeys(db, customerId);
    if (!after)
        return after.error();
    for (const QString &k : before) {
        if (!after.value().contains(k)) {
            if (auto q = Sql::exec(db, QStringLiteral("DELETE FROM search_keys WHERE key = ? AND customer_id = ?"),
                                   {k, customerId});
                !q)
                return q.error();
        }
    }
    for (const QString &k : after.value()) {
        if (!before.contains(k)) {
            if (auto q =
                    Sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO search_keys (key, customer_id) VALUES (?, ?)"),
                              {k, customerId});
                !q)
                return q.error();
        }
    }
    return {};
}

Status SearchIndex::rebuildAll(const QSqlDatabase &db)
{
    if (auto q = Sql::exec(db, QStringLiteral("DELETE FROM search_keys")); !q)
        return q.error();
    auto ids = Sql::exec(db, QStringLiteral("SELECT id FROM customers ORDER BY id"));
    if (!ids)
        return ids.error();
    QList<qint64> all;
    while (ids.value().next())
        all << ids.value().value(0).toLongLong();
    for (qint64 id : all) {
        if (Status s = refresh(db, id, {}); !s)
            return s;
    }
    return {};
}

} // namespace prepaydesk
