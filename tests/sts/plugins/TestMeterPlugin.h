#pragma once

// A tiny, valid driver plugin for the PluginManager tests: a MeterProtocol of the current
// interface version. Loading it sets PREPAYDESK_TEST_PLUGIN_LOADED (see the .cpp) so a test can
// tell whether the library was ever loaded into the process.
#include "plugin/DriverInterfaces.h"

#include <QObject>

class TestMeterPlugin : public QObject, public prepaydesk::MeterProtocol
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PrepayDesk_MeterProtocol_iid FILE "test-meter.json")
    Q_INTERFACES(prepaydesk::MeterProtocol)
public:
    QString protocol() const override { return QStringLiteral("test-echo"); }
    prepaydesk::Result<QByteArray> readRequest(const QString &address, const QString &item) const override
    {
        return (address + u':' + item).toUtf8();
    }
    prepaydesk::Result<prepaydesk::MeterReply> parseReply(const QByteArray &bytes) const override
    {
        return prepaydesk::MeterReply{true, bytes.size(), QString(), bytes};
    }
};
