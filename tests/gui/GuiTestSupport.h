#pragma once

// Helpers for the GUI suites: a seeded database, screenshots, answers for modal dialogs.
#include "Session.h"
#include "TestSupport.h"
#include "Theme.h"

#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "records/OperatorService.h"
#include "storage/Sql.h"
#include "tariff/TariffService.h"
#include "vending/CreditCarrier.h"
#include "vending/ShiftService.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace prepaydesk::test {

// The look the console uses, so that screenshots show what a cashier sees.
inline void applyConsoleTheme()
{
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        Theme::apply(*app);
}

// Types text into a widget as a cashier would: keys for Latin text, an input-method commit (as
// Pinyin input methods send it) for Chinese. QTest::keyClicks handles Latin-1 only.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(widget, &commit);
        }
    }
}

// Saves <build>/test-output/gui/<name>.png and returns the path ("" if it could not be saved).
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    // Let pending layout requests run first, so the picture shows the settled screen.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString path = outputFolder(QStringLiteral("gui")) + u'/' + name + QStringLiteral(".png");
    return widget->grab().save(path) ? path : QString();
}

// Acts on the next modal dialog of type T as soon as it is open. Call it *before* the code that
// opens (and blocks in) the dialog. If no such dialog appears within the timeout, whatever modal
// is open is closed so that the test fails instead of hanging; `seen` tells which happened.
template<typename T>
void onNextModal(std::function<void(T *)> act, bool *seen = nullptr, int timeoutMs = 10000)
{
    if (seen)
        *seen = false;
    auto *timer = new QTimer(QCoreApplication::instance());
    auto waited = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, waited, act, seen, timeoutMs] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            if (seen)
                *seen = true;
            act(dialog);
            return;
        }
        *waited += timer->interval();
        if (*waited >= timeoutMs) {
            timer->stop();
            timer->deleteLater();
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
        }
    });
    timer->start();
}

// A credit carrier whose outcome the test chooses, standing in for a meter that does not answer
// or a card writer that fails (the real carriers of later releases talk to devices). Register it
// for STS meters in a CarrierRegistry and hand that to the window (MainWindow::setCarriers).
class ScriptedCarrier final : public CreditCarrier
{
public:
    Outcome next = Outcome::Delivered; // what deliver() answers
    Outcome known = Outcome::Unknown;  // what resolve() answers
    int failPrepare = 0;               // this many prepare() calls fail first
    int deliveries = 0;
    QString code() const override { return QStringLiteral("scripted"); }
    bool canTakeBack() const override { return false; }
    Result<Credit> prepare(const Vend &vend) override
    {
        if (failPrepare > 0) {
            --failPrepare;
            return Error::make(Error::Code::Io, QStringLiteral("The token generator did not answer."));
        }
        return Credit{QStringLiteral("7%1").arg(vend.id, 19, 10, QLatin1Char('0')), {}};
    }
    Result<Outcome> deliver(const Vend &) override
    {
        ++deliveries;
        return next;
    }
    Result<Outcome> resolve(const Vend &) override { return known; }
};

// A database on disk with operators, tariffs and a few customers, built through the services
// (not the demo generator), so that each test knows exactly what is there.
class SeededDatabase
{
public:
    Operator admin;
    Operator cashier;
    qint64 zhangSan = 0;  // 张三: two accounts, an STS and an IC-card meter, elderly
    qint64 zhangShan = 0; // 张珊: also "zs" in pinyin initials
    qint64 liSi = 0;
    qint64 wangWu = 0;
    qint64 marySmith = 0;
    qint64 waterTariff = 0;
    // seedVending():
    Operator supervisor;                      // wang, who approves reversals and cash differences
    qint64 electricityTariff = 0;             // E-RES with a price version: 0.50 to 100 kWh, 0.80 above
    qint64 liSiAccount = 0;                   // 李四's only account: electricity, STS meter E-2024-0002
    std::optional<ShiftService::Shift> shift; // the cashier's open shift

