#include "card/CardService.h"

#include "card/CardKeys.h"
#include "card/PrepayCardFormat.h"
#include "security/Kdf.h"
#include "security/KeyVault.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tariff/TariffService.h"
#include "util/Clock.h"
#include "vending/Outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <tuple>

namespace prepaydesk {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The SLE4442 transport code every blank card leaves the factory with (Infineon SLE 4442 data
// sheet: "the PSC is set to FF FF FF on delivery").
const QByteArray transportPsc = QByteArray::fromHex("FFFFFF");

// The utility code of a PrepayDesk card before its MAC is checked (docs/card-format.md: issuer
// block bytes 08-0A, packed BCD after the "PDCF" magic), only to name another utility's card.
QString unverifiedUtility(const QByteArray &area)
{
    if (area.size() < 11 || !area.startsWith("PDCF"))
        return {};
    const QString digits = QString::fromLatin1(area.mid(8, 3).toHex());
    for (const QChar c : digits) {
        if (!c.isDigit())
            return {};
    }
    return digits;
}

} // namespace

CardService::CardService(Database &db, const Clock &clock, KeyVault &vault, QList<const CardDriver *> drivers,
                         const CardFormat &format, Connector connector)
    : m_db(db)
    , m_clock(clock)
    , m_vault(vault)
    , m_drivers(std::move(drivers))
    , m_format(format)
    , m_connector(std::move(connector))
{}

QString CardService::kindCode(CardKind kind)
{
    switch (kind) {
    case CardKind::User:
        return QStringLiteral("user");
    case CardKind::Setup:
        return QStringLiteral("setup");
    case CardKind::Check:
        return QStringLiteral("check");
    case CardKind::Clear:
        return QStringLiteral("clear");
    case CardKind::Tool:
        return QStringLiteral("tool");
    }
    return {};
}

Result<SecretBytes> CardService::cardKey() const
{
    return m_vault.cardKey();
}

Result<QString> CardService::utilityCode() const
{
    auto keys = m_vault.cardKeys();
    if (!keys)
        return keys.error();
    if (keys->isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("There is no card key in the key vault: an administrator adds the utility's card key "
                              "under Settings, Key vault."));
    return keys->last().utilityCode;
}

Result<CardAccess> CardService::access(const QByteArray &serial, bool lastTryApproved) const
{
    auto key = cardKey();
    if (!key)
        return key.error();
    auto psc = CardKeys::psc(key->bytes(), serial);
    if (!psc)
        return psc.error();
    auto master = CardKeys::cpuMaster(key->bytes());
    if (!master)
        return master.error();
    CardAccess a;
    a.psc = psc->bytes();
    a.masterKey = master->bytes();
    a.lastTryApproved = lastTryApproved;
    return a;
}

Result<OpenedCard> CardService::open() const
{
    auto channel = m_connector();
    if (!channel)
        return channel.error();
    const QByteArray atr = channel.value()->atr();
    const CardDriver *driver = nullptr;
    for (const CardDriver *d : m_drivers) {
        if (d->recognises(atr)) {
            driver = d;
            break;
        }
    }
    if (!driver)
        return Error::invalid(tr("The card in the reader is not a kind PrepayDesk can use (its answer to reset is %1). "
                                 "Check the card is the right way up, or use an SLE4442 or PrepayDesk CPU card.")
                                  .arg(QString::fromLatin1(atr.toHex(' ').toUpper())));
    OpenedCard card;
    card.channel = std::move(channel).value();
    auto memory = driver->open(*card.channel);
    if (!memory)
        return memory.error();
    card.memory = std::move(memory).value();
    card.chip = card.memory->cardType();
    card.serial = card.memory->serial();
    card.blank = card.memory->isBlank();
    if (!card.blank) {
        auto area = card.memory->read(0, m_format.size());
        if (!area)
            return area.error();
        card.area = area.value();
    }
    return card;
}

Result<CardSummary> CardService::summarise(const OpenedCard &card) const
{
    CardSummary s;
    s.reader = card.channel->readerName();
    s.chip = card.chip;
    s.serial = hex(card.serial);
    s.blank = card.blank;
    if (auto tries = card.memory->triesLeft())
        s.triesLeft = tries.value();
    if (card.blank)
        return s;
    auto key = cardKey();
    if (!key)
        return key.error();
    auto image = m_format.read(card.area, card.serial, key->bytes());
    if (!image) {
        s.problem = image.error();
        // A card sealed under another utility's key fails its MAC: say whose it is when the
        // (unverified) utility code shows it is not ours.
        auto ours = utilityCode();
        const QString theirs = unverifiedUtility(card.area);
        if (ours && !theirs.isEmpty() && theirs != ours.value() &&
            PrepayCardFormat::problem(image.error()) == PrepayCardFormat::Problem::Altered)
            s.problem =
                Error::make(Error::Code::Conflict,
                            tr("This card belongs to utility %1, not to this utility (%2).").arg(theirs, ours.value()));
    } else {
        s.image = image.value();
        auto ours = utilityCode();
        if (ours && image->utility != ours.value())
            s.problem = Error::make(
                Error::Code::Conflict,
                tr("This card belongs to utility %1, not to this utility (%2).").arg(image->utility, ours.value()));
    }
    // What the records say about this serial.
    auto q = Sql::exec(m_db.connection(),
                       QStringLiteral("SELECT c.id, c.status, c.status_reason, c.meter_id, m.serial, a.account_no, "
                                      "cu.name, c.purchase_count FROM cards c "
                                      "LEFT JOIN meters m ON m.id = c.meter_id "
                                      "LEFT JOIN accounts a ON a.id = m.account_id "
                                      "LEFT JOIN customers cu ON cu.id = a.customer_id WHERE c.serial = ?"),
                       {s.serial});
    if (!q)
        return q.error();
    if (q.value().next()) {
        const QSqlQuery &r = q.value();
        s.cardId = r.value(0).toLongLong();
        s.status = r.value(1).toString();
        s.statusReason = r.value(2).toString();
        if (!r.value(3).isNull())
            s.meterId = r.value(3).toLongLong();
        s.meterSerial = r.value(4).toString();
        s.accountNo = r.value(5).toString();
        s.customerName = r.value(6).toString();
        const qint64 recorded = r.value(7).toLongLong();
        if (s.image && !s.problem && s.image->kind == CardKind::User) {
            if (s.image->purchaseCount < recorded)
                s.problem = Error::make(Error::Code::Conflict,
                                        tr("This card shows purchase %1, but purchase %2 was written onto it: it is an "
                                           "old copy of the card. Keep it and call a supervisor.")
                                            .arg(s.image->purchaseCount)
                                            .arg(recorded));
            else if (s.image->purchaseCount > recorded)
                s.problem = Error::make(Error::Code::Conflict,
                                        tr("This card shows purchase %1, but the records end at purchase %2. Keep the "
                                           "card and call a supervisor.")
                                            .arg(s.image->purchaseCount)
                                            .arg(recorded));
        }
        if (!s.problem && s.status == QLatin1String("blacklisted"))
            s.problem =
                Error::make(Error::Code::Forbidden,
                            tr("This card is blacklisted (%1). It cannot be used; the meter has a replacement card.")
                                .arg(s.statusReason.isEmpty() ? tr("no reason given") : s.statusReason));
    }
    if (s.image && s.image->kind == CardKind::User && s.image->credit > 0) {
        const CardWriteBack &wb = s.image->writeBack;
        s.creditWaiting = !wb.present || wb.loadedCount < s.image->purchaseCount;
    }
    return s;
}

Result<CardSummary> CardService::read(const Operator &actor)
{
    auto card = open();
    if (!card)
        return card.error();
    auto s = summarise(card.value());
    if (!s)
        return s;
    if (Status r = recordWriteBack(actor, s.value()); !r)
        return r.error();
    return s;
}

Status CardService::recordWriteBack(const Operator &actor, const CardSummary &s)
{
    if (!s.image || s.problem || !s.image->writeBack.present || !s.meterId || s.cardId == 0)
        return {};
    const CardWriteBack &wb = s.image->writeBack;
    QSqlDatabase c = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto last = Sql::scalar(c, QStringLiteral("SELECT COALESCE(loaded_count, -1) FROM cards WHERE id = ?"), {s.cardId});
    if (!last)
        return last.error();
    const bool news = last.value().toLongLong() != qint64(wb.loadedCount);
    if (auto u =
            Sql::exec(c, QStringLiteral("UPDATE cards SET loaded_count = ? WHERE id = ?"), {wb.loadedCount, s.cardId});
        !u)
        return u.error();
    // The meter's own purchase count is what it loaded.
    if (auto u = Sql::exec(c, QStringLiteral("UPDATE meters SET purchase_count = MAX(purchase_count, ?) WHERE id = ?"),
                           {wb.loadedCount, *s.meterId});
        !u)
        return u.error();
    for (const auto &[date, milli] : wb.readings) {
        if (!date.isValid())
            continue;
        if (auto u = Sql::exec(c,
                               QStringLiteral("INSERT OR IGNORE INTO readings (meter_id, read_at, register_milli, "
                                              "source) VALUES (?, ?, ?, 'card')"),
                               {*s.meterId, iso(QDateTime(date, QTime(0, 0), Qt::UTC)), milli});
            !u)
            return u.error();
    }
    const QDateTime now = m_clock.now();
    const QDateTime at = wb.at.isValid() ? wb.at : now;
    const QList<std::pair<QString, bool>> alarms = {{QStringLiteral("valve-closed"), wb.valveClosed},
                                                    {QStringLiteral("leak"), wb.leak},
                                                    {QStringLiteral("tamper"), wb.tamper},
                                                    {QStringLiteral("low-battery"), wb.lowBattery},
                                                    {QStringLiteral("alarm"), wb.alarm}};
    for (const auto &[kind, raised] : alarms) {
        auto u = raised ? Sql::exec(c,
                                    QStringLiteral("INSERT OR IGNORE INTO meter_alarms (meter_id, kind, source, "
                                                   "raised_at) VALUES (?, ?, 'card', ?)"),
                                    {*s.meterId, kind, iso(at)})
                        : Sql::exec(c,
                                    QStringLiteral("UPDATE meter_alarms SET cleared_at = ? WHERE meter_id = ? AND "
                                                   "kind = ? AND cleared_at IS NULL"),
                                    {iso(at), *s.meterId, kind});
        if (!u)
            return u.error();
    }
    if (news) {
        const QJsonObject details{{QStringLiteral("loaded_count"), qint64(wb.loadedCount)},
                                  {QStringLiteral("remaining"), wb.remaining},
                                  {QStringLiteral("cumulative_milli"), wb.cumulativeMilli},
                                  {QStringLiteral("meter_time"), iso(at)}};
        if (Status e = addEvent(s.cardId, QStringLiteral("read"), wb.loadedCount, details, now, actor); !e)
            return e;
    }
    return t.commit();
}

Status CardService::writeAndVerify(CardMemory &memory, const QByteArray &area)
{
    if (Status w = memory.write(0, area); !w)
        return w;
    auto back = memory.read(0, int(area.size()));
    if (!back)
        return back.error();
    if (back.value() != area)
        return Error::make(Error::Code::Io, tr("The card did not keep what was written (the read-back differs). "
                                               "Put it back in the reader and try again."));
    return {};
}

Result<OpenedCard> CardService::writeFresh(const CardImage &image, bool confirmed)
{
    auto card = open();
    if (!card)
        return card.error();
    if (Status fresh = checkFresh(card.value()); !fresh)
        return fresh.error();
    if (Status w = personaliseAndWrite(card.value(), image, confirmed); !w)
        return w.error();
    return card;
}

Status CardService::personaliseAndWrite(OpenedCard &card, const CardImage &image, bool confirmed)
{
    if (!confirmed)
        return Error::invalid(tr("Writing a new card cannot be undone: confirm it first."), QStringLiteral("confirm"));
    auto key = cardKey();
    if (!key)
        return key.error();
    if (card.blank) {
        const QByteArray serial = crypto::randomBytes(8);
        if (serial.size() != 8)
            return Error::make(Error::Code::Io, tr("No random source for the card serial."));
        auto access = this->access(serial);
        if (!access)
            return access.error();
        CardAccess transport;
        transport.psc = transportPsc;
        transport.masterKey = access->masterKey; // CPU cards come with keys from the master
        if (Status p = card.memory->personalise(serial, transport, access.value()); !p)
            return p.error();
        card.serial = card.memory->serial();
        card.blank = false;
    }
    auto access = this->access(card.serial);
    if (!access)
        return access.error();
    if (Status u = card.memory->unlock(access.value()); !u)
        return u.error();
    auto area = m_format.write(image, card.serial, key->bytes());
    if (!area)
        return area.error();
    if (Status w = writeAndVerify(*card.memory, area.value()); !w)
        return w.error();
    card.area = area.value();
    return {};
}

Result<CreditUnit> CardService::unitOfMeter(qint64 meterId) const
{
    // A money meter keeps yuan, a unit meter kWh or m3: the tariff in force says which, and a
    // meter refuses a card in the other unit.
    auto tariff = Sql::scalar(m_db.connection(),
                              QStringLiteral("SELECT a.tariff_id FROM meters m JOIN accounts a ON a.id = m.account_id "
                                             "WHERE m.id = ? AND a.tariff_id IS NOT NULL"),
                              {meterId});
    if (!tariff)
        return tariff.error().code == Error::Code::NotFound
                   ? Error::invalid(tr("The account of meter %1 has no tariff: give it one first.").arg(meterId))
                   : tariff.error();
    auto version = TariffService(m_db, m_clock).versionAt(tariff->toLongLong(), m_clock.now().toLocalTime().date());
    if (!version)
        return version.error();
    return version->rules.meterKind == TariffVersion::MeterKind::Money ? CreditUnit::Money : CreditUnit::Units;
}

Result<CardSummary> CardService::issue(const Operator &actor, qint64 meterId, bool confirmed)
{
    if (Status s = Access::require(actor, Permission::Vend); !s)
        return s.error();
    auto utility = utilityCode();
    if (!utility)
        return utility.error();
    auto m = Sql::exec(m_db.connection(),
                       QStringLiteral("SELECT m.serial, m.carrier, m.status, m.purchase_count, a.account_no, "
                                      "(SELECT serial FROM cards WHERE meter_id = m.id AND status = 'active' "
                                      "AND kind = 'user') FROM meters m LEFT JOIN accounts a ON a.id = m.account_id "
                                      "WHERE m.id = ?"),
                       {meterId});
    if (!m)
        return m.error();
    if (!m.value().next())
        return Error::make(Error::Code::NotFound, tr("There is no meter %1.").arg(meterId));
    const QSqlQuery &r = m.value();
    const QString meterSerial = r.value(0).toString();
    if (r.value(1).toString() != QLatin1String("ic-card"))
        return Error::invalid(tr("Meter %1 does not take IC cards.").arg(meterSerial));
    if (r.value(2).toString() != QLatin1String("installed"))
        return Error::invalid(tr("Meter %1 is not installed for a customer; install it first.").arg(meterSerial));
    if (!r.value(5).isNull())
        return Error::make(Error::Code::Conflict,
                           tr("Meter %1 already has card %2 in use. For a lost or damaged card, issue a replacement.")
                               .arg(meterSerial, r.value(5).toString()));
    CardImage image;
    image.kind = CardKind::User;
    image.utility = utility.value();
    image.meter = meterSerial;
    image.customer = r.value(4).toString();
    image.purchaseCount = quint32(r.value(3).toLongLong());
    auto unit = unitOfMeter(meterId);
    if (!unit)
        return unit.error();
    image.unit = unit.value();

    auto card = writeFresh(image, confirmed);
    if (!card)
        return card.error();
    const QString newSerial = hex(card->serial);
    const QDateTime now = m_clock.now();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    QSqlDatabase c = m_db.connection();
    auto ins = Sql::exec(c,
                         QStringLiteral("INSERT INTO cards (serial, chip, kind, meter_id, purchase_count, issued_at, "
                                        "issued_by) VALUES (?, ?, 'user', ?, ?, ?, ?)"),
                         {newSerial, card->chip, meterId, image.purchaseCount, iso(now), actor.id});
    if (!ins)
        return ins.error();
    const qint64 cardId = ins.value().lastInsertId().toLongLong();
    if (Status e = addEvent(cardId, QStringLiteral("issue"), image.purchaseCount,
                            {{QStringLiteral("meter"), meterSerial}, {QStringLiteral("chip"), card->chip}}, now, actor);
        !e)
        return e.error();
    if (auto u = Sql::exec(c, QStringLiteral("UPDATE meters SET card_no = ? WHERE id = ?"), {newSerial, meterId}); !u)
        return u.error();
    if (Status s = t.commit(); !s)
        return s.error();
    return summarise(card.value());
}

Status CardService::checkFresh(const OpenedCard &card) const
{
    if (card.blank)
        return {};
    // A card PrepayDesk gave a serial but no data yet (its write was interrupted) may be used.
    auto known =
        Sql::scalar(m_db.connection(), QStringLiteral("SELECT status FROM cards WHERE serial = ?"), {hex(card.serial)});
    if (known)
        return Error::make(
            Error::Code::Conflict,
            known->toString() == QLatin1String("blacklisted")
                ? tr("Card %1 is blacklisted; it cannot be issued again. Use a blank card.").arg(hex(card.serial))
                : tr("Card %1 is already issued. Use a blank card.").arg(hex(card.serial)));
    if (known.error().code != Error::Code::NotFound)
        return known.error();
    if (card.area != QByteArray(card.area.size(), '\xFF'))
        return Error::make(Error::Code::Conflict, tr("This card is not blank: it holds data this console did not "
                                                     "write. Use a blank card."));
    return {};
}

Result<CardSummary> CardService::checkSecurityCode(const Operator &actor, const Operator &approver,
                                                   const QString &reason)
{
    if (Status s = Access::require(actor, Permission::Vend); !s)
        return s.error();
    if (Status s = checkApproval(actor, approver, reason); !s)
        return s.error();
    auto card = open();
    if (!card)
        return card.error();
    if (card->blank)
        return Error::invalid(tr("A blank card has no security code of PrepayDesk's to check."));
    auto known =
        Sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM cards WHERE serial = ?"), {hex(card->serial)});
    if (!known)
        return known.error().code == Error::Code::NotFound
                   ? Error::make(Error::Code::NotFound,
                                 tr("Card %1 is not in this console's records.").arg(hex(card->serial)))
                   : known.error();
    auto access = this->access(card->serial, true);
    if (!access)
        return access.error();
    if (Status u = card->memory->unlock(access.value()); !u)
        return u.error();
    const QJsonObject details{{QStringLiteral("security_code_checked"), true},
                              {QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("approved_by"), approver.id},
                              {QStringLiteral("approver"), approver.displayName}};
    if (Status e = addEvent(known->toLongLong(), QStringLiteral("read"), std::nullopt, details, m_clock.now(), actor);
        !e)
        return e.error();
    return summarise(card.value());
}

Status CardService::addEvent(qint64 cardId, const QString &kind, std::optional<quint32> count,
                             const QJsonObject &details, const QDateTime &at, const Operator &actor)
{
    auto u =
        Sql::exec(m_db.connection(),
                  QStringLiteral("INSERT INTO card_events (card_id, kind, purchase_count, details, at, operator_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                  {cardId, kind, count ? QVariant(qint64(*count)) : QVariant(QMetaType(QMetaType::LongLong)),
                   json(details), iso(at), actor.id});
    if (!u)
        return u.error();
    // For the central server, as every change the console makes (DESIGN.md, Sync).
    auto serial = Sql::scalar(m_db.connection(), QStringLiteral("SELECT serial FROM cards WHERE id = ?"), {cardId});
    if (!serial)
        return serial.error();
    QJsonObject payload = details;
    payload.insert(QStringLiteral("card"), serial->toString());
    if (count)
        payload.insert(QStringLiteral("purchase_count"), qint64(*count));
    payload.insert(QStringLiteral("operator"), actor.id);
    return Outbox::add(m_db, QStringLiteral("card.") + kind, payload, at);
}

Status CardService::checkApproval(const Operator &actor, const Operator &approver, const QString &reason) const
{
    if (approver.id == actor.id)
        return Error::make(
            Error::Code::Forbidden,
            tr("%1 cannot approve their own request: another supervisor must log in.").arg(actor.displayName));
    if (!Access::allows(approver.role, Permission::ApproveReversal))
        return Error::make(Error::Code::Forbidden,
                           tr("%1 cannot approve this; a supervisor must log in.").arg(approver.displayName));
    if (reason.trimmed().size() < 3)
        return Error::invalid(tr("Give the reason; it is kept with the approval."), QStringLiteral("reason"));
    return {};
}

Result<CardSummary> CardService::replace(const Operator &actor, const Operator &approver, qint64 meterId,
                                         const QString &reason, bool confirmed)
{
    if (Status s = Access::require(actor, Permission::Vend); !s)
        return s.error();
    if (Status s = checkApproval(actor, approver, reason); !s)
        return s.error();
    QSqlDatabase c = m_db.connection();
    auto old = Sql::exec(c,
                         QStringLiteral("SELECT c.id, c.serial, c.purchase_count, m.serial FROM cards c JOIN meters m "
                                        "ON m.id = c.meter_id WHERE c.meter_id = ? AND c.status = 'active' AND "
                                        "c.kind = 'user'"),
                         {meterId});
    if (!old)
        return old.error();
    if (!old.value().next())
        return Error::make(Error::Code::NotFound,
                           tr("Meter %1 has no card in use to replace; issue a card instead.").arg(meterId));
    const qint64 oldId = old.value().value(0).toLongLong();
    const QString oldSerial = old.value().value(1).toString();
    const quint32 count = quint32(old.value().value(2).toLongLong());
    const QString meterSerial = old.value().value(3).toString();
    auto pending = Sql::scalar(c,
                               QStringLiteral("SELECT e.vend_id FROM card_events e JOIN vends v ON v.id = e.vend_id "
                                              "WHERE e.card_id = ? AND v.state = 'pending' LIMIT 1"),
                               {oldId});
    if (pending)
        return Error::make(Error::Code::Conflict, tr("Sale %1 onto card %2 is still pending: finish or void it first.")
                                                      .arg(pending->toLongLong())
                                                      .arg(oldSerial));
    if (pending.error().code != Error::Code::NotFound)
        return pending.error();
    auto key = cardKey();
    if (!key)
        return key.error();
    // The latest data the old card kept: its last sale that was written onto it (a voided or
    // failed one left the card as it was), or what it got as a replacement itself.
    CardImage image;
    auto lastArea = Sql::scalar(
        c,
        QStringLiteral("SELECT json_extract(e.details, '$.after') FROM card_events e LEFT JOIN vends v ON "
                       "v.id = e.vend_id WHERE e.card_id = ? AND json_extract(e.details, '$.after') IS NOT NULL "
                       "AND (e.kind = 'replace' OR (e.kind = 'topup' AND v.state IN ('delivered', 'reversed'))) "
                       "ORDER BY e.id DESC LIMIT 1"),
        {oldId});
    if (lastArea) {
        auto previous = m_format.read(QByteArray::fromHex(lastArea->toString().toLatin1()),
                                      QByteArray::fromHex(oldSerial.toLatin1()), key->bytes());
        if (!previous)
            return previous.error();
        image = previous.value();
        image.writeBack = {};
    } else if (lastArea.error().code == Error::Code::NotFound) {
        auto utility = utilityCode();
        if (!utility)
            return utility.error();
        image.utility = utility.value();
        image.meter = meterSerial;
        auto account = Sql::scalar(c,
                                   QStringLiteral("SELECT a.account_no FROM meters m JOIN accounts a ON a.id = "
                                                  "m.account_id WHERE m.id = ?"),
                                   {meterId});
        image.customer = account ? account->toString() : QString();
        auto unit = unitOfMeter(meterId);
        if (!unit)
            return unit.error();
        image.unit = unit.value();
    } else {
        return lastArea.error();
    }
    image.kind = CardKind::User;
    image.purchaseCount = count;
    image.replaces = QByteArray::fromHex(oldSerial.toLatin1());

    auto card = writeFresh(image, confirmed);
    if (!card)
        return card.error();
    const QString newSerial = hex(card->serial);
    const QDateTime now = m_clock.now();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    const QString why = reason.trimmed();
    if (auto u = Sql::exec(c,
                           QStringLiteral("UPDATE cards SET status = 'blacklisted', status_reason = ?, status_at = ?, "
                                          "status_by = ? WHERE id = ?"),
                           {why, iso(now), approver.id, oldId});
        !u)
        return u.error();
    auto ins = Sql::exec(c,
                         QStringLiteral("INSERT INTO cards (serial, chip, kind, meter_id, purchase_count, "
                                        "replaces_card_id, issued_at, issued_by) VALUES (?, ?, 'user', ?, ?, ?, ?, ?)"),
                         {newSerial, card->chip, meterId, count, oldId, iso(now), actor.id});
    if (!ins)
        return ins.error();
    const qint64 newId = ins.value().lastInsertId().toLongLong();
    const QJsonObject approval{{QStringLiteral("reason"), why},
                               {QStringLiteral("approved_by"), approver.id},
                               {QStringLiteral("approver"), approver.displayName}};
    QJsonObject replaced = approval;
    replaced.insert(QStringLiteral("replaced_by"), newSerial);
    QJsonObject replacing = approval;
    replacing.insert(QStringLiteral("replaces"), oldSerial);
    replacing.insert(QStringLiteral("after"), hex(card->area));
    for (const auto &[id, kind, details] : {std::tuple{oldId, QStringLiteral("blacklist"), replaced},
                                            std::tuple{newId, QStringLiteral("replace"), replacing}}) {
        if (Status e = addEvent(id, kind, count, details, now, actor); !e)
            return e.error();
    }
    if (auto u = Sql::exec(c, QStringLiteral("UPDATE meters SET card_no = ? WHERE id = ?"), {newSerial, meterId}); !u)
        return u.error();
    if (Status s = t.commit(); !s)
        return s.error();
    return summarise(card.value());
}

Result<CardSummary> CardService::writeEngineerCard(const Operator &actor, const Operator &approver,
                                                   const EngineerCardRequest &request, bool confirmed)
{
    if (Status s = Access::require(actor, Permission::ManageMeters); !s)
        return s.error();
    if (Status s = checkApproval(actor, approver, request.reason); !s)
        return s.error();
    if (request.kind == CardKind::User)
        return Error::invalid(tr("Customers' cards are issued from the customer's meter, not as engineer cards."));
    auto utility = utilityCode();
    if (!utility)
        return utility.error();
    CardImage image;
    image.kind = request.kind;
    image.utility = utility.value();
    if (request.meterId) {
        auto serial = Sql::scalar(m_db.connection(), QStringLiteral("SELECT serial FROM meters WHERE id = ?"),
                                  {*request.meterId});
        if (!serial)
            return serial.error().code == Error::Code::NotFound
                       ? Error::make(Error::Code::NotFound, tr("There is no meter %1.").arg(*request.meterId))
                       : serial.error();
        image.meter = serial->toString();
    }
    image.unit = request.unit;
    image.alarm = request.alarm;
    image.overdraft = request.overdraft;
    image.maxBalance = request.maxBalance;
    image.priceVersion = request.priceVersion;
    image.priceMinor = request.priceMinor;
    image.toolAction = request.kind == CardKind::Tool ? request.toolAction : 0;

    auto card = open();
    if (!card)
        return card.error();
    QSqlDatabase c = m_db.connection();
    // An engineer card of ours may be rewritten; a customer's card never.
    auto known =
        Sql::exec(c, QStringLiteral("SELECT id, kind, status FROM cards WHERE serial = ?"), {hex(card->serial)});
    if (!known)
        return known.error();
    std::optional<qint64> cardId;
    if (known.value().next()) {
        if (known.value().value(1).toString() == QLatin1String("user") ||
            known.value().value(2).toString() != QLatin1String("active"))
            return Error::make(Error::Code::Conflict,
                               tr("Card %1 is a customer's card or blacklisted; use a blank card or an engineer card.")
                                   .arg(hex(card->serial)));
        cardId = known.value().value(0).toLongLong();
    } else if (Status fresh = checkFresh(card.value()); !fresh) {
        return fresh.error();
    }
    if (Status w = personaliseAndWrite(card.value(), image, confirmed); !w)
        return w.error();
    const QString newSerial = hex(card->serial);
    const QDateTime now = m_clock.now();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    if (cardId) {
        if (auto u = Sql::exec(c, QStringLiteral("UPDATE cards SET kind = ? WHERE id = ?"),
                               {kindCode(request.kind), *cardId});
            !u)
            return u.error();
    } else {
        auto ins = Sql::exec(c,
                             QStringLiteral("INSERT INTO cards (serial, chip, kind, issued_at, issued_by) "
                                            "VALUES (?, ?, ?, ?, ?)"),
                             {newSerial, card->chip, kindCode(request.kind), iso(now), actor.id});
        if (!ins)
            return ins.error();
        cardId = ins.value().lastInsertId().toLongLong();
    }
    const QJsonObject details{
        {QStringLiteral("card_kind"), kindCode(request.kind)}, {QStringLiteral("meter"), image.meter},
        {QStringLiteral("tool_action"), image.toolAction},     {QStringLiteral("reason"), request.reason.trimmed()},
        {QStringLiteral("approved_by"), approver.id},          {QStringLiteral("approver"), approver.displayName}};
    if (Status e = addEvent(*cardId, QStringLiteral("engineer"), std::nullopt, details, now, actor); !e)
        return e.error();
    if (Status s = t.commit(); !s)
        return s.error();
    return summarise(card.value());
}

} // namespace prepaydesk
