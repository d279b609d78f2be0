#include "vending/Receipt.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "vending/Ledger.h"

#include <QJsonArray>
#include <QJsonObject>

namespace prepaydesk {

namespace {

// Money as printed in the columns: "1234.50" (no symbol: the ¥ sign has no single-byte form in
// GB18030 and would print as a different width on different printers).
QString plain(const QString &jsonMoney)
{
    auto m = Money::parse(jsonMoney);
    return m ? m->toString() : jsonMoney;
}

bool inRange(char32_t c, char32_t from, char32_t to)
{
    return c >= from && c <= to;
}

// The code point at `i` (a surrogate pair counts as one); `i` moves past it.
char32_t nextCodePoint(QStringView text, qsizetype &i)
{
    const QChar c = text[i++];
    if (c.isHighSurrogate() && i < text.size() && text[i].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[i++]);
    return c.unicode();
}

} // namespace

Result<Receipt> Receipt::forVend(const Database &db, const Vend &vend, const QString &outletName,
                                 const QDateTime &printedAt)
{
    Receipt r;
    r.vend = vend;
    r.outletName = outletName.trimmed();
    r.printedAt = printedAt;
    auto op = Sql::scalar(db, QStringLiteral("SELECT display_name FROM operators WHERE id = ?"), {vend.operatorId});
    if (!op && op.error().code != Error::Code::NotFound)
        return op.error();
    r.operatorName = op ? op.value().toString() : QString();
    auto tariff =
        Sql::scalar(db,
                    QStringLiteral("SELECT t.name FROM tariff_versions v JOIN tariffs t ON t.id = v.tariff_id "
                                   "WHERE v.id = ?"),
                    {vend.tariffVersionId});
    if (!tariff && tariff.error().code != Error::Code::NotFound)
        return tariff.error();
    r.tariffName = tariff ? tariff.value().toString() : QString();
    auto debt = Ledger::balance(db, LedgerAccounts::Debt, vend.accountId);
    if (!debt)
        return debt.error();
    r.debt = std::max(debt.value(), Money());
    return r;
}

QString Receipt::heading() const
{
    // Whole sentences per utility, so that each language can word them its own way.
    switch (vend.utility) {
    case Utility::Electricity:
        return tr("Electricity purchase receipt");
    case Utility::Water:
        return tr("Water purchase receipt");
    case Utility::Gas:
        return tr("Gas purchase receipt");
    }
    return {};
}

QString Receipt::stateNotice() const
{
    switch (vend.state) {
    case VendState::Delivered:
        return {};
    case VendState::Pending:
        return tr("DELIVERY NOT CONFIRMED. The credit is kept and will be finished or voided at the counter.");
    case VendState::Failed:
        return tr("NOT DELIVERED. The payment was returned.");
    case VendState::Voided:
        return tr("VOIDED. This credit was cancelled and the payment returned.");
    case VendState::Reversed:
        return tr("REVERSED. This sale was undone and the payment returned.");
    }
    return {};
}

QList<Receipt::Row> Receipt::rows(const QLocale &locale) const
{
    using Kind = Row::Kind;
    QList<Row> out;
    auto pair = [&out](const QString &label, const QString &value, bool strong = false, int indent = 0) {
        out << Row{Kind::Pair, label, value, strong, indent};
    };
    auto rule = [&out] { out << Row{Kind::Rule, {}, {}, false, 0}; };
    const QString unit = Domain::unit(vend.utility);
    const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

    if (!outletName.isEmpty())
        out << Row{Kind::Title, outletName, {}, false, 0};
    out << Row{Kind::Title, heading(), {}, false, 0};
    if (isReprint())
        out << Row{Kind::Notice, tr("REPRINT %1").arg(vend.receiptPrints), {}, true, 0};
    if (const QString notice = stateNotice(); !notice.isEmpty())
        out << Row{Kind::Notice, notice, {}, true, 0};
    pair(tr("Date"), locale.toString(vend.createdAt.toLocalTime(), dateFormat));
    pair(tr("Receipt no."), QString::number(vend.id));
    pair(tr("Customer"), vend.customerName);
    pair(tr("Utility"), Domain::name(vend.utility));
    pair(tr("Account"), vend.accountNo);
    pair(tr("Meter"), vend.meterSerial);
    const QString tariffCode = vend.quote.value(QStringLiteral("tariff")).toString();
    pair(tr("Tariff"), tariffName.isEmpty() ? tariffCode : tariffName);
    pair(tr("Prices from"), vend.quote.value(QStringLiteral("effective_from")).toString());
    rule();

    const QJsonArray lines = vend.quote.value(QStringLiteral("lines")).toArray();
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        const QString kind = line.value(QStringLiteral("kind")).toString();
        const QString amount = plain(line.value(QStringLiteral("amount")).toString());
        const QString units = line.value(QStringLiteral("units")).toString();
        if (kind == QLatin1String("fixed")) {
            const int months = vend.quote.value(QStringLiteral("fixed_months")).toInt();
            pair(tr("Fixed charge, %n month(s)", nullptr, std::max(1, months)), amount);
        } else if (kind == QLatin1String("debt")) {
            pair(tr("Debt recovered"), amount);
        } else if (kind == QLatin1String("free")) {
            pair(tr("Free units %1 %2").arg(units, unit), amount);
        } else if (kind == QLatin1String("block")) {
            pair(tr("Block %1: %2 %3 x %4")
                     .arg(line.value(QStringLiteral("block")).toInt() + 1)
                     .arg(units, unit, line.value(QStringLiteral("price")).toString()),
                 amount);
        } else if (kind == QLatin1String("money")) {
            pair(tr("Credit loaded"), amount);
        }
    }
    if (auto tax = Money::parse(vend.quote.value(QStringLiteral("tax")).toString()); tax && !tax->isZero())
        pair(tr("of which tax"), tax->toString(), false, 2);
    rule();

