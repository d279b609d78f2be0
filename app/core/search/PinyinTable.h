#pragma once

#include <cstdint>

// The table generated at build time by tools/pinyin_table_gen.cpp from Unihan's kMandarin
// readings. Entries are sorted by codepoint.
namespace prepaydesk::pinyintable {

struct Entry
{
    char32_t codepoint;
    std::uint16_t syllable; // index into syllables
};

extern const char *const syllables[];
extern const int syllableCount;
extern const Entry entries[];
extern const int entryCount;

} // namespace prepaydesk::pinyintable
