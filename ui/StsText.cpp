#include "StsText.h"

namespace prepaydesk {

QString StsText::keys(int sgc, int tariffIndex, int keyRevision)
{
    return tr("SGC %1 · TI %2 · KRN %3")
        .arg(sgc, 6, 10, QLatin1Char('0'))
        .arg(tariffIndex, 2, 10, QLatin1Char('0'))
        .arg(keyRevision);
}

QString StsText::vaultKey(int sgc, int keyRevision)
{
    return tr("SGC %1 · KRN %2").arg(sgc, 6, 10, QLatin1Char('0')).arg(keyRevision);
}

QString StsText::when(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace prepaydesk
