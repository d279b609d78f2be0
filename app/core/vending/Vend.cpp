#include "vending/Vend.h"

namespace prepaydesk {

QString VendText::code(VendState s)
{
    switch (s) {
    case VendState::Pending:
        return QStringLiteral("pending");
    case VendState::Delivered:
        return QStringLiteral("delivered");
    case VendState::Failed:
        return QStringLiteral("failed");
    case VendState::Voided:
        return QStringLiteral("voided");
    case VendState::Reversed:
        return QStringLiteral("reversed");
    }
    return {};
}

QString VendText::name(VendState s)
{
    switch (s) {
    case VendState::Pending:
        return tr("Pending");
    case VendState::Delivered:
        return tr("Delivered");
    case VendState::Failed:
        return tr("Failed");
    case VendState::Voided:
        return tr("Voided");
    case VendState::Reversed:
        return tr("Reversed");
    }
    return {};
}

std::optional<VendState> VendText::parseState(const QString &c)
{
    for (VendState s :
         {VendState::Pending, VendState::Delivered, VendState::Failed, VendState::Voided, VendState::Reversed}) {
        if (code(s) == c)
            return s;
    }
    return std::nullopt;
}

QString VendText::code(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Qr:
        return QStringLiteral("qr");
    }
    return {};
}

QString VendText::name(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::Card:
        return tr("Bank card");
    case PaymentMethod::Qr:
        return tr("QR payment");
    }
    return {};
}

std::optional<PaymentMethod> VendText::parseMethod(const QString &c)
{
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Qr}) {
        if (code(m) == c.toLower())
            return m;
    }
    return std::nullopt;
}

QStringList VendText::tokens(const QString &code)
{
    return code.split(u';', Qt::SkipEmptyParts);
}

QString VendText::grouped(const QString &code)
{
    if (code.contains(u';')) {
        QStringList lines;
        for (const QString &token : tokens(code))
            lines << grouped(token);
        return lines.join(u'\n');
    }
    QString out;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += u' ';
        out += code[i];
    }
    return out;
}

} // namespace prepaydesk
