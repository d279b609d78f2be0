#include "StsTokenGenerator.h"

#include <QRandomGenerator>

namespace prepaydesk::sts {

namespace {

QString tr(const char *text)
{
    return Sts::tr(text);
}

int randomNibble(int asked)
{
    return asked >= 0 ? asked : static_cast<int>(QRandomGenerator::system()->bounded(16));
}

// Tenths as "12.3".
QString tenthsText(qint64 tenths)
{
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

// Class 0 and the register tokens of class 2 share one layout:
//   subclass(4) | random(4) | TID(24) | value(16) | CRC(16)
std::uint64_t registerBlock(int tokenClass, int subclass, int random, quint32 tid, quint16 value)
{
    const std::uint64_t block = (std::uint64_t(subclass & 0xf) << 60) | (std::uint64_t(random & 0xf) << 56) |
                                (std::uint64_t(tid & MaxTid) << 32) | (std::uint64_t(value) << 16);
    return withCrc(tokenClass, block);
}

Result<GeneratedToken> finish(const QByteArray &key, Encryption ea, int tokenClass, std::uint64_t block,
                              GeneratedToken token)
{
    auto enc = encryptBlock(key, ea, block);
    if (!enc)
        return enc.error();
    token.digits = toDigits(transpose(tokenClass, enc.value()));
    token.tokenClass = tokenClass;
    token.subclass = static_cast<int>(block >> 60);
    return token;
}

struct KeyContext
{
    QByteArray decoderKey;
    Encryption ea = Encryption::Ea07;
};

Result<KeyContext> keyContext(const TokenKeyParams &params)
{
    auto dk = decoderKey(params);
    if (!dk)
        return dk.error();
    return KeyContext{dk.value(), parseEncryption(params.encryption).value()};
}

Status checkRandom(int random)
{
    if (random < -1 || random > 15)
        return Error::invalid(tr("The random number is 0 to 15."), QStringLiteral("random"));
    return {};
}

} // namespace

Result<QByteArray> StsTokenGenerator::decoderKey(const TokenKeyParams &key) const
{
    return sts::decoderKey(key);
}

Result<GeneratedToken> StsTokenGenerator::credit(const TokenKeyParams &key, const CreditTokenRequest &request) const
{
    auto ctx = keyContext(key);
    if (!ctx)
        return ctx.error();
    return creditWithKey(ctx->decoderKey, ctx->ea, key.baseDate, request);
}

Result<GeneratedToken> StsTokenGenerator::creditWithKey(const QByteArray &decoderKey, Encryption ea, int baseDate,
                                                        const CreditTokenRequest &request) const
{
    if (Status s = checkRandom(request.random); !s)
        return s.error();
    int subclass = 0;
    switch (request.kind) {
    case CreditKind::Electricity:
        subclass = 0;
        break;
    case CreditKind::Water:
        subclass = 1;
        break;
    case CreditKind::Gas:
        subclass = 2;
        break;
    case CreditKind::Time:
        subclass = 3;
        break;
    case CreditKind::Currency:
        subclass = 4;
        break;
    }
    if (request.amountTenths <= 0)
        return Error::invalid(tr("A credit token carries a positive amount."), QStringLiteral("amount"));
    const auto amount = encodeAmount(request.amountTenths, request.rounding);
    if (!amount)
        return Error::invalid(tr("%1 is more than one token can carry (at most %2).")
                                  .arg(tenthsText(request.amountTenths), tenthsText(MaxAmount)),
                              QStringLiteral("amount"));
    auto tid = tokenIdentifier(request.issued, baseDate, request.lastTid);
    if (!tid)
        return tid.error();
    GeneratedToken token;
    token.tid = tid.value();
    token.value = amount->value;
    if (amount->value != request.amountTenths)
        token.asked = request.amountTenths;
    token.description = kindText(ClassCredit, subclass);
    return finish(decoderKey, ea, ClassCredit,
                  registerBlock(ClassCredit, subclass, randomNibble(request.random), tid.value(), amount->bits), token);
}

Result<GeneratedToken> StsTokenGenerator::management(const TokenKeyParams &key,
                                                     const ManagementTokenRequest &request) const
{
    auto ctx = keyContext(key);
    if (!ctx)
        return ctx.error();
    return managementWithKey(ctx->decoderKey, ctx->ea, key.baseDate, request);
}

Result<GeneratedToken> StsTokenGenerator::managementWithKey(const QByteArray &decoderKey, Encryption ea, int baseDate,
                                                            const ManagementTokenRequest &request) const
{
    if (Status s = checkRandom(request.random); !s)
        return s.error();
    int subclass = 0;
    quint16 bits = 0;
    GeneratedToken token;
    switch (request.function) {
    case ManagementFunction::SetMaximumPowerLimit:
    case ManagementFunction::SetMaximumPhasePowerUnbalance: {
        // Watts, in the amount encoding (exact to 16383 W, then steps of 10, 100, 1000 W).
        subclass = request.function == ManagementFunction::SetMaximumPowerLimit ? SubSetMaximumPowerLimit
                                                                                : SubSetMaximumPhasePowerUnbalance;
        const auto enc = encodeAmount(request.value, TokenRounding::Down);
        if (!enc)
            return Error::invalid(
                tr("%1 W is more than a token can carry (at most %2 W).").arg(request.value).arg(MaxAmount),
                QStringLiteral("watts"));
        bits = enc->bits;
        token.value = enc->value;
        if (enc->value != qint64(request.value))
            token.asked = request.value;
        break;
    }
    case ManagementFunction::ClearCredit:
    case ManagementFunction::SetTariffRate:
    case ManagementFunction::SetWaterMeterFactor:
        subclass = request.function == ManagementFunction::ClearCredit     ? SubClearCredit
                   : request.function == ManagementFunction::SetTariffRate ? SubSetTariffRate
                                                                           : SubSetWaterMeterFactor;
        if (request.value > 0xFFFF)
            return Error::invalid(tr("The value is 0 to 65535 (16 bits)."), QStringLiteral("value"));
        bits = static_cast<quint16>(request.value);
        token.value = request.value;
        break;
    case ManagementFunction::ClearTamper:
        subclass = SubClearTamper;
        if (request.value != 0)
            return Error::invalid(tr("A clear tamper token carries no value."), QStringLiteral("value"));
        token.value = 0;
        break;
    }
    auto tid = tokenIdentifier(request.issued, baseDate, request.lastTid);
    if (!tid)
        return tid.error();
    token.tid = tid.value();
    token.description = kindText(ClassManagement, subclass);
    return finish(decoderKey, ea, ClassManagement,
                  registerBlock(ClassManagement, subclass, randomNibble(request.random), tid.value(), bits), token);
}

Result<QList<GeneratedToken>> StsTokenGenerator::keyChange(const TokenKeyParams &current, const TokenKeyParams &next,
                                                           bool rollover) const
{
    auto old = keyContext(current);
    if (!old)
        return old.error();
    auto fresh = keyContext(next);
    if (!fresh)
        return fresh.error();
    const QByteArray &nk = fresh->decoderKey;
    const auto be32 = [&nk](int at) {
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | static_cast<quint8>(nk[at + i]);
        return v;
    };
    const auto le32 = [&nk](int at) {
        quint32 v = 0;
        for (int i = 3; i >= 0; --i)
            v = (v << 8) | static_cast<quint8>(nk[at + i]);
        return v;
    };
    const bool wide = nk.size() == 16;
    // A 64-bit key (EA07) as a number has the printed key's first byte lowest; a 128-bit key
    // (EA11) is taken byte 0 first. Sections: 1st the high 32 bits, 2nd the low 32, and for
    // 128-bit keys 3rd bits 95..64 and 4th bits 63..32.
    const quint32 nkho = wide ? be32(0) : le32(4);
    const quint32 nklo = wide ? be32(12) : le32(0);

    QList<std::uint64_t> blocks;
    blocks << ((std::uint64_t(SubKeyChange1) << 60) | (std::uint64_t((next.keyExpiry >> 4) & 0xf) << 56) |
               (std::uint64_t(next.keyRevision & 0xf) << 52) | (std::uint64_t(rollover ? 1 : 0) << 51) |
               (std::uint64_t(next.keyType & 3) << 48) | (std::uint64_t(nkho) << 16));
    blocks << ((std::uint64_t(SubKeyChange2) << 60) | (std::uint64_t(next.keyExpiry & 0xf) << 56) |
               (std::uint64_t(next.tariffIndex & 0xff) << 48) | (std::uint64_t(nklo) << 16));
    if (wide) {
        const auto sgc = static_cast<std::uint64_t>(next.supplyGroupCode);
        blocks << ((std::uint64_t(SubKeyChange3) << 60) | ((sgc & 0xfff) << 48) | (std::uint64_t(be32(4)) << 16));
        blocks << ((std::uint64_t(SubKeyChange4) << 60) | (((sgc >> 12) & 0xfff) << 48) |
                   (std::uint64_t(be32(8)) << 16));
    }
    QList<GeneratedToken> out;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        GeneratedToken t;
        t.description = tr("Key change token %1 of %2").arg(i + 1).arg(blocks.size());
        auto done = finish(old->decoderKey, old->ea, ClassManagement, withCrc(ClassManagement, blocks[i]), t);
        if (!done)
            return done.error();
        out << done.value();
    }
    return out;
}

Result<GeneratedToken> StsTokenGenerator::test(const TestTokenRequest &request) const
{
    std::uint64_t block = 0;
    if (!request.longManufacturerCode) {
        if (request.control >= (std::uint64_t(1) << 36) || request.manufacturerCode > 0xff)
            return Error::invalid(tr("A test token with a 2-digit manufacturer code has a 36-bit control field and a "
                                     "manufacturer code of 0 to 255."),
                                  QStringLiteral("control"));
        block = (std::uint64_t(0) << 60) | (request.control << 24) | (std::uint64_t(request.manufacturerCode) << 16);
    } else {
        if (request.control >= (std::uint64_t(1) << 28) || request.manufacturerCode > 0xffff)
            return Error::invalid(tr("A test token with a 4-digit manufacturer code has a 28-bit control field and a "
                                     "manufacturer code of 0 to 65535."),
                                  QStringLiteral("control"));
        block = (std::uint64_t(1) << 60) | (request.control << 32) | (std::uint64_t(request.manufacturerCode) << 16);
    }
    block = withCrc(ClassTest, block);
    GeneratedToken t;
    t.tokenClass = ClassTest;
    t.subclass = static_cast<int>(block >> 60);
    t.description = kindText(ClassTest, t.subclass);
    t.digits = toDigits(transpose(ClassTest, block)); // class 1 is sent in the clear
    return t;
}

Result<DecodedToken> StsTokenGenerator::decode(const QByteArray &decoderKey, const QString &encryption, int baseDate,
                                               const QString &token) const
{
    auto ea = parseEncryption(encryption);
    if (!ea)
        return ea.error();
    if (!baseDateTime(baseDate).isValid())
        return Error::invalid(tr("The base date is 1993, 2014 or 2035."), QStringLiteral("base-date"));
    auto t66 = fromDigits(token);
    if (!t66)
        return t66.error();
    int tokenClass = 0;
    const std::uint64_t block = untranspose(t66.value(), &tokenClass);
    std::uint64_t data = block;
    if (tokenClass != ClassTest) {
        auto plain = decryptBlock(decoderKey, ea.value(), block);
        if (!plain)
            return plain.error();
        data = plain.value();
    }
    DecodedToken d;
    d.tokenClass = tokenClass;
    d.crcOk = crcMatches(tokenClass, data);
    d.fields << std::pair{QStringLiteral("class"), QString::number(tokenClass)};
    if (!d.crcOk) {
        d.fields << std::pair{QStringLiteral("crc"), QStringLiteral("failed")};
        return d;
    }
    d.subclass = static_cast<int>(data >> 60);
    d.kind = kindCode(tokenClass, d.subclass);
    d.fields << std::pair{QStringLiteral("subclass"), QString::number(d.subclass)}
             << std::pair{QStringLiteral("kind"), d.kind};
    const auto field = [&d](const char *name, const QString &value) {
        d.fields << std::pair{QString::fromLatin1(name), value};
    };
    const bool keyChangeToken =
        tokenClass == ClassManagement && (d.subclass == SubKeyChange1 || d.subclass == SubKeyChange2 ||
                                          d.subclass == SubKeyChange3 || d.subclass == SubKeyChange4);
    if (tokenClass == ClassCredit || (tokenClass == ClassManagement && !keyChangeToken && d.subclass <= 7)) {
        d.tid = static_cast<quint32>((data >> 32) & MaxTid);
        d.issued = tidDateTime(*d.tid, baseDate);
        const auto raw = static_cast<quint16>(data >> 16);
        field("random", QString::number((data >> 56) & 0xf));
        field("tid", QString::number(*d.tid));
        field("issued", d.issued.toString(Qt::ISODate));
        if (tokenClass == ClassCredit) {
            d.value = decodeAmount(raw);
            field("amount", tenthsText(*d.value));
        } else if (d.subclass == SubSetMaximumPowerLimit || d.subclass == SubSetMaximumPhasePowerUnbalance) {
            d.value = decodeAmount(raw);
            field("watts", QString::number(*d.value));
        } else if (d.subclass == SubClearTamper) {
            d.value = raw;
            field("pad", QString::number(raw));
        } else {
            d.value = raw;
            field(d.subclass == SubClearCredit     ? "register"
                  : d.subclass == SubSetTariffRate ? "rate"
                                                   : "factor",
                  QString::number(raw));
        }
    } else if (keyChangeToken) {
        const auto part = QStringLiteral("%1").arg(static_cast<quint32>(data >> 16), 8, 16, QChar(u'0'));
        if (d.subclass == SubKeyChange1) {
            field("ken_high", QString::number((data >> 56) & 0xf));
            field("krn", QString::number((data >> 52) & 0xf));
            field("rollover", QString::number((data >> 51) & 1));
            field("key_type", QString::number((data >> 48) & 3));
            field("new_key_high", part);
        } else if (d.subclass == SubKeyChange2) {
            field("ken_low", QString::number((data >> 56) & 0xf));
            field("ti", QString::number((data >> 48) & 0xff));
            field("new_key_low", part);
        } else {
            field(d.subclass == SubKeyChange3 ? "sgc_low" : "sgc_high", QString::number((data >> 48) & 0xfff));
            field(d.subclass == SubKeyChange3 ? "new_key_middle_2" : "new_key_middle_1", part);
        }
    } else if (tokenClass == ClassTest) {
        if (d.subclass == 0) {
            field("control", QString::number((data >> 24) & 0xfffffffffULL));
            field("manufacturer", QString::number((data >> 16) & 0xff));
        } else {
            field("control", QString::number((data >> 32) & 0xfffffff));
            field("manufacturer", QString::number((data >> 16) & 0xffff));
        }
    }
    field("crc", QStringLiteral("ok"));
    return d;
}

QString StsTokenGenerator::kindCode(int tokenClass, int subclass)
{
    if (tokenClass == ClassCredit) {
        static const char *const names[] = {"credit-electricity", "credit-water", "credit-gas", "credit-time",
                                            "credit-currency"};
        return subclass < 5 ? QString::fromLatin1(names[subclass]) : QStringLiteral("credit-reserved");
    }
    if (tokenClass == ClassTest)
        return subclass == 0   ? QStringLiteral("test-display")
               : subclass == 1 ? QStringLiteral("test-display-2")
                               : QStringLiteral("test-reserved");
    if (tokenClass == ClassManagement) {
        static const char *const names[] = {"set-max-power", "clear-credit", "set-tariff-rate",     "key-change-1",
                                            "key-change-2",  "clear-tamper", "set-phase-unbalance", "set-water-factor",
                                            "key-change-3",  "key-change-4"};
        return subclass < 10 ? QString::fromLatin1(names[subclass]) : QStringLiteral("management-reserved");
    }
    return QStringLiteral("reserved");
}

QString StsTokenGenerator::kindText(int tokenClass, int subclass)
{
    if (tokenClass == ClassCredit) {
        switch (subclass) {
        case 0:
            return tr("Electricity credit");
        case 1:
            return tr("Water credit");
        case 2:
            return tr("Gas credit");
        case 3:
            return tr("Time credit");
        case 4:
            return tr("Currency credit");
        default:
            return tr("Credit (reserved subclass)");
        }
    }
    if (tokenClass == ClassTest)
        return tr("Meter test or display");
    if (tokenClass == ClassManagement) {
        switch (subclass) {
        case SubSetMaximumPowerLimit:
            return tr("Set maximum power limit");
        case SubClearCredit:
            return tr("Clear credit");
        case SubSetTariffRate:
            return tr("Set tariff rate");
        case SubClearTamper:
            return tr("Clear tamper condition");
        case SubSetMaximumPhasePowerUnbalance:
            return tr("Set maximum phase power unbalance");
        case SubSetWaterMeterFactor:
            return tr("Set water meter factor");
        case SubKeyChange1:
        case SubKeyChange2:
        case SubKeyChange3:
        case SubKeyChange4:
            return tr("Key change");
        default:
            return tr("Management (reserved subclass)");
        }
    }
    return tr("Reserved token class");
}

} // namespace prepaydesk::sts
