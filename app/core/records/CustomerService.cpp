#include "records/CustomerService.h"

#include "records/RegionService.h"
#include "records/Validation.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantMap>

namespace prepaydesk {

namespace {

QVariantMap fieldsOf(const CustomerDraft &d)
{
    return {{QStringLiteral("customer_no"), d.customerNo},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("phone"), d.phone},
            {QStringLiteral("id_number"), d.idNumber},
            {QStringLiteral("address"), d.address},
            {QStringLiteral("region"), RegionService::formatPath(d.regionPath)},
            {QStringLiteral("category"), Domain::code(d.category)},
            {QStringLiteral("assist_elderly"), d.assistElderly},
            {QStringLiteral("assist_large_print"), d.assistLargePrint},
            {QStringLiteral("assist_hearing"), d.assistHearing},
            {QStringLiteral("preferred_language"), d.preferredLanguage}};
}

QJsonObject asJson(const QVariantMap &fields)
{
    return QJsonObject::fromVariantMap(fields);
}

QChar utilityLetter(Utility u)
{
    switch (u) {
    case Utility::Electricity:
        return u'E';
    case Utility::Water:
        return u'W';
    case Utility::Gas:
        return u'G';
    }
    return u'X';
}

} // namespace

CustomerDraft Customer::draft() const
{
    CustomerDraft d;
    d.customerNo = customerNo;
    d.name = name;
    d.phone = phone;
    d.idNumber = idNumber;
    d.address = address;
    d.regionPath = regionPath;
    d.category = category;
    d.assistElderly = assistElderly;
    d.assistLargePrint = assistLargePrint;
    d.assistHearing = assistHearing;
    d.preferredLanguage = preferredLanguage;
    return d;
}

CustomerService::CustomerService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QString CustomerService::now() const
{
    return m_clock.now().toUTC().toString(Qt::ISODate);
}

CustomerDraft CustomerService::normalized(const CustomerDraft &draft)
{
    CustomerDraft d = draft;
    d.customerNo = Validation::normalizeText(d.customerNo).toUpper();
    d.name = Validation::normalizeText(d.name);
    d.phone = Validation::normalizePhone(d.phone);
    d.idNumber = Validation::normalizeIdNumber(d.idNumber);
    d.address = Validation::normalizeText(d.address);
    QStringList region;
    for (const QString &part : d.regionPath) {
        if (const QString p = Validation::normalizeText(part); !p.isEmpty())
            region << p;
    }
    d.regionPath = region;
    return d;
}

QList<Error> CustomerService::validate(const CustomerDraft &draft) const
{
    const CustomerDraft d = normalized(draft);
    QList<Error> errors;
    auto check = [&errors](std::optional<Error> e) {
        if (e)
            errors << *e;
    };
    check(Validation::checkIdentifier(d.customerNo, QStringLiteral("customer_no"), tr("customer number"), false));
    check(Validation::checkName(d.name));
    check(Validation::checkPhone(d.phone));
    check(Validation::checkIdNumber(d.idNumber, m_clock.now().toUTC().date()));
    check(Validation::checkAddress(d.address));
    check(RegionService::checkPath(d.regionPath));
    check(Validation::checkLanguage(d.preferredLanguage));
    return errors;
}