    pair(tr("Total paid"), vend.amount.toString(), true);
    for (const Payment &p : vend.payments) {
        pair(VendText::name(p.method), p.amount.toString());
        if (p.method == PaymentMethod::Cash && p.tendered != p.amount && !p.tendered.isZero()) {
            pair(tr("Tendered"), p.tendered.toString(), false, 2);
            pair(tr("Change"), p.change.toString(), false, 2);
        }
        if (!p.reference.isEmpty())
            pair(tr("Reference"), p.reference, false, 2);
    }
    if (vend.moneyCredit.isZero()) {
        pair(tr("Units credited"), vend.units.toString() + u' ' + unit, true);
        if (!vend.freeUnits.isZero())
            pair(tr("of which free"), vend.freeUnits.toString() + u' ' + unit, false, 2);
    } else {
        pair(tr("Money credited"), vend.moneyCredit.toString(), true);
    }
    if (debt.minor() > 0)
        pair(tr("Debt still owed"), debt.toString(), true);
    rule();

    if (!vend.creditCode.isEmpty()) {
        const QStringList tokens = VendText::tokens(vend.creditCode);
        if (tokens.size() == 1) {
            out << Row{Kind::Text, tr("Credit code"), {}, false, 0};
            out << Row{Kind::Code, VendText::grouped(vend.creditCode), {}, true, 0};
        } else {
            // Key change tokens first, in order, then the credit token.
            for (qsizetype i = 0; i < tokens.size(); ++i) {
                const QString label =
                    i + 1 < tokens.size()
                        ? tr("%1. Key change token %2 of %3").arg(i + 1).arg(i + 1).arg(tokens.size() - 1)
                        : tr("%1. Credit token").arg(i + 1);
                out << Row{Kind::Text, label, {}, false, 0};
                out << Row{Kind::Code, VendText::grouped(tokens[i]), {}, true, 0};
            }
        }
        if (!vend.creditNote.isEmpty())
            out << Row{Kind::Text, vend.creditNote, {}, false, 0};
        rule();
    }
    pair(tr("Operator"), operatorName);
    if (isReprint() && printedAt.isValid())
        pair(tr("Printed"), locale.toString(printedAt.toLocalTime(), dateFormat));
    out << Row{Kind::Text, tr("Keep this receipt until the credit shows on the meter."), {}, false, 0};
    return out;
}

QString Receipt::text(int columns, const QLocale &locale) const
{
    return layout(rows(locale), columns);
}

