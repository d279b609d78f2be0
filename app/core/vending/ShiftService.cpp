#include "vending/ShiftService.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"
#include "vending/Ledger.h"
#include "vending/Outbox.h"
#include "vending/Receipt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace prepaydesk {

namespace {

const QString shiftColumns = QStringLiteral(
    "SELECT s.id, s.operator_id, o.display_name, s.status, s.opened_at, s.float_minor, s.closed_at, "
    "s.expected_cash_minor, s.counted_cash_minor, s.counted_detail, a.display_name, s.close_note "
    "FROM shifts s JOIN operators o ON o.id = s.operator_id LEFT JOIN operators a ON a.id = s.approved_by ");

ShiftService::Shift shiftFrom(const QSqlQuery &r)
{
    ShiftService::Shift s;
    s.id = r.value(0).toLongLong();
    s.operatorId = r.value(1).toLongLong();
    s.operatorName = r.value(2).toString();
    s.open = r.value(3).toString() == QLatin1String("open");
    s.openedAt = QDateTime::fromString(r.value(4).toString(), Qt::ISODate);
    s.floatAmount = Money::fromMinor(r.value(5).toLongLong());
    s.closedAt = QDateTime::fromString(r.value(6).toString(), Qt::ISODate);
    s.expectedCash = Money::fromMinor(r.value(7).toLongLong());
    s.countedCash = Money::fromMinor(r.value(8).toLongLong());
    const QJsonObject counts = QJsonDocument::fromJson(r.value(9).toString().toUtf8()).object();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        s.counts.insert(it.key().toLongLong(), it.value().toInt());
    s.approvedBy = r.value(10).toString();
    s.note = r.value(11).toString();
    return s;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

ShiftService::ShiftService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

const QList<qint64> &ShiftService::denominations()
{
    // RMB: 100, 50, 20, 10, 5 and 1 yuan notes; 5 and 1 jiao.
    static const QList<qint64> list{10000, 5000, 2000, 1000, 500, 100, 50, 10};
    return list;
}

Result<ShiftService::Shift> ShiftService::open(const Operator &actor, Money floatAmount)
{
    if (Status s = Access::require(actor, Permission::Vend); !s)
        return s.error();
    if (floatAmount.isNegative() || floatAmount.minor() > 10'000'000)
        return Error::invalid(tr("The cash float must be between 0 and 100,000.00."), QStringLiteral("float"));
    const QSqlDatabase db = m_db.connection();
    qint64 id = 0;
    {
        Transaction t(m_db);
        if (!t.isActive())
            return t.error();
        const QDateTime now = m_clock.now();
        auto ins = Sql::exec(db,
                             QStringLiteral("INSERT INTO shifts (operator_id, status, opened_at, float_minor) "
                                            "VALUES (?, 'open', ?, ?)"),
                             {actor.id, iso(now), floatAmount.minor()});
        if (!ins)
            return ins.error().code == Error::Code::Conflict
                       ? Error::make(Error::Code::Conflict, tr("%1 already has an open shift.").arg(actor.displayName))
                       : ins.error();
        id = ins.value().lastInsertId().toLongLong();
        if (!floatAmount.isZero()) {
            auto posted = Ledger::post(m_db, {QStringLiteral("float"), {}, id, now, actor.id, {}, tr("cash float")},
                                       {LedgerLine::dr(LedgerAccounts::Cash, floatAmount),
                                        LedgerLine::cr(LedgerAccounts::Float, floatAmount)});
            if (!posted)
                return posted.error();
        }
        if (Status s = Outbox::add(m_db, QStringLiteral("shift.opened"),
                                   QJsonObject{{QStringLiteral("shift_id"), id},
                                               {QStringLiteral("operator"), actor.username},
                                               {QStringLiteral("float"), floatAmount.toString()}},
                                   now);
            !s)
            return s.error();
        if (Status s = t.commit(); !s)
            return s.error();
    }
    return get(id);
}

Result<std::optional<ShiftService::Shift>> ShiftService::current(const Operator &actor) const
{
    auto q = Sql::exec(m_db.connection(),
                       shiftColumns + QStringLiteral("WHERE s.operator_id = ? AND s.status = 'open'"), {actor.id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Shift>();
    return std::optional<Shift>(shiftFrom(q.value()));
}

Result<ShiftService::Shift> ShiftService::get(qint64 shiftId) const
{
    auto q = Sql::exec(m_db.connection(), shiftColumns + QStringLiteral("WHERE s.id = ?"), {shiftId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, tr("There is no shift %1.").arg(shiftId));
    return shiftFrom(q.value());
}

Result<QList<ShiftService::Shift>> ShiftService::recent(int limit) const
{
    auto q = Sql::exec(m_db.connection(), shiftColumns + QStringLiteral("ORDER BY s.id DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    QList<Shift> list;
    while (q.value().next())
        list << shiftFrom(q.value());
    return list;
}

Result<Money> ShiftService::expectedCash(qint64 shiftId) const
{
    auto v =
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT coalesce(sum(l.debit_minor) - sum(l.credit_minor), 0) FROM ledger_lines l "
                                   "JOIN ledger_transactions t ON t.id = l.transaction_id "
                                   "WHERE t.shift_id = ? AND l.ledger_account = 'cash' AND t.kind <> 'shift-close'"),
                    {shiftId});
    if (!v)
        return v.error();
    return Money::fromMinor(v.value().toLongLong());
}

Result<ShiftService::Shift> ShiftService::close(const Operator &actor, const QMap<qint64, int> &counts,
                                                const std::optional<Operator> &approver, const QString &note)
{
    if (Status s = Access::require(actor, Permission::Vend); !s)
        return s.error();
    Money counted;
    QJsonObject detail;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!denominations().contains(it.key()))
            return Error::invalid(tr("%1 is not an RMB note or coin.").arg(Money::fromMinor(it.key()).toString()),
                                  QStringLiteral("counts"));
        if (it.value() < 0 || it.value() > 100000)
            return Error::invalid(tr("Count each denomination from 0 to 100,000 pieces."), QStringLiteral("counts"));
        counted += Money::fromMinor(it.key() * it.value());
        if (it.value() > 0)
            detail.insert(QString::number(it.key()), it.value());
    }
    const QSqlDatabase db = m_db.connection();
    qint64 shiftId = 0;
    {
        Transaction t(m_db);
        if (!t.isActive())
            return t.error();
        auto open = Sql::exec(db,
                              QStringLiteral("SELECT id, float_minor FROM shifts WHERE operator_id = ? AND "
                                             "status = 'open'"),
                              {actor.id});
        if (!open)
            return open.error();
        if (!open.value().next())
            return Error::make(Error::Code::Invalid, tr("%1 has no open shift to close.").arg(actor.displayName));
        shiftId = open.value().value(0).toLongLong();
        const Money floatAmount = Money::fromMinor(open.value().value(1).toLongLong());
        auto pending = Sql::scalar(
            db, QStringLiteral("SELECT count(*) FROM vends WHERE shift_id = ? AND state = 'pending'"), {shiftId});
        if (!pending)
            return pending.error();
        if (pending.value().toInt() > 0)
            return Error::make(Error::Code::Invalid, tr("%n vend(s) of this shift are still pending; finish or void "
                                                        "them before closing.",
                                                        nullptr, pending.value().toInt()));
        auto expected = expectedCash(shiftId);
        if (!expected)
            return expected.error();
        const Money difference = counted - expected.value();
        std::optional<qint64> approvedBy;
        if (!difference.isZero()) {
            if (!approver)
                return Error::make(Error::Code::Forbidden,
                                   tr("The counted cash (%1) differs from the expected (%2) by %3: a supervisor must "
                                      "approve the closing.")
                                       .arg(counted.toString(), expected.value().toString(), difference.toString()));
            if (!Access::allows(approver->role, Permission::ApproveReversal) || approver->id == actor.id)
                return Error::make(Error::Code::Forbidden,
                                   tr("A cash difference must be approved by a supervisor other than the cashier."));
            if (note.trimmed().isEmpty())
                return Error::invalid(tr("Say why the cash differs."), QStringLiteral("note"));
            approvedBy = approver->id;
        }
        const QDateTime now = m_clock.now();
        // The drawer empties into the safe; a shortage or surplus goes to over-short; the
        // float goes back to the safe it came from.
        QList<LedgerLine> lines;
        if (!counted.isZero())
            lines << LedgerLine::dr(LedgerAccounts::Safe, counted) << LedgerLine::cr(LedgerAccounts::Cash, counted);
        if (difference.isNegative())
            lines << LedgerLine::dr(LedgerAccounts::OverShort, -difference)
                  << LedgerLine::cr(LedgerAccounts::Cash, -difference);
        else if (!difference.isZero())
            lines << LedgerLine::dr(LedgerAccounts::Cash, difference)
                  << LedgerLine::cr(LedgerAccounts::OverShort, difference);
        if (!floatAmount.isZero())
            lines << LedgerLine::dr(LedgerAccounts::Float, floatAmount)
                  << LedgerLine::cr(LedgerAccounts::Safe, floatAmount);
        if (!lines.isEmpty()) {
            auto posted = Ledger::post(
                m_db, {QStringLiteral("shift-close"), {}, shiftId, now, actor.id, approvedBy, note}, lines);
            if (!posted)
                return posted.error();
        }
        auto u = Sql::exec(
            db,
            QStringLiteral("UPDATE shifts SET status = 'closed', closed_at = ?, expected_cash_minor = ?, "
                           "counted_cash_minor = ?, counted_detail = ?, approved_by = ?, close_note = ? "
                           "WHERE id = ?"),
            {iso(now), expected.value().minor(), counted.minor(),
             QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
             approvedBy ? QVariant(*approvedBy) : QVariant(QMetaType(QMetaType::LongLong)), note.trimmed(), shiftId});
        if (!u)
            return u.error();
        if (Status s = Outbox::add(m_db, QStringLiteral("shift.closed"),
                                   QJsonObject{{QStringLiteral("shift_id"), shiftId},
                                               {QStringLiteral("expected"), expected.value().toString()},
                                               {QStringLiteral("counted"), counted.toString()}},
                                   now);
            !s)
            return s.error();
        if (Status s = t.commit(); !s)
            return s.error();
    }
    return get(shiftId);
}

Result<ShiftService::ZReport> ShiftService::zReport(qint64 shiftId) const
{
    auto shift = get(shiftId);
    if (!shift)
        return shift.error();
    const QSqlDatabase db = m_db.connection();
    ZReport z;
    z.shift = shift.value();
    z.printedAt = m_clock.now();
    auto vends =
        Sql::exec(db,
                  QStringLiteral("SELECT a.utility, v.state, v.amount_minor, v.units_milli, v.quote FROM vends v "
                                 "JOIN accounts a ON a.id = v.account_id WHERE v.shift_id = ? ORDER BY v.id"),
                  {shiftId});
    if (!vends)
        return vends.error();
    while (vends.value().next()) {
        const QSqlQuery &r = vends.value();
        const Utility utility = Domain::parse<Utility>(r.value(0).toString()).value_or(Utility::Electricity);
        const QString state = r.value(1).toString();
        const Money amount = Money::fromMinor(r.value(2).toLongLong());
        if (state == QLatin1String("voided") || state == QLatin1String("failed")) {
            ++z.voids;
            z.voidedAmount += amount;
            continue;
        }
        if (state == QLatin1String("pending"))
            ++z.pending;
        if (state == QLatin1String("reversed")) {
            ++z.reversals;
            z.reversedAmount += amount;
        }
        const QJsonObject quote = QJsonDocument::fromJson(r.value(4).toString().toUtf8()).object();
        auto money = [&quote](const char *key) {
            auto m = Money::parse(quote.value(QLatin1String(key)).toString());
            return m ? m.value() : Money();
        };
        auto it =
            std::find_if(z.utilities.begin(), z.utilities.end(), [&](const auto &u) { return u.utility == utility; });
        if (it == z.utilities.end())
            it = z.utilities.insert(z.utilities.end(), ZReport::ByUtility{utility, 0, {}, {}, {}});
        ++it->vends;
        it->amount += amount;
        it->units += Quantity::fromMilli(r.value(3).toLongLong());
        it->tax += money("tax");
        z.fixedCharges += money("fixed_charges");
        z.debtRecovered += money("debt_recovered");
        for (const QJsonValue &v : quote.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject line = v.toObject();
            if (line.value(QStringLiteral("kind")).toString() != QLatin1String("block"))
                continue;
            const int block = line.value(QStringLiteral("block")).toInt() + 1;
            auto b = std::find_if(z.blocks.begin(), z.blocks.end(),
                                  [&](const auto &x) { return x.utility == utility && x.block == block; });
            if (b == z.blocks.end())
                b = z.blocks.insert(z.blocks.end(), ZReport::ByBlock{utility, block, {}, {}});
            b->units += Quantity::parse(line.value(QStringLiteral("units")).toString()).ok()
                            ? *Quantity::parse(line.value(QStringLiteral("units")).toString())
                            : Quantity();
            b->amount += Money::parse(line.value(QStringLiteral("amount")).toString()).ok()
                             ? *Money::parse(line.value(QStringLiteral("amount")).toString())
                             : Money();
        }
    }
    std::sort(z.blocks.begin(), z.blocks.end(), [](const auto &a, const auto &b) {
        return std::pair(int(a.utility), a.block) < std::pair(int(b.utility), b.block);
    });
    auto methods = Sql::exec(db,
                             QStringLiteral("SELECT p.method, count(*), sum(p.amount_minor) FROM payments p "
                                            "JOIN vends v ON v.id = p.vend_id WHERE v.shift_id = ? "
                                            "AND v.state IN ('pending', 'delivered', 'reversed') "
                                            "GROUP BY p.method ORDER BY p.method"),
                             {shiftId});
    if (!methods)
        return methods.error();
    while (methods.value().next())
        z.methods << ZReport::ByMethod{methods.value().value(0).toString(), methods.value().value(1).toInt(),
                                       Money::fromMinor(methods.value().value(2).toLongLong())};
    auto cash = Sql::exec(db,
                          QStringLiteral("SELECT coalesce(sum(l.debit_minor), 0), coalesce(sum(l.credit_minor), 0) "
                                         "FROM ledger_lines l JOIN ledger_transactions t ON t.id = l.transaction_id "
                                         "WHERE t.shift_id = ? AND l.ledger_account = 'cash' "
                                         "AND t.kind NOT IN ('float', 'shift-close')"),
                          {shiftId});
    if (!cash)
        return cash.error();
    cash.value().next();
    z.cashIn = Money::fromMinor(cash.value().value(0).toLongLong());
    z.cashOut = Money::fromMinor(cash.value().value(1).toLongLong());
    auto expected = expectedCash(shiftId);
    if (!expected)
        return expected.error();
    z.expectedCash = expected.value();
    return z;
}

QString ShiftService::ZReport::text(const QLocale &locale, int width) const
{
    QStringList out;
    auto rule = [&] { out << QString(width, u'-'); };
    auto pair = [&](const QString &label, const QString &value) {
        // Columns as a printer counts them: Chinese characters take two.
        const int gap = std::max(1, width - Receipt::displayWidth(label) - Receipt::displayWidth(value));
        out << label + QString(gap, u' ') + value;
    };
    auto money = [&](const Money &m) { return m.toDisplayString(locale); };
    out << tr("Z REPORT - SHIFT %1").arg(shift.id);
    pair(tr("Cashier"), shift.operatorName);
    pair(tr("Opened"), locale.toString(shift.openedAt.toLocalTime(), QLocale::ShortFormat));
    if (!shift.open)
        pair(tr("Closed"), locale.toString(shift.closedAt.toLocalTime(), QLocale::ShortFormat));
    rule();
    out << tr("Sales by utility");
    for (const ByUtility &u : utilities) {
        pair(tr("%1 (%n vend(s))", nullptr, u.vends).arg(Domain::name(u.utility)), money(u.amount));
        pair(tr("  units"), u.units.toString(1, Rounding::Floor) + u' ' + Domain::unit(u.utility));
        pair(tr("  of which tax"), money(u.tax));
    }
    if (!blocks.isEmpty()) {
        rule();
        out << tr("By tariff block");
        for (const ByBlock &b : blocks)
            pair(tr("%1 block %2: %3 %4")
                     .arg(Domain::name(b.utility))
                     .arg(b.block)
                     .arg(b.units.toString(1, Rounding::Floor), Domain::unit(b.utility)),
                 money(b.amount));
    }
    if (!fixedCharges.isZero())
        pair(tr("Fixed charges"), money(fixedCharges));
    if (!debtRecovered.isZero())
        pair(tr("Debt recovered"), money(debtRecovered));
    rule();
    out << tr("By payment method");
    for (const ByMethod &m : methods) {
        const QString name = m.method == QLatin1String("cash")   ? tr("Cash")
                             : m.method == QLatin1String("card") ? tr("Bank card")
                                                                 : tr("QR payment");
        pair(tr("%1 (%n payment(s))", nullptr, m.payments).arg(name), money(m.amount));
    }
    rule();
    pair(tr("Voided (%n)", nullptr, voids), money(voidedAmount));
    pair(tr("Reversed (%n)", nullptr, reversals), money(reversedAmount));
    if (pending > 0)
        pair(tr("Still pending"), QString::number(pending));
    rule();
    pair(tr("Cash float"), money(shift.floatAmount));
    pair(tr("Cash taken"), money(cashIn));
    pair(tr("Cash returned"), money(cashOut));
    pair(tr("Cash expected"), money(expectedCash));
    if (!shift.open) {
        pair(tr("Cash counted"), money(shift.countedCash));
        pair(tr("Difference"), money(shift.countedCash - expectedCash));
        if (!shift.approvedBy.isEmpty())
            pair(tr("Approved by"), shift.approvedBy);
        if (!shift.note.isEmpty())
            out << tr("Note: %1").arg(shift.note);
    }
    rule();
    pair(tr("Printed"), locale.toString(printedAt.toLocalTime(), QLocale::ShortFormat));
    return out.join(u'\n') + u'\n';
}

} // namespace prepaydesk