Result<qint64> CustomerService::create(const Operator &actor, const CustomerDraft &draft)
{
    QSqlDatabase db = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto id = createIn(db, actor, draft);
    if (!id)
        return id;
    if (Status s = t.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> CustomerService::createIn(const QSqlDatabase &db, const Operator &actor, const CustomerDraft &draft)
{
    if (Status s = Access::require(actor, Permission::EditCustomers); !s)
        return s.error();
    if (const QList<Error> errors = validate(draft); !errors.isEmpty())
        return errors.first();
    CustomerDraft d = normalized(draft);
    auto region = RegionService::ensurePath(db, d.regionPath);
    if (!region)
        return region.error();
    const QString at = now();
    // The customer number is C + the row id unless one was given. Inside this write
    // transaction nobody else can take the next id.
    auto next = Sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM customers"));
    if (!next)
        return next.error();
    const qint64 id = next.value().toLongLong();
    if (d.customerNo.isEmpty())
        d.customerNo = QStringLiteral("C%1").arg(id, 8, 10, QLatin1Char('0'));
    auto ins = Sql::exec(
        db,
        QStringLiteral("INSERT INTO customers (id, customer_no, name, phone, id_number, address, region_id, category, "
                       "assist_elderly, assist_large_print, assist_hearing, preferred_language, created_at, "
                       "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, d.customerNo, d.name, d.phone, d.idNumber, d.address,
         region.value() ? QVariant(*region.value()) : QVariant(QMetaType(QMetaType::LongLong)),
         Domain::code(d.category), d.assistElderly, d.assistLargePrint, d.assistHearing, d.preferredLanguage, at,
         actor.id, at, actor.id});
    if (!ins) {
        if (ins.error().code == Error::Code::Conflict)
            return Error{Error::Code::Conflict, tr("The customer number %1 is already in use.").arg(d.customerNo),
                         QStringLiteral("customer_no")};
        return ins.error();
    }
    if (Status s = ChangeLog::record(db, actor, m_clock.now(), QStringLiteral("customer"), id, id,
                                     QStringLiteral("create"), asJson(fieldsOf(d)));
        !s)
        return s.error();
    if (Status s = SearchIndex::refresh(db, id, {}); !s)
        return s.error();
    return id;
}

Status CustomerService::update(const Operator &actor, qint64 customerId, const CustomerDraft &draft,
                               int expectedRevision)
{
    if (Status s = Access::require(actor, Permission::EditCustomers); !s)
        return s;
    if (const QList<Error> errors = validate(draft); !errors.isEmpty())
        return errors.first();
    const CustomerDraft d = normalized(draft);
    QSqlDatabase db = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto before = get(customerId);
    if (!before)
        return before.error();
    if (before.value().revision != expectedRevision)
        return Error::make(Error::Code::Conflict, tr("Someone else changed this customer while you were editing. "
                                                     "Close the form and open the customer again."));
    auto keys = SearchIndex::currentKeys(db, customerId);
    if (!keys)
        return keys.error();
    auto region = RegionService::ensurePath(db, d.regionPath);
    if (!region)
        return region.error();
    CustomerDraft stored = d;
    if (stored.customerNo.isEmpty())
        stored.customerNo = before.value().customerNo;
    const QJsonObject changes = ChangeLog::diff(fieldsOf(before.value().draft()), fieldsOf(stored));
    if (changes.isEmpty())
        return {}; // nothing to record
    auto upd = Sql::exec(
        db,
        QStringLiteral("UPDATE customers SET customer_no = ?, name = ?, phone = ?, id_number = ?, address = ?, "
                       "region_id = ?, category = ?, assist_elderly = ?, assist_large_print = ?, assist_hearing = ?, "
                       "preferred_language = ?, updated_at = ?, updated_by = ?, revision = revision + 1 "
                       "WHERE id = ? AND revision = ?"),
        {stored.customerNo, stored.name, stored.phone, stored.idNumber, stored.address,
         region.value() ? QVariant(*region.value()) : QVariant(QMetaType(QMetaType::LongLong)),
         Domain::code(stored.category), stored.assistElderly, stored.assistLargePrint, stored.assistHearing,
         stored.preferredLanguage, now(), actor.id, customerId, expectedRevision});
    if (!upd) {
        if (upd.error().code == Error::Code::Conflict)
            return Error{Error::Code::Conflict, tr("The customer number %1 is already in use.").arg(stored.customerNo),
                         QStringLiteral("customer_no")};
        return upd.error();
    }
    if (upd.value().numRowsAffected() != 1)
        return Error::make(Error::Code::Conflict, tr("Someone else changed this customer while you were editing. "
                                                     "Close the form and open the customer again."));
    if (Status s = ChangeLog::record(db, actor, m_clock.now(), QStringLiteral("customer"), customerId, customerId,
                                     QStringLiteral("update"), changes);
        !s)
        return s;
    if (Status s = SearchIndex::refresh(db, customerId, keys.value()); !s)
        return s;
    return t.commit();
}

Result<Customer> CustomerService::get(qint64 customerId) const
{
    const QSqlDatabase db = m_db.connection();
    auto q =
        Sql::exec(db,
                  QStringLiteral("SELECT c.id, c.customer_no, c.name, c.phone, c.id_number, c.address, c.region_id, "
                                 "c.category, c.assist_elderly, c.assist_large_print, c.assist_hearing, "
                                 "c.preferred_language, c.created_at, cb.display_name, c.updated_at, "
                                 "ub.display_name, c.revision FROM customers c "
                                 "JOIN operators cb ON cb.id = c.created_by "
                                 "JOIN operators ub ON ub.id = c.updated_by WHERE c.id = ?"),
                  {customerId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, tr("There is no customer with id %1.").arg(customerId));
    const QSqlQuery &r = q.value();
    Customer c;
    c.id = r.value(0).toLongLong();
    c.customerNo = r.value(1).toString();
    c.name = r.value(2).toString();
    c.phone = r.value(3).toString();
    c.idNumber = r.value(4).toString();
    c.address = r.value(5).toString();
    if (!r.isNull(6))
        c.regionId = r.value(6).toLongLong();
    c.category = Domain::parse<CustomerCategory>(r.value(7).toString()).value_or(CustomerCategory::Residential);
    c.assistElderly = r.value(8).toBool();
    c.assistLargePrint = r.value(9).toBool();
    c.assistHearing = r.value(10).toBool();
    c.preferredLanguage = r.value(11).toString();
    c.createdAt = QDateTime::fromString(r.value(12).toString(), Qt::ISODate);
    c.createdBy = r.value(13).toString();
    c.updatedAt = QDateTime::fromString(r.value(14).toString(), Qt::ISODate);
    c.updatedBy = r.value(15).toString();
    c.revision = r.value(16).toInt();
    auto path = RegionService::pathOf(db, c.regionId);
    if (!path)
        return path.error();
    c.regionPath = path.value();
    return c;
}

Result<Account> CustomerService::openAccount(const Operator &actor, qint64 customerId, Utility utility,
                                             std::optional<qint64> tariffId, const QString &accountNo)
{
    QSqlDatabase db = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto account = openAccountIn(db, actor, customerId, utility, tariffId, accountNo);
    if (!account)
        return account;
    if (Status s = t.commit(); !s)
        return s.error();
    return account;
}

Result<Account> CustomerService::openAccountIn(const QSqlDatabase &db, const Operator &actor, qint64 customerId,
                                               Utility utility, std::optional<qint64> tariffId,
                                               const QString &accountNo)
{
    if (Status s = Access::require(actor, Permission::EditCustomers); !s)
        return s.error();
    const QString number = Validation::normalizeText(accountNo).toUpper();
    if (auto e = Validation::checkIdentifier(number, QStringLiteral("account_no"), tr("account number"), false))
        return *e;
    if (auto known = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {customerId});
        !known || known.value().toInt() == 0)
        return known ? Error::make(Error::Code::NotFound, tr("There is no customer with id %1.").arg(customerId))
                     : known.error();
    auto exists = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM accounts WHERE customer_id = ? AND utility = ?"),
                              {customerId, Domain::code(utility)});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() > 0)
        return Error{Error::Code::Conflict,
                     tr("This customer already has a %1 account.").arg(Domain::name(utility).toLower()),
                     QStringLiteral("utility")};
    if (tariffId) {
        auto tariffUtility = Sql::scalar(db, QStringLiteral("SELECT utility FROM tariffs WHERE id = ?"), {*tariffId});
        if (!tariffUtility)
            return Error::invalid(tr("The chosen tariff does not exist."), QStringLiteral("tariff"));
        if (tariffUtility.value().toString() != Domain::code(utility))
            return Error::invalid(tr("The chosen tariff is for another utility."), QStringLiteral("tariff"));
    }
    const QString at = now();
    auto keys = SearchIndex::currentKeys(db, customerId);
    if (!keys)
        return keys.error();
    auto next = Sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM accounts"));
    if (!next)
        return next.error();
    Account a;
    a.id = next.value().toLongLong();
    a.accountNo =
        number.isEmpty() ? utilityLetter(utility) + QStringLiteral("%1").arg(a.id, 9, 10, QLatin1Char('0')) : number;
    auto ins = Sql::exec(
        db,
        QStringLiteral("INSERT INTO accounts (id, account_no, customer_id, utility, tariff_id, status, "
                       "created_at, created_by, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)"),
        {a.id, a.accountNo, customerId, Domain::code(utility),
         tariffId ? QVariant(*tariffId) : QVariant(QMetaType(QMetaType::LongLong)), at, actor.id, at, actor.id});
    if (!ins) {
        if (ins.error().code == Error::Code::Conflict)
            return Error{Error::Code::Conflict, tr("The account number %1 is already in use.").arg(a.accountNo),
                         QStringLiteral("account_no")};
        return ins.error();
    }
    a.customerId = customerId;
    a.utility = utility;
    a.tariffId = tariffId;
    a.createdAt = m_clock.now();
    if (Status s = ChangeLog::record(db, actor, m_clock.now(), QStringLiteral("account"), a.id, customerId,
                                     QStringLiteral("create"),
                                     QJsonObject{{QStringLiteral("account_no"), a.accountNo},
                                                 {QStringLiteral("utility"), Domain::code(utility)}});
        !s)
        return s.error();
    if (Status s = SearchIndex::refresh(db, customerId, keys.value()); !s)
        return s.error();
    return a;
}

