#include "card/CardReaders.h"

#include "card/Pcsc.h"

#include <QSettings>

namespace prepaydesk {

namespace {

// A card connection that keeps its own PC/SC context alive as long as it lives.
class OwnedCard final : public CardChannel
{
public:
    OwnedCard(std::unique_ptr<PcscContext> context, std::unique_ptr<PcscCard> card)
        : m_context(std::move(context))
        , m_card(std::move(card))
    {}
    ~OwnedCard() override { m_card.reset(); } // the card before its context
    QString readerName() const override { return m_card->readerName(); }
    QByteArray atr() const override { return m_card->atr(); }
    Result<ResponseApdu> transmit(const CommandApdu &command) override { return m_card->transmit(command); }

private:
    std::unique_ptr<PcscContext> m_context;
    std::unique_ptr<PcscCard> m_card;
};

// Errors of the way to the card carry the field "reader", so that callers (prepayctl's exit
// status, the Cards page) can tell "no card" from a card that refused.
Error readerError(const Error &e)
{
    return Error{e.code, e.message, QStringLiteral("reader")};
}

} // namespace

Result<QStringList> CardReaders::list()
{
    PcscContext context;
    if (Status s = context.establish(); !s)
        return readerError(s.error());
    auto readers = context.readers();
    if (!readers)
        return readerError(readers.error());
    return readers;
}

Result<std::unique_ptr<CardChannel>> CardReaders::connect(const QString &reader)
{
    auto context = std::make_unique<PcscContext>();
    if (Status s = context->establish(); !s)
        return readerError(s.error());
    QString name = reader;
    if (name.isEmpty()) {
        auto readers = context->readers();
        if (!readers)
            return readerError(readers.error());
        if (readers->isEmpty())
            return Error{Error::Code::NotFound, tr("No card reader is connected."), QStringLiteral("reader")};
        for (const QString &r : readers.value()) {
            auto st = context->status(r);
            if (st && st->present) {
                name = r;
                break;
            }
        }
        if (name.isEmpty())
            return Error{Error::Code::NotFound, tr("There is no card in the reader."), QStringLiteral("reader")};
    } else {
        auto st = context->status(name);
        if (!st)
            return readerError(st.error());
        if (!st->present)
            return Error{Error::Code::NotFound, tr("There is no card in %1.").arg(name), QStringLiteral("reader")};
    }
    auto card = PcscCard::connect(*context, name);
    if (!card)
        return readerError(card.error());
    return std::unique_ptr<CardChannel>(std::make_unique<OwnedCard>(std::move(context), std::move(card).value()));
}

QString CardReaders::configuredReader()
{
    const QString env = qEnvironmentVariable("PREPAYDESK_CARD_READER");
    if (!env.isEmpty())
        return env;
    return QSettings().value(QStringLiteral("cards/reader")).toString();
}

} // namespace prepaydesk
