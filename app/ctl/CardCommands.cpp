// prepayctl card: IC cards in a PC/SC reader from scripts, through CardService (the same core the
// Cards page uses). Secrets come on standard input: the key vault's passphrase first
// (--unlock-vault), then an approver's password (--approver).
#include "Ctl.h"
#include "VendSupport.h"

#include "card/CardReaders.h"
#include "money/Money.h"
#include "money/Quantity.h"
#include "records/MeterService.h"
#include "util/Clock.h"

namespace prepaydesk::ctl {

namespace {

enum CardExit
{
    NoCard = 3,  // no PC/SC service, no reader, or no card in it
    Refused = 4, // the card cannot be used: altered, another utility's, blacklisted, a copy, ...
};

QString cardUsage()
{
    return Ctl::tr("Usage: prepayctl card <command> --db FILE [--reader NAME] [--unlock-vault] [options]\n"
                   "\n"
                   "Commands:\n"
                   "  readers                   the card readers PC/SC knows, one a line\n"
                   "  read                      the card in the reader, name=value lines; what its meter wrote\n"
                   "                            back (readings, alarms) is recorded\n"
                   "  issue --meter SERIAL --yes\n"
                   "                            issue the blank card in the reader for a meter\n"
                   "  topup --account ID (--amount AMOUNT | --units UNITS) [--key UUID]\n"
                   "                            sell credit onto the customer's card (as `vend sell`)\n"
                   "  reissue --meter SERIAL --approver USER --reason TEXT --yes\n"
                   "                            blacklist the meter's lost or damaged card and issue the blank\n"
                   "                            card in the reader in its place (the supervisor's password on\n"
                   "                            the line after the vault's passphrase)\n"
                   "\n"
                   "Every command but readers needs the key vault unlocked (--unlock-vault, the passphrase on the\n"
                   "first line of standard input). Exit status: 0 done, 1 failed, 2 usage, 3 no PC/SC service,\n"
                   "reader or card, 4 the card cannot be used (the problem= line says why).\n");
}

QString amount(CreditUnit unit, qint64 value)
{
    return unit == CreditUnit::Money ? Money::fromMinor(value).toString() : Quantity::fromMilli(value).toString();
}

int printSummary(Ctl &ctl, const CardSummary &s)
{
    QTextStream &out = ctl.out();
    out << "reader=" << s.reader << '\n' << "chip=" << s.chip << '\n' << "serial=" << s.serial << '\n';
    out << "blank=" << (s.blank ? "yes" : "no") << '\n';
    if (!s.status.isEmpty())
        out << "status=" << s.status << '\n';
    if (s.triesLeft >= 0)
        out << "tries_left=" << s.triesLeft << '\n';
    if (s.image) {
        const CardImage &i = *s.image;
        out << "kind=" << CardService::kindCode(i.kind) << '\n'
            << "utility=" << i.utility << '\n'
            << "meter=" << i.meter << '\n'
            << "customer=" << i.customer << '\n'
            << "purchase_count=" << i.purchaseCount << '\n'
            << "unit=" << (i.unit == CreditUnit::Money ? "money" : "units") << '\n'
            << "credit=" << amount(i.unit, i.credit) << '\n'
            << "credit_waiting=" << (s.creditWaiting ? "yes" : "no") << '\n';
        if (!i.replaces.isEmpty())
            out << "replaces=" << CardService::hex(i.replaces) << '\n';
        const CardWriteBack &wb = i.writeBack;
        out << "written_back=" << (wb.present ? "yes" : "no") << '\n';
        if (wb.present) {
            out << "loaded_count=" << wb.loadedCount << '\n'
                << "remaining=" << amount(i.unit, wb.remaining) << '\n'
                << "cumulative=" << Quantity::fromMilli(wb.cumulativeMilli).toString() << '\n'
                << "meter_time=" << wb.at.toString(Qt::ISODate) << '\n';
            for (const auto &[date, milli] : wb.readings)
                out << "reading=" << date.toString(Qt::ISODate) << ' ' << Quantity::fromMilli(milli).toString() << '\n';
            QStringList alarms;
            if (wb.valveClosed)
                alarms << QStringLiteral("valve-closed");
            if (wb.leak)
                alarms << QStringLiteral("leak");
            if (wb.tamper)
                alarms << QStringLiteral("tamper");
            if (wb.lowBattery)
                alarms << QStringLiteral("low-battery");
            if (wb.alarm)
                alarms << QStringLiteral("alarm");
            out << "alarms=" << alarms.join(u',') << '\n';
        }
    }
    if (s.problem)
        out << "problem=" << s.problem->message << '\n';
    out.flush();
    return s.problem ? int(Refused) : int(Ctl::Ok);
}

// A failure, with the exit status that says whether the card or the reader was missing.
int failCard(Ctl &ctl, const Error &error)
{
    ctl.fail(error);
    return error.field == QLatin1String("reader") ? int(NoCard) : int(Ctl::Failed);
}

int cardReaders(Ctl &ctl)
{
    auto readers = CardReaders::list();
    if (!readers)
        return failCard(ctl, readers.error());
    for (const QString &r : readers.value())
        ctl.out() << r << '\n';
    ctl.out().flush();
    return Ctl::Ok;
}

} // namespace

int runCard(Ctl &ctl)
{
    const QString sub = ctl.arguments().value(2);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        ctl.out() << cardUsage();
        ctl.out().flush();
        return sub.isEmpty() ? int(Ctl::Usage) : int(Ctl::Ok);
    }
    if (sub == QLatin1String("readers"))
        return cardReaders(ctl);
    if (sub == QLatin1String("topup")) {
        // A sale like any other; the IC-card carrier writes it onto the card.
        QStringList args = ctl.arguments();
        args.replace(1, QStringLiteral("vend"));
        args.replace(2, QStringLiteral("sell"));
        Ctl sell(args);
        return runVend(sell);
    }
    if (sub != QLatin1String("read") && sub != QLatin1String("issue") && sub != QLatin1String("reissue")) {
        ctl.err() << Ctl::tr("Unknown card command \"%1\".").arg(sub) << '\n' << cardUsage();
        return Ctl::Usage;
    }
    QCommandLineParser parser;
    ctl.setupParser(parser, cardUsage());
    addOperatorOption(parser);
    addVaultOption(parser);
    parser.addOption({QStringLiteral("meter"), Ctl::tr("The meter's serial."), Ctl::tr("SERIAL")});
    parser.addOption({QStringLiteral("approver"), Ctl::tr("The approving supervisor (reissue)."), Ctl::tr("USER")});
    parser.addOption({QStringLiteral("reason"), Ctl::tr("Why the card is replaced."), Ctl::tr("TEXT")});
    parser.addOption({QStringLiteral("yes"), Ctl::tr("Confirm writing a new card (it cannot be made blank again).")});
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    auto session = ctl.openAs(parser, writing());
    if (!session)
        return Ctl::Failed;
    Database &db = *session->db;
    auto carriers = carriersFor(ctl, parser, db);
    if (!carriers)
        return Ctl::Failed;
    CardService &cards = *carriers->cards;
    if (sub == QLatin1String("read")) {
        auto read = cards.read(session->actor);
        if (!read)
            return failCard(ctl, read.error());
        return printSummary(ctl, read.value());
    }
    // issue, reissue
    const QString serial = parser.value(QStringLiteral("meter")).trimmed();
    if (serial.isEmpty())
        return ctl.fail(Ctl::tr("Name the meter with --meter SERIAL."));
    auto meterId = MeterService(db, SystemClock::instance()).idBySerial(serial);
    if (!meterId)
        return ctl.fail(meterId.error());
    if (!meterId.value())
        return ctl.fail(Ctl::tr("There is no meter %1.").arg(serial));
    const bool confirmed = parser.isSet(QStringLiteral("yes"));
    Result<CardSummary> done = Error::invalid(QString());
    if (sub == QLatin1String("issue")) {
        done = cards.issue(session->actor, *meterId.value(), confirmed);
    } else {
        auto approver = approverFrom(ctl, parser, db);
        if (!approver)
            return ctl.fail(Ctl::tr("A replacement card needs --approver USER with the password on standard input."));
        done = cards.replace(session->actor, *approver, *meterId.value(), parser.value(QStringLiteral("reason")),
                             confirmed);
    }
    if (!done)
        return failCard(ctl, done.error());
    return printSummary(ctl, done.value());
}

} // namespace prepaydesk::ctl
