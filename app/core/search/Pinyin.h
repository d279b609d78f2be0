#pragma once

#include <QString>
#include <QStringList>

namespace prepaydesk {

// Toneless Mandarin readings of Han characters, for finding 张三 by "zs", "zhangs" or
// "zhangsan". Each character takes its first (most customary) kMandarin reading; ü is "v".
// Known limit: surnames read differently from the character's usual reading (单 Shàn,
// 曾 Zēng, 解 Xiè) are found by their usual reading only.
class Pinyin
{
public:
    // "zhang" for 张; empty when the character has no reading.
    static QString syllableOf(char32_t codepoint);
    // The syllables of the Han characters in text, in order; other characters are skipped.
    static QStringList syllables(QStringView text);
    // First letters of each syllable: {"zhang","san"} -> "zs".
    static QString initials(const QStringList &syllables);

    // Whether `text` begins some syllable ("zh", "zhan", "zhang" do; "zv" does not).
    static bool isSyllablePrefix(QStringView text);

    // Whether the query (lower-case letters) spells the syllables from the first on, each
    // syllable written in full or by any non-empty beginning of it: "zs", "zhangs",
    // "zhangsan", "zhsan" all match {"zhang","san"}; the query may stop before the last one.
    static bool matches(QStringView query, const QStringList &syllables);

    // The initials strings a query can stand for, for looking candidates up by initials:
    // "zhangs" -> {"zs", "zas", ..., "zhangs"}. Pieces are tried longest first; at most `max`.
    static QStringList initialsCandidates(QStringView query, int max = 8);
};

} // namespace prepaydesk
