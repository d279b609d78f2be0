#include "vending/MeterTokens.h"

#include "records/ChangeLog.h"
#include "security/Kdf.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"
#include "vending/StsCarrier.h"
#include "vending/Vend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace prepaydesk {

namespace {

const QString meterColumns = QStringLiteral(
    "SELECT m.id, m.serial, m.utility, m.status, m.sts_sgc, m.sts_tariff_index, m.sts_key_revision, "
    "m.sts_base_date, m.sts_last_tid, m.sts_key_expiry, m.sts_next_sgc, m.sts_next_tariff_index, "
    "m.sts_next_key_revision, a.account_no, a.customer_id, c.name "
    "FROM meters m LEFT JOIN accounts a ON a.id = m.account_id LEFT JOIN customers c ON c.id = a.customer_id "
    "WHERE m.carrier = 'sts-token' ");

const QString managementAction = QStringLiteral("sts-management-token");

std::optional<int> optionalInt(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<int>(q.value(column).toInt());
}

// The instant a token identifier stands for: minutes since its base date (IEC 62055-41).
QDateTime tidTime(quint32 tid, int baseDate)
{
    return QDateTime(QDate(baseDate, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(tid) * 60);
}

MeterTokens::StsMeter meterFrom(const QSqlQuery &r)
{
    MeterTokens::StsMeter m;
    m.id = r.value(0).toLongLong();
    m.serial = r.value(1).toString();
    m.utility = Domain::parse<Utility>(r.value(2).toString()).value_or(Utility::Electricity);
    m.status = Domain::parse<MeterStatus>(r.value(3).toString()).value_or(MeterStatus::InStock);
    m.hasKeys = !r.isNull(4) && !r.isNull(5) && !r.isNull(6);
    m.sgc = r.value(4).toInt();
    m.tariffIndex = r.value(5).toInt();
    m.keyRevision = r.value(6).toInt();
    m.baseDate = r.isNull(7) ? 2014 : r.value(7).toInt();
    if (!r.isNull(8)) {
        m.lastTid = quint32(r.value(8).toLongLong());
        m.lastTidAt = tidTime(*m.lastTid, m.baseDate);
    }
    m.keyExpiry = QDate::fromString(r.value(9).toString(), Qt::ISODate);
    m.nextSgc = optionalInt(r, 10);
    m.nextTariffIndex = optionalInt(r, 11);
    m.nextKeyRevision = optionalInt(r, 12);
    m.accountNo = r.value(13).toString();
    if (!r.isNull(14))
        m.customerId = r.value(14).toLongLong();
    m.customerName = r.value(15).toString();
    return m;
}

QString tenths(qint64 value)
{
    return QStringLiteral("%1.%2").arg(value / 10).arg(value % 10);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QVariant nullable(std::optional<quint32> v)
{
    return v ? QVariant(qint64(*v)) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

MeterTokens::MeterTokens(Database &db, const Clock &clock, const TokenGenerator *generator, const KeyVault *vault)
    : m_db(db)
    , m_clock(clock)
    , m_generator(generator)
    , m_vault(vault)
{}

bool MeterTokens::mayUse(Role role)
{
    return Access::allows(role, Permission::ManageMeters);
}

Status MeterTokens::requireUse(const Operator &actor)
{
    if (mayUse(actor.role))
        return {};
    return Error::make(Error::Code::Forbidden,
                       tr("Only engineers, supervisors and administrators make management tokens, change meter keys "
                          "and decode tokens; the role %1 may not.")
                           .arg(Domain::name(actor.role)));
}

Status MeterTokens::checkApproval(const Operator &engineer, const Operator &approver, const QString &reason) const
{
    if (approver.id == engineer.id)
        return Error::make(
            Error::Code::Forbidden,
            tr("%1 cannot approve their own request: another supervisor must log in.").arg(engineer.displayName));
    if (!Access::allows(approver.role, Permission::ApproveReversal))
        return Error::make(Error::Code::Forbidden, tr("%1 (%2) cannot approve this; a supervisor must log in.")
                                                       .arg(approver.displayName, Domain::name(approver.role)));
    if (reason.trimmed().size() < 3)
        return Error::invalid(tr("Give the reason; it is kept with the approval."), QStringLiteral("reason"));
    return {};
}

Result<QList<MeterTokens::StsMeter>> MeterTokens::find(const QString &text, int limit) const
{
    QString pattern = text.trimmed();
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    auto q = Sql::exec(m_db.connection(),
                       meterColumns + QStringLiteral("AND m.serial LIKE ? ESCAPE '\\' ORDER BY m.serial LIMIT ?"),
                       {QString(u'%' + pattern + u'%'), limit});
    if (!q)
        return q.error();
    QList<StsMeter> meters;
    while (q.value().next())
        meters << meterFrom(q.value());
    return meters;
}

Result<MeterTokens::StsMeter> MeterTokens::meter(qint64 meterId) const
{
    auto q = Sql::exec(m_db.connection(), meterColumns + QStringLiteral("AND m.id = ?"), {meterId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, tr("There is no STS keypad meter with id %1.").arg(meterId));
    return meterFrom(q.value());
}

Result<TokenKeyParams> MeterTokens::keyParams(const StsMeter &meter, int sgc, int tariffIndex, int keyRevision) const
{
    if (!m_generator)
        return Error::make(Error::Code::NotFound,
                           tr("The STS driver plugin is not loaded, so no STS token can be made or decoded. Settings "
                              "lists the driver plugins and why one did not load."));
    if (!m_vault)
        return Error::make(Error::Code::NotFound, tr("This console has no key vault, so it has no vending keys."));
    if (!m_vault->isUnlocked())
        return Error::make(Error::Code::Forbidden,
                           tr("The key vault is locked: an administrator must unlock it (Settings, Key vault) "
                              "before STS tokens can be made or decoded."));
    if (!meter.hasKeys)
        return Error::invalid(
            tr("Meter %1 has no STS supply group code, tariff index and key revision.").arg(meter.serial));
    auto pan = StsCarrier::panOf(meter.serial);
    if (!pan)
        return pan.error();
    auto infos = m_vault->keys();
    if (!infos)
        return infos.error();
    auto key = m_vault->key(sgc, keyRevision);
    if (!key)
        return key.error();
    TokenKeyParams p;
    // As StsCarrier: an 8-byte vending key is DES-based (DKGA02 with EA07), a longer one
    // HMAC-based (DKGA04 with EA11).
    const bool des = key->bytes().size() == 8;
    p.keyAlgorithm = des ? QStringLiteral("02") : QStringLiteral("04");
    p.encryption = des ? QStringLiteral("07") : QStringLiteral("11");
    p.vendingKey = key->bytes();
    for (const KeyVault::KeyInfo &info : infos.value()) {
        if (info.sgc == sgc && info.keyRevision == keyRevision)
            p.keyType = info.keyType;
    }
    p.supplyGroupCode = sgc;
    p.tariffIndex = tariffIndex;
    p.keyRevision = keyRevision;
    p.pan = pan.value();
    p.baseDate = meter.baseDate;
    return p;
}

QList<ManagementFunction> MeterTokens::functions()
{
    return {ManagementFunction::SetMaximumPowerLimit,
            ManagementFunction::ClearCredit,
            ManagementFunction::SetTariffRate,
            ManagementFunction::ClearTamper,
            ManagementFunction::SetMaximumPhasePowerUnbalance,
            ManagementFunction::SetWaterMeterFactor};
}

QString MeterTokens::functionCode(ManagementFunction function)
{
    switch (function) {
    case ManagementFunction::SetMaximumPowerLimit:
        return QStringLiteral("set-max-power");
    case ManagementFunction::ClearCredit:
        return QStringLiteral("clear-credit");
    case ManagementFunction::SetTariffRate:
        return QStringLiteral("set-tariff-rate");
    case ManagementFunction::ClearTamper:
        return QStringLiteral("clear-tamper");
    case ManagementFunction::SetMaximumPhasePowerUnbalance:
        return QStringLiteral("set-phase-unbalance");
    case ManagementFunction::SetWaterMeterFactor:
        return QStringLiteral("set-water-factor");
    }
    return {};
}

QString MeterTokens::functionName(ManagementFunction function)
{
    switch (function) {
    case ManagementFunction::SetMaximumPowerLimit:
        return tr("Set maximum power limit");
    case ManagementFunction::ClearCredit:
        return tr("Clear credit");
    case ManagementFunction::SetTariffRate:
        return tr("Set tariff rate");
    case ManagementFunction::ClearTamper:
        return tr("Clear tamper condition");
    case ManagementFunction::SetMaximumPhasePowerUnbalance:
        return tr("Set maximum phase power unbalance");
    case ManagementFunction::SetWaterMeterFactor:
        return tr("Set water meter factor");
    }
    return {};
}

bool MeterTokens::takesValue(ManagementFunction function)
{
    return function != ManagementFunction::ClearTamper;
}

QString MeterTokens::valueLabel(ManagementFunction function)
{
    switch (function) {
    case ManagementFunction::SetMaximumPowerLimit:
        return tr("Maximum power (W)");
    case ManagementFunction::SetMaximumPhasePowerUnbalance:
        return tr("Maximum unbalance (W)");
    case ManagementFunction::ClearCredit:
        return tr("Register (65535: all)");
    case ManagementFunction::SetTariffRate:
        return tr("Tariff rate (0 to 65535)");
    case ManagementFunction::SetWaterMeterFactor:
        return tr("Meter factor (0 to 65535)");
    case ManagementFunction::ClearTamper:
        break;
    }
    return {};
}

QString MeterTokens::valueText(ManagementFunction function, qint64 value)
{
    switch (function) {
    case ManagementFunction::SetMaximumPowerLimit:
    case ManagementFunction::SetMaximumPhasePowerUnbalance:
        return tr("%1 W").arg(value);
    case ManagementFunction::ClearCredit:
        return value == 0xFFFF ? tr("all registers") : tr("register %1").arg(value);
    case ManagementFunction::SetTariffRate:
        return tr("rate %1").arg(value);
    case ManagementFunction::SetWaterMeterFactor:
        return tr("factor %1").arg(value);
    case ManagementFunction::ClearTamper:
        break;
    }
    return {};
}

Result<MeterTokens::Issued> MeterTokens::issueManagement(const Operator &engineer, const Operator &approver,
                                                         qint64 meterId, ManagementFunction function, quint32 value,
                                                         const QString &reason)
{
    if (Status s = requireUse(engineer); !s)
        return s.error();
    if (Status s = checkApproval(engineer, approver, reason); !s)
        return s.error();
    if (!takesValue(function))
        value = 0;
    else if ((function == ManagementFunction::SetMaximumPowerLimit ||
              function == ManagementFunction::SetMaximumPhasePowerUnbalance) &&
             value == 0)
        return Error::invalid(tr("Give the limit in watts, more than 0."), QStringLiteral("value"));
    else if (function != ManagementFunction::SetMaximumPowerLimit &&
             function != ManagementFunction::SetMaximumPhasePowerUnbalance && value > 0xFFFF)
        return Error::invalid(tr("The value is 0 to 65535."), QStringLiteral("value"));
    auto m = meter(meterId);
    if (!m)
        return m.error();
    auto params = keyParams(m.value(), m->sgc, m->tariffIndex, m->keyRevision);
    if (!params)
        return params.error();
    TokenKeyParams key = std::move(params).value();
    ManagementTokenRequest request;
    request.function = function;
    request.value = value;
    request.issued = m_clock.now().toUTC();
    request.lastTid = m->lastTid;
    auto token = m_generator->management(key, request);
    crypto::wipe(key.vendingKey);
    if (!token)
        return token.error();
    const quint32 tid = token->tid.value_or(0);

    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    // Only if nobody made a token for the meter meanwhile: two tokens never share an identifier.
    auto u = Sql::exec(m_db.connection(),
                       QStringLiteral("UPDATE meters SET sts_last_tid = ? WHERE id = ? AND sts_last_tid IS ?"),
                       {qint64(tid), meterId, nullable(m->lastTid)});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1)
        return Error::make(Error::Code::Conflict,
                           tr("Another token was made for meter %1 meanwhile; make this one again.").arg(m->serial));
    QJsonObject details{{QStringLiteral("function"), functionCode(function)},
                        {QStringLiteral("value"), token->value.value_or(value)},
                        {QStringLiteral("tid"), qint64(tid)},
                        {QStringLiteral("reason"), reason.trimmed()},
                        {QStringLiteral("approved_by"), approver.id},
                        {QStringLiteral("approver"), approver.displayName}};
    if (token->asked)
        details.insert(QStringLiteral("asked"), *token->asked);
    if (Status s = ChangeLog::record(m_db.connection(), engineer, request.issued, QStringLiteral("meter"), meterId,
                                     m->customerId, managementAction, details);
        !s)
        return s.error();
    if (Status s = t.commit(); !s)
        return s.error();
    return Issued{token.value(), function, request.issued};
}

Status MeterTokens::scheduleKeyChange(const Operator &engineer, const Operator &approver, qint64 meterId, int sgc,
                                      int tariffIndex, int keyRevision, const QString &reason)
{
    if (Status s = requireUse(engineer); !s)
        return s;
    if (sgc < 0 || sgc > 999999)
        return Error::invalid(tr("A supply group code has six digits."), QStringLiteral("sgc"));
    if (tariffIndex < 0 || tariffIndex > 99)
        return Error::invalid(tr("The tariff index is 0 to 99."), QStringLiteral("tariff_index"));
    if (keyRevision < 1 || keyRevision > 9)
        return Error::invalid(tr("The key revision number is 1 to 9."), QStringLiteral("key_revision"));
    if (Status s = checkApproval(engineer, approver, reason); !s)
        return s;
    auto m = meter(meterId);
    if (!m)
        return m.error();
    if (!m->hasKeys)
        return Error::invalid(
            tr("Meter %1 has no STS supply group code, tariff index and key revision.").arg(m->serial));
    if (sgc == m->sgc && tariffIndex == m->tariffIndex && keyRevision == m->keyRevision)
        return Error::invalid(tr("Meter %1 already has SGC %2, TI %3 and KRN %4: there is nothing to change.")
                                  .arg(m->serial)
                                  .arg(sgc)
                                  .arg(tariffIndex, 2, 10, QLatin1Char('0'))
                                  .arg(keyRevision),
                              QStringLiteral("sgc"));
    if (!m_vault)
        return Error::make(Error::Code::NotFound, tr("This console has no key vault, so it has no vending keys."));
    auto infos = m_vault->keys();
    if (!infos)
        return infos.error();
    const bool known = std::any_of(infos->cbegin(), infos->cend(), [&](const KeyVault::KeyInfo &k) {
        return k.sgc == sgc && k.keyRevision == keyRevision;
    });
    if (!known)
        return Error::invalid(tr("The key vault has no vending key for SGC %1, key revision %2: an administrator adds "
                                 "it first (Settings, Key vault).")
                                  .arg(sgc)
                                  .arg(keyRevision),
                              QStringLiteral("key_revision"));
    const QDateTime now = m_clock.now();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto u = Sql::exec(m_db.connection(),
                       QStringLiteral("UPDATE meters SET sts_next_sgc = ?, sts_next_tariff_index = ?, "
                                      "sts_next_key_revision = ?, updated_at = ?, updated_by = ?, "
                                      "revision = revision + 1 WHERE id = ?"),
                       {sgc, tariffIndex, keyRevision, iso(now), engineer.id, meterId});
    if (!u)
        return u.error();
    const QJsonObject details{{QStringLiteral("sgc"), QJsonArray{m->sgc, sgc}},
                              {QStringLiteral("tariff_index"), QJsonArray{m->tariffIndex, tariffIndex}},
                              {QStringLiteral("key_revision"), QJsonArray{m->keyRevision, keyRevision}},
                              {QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("approved_by"), approver.id},
                              {QStringLiteral("approver"), approver.displayName}};
    if (Status s = ChangeLog::record(m_db.connection(), engineer, now, QStringLiteral("meter"), meterId, m->customerId,
                                     QStringLiteral("sts-key-change-scheduled"), details);
        !s)
        return s;
    return t.commit();
}

Status MeterTokens::cancelKeyChange(const Operator &engineer, const Operator &approver, qint64 meterId,
                                    const QString &reason)
{
    if (Status s = requireUse(engineer); !s)
        return s;
    if (Status s = checkApproval(engineer, approver, reason); !s)
        return s;
    auto m = meter(meterId);
    if (!m)
        return m.error();
    if (!m->keyChangePending())
        return Error::invalid(tr("Meter %1 has no key change waiting.").arg(m->serial));
    const QDateTime now = m_clock.now();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto u = Sql::exec(m_db.connection(),
                       QStringLiteral("UPDATE meters SET sts_next_sgc = NULL, sts_next_tariff_index = NULL, "
                                      "sts_next_key_revision = NULL, updated_at = ?, updated_by = ?, "
                                      "revision = revision + 1 WHERE id = ?"),
                       {iso(now), engineer.id, meterId});
    if (!u)
        return u.error();
    const QJsonObject details{{QStringLiteral("sgc"), m->targetSgc()},
                              {QStringLiteral("tariff_index"), m->targetTariffIndex()},
                              {QStringLiteral("key_revision"), m->targetKeyRevision()},
                              {QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("approved_by"), approver.id},
                              {QStringLiteral("approver"), approver.displayName}};
    if (Status s = ChangeLog::record(m_db.connection(), engineer, now, QStringLiteral("meter"), meterId, m->customerId,
                                     QStringLiteral("sts-key-change-cancelled"), details);
        !s)
        return s;
    return t.commit();
}

Result<QString> MeterTokens::tokenDigits(const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        if (c < u'0' || c > u'9')
            return Error::invalid(tr("A token has only digits (spaces or dashes between the groups are fine)."),
                                  QStringLiteral("token"));
        digits += c;
    }
    if (digits.size() != 20)
        return Error::invalid(tr("A token has 20 digits; %n were typed.", nullptr, int(digits.size())),
                              QStringLiteral("token"));
    return digits;
}

Result<SecretBytes> MeterTokens::parseVendingKey(const QString &hex, const QString &keyAlgorithm)
{
    QByteArray digits;
    for (const QChar c : hex) {
        if (c.isSpace())
            continue;
        const bool hexDigit = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hexDigit) {
            crypto::wipe(digits);
            return Error::invalid(tr("A vending key is written in hex digits (0 to 9 and a to f) only."),
                                  QStringLiteral("key"));
        }
        digits += static_cast<char>(c.unicode());
    }
    const qsizetype n = digits.size();
    const bool des = keyAlgorithm == QStringLiteral("02");
    Error wrong;
    if (des && n != 16)
        wrong = Error::invalid(tr("A DKGA02 vending key has 16 hex digits; %n were typed.", nullptr, int(n)),
                               QStringLiteral("key"));
    else if (!des && n != 40)
        wrong = Error::invalid(tr("A DKGA04 vending key has 40 hex digits; %n were typed.", nullptr, int(n)),
                               QStringLiteral("key"));
    if (!wrong.message.isEmpty()) {
        crypto::wipe(digits);
        return wrong;
    }
    SecretBytes key(QByteArray::fromHex(digits));
    crypto::wipe(digits);
    return key;
}

QString MeterTokens::describeValue(const DecodedToken &token) const
{
    if (!token.value)
        return {};
    const qint64 v = *token.value;
    const QString &k = token.kind;
    if (k == QStringLiteral("credit-electricity"))
        return tr("%1 kWh").arg(tenths(v));
    if (k == QStringLiteral("credit-water") || k == QStringLiteral("credit-gas"))
        return tr("%1 m³").arg(tenths(v));
    if (k == QStringLiteral("credit-time"))
        return tr("%1 time units").arg(tenths(v));
    if (k == QStringLiteral("credit-currency"))
        return tr("%1 yuan").arg(tenths(v));
    for (ManagementFunction f : functions()) {
        if (k == functionCode(f))
            return valueText(f, v);
    }
    return QString::number(v);
}

Result<MeterTokens::Explanation> MeterTokens::explain(const Operator &actor, qint64 meterId, const QString &typed) const
{
    if (Status s = requireUse(actor); !s)
        return s.error();
    auto digits = tokenDigits(typed);
    if (!digits)
        return digits.error();
    auto m = meter(meterId);
    if (!m)
        return m.error();
    auto current = keyParams(m.value(), m->sgc, m->tariffIndex, m->keyRevision);
    if (!current)
        return current.error();
    TokenKeyParams key = std::move(current).value();
    auto decoderKey = m_generator->decoderKey(key);
    crypto::wipe(key.vendingKey);
    if (!decoderKey)
        return decoderKey.error();
    auto decoded = m_generator->decode(decoderKey.value(), key.encryption, m->baseDate, digits.value());
    QByteArray dk = decoderKey.value();
    crypto::wipe(dk);
    if (!decoded)
        return decoded.error();

    Explanation e;
    e.token = decoded.value();
    QStringList notTried;
    // On a CRC failure, the meter's next key (a key change waiting) may be the one it was made with.
    if (!e.token.crcOk && m->keyChangePending()) {
        auto next = keyParams(m.value(), m->targetSgc(), m->targetTariffIndex(), m->targetKeyRevision());
        if (next) {
            TokenKeyParams nk = std::move(next).value();
            auto nextDecoder = m_generator->decoderKey(nk);
            crypto::wipe(nk.vendingKey);
            if (nextDecoder) {
                auto again = m_generator->decode(nextDecoder.value(), nk.encryption, m->baseDate, digits.value());
                QByteArray ndk = nextDecoder.value();
                crypto::wipe(ndk);
                if (again && again->crcOk) {
                    e.token = again.value();
                    e.nextKey = true;
                }
            }
        } else {
            e.details << tr("The meter's next key could not be tried: %1").arg(next.error().message);
        }
    }
    if (!e.token.crcOk) {
        e.verdict = Verdict::CrcError;
        e.verdictText = tr("CRC error: the token does not open with this meter's key. Either a digit was typed or read "
                           "out wrong (check all 20 digits with the customer), or the token was made for another "
                           "meter or another key.");
        if (m->keyChangePending() && e.details.isEmpty())
            e.details << tr("It does not open with the meter's next key either.");
        return e;
    }

    const DecodedToken &d = e.token;
    for (ManagementFunction f : functions()) {
        if (d.kind == functionCode(f))
            e.kindText = functionName(f);
    }
    if (e.kindText.isEmpty()) {
        if (d.kind == QStringLiteral("credit-electricity"))
            e.kindText = tr("Electricity credit");
        else if (d.kind == QStringLiteral("credit-water"))
            e.kindText = tr("Water credit");
        else if (d.kind == QStringLiteral("credit-gas"))
            e.kindText = tr("Gas credit");
        else if (d.kind == QStringLiteral("credit-time"))
            e.kindText = tr("Time credit");
        else if (d.kind == QStringLiteral("credit-currency"))
            e.kindText = tr("Currency credit");
        else if (d.kind.startsWith(QStringLiteral("key-change-")))
            e.kindText = tr("Key change token, part %1").arg(d.kind.mid(11));
        else if (d.kind.startsWith(QStringLiteral("test-")))
            e.kindText = tr("Meter test or display");
        else
            e.kindText = tr("Reserved token kind (class %1, subclass %2)").arg(d.tokenClass).arg(d.subclass);
    }
    e.valueText = describeValue(d);
    if (e.nextKey)
        e.details << tr("It opened only with the meter's next key (SGC %1, TI %2, KRN %3), not with its present one.")
                         .arg(m->targetSgc())
                         .arg(m->targetTariffIndex(), 2, 10, QLatin1Char('0'))
                         .arg(m->targetKeyRevision());

    // Where it came from, when this console made it.
    QSqlDatabase c = m_db.connection();
    auto sold = Sql::exec(c,
                          QStringLiteral("SELECT id, state, created_at, credit_code FROM vends "
                                         "WHERE meter_id = ? AND instr(credit_code, ?) > 0 ORDER BY id DESC LIMIT 1"),
                          {meterId, digits.value()});
    if (!sold)
        return sold.error();
    if (sold.value().next()) {
        const QSqlQuery &r = sold.value();
        e.vendId = r.value(0).toLongLong();
        const VendState state = VendText::parseState(r.value(1).toString()).value_or(VendState::Pending);
        e.details << tr("Sold on %1 in sale %2 (%3).")
                         .arg(QDateTime::fromString(r.value(2).toString(), Qt::ISODate)
                                  .toLocalTime()
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                         .arg(*e.vendId)
                         .arg(VendText::name(state));
        const QStringList tokens = VendText::tokens(r.value(3).toString());
        const qsizetype at = tokens.indexOf(digits.value());
        if (at > 0 && d.tokenClass == 0)
            e.details << tr("That sale began with %n key change token(s): the meter takes this token only after "
                            "them, entered in order.",
                            nullptr, int(at));
    }
    if (d.tokenClass == 2 && d.tid) {
        auto made = Sql::exec(c,
                              QStringLiteral("SELECT l.at, o.display_name, l.details FROM change_log l "
                                             "JOIN operators o ON o.id = l.operator_id "
                                             "WHERE l.entity = 'meter' AND l.entity_id = ? AND l.action = ? "
                                             "AND json_extract(l.details, '$.tid') = ? ORDER BY l.id DESC LIMIT 1"),
                              {meterId, managementAction, qint64(*d.tid)});
        if (!made)
            return made.error();
        if (made.value().next()) {
            const QSqlQuery &r = made.value();
            const QJsonObject details = QJsonDocument::fromJson(r.value(2).toString().toUtf8()).object();
            e.details << tr("Made on %1 by %2, approved by %3; the reason given: %4")
                             .arg(QDateTime::fromString(r.value(0).toString(), Qt::ISODate)
                                      .toLocalTime()
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  r.value(1).toString(), details.value(QStringLiteral("approver")).toString(),
                                  details.value(QStringLiteral("reason")).toString());
        }
    }

    // A credit token for another utility.
    const bool credit = d.tokenClass == 0;
    if (credit && ((d.kind == QStringLiteral("credit-electricity") && m->utility != Utility::Electricity) ||
                   (d.kind == QStringLiteral("credit-water") && m->utility != Utility::Water) ||
                   (d.kind == QStringLiteral("credit-gas") && m->utility != Utility::Gas))) {
        e.verdict = Verdict::WrongUtility;
        e.verdictText = tr("Not for this meter: the token is “%1”, but meter %2 counts %3.")
                            .arg(e.kindText, m->serial, Domain::unit(m->utility));
        return e;
    }
    if (e.nextKey) {
        e.verdict = Verdict::NeedsKeyChange;
        e.verdictText = tr("The meter refuses this token until its key change tokens have been entered: it was made "
                           "for the meter's next key. The key change tokens come first with the meter's next sale.");
        return e;
    }
    if (d.tokenClass == 1) {
        e.verdict = Verdict::Accepted;
        e.verdictText = tr("Every STS meter takes this test or display token; it needs no key.");
        return e;
    }
    if (!d.tid) {
        e.verdict = Verdict::Accepted;
        e.verdictText = tr("The meter takes this key change token once; key change tokens are entered first, in "
                           "order, before the tokens made with the new key.");
        return e;
    }

    if (m->lastTid && *d.tid < *m->lastTid) {
        // Later tokens from this console's records: sales delivered or pending after this one was
        // made, and management tokens with a later identifier.
        auto vends = Sql::scalar(c,
                                 QStringLiteral("SELECT count(*) FROM vends WHERE meter_id = ? AND credit_code IS NOT "
                                                "NULL AND state IN ('pending', 'delivered') AND created_at > ? AND "
                                                "instr(credit_code, ?) = 0"),
                                 {meterId, iso(d.issued), digits.value()});
        if (!vends)
            return vends.error();
        auto managed =
            Sql::scalar(c,
                        QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'meter' AND "
                                       "entity_id = ? AND action = ? AND json_extract(details, '$.tid') > ?"),
                        {meterId, managementAction, qint64(*d.tid)});
        if (!managed)
            return managed.error();
        e.newerTokens = vends->toInt() + managed->toInt();
        if (e.newerTokens >= MeterTidMemory) {
            e.verdict = Verdict::TooOld;
            e.verdictText = tr("Too old: %n later tokens were made for this meter since this one, and a meter "
                               "remembers only about its latest %1 tokens; it refuses anything older.",
                               nullptr, e.newerTokens)
                                .arg(MeterTidMemory);
            return e;
        }
        e.verdict = Verdict::AlreadyUsed;
        e.verdictText = tr("Already used: a later token was made for this meter (this one's identifier %1 comes "
                           "before the meter's last, %2). A meter takes each token once, so if the meter refuses "
                           "this one, it was entered before.")
                            .arg(*d.tid)
                            .arg(*m->lastTid);
        if (e.newerTokens > 0)
            e.details << tr("%n later token(s) were made for this meter at this console.", nullptr, e.newerTokens);
        return e;
    }
    e.verdict = Verdict::Accepted;
    if (m->lastTid && *d.tid == *m->lastTid) {
        e.verdictText = tr("OK: this is the newest token made for this meter, and the meter takes it once. If the "
                           "meter refuses it now, it has been entered already: the meter's credit or setting shows "
                           "it.");
    } else {
        e.verdictText = tr("OK: the meter takes this token once.");
        if (m->lastTid)
            e.details << tr("It is newer than the last token this console made for the meter, so it was made "
                            "elsewhere (another outlet or the utility).");
    }
    return e;
}

} // namespace prepaydesk