Result<std::optional<qint64>> CustomerService::accountIdByNo(const QSqlDatabase &db, const QString &accountNo)
{
    auto q = Sql::exec(db, QStringLiteral("SELECT id FROM accounts WHERE account_no = ?"), {accountNo});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Result<QList<Account>> CustomerService::accounts(qint64 customerId) const
{
    auto q =
        Sql::exec(m_db.connection(),
                  QStringLiteral("SELECT a.id, a.account_no, a.utility, a.tariff_id, t.name, a.status, a.created_at "
                                 "FROM accounts a LEFT JOIN tariffs t ON t.id = a.tariff_id "
                                 "WHERE a.customer_id = ? ORDER BY a.utility"),
                  {customerId});
    if (!q)
        return q.error();
    QList<Account> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Account a;
        a.id = r.value(0).toLongLong();
        a.accountNo = r.value(1).toString();
        a.customerId = customerId;
        a.utility = Domain::parse<Utility>(r.value(2).toString()).value_or(Utility::Electricity);
        if (!r.isNull(3))
            a.tariffId = r.value(3).toLongLong();
        a.tariffName = r.value(4).toString();
        a.status = Domain::parse<AccountStatus>(r.value(5).toString()).value_or(AccountStatus::Active);
        a.createdAt = QDateTime::fromString(r.value(6).toString(), Qt::ISODate);
        list << a;
    }
    return list;
}

Result<QList<ChangeLog::Entry>> CustomerService::history(qint64 customerId) const
{
    return ChangeLog::forCustomer(m_db.connection(), customerId);
}

Result<QList<CustomerService::TariffRef>> CustomerService::tariffs() const
{
    auto q =
        Sql::exec(m_db.connection(), QStringLiteral("SELECT id, utility, code, name FROM tariffs ORDER BY utility, "
                                                    "name"));
    if (!q)
        return q.error();
    QList<TariffRef> list;
    while (q.value().next()) {
        list << TariffRef{q.value().value(0).toLongLong(),
                          Domain::parse<Utility>(q.value().value(1).toString()).value_or(Utility::Electricity),
                          q.value().value(2).toString(), q.value().value(3).toString()};
    }
    return list;
}

} // namespace prepaydesk
