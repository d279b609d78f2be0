#pragma once

#include "plugin/DriverInterfaces.h"
#include "records/Operator.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace prepaydesk {

class Clock;
class Database;
class KeyVault;
class SecretBytes;

// The card in the reader, opened by its driver, with its application area read.
struct OpenedCard
{
    std::unique_ptr<CardChannel> channel;
    std::unique_ptr<CardMemory> memory; // uses *channel
    QString chip;
    QByteArray serial;
    QByteArray area;
    bool blank = false;
};

// What the Cards page and `prepayctl card read` show about the card in the reader.
struct CardSummary
{
    QString reader;
    QString chip;
    QString serial; // 16 hex digits
    bool blank = false;
    std::optional<CardImage> image;
    std::optional<Error> problem; // read but not usable: altered, another utility's, a copy, ...
    // What the console knows of the card.
    qint64 cardId = 0;
    QString status; // "active", "blacklisted"; empty: a card this console never issued
    QString statusReason;
    std::optional<qint64> meterId;
    QString meterSerial;
    QString accountNo;
    QString customerName;
    // Credit on the card the meter has not loaded yet (purchase count ahead of the write-back).
    bool creditWaiting = false;
    int triesLeft = -1;
};

// Parameters of an engineer's card (setup, check, clear, tool).
struct EngineerCardRequest
{
    CardKind kind = CardKind::Setup;
    std::optional<qint64> meterId; // the one meter it works on; none: any meter of the utility
    CreditUnit unit = CreditUnit::Money;
    qint64 alarm = 0;
    qint64 overdraft = 0;
    qint64 maxBalance = 0;
    int priceVersion = 0;
    qint64 priceMinor = 0;
    int toolAction = 1; // tool cards: 1 open valve / close relay, 2 close valve / open relay
    QString reason;     // kept with the approval
};

// The life of IC cards (docs/card-format.md): read a card and take in what its meter wrote back
// (readings, alarms, the purchase count it loaded); issue a blank card for a meter; blacklist a
// lost or damaged card and issue a replacement carrying the right purchase count; write
// engineers' cards with a supervisor's approval. Credit goes onto cards through the vend path
// (IcCardCarrier), which uses open() and access() from here.
//
// Blocking: every call talks to the card reader; call it off the GUI thread.
class CardService
{
    Q_DECLARE_TR_FUNCTIONS(CardService)
public:
    // Connects to the card in the console's reader (PcscCard in the console, the virtual
    // reader in tests). An Error says why there is no card (no reader, no card, no PC/SC).
    using Connector = std::function<Result<std::unique_ptr<CardChannel>>()>;

    CardService(Database &db, const Clock &clock, KeyVault &vault, QList<const CardDriver *> drivers,
                const CardFormat &format, Connector connector);

    // The card in the reader, opened and its area read.
    Result<OpenedCard> open() const;
    // What unlocks a card with this serial for writing (the PSC / CPU master from the card key).
    Result<CardAccess> access(const QByteArray &serial, bool lastTryApproved = false) const;
    Result<QString> utilityCode() const;
    // The utility's card key from the vault (open only while it is unlocked).
    Result<SecretBytes> cardKey() const;
    const CardFormat &format() const { return m_format; }

    // Reads the card and records what its meter wrote back (readings, alarms, loaded count).
    Result<CardSummary> read(const Operator &actor);
    // A summary of an opened card, recording nothing.
    Result<CardSummary> summarise(const OpenedCard &card) const;

    // Issues the blank card in the reader for a meter (opens its account on cards): the card
    // gets a serial, its own PSC, and the meter's purchase count with no credit. Irreversible on
    // SLE4442 cards: `confirmed` says the cashier agreed. A meter with a card in use needs a
    // replacement instead.
    Result<CardSummary> issue(const Operator &actor, qint64 meterId, bool confirmed);
    // A lost or damaged card: blacklists the meter's card in use and issues the blank card in
    // the reader in its place, with the count and credit of the latest sale (a meter that loaded
    // it already ignores the credit) and the old card's serial, so the meter moves to it and
    // refuses the old one. A supervisor approves.
    Result<CardSummary> replace(const Operator &actor, const Operator &approver, qint64 meterId, const QString &reason,
                                bool confirmed);
    // Writes an engineer's card onto the card in the reader (blank, or an engineer card already).
    Result<CardSummary> writeEngineerCard(const Operator &actor, const Operator &approver,
                                          const EngineerCardRequest &request, bool confirmed);

    // An SLE4442 with a single security-code try left is not written (one more mistake would lock
    // it for good) until a supervisor approves presenting its code once: the right code restores
    // the tries. Kept in the card's history with the approval.
    Result<CardSummary> checkSecurityCode(const Operator &actor, const Operator &approver, const QString &reason);

    // Writes `area` onto an unlocked card and reads it back; an Error when it did not stick.
    static Status writeAndVerify(CardMemory &memory, const QByteArray &area);
    static QString hex(const QByteArray &bytes) { return QString::fromLatin1(bytes.toHex().toUpper()); }
    // The machine name of a card kind, as stored and printed: "user", "setup", "check", "clear", "tool".
    static QString kindCode(CardKind kind);

private:
    Status checkFresh(const OpenedCard &card) const;
    Result<CreditUnit> unitOfMeter(qint64 meterId) const;
    Status checkApproval(const Operator &actor, const Operator &approver, const QString &reason) const;
    // Gives a blank card its serial and PSC, then writes `image` onto it and reads it back.
    Status personaliseAndWrite(OpenedCard &card, const CardImage &image, bool confirmed);
    // The card in the reader, which must be blank (or one we personalised whose write was cut
    // short), written with `image`.
    Result<OpenedCard> writeFresh(const CardImage &image, bool confirmed);
    Status addEvent(qint64 cardId, const QString &kind, std::optional<quint32> count, const QJsonObject &details,
                    const QDateTime &at, const Operator &actor);
    Status recordWriteBack(const Operator &actor, const CardSummary &summary);

    Database &m_db;
    const Clock &m_clock;
    KeyVault &m_vault;
    QList<const CardDriver *> m_drivers;
    const CardFormat &m_format;
    Connector m_connector;
};

} // namespace prepaydesk
