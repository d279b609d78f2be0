#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace prepaydesk {

// How STS key data reads on the engineer's screens. Presentation only.
class StsText
{
    Q_DECLARE_TR_FUNCTIONS(StsText)
public:
    // "SGC 123456 · TI 01 · KRN 1".
    static QString keys(int sgc, int tariffIndex, int keyRevision);
    // "SGC 123456 · KRN 2".
    static QString vaultKey(int sgc, int keyRevision);
    // "2026-03-10 17:00" in local time.
    static QString when(const QDateTime &at);
};

} // namespace prepaydesk
