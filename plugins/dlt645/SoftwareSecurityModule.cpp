#include "SoftwareSecurityModule.h"

#include <QMessageAuthenticationCode>

namespace prepaydesk::dlt645 {

namespace {

// Big-endian unsigned of `n` bytes.
QByteArray beBytes(quint64 value, int n)
{
    QByteArray out(n, '\0');
    for (int i = n - 1; i >= 0; --i) {
        out[i] = static_cast<char>(value & 0xFF);
        value >>= 8;
    }
    return out;
}

quint64 fromBe(QByteArrayView bytes)
{
    quint64 v = 0;
    for (const char c : bytes)
        v = v << 8 | static_cast<quint8>(c);
    return v;
}

// Customer number: 12 digits as 6 BCD bytes, lowest first (as DL/T 645 carries numbers).
std::optional<QByteArray> customerBytes(const QString &customer)
{
    if (customer.size() > 12)
        return std::nullopt;
    const QString padded = customer.rightJustified(12, QLatin1Char('0'));
    QByteArray out;
    for (int i = 5; i >= 0; --i) {
        const QChar hi = padded.at(2 * i);
        const QChar lo = padded.at(2 * i + 1);
        if (!hi.isDigit() || !lo.isDigit())
            return std::nullopt;
        out.append(static_cast<char>((hi.digitValue() << 4) | lo.digitValue()));
    }
    return out;
}

QString customerText(QByteArrayView bcd)
{
    QString out;
    for (qsizetype i = bcd.size() - 1; i >= 0; --i)
        out += QStringLiteral("%1").arg(static_cast<quint8>(bcd[i]), 2, 16, QLatin1Char('0'));
    return out;
}

} // namespace

SoftwareSecurityModule::SoftwareSecurityModule(QByteArray key)
    : m_key(std::move(key))
{}

QByteArray SoftwareSecurityModule::mac(const QString &meterAddress, const QByteArray &fields) const
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_key);
    code.addData("PrepayDesk software security module, not for real meters");
    code.addData(meterAddress.toLatin1());
    code.addData(fields);
    return code.result().left(4);
}

Result<QByteArray> SoftwareSecurityModule::seal(const MeterPurchase &purchase) const
{
    if (m_key.isEmpty())
        return Error::invalid(tr("The software security module has no key."));
    if (purchase.amountMinor <= 0 || purchase.amountMinor > 0xFFFFFFFFLL)
        return Error::invalid(tr("The purchase amount does not fit the meter's 4-byte register."),
                              QStringLiteral("amount"));
    const auto customer = customerBytes(purchase.customer);
    if (!customer)
        return Error::invalid(tr("The customer number is up to 12 digits."), QStringLiteral("customer"));
    const QByteArray money =
        beBytes(static_cast<quint64>(purchase.amountMinor), 4) + beBytes(purchase.purchaseCount, 4);
    const char kind = purchase.openAccount ? 'O' : 'R';
    QByteArray out = money + mac(purchase.meterAddress, QByteArray(1, kind) + money);
    out += *customer + mac(purchase.meterAddress, QByteArray(1, kind) + *customer);
    return out;
}

Result<MeterPurchase> SoftwareSecurityModule::open(const QString &meterAddress, const QByteArray &sealed) const
{
    if (sealed.size() != SealedBytes)
        return Error::invalid(tr("The purchase block has %1 bytes, not %2.").arg(sealed.size()).arg(SealedBytes));
    // The kind is not in the block: it is the command's data identifier. Try both.
    const QByteArray money = sealed.left(8);
    const QByteArray customer = sealed.mid(12, 6);
    for (const char kind : {'O', 'R'}) {
        if (mac(meterAddress, QByteArray(1, kind) + money) != sealed.mid(8, 4) ||
            mac(meterAddress, QByteArray(1, kind) + customer) != sealed.mid(18, 4))
            continue;
        MeterPurchase p;
        p.meterAddress = meterAddress;
        p.amountMinor = static_cast<qint64>(fromBe(QByteArrayView(money).first(4)));
        p.purchaseCount = static_cast<quint32>(fromBe(QByteArrayView(money).sliced(4)));
        p.customer = customerText(customer);
        p.openAccount = kind == 'O';
        return p;
    }
    return Error::invalid(tr("The purchase block's MAC does not verify (wrong key, wrong meter or altered)."));
}

} // namespace prepaydesk::dlt645
