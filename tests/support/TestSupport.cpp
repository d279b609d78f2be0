#include "TestSupport.h"

#include <QDir>

namespace prepaydesk::test {

TempDatabase::TempDatabase(const Database::Options &options)
    : m_path(m_dir.filePath(QStringLiteral("prepaydesk.db")))
{
    reopen(options);
}

bool TempDatabase::reopen(const Database::Options &options)
{
    m_db.reset();
    auto opened = Database::open(m_path, options);
    if (!opened) {
        qWarning("TempDatabase: %s", qPrintable(opened.error().message));
        return false;
    }
    m_db = opened.value();
    return true;
}

QString outputFolder(const QString &suite)
{
    QString base = qEnvironmentVariable("PREPAYDESK_TEST_OUTPUT");
    if (base.isEmpty())
        base = QDir::currentPath() + QStringLiteral("/test-output");
    const QString path = base + u'/' + suite;
    QDir().mkpath(path);
    return path;
}

QString dataFolder()
{
    return qEnvironmentVariable("PREPAYDESK_TEST_DATA");
}

MeterDraft stsMeterDraft(const QString &serial)
{
    MeterDraft m;
    m.serial = serial;
    m.utility = Utility::Electricity;
    m.carrier = Carrier::StsToken;
    m.model = QStringLiteral("DDSY666");
    m.stsSupplyGroupCode = 123456;
    m.stsTariffIndex = 1;
    m.stsKeyRevision = 1;
    return m;
}

QDateTime testEpoch()
{
    return QDateTime(QDate(2026, 3, 1), QTime(8, 30), Qt::UTC);
}

} // namespace prepaydesk::test
