#include "StandardTransferAlgorithm.h"

#include <bit>

namespace prepaydesk::sts {

namespace {

// The two substitution tables and the permutation table of the Standard Transfer Algorithm
// (IEC 62055-41, EA07), as published in the open-source STS implementation
// NectarAPI/tokens-service (Java; EncryptingFirstSubstitutionTable, EncryptingSecondSubstitution-
// Table, EncryptingPermutationTable, marked there as the real tables), and checked here by the
// STS compliance vectors of tests/sts (CTSA01..CTSA09, STS 531-1-0-02).
constexpr std::array<std::uint8_t, 16> S1 = {14, 10, 7, 9, 12, 3, 2, 5, 13, 0, 15, 1, 4, 8, 6, 11};
constexpr std::array<std::uint8_t, 16> S2 = {12, 8, 2, 13, 7, 6, 1, 3, 11, 5, 9, 15, 0, 4, 10, 14};
// Bit i of the substituted block goes to bit P[i] of the round's output.
constexpr std::array<std::uint8_t, 64> P = {55, 42, 10, 18, 24, 21, 44, 35, 2,  22, 56, 43, 27, 58, 9,  50,
                                            6,  36, 12, 61, 37, 38, 53, 16, 62, 3,  7,  4,  32, 20, 63, 25,
                                            51, 52, 54, 33, 49, 19, 46, 29, 48, 31, 23, 30, 41, 28, 13, 5,
                                            40, 60, 39, 11, 15, 17, 1,  0,  57, 34, 59, 8,  47, 14, 45, 26};

struct Tables
{
    std::array<std::uint8_t, 16> s1Inverse{};
    std::array<std::uint8_t, 16> s2Inverse{};
    // The permutation one byte at a time: forward[j][v] is where the bits of value v at byte j go.
    std::array<std::array<std::uint64_t, 256>, 8> forward{};
    std::array<std::array<std::uint64_t, 256>, 8> backward{};

    Tables()
    {
        for (std::uint8_t i = 0; i < 16; ++i) {
            s1Inverse[S1[i]] = i;
            s2Inverse[S2[i]] = i;
        }
        std::array<std::uint8_t, 64> pInverse{};
        for (std::uint8_t i = 0; i < 64; ++i)
            pInverse[P[i]] = i;
        for (std::size_t j = 0; j < 8; ++j) {
            for (std::size_t v = 0; v < 256; ++v) {
                std::uint64_t f = 0;
                std::uint64_t b = 0;
                for (std::size_t bit = 0; bit < 8; ++bit) {
                    if (v & (1u << bit)) {
                        f |= std::uint64_t(1) << P[j * 8 + bit];
                        b |= std::uint64_t(1) << pInverse[j * 8 + bit];
                    }
                }
                forward[j][v] = f;
                backward[j][v] = b;
            }
        }
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

std::uint64_t permute(std::uint64_t block, const std::array<std::array<std::uint64_t, 256>, 8> &byByte)
{
    std::uint64_t out = 0;
    for (std::size_t j = 0; j < 8; ++j)
        out |= byByte[j][(block >> (8 * j)) & 0xff];
    return out;
}

// Nibble n is substituted with S2 when bit 4n+3 of the round key is set, else with S1. Both
// tables are read and the key bit picks one through a mask: no branch on the key, so the time
// taken does not depend on the decoder key (and it is as fast with a new key per meter).
std::uint64_t substitute(std::uint64_t block, std::uint64_t roundKey, const std::array<std::uint8_t, 16> &first,
                         const std::array<std::uint8_t, 16> &second)
{
    std::uint64_t out = 0;
    for (int n = 0; n < 16; ++n) {
        const auto nibble = static_cast<std::size_t>((block >> (4 * n)) & 0xf);
        const std::uint64_t pickSecond = 0 - ((roundKey >> (4 * n + 3)) & 1); // all ones or all zeros
        const std::uint64_t value =
            (std::uint64_t(first[nibble]) & ~pickSecond) | (std::uint64_t(second[nibble]) & pickSecond);
        out |= value << (4 * n);
    }
    return out;
}

} // namespace

StandardTransferAlgorithm::StandardTransferAlgorithm(std::uint64_t key)
{
    // The key is complemented and rotated right by 12 bits before the first round, then
    // rotated left by one bit after each round.
    std::uint64_t k = std::rotr(~key, 12);
    for (auto &roundKey : m_roundKeys) {
        roundKey = k;
        k = std::rotl(k, 1);
    }
}

std::uint64_t StandardTransferAlgorithm::encrypt(std::uint64_t block) const
{
    const Tables &t = tables();
    for (const std::uint64_t roundKey : m_roundKeys)
        block = permute(substitute(block, roundKey, S1, S2), t.forward);
    return block;
}

std::uint64_t StandardTransferAlgorithm::decrypt(std::uint64_t block) const
{
    const Tables &t = tables();
    for (auto it = m_roundKeys.rbegin(); it != m_roundKeys.rend(); ++it)
        block = substitute(permute(block, t.backward), *it, t.s1Inverse, t.s2Inverse);
    return block;
}

} // namespace prepaydesk::sts
