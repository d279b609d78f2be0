#pragma once

#include <array>
#include <cstdint>

namespace prepaydesk::sts {

// MISTY1 block cipher (64-bit block, 128-bit key), as specified in RFC 2994 ("A Description of
// the MISTY1 Encryption Algorithm", H. Ohta, M. Matsui, 2000). STS uses it as EA11
// (IEC 62055-41:2018). Written from the RFC's description; OpenSSL does not provide MISTY1.
class Misty1
{
public:
    explicit Misty1(const std::array<std::uint8_t, 16> &key);

    // Blocks are big-endian: byte 0 of the RFC's data is the top byte of the 64-bit value.
    std::uint64_t encrypt(std::uint64_t block) const;
    std::uint64_t decrypt(std::uint64_t block) const;

    // The expanded key K'1..K'8 (RFC 2994 Appendix: "key schedule" K'), for testing.
    std::array<std::uint16_t, 8> expandedKey() const;

private:
    std::uint32_t fo(std::uint32_t in, int k) const;
    std::uint32_t fl(std::uint32_t in, int k) const;
    std::uint32_t flInverse(std::uint32_t in, int k) const;

    // EK[0..7] = K1..K8 (the key as 16-bit words), EK[8..15] = K'1..K'8 = FI(K_i, K_i+1).
    std::array<std::uint16_t, 16> m_ek{};
};

} // namespace prepaydesk::sts
