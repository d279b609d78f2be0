#include "vending/StsCarrier.h"

#include "plugin/DriverInterfaces.h"
#include "security/KeyVault.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QSqlQuery>

#include <algorithm>

namespace prepaydesk {

namespace {

// The meter's STS state, as tracked in schema 3.
struct MeterKeys
{
    QString serial;
    int sgc = 0;
    int tariffIndex = 0;
    int keyRevision = 0;
    int baseDate = 2014;
    std::optional<quint32> lastTid;
    std::optional<int> nextSgc, nextTariffIndex, nextKeyRevision;
};

// ISO/IEC 7812 Luhn check digit of a digit string.
QChar luhn(const QString &digits)
{
    int sum = 0;
    bool twice = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return QChar(u'0' + (10 - sum % 10) % 10);
}

std::optional<int> optionalInt(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<int>(q.value(column).toInt());
}

// 1993 token identifiers count minutes up to 2^24: they ran out on 2024-11-24 (the STS TID
// rollover); such meters move to base date 2014 with key change tokens.
bool baseDateExhausted(int baseDate, const QDateTime &at)
{
    if (baseDate != 1993)
        return false;
    const QDateTime base(QDate(1993, 1, 1), QTime(0, 0), Qt::UTC);
    return base.secsTo(at) / 60 >= (qint64(1) << 24) - 1;
}

} // namespace

StsCarrier::StsCarrier(Database &db, const TokenGenerator &generator, const KeyVault &vault, const Clock &clock)
    : m_db(db)
    , m_generator(generator)
    , m_vault(vault)
    , m_clock(clock)
{}

Result<QString> StsCarrier::panOf(const QString &meterNumber)
{
    QString digits;
    for (const QChar c : meterNumber) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() == 18 && meterNumber.size() == 18)
        return digits;
    if (digits.size() != 11 || meterNumber.size() != 11)
        return Error::invalid(tr("The STS meter number %1 is not an 11-digit meter number (DRN).").arg(meterNumber),
                              QStringLiteral("serial"));
    const QString body = QLatin1String(Iin) + digits;
    return QString(body + luhn(body));
}

