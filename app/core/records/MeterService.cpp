#include "records/MeterService.h"

#include "meter/MeterPorts.h"

#include "records/ChangeLog.h"
#include "records/Validation.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace prepaydesk {

namespace {

QVariant nullable(std::optional<qint64> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullable(std::optional<int> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> optionalInt(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<int>(q.value(column).toInt());
}

const QString meterColumns =
    QStringLiteral("SELECT m.id, m.serial, m.utility, m.model, m.protocol, m.carrier, m.sts_sgc, m.sts_tariff_index, "
                   "m.sts_key_revision, m.card_no, m.purchase_count, m.status, m.account_id, a.account_no, m.revision "
                   "FROM meters m LEFT JOIN accounts a ON a.id = m.account_id ");

Meter meterFrom(const QSqlQuery &r)
{
    Meter m;
    m.id = r.value(0).toLongLong();
    m.serial = r.value(1).toString();
    m.utility = Domain::parse<Utility>(r.value(2).toString()).value_or(Utility::Electricity);
    m.model = r.value(3).toString();
    m.protocol = r.value(4).toString();
    m.carrier = Domain::parse<Carrier>(r.value(5).toString()).value_or(Carrier::StsToken);
    m.stsSupplyGroupCode = optionalInt(r, 6);
    m.stsTariffIndex = optionalInt(r, 7);
    m.stsKeyRevision = optionalInt(r, 8);
    m.cardNo = r.value(9).toString();
    m.purchaseCount = r.value(10).toLongLong();
    m.status = Domain::parse<MeterStatus>(r.value(11).toString()).value_or(MeterStatus::InStock);
    if (!r.isNull(12))
        m.accountId = r.value(12).toLongLong();
    m.accountNo = r.value(13).toString();
    m.revision = r.value(14).toInt();
    return m;
}

const QStringList knownProtocols{QStringLiteral("sts"), QStringLiteral("dlt645"), QStringLiteral("cjt188"),
                                 QStringLiteral("modbus")};

const QStringList serialProtocols{QStringLiteral("dlt645"), QStringLiteral("cjt188"), QStringLiteral("modbus")};

} // namespace

MeterDraft Meter::draft() const
{
    MeterDraft d;
    d.serial = serial;
    d.utility = utility;
    d.model = model;
    d.protocol = protocol;
    d.carrier = carrier;
    d.stsSupplyGroupCode = stsSupplyGroupCode;
    d.stsTariffIndex = stsTariffIndex;
    d.stsKeyRevision = stsKeyRevision;
    d.cardNo = cardNo;
    return d;
}

MeterService::MeterService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QString MeterService::now() const
{
    return m_clock.now().toUTC().toString(Qt::ISODate);
}

MeterDraft MeterService::normalized(const MeterDraft &draft)
{
    MeterDraft d = draft;
    d.serial = Validation::normalizeText(d.serial).toUpper();
    d.model = Validation::normalizeText(d.model);
    d.protocol = Validation::normalizeText(d.protocol).toLower();
    d.cardNo = Validation::normalizeText(d.cardNo).toUpper();
    if (d.carrier == Carrier::StsToken && d.protocol.isEmpty())
        d.protocol = QStringLiteral("sts");
    if (d.carrier != Carrier::StsToken) {
        d.stsSupplyGroupCode.reset();
        d.stsTariffIndex.reset();
        d.stsKeyRevision.reset();
    }
    return d;
}

QList<Error> MeterService::validate(const MeterDraft &draft) const
{
    const MeterDraft d = normalized(draft);
    QList<Error> errors;
    if (auto e = Validation::checkIdentifier(d.serial, QStringLiteral("serial"), tr("meter serial"), true))
        errors << *e;
    if (d.model.size() > 60)
        errors << Error::invalid(tr("The model name has at most 60 characters."), QStringLiteral("model"));
    if (!d.protocol.isEmpty() && !knownProtocols.contains(d.protocol))
        errors << Error::invalid(tr("Unknown meter protocol %1; use one of %2.")
                                     .arg(d.protocol.left(20), knownProtocols.join(QStringLiteral(", "))),
                                 QStringLiteral("protocol"));
    if (d.carrier == Carrier::Serial && !serialProtocols.contains(d.protocol))
        errors << Error::invalid(tr("A serial meter needs its protocol: dlt645, cjt188 or modbus."),
                                 QStringLiteral("protocol"));
    if (d.carrier == Carrier::StsToken) {
        if (!d.stsSupplyGroupCode || *d.stsSupplyGroupCode < 0 || *d.stsSupplyGroupCode > 999999)
            errors << Error::invalid(tr("An STS meter needs its supply group code (6 digits)."),
                                     QStringLiteral("sts_sgc"));
        if (!d.stsTariffIndex || *d.stsTariffIndex < 0 || *d.stsTariffIndex > 99)
            errors << Error::invalid(tr("An STS meter needs its tariff index (0 to 99)."),
                                     QStringLiteral("sts_tariff_index"));
        if (!d.stsKeyRevision || *d.stsKeyRevision < 1 || *d.stsKeyRevision > 9)
            errors << Error::invalid(tr("An STS meter needs its key revision number (1 to 9)."),
                                     QStringLiteral("sts_key_revision"));
    }
    if (!d.cardNo.isEmpty() && d.carrier != Carrier::IcCard)
        errors << Error::invalid(tr("Only IC-card meters have a card number."), QStringLiteral("card_no"));
    if (auto e = Validation::checkIdentifier(d.cardNo, QStringLiteral("card_no"), tr("card number"), false))
        errors << *e;
    return errors;
}

Result<qint64> MeterService::registerMeter(const Operator &actor, const MeterDraft &draft)
{
    QSqlDatabase db = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto id = registerIn(db, actor, draft);
    if (!id)
        return id;
    if (Status s = t.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> MeterService::registerIn(const QSqlDatabase &db, const Operator &actor, const MeterDraft &draft)
{
    if (Status s = Access::require(actor, Permission::ManageMeters); !s) {
        // Cashiers register the meter of a new customer at the counter as part of opening the account.
        if (Status c = Access::require(actor, Permission::EditCustomers); !c)
            return s.error();
    }
    if (const QList<Error> errors = validate(draft); !errors.isEmpty())
        return errors.first();
    const MeterDraft d = normalized(draft);
    const QString at = now();
    auto ins =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO meters (serial, utility, model, protocol, carrier, sts_sgc, "
                                 "sts_tariff_index, sts_key_revision, card_no, status, created_at, created_by, "
                                 "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'in-stock', ?, ?, ?, ?)"),
                  {d.serial, Domain::code(d.utility), d.model, d.protocol, Domain::code(d.carrier),
                   nullable(d.stsSupplyGroupCode), nullable(d.stsTariffIndex), nullable(d.stsKeyRevision),
                   d.cardNo.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(d.cardNo), at, actor.id, at,
                   actor.id});
    if (!ins) {
        if (ins.error().code == Error::Code::Conflict) {
            auto dupSerial =
                Sql::scalar(db, QStringLiteral("SELECT count(*) FROM meters WHERE serial = ?"), {d.serial});
            if (dupSerial && dupSerial.value().toInt() > 0)
                return Error{Error::Code::Conflict, tr("A meter with serial %1 is already registered.").arg(d.serial),
                             QStringLiteral("serial")};
            return Error{Error::Code::Conflict, tr("The card number %1 belongs to another meter.").arg(d.cardNo),
                         QStringLiteral("card_no")};
        }
        return ins.error();
    }
    const qint64 id = ins.value().lastInsertId().toLongLong();
    if (Status s = logChange(
            db, actor, id, std::nullopt, QStringLiteral("register"),
            QJsonObject{{QStringLiteral("serial"), d.serial}, {QStringLiteral("carrier"), Domain::code(d.carrier)}});
        !s)
        return s.error();
    return id;
}

Status MeterService::update(const Operator &actor, qint64 meterId, const MeterDraft &draft, int expectedRevision)
{
    if (Status s = Access::require(actor, Permission::ManageMeters); !s)
        return s;
    if (const QList<Error> errors = validate(draft); !errors.isEmpty())
        return errors.first();
    const MeterDraft d = normalized(draft);
    QSqlDatabase db = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto before = get(meterId);
    if (!before)
        return before.error();
    if (before.value().revision != expectedRevision)
        return Error::make(Error::Code::Conflict, tr("Someone else changed this meter meanwhile; open it again."));
    if (before.value().utility != d.utility && before.value().status == MeterStatus::Installed)
        return Error::invalid(tr("An installed meter cannot change utility; remove it first."),
                              QStringLiteral("utility"));
    auto customer = customerOfAccount(db, before.value().accountId);
    if (!customer)
        return customer.error();
    QSet<QString> keys;
    if (customer.value()) {
        auto k = SearchIndex::currentKeys(db, *customer.value());
        if (!k)
            return k.error();
        keys = k.value();
    }
    auto upd =
        Sql::exec(db,
                  QStringLiteral("UPDATE meters SET serial = ?, utility = ?, model = ?, protocol = ?, carrier = ?, "
                                 "sts_sgc = ?, sts_tariff_index = ?, sts_key_revision = ?, card_no = ?, "
                                 "updated_at = ?, updated_by = ?, revision = revision + 1 "
                                 "WHERE id = ? AND revision = ?"),
                  {d.serial, Domain::code(d.utility), d.model, d.protocol, Domain::code(d.carrier),
                   nullable(d.stsSupplyGroupCode), nullable(d.stsTariffIndex), nullable(d.stsKeyRevision),
                   d.cardNo.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(d.cardNo), now(), actor.id,
                   meterId, expectedRevision});
    if (!upd)
        return upd.error().code == Error::Code::Conflict
                   ? Error{Error::Code::Conflict, tr("Another meter already has this serial or card number."),
                           QStringLiteral("serial")}
                   : upd.error();
    if (upd.value().numRowsAffected() != 1)
        return Error::make(Error::Code::Conflict, tr("Someone else changed this meter meanwhile; open it again."));
    const Meter &b = before.value();
    const QJsonObject changes = ChangeLog::diff({{QStringLiteral("serial"), b.serial},
                                                 {QStringLiteral("model"), b.model},
                                                 {QStringLiteral("protocol"), b.protocol},
                                                 {QStringLiteral("carrier"), Domain::code(b.carrier)},
                                                 {QStringLiteral("card_no"), b.cardNo},
                                                 {QStringLiteral("sts_sgc"), nullable(b.stsSupplyGroupCode)},
                                                 {QStringLiteral("sts_tariff_index"), nullable(b.stsTariffIndex)},
                                                 {QStringLiteral("sts_key_revision"), nullable(b.stsKeyRevision)}},
                                                {{QStringLiteral("serial"), d.serial},
                                                 {QStringLiteral("model"), d.model},
                                                 {QStringLiteral("protocol"), d.protocol},
                                                 {QStringLiteral("carrier"), Domain::code(d.carrier)},
                                                 {QStringLiteral("card_no"), d.cardNo},
                                                 {QStringLiteral("sts_sgc"), nullable(d.stsSupplyGroupCode)},
                                                 {QStringLiteral("sts_tariff_index"), nullable(d.stsTariffIndex)},
                                                 {QStringLiteral("sts_key_revision"), nullable(d.stsKeyRevision)}});
    if (Status s = logChange(db, actor, meterId, customer.value(), QStringLiteral("update"), changes); !s)
        return s;
    if (customer.value()) {
        if (Status s = SearchIndex::refresh(db, *customer.value(), keys); !s)
            return s;
    }
    return t.commit();
}

Status MeterService::install(const Operator &actor, qint64 meterId, qint64 accountId,
                             std::optional<qint64> registerMilli, const QString &note)
{
    QSqlDatabase db = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    if (Status s = installIn(db, actor, meterId, accountId, registerMilli, note); !s)
        return s;
    return t.commit();
}

Status MeterService::installIn(const QSqlDatabase &db, const Operator &actor, qint64 meterId, qint64 accountId,
                               std::optional<qint64> registerMilli, const QString &note)
{
    if (Status s = Access::require(actor, Permission::ManageMeters); !s) {
        if (Status c = Access::require(actor, Permission::EditCustomers); !c)
            return s;
    }
    auto meter = get(meterId);
    if (!meter)
        return meter.error();
    const Meter &m = meter.value();
    if (m.status == MeterStatus::Installed)
        return Error::make(Error::Code::Conflict,
                           tr("Meter %1 is already installed on account %2.").arg(m.serial, m.accountNo));
    if (m.status == MeterStatus::Faulty)
        return Error::make(Error::Code::Invalid,
                           tr("Meter %1 is marked faulty and cannot be installed.").arg(m.serial));
    auto account = Sql::exec(db, QStringLiteral("SELECT customer_id, utility, account_no FROM accounts WHERE id = ?"),
                             {accountId});
    if (!account)
        return account.error();
    if (!account.value().next())
        return Error::make(Error::Code::NotFound, tr("There is no such account."));
    const qint64 customerId = account.value().value(0).toLongLong();
    if (account.value().value(1).toString() != Domain::code(m.utility))
        return Error::invalid(
            tr("Meter %1 measures %2 but account %3 is for %4.")
                .arg(m.serial, Domain::name(m.utility).toLower(), account.value().value(2).toString(),
                     Domain::name(*Domain::parse<Utility>(account.value().value(1).toString())).toLower()),
            QStringLiteral("account"));
    auto occupied = Sql::exec(
        db, QStringLiteral("SELECT serial FROM meters WHERE account_id = ? AND status = 'installed'"), {accountId});
    if (!occupied)
        return occupied.error();
    if (occupied.value().next())
        return Error::make(Error::Code::Conflict,
                           tr("Account %1 already has meter %2; replace it instead.")
                               .arg(account.value().value(2).toString(), occupied.value().value(0).toString()));
    auto keys = SearchIndex::currentKeys(db, customerId);
    if (!keys)
        return keys.error();
    auto upd = Sql::exec(db,
                         QStringLiteral("UPDATE meters SET status = 'installed', account_id = ?, updated_at = ?, "
                                        "updated_by = ?, revision = revision + 1 WHERE id = ?"),
                         {accountId, now(), actor.id, meterId});
    if (!upd)
        return upd.error();
    if (Status s = addEvent(db, actor, meterId, MeterEventKind::Install, accountId, std::nullopt, std::nullopt,
                            registerMilli, note);
        !s)
        return s;
    if (Status s = logChange(db, actor, meterId, customerId, QStringLiteral("install"),
                             QJsonObject{{QStringLiteral("serial"), m.serial},
                                         {QStringLiteral("account_no"), account.value().value(2).toString()}});
        !s)
        return s;
    return SearchIndex::refresh(db, customerId, keys.value());
}

Status MeterService::replace(const Operator &actor, qint64 oldMeterId, qint64 newMeterId,
                             std::optional<qint64> finalRegisterMilli, const QString &note)
{
    if (Status s = Access::require(actor, Permission::ManageMeters); !s)
        return s;
    QSqlDatabase db = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto installed = loadInstalled(db, oldMeterId, tr("Meter %1 is not installed, so there is nothing to replace."));
    if (!installed)
        return installed.error();
    auto newMeter = get(newMeterId);
    if (!newMeter)
        return newMeter.error();
    const Meter &o = installed->meter;
    const Meter &n = newMeter.value();
    if (n.status != MeterStatus::InStock && n.status != MeterStatus::Removed)
        return Error::make(Error::Code::Conflict, tr("Meter %1 is not in stock.").arg(n.serial));
    if (n.utility != o.utility)
        return Error::invalid(tr("Meter %1 measures another utility than meter %2.").arg(n.serial, o.serial));
    const qint64 accountId = *o.accountId;
    if (Status s = takeOut(db, actor, oldMeterId); !s)
        return s;
    if (auto q = Sql::exec(db,
                           QStringLiteral("UPDATE meters SET status = 'installed', account_id = ?, updated_at = ?, "
                                          "updated_by = ?, revision = revision + 1 WHERE id = ?"),
                           {accountId, now(), actor.id, newMeterId});
        !q)
        return q.error();
    if (Status s = addEvent(db, actor, oldMeterId, MeterEventKind::Remove, std::nullopt, accountId, newMeterId,
                            finalRegisterMilli, note);
        !s)
        return s;
    if (Status s = addEvent(db, actor, newMeterId, MeterEventKind::Replace, accountId, std::nullopt, oldMeterId,
                            std::nullopt, note);
        !s)
        return s;
    if (Status s = logChange(db, actor, newMeterId, installed->customerId, QStringLiteral("replace"),
                             QJsonObject{{QStringLiteral("old_serial"), o.serial},
                                         {QStringLiteral("new_serial"), n.serial},
                                         {QStringLiteral("account_no"), o.accountNo}});
        !s)
        return s;
    if (Status s = refreshKeys(db, installed.value()); !s)
        return s;
    return t.commit();
}

Status MeterService::remove(const Operator &actor, qint64 meterId, std::optional<qint64> finalRegisterMilli,
                            const QString &note)
{
    if (Status s = Access::require(actor, Permission::ManageMeters); !s)
        return s;
    QSqlDatabase db = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto installed = loadInstalled(db, meterId, tr("Meter %1 is not installed."));
    if (!installed)
        return installed.error();
    const Meter &m = installed->meter;
    if (Status s = takeOut(db, actor, meterId); !s)
        return s;
    if (Status s = addEvent(db, actor, meterId, MeterEventKind::Remove, std::nullopt, m.accountId, std::nullopt,
                            finalRegisterMilli, note);
        !s)
        return s;
    if (Status s =
            logChange(db, actor, meterId, installed->customerId, QStringLiteral("remove"),
                      QJsonObject{{QStringLiteral("serial"), m.serial}, {QStringLiteral("account_no"), m.accountNo}});
        !s)
        return s;
    if (Status s = refreshKeys(db, installed.value()); !s)
        return s;
    return t.commit();
}

Status MeterService::transfer(const Operator &actor, qint64 meterId, qint64 toAccountId, const QString &note)
{
    if (Status s = Access::require(actor, Permission::ManageMeters); !s)
        return s;
    QSqlDatabase db = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto installed = loadInstalled(db, meterId, tr("Meter %1 is not installed, so it cannot be transferred."));
    if (!installed)
        return installed.error();
    const Meter &m = installed->meter;
    if (*m.accountId == toAccountId)
        return Error::invalid(tr("The meter is already on that account."), QStringLiteral("account"));
    auto target = Sql::exec(db, QStringLiteral("SELECT customer_id, utility, account_no FROM accounts WHERE id = ?"),
                            {toAccountId});
    if (!target)
        return target.error();
    if (!target.value().next())
        return Error::make(Error::Code::NotFound, tr("There is no such account."));
    if (target.value().value(1).toString() != Domain::code(m.utility))
        return Error::invalid(tr("Account %1 is for another utility.").arg(target.value().value(2).toString()),
                              QStringLiteral("account"));
    const qint64 toCustomer = target.value().value(0).toLongLong();
    const QString toAccountNo = target.value().value(2).toString();
    auto occupied = Sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM meters WHERE account_id = ? AND status = 'installed'"), {toAccountId});
    if (!occupied)
        return occupied.error();
    if (occupied.value().toInt() > 0)
        return Error::make(Error::Code::Conflict, tr("Account %1 already has a meter installed.").arg(toAccountNo));
    auto toKeys = SearchIndex::currentKeys(db, toCustomer);
    if (!toKeys)
        return toKeys.error();
    if (auto q = Sql::exec(db,
                           QStringLiteral("UPDATE meters SET account_id = ?, updated_at = ?, updated_by = ?, "
                                          "revision = revision + 1 WHERE id = ?"),
                           {toAccountId, now(), actor.id, meterId});
        !q)
        return q.error();
    if (Status s = addEvent(db, actor, meterId, MeterEventKind::Transfer, toAccountId, m.accountId, std::nullopt,
                            std::nullopt, note);
        !s)
        return s;
    const QJsonObject details{{QStringLiteral("serial"), m.serial},
                              {QStringLiteral("from_account_no"), m.accountNo},
                              {QStringLiteral("to_account_no"), toAccountNo}};
    if (Status s = logChange(db, actor, meterId, installed->customerId, QStringLiteral("transfer-out"), details); !s)
        return s;
    if (Status s = logChange(db, actor, meterId, toCustomer, QStringLiteral("transfer-in"), details); !s)
        return s;
    if (Status s = refreshKeys(db, installed.value()); !s)
        return s;
    if (Status s = SearchIndex::refresh(db, toCustomer, toKeys.value()); !s)
        return s;
    return t.commit();
}

Result<Meter> MeterService::get(qint64 meterId) const
{
    auto q = Sql::exec(m_db.connection(), meterColumns + QStringLiteral("WHERE m.id = ?"), {meterId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, tr("There is no meter with id %1.").arg(meterId));
    return meterFrom(q.value());
}

Result<std::optional<qint64>> MeterService::idBySerial(const QString &serial) const
{
    auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT id FROM meters WHERE serial = ?"),
                       {Validation::normalizeText(serial).toUpper()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Result<QString> MeterService::serialByAddress(const QString &protocol, const QString &address) const
{
    const QString wanted = MeterPorts::addressOf(protocol, address);
    if (wanted.isEmpty())
        return QString();
    // A meter's number may carry letters around the address digits: compare as addresses.
    auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT serial FROM meters WHERE protocol = ? ORDER BY id"),
                       {protocol});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString serial = q.value().value(0).toString();
        if (MeterPorts::addressOf(protocol, serial) == wanted)
            return serial;
    }
    return QString();
}

Result<QList<Meter>> MeterService::metersOfCustomer(qint64 customerId) const
{
    auto q = Sql::exec(m_db.connection(), meterColumns + QStringLiteral("WHERE a.customer_id = ? ORDER BY m.utility"),
                       {customerId});
    if (!q)
        return q.error();
    QList<Meter> list;
    while (q.value().next())
        list << meterFrom(q.value());
    return list;
}

namespace {

const QString eventColumns =
    QStringLiteral("SELECT e.id, e.meter_id, m.serial, e.kind, a.account_no, fa.account_no, rm.serial, "
                   "e.register_milli, e.note, e.at, "
                   "o.display_name FROM meter_events e JOIN meters m ON m.id = e.meter_id "
                   "LEFT JOIN accounts a ON a.id = e.account_id LEFT JOIN accounts fa ON fa.id = e.from_account_id "
                   "LEFT JOIN meters rm ON rm.id = e.related_meter_id JOIN operators o ON o.id = e.operator_id ");

Result<QList<MeterEvent>> eventsFrom(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<MeterEvent> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        MeterEvent e;
        e.id = r.value(0).toLongLong();
        e.meterId = r.value(1).toLongLong();
        e.meterSerial = r.value(2).toString();
        e.kind = Domain::parse<MeterEventKind>(r.value(3).toString()).value_or(MeterEventKind::Install);
        e.accountNo = r.value(4).toString();
        e.fromAccountNo = r.value(5).toString();
        e.relatedMeterSerial = r.value(6).toString();
        if (!r.isNull(7))
            e.registerMilli = r.value(7).toLongLong();
        e.note = r.value(8).toString();
        e.at = QDateTime::fromString(r.value(9).toString(), Qt::ISODate);
        e.operatorName = r.value(10).toString();
        list << e;
    }
    return list;
}

} // namespace

Result<QList<MeterEvent>> MeterService::eventsOfCustomer(qint64 customerId) const
{
    return eventsFrom(
        Sql::exec(m_db.connection(),
                  eventColumns + QStringLiteral("WHERE e.account_id IN (SELECT id FROM accounts WHERE "
                                                "customer_id = ?) OR e.from_account_id IN (SELECT id "
                                                "FROM accounts WHERE customer_id = ?) ORDER BY e.id DESC"),
                  {customerId, customerId}));
}

Result<QList<MeterEvent>> MeterService::eventsOfMeter(qint64 meterId) const
{
    return eventsFrom(Sql::exec(m_db.connection(),
                                eventColumns + QStringLiteral("WHERE e.meter_id = ? ORDER BY e.id DESC"), {meterId}));
}

Result<MeterService::Installed> MeterService::loadInstalled(const QSqlDatabase &db, qint64 meterId,
                                                            const QString &notInstalled) const
{
    auto meter = get(meterId);
    if (!meter)
        return meter.error();
    if (meter->status != MeterStatus::Installed || !meter->accountId)
        return Error::make(Error::Code::Invalid, notInstalled.arg(meter->serial));
    auto customer = customerOfAccount(db, meter->accountId);
    if (!customer)
        return customer.error();
    auto keys = SearchIndex::currentKeys(db, customer.value().value_or(0));
    if (!keys)
        return keys.error();
    return Installed{meter.value(), customer.value(), keys.value()};
}

Status MeterService::takeOut(const QSqlDatabase &db, const Operator &actor, qint64 meterId)
{
    auto q = Sql::exec(db,
                       QStringLiteral("UPDATE meters SET status = 'removed', account_id = NULL, updated_at = ?, "
                                      "updated_by = ?, revision = revision + 1 WHERE id = ?"),
                       {now(), actor.id, meterId});
    if (!q)
        return q.error();
    return {};
}

Status MeterService::refreshKeys(const QSqlDatabase &db, const Installed &before)
{
    if (!before.customerId)
        return {};
    return SearchIndex::refresh(db, *before.customerId, before.keys);
}

Status MeterService::addEvent(const QSqlDatabase &db, const Operator &actor, qint64 meterId, MeterEventKind kind,
                              std::optional<qint64> accountId, std::optional<qint64> fromAccountId,
                              std::optional<qint64> relatedMeterId, std::optional<qint64> registerMilli,
                              const QString &note)
{
    if (note.size() > 500)
        return Error::invalid(tr("The note has at most 500 characters."), QStringLiteral("note"));
    auto q =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO meter_events (meter_id, kind, account_id, from_account_id, "
                                 "related_meter_id, register_milli, note, at, operator_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {meterId, Domain::code(kind), nullable(accountId), nullable(fromAccountId), nullable(relatedMeterId),
                   nullable(registerMilli), Validation::normalizeText(note), now(), actor.id});
    if (!q)
        return q.error();
    return {};
}

Status MeterService::logChange(const QSqlDatabase &db, const Operator &actor, qint64 meterId,
                               std::optional<qint64> customerId, const QString &action, const QJsonObject &details)
{
    return ChangeLog::record(db, actor, m_clock.now(), QStringLiteral("meter"), meterId, customerId, action, details);
}

Result<std::optional<qint64>> MeterService::customerOfAccount(const QSqlDatabase &db,
                                                              std::optional<qint64> accountId) const
{
    if (!accountId)
        return std::optional<qint64>();
    auto v = Sql::scalar(db, QStringLiteral("SELECT customer_id FROM accounts WHERE id = ?"), {*accountId});
    if (!v)
        return v.error();
    return std::optional<qint64>(v.value().toLongLong());
}

} // namespace prepaydesk
