// IC cards in prepay-metersim's meters, against the real executable: card images made and read
// here with the same format code as the counter (VirtualCardFile, PrepayCardFormat, CardKeys),
// put into a meter with the control command `card METER FILE`, and the meter's registers read
// over DL/T 645 on its real pseudo-terminal. The clock is stopped (--speed 0) so that nothing
// moves between a card and a read.
#include "Dlt645.h"
#include "MetersimFixture.h"

#include "card/CardKeys.h"
#include "card/PrepayCardFormat.h"
#include "card/VirtualCardFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

const QByteArray CardKey = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
const QByteArray OtherKey = QByteArray::fromHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf");
const QString Utility = QStringLiteral("440300");
const QString Meter = QStringLiteral("000000000001");
const QByteArray SerialA = QByteArray::fromHex("5044000000000A01");
const QByteArray SerialB = QByteArray::fromHex("5044000000000B02");
const QByteArray SerialC = QByteArray::fromHex("5044000000000C03");

const QStringList Frozen{QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--start"),
                         QStringLiteral("2026-11-18T12:00:00")};

// One electricity meter counting money: 30.00 yuan, limit 500.00, with the card key and code.
QStringList meterArgs(const QString &extra = {})
{
    return Frozen + QStringList{QStringLiteral("--meter"),
                                QStringLiteral("electricity:%1:balance=30,price=0.5,limit=500%2").arg(Meter, extra),
                                QStringLiteral("--card-key"),
                                QString::fromLatin1(CardKey.toHex()),
                                QStringLiteral("--utility-code"),
                                Utility};
}

CardImage userCard(quint32 count, qint64 credit)
{
    CardImage c;
    c.kind = CardKind::User;
    c.utility = Utility;
    c.meter = Meter;
    c.customer = QStringLiteral("1001");
    c.purchaseCount = count;
    c.credit = credit;
    c.unit = CreditUnit::Money;
    return c;
}

CardImage engineerCard(CardKind kind)
{
    CardImage c;
    c.kind = kind;
    c.utility = Utility;
    c.unit = CreditUnit::Money;
    return c;
}

// The key=value pairs of the meter's "card ..." reply line.
QHash<QString, QString> fields(const QStringList &reply)
{
    QHash<QString, QString> out;
    if (reply.isEmpty() || !reply.first().startsWith(QLatin1String("card ")))
        return out;
    for (const QString &pair : reply.first().split(QLatin1Char(' ')).mid(1))
        out.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QHash<QString, QString> statusOf(SimProcess &sim)
{
    QHash<QString, QString> out;
    const QStringList reply = sim.command(QStringLiteral("status ") + Meter);
    for (const QString &pair : reply.value(0).split(QLatin1Char(' ')))
        out.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return out;
}

// Reads one DL/T 645 item from the meter on its pty (generous timeout).
QString read645(LinePort &port, const QString &item)
{
    const auto request = dlt645::readRequest(*dlt645::addressFromText(Meter), item, dlt645::Edition::V2007);
    if (!request)
        return QStringLiteral("bad request");
    port.buffer.clear();
    port.write(dlt645::encode(*request));
    dlt645::Scan s;
    if (!port.readUntil([&s](const QByteArray &b) {
            s = dlt645::scan(b);
            return s.status == dlt645::ScanStatus::Complete;
        }))
        return QStringLiteral("no reply");
    const auto reply = dlt645::decodeReply(s.frame);
    if (!reply)
        return QStringLiteral("undecodable");
    if (reply->error)
        return QStringLiteral("error:") + reply->errors.join(QLatin1Char(','));
    return reply->values.value(0).value;
}

// DL/T 645 status word 3 (04000503), bit 4: relay open.
bool relayOpen(LinePort &port)
{
    const auto request =
        dlt645::readRequest(*dlt645::addressFromText(Meter), QStringLiteral("status.word3"), dlt645::Edition::V2007);
    if (!request)
        return false;
    port.buffer.clear();
    port.write(dlt645::encode(*request));
    dlt645::Scan s;
    if (!port.readUntil([&s](const QByteArray &b) {
            s = dlt645::scan(b);
            return s.status == dlt645::ScanStatus::Complete;
        }))
        return false;
    return s.frame.data.size() == 6 && (static_cast<quint8>(s.frame.data.at(4)) & 0x10);
}

} // namespace