Result<CreditCarrier::Credit> StsCarrier::prepare(const Vend &vend)
{
    if (!vend.meterId)
        return Error::invalid(tr("The sale has no meter to make a token for."));
    if (!m_vault.isUnlocked())
        return Error::make(Error::Code::Forbidden,
                           tr("The key vault is locked: an administrator must unlock it (Settings, "
                              "Key vault) before STS tokens can be sold. Nothing was sold."));
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT serial, sts_sgc, sts_tariff_index, sts_key_revision, sts_base_date, "
                                     "sts_last_tid, sts_next_sgc, sts_next_tariff_index, sts_next_key_revision "
                                     "FROM meters WHERE id = ?"),
                      {*vend.meterId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return Error::make(Error::Code::NotFound, tr("The sale's meter is not in the database."));
    const QSqlQuery &r = *q.value();
    MeterKeys m;
    m.serial = r.value(0).toString();
    if (r.isNull(1) || r.isNull(2) || r.isNull(3))
        return Error::invalid(
            tr("Meter %1 has no STS supply group code, tariff index and key revision.").arg(m.serial));
    m.sgc = r.value(1).toInt();
    m.tariffIndex = r.value(2).toInt();
    m.keyRevision = r.value(3).toInt();
    m.baseDate = r.isNull(4) ? 2014 : r.value(4).toInt();
    if (!r.isNull(5))
        m.lastTid = quint32(r.value(5).toLongLong());
    m.nextSgc = optionalInt(r, 6);
    m.nextTariffIndex = optionalInt(r, 7);
    m.nextKeyRevision = optionalInt(r, 8);
    auto pan = panOf(m.serial);
    if (!pan)
        return pan.error();

    const QDateTime now = m_clock.now().toUTC();
    auto keyParams = [&](int sgc, int ti, int krn, int baseDate) -> Result<TokenKeyParams> {
        auto key = m_vault.key(sgc, krn);
        if (!key)
            return key.error();
        TokenKeyParams p;
        // An 8-byte vending key is DES-based (DKGA02 with EA07); a longer one HMAC-based (DKGA04 with EA11).
        const bool des = key->bytes().size() == 8;
        p.keyAlgorithm = des ? QStringLiteral("02") : QStringLiteral("04");
        p.encryption = des ? QStringLiteral("07") : QStringLiteral("11");
        p.vendingKey = key->bytes();
        p.supplyGroupCode = sgc;
        p.tariffIndex = ti;
        p.keyRevision = krn;
        p.pan = pan.value();
        p.baseDate = baseDate;
        return p;
    };
    auto current = keyParams(m.sgc, m.tariffIndex, m.keyRevision, m.baseDate);
    if (!current)
        return current.error();
    const bool rollover = baseDateExhausted(m.baseDate, now);
    if (!m.nextSgc && !m.nextTariffIndex && !m.nextKeyRevision) {
        // An expired vending key moves the meter to the newest key revision of its supply group.
        auto keys = m_vault.keys();
        if (!keys)
            return keys.error();
        const QDate today = now.date();
        const auto mine = std::find_if(keys->cbegin(), keys->cend(), [&](const KeyVault::KeyInfo &k) {
            return k.sgc == m.sgc && k.keyRevision == m.keyRevision;
        });
        if (mine != keys->cend() && mine->expiresOn.isValid() && mine->expiresOn < today) {
            const KeyVault::KeyInfo *newest = nullptr;
            for (const KeyVault::KeyInfo &k : keys.value()) {
                if (k.sgc == m.sgc && k.keyRevision > m.keyRevision &&
                    (!k.expiresOn.isValid() || k.expiresOn >= today) &&
                    (!newest || k.keyRevision > newest->keyRevision))
                    newest = &k;
            }
            if (!newest)
                return Error::make(Error::Code::Invalid,
                                   tr("The vending key of supply group %1, key revision %2 expired on %3 and the vault "
                                      "has no newer key revision: an administrator must add one. Nothing was sold.")
                                       .arg(m.sgc)
                                       .arg(m.keyRevision)
                                       .arg(mine->expiresOn.toString(Qt::ISODate)));
            m.nextKeyRevision = newest->keyRevision;
            // Recorded as the meter's next keys, so that delivery moves the meter to them.
            if (auto u = Sql::run(m_db, QStringLiteral("UPDATE meters SET sts_next_key_revision = ? WHERE id = ?"),
                                  {newest->keyRevision, *vend.meterId});
                !u)
                return u.error();
        }
    }
    const bool change = rollover || m.nextSgc || m.nextTariffIndex || m.nextKeyRevision;
    QStringList tokens;
    QString note;
    TokenKeyParams creditKey = current.value();
    if (change) {
        auto next = keyParams(m.nextSgc.value_or(m.sgc), m.nextTariffIndex.value_or(m.tariffIndex),
                              m.nextKeyRevision.value_or(m.keyRevision), rollover ? 2014 : m.baseDate);
        if (!next)
            return next.error();
        auto kct = m_generator.keyChange(current.value(), next.value(), rollover);
        if (!kct)
            return kct.error();
        for (const GeneratedToken &t : kct.value())
            tokens << t.digits;
        creditKey = next.value();
        note = tr("Enter the %n key change token(s) first, in the order printed, then the credit token.", nullptr,
                  int(kct->size()));
    }
    CreditTokenRequest request;
    request.issued = now;
    request.lastTid = m.lastTid;
    request.rounding = TokenRounding::Down;
    if (vend.moneyCredit.isZero()) {
        request.kind = vend.utility == Utility::Electricity ? CreditKind::Electricity
                       : vend.utility == Utility::Water     ? CreditKind::Water
                                                            : CreditKind::Gas;
        request.amountTenths = vend.units.milli() / 100; // tenths of a kWh or m3, down
    } else {
        request.kind = CreditKind::Currency;
        request.amountTenths = vend.moneyCredit.minor() / 10; // tenths of a yuan, down
    }
    if (request.amountTenths <= 0)
        return Error::invalid(tr("The sale is too small for a token: it carries at least 0.1 units."));
    auto token = m_generator.credit(creditKey, request);
    if (!token)
        return token.error();
    tokens << token->digits;
    // What the token carries against what was sold, when the token format rounds.
    const qint64 carried = token->value.value_or(request.amountTenths);
    const qint64 soldMilli = vend.moneyCredit.isZero() ? vend.units.milli() : vend.moneyCredit.minor() * 10;
    if (carried * 100 != soldMilli) {
        const QString unit = vend.moneyCredit.isZero() ? Domain::unit(vend.utility) : tr("yuan");
        const QString rounding = tr("The token carries %1 %2; the %3 %2 sold are rounded down to what a token can "
                                    "carry.")
                                     .arg(Quantity::fromMilli(carried * 100).toString(1, Rounding::Floor), unit,
                                          Quantity::fromMilli(soldMilli).toString());
        note = note.isEmpty() ? rounding : note + u' ' + rounding;
    }
    // The identifier is used now, whether or not the vend is later voided: no two tokens share one.
    if (auto u = Sql::run(m_db, QStringLiteral("UPDATE meters SET sts_last_tid = ? WHERE id = ?"),
                          {qint64(token->tid.value_or(0)), *vend.meterId});
        !u)
        return u.error();
    return Credit{tokens.join(u';'), note};
}

Result<CreditCarrier::Outcome> StsCarrier::deliver(const Vend &vend)
{
    // The tokens are on the screen and the receipt. If they began with key change tokens, the
    // meter takes its new keys from them: record that now, once.
    if (vend.meterId && VendText::tokens(vend.creditCode).size() > 1) {
        Transaction t(m_db);
        if (!t.isActive())
            return t.error();
        auto u =
            Sql::run(m_db,
                     QStringLiteral("UPDATE meters SET sts_sgc = coalesce(sts_next_sgc, sts_sgc), "
                                    "sts_tariff_index = coalesce(sts_next_tariff_index, sts_tariff_index), "
                                    "sts_key_revision = coalesce(sts_next_key_revision, sts_key_revision), "
                                    "sts_base_date = CASE WHEN sts_base_date = 1993 THEN ? ELSE sts_base_date END, "
                                    "sts_next_sgc = NULL, sts_next_tariff_index = NULL, "
                                    "sts_next_key_revision = NULL WHERE id = ?"),
                     {baseDateExhausted(1993, m_clock.now().toUTC()) ? 2014 : 1993, *vend.meterId});
        if (!u)
            return u.error();
        if (Status s = t.commit(); !s)
            return s.error();
    }
    return Outcome::Delivered;
}

Result<CreditCarrier::Outcome> StsCarrier::resolve(const Vend &vend)
{
    Q_UNUSED(vend);
    return Outcome::Unknown; // a keypad meter cannot be asked; the cashier decides
}

} // namespace prepaydesk
