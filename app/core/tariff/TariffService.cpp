#include "tariff/TariffService.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"
#include "vending/Ledger.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlQuery>

namespace prepaydesk {

namespace {

// Versions are never changed once written, so each definition is parsed once per process.
Result<TariffVersion> parsedDefinition(const QString &definition)
{
    static QMutex mutex;
    static QHash<QString, TariffVersion> cache;
    QMutexLocker locker(&mutex);
    if (auto it = cache.constFind(definition); it != cache.constEnd())
        return *it;
    auto rules = TariffVersion::fromJson(QJsonDocument::fromJson(definition.toUtf8()).object());
    if (rules && cache.size() < 1000)
        cache.insert(definition, rules.value());
    return rules;
}

Result<TariffService::Version> versionFrom(const QSqlQuery &r)
{
    auto rules = parsedDefinition(r.value(2).toString());
    if (!rules)
        return Error::make(Error::Code::Corrupt, TariffService::tr("Tariff version %1 in the database is not valid: %2")
                                                     .arg(r.value(0).toLongLong())
                                                     .arg(rules.error().message));
    return TariffService::Version{r.value(0).toLongLong(), r.value(1).toLongLong(), rules.value(),
                                  QDateTime::fromString(r.value(3).toString(), Qt::ISODate), r.value(4).toString()};
}

const QString versionColumns =
    QStringLiteral("SELECT v.id, v.tariff_id, v.definition, v.created_at, o.display_name FROM tariff_versions v "
                   "JOIN operators o ON o.id = v.created_by ");

Result<TariffService::Version> versionAtOn(const Database &db, qint64 tariffId, const QDate &day)
{
    auto q = Sql::run(db,
                      versionColumns + QStringLiteral("WHERE v.tariff_id = ? AND v.effective_from <= ? "
                                                      "ORDER BY v.effective_from DESC LIMIT 1"),
                      {tariffId, day.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return Error::make(Error::Code::NotFound,
                           TariffService::tr("The tariff has no price in force on %1.").arg(day.toString(Qt::ISODate)));
    return versionFrom(*q.value());
}

QString isoStartOfDay(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODate);
}

} // namespace

TariffService::TariffService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QDate TariffService::localDay(const QDateTime &at)
{
    return at.toLocalTime().date();
}

Result<QList<TariffService::Tariff>> TariffService::tariffs() const
{
    auto q =
        Sql::exec(m_db.connection(), QStringLiteral("SELECT id, utility, code, name FROM tariffs ORDER BY utility, "
                                                    "code"));
    if (!q)
        return q.error();
    QList<Tariff> list;
    while (q.value().next())
        list << Tariff{q.value().value(0).toLongLong(),
                       Domain::parse<Utility>(q.value().value(1).toString()).value_or(Utility::Electricity),
                       q.value().value(2).toString(), q.value().value(3).toString()};
    return list;
}

Result<QList<TariffService::Version>> TariffService::versions(qint64 tariffId) const
{
    auto q = Sql::exec(m_db.connection(),
                       versionColumns + QStringLiteral("WHERE v.tariff_id = ? ORDER BY v.effective_from"), {tariffId});
    if (!q)
        return q.error();
    QList<Version> list;
    while (q.value().next()) {
        auto v = versionFrom(q.value());
        if (!v)
            return v.error();
        list << v.value();
    }
    return list;
}

Result<TariffService::Version> TariffService::versionAt(qint64 tariffId, const QDate &day) const
{
    return versionAtOn(m_db, tariffId, day);
}

Result<qint64> TariffService::createTariff(const Operator &actor, Utility utility, const QString &code,
                                           const QString &name, const TariffVersion &first)
{
    if (Status s = Access::require(actor, Permission::ManageTariffs); !s)
        return s.error();
    const QString c = code.trimmed().toUpper();
    if (c.isEmpty() || c.size() > 20)
        return Error::invalid(tr("A tariff code has 1 to 20 characters."), QStringLiteral("code"));
    if (name.trimmed().isEmpty() || name.size() > 100)
        return Error::invalid(tr("Enter the tariff's name (at most 100 characters)."), QStringLiteral("name"));
    if (const QList<Error> errors = first.validate(); !errors.isEmpty())
        return errors.first();
    QSqlDatabase db = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    // The legacy unit_price column keeps the first block's price for schema-1 readers.
    auto ins = Sql::exec(db,
                         QStringLiteral("INSERT INTO tariffs (utility, code, name, unit_price, created_at) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {Domain::code(utility), c, name.trimmed(), first.blocks.value(0).price, now});
    if (!ins)
        return ins.error().code == Error::Code::Conflict
                   ? Error{Error::Code::Conflict, tr("The tariff code %1 is taken.").arg(c), QStringLiteral("code")}
                   : ins.error();
    const qint64 id = ins.value().lastInsertId().toLongLong();
    auto v =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO tariff_versions (tariff_id, effective_from, definition, created_at, "
                                 "created_by) VALUES (?, ?, ?, ?, ?)"),
                  {id, first.effectiveFrom.toString(Qt::ISODate),
                   QString::fromUtf8(QJsonDocument(first.toJson()).toJson(QJsonDocument::Compact)), now, actor.id});
    if (!v)
        return v.error();
    if (Status s = t.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> TariffService::addVersion(const Operator &actor, qint64 tariffId, const TariffVersion &version)
{
    if (Status s = Access::require(actor, Permission::ManageTariffs); !s)
        return s.error();
    if (const QList<Error> errors = version.validate(); !errors.isEmpty())
        return errors.first();
    if (version.effectiveFrom < localDay(m_clock.now()))
        return Error::invalid(tr("A new price takes effect today or later; vends already made keep their prices."),
                              QStringLiteral("effective_from"));
    QSqlDatabase db = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto exists = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM tariffs WHERE id = ?"), {tariffId});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return Error::make(Error::Code::NotFound, tr("There is no such tariff."));
    auto v = Sql::exec(db,
                       QStringLiteral("INSERT INTO tariff_versions (tariff_id, effective_from, definition, created_at, "
                                      "created_by) VALUES (?, ?, ?, ?, ?)"),
                       {tariffId, version.effectiveFrom.toString(Qt::ISODate),
                        QString::fromUtf8(QJsonDocument(version.toJson()).toJson(QJsonDocument::Compact)),
                        m_clock.now().toUTC().toString(Qt::ISODate), actor.id});
    if (!v)
        return v.error().code == Error::Code::Conflict ? Error{Error::Code::Conflict,
                                                               tr("The tariff already has a version from %1.")
                                                                   .arg(version.effectiveFrom.toString(Qt::ISODate)),
                                                               QStringLiteral("effective_from")}
                                                       : v.error();
    const qint64 id = v.value().lastInsertId().toLongLong();
    if (Status s = t.commit(); !s)
        return s.error();
    return id;
}

Result<TariffService::AccountQuote>
TariffService::quoteForAccount(qint64 accountId, Money amount, std::optional<Quantity> units, const QDateTime &at) const
{
    return quoteForAccount(m_db, accountId, amount, units, at);
}

Result<TariffService::AccountQuote> TariffService::quoteForAccount(const Database &db, qint64 accountId, Money amount,
                                                                   std::optional<Quantity> units, const QDateTime &at)
{
    auto a = Sql::run(db,
                      QStringLiteral("SELECT a.account_no, a.utility, a.status, a.tariff_id, t.code, t.name, "
                                     "a.created_at, m.id, m.serial, m.carrier, c.id, c.name FROM accounts a "
                                     "JOIN customers c ON c.id = a.customer_id "
                                     "LEFT JOIN tariffs t ON t.id = a.tariff_id "
                                     "LEFT JOIN meters m ON m.account_id = a.id AND m.status = 'installed' "
                                     "WHERE a.id = ?"),
                      {accountId});
    if (!a)
        return a.error();
    if (!a.value()->next())
        return Error::make(Error::Code::NotFound, tr("There is no account with id %1.").arg(accountId));
    const QSqlQuery &r = *a.value();
    AccountQuote q;
    q.accountId = accountId;
    q.customerId = r.value(10).toLongLong();
    q.customerName = r.value(11).toString();
    q.accountNo = r.value(0).toString();
    q.utility = Domain::parse<Utility>(r.value(1).toString()).value_or(Utility::Electricity);
    const auto status = Domain::parse<AccountStatus>(r.value(2).toString()).value_or(AccountStatus::Closed);
    if (status != AccountStatus::Active)
        return Error::invalid(tr("Account %1 is %2; credit can only be sold to an active account.")
                                  .arg(q.accountNo, Domain::name(status).toLower()),
                              QStringLiteral("account"));
    if (r.isNull(3))
        return Error::invalid(tr("Account %1 has no tariff; choose one before selling.").arg(q.accountNo),
                              QStringLiteral("account"));
    q.tariff = Tariff{r.value(3).toLongLong(), q.utility, r.value(4).toString(), r.value(5).toString()};
    if (r.isNull(7))
        return Error::invalid(tr("Account %1 has no meter installed (it was removed or never installed); "
                                 "credit needs a meter to go to.")
                                  .arg(q.accountNo),
                              QStringLiteral("account"));
    q.meterId = r.value(7).toLongLong();
    q.meterSerial = r.value(8).toString();
    q.carrier = Domain::parse<Carrier>(r.value(9).toString()).value_or(Carrier::StsToken);
    const QDate opened = localDay(QDateTime::fromString(r.value(6).toString(), Qt::ISODate));

    const QDate day = localDay(at);
    auto version = versionAtOn(db, q.tariff.id, day);
    if (!version)
        return version.error();
    q.version = version.value();
    const TariffVersion &rules = q.version.rules;

    // Where the account stands in this cycle.
    QuoteInput &in = q.input;
    in.amount = amount;
    in.units = units;
    const QDate cycleStart = rules.cycleStart(day);
    auto sold = Sql::run(db,
                         QStringLiteral("SELECT coalesce(sum(units_milli), 0), coalesce(sum(free_units_milli), 0) "
                                        "FROM vends WHERE account_id = ? AND created_at >= ? "
                                        "AND state IN ('pending', 'delivered', 'reversed')"),
                         {accountId, isoStartOfDay(cycleStart)});
    if (!sold)
        return sold.error();
    sold.value()->next();
    in.freeUnitsGrantedBefore = Quantity::fromMilli(sold.value()->value(1).toLongLong());
    if (rules.basis == TariffVersion::Basis::Purchase) {
        in.cycleUnitsBefore = Quantity::fromMilli(sold.value()->value(0).toLongLong());
    } else {
        // Consumption: the register now against the register at the cycle's start.
        auto reg = Sql::run(db,
                            QStringLiteral("SELECT (SELECT register_milli FROM readings WHERE meter_id = ? "
                                           "ORDER BY read_at DESC LIMIT 1) - coalesce((SELECT register_milli FROM "
                                           "readings WHERE meter_id = ? AND read_at <= ? ORDER BY read_at DESC "
                                           "LIMIT 1), (SELECT register_milli FROM readings WHERE meter_id = ? "
                                           "ORDER BY read_at LIMIT 1))"),
                            {*q.meterId, *q.meterId, isoStartOfDay(cycleStart), *q.meterId});
        if (!reg)
            return reg.error();
        in.cycleUnitsBefore =
            Quantity::fromMilli(reg.value()->next() ? std::max<qint64>(0, reg.value()->value(0).toLongLong()) : 0);
    }
    // Fixed charges: every calendar month since the account opened (or the version began)
    // whose charge has not been collected, at most twelve.
    if (!rules.fixedChargePerMonth.isZero()) {
        const QDate from = std::max(opened, rules.effectiveFrom);
        const int months = (day.year() - from.year()) * 12 + day.month() - from.month() + 1;
        auto collected =
            Sql::scalar(db,
                        QStringLiteral("SELECT coalesce(sum(fixed_months), 0) FROM vends WHERE account_id = ? "
                                       "AND created_at >= ? AND state IN ('pending', 'delivered')"),
                        {accountId, isoStartOfDay(QDate(from.year(), from.month(), 1))});
        if (!collected)
            return collected.error();
        in.fixedChargeMonthsDue = std::clamp(months - collected.value().toInt(), 0, 12);
    }
    auto debt = Ledger::balance(db, LedgerAccounts::Debt, accountId);
    if (!debt)
        return debt.error();
    in.debtOutstanding = std::max(debt.value(), Money());
    // The credit left in the meter is not known until meters are read (later releases); zero
    // means the maximum-credit rule limits each sale on its own.
    auto quote = TariffEngine::quote(rules, in);
    if (!quote)
        return quote.error();
    q.quote = quote.value();
    return q;
}

QJsonObject TariffService::quoteJson(const AccountQuote &q)
{
    const Quote &quote = q.quote;
    QJsonArray lines;
    for (int i = 0; i < quote.lineCount; ++i) {
        const QuoteLine &l = quote.lines[i];
        static const char *const kinds[] = {"fixed", "debt", "free", "block", "money"};
        QJsonObject line{{QStringLiteral("kind"), QLatin1String(kinds[int(l.kind)])},
                         {QStringLiteral("amount"), l.amount.toString()}};
        if (l.kind == QuoteLine::Kind::Block) {
            line.insert(QStringLiteral("block"), l.block);
            line.insert(QStringLiteral("price"), TariffVersion::priceText(l.price));
        }
        if (l.kind == QuoteLine::Kind::Block || l.kind == QuoteLine::Kind::FreeUnits)
            line.insert(QStringLiteral("units"), l.units.toString());
        lines.append(line);
    }
    return QJsonObject{
        {QStringLiteral("tariff"), q.tariff.code},
        {QStringLiteral("tariff_version_id"), q.version.id},
        {QStringLiteral("effective_from"), q.version.rules.effectiveFrom.toString(Qt::ISODate)},
        {QStringLiteral("meter_kind"), q.version.rules.meterKind == TariffVersion::MeterKind::Unit
                                           ? QStringLiteral("unit")
                                           : QStringLiteral("money")},
        {QStringLiteral("paid"), quote.paid.toString()},
        {QStringLiteral("fixed_charges"), quote.fixedCharges.toString()},
        {QStringLiteral("debt_recovered"), quote.debtRecovered.toString()},
        {QStringLiteral("energy"), quote.energy.toString()},
        {QStringLiteral("tax"), quote.tax.toString()},
        {QStringLiteral("units"), quote.units.toString()},
        {QStringLiteral("free_units"), quote.freeUnits.toString()},
        {QStringLiteral("money_credit"), quote.moneyCredit.toString()},
        {QStringLiteral("cycle_units_before"), q.input.cycleUnitsBefore.toString()},
        {QStringLiteral("cycle_units_after"), quote.cycleUnitsAfter.toString()},
        {QStringLiteral("fixed_months"), q.input.fixedChargeMonthsDue},
        {QStringLiteral("lines"), lines},
    };
}

} // namespace prepaydesk
