#pragma once

#include "plugin/DriverInterfaces.h"
#include "records/Domain.h"
#include "records/Operator.h"
#include "security/KeyVault.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace prepaydesk {

class Clock;
class Database;

// The meter engineer's work on STS keypad meters (IEC 62055-41), in core so that the Engineer
// page, prepayctl and tests share it:
//   - management tokens (power limit, clear credit, tariff rate, clear tamper, phase unbalance,
//     water meter factor), each approved by a supervisor other than the engineer, with a reason;
//     the token takes the next token identifier of the meter and is kept in the change log (who,
//     approver, reason, function, value, TID — never key material);
//   - scheduling a key change (the meter's next SGC, TI and KRN), which StsCarrier carries out
//     with the meter's next sale;
//   - explaining a token a customer reads out: what it is, when it was made and whether this
//     meter takes it (CRC error, made for the next key, already used, too old, accepted).
//
// Engineers, supervisors and administrators may do all of it (Permission::ManageMeters);
// everyone may look at a meter's STS state. The token generator and the key vault may be
// absent (no sts plugin, no vault): only what needs them fails, with a message that says so.
class MeterTokens
{
    Q_DECLARE_TR_FUNCTIONS(MeterTokens)
public:
    // IEC 62055-41 has a meter keep the identifiers of at least its 50 latest tokens: it refuses
    // a token whose identifier it holds (used) or that is older than all it holds (old).
    static constexpr int MeterTidMemory = 50;

    // The STS state of one keypad meter, as tracked in the meters table (schema 3).
    struct StsMeter
    {
        qint64 id = 0;
        QString serial;
        Utility utility = Utility::Electricity;
        MeterStatus status = MeterStatus::InStock;
        QString accountNo;
        QString customerName;
        std::optional<qint64> customerId;
        bool hasKeys = false; // SGC, TI and KRN are all known
        int sgc = 0;
        int tariffIndex = 0;
        int keyRevision = 0;
        int baseDate = 2014;
        std::optional<quint32> lastTid;
        QDateTime lastTidAt; // the minute the last token identifier stands for (UTC)
        QDate keyExpiry;
        std::optional<int> nextSgc, nextTariffIndex, nextKeyRevision;

        bool keyChangePending() const { return nextSgc || nextTariffIndex || nextKeyRevision; }
        int targetSgc() const { return nextSgc.value_or(sgc); }
        int targetTariffIndex() const { return nextTariffIndex.value_or(tariffIndex); }
        int targetKeyRevision() const { return nextKeyRevision.value_or(keyRevision); }
    };

    struct Issued
    {
        GeneratedToken token; // digits, TID, the value it carries (and what was asked when it rounds)
        ManagementFunction function = ManagementFunction::ClearTamper;
        QDateTime issued; // when it was made (UTC)
    };

    enum class Verdict
    {
        Accepted,       // the meter takes it (once)
        CrcError,       // not this meter's key, or a digit typed wrong
        NeedsKeyChange, // made for the meter's next key: the key change tokens come first
        AlreadyUsed,    // a later token was made for the meter; a meter takes each token once
        TooOld,         // older than the identifiers a meter remembers
        WrongUtility,   // a credit token for another utility
    };

    struct Explanation
    {
        Verdict verdict = Verdict::CrcError;
        DecodedToken token;
        bool nextKey = false;         // it opened only with the meter's next key
        QString verdictText;          // one sentence: what the meter does with it and why
        QString kindText;             // "Electricity credit", "Clear tamper condition", ...
        QString valueText;            // "12.5 kWh", "5000 W", "all registers", ...
        QStringList details;          // further sentences: where it came from, what to do
        int newerTokens = 0;          // tokens made for the meter after it (from this console's records)
        std::optional<qint64> vendId; // the sale it was sold in, when this console sold it
    };

    MeterTokens(Database &db, const Clock &clock, const TokenGenerator *generator = nullptr,
                const KeyVault *vault = nullptr);

    // Engineers, supervisors and administrators.
    static bool mayUse(Role role);
    static Status requireUse(const Operator &actor);

    // STS keypad meters whose serial contains `text` (all of them when it is empty), by serial.
    Result<QList<StsMeter>> find(const QString &text, int limit = 200) const;
    Result<StsMeter> meter(qint64 meterId) const;

    // A management token for the meter. `value` is watts (power limit, phase unbalance), the
    // register (clear credit; 65535 = all registers), the 16-bit rate or factor; none for clear
    // tamper. The approver is a supervisor or administrator other than the engineer.
    Result<Issued> issueManagement(const Operator &engineer, const Operator &approver, qint64 meterId,
                                   ManagementFunction function, quint32 value, const QString &reason);

    // The meter's next SGC, TI and KRN: its next sale begins with the key change tokens. The
    // vault must hold a key for the new SGC and KRN.
    Status scheduleKeyChange(const Operator &engineer, const Operator &approver, qint64 meterId, int sgc,
                             int tariffIndex, int keyRevision, const QString &reason);
    Status cancelKeyChange(const Operator &engineer, const Operator &approver, qint64 meterId, const QString &reason);

    // What a token typed in (20 digits; spaces and dashes between groups are fine) is, and
    // whether this meter takes it.
    Result<Explanation> explain(const Operator &actor, qint64 meterId, const QString &typed) const;

    // The 20 digits of what was typed, without the spaces and dashes between groups.
    static Result<QString> tokenDigits(const QString &typed);
    // A vending key typed as hex (spaces allowed): 16 hex digits for DKGA02, 40 for DKGA04.
    static Result<SecretBytes> parseVendingKey(const QString &hex, const QString &keyAlgorithm);

    static QList<ManagementFunction> functions();
    static QString functionCode(ManagementFunction function); // "set-max-power", ... (as the plugin decodes)
    static QString functionName(ManagementFunction function); // translated
    static bool takesValue(ManagementFunction function);
    // What the value means, for a field label: "Maximum power (W)".
    static QString valueLabel(ManagementFunction function);
    // "5000 W", "all registers", "rate 120", "" for clear tamper.
    static QString valueText(ManagementFunction function, qint64 value);

private:
    Result<TokenKeyParams> keyParams(const StsMeter &meter, int sgc, int tariffIndex, int keyRevision) const;
    Status checkApproval(const Operator &engineer, const Operator &approver, const QString &reason) const;
    QString describeValue(const DecodedToken &token) const;

    Database &m_db;
    const Clock &m_clock;
    const TokenGenerator *m_generator;
    const KeyVault *m_vault;
};

} // namespace prepaydesk
