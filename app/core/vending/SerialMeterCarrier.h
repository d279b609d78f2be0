#pragma once

#include "meter/LineSettings.h"
#include "meter/MeterPorts.h"
#include "plugin/DriverInterfaces.h"
#include "vending/CreditCarrier.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <memory>
#include <optional>

namespace prepaydesk {

class Database;
class MeterLink;

// Credit loaded straight into a meter brought to the counter, over the counter's serial line
// (MeterPorts says where): DL/T 645-2007 electricity meters (recharge 070102FF, sealed by a
// SecurityModule) and CJ/T 188 water and gas meters (purchase amount write A013). Modbus meters
// are refused: their credit register adds whatever is written and carries no purchase count, so
// a write whose reply was lost could not be told from one that was lost itself, and sending it
// again could load the credit twice.
//
// Never twice: every purchase carries the meter's purchase count after it (anti-replay), and a
// meter refuses a count it already has. The count is fixed when the sale is recorded and stored
// with the vend, so every later attempt (finishing a pending vend, a retry on the line) sends
// the SAME count, and the meter's own count tells whether the purchase arrived:
//   prepare()  reads the meter's purchase count C and balance (the sale is refused, nothing
//              recorded, when the meter does not answer) and makes the credit code: the purchase
//              count N = C + 1 in its first four digits, then 16 digits from the sale's key.
//              It refuses a second sale for a meter whose earlier serial sale is still pending.
//   deliver()  reads count and balance, sends purchase N, and reads back: Delivered only when
//              the meter confirmed (or refused it as already loaded) AND shows count N AND its
//              balance rose by the amount (less a small tolerance for what it used meanwhile).
//              A count already at N means an earlier attempt got through: Delivered, nothing sent.
//              A refusal with the count still before N: NotDelivered (problem() says why). No
//              answer, or a read-back that cannot be had: Unknown (the vend stays pending).
//   resolve()  reads the count: N -> Delivered; N - 1 -> NotDelivered (finishing re-sends N,
//              which the meter refuses if it somehow has it); no answer, or anything else -> Unknown.
// On delivery the meter row's purchase_count is set to the meter's count.
//
// Counts on the wire: DL/T 645 keeps 0..9999 (DI 03330201, NNNN); CJ/T 188 carries the purchase
// sequence modulo 100 (one BCD byte, A013), so the code holds N modulo 100 for CJ/T 188 meters and
// purchase_count is unwrapped from it.
//
// Amounts: a money tariff loads the money credit in fen; a unit tariff loads the units in
// hundredths of a kWh or m³ (rounded down), which is how prepaid meters in unit mode take them.
//
// Security: DL/T 645 purchases need the vendor's ESAM/PSAM for real meters. A module that is not
// for real meters (the software module of plugins/dlt645, test key) is used only when the meter's
// route is the simulator (MeterPorts::Route::simulator: listed in the simulator's devices file
// and on a pseudo-terminal or loopback TCP port); otherwise the sale is refused.
//
// Blocking: every call talks to the meter and waits for it (seconds when it does not answer):
// call the VendingService that drives this carrier off the GUI thread.
class SerialMeterCarrier final : public CreditCarrier
{
    Q_DECLARE_TR_FUNCTIONS(SerialMeterCarrier)
public:
    // `protocols` by name ("dlt645", "cjt188"; PluginManager::meterProtocol), not owned: they
    // outlive the carrier. `security`, not owned, may be null (no DL/T 645 purchases then).
    SerialMeterCarrier(Database &db, QHash<QString, const MeterProtocol *> protocols, MeterPorts ports,
                       const SecurityModule *security = nullptr);
    ~SerialMeterCarrier() override;

    QString code() const override { return QStringLiteral("serial"); }
    bool canTakeBack() const override { return false; }
    Result<Credit> prepare(const Vend &vend) override;
    Result<Outcome> deliver(const Vend &vend) override;
    Result<Outcome> resolve(const Vend &vend) override;

    // Why the last deliver() or resolve() of a vend did not end Delivered (the meter's refusal
    // in words, no answer on the port, a read-back that did not show the credit), translated;
    // nothing when it did. VendingService keeps a vend pending or failed without saying why:
    // the sale page shows this.
    std::optional<Error> problem(qint64 vendId) const;
    QString deliveryProblem(qint64 vendId) const override;
    // The meter may hold the credit of a vend it does not answer about.
    bool mayVoidUnknown() const override { return false; }

    // The purchase count a credit code of this carrier carries (its first four digits), or
    // nothing when the code is not one.
    static std::optional<int> purchaseCountOf(const QString &creditCode);

    // How much less than the amount the balance may have risen by at read-back (what the meter
    // used between the two readings), in hundredths of the credit unit; default 100 (1.00).
    void setReadBackTolerance(qint64 hundredths) { m_tolerance = hundredths; }

    // The timing of the reads in prepare(), which runs inside the sale's database transaction:
    // short, so that a meter that does not answer holds the write lock briefly.
    static LinkTiming prepareTiming();

private:
    struct MeterInfo;
    struct Reading;

    Result<MeterInfo> loadMeter(const Vend &vend) const;
    Result<qint64> amountOf(const Vend &vend) const;
    Result<MeterRequest> purchaseRequest(const MeterInfo &meter, const Vend &vend, int count, qint64 amount) const;
    Status openLink(const MeterInfo &meter);
    void closeLink();
    Result<MeterReply> transact(const MeterInfo &meter, const MeterRequest &request,
                                const std::optional<LinkTiming> &timing = std::nullopt);
    Result<Reading> read(const MeterInfo &meter, bool money, bool full,
                         const std::optional<LinkTiming> &timing = std::nullopt);
    std::optional<Error> notThisSale(const MeterInfo &meter, const Reading &reading, int count, qint64 amount) const;
    Status recordCount(const MeterInfo &meter, int count);
    Error linkError(const MeterInfo &meter, const Error &error) const;
    Result<Outcome> problemOutcome(qint64 vendId, Outcome outcome, const Error &why);
    Error remember(qint64 vendId, const Error &why);

    Database &m_db;
    const QHash<QString, const MeterProtocol *> m_protocols;
    const MeterPorts m_ports;
    const SecurityModule *m_security = nullptr;
    std::unique_ptr<MeterLink> m_link;
    qint64 m_tolerance = 100;
    int m_frameSequence = 0; // CJ/T 188 SER: each exchange its own, so late replies are told apart
    mutable QMutex m_mutex;  // one conversation on the line at a time; guards m_problems too
    QHash<qint64, Error> m_problems;
};

} // namespace prepaydesk
