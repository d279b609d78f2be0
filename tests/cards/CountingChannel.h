#pragma once

// The console's own way to a card (CardReaders::connect: PcscCard over PC/SC) with a count of the
// commands sent, so that the driver suites can check that a refusal sent nothing to the card.

#include "card/CardReaders.h"
#include "plugin/DriverInterfaces.h"

#include <memory>

namespace prepaydesk::test {

class CountingChannel : public CardChannel
{
public:
    static Result<std::unique_ptr<CountingChannel>> connect(const QString &reader)
    {
        auto inner = CardReaders::connect(reader);
        if (!inner)
            return inner.error();
        auto channel = std::unique_ptr<CountingChannel>(new CountingChannel);
        channel->m_inner = std::move(inner).value();
        return channel;
    }
    QString readerName() const override { return m_inner->readerName(); }
    QByteArray atr() const override { return m_inner->atr(); }
    Result<ResponseApdu> transmit(const CommandApdu &command) override
    {
        ++m_transmitted;
        return m_inner->transmit(command);
    }
    // Commands sent so far.
    int transmitted() const { return m_transmitted; }

private:
    CountingChannel() = default;
    std::unique_ptr<CardChannel> m_inner;
    int m_transmitted = 0;
};

} // namespace prepaydesk::test
