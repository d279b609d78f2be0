#include "vending/CreditCarrier.h"

#include <QCryptographicHash>

namespace prepaydesk {

Result<CreditCarrier::Credit> ReferenceCodeCarrier::prepare(const Vend &vend)
{
    // 20 decimal digits from SHA-256 of the key: the same sale always gives the same code, and
    // different sales practically never share one (the ledger check would report it).
    const QByteArray digest = QCryptographicHash::hash(vend.key.toUtf8(), QCryptographicHash::Sha256);
    QString code;
    for (int i = 0; code.size() < 20; ++i)
        code += QChar(u'0' + static_cast<unsigned char>(digest[i]) % 10);
    return Credit{code, {}};
}

Result<CreditCarrier::Outcome> ReferenceCodeCarrier::deliver(const Vend &vend)
{
    Q_UNUSED(vend);
    return Outcome::Delivered; // the code is on the screen and the receipt
}

Result<CreditCarrier::Outcome> ReferenceCodeCarrier::resolve(const Vend &vend)
{
    Q_UNUSED(vend);
    return Outcome::Unknown; // a printed code leaves no trace to ask: the cashier decides
}

CarrierRegistry::CarrierRegistry()
    : m_fallback(std::make_shared<ReferenceCodeCarrier>())
{}

void CarrierRegistry::add(Carrier kind, std::shared_ptr<CreditCarrier> carrier)
{
    m_carriers.append({kind, std::move(carrier)});
}

std::shared_ptr<CreditCarrier> CarrierRegistry::forMeter(Carrier kind) const
{
    for (const auto &[k, c] : m_carriers) {
        if (k == kind)
            return c;
    }
    return m_fallback;
}

std::shared_ptr<CreditCarrier> CarrierRegistry::byCode(const QString &code) const
{
    for (const auto &[k, c] : m_carriers) {
        if (c->code() == code)
            return c;
    }
    return m_fallback->code() == code ? m_fallback : nullptr;
}

} // namespace prepaydesk