class TestMetersimCards : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A personalised SLE4442 (or CPU card) with `image` written on it, in a new image file.
    QString makeCard(const QByteArray &serial, const CardImage &image, bool cpu = false,
                     const QByteArray &key = CardKey)
    {
        const QString path = m_dir.filePath(QStringLiteral("card-%1.json").arg(++m_files));
        auto card = cpu ? VirtualCardFile::cpu(serial, QByteArray(16, '\x11'), QByteArray(16, '\x22'))
                        : VirtualCardFile::personalisedSle4442(serial, CardKeys::psc(key, serial)->bytes());
        if (!card)
            return {};
        const auto area = PrepayCardFormat().write(image, serial, key);
        if (!area) {
            qWarning() << area.error().message;
            return {};
        }
        if (!card.value().setArea(*area) || !card->save(path))
            return {};
        return path;
    }

    // The counter's top-up: the card as it is, with a new credit and purchase count on it (the
    // meter's write-back kept).
    bool topUp(const QString &path, quint32 count, qint64 credit)
    {
        auto card = VirtualCardFile::load(path);
        if (!card)
            return false;
        auto image = PrepayCardFormat().read(card->area(), card->serial(), CardKey);
        if (!image)
            return false;
        CardImage next = *image;
        next.purchaseCount = count;
        next.credit = credit;
        const auto area = PrepayCardFormat().write(next, card->serial(), CardKey);
        return area && card.value().setArea(*area) && card->save(path);
    }

    static Result<CardImage> readCard(const QString &path)
    {
        auto card = VirtualCardFile::load(path);
        if (!card)
            return card.error();
        return PrepayCardFormat().read(card->area(), card->serial(), CardKey);
    }

    QStringList insert(SimProcess &sim, const QString &path, const QString &meter = Meter)
    {
        return sim.command(QStringLiteral("card %1 %2").arg(meter, path));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("METERSIM")).isExecutable(), "METERSIM must name prepay-metersim");
        QVERIFY(m_dir.isValid());
    }

    // A new card binds on first insertion; its credit loads once, when its count follows the
    // meter's; the same card again loads nothing; the registers show it over DL/T 645.
    void bindThenLoadOnce()
    {
        SimProcess sim;
        QVERIFY(sim.start(meterArgs(), 1));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        const QString card = makeCard(SerialA, userCard(0, 0));
        const QByteArray issuedArea = VirtualCardFile::load(card)->area();

        QStringList reply = insert(sim, card);
        QCOMPARE(reply.last(), QStringLiteral("ok"));
        auto f = fields(reply);
        QCOMPARE(f.value(QStringLiteral("result")), QStringLiteral("bound"));
        QCOMPARE(f.value(QStringLiteral("binding")), QStringLiteral("new"));
        QCOMPARE(f.value(QStringLiteral("serial")), QStringLiteral("5044000000000A01"));
        QCOMPARE(statusOf(sim).value(QStringLiteral("card")), QStringLiteral("5044000000000A01"));
        // The write-back: loaded count 0, the meter's 30.00, its clock; the issuer block as issued.
        auto image = readCard(card);
        QVERIFY2(image.ok(), image.ok() ? "" : qPrintable(image.error().message));
        QVERIFY(image->writeBack.present);
        QCOMPARE(image->writeBack.loadedCount, 0u);
        QCOMPARE(image->writeBack.remaining, 3000);
        QCOMPARE(image->writeBack.at.toUTC(), QDateTime(QDate(2026, 11, 18), QTime(12, 0)).toUTC());
        QCOMPARE(image->writeBack.readings.size(), 1);
        QCOMPARE(image->writeBack.readings[0].first, QDate(2026, 11, 18));
        QVERIFY(!image->writeBack.valveClosed);
        QCOMPARE(VirtualCardFile::load(card)->area().left(112), issuedArea.left(112));

        // The counter sells 50.00 as purchase 1.
        QVERIFY(topUp(card, 1, 5000));
        reply = insert(sim, card);
        QCOMPARE(reply.last(), QStringLiteral("ok"));
        f = fields(reply);
        QCOMPARE(f.value(QStringLiteral("result")), QStringLiteral("loaded"));
        QCOMPARE(f.value(QStringLiteral("binding")), QStringLiteral("same"));
        QCOMPARE(f.value(QStringLiteral("amount")), QStringLiteral("50.00"));
        QCOMPARE(f.value(QStringLiteral("balance")), QStringLiteral("80.00"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.remaining_money")), QStringLiteral("80.00"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.purchase_count")), QStringLiteral("1"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.cumulative_purchase")), QStringLiteral("50.00"));
        image = readCard(card);
        QVERIFY(image.ok());
        QCOMPARE(image->writeBack.loadedCount, 1u);
        QCOMPARE(image->writeBack.remaining, 8000);
        QCOMPARE(image->purchaseCount, 1u); // the issuer block stays as the counter wrote it
        QCOMPARE(image->credit, 5000);

        // The same card again: nothing more.
        reply = insert(sim, card);
        QCOMPARE(reply.last(), QStringLiteral("ok"));
        QCOMPARE(fields(reply).value(QStringLiteral("result")), QStringLiteral("already-loaded"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.remaining_money")), QStringLiteral("80.00"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.purchase_count")), QStringLiteral("1"));
        QCOMPARE(readCard(card)->writeBack.loadedCount, 1u);

        // Purchase 2 loads; purchase 4 (3 never reached the meter) is refused and changes nothing.
        QVERIFY(topUp(card, 2, 1234));
        QCOMPARE(fields(insert(sim, card)).value(QStringLiteral("balance")), QStringLiteral("92.34"));
        QVERIFY(topUp(card, 4, 1000));
        const QByteArray before = fileBytes(card);
        reply = insert(sim, card);
        QVERIFY(reply.last().startsWith(QLatin1String("error: refused: ")));
        QCOMPARE(fields(reply).value(QStringLiteral("reason")), QStringLiteral("count-gap"));
        QCOMPARE(fileBytes(card), before);
        QCOMPARE(read645(port, QStringLiteral("prepaid.remaining_money")), QStringLiteral("92.34"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.purchase_count")), QStringLiteral("2"));
    }

    // Cards the meter must refuse: each says why, leaves the card file as it was and the meter
    // unchanged.
    void refusals()
    {
        SimProcess sim;
        QVERIFY(sim.start(meterArgs(), 1));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));

        CardImage otherUtility = userCard(1, 5000);
        otherUtility.utility = QStringLiteral("110000");
        CardImage otherMeter = userCard(1, 5000);
        otherMeter.meter = QStringLiteral("000000000002");
        CardImage units = userCard(1, 5000);
        units.unit = CreditUnit::Units;
        CardImage otherCustomer = userCard(1, 5000);
        otherCustomer.customer = QStringLiteral("2002");

        QList<std::pair<QString, QString>> cases; // card file, expected reason
        cases << std::pair{makeCard(SerialA, otherUtility), QStringLiteral("wrong-utility")}
              << std::pair{makeCard(SerialA, otherMeter), QStringLiteral("wrong-meter")}
              << std::pair{makeCard(SerialA, units), QStringLiteral("wrong-unit")};
        // Written under another utility's key (its PSC too): the MACs do not match.
        cases << std::pair{makeCard(SerialA, userCard(1, 5000), false, OtherKey), QStringLiteral("altered")};
        // Tampered: one more yuan of credit (offset 0x30 + 7 of the area, memory 0x20 + 0x37).
        {
            const QString path = makeCard(SerialA, userCard(1, 5000));
            auto card = VirtualCardFile::load(path);
            QByteArray area = card->area();
            area[0x37] = static_cast<char>(static_cast<quint8>(area[0x37]) + 100);
            QVERIFY(card.value().setArea(area) && card->save(path));
            cases << std::pair{path, QStringLiteral("altered")};
        }
        // A personalised card never issued, and one with another format's data.
        {
            const QString blank = m_dir.filePath(QStringLiteral("blank.json"));
            QVERIFY(
                VirtualCardFile::personalisedSle4442(SerialA, CardKeys::psc(CardKey, SerialA)->bytes())->save(blank));
            cases << std::pair{blank, QStringLiteral("blank")};
            const QString foreign = m_dir.filePath(QStringLiteral("foreign.json"));
            auto card = VirtualCardFile::personalisedSle4442(SerialA, CardKeys::psc(CardKey, SerialA)->bytes());
            QVERIFY(card.value().setArea(QByteArray(224, '\x00')) && card->save(foreign));
            cases << std::pair{foreign, QStringLiteral("foreign")};
            // An SLE4442 locked by wrong codes, and one whose PSC is not the utility's.
            const QString locked = makeCard(SerialA, userCard(1, 5000));
            auto l = VirtualCardFile::load(locked);
            QJsonObject o = l->json();
            o.insert(QStringLiteral("errorCounter"), 0);
            QFile lf(locked);
            QVERIFY(lf.open(QIODevice::WriteOnly));
            lf.write(QJsonDocument(o).toJson());
            lf.close();
            cases << std::pair{locked, QStringLiteral("card-locked")};
            const QString otherPsc = m_dir.filePath(QStringLiteral("other-psc.json"));
            auto p = VirtualCardFile::personalisedSle4442(SerialA, QByteArray::fromHex("123456"));
            QVERIFY(p.value().setArea(*PrepayCardFormat().write(userCard(1, 5000), SerialA, CardKey)) &&
                    p->save(otherPsc));
            cases << std::pair{otherPsc, QStringLiteral("wrong-psc")};
        }
        // Bind A and have the meter's account customer be 1001 by its card; then a card for 2002.
        QCOMPARE(insert(sim, makeCard(SerialA, userCard(0, 0))).last(), QStringLiteral("ok"));
        cases << std::pair{makeCard(SerialA, otherCustomer), QStringLiteral("wrong-customer")};
        // Another card that replaces nothing, while A is bound.
        cases << std::pair{makeCard(SerialB, userCard(1, 5000)), QStringLiteral("other-card")};

        for (const auto &[path, reason] : std::as_const(cases)) {
            QVERIFY(!path.isEmpty());
            const QByteArray before = fileBytes(path);
            const QStringList reply = insert(sim, path);
            QVERIFY2(reply.last().startsWith(QLatin1String("error: refused: ")), qPrintable(reply.join(u'|')));
            QVERIFY2(reply.last().size() > 20, "the refusal says why");
            QCOMPARE(fields(reply).value(QStringLiteral("result")), QStringLiteral("refused"));
            QCOMPARE(fields(reply).value(QStringLiteral("reason")), reason);
            QCOMPARE(fileBytes(path), before);
            QCOMPARE(read645(port, QStringLiteral("prepaid.remaining_money")), QStringLiteral("30.00"));
            QCOMPARE(read645(port, QStringLiteral("prepaid.purchase_count")), QStringLiteral("0"));
            QCOMPARE(statusOf(sim).value(QStringLiteral("card")), QStringLiteral("5044000000000A01"));
        }
        // Not a card image at all: an error of the command, not of the card.
        const QString junk = m_dir.filePath(QStringLiteral("junk.json"));
        QFile jf(junk);
        QVERIFY(jf.open(QIODevice::WriteOnly));
        jf.write("{\"chip\":\"sle4442\"}");
        jf.close();
        QStringList reply = insert(sim, junk);
        QCOMPARE(reply.size(), 1);
        QVERIFY(reply.last().startsWith(QLatin1String("error: ")));
        reply = insert(sim, m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY(reply.last().startsWith(QLatin1String("error: ")));
        QVERIFY(insert(sim, junk, QStringLiteral("no-such-meter")).last().startsWith(QLatin1String("error: ")));
        QVERIFY(sim.command(QStringLiteral("card ") + Meter).last().startsWith(QLatin1String("error: ")));
    }

    void meterWithoutCardKeyRefusesCards()
    {
        SimProcess sim;
        QVERIFY(sim.start(Frozen + QStringList{QStringLiteral("--meter"), QStringLiteral("electricity:") + Meter}, 1));
        const QStringList reply = insert(sim, makeCard(SerialA, userCard(0, 0)));
        QCOMPARE(fields(reply).value(QStringLiteral("reason")), QStringLiteral("no-card-key"));
        QVERIFY(reply.last().startsWith(QLatin1String("error: refused: ")));
    }

    // A meter with its own key (cardkey=) takes that utility's cards, not the global key's.
    void perMeterCardKey()
    {
        SimProcess sim;
        QVERIFY(sim.start(meterArgs(QStringLiteral(",cardkey=") + QString::fromLatin1(OtherKey.toHex()) +
                                    QStringLiteral(",utilitycode=110000")),
                          1));
        CardImage other = userCard(0, 0);
        other.utility = QStringLiteral("110000");
        QCOMPARE(fields(insert(sim, makeCard(SerialA, other, false, OtherKey))).value(QStringLiteral("result")),
                 QStringLiteral("bound"));
        QCOMPARE(fields(insert(sim, makeCard(SerialB, userCard(0, 0)))).value(QStringLiteral("reason")),
                 QStringLiteral("altered"));
    }

    // A lost card replaced after its last sale reached the meter: the replacement rebinds and
    // loads nothing; the old card is then refused. After a sale that had not reached the meter,
    // the replacement loads it. Either way nothing is lost or doubled.
    void replacementCards()
    {
        SimProcess sim;
        QVERIFY(sim.start(meterArgs(), 1));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        const QString a = makeCard(SerialA, userCard(0, 0));
        QCOMPARE(insert(sim, a).last(), QStringLiteral("ok"));
        QVERIFY(topUp(a, 1, 5000));
        QCOMPARE(fields(insert(sim, a)).value(QStringLiteral("result")), QStringLiteral("loaded"));

        // A is lost; B carries the latest sale (1, already in the meter) and names A.
        CardImage b = userCard(1, 5000);
        b.replaces = SerialA;
        const QString bPath = makeCard(SerialB, b);
        QStringList reply = insert(sim, bPath);
        QCOMPARE(reply.last(), QStringLiteral("ok"));
        auto f = fields(reply);
        QCOMPARE(f.value(QStringLiteral("result")), QStringLiteral("already-loaded"));
        QCOMPARE(f.value(QStringLiteral("binding")), QStringLiteral("replaced"));
        QCOMPARE(f.value(QStringLiteral("replaced")), QStringLiteral("5044000000000A01"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.remaining_money")), QStringLiteral("80.00"));
        QCOMPARE(statusOf(sim).value(QStringLiteral("card")), QStringLiteral("5044000000000B02"));
        QCOMPARE(readCard(bPath)->writeBack.loadedCount, 1u);

        // A turns up again with a sale on it: blacklisted.
        QVERIFY(topUp(a, 2, 5000));
        reply = insert(sim, a);
        QCOMPARE(fields(reply).value(QStringLiteral("reason")), QStringLiteral("blacklisted"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.remaining_money")), QStringLiteral("80.00"));

        // B's next sale loads.
        QVERIFY(topUp(bPath, 2, 1000));
        QCOMPARE(fields(insert(sim, bPath)).value(QStringLiteral("balance")), QStringLiteral("90.00"));

        // B is damaged after sale 3 was written on it but before the meter saw it: C carries 3.
        CardImage c = userCard(3, 700);
        c.replaces = SerialB;
        reply = insert(sim, makeCard(SerialC, c));
        f = fields(reply);
        QCOMPARE(f.value(QStringLiteral("result")), QStringLiteral("loaded"));
        QCOMPARE(f.value(QStringLiteral("binding")), QStringLiteral("replaced"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.remaining_money")), QStringLiteral("97.00"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.purchase_count")), QStringLiteral("3"));
        QCOMPARE(fields(insert(sim, bPath)).value(QStringLiteral("reason")), QStringLiteral("blacklisted"));
        QCOMPARE(statusOf(sim).value(QStringLiteral("blacklisted_cards")), QStringLiteral("2"));
    }

    void engineerCards()
    {
        SimProcess sim;
        QVERIFY(sim.start(meterArgs(), 1));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        const QString user = makeCard(SerialA, userCard(0, 0));
        QCOMPARE(insert(sim, user).last(), QStringLiteral("ok"));

        // Setup: alarm 20.00, overdraft 5.00, maximum balance 100.00, price 0.61 yuan (version 4).
        CardImage setup = engineerCard(CardKind::Setup);
        setup.alarm = 2000;
        setup.overdraft = 500;
        setup.maxBalance = 10000;
        setup.priceMinor = 61;
        setup.priceVersion = 4;
        const QString setupPath = makeCard(SerialB, setup);
        QStringList reply = insert(sim, setupPath);
        QCOMPARE(reply.last(), QStringLiteral("ok"));
        QCOMPARE(fields(reply).value(QStringLiteral("result")), QStringLiteral("setup"));
        auto status = statusOf(sim);
        QCOMPARE(status.value(QStringLiteral("alarm")), QStringLiteral("20.00"));
        QCOMPARE(status.value(QStringLiteral("overdraft")), QStringLiteral("5.00"));
        QCOMPARE(status.value(QStringLiteral("limit")), QStringLiteral("100.00"));
        QCOMPARE(status.value(QStringLiteral("price")), QStringLiteral("0.6100"));
        QCOMPARE(status.value(QStringLiteral("price_version")), QStringLiteral("4"));
        QVERIFY(readCard(setupPath)->writeBack.present);
        // The new maximum balance holds: 30.00 + 80.00 > 100.00.
        QVERIFY(topUp(user, 1, 8000));
        QCOMPARE(fields(insert(sim, user)).value(QStringLiteral("reason")), QStringLiteral("over-limit"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.remaining_money")), QStringLiteral("30.00"));

        // Tool: supply off for maintenance, then on again.
        CardImage tool = engineerCard(CardKind::Tool);
        tool.toolAction = 2;
        const QString off = makeCard(SerialC, tool);
        QCOMPARE(fields(insert(sim, off)).value(QStringLiteral("result")), QStringLiteral("supply-off"));
        QVERIFY(relayOpen(port));
        QVERIFY(readCard(off)->writeBack.valveClosed);
        tool.toolAction = 1;
        const QString on = makeCard(SerialC, tool);
        QCOMPARE(fields(insert(sim, on)).value(QStringLiteral("result")), QStringLiteral("supply-on"));
        QVERIFY(!relayOpen(port));
        QVERIFY(!readCard(on)->writeBack.valveClosed);

        // Check: the meter's state written back, nothing changed.
        QCOMPARE(sim.command(QStringLiteral("tamper ") + Meter).last(), QStringLiteral("ok"));
        QCOMPARE(sim.command(QStringLiteral("battery-low ") + Meter).last(), QStringLiteral("ok"));
        QCOMPARE(sim.command(QStringLiteral("advance 2d")).last(), QStringLiteral("ok"));
        CardImage check = engineerCard(CardKind::Check);
        check.meter = Meter; // for this meter only
        const QString checkPath = makeCard(SerialC, check);
        const QString before = read645(port, QStringLiteral("prepaid.remaining_money"));
        QCOMPARE(fields(insert(sim, checkPath)).value(QStringLiteral("result")), QStringLiteral("checked"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.remaining_money")), before);
        const auto checked = readCard(checkPath);
        QVERIFY(checked.ok());
        const CardWriteBack &w = checked->writeBack;
        QVERIFY(w.present && w.tamper && w.lowBattery && !w.leak);
        QCOMPARE(QString::number(w.remaining / 100.0, 'f', 2), before);
        const QString total = read645(port, QStringLiteral("energy.forward_total"));
        QCOMPARE(QString::number(w.cumulativeMilli / 1000.0, 'f', 2), total);
        QVERIFY(w.cumulativeMilli > 0); // two days of use at 1 kW
        QCOMPARE(w.readings.size(), 2); // today's and the day of the first card, newest first
        QCOMPARE(w.readings[0].first, QDate(2026, 11, 20));
        QCOMPARE(w.readings[0].second, w.cumulativeMilli);
        QCOMPARE(w.readings[1].first, QDate(2026, 11, 18));
        QCOMPARE(w.at.toUTC(), QDateTime(QDate(2026, 11, 20), QTime(12, 0)).toUTC());
        QCOMPARE(w.loadedCount, 0u);

        // Clear: credit and counters to zero, no card bound; the old user card is dead, a new one binds.
        const QString clear = makeCard(SerialC, engineerCard(CardKind::Clear));
        QCOMPARE(fields(insert(sim, clear)).value(QStringLiteral("result")), QStringLiteral("cleared"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.remaining_money")), QStringLiteral("0.00"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.purchase_count")), QStringLiteral("0"));
        QCOMPARE(statusOf(sim).value(QStringLiteral("card")), QStringLiteral("none"));
        QCOMPARE(readCard(clear)->writeBack.remaining, 0);
        QVERIFY(topUp(user, 1, 1000));
        QCOMPARE(fields(insert(sim, user)).value(QStringLiteral("reason")), QStringLiteral("blacklisted"));
        QCOMPARE(read645(port, QStringLiteral("prepaid.remaining_money")), QStringLiteral("0.00"));
        const QString fresh = makeCard(QByteArray::fromHex("5044000000000D04"), userCard(0, 0));
        QCOMPARE(fields(insert(sim, fresh)).value(QStringLiteral("result")), QStringLiteral("bound"));

        // An engineer's card for another meter is refused like a user card.
        CardImage elsewhere = engineerCard(CardKind::Tool);
        elsewhere.toolAction = 2;
        elsewhere.meter = QStringLiteral("000000000009");
        QCOMPARE(fields(insert(sim, makeCard(SerialC, elsewhere))).value(QStringLiteral("reason")),
                 QStringLiteral("wrong-meter"));
        QCOMPARE(statusOf(sim).value(QStringLiteral("remote_open")), QStringLiteral("0"));
    }

    // CPU cards carry the same area; the meter handles them alike. The binding and blacklist are
    // kept in the state file across a restart.
    void cpuCardAndStateFile()
    {
        const QString state = m_dir.filePath(QStringLiteral("state.json"));
        const QString a = makeCard(SerialA, userCard(0, 0), true);
        {
            SimProcess sim;
            QVERIFY(sim.start(meterArgs() + QStringList{QStringLiteral("--state"), state}, 1));
            QStringList reply = insert(sim, a);
            QCOMPARE(fields(reply).value(QStringLiteral("chip")), QStringLiteral("cpu"));
            QCOMPARE(fields(reply).value(QStringLiteral("result")), QStringLiteral("bound"));
            QVERIFY(topUp(a, 1, 2500));
            QCOMPARE(fields(insert(sim, a)).value(QStringLiteral("balance")), QStringLiteral("55.00"));
            CardImage b = userCard(1, 2500);
            b.replaces = SerialA;
            QCOMPARE(fields(insert(sim, makeCard(SerialB, b, true))).value(QStringLiteral("binding")),
                     QStringLiteral("replaced"));
            QCOMPARE(sim.command(QStringLiteral("save")).last(), QStringLiteral("ok"));
        }
        SimProcess sim;
        QVERIFY(sim.start(meterArgs() + QStringList{QStringLiteral("--state"), state}, 1));
        QCOMPARE(statusOf(sim).value(QStringLiteral("card")), QStringLiteral("5044000000000B02"));
        QVERIFY(topUp(a, 2, 2500));
        QCOMPARE(fields(insert(sim, a)).value(QStringLiteral("reason")), QStringLiteral("blacklisted"));
        QCOMPARE(statusOf(sim).value(QStringLiteral("balance")), QStringLiteral("55.00"));
    }
};

QTEST_GUILESS_MAIN(TestMetersimCards)
#include "tst_metersim_cards.moc"
