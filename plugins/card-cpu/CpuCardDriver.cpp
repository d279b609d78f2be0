#include "CpuCardDriver.h"

namespace prepaydesk::cpucard {

QString CpuCardDriver::cardType() const
{
    return QStringLiteral("cpu");
}

bool CpuCardDriver::recognises(const QByteArray &answer) const
{
    return cpucard::recognises(answer);
}

Result<std::unique_ptr<CardMemory>> CpuCardDriver::open(CardChannel &channel) const
{
    auto memory = CpuCardMemory::open(channel);
    if (!memory)
        return memory.error();
    return std::unique_ptr<CardMemory>(std::move(memory).value());
}

} // namespace prepaydesk::cpucard
