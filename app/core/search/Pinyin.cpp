#include "search/Pinyin.h"

#include "search/PinyinTable.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace prepaydesk {

namespace {

const QSet<QString> &syllablePrefixes()
{
    static const QSet<QString> prefixes = [] {
        QSet<QString> set;
        for (int i = 0; i < pinyintable::syllableCount; ++i) {
            const QString s = QString::fromLatin1(pinyintable::syllables[i]);
            for (qsizetype k = 1; k <= s.size(); ++k)
                set.insert(s.left(k));
        }
        return set;
    }();
    return prefixes;
}

bool matchFrom(QStringView query, qsizetype q, const QStringList &syllables, qsizetype s)
{
    if (q == query.size())
        return true;
    if (s == syllables.size())
        return false;
    const QString &syllable = syllables[s];
    const qsizetype longest = std::min(syllable.size(), query.size() - q);
    // Longest first: a full syllable is the likeliest reading of what was typed.
    for (qsizetype k = longest; k >= 1; --k) {
        if (query.sliced(q, k) == QStringView(syllable).left(k) && matchFrom(query, q + k, syllables, s + 1))
            return true;
    }
    return false;
}

} // namespace

QString Pinyin::syllableOf(char32_t codepoint)
{
    const auto *begin = pinyintable::entries;
    const auto *end = pinyintable::entries + pinyintable::entryCount;
    const auto *it = std::lower_bound(begin, end, codepoint,
                                      [](const pinyintable::Entry &e, char32_t cp) { return e.codepoint < cp; });
    if (it == end || it->codepoint != codepoint)
        return {};
    return QString::fromLatin1(pinyintable::syllables[it->syllable]);
}

QStringList Pinyin::syllables(QStringView text)
{
    QStringList result;
    for (const char32_t cp : text.toUcs4()) {
        const QString s = syllableOf(cp);
        if (!s.isEmpty())
            result << s;
    }
    return result;
}

QString Pinyin::initials(const QStringList &syllables)
{
    QString result;
    result.reserve(syllables.size());
    for (const QString &s : syllables)
        result += s.front();
    return result;
}

bool Pinyin::isSyllablePrefix(QStringView text)
{
    return syllablePrefixes().contains(text.toString());
}

bool Pinyin::matches(QStringView query, const QStringList &syllables)
{
    return matchFrom(query, 0, syllables, 0);
}

QStringList Pinyin::initialsCandidates(QStringView query, int max)
{
    QStringList found;
    if (query.isEmpty())
        return found;
    // Depth-first over the ways to cut the query into syllable beginnings. A step budget keeps
    // pathological input ("aaaaaaaa...") cheap; positions that cannot be finished are remembered.
    int budget = 4000;
    QList<bool> deadEnd(query.size() + 1, false);
    QString initials;
    std::function<bool(qsizetype)> walk = [&](qsizetype pos) -> bool {
        if (pos == query.size()) {
            if (!found.contains(initials))
                found << initials;
            return true;
        }
        if (deadEnd[pos] || --budget <= 0)
            return false;
        bool any = false;
        const qsizetype longest = std::min<qsizetype>(6, query.size() - pos); // "zhuang" is the longest
        for (qsizetype k = longest; k >= 1 && found.size() < max && budget > 0; --k) {
            if (!isSyllablePrefix(query.sliced(pos, k)))
                continue;
            initials += query[pos];
            any = walk(pos + k) || any;
            initials.chop(1);
        }
        if (!any)
            deadEnd[pos] = true;
        return any;
    };
    walk(0);
    return found;
}

} // namespace prepaydesk
