#include "DisplayText.h"

#include "money/Quantity.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace prepaydesk {

QString DisplayText::none()
{
    return QStringLiteral("—");
}

QString DisplayText::dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return none();
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DisplayText::date(const QDateTime &at)
{
    if (!at.isValid())
        return none();
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}

QString DisplayText::maskedIdNumber(const QString &idNumber)
{
    if (idNumber.isEmpty())
        return none();
    constexpr qsizetype Visible = 4;
    if (idNumber.size() <= Visible)
        return QString(idNumber.size(), u'*');
    return QString(idNumber.size() - Visible, u'*') + idNumber.right(Visible);
}

QString DisplayText::assistance(const Customer &customer)
{
    QStringList needs;
    if (customer.assistElderly)
        needs << tr("Elderly");
    if (customer.assistLargePrint)
        needs << tr("Large print");
    if (customer.assistHearing)
        needs << tr("Hearing");
    return needs.isEmpty() ? tr("None") : needs.join(tr(", "));
}

QString DisplayText::language(const QString &code)
{
    // A language is shown in its own name, which is not translated.
    if (code == QStringLiteral("zh_CN"))
        return QStringLiteral("中文");
    if (code == QStringLiteral("en"))
        return QStringLiteral("English");
    return code.isEmpty() ? none() : code;
}

QString DisplayText::meterKeys(const Meter &meter)
{
    if (meter.carrier == Carrier::IcCard || !meter.cardNo.isEmpty())
        return meter.cardNo.isEmpty() ? none() : tr("Card %1").arg(meter.cardNo);
    QStringList parts;
    if (meter.stsSupplyGroupCode)
        parts << tr("SGC %1").arg(*meter.stsSupplyGroupCode, 6, 10, QLatin1Char('0'));
    if (meter.stsTariffIndex)
        parts << tr("TI %1").arg(*meter.stsTariffIndex, 2, 10, QLatin1Char('0'));
    if (meter.stsKeyRevision)
        parts << tr("KRN %1").arg(*meter.stsKeyRevision);
    return parts.isEmpty() ? none() : parts.join(QStringLiteral(" · "));
}

QString DisplayText::registerReading(std::optional<qint64> milli, Utility utility)
{
    if (!milli)
        return {};
    return Quantity::fromMilli(*milli).toString() + u' ' + Domain::unit(utility);
}

QString DisplayText::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("customer_no"), QT_TR_NOOP("Customer no.")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("assist_elderly"), QT_TR_NOOP("Elderly")},
        {QStringLiteral("assist_large_print"), QT_TR_NOOP("Large print")},
        {QStringLiteral("assist_hearing"), QT_TR_NOOP("Hearing")},
        {QStringLiteral("preferred_language"), QT_TR_NOOP("Language")},
        {QStringLiteral("account_no"), QT_TR_NOOP("Account")},
        {QStringLiteral("utility"), QT_TR_NOOP("Utility")},
        {QStringLiteral("serial"), QT_TR_NOOP("Meter")},
        {QStringLiteral("old_serial"), QT_TR_NOOP("Old meter")},
        {QStringLiteral("new_serial"), QT_TR_NOOP("New meter")},
        {QStringLiteral("from_account_no"), QT_TR_NOOP("From account")},
        {QStringLiteral("to_account_no"), QT_TR_NOOP("To account")},
        {QStringLiteral("carrier"), QT_TR_NOOP("Carrier")},
        {QStringLiteral("model"), QT_TR_NOOP("Model")},
        {QStringLiteral("protocol"), QT_TR_NOOP("Protocol")},
        {QStringLiteral("card_no"), QT_TR_NOOP("Card no.")},
        {QStringLiteral("sts_sgc"), QT_TR_NOOP("STS supply group")},
        {QStringLiteral("sts_tariff_index"), QT_TR_NOOP("STS tariff index")},
        {QStringLiteral("sts_key_revision"), QT_TR_NOOP("STS key revision")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(it.value());
}

QString DisplayText::changeAction(const ChangeLog::Entry &entry)
{
    const QString &e = entry.entity;
    const QString &a = entry.action;
    auto is = [&](const char *entity, const char *action) {
        return e == QLatin1String(entity) && a == QLatin1String(action);
    };
    if (is("customer", "create"))
        return tr("Customer created");
    if (is("customer", "update"))
        return tr("Customer edited");
    if (is("account", "create"))
        return tr("Account opened");
    if (is("meter", "install"))
        return tr("Meter installed");
    if (is("meter", "replace"))
        return tr("Meter replaced");
    if (is("meter", "remove"))
        return tr("Meter removed");
    if (is("meter", "transfer-in"))
        return tr("Meter transferred in");
    if (is("meter", "transfer-out"))
        return tr("Meter transferred out");
    if (is("meter", "update"))
        return tr("Meter edited");
    if (is("meter", "register"))
        return tr("Meter registered");
    return e + u' ' + a;
}

QString DisplayText::changeValue(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    if (text.isEmpty())
        return tr("(empty)");
    if (field == QStringLiteral("category")) {
        if (auto c = Domain::parse<CustomerCategory>(text))
            return Domain::name(*c);
    } else if (field == QStringLiteral("utility")) {
        if (auto u = Domain::parse<Utility>(text))
            return Domain::name(*u);
    } else if (field == QStringLiteral("carrier")) {
        if (auto c = Domain::parse<Carrier>(text))
            return Domain::name(*c);
    } else if (field == QStringLiteral("preferred_language")) {
        return language(text);
    } else if (field == QStringLiteral("id_number")) {
        return maskedIdNumber(text);
    }
    return text;
}

QString DisplayText::changeDetails(const ChangeLog::Entry &entry)
{
    // Fields in the order a cashier reads a customer record; others follow alphabetically.
    static const QStringList order{QStringLiteral("customer_no"),
                                   QStringLiteral("name"),
                                   QStringLiteral("phone"),
                                   QStringLiteral("id_number"),
                                   QStringLiteral("address"),
                                   QStringLiteral("region"),
                                   QStringLiteral("category"),
                                   QStringLiteral("assist_elderly"),
                                   QStringLiteral("assist_large_print"),
                                   QStringLiteral("assist_hearing"),
                                   QStringLiteral("preferred_language")};
    QStringList keys = entry.details.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a);
        const qsizetype ib = order.indexOf(b);
        return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
    });
    const bool created = entry.action == QStringLiteral("create");
    QStringList lines;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue v = entry.details.value(key);
        if (v.isArray() && v.toArray().size() == 2) {
            const QJsonArray pair = v.toArray();
            lines << tr("%1: %2 → %3").arg(fieldLabel(key), changeValue(key, pair.at(0)), changeValue(key, pair.at(1)));
            continue;
        }
        // A new record lists what was filled in, not every empty field.
        if (created && (v.isNull() || (v.isString() && v.toString().isEmpty()) || (v.isBool() && !v.toBool())))
            continue;
        lines << tr("%1: %2").arg(fieldLabel(key), changeValue(key, v));
    }
    return lines.join(u'\n');
}

} // namespace prepaydesk