QString Receipt::layout(const QList<Row> &rows, int columns)
{
    columns = std::max(columns, 16);
    QStringList out;
    auto centred = [&out, columns](const QString &text) {
        for (const QString &line : wrap(text, columns)) {
            const int pad = (columns - displayWidth(line)) / 2;
            out << QString(pad, u' ') + line;
        }
    };
    for (const Row &row : rows) {
        switch (row.kind) {
        case Row::Kind::Title:
        case Row::Kind::Text:
        case Row::Kind::Code:
            centred(row.left);
            break;
        case Row::Kind::Notice:
            centred(QStringLiteral("*** ") + row.left + QStringLiteral(" ***"));
            break;
        case Row::Kind::Rule:
            out << QString(columns, u'-');
            break;
        case Row::Kind::Pair: {
            const QString indent(std::min(row.indent, columns / 4), u' ');
            const QString left = indent + row.left;
            const int used = displayWidth(left) + displayWidth(row.right);
            if (used + 1 <= columns) {
                out << left + QString(columns - used, u' ') + row.right;
                break;
            }
            // Too long for one line: the label wrapped, then the value on its own line, right-aligned.
            for (const QString &line : wrap(row.left, columns - int(indent.size())))
                out << indent + line;
            for (const QString &line : wrap(row.right, columns))
                out << QString(columns - displayWidth(line), u' ') + line;
            break;
        }
        }
    }
    return out.join(u'\n') + u'\n';
}

int Receipt::charWidth(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return 0;
    if (c < 0x7f)
        return 1;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    // East Asian Wide and Fullwidth (Unicode UAX #11): Hangul Jamo, CJK radicals and punctuation,
    // kana, CJK ideographs and their extensions, Yi, Hangul syllables, compatibility ideographs,
    // vertical and small forms, fullwidth forms, emoji.
    if (inRange(c, 0x1100, 0x115f) || inRange(c, 0x2e80, 0x303e) || inRange(c, 0x3041, 0x33ff) ||
        inRange(c, 0x3400, 0x4dbf) || inRange(c, 0x4e00, 0x9fff) || inRange(c, 0xa000, 0xa4cf) ||
        inRange(c, 0xac00, 0xd7a3) || inRange(c, 0xf900, 0xfaff) || inRange(c, 0xfe10, 0xfe19) ||
        inRange(c, 0xfe30, 0xfe6f) || inRange(c, 0xff00, 0xff60) || inRange(c, 0xffe0, 0xffe6) ||
        inRange(c, 0x1f300, 0x1f64f) || inRange(c, 0x1f900, 0x1f9ff) || inRange(c, 0x20000, 0x2fffd) ||
        inRange(c, 0x30000, 0x3fffd))
        return 2;
    // East Asian Ambiguous characters that GB 2312 encodes in two bytes, which a GB18030 printer
    // prints full width: § ¨ ° ± · × ÷, general punctuation (— ‘ ’ “ ” … ‰ ※), ℃ №, Roman
    // numerals, arrows, mathematical operators, enclosed numbers, box drawing, shapes, ★ ☆ ♀ ♂.
    switch (c) {
    case 0xa7:
    case 0xa8:
    case 0xb0:
    case 0xb1:
    case 0xb7:
    case 0xd7:
    case 0xf7:
    case 0x2103:
    case 0x2116:
    case 0x2312:
    case 0x2605:
    case 0x2606:
    case 0x2640:
    case 0x2642:
        return 2;
    default:
        break;
    }
    if (inRange(c, 0x2010, 0x203b) || inRange(c, 0x2160, 0x216b) || inRange(c, 0x2190, 0x2199) ||
        inRange(c, 0x2200, 0x22ff) || inRange(c, 0x2460, 0x249b) || inRange(c, 0x2500, 0x254b) ||
        inRange(c, 0x25a0, 0x25e5))
        return 2;
    return 1;
}

int Receipt::displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size();)
        width += charWidth(nextCodePoint(text, i));
    return width;
}

QStringList Receipt::wrap(const QString &text, int columns)
{
    columns = std::max(columns, 2);
    QStringList lines;
    QString line;
    int width = 0;
    qsizetype lastSpace = -1; // in `line`
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype start = i;
        const char32_t c = nextCodePoint(text, i);
        const QString ch = text.mid(start, i - start);
        const int w = charWidth(c);
        if (c == u'\n') {
            lines << line;
            line.clear();
            width = 0;
            lastSpace = -1;
            continue;
        }
        if (width + w > columns) {
            if (c == u' ') {
                // A break falls on this space: drop it.
                lines << line;
                line.clear();
                width = 0;
                lastSpace = -1;
                continue;
            }
            if (lastSpace > 0) {
                lines << line.left(lastSpace);
                line = line.mid(lastSpace + 1);
            } else {
                lines << line;
                line.clear();
            }
            width = displayWidth(line);
            lastSpace = line.lastIndexOf(u' ');
        }
        if (c == u' ')
            lastSpace = line.size();
        line += ch;
        width += w;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    for (QString &l : lines) {
        while (l.endsWith(u' '))
            l.chop(1);
    }
    return lines;
}

} // namespace prepaydesk