    static constexpr const char *AdminPassword = "admin-pass-1";
    static constexpr const char *CashierPassword = "cashier-pass-1";
    static constexpr const char *SupervisorPassword = "super-pass-1";
    // Residential electricity: 0.5000 a kWh up to 100 kWh a month, 0.8000 above; 13 % VAT; debt
    // recovery 20 % (at least 5.00, at most 50.00); purchases from 5.00 to 2000.00.
    static constexpr const char *ElectricityPrices =
        R"({"effective_from":"2026-03-01","meter_kind":"unit","basis":"purchase",
            "cycle":{"kind":"monthly","start_month":1,"start_day":1},
            "blocks":[{"from":"0","to":"100","price":"0.5000"},{"from":"100","price":"0.8000"}],
            "tax_rate_percent":"13","debt_recovery":{"percent":"20","min":"5.00","max":"50.00"},
            "min_vend":"5.00","max_vend":"2000.00"})";

    SeededDatabase()
        : m_clock(std::make_unique<ManualClock>(testEpoch()))
    {}
    ~SeededDatabase()
    {
        // Worker threads keep a database connection until they exit: let them, first.
        QThreadPool::globalInstance()->waitForDone();
    }

    Database &db() const { return m_db.db(); }
    ManualClock &clock() const { return *m_clock; }
    Session session(const Operator &op) const { return Session{m_db.db(), *m_clock, op, false}; }

    // Operators only, or operators and customers. Returns the first error's message, empty when all went well.
    QString seed(bool withCustomers = true)
    {
        OperatorService ops(db(), clock());
        auto a = ops.add(Operator::system(), QStringLiteral("admin"), QStringLiteral("Wang Min"), Role::Admin,
                         QLatin1String(AdminPassword));
        if (!a)
            return a.error().message;
        admin = a.value();
        auto c = ops.add(admin, QStringLiteral("li"), QStringLiteral("Li Na"), Role::Cashier,
                         QLatin1String(CashierPassword));
        if (!c)
            return c.error().message;
        cashier = c.value();
        if (!withCustomers)
            return {};

        // Tariffs have no service yet; the schema's table is filled directly.
        for (const auto &[utility, code, name] :
             {std::tuple{"electricity", "E-RES", "Residential electricity"},
              std::tuple{"water", "W-RES", "Residential water"}, std::tuple{"gas", "G-RES", "Residential gas"}}) {
            auto r = Sql::exec(db().connection(),
                               QStringLiteral("INSERT INTO tariffs (utility, code, name, unit_price, created_at) "
                                              "VALUES (?, ?, ?, 5000, '2026-01-01T00:00:00Z')"),
                               {QLatin1String(utility), QLatin1String(code), QString::fromUtf8(name)});
            if (!r)
                return r.error().message;
            if (QLatin1String(utility) == QLatin1String("water"))
                waterTariff = r.value().lastInsertId().toLongLong();
        }

        CustomerService customers(db(), clock());
        auto add = [&](qint64 &id, CustomerDraft d) -> QString {
            auto r = customers.create(cashier, d);
            if (!r)
                return d.name + QStringLiteral(": ") + r.error().message;
            id = r.value();
            return {};
        };
        const QStringList building3{QStringLiteral("北京市"), QStringLiteral("东城区"), QStringLiteral("和平里社区"),
                                    QStringLiteral("3 号楼")};
        CustomerDraft d;
        d.name = QStringLiteral("张三");
        d.phone = QStringLiteral("13800138000");
        d.idNumber = QStringLiteral("11010519491231002X");
        d.address = QStringLiteral("幸福路 1 号 2 单元 301");
        d.regionPath = building3;
        d.assistElderly = true;
        d.assistLargePrint = true;
        if (QString e = add(zhangSan, d); !e.isEmpty())
            return e;

        d = {};
        d.name = QStringLiteral("张珊");
        d.phone = QStringLiteral("13700137000");
        d.address = QStringLiteral("幸福路 1 号 2 单元 302");
        d.regionPath = building3;
        if (QString e = add(zhangShan, d); !e.isEmpty())
            return e;

        d = {};
        d.name = QStringLiteral("李四");
        d.phone = QStringLiteral("13900001111");
        d.address = QStringLiteral("和平里东街 5 号");
        d.regionPath = {QStringLiteral("北京市"), QStringLiteral("东城区"), QStringLiteral("和平里社区"),
                        QStringLiteral("5 号楼")};
        if (QString e = add(liSi, d); !e.isEmpty())
            return e;

        d = {};
        d.name = QStringLiteral("王五");
        d.phone = QStringLiteral("021-58881234");
        d.address = QStringLiteral("世纪大道 100 号");
        d.regionPath = {QStringLiteral("上海市"), QStringLiteral("浦东新区")};
        d.category = CustomerCategory::Commercial;
        if (QString e = add(wangWu, d); !e.isEmpty())
            return e;

        d = {};
        d.name = QStringLiteral("Mary Smith");
        d.phone = QStringLiteral("13600136000");
        d.address = QStringLiteral("1 Oak Road");
        d.regionPath = {QStringLiteral("上海市"), QStringLiteral("浦东新区")};
        d.preferredLanguage = QStringLiteral("en");
        d.assistHearing = true;
        if (QString e = add(marySmith, d); !e.isEmpty())
            return e;

        // 张三's accounts and meters: an STS keypad meter and an IC-card water meter.
        clock().advanceSecs(600);
        auto power = customers.openAccount(cashier, zhangSan, Utility::Electricity);
        auto water = customers.openAccount(cashier, zhangSan, Utility::Water, waterTariff);
        if (!power || !water)
            return (power ? water.error() : power.error()).message;
        MeterService meters(db(), clock());
        const MeterDraft sts = test::stsMeterDraft(QStringLiteral("E-2024-0001"));
        MeterDraft card;
        card.serial = QStringLiteral("W-2024-0001");
        card.utility = Utility::Water;
        card.carrier = Carrier::IcCard;
        card.model = QStringLiteral("LXSY-15");
        card.cardNo = QStringLiteral("8800000001");
        auto m1 = meters.registerMeter(admin, sts);
        auto m2 = meters.registerMeter(admin, card);
        if (!m1 || !m2)
            return (m1 ? m2.error() : m1.error()).message;
        clock().advanceSecs(600);
        if (Status s = meters.install(admin, m1.value(), power->id, 1500); !s)
            return s.error().message;
        if (Status s = meters.install(admin, m2.value(), water->id, 0); !s)
            return s.error().message;
        clock().advanceSecs(3600);
        return {};
    }

    // On top of seed(): what selling needs. A supervisor; a price version for the electricity
    // tariff; 李四 with one electricity account and an installed STS meter, so that "ls" + Enter
    // chooses him and his account at once; and, unless told otherwise, the cashier's open shift
    // with a 200.00 float. Returns the first error's message, empty when all went well.
    QString seedVending(bool openShift = true)
    {
        OperatorService ops(db(), clock());
        auto s = ops.add(admin, QStringLiteral("wang"), QStringLiteral("Wang Qiang"), Role::Supervisor,
                         QLatin1String(SupervisorPassword));
        if (!s)
            return s.error().message;
        supervisor = s.value();
        auto id = Sql::scalar(db().connection(), QStringLiteral("SELECT id FROM tariffs WHERE code = 'E-RES'"));
        if (!id)
            return id.error().message;
        electricityTariff = id.value().toLongLong();
        auto prices = TariffVersion::fromJson(QJsonDocument::fromJson(ElectricityPrices).object());
        if (!prices)
            return prices.error().message;
        if (auto v = TariffService(db(), clock()).addVersion(admin, electricityTariff, prices.value()); !v)
            return v.error().message;
        auto account =
            CustomerService(db(), clock()).openAccount(cashier, liSi, Utility::Electricity, electricityTariff);
        if (!account)
            return account.error().message;
        liSiAccount = account->id;
        MeterService meters(db(), clock());
        auto meter = meters.registerMeter(admin, test::stsMeterDraft(QStringLiteral("E-2024-0002")));
        if (!meter)
            return meter.error().message;
        if (Status st = meters.install(admin, meter.value(), liSiAccount, 0); !st)
            return st.error().message;
        clock().advanceSecs(600);
        if (openShift) {
            auto opened = ShiftService(db(), clock()).open(cashier, Money::fromMinor(20000));
            if (!opened)
                return opened.error().message;
            shift = opened.value();
        }
        clock().advanceSecs(600);
        return {};
    }

private:
    TempDatabase m_db;
    std::unique_ptr<ManualClock> m_clock;
};

} // namespace prepaydesk::test
