#pragma once

#include <array>
#include <cstdint>

namespace prepaydesk::sts {

// EA07, the Standard Transfer Algorithm of IEC 62055-41: 16 rounds of a nibble substitution
// (one of two 4-bit S-boxes per nibble, chosen by a key bit) followed by a 64-bit permutation,
// the key rotating one bit per round.
//
// Bit numbering: bit i of a block or key is (value >> i) & 1. The key is the decoder key as a
// 64-bit number whose least significant byte is the first byte of the decoder key as PrepayDesk
// prints it (see DecoderKeyGeneration.h for that byte order).
class StandardTransferAlgorithm
{
public:
    explicit StandardTransferAlgorithm(std::uint64_t key);

    std::uint64_t encrypt(std::uint64_t block) const;
    std::uint64_t decrypt(std::uint64_t block) const;

private:
    std::array<std::uint64_t, 16> m_roundKeys{};
};

} // namespace prepaydesk::sts
