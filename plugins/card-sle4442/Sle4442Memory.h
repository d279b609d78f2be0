#pragma once

#include "Sle4442.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace prepaydesk::sle4442 {

// A SLE4442 card in a reader, through the reader's pseudo-APDUs (Sle4442.h). The chip answers
// 90 00 to a write it does not carry out (PSC not presented, protected byte) [SLE], so every write
// is read back and compared before it counts as done.
class Sle4442Memory : public CardMemory
{
    Q_DECLARE_TR_FUNCTIONS(Sle4442Memory)
public:
    // Selects the reader's SLE4442 mode and reads the header (00-1F) and the protection bits.
    // `channel` must outlive the memory.
    static Result<std::unique_ptr<Sle4442Memory>> open(CardChannel &channel);

    QString cardType() const override;
    QByteArray serial() const override; // bytes 14-1B
    bool isBlank() const override;      // serial all FF and no "PD" at 10-11
    int capacity() const override;      // 224: the application area 20-FF
    Result<QByteArray> read(int offset, int length) override;
    // Reads the error counter first: a locked card, or one with a single try left without
    // access.lastTryApproved, is refused without presenting anything.
    Status unlock(const CardAccess &access) override;
    Status write(int offset, const QByteArray &bytes) override;
    Result<int> triesLeft() override; // READ ERROR COUNTER
    // A blank card only: unlocks with transport.psc, writes "PD", the layout version and
    // `serial` into the header, burns the protection of 00-1F, changes the PSC to access.psc and
    // checks the card takes the new PSC.
    Status personalise(const QByteArray &serial, const CardAccess &transport, const CardAccess &access) override;

    // For engineers and prepayctl.
    // Any of the 256 bytes (header included), read from the card.
    Result<QByteArray> readMemory(int address, int length);
    // The 4 protection bytes as the card reports them now (1 = still writable).
    Result<QByteArray> readProtection();
    // After unlock(): gives the card a new PSC, then presents it to check the card took it.
    Status changePsc(const QByteArray &newPsc);
    bool unlocked() const { return m_unlocked; }
    QByteArray header() const { return m_header; } // 00-1F as last read or written

private:
    explicit Sle4442Memory(CardChannel &channel);
    Status load();
    Status present(const QByteArray &psc);
    // WRITE MEMORY chunk by chunk at an absolute address, each chunk read back and compared.
    Status writeChecked(int address, const QByteArray &bytes);

    CardChannel &m_channel;
    QByteArray m_header;     // 32 bytes
    QByteArray m_protection; // 4 bytes
    bool m_unlocked = false;
};

} // namespace prepaydesk::sle4442
