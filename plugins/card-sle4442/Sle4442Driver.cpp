#include "Sle4442Driver.h"

namespace prepaydesk::sle4442 {

QString Sle4442Driver::cardType() const
{
    return QStringLiteral("sle4442");
}

bool Sle4442Driver::recognises(const QByteArray &answer) const
{
    return sle4442::recognises(answer);
}

Result<std::unique_ptr<CardMemory>> Sle4442Driver::open(CardChannel &channel) const
{
    auto memory = Sle4442Memory::open(channel);
    if (!memory)
        return memory.error();
    return std::unique_ptr<CardMemory>(std::move(memory).value());
}

} // namespace prepaydesk::sle4442
