#pragma once

#include "CpuCard.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace prepaydesk::cpucard {

// A PrepayDesk CPU card in a reader (CpuCard.h): serial from EF 0001, the application area in
// EF 0002, written after the card proved itself genuine (internal authentication with key 2) and
// the host proved it holds the utility's key (external authentication with key 1). Every write
// is read back and compared.
class CpuCardMemory : public CardMemory
{
    Q_DECLARE_TR_FUNCTIONS(CpuCardMemory)
public:
    // SELECT 3F00, SELECT 0001 + READ BINARY (the serial), SELECT 0002 + READ BINARY (the area,
    // to tell a card never written from an issued one). `channel` must outlive the memory.
    static Result<std::unique_ptr<CpuCardMemory>> open(CardChannel &channel);

    QString cardType() const override;
    QByteArray serial() const override;
    // Nothing written by PrepayDesk yet: the application area is all FF (as the card maker
    // delivers it). CPU cards have their serial and keys from the maker.
    bool isBlank() const override;
    int capacity() const override; // 224
    Result<QByteArray> read(int offset, int length) override;
    // Internal authentication with a fresh random challenge against K2 (is the card genuine?),
    // then GET CHALLENGE and external authentication with K1.
    Status unlock(const CardAccess &access) override;
    Status write(int offset, const QByteArray &bytes) override;
    // External-authentication tries left, as the card last reported them: a CPU card tells them
    // only in its answer to an authentication (3 after a success, x after 63 Cx, 0 when blocked).
    // Before any, an Error.
    Result<int> triesLeft() override;
    // CPU cards arrive with serial and keys: checks only that access unlocks the card. `serial`
    // and `transport` are not used (the card keeps the serial its maker gave it).
    Status personalise(const QByteArray &serial, const CardAccess &transport, const CardAccess &access) override;

    // For engineers and prepayctl: internal authentication alone (is this card one of this
    // utility's?), costs no external-authentication try.
    Status checkGenuine(const QByteArray &masterKey);
    bool unlocked() const { return m_unlocked; }

private:
    explicit CpuCardMemory(CardChannel &channel);
    Status load();
    Result<QByteArray> readArea(int offset, int length);

    CardChannel &m_channel;
    QByteArray m_serial;
    QByteArray m_area; // as last read or written, for isBlank()
    bool m_unlocked = false;
    int m_tries = -1; // -1: not known yet
};

} // namespace prepaydesk::cpucard
