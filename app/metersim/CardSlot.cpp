#include "CardSlot.h"

#include "card/CardKeys.h"
#include "card/CardService.h"
#include "card/PrepayCardFormat.h"
#include "card/VirtualCardFile.h"
#include "money/FixedPoint.h"

#include <QTimeZone>

namespace prepaydesk::metersim {

namespace {

QString stripped(const QString &customer)
{
    QString out = customer;
    while (out.size() > 1 && out.startsWith(QLatin1Char('0')))
        out.remove(0, 1);
    return out;
}

QString amount(const Meter &meter, qint64 value)
{
    return meter.config().mode == CreditMode::Money ? fixedpoint::format(value, 2) : fixedpoint::format(value, 3);
}

// What the meter writes back: its state now.
CardWriteBack writeBackOf(const Meter &meter)
{
    CardWriteBack w;
    w.present = true;
    w.loadedCount = meter.purchaseCount();
    w.remaining = meter.balance();
    w.cumulativeMilli = meter.total();
    w.readings = meter.readingLog();
    w.valveClosed = !meter.supplyOn();
    w.leak = meter.leak();
    w.tamper = meter.tamper();
    w.lowBattery = meter.batteryLow();
    w.alarm = meter.gasAlarm() || meter.lowBalanceAlarm();
    // The card keeps whole seconds, UTC.
    const QDateTime clock = meter.meterClock().toUTC();
    w.at = QDateTime::fromSecsSinceEpoch(clock.toSecsSinceEpoch(), QTimeZone::utc());
    return w;
}

} // namespace

QStringList CardSlot::insert(Meter &meter, const QString &imagePath, const QByteArray &cardKey,
                             const QString &utilityCode)
{
    auto file = VirtualCardFile::load(imagePath);
    if (!file)
        return {QStringLiteral("error: ") + file.error().message};
    VirtualCardFile &card = file.value();
    const QByteArray serial = card.serial();
    QStringList line{QStringLiteral("card"), QStringLiteral("serial=") + QString::fromLatin1(serial.toHex()).toUpper(),
                     QStringLiteral("chip=") + card.chipName()};
    const auto refuse = [&line](const char *reason, const QString &why) {
        line << QStringLiteral("result=refused") << QStringLiteral("reason=") + QLatin1String(reason);
        return QStringList{line.join(QLatin1Char(' ')), QStringLiteral("error: refused: ") + why};
    };

    if (cardKey.isEmpty())
        return refuse("no-card-key", tr("the meter has no card key (start prepay-metersim with --card-key)"));
    if (utilityCode.isEmpty())
        return refuse("no-utility-code",
                      tr("the meter has no utility code (start prepay-metersim with --utility-code)"));

    // 1. The card's data, MACs first.
    const PrepayCardFormat format;
    const auto read = format.read(card.area(), serial, cardKey);
    if (!read) {
        switch (PrepayCardFormat::problem(read.error())) {
        case PrepayCardFormat::Problem::Blank:
            return refuse("blank", read.error().message);
        case PrepayCardFormat::Problem::Foreign:
            return refuse("foreign", read.error().message);
        case PrepayCardFormat::Problem::Altered:
            return refuse("altered", read.error().message);
        default:
            return refuse("invalid", read.error().message);
        }
    }
    const CardImage image = *read;
    line << QStringLiteral("kind=") + CardService::kindCode(image.kind);

    // 2. For this utility, this meter, this unit.
    if (image.utility != utilityCode)
        return refuse(
            "wrong-utility",
            tr("the card is for utility %1, this meter belongs to utility %2").arg(image.utility, utilityCode));
    if (!image.meter.isEmpty() && image.meter != meter.name() && image.meter != meter.address())
        return refuse("wrong-meter",
                      tr("the card is for meter %1, this is meter %2").arg(image.meter, meter.address()));
    const bool moneyCard = image.unit == CreditUnit::Money;
    if (moneyCard != (meter.config().mode == CreditMode::Money))
        return refuse("wrong-unit", moneyCard ? tr("the card is in money, this meter counts units")
                                              : tr("the card is in units, this meter counts money"));

    // 3. The meter unlocks the card before it changes anything (SLE4442: PSC). A CPU card's
    // external authentication is the reader's business (plugins/card-cpu); the simulator writes
    // its area file directly.
    if (card.chip() == VirtualCardFile::Chip::Sle4442) {
        if (card.errorCounter() <= 0)
            return refuse("card-locked", tr("the card is locked (no security code tries left)"));
        const auto psc = CardKeys::psc(cardKey, serial);
        if (!psc || psc->bytes() != card.psc())
            return refuse("wrong-psc", tr("the card's security code is not this utility's: it cannot be written"));
    }

    // 4. Apply it, on a meter that can be put back if the card cannot be written.
    const Meter before = meter;
    switch (image.kind) {
    case CardKind::User: {
        if (meter.isBlacklisted(serial))
            return refuse("blacklisted", tr("this card was replaced by another and is blacklisted"));
        if (!image.customer.isEmpty() && !meter.customer().isEmpty() &&
            stripped(image.customer) != stripped(meter.customer()))
            return refuse("wrong-customer", tr("the card is for customer %1, this meter's account is for customer %2")
                                                .arg(image.customer, meter.customer()));
        QString binding;
        QByteArray replaced;
        if (meter.boundCard().isEmpty()) {
            binding = QStringLiteral("new");
        } else if (meter.boundCard() == serial) {
            binding = QStringLiteral("same");
        } else if (!image.replaces.isEmpty() && image.replaces == meter.boundCard()) {
            binding = QStringLiteral("replaced");
            replaced = meter.boundCard();
        } else {
            return refuse("other-card", tr("another card (%1) is bound to this meter")
                                            .arg(QString::fromLatin1(meter.boundCard().toHex()).toUpper()));
        }
        const quint32 loaded = meter.purchaseCount();
        QString result;
        QStringList extra;
        if (image.purchaseCount == loaded + 1) {
            switch (meter.loadCredit(image.credit, image.purchaseCount)) {
            case PurchaseRefusal::None:
                result = QStringLiteral("loaded");
                extra << QStringLiteral("amount=") + amount(meter, image.credit);
                break;
            case PurchaseRefusal::Hoarding:
                return refuse("over-limit", tr("the credit would take the meter over its maximum balance of %1")
                                                .arg(amount(meter, meter.config().hoardingLimit)));
            default:
                return refuse("count-gap", tr("the meter did not take the purchase count %1").arg(image.purchaseCount));
            }
        } else if (image.purchaseCount <= loaded) {
            // Loaded before (the same card again), or a replacement carrying a sale this meter has.
            result = binding == QLatin1String("new") && image.purchaseCount == 0 && loaded == 0
                         ? QStringLiteral("bound")
                         : QStringLiteral("already-loaded");
        } else {
            return refuse("count-gap", tr("the card carries purchase %1 but the meter's last is %2: "
                                          "a purchase in between never reached the meter")
                                           .arg(image.purchaseCount)
                                           .arg(loaded));
        }
        meter.bindCard(serial);
        if (meter.customer().isEmpty())
            meter.setCustomer(image.customer);
        if (!replaced.isEmpty())
            meter.blacklistCard(replaced);
        line << QStringLiteral("result=") + result << QStringLiteral("binding=") + binding << extra;
        if (!replaced.isEmpty())
            line << QStringLiteral("replaced=") + QString::fromLatin1(replaced.toHex()).toUpper();
        break;
    }
    case CardKind::Setup:
        meter.applySetup(image.alarm, image.overdraft, image.maxBalance, image.priceVersion, image.priceMinor);
        line << QStringLiteral("result=setup") << QStringLiteral("alarm=") + amount(meter, image.alarm)
             << QStringLiteral("overdraft=") + amount(meter, image.overdraft)
             << QStringLiteral("limit=") + amount(meter, image.maxBalance)
             << QStringLiteral("price=") + fixedpoint::format(meter.config().price, 4)
             << QStringLiteral("price_version=") + QString::number(meter.priceVersion());
        break;
    case CardKind::Clear:
        meter.clearCredit();
        line << QStringLiteral("result=cleared");
        break;
    case CardKind::Tool:
        // Maintenance: 1 opens the valve / closes the relay, 2 closes the valve / opens the relay.
        if (image.toolAction == 1)
            meter.openValve();
        else
            meter.trip();
        line << (image.toolAction == 1 ? QStringLiteral("result=supply-on") : QStringLiteral("result=supply-off"));
        break;
    case CardKind::Check:
        line << QStringLiteral("result=checked");
        break;
    }

    // 5. Write back.
    meter.logReading();
    const auto area = PrepayCardFormat::withWriteBack(card.area(), writeBackOf(meter), serial, cardKey);
    Status saved = area ? card.setArea(*area) : Status(area.error());
    if (saved)
        saved = card.save(imagePath);
    if (!saved) {
        meter = before;
        return {QStringLiteral("error: ") + saved.error().message};
    }
    line << QStringLiteral("count=") + QString::number(meter.purchaseCount())
         << QStringLiteral("balance=") + amount(meter, meter.balance())
         << QStringLiteral("supply=") + (meter.supplyOn() ? QStringLiteral("on") : QStringLiteral("off"))
         << QStringLiteral("written=1");
    return {line.join(QLatin1Char(' ')), QStringLiteral("ok")};
}

} // namespace prepaydesk::metersim
